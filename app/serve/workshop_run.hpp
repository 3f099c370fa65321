#pragma once
// Runs a workshop comparison a few replicates at a time, so the page can show the verdict as it
// firms up. Replicate r of every scenario has seed replicateSeed(plan.seed, r), exactly as in
// `samsim compare`, so the final numbers equal that command's for the same scenario files.
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis/report/metric_catalog.hpp"
#include "analysis/statistics.hpp"
#include "app/serve/workshop_plan.hpp"
#include "sim/data_collector.hpp"
#include "sim/executor.hpp"

namespace samsim::app::serve {

class WorkshopRun {
 public:
  explicit WorkshopRun(WorkshopPlan plan);

  // Runs the next batch (one replicate of every scenario first, for a quick first answer, then
  // as many as the executor has threads). Returns false once every replicate is done.
  bool step(sim::Executor& executor);

  [[nodiscard]] int done() const { return m_done; }
  [[nodiscard]] const WorkshopPlan& plan() const { return m_plan; }
  [[nodiscard]] const std::vector<std::vector<sim::RunResult>>& results() const { return m_results; }

  // The state of the comparison after `done()` replicates: per headline outcome the mean and 95 %
  // interval of each scenario and the paired differences of the edited design against the others,
  // with a verdict; and the weekly course of a few outcomes for the crisis timeline.
  [[nodiscard]] nlohmann::json snapshot() const;

 private:
  WorkshopPlan m_plan;
  std::vector<std::vector<sim::RunResult>> m_results;  // [scenario][replicate]
  int m_done = 0;
};

// "better", "worse" or "no clear difference" for a paired difference b − a of `info`'s outcome
// against `reference`, the mean of a, by the report's rule (analysis::report::isClearDifference:
// the interval on one side of zero and at least the outcome's smallest difference that matters);
// "too early" without an interval (fewer than two replicates). The snapshot says "not observed"
// instead when no replicate has the outcome (missing values are never counted as 0).
const char* verdict(const analysis::Interval& difference, double reference,
                    const analysis::report::MetricInfo& info);

}  // namespace samsim::app::serve
