// One replicate: build the organisation and its informal network from the scenario, then run the
// working days. The order of the daily mechanisms is part of the model (ODD §Process overview).
#include "models/municipality_model.hpp"

#include "models/mechanisms.hpp"
#include "models/metrics.hpp"
#include "models/organisation.hpp"
#include "sim/scheduler.hpp"

namespace samsim::models {

sim::RunResult runMunicipality(const Scenario& scenario, const sim::ReplicateSpec& spec) {
  World w;
  w.scenario = &scenario;
  w.seed = spec.seed;
  buildOrganisation(w);
  formInitialNetwork(w);

  sim::DataCollector collector;
  Metrics metrics(w);
  metrics.declare(collector);

  sim::Scheduler scheduler;
  auto daily = [&](const char* name, void (*fn)(World&)) {
    scheduler.daily(name, [&w, fn](const sim::Clock&) { fn(w); });
  };
  scheduler.daily("clock", [&w](const sim::Clock& clock) { w.day = clock.day; });
  daily("crisis", updateCrisis);
  daily("arena-formation", updateArenaFormation);
  daily("redeployment", runRedeployment);
  daily("workday-begin", beginWorkday);
  daily("issue-arrival", arriveIssues);
  scheduler.every(scenario.hub.cadenceDays, 0, "arena-meeting",
                  [&w](const sim::Clock&) { runArenaMeeting(w); });
  daily("directors", runDirectors);
  scheduler.every(scenario.line.leadershipCadenceDays, scenario.line.leadershipCadenceDays - 1, "leadership",
                  [&w](const sim::Clock&) { runLeadershipMeeting(w); });
  daily("problem-tasks", advanceTasks);
  daily("issue-progress", advanceIssues);
  daily("workday-end", endWorkday);
  scheduler.every(scenario.network.measureEveryDays, scenario.network.measureEveryDays - 1, "network",
                  [&w](const sim::Clock&) { measureNetwork(w); });
  scheduler.every(sim::kDaysPerWeek, sim::kDaysPerWeek - 1, "sample", [&](const sim::Clock& clock) {
    collector.sample(clock.day);
    metrics.weekEnded();
  });
  scheduler.run(scenario.days);
  measureNetwork(w);

  sim::RunResult result = collector.finish();
  result.tables.emplace_back("network", metrics.networkTable());
  result.agentSteps = static_cast<std::uint64_t>(w.agents.size()) * static_cast<std::uint64_t>(scenario.days);
  return result;
}

}  // namespace samsim::models
