#pragma once
// Executors run independent jobs (replicates, sweep points, per-node computations). oneTBB lives
// only in executor.cpp. Jobs must write their results by index, so the output never depends on
// which thread ran which job.
#include <cstddef>
#include <functional>
#include <memory>

namespace samsim::sim {

class Executor {
 public:
  virtual ~Executor() = default;
  virtual void forEach(std::size_t count, const std::function<void(std::size_t)>& job) = 0;
  [[nodiscard]] virtual int threads() const = 0;
};

class SerialExecutor final : public Executor {
 public:
  void forEach(std::size_t count, const std::function<void(std::size_t)>& job) override;
  [[nodiscard]] int threads() const override { return 1; }
};

class TbbExecutor final : public Executor {
 public:
  explicit TbbExecutor(int threads);
  ~TbbExecutor() override;
  void forEach(std::size_t count, const std::function<void(std::size_t)>& job) override;
  [[nodiscard]] int threads() const override { return m_threads; }

 private:
  struct Arena;
  int m_threads;
  std::unique_ptr<Arena> m_arena;
};

// threads <= 1 → serial; 0 means "all hardware threads".
std::unique_ptr<Executor> makeExecutor(int threads);

}  // namespace samsim::sim
