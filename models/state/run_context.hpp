#pragma once
// What every mechanism reads besides the parts of the World it acts on (docs/ODD.md §2): the
// scenario, the replicate's seed, the simulated day, the first measured day, and the random
// streams keyed by them. A mechanism takes `const RunContext&` and the parts it reads and writes
// (models/mechanisms/mechanisms.hpp); the World is one.
#include <cstdint>

#include "models/scenario/scenario.hpp"
#include "sim/random.hpp"

namespace samsim::models {

struct RunContext {
  const Scenario* scenario = nullptr;
  std::uint64_t seed = 0;
  int day = 0;          // simulated working day, warm-up included (stream keys use it)
  int measureFrom = 0;  // first measured day (= warm-up length); earlier issues are not counted

  // Daily random streams keyed by (seed, purpose, day, entity) — separate fields, never packed —
  // so the order of mechanisms never shifts another mechanism's draws. `entity` is the agent, the
  // event (issue id, problem id) or the pair (`sim::pairEntity`) the draws belong to; a mechanism
  // that may act twice for one agent on one day keys by the event instead.
  [[nodiscard]] sim::RandomStream stream(std::uint64_t purposeId, std::uint64_t entity = 0) const {
    return sim::RandomStream(sim::StreamKey{seed, purposeId, static_cast<std::uint64_t>(day), entity});
  }
  [[nodiscard]] const Scenario& sc() const { return *scenario; }
  // The simulated organisation's share of the reference organisation (municipality.staff ÷
  // municipality.reference_staff): the share of whole-organisation agendas its staff get.
  [[nodiscard]] double referenceShare() const {
    return static_cast<double>(scenario->municipality.staff) / scenario->municipality.referenceStaff;
  }
  // Simulated day on which the crisis starts (crisis.start_day counts measured days).
  [[nodiscard]] int crisisStart() const { return measureFrom + scenario->crisis.startDay; }
};

}  // namespace samsim::models
