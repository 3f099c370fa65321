#include "sim/executor.hpp"

#include <tbb/blocked_range.h>
#include <tbb/global_control.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

namespace samsim::sim {

void SerialExecutor::forEach(std::size_t count, const std::function<void(std::size_t)>& job) {
  for (std::size_t i = 0; i < count; ++i) job(i);
}

// oneTBB caps its worker pool at the core count and prints a warning when an arena asks for more;
// raising the cap for the executor's lifetime gives the requested threads without the warning.
struct TbbExecutor::Arena {
  explicit Arena(int threads)
      : control(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads)),
        arena(threads) {}
  tbb::global_control control;
  tbb::task_arena arena;
};

TbbExecutor::TbbExecutor(int threads) : m_threads(threads), m_arena(std::make_unique<Arena>(threads)) {}

TbbExecutor::~TbbExecutor() = default;

void TbbExecutor::forEach(std::size_t count, const std::function<void(std::size_t)>& job) {
  m_arena->arena.execute([&] {
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, count, 1),
                      [&](const tbb::blocked_range<std::size_t>& r) {
                        for (std::size_t i = r.begin(); i != r.end(); ++i) job(i);
                      });
  });
}

std::unique_ptr<Executor> makeExecutor(int threads) {
  if (threads == 0) threads = tbb::this_task_arena::max_concurrency();
  if (threads <= 1) return std::make_unique<SerialExecutor>();
  return std::make_unique<TbbExecutor>(threads);
}

}  // namespace samsim::sim
