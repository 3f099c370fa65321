// One replicate: build its World (make_world.hpp), run the warm-up (normal times, nothing
// counted), then the measured working days, every day through the step table (schedule.cpp).
#include "models/municipality_model.hpp"

#include <fmt/format.h>

#include "models/make_world.hpp"
#include "models/mechanisms/mechanisms.hpp"
#include "models/outputs/metrics.hpp"
#include "models/outputs/network_export.hpp"
#include "models/outputs/records.hpp"
#include "models/scenario/sector_table.hpp"
#include "sim/scheduler.hpp"

namespace samsim::models {

sim::RunResult runMunicipality(const Scenario& scenario, const sim::ReplicateSpec& spec) {
  World w = makeWorld(scenario, spec.seed);

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
  // Records (records.hpp): the life cycle keeps every case's steps from the start; people are
  // recorded at the end of every N-th measured day. Neither changes what the run does.
  w.issues.keepHistory = w.issues.keepHistory || scenario.output.recordCases;
  const int peopleEvery = scenario.output.peopleEveryDays;
  sim::CsvRows people(peopleColumns());

  // Every simulated day, warm-up and measured alike, is one working day of the step table
  // (schedule.cpp); the scheduler's clock counts simulated days. Crisis days count from the end of
  // the warm-up (RunContext::crisisStart), so the warm-up is normal times. Measuring starts from
  // zero on the first measured day: counters, and the network as it stands at the end of the
  // warm-up; the network is measured and the week sampled from then on.
  const int from = w.measureFrom;
  const int every = scenario.network.measureEveryDays;
  sim::Scheduler scheduler;
  scheduler.at(from, "measuring starts", [&](const sim::Clock&) {
    w.counters = Counters{};
    metrics.weekEnded();
    measureNetwork(w, w, w.ties, w.network, w.sectorPairTies);
  });
  scheduler.daily("working day", [&](const sim::Clock& clock) {
    if (exportEvery > 0 && clock.day % exportEvery == 0) snapshot(clock.day);
    runDay(w, clock.day);
  });
  scheduler.every(every, from + every - 1, "network",
                  [&w](const sim::Clock&) { measureNetwork(w, w, w.ties, w.network, w.sectorPairTies); });
  scheduler.every(sim::kDaysPerWeek, from + sim::kDaysPerWeek - 1, "sample", [&](const sim::Clock& clock) {
    collector.sample(clock.day - from);
    metrics.weekEnded();
  });
  if (peopleEvery > 0)
    scheduler.every(peopleEvery, from + peopleEvery - 1, "people",
                    [&](const sim::Clock&) { recordPeople(w, people); });
  scheduler.run(lastDay);
  measureNetwork(w, w, w.ties, w.network, w.sectorPairTies);
  snapshot(lastDay);

  auto files = std::move(result.files);
  result = collector.finish();
  result.files = std::move(files);
  result.tables.emplace_back("network", metrics.networkTable());
  result.tables.emplace_back("sectors", sectorTable(w));
  if (scenario.output.recordCases) result.records.emplace_back("cases", caseRecords(w));
  if (peopleEvery > 0) result.records.emplace_back("people", std::move(people));
  result.agentSteps = static_cast<std::uint64_t>(w.agents.size()) *
                      static_cast<std::uint64_t>(scenario.warmupDays + scenario.days);
  return result;
}

}  // namespace samsim::models
