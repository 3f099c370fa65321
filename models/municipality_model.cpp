// FIRST DRAFT so the CLI runs end to end; the real model replaces this file.
#include "models/municipality_model.hpp"

#include "sim/random.hpp"
#include "sim/scheduler.hpp"

namespace samsim::models {

sim::RunResult runMunicipality(const Scenario& scenario, const sim::ReplicateSpec& spec) {
  sim::RandomStream arrivals(spec.seed, 0, sim::purpose("draft-arrivals"));
  double raised = 0;
  double resolved = 0;
  double latencySum = 0;
  sim::DataCollector collector;
  collector.addSeries("issues_raised", [&] { return raised; });
  sim::Scheduler scheduler;
  scheduler.daily("arrivals", [&](const sim::Clock&) {
    const auto n = static_cast<double>(arrivals.poisson(scenario.municipality.staff / 1000.0));
    raised += n;
    resolved += n;
    latencySum += n * arrivals.exponential(0.2);
  });
  scheduler.every(sim::kDaysPerWeek, sim::kDaysPerWeek - 1, "sample", [&](const sim::Clock& c) {
    collector.sample(c.day);
  });
  scheduler.run(scenario.days);
  for (const char* name : {"issues_raised", "issues_resolved", "issues_dropped", "latency_mean_days",
                           "latency_p90_days", "cross_sector_latency_mean_days", "duplicate_solutions",
                           "overload_share", "service_continuity", "weak_signals_early_share", "innovations",
                           "meeting_hours", "mean_constraint", "cross_sector_tie_density"}) {
    const std::string key = name;
    collector.addSummary(key, [&, key] {
      if (key == "issues_raised") return raised;
      if (key == "issues_resolved") return resolved;
      if (key == "latency_mean_days") return resolved > 0 ? latencySum / resolved : 0.0;
      return 0.0;
    });
  }
  auto result = collector.finish();
  result.agentSteps = static_cast<std::uint64_t>(scenario.municipality.staff) * static_cast<std::uint64_t>(scenario.days);
  return result;
}

}  // namespace samsim::models
