#pragma once
// Runs N replicates of one model through an executor. Replicate r gets seed replicateSeed(base, r)
// whatever thread runs it; results come back indexed by replicate.
#include <cstdint>
#include <functional>
#include <vector>

#include "sim/data_collector.hpp"
#include "sim/executor.hpp"

namespace samsim::sim {

struct ReplicateSpec {
  int replicate;
  std::uint64_t seed;
};

using ReplicateFn = std::function<RunResult(const ReplicateSpec&)>;

// Fills wallSeconds of each result (the only field that may differ between runs).
std::vector<RunResult> runReplicates(Executor& executor, std::uint64_t baseSeed, int replicates,
                                     const ReplicateFn& runOne, const std::function<void()>& onDone = {});

}  // namespace samsim::sim
