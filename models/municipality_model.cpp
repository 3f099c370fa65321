// One replicate: build the organisation and its informal network from the scenario, then run the
// working days. The order of the daily mechanisms is part of the model (ODD §Process overview).
#include "models/municipality_model.hpp"

#include "models/mechanisms.hpp"
#include "models/metrics.hpp"
#include "models/sector_table.hpp"
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
  scheduler.daily("working-day", [&w](const sim::Clock& clock) { runDay(w, clock.day); });
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
  result.tables.emplace_back("sectors", sectorTable(w));
  result.agentSteps = static_cast<std::uint64_t>(w.agents.size()) * static_cast<std::uint64_t>(scenario.days);
  return result;
}

}  // namespace samsim::models
