#pragma once
// The queue from which the ranks of a cluster sweep take their runs, in plan order. Ranks report
// how each run went; after a failed run the queue hands out nothing more, so the ranks finish
// what they hold and stop.
#include <cstddef>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/sweep_run.hpp"
#include "sim/progress.hpp"

namespace samsim::app {

struct RunOutcome {
  std::optional<std::size_t> index;  // the run in the queue; none before a rank's first run
  bool failed = false;
  bool badInput = false;  // the failure was a sim::InputError (exit 2), otherwise internal (exit 1)
  std::string message;
  double seconds = 0;

  [[nodiscard]] nlohmann::json toJson() const;
  static RunOutcome fromJson(const nlohmann::json& j);
};

// Runs `run` (index `index` in the queue) with executeRun and says how it went; never throws.
RunOutcome attemptRun(const PlannedRun& run, std::size_t index, const std::filesystem::path& dir);

// What one rank did, for manifest.json.
struct RankTotals {
  int threads = 0;
  std::size_t runs = 0;
  std::size_t failed = 0;
  double runSeconds = 0;    // in runs, summed over threads
  double startSeconds = 0;  // waiting for the first run (rank 0 plans and validates), over threads
  double waitSeconds = 0;   // waiting for later runs, summed over threads

  void record(const RunOutcome& outcome);
  void add(const RankTotals& other);
  [[nodiscard]] nlohmann::json toJson() const;
};

class RunQueue {
 public:
  RunQueue(std::size_t runs, sim::Progress& progress);
  // Records how a run `rank` held went. Thread-safe, as is every member.
  void report(int rank, const RunOutcome& outcome);
  // Hands `rank` up to `want` runs, in plan order; none once every run is handed out or a run
  // has failed.
  std::vector<std::size_t> take(int rank, std::size_t want);
  // report(previous) when it names a run, then take one run.
  std::optional<std::size_t> next(int rank, const RunOutcome& previous);
  [[nodiscard]] std::size_t handedOut() const;
  // Throws naming each failed run, the rank that ran it and why (sim::InputError when the first
  // failure was bad input). Call after every rank has stopped.
  void throwIfFailed() const;

 private:
  mutable std::mutex m_mutex;
  std::size_t m_runs;
  std::size_t m_next = 0;
  std::vector<int> m_holder;  // rank each handed-out run went to
  std::vector<RunOutcome> m_failures;
  std::vector<int> m_failedOn;
  sim::Progress& m_progress;
};

}  // namespace samsim::app
