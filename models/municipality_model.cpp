// One replicate: build the organisation and its informal network from the scenario, run the
// warm-up (normal times, nothing counted), then the measured working days. The order of the daily
// mechanisms is part of the model (ODD §Process overview).
#include "models/municipality_model.hpp"

#include <fmt/format.h>

#include "models/mechanisms/mechanisms.hpp"
#include "models/outputs/metrics.hpp"
#include "models/outputs/network_export.hpp"
#include "models/organisation/organisation.hpp"
#include "models/organisation/organisation_import.hpp"
#include "models/scenario/sector_table.hpp"
#include "sim/scheduler.hpp"

namespace samsim::models {

sim::RunResult runMunicipality(const Scenario& scenario, const sim::ReplicateSpec& spec) {
  World w;
  w.scenario = &scenario;
  w.seed = spec.seed;
  w.measureFrom = scenario.warmupDays;
  if (scenario.organisation.data) {  // from the user's files (organisation_import.hpp)
    importOrganisation(w);
    (void)importNetwork(w);
  } else {
    buildOrganisation(w);
    formInitialNetwork(w, w, w.line, w.ties);
  }

  sim::DataCollector collector;
  Metrics metrics(w);
  metrics.declare(collector);

  // Network snapshots (output.network_every_days): at the start of every N-th simulated day, day 0
  // being the initial state, and after the last day.
  sim::RunResult result;
  const int exportEvery = scenario.output.networkEveryDays;
  auto snapshot = [&](int day) {
    if (exportEvery <= 0) return;
    for (auto& [name, content] : networkSnapshot(w, day))
      result.files.emplace_back(fmt::format("day{:05}/{}", day, name), std::move(content));
  };
  const int lastDay = scenario.warmupDays + scenario.days;

  // Warm-up: crisis days count from its end (World::crisisStart), so these days are normal times.
  for (int day = 0; day < w.measureFrom; ++day) {
    if (exportEvery > 0 && day % exportEvery == 0) snapshot(day);
    runDay(w, day);
  }
  // Measuring starts from zero: counters, and the network as it stands at the end of the warm-up.
  w.counters = Counters{};
  metrics.weekEnded();
  measureNetwork(w, w, w.ties, w.network, w.sectorPairTies);

  // Measured days; the clock counts them from 0, the World keeps the simulated day.
  const int every = scenario.network.measureEveryDays;
  sim::Scheduler scheduler;
  scheduler.daily("working-day", [&](const sim::Clock& clock) {
    const int day = w.measureFrom + clock.day;
    if (exportEvery > 0 && day % exportEvery == 0) snapshot(day);
    runDay(w, day);
  });
  scheduler.every(every, every - 1, "network",
                  [&w](const sim::Clock&) { measureNetwork(w, w, w.ties, w.network, w.sectorPairTies); });
  scheduler.every(sim::kDaysPerWeek, sim::kDaysPerWeek - 1, "sample", [&](const sim::Clock& clock) {
    collector.sample(clock.day);
    metrics.weekEnded();
  });
  scheduler.run(scenario.days);
  measureNetwork(w, w, w.ties, w.network, w.sectorPairTies);
  snapshot(lastDay);

  auto files = std::move(result.files);
  result = collector.finish();
  result.files = std::move(files);
  result.tables.emplace_back("network", metrics.networkTable());
  result.tables.emplace_back("sectors", sectorTable(w));
  result.agentSteps = static_cast<std::uint64_t>(w.agents.size()) *
                      static_cast<std::uint64_t>(scenario.warmupDays + scenario.days);
  return result;
}

}  // namespace samsim::models
