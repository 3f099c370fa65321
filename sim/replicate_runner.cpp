#include "sim/replicate_runner.hpp"

#include <chrono>

#include "sim/random.hpp"

namespace samsim::sim {

std::vector<RunResult> runReplicates(Executor& executor, std::uint64_t baseSeed, int replicates,
                                     const ReplicateFn& runOne, const std::function<void()>& onDone) {
  std::vector<RunResult> results(static_cast<std::size_t>(replicates));
  executor.forEach(results.size(), [&](std::size_t r) {
    const auto start = std::chrono::steady_clock::now();  // timing only; never feeds the model
    ReplicateSpec spec{static_cast<int>(r), replicateSeed(baseSeed, r)};
    results[r] = runOne(spec);
    results[r].wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (onDone) onDone();
  });
  return results;
}

}  // namespace samsim::sim
