// One replicate: build the organisation and its informal network from the scenario, run the
// warm-up (normal times, nothing counted), then the measured working days. The order of the daily
// mechanisms is part of the model (ODD §Process overview).
#include "models/municipality_model.hpp"

#include "models/mechanisms.hpp"
#include "models/metrics.hpp"
#include "models/organisation.hpp"
#include "models/sector_table.hpp"
#include "sim/scheduler.hpp"

namespace samsim::models {

sim::RunResult runMunicipality(const Scenario& scenario, const sim::ReplicateSpec& spec) {
  World w;
  w.scenario = &scenario;
  w.seed = spec.seed;
  w.measureFrom = scenario.warmupDays;
  buildOrganisation(w);
  formInitialNetwork(w);

  sim::DataCollector collector;
  Metrics metrics(w);
  metrics.declare(collector);

  // Warm-up: crisis days count from its end (World::crisisStart), so these days are normal times.
  for (int day = 0; day < w.measureFrom; ++day) runDay(w, day);
  // Measuring starts from zero: counters, and the network as it stands at the end of the warm-up.
  w.counters = Counters{};
  metrics.weekEnded();
  measureNetwork(w);

  // Measured days; the clock counts them from 0, the World keeps the simulated day.
  const int every = scenario.network.measureEveryDays;
  sim::Scheduler scheduler;
  scheduler.daily("working-day", [&w](const sim::Clock& clock) { runDay(w, w.measureFrom + clock.day); });
  scheduler.every(every, every - 1, "network", [&w](const sim::Clock&) { measureNetwork(w); });
  scheduler.every(sim::kDaysPerWeek, sim::kDaysPerWeek - 1, "sample", [&](const sim::Clock& clock) {
    collector.sample(clock.day);
    metrics.weekEnded();
  });
  scheduler.run(scenario.days);
  measureNetwork(w);

  sim::RunResult result = collector.finish();
  result.tables.emplace_back("network", metrics.networkTable());
  result.tables.emplace_back("sectors", sectorTable(w));
  result.agentSteps = static_cast<std::uint64_t>(w.agents.size()) *
                      static_cast<std::uint64_t>(scenario.warmupDays + scenario.days);
  return result;
}

}  // namespace samsim::models
