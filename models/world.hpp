#pragma once
// Runtime state of one municipality replicate. The scenario is the description; World is what the
// mechanisms read and change, made of parts a reader can hold in mind: the workforce
// (workforce.hpp), the informal network (informal_network.hpp), the issue book with its life cycle
// (issue.hpp, issue_life_cycle.hpp), the line (line_state.hpp), the arena (arena_state.hpp), the
// crisis (crisis_state.hpp), and what is counted (outcome_counters.hpp).
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <Eigen/Core>

#include "models/arena_state.hpp"
#include "models/crisis_state.hpp"
#include "models/informal_network.hpp"
#include "models/initiative.hpp"
#include "models/issue.hpp"
#include "models/line_state.hpp"
#include "models/outcome_counters.hpp"
#include "models/scenario.hpp"
#include "models/workforce.hpp"
#include "sim/random.hpp"

namespace samsim::models {

// The aggregate of the parts. The workforce is a base so that a mechanism that reads only people
// takes `const Workforce&`; the other parts are members a mechanism takes by name (w.ties,
// w.issues, w.hub, w.line, w.crisis). What each mechanism reads and writes: models/mechanisms.hpp.
struct World : Workforce {
  const Scenario* scenario = nullptr;
  std::uint64_t seed = 0;
  int day = 0;          // simulated working day, warm-up included (stream keys use it)
  int measureFrom = 0;  // first measured day (= warm-up length); earlier issues are not counted
  InformalNetwork ties;
  IssueBook issues;
  HubState hub;
  LineState line;
  CrisisState crisis;
  RedeploymentState redeploy;
  Counters counters;
  NetworkSnapshot network;
  std::vector<double> unitDemand, unitCapacity;  // workload scratch, per unit
  std::vector<double> sectorPairTies;            // trusted ties between sectors (S×S), last measured
  KeyPersonLossState keyLoss;                    // events.key_person_loss (key_person_loss.cpp)
  InitiativeState initiatives;                   // initiatives and co-creation (initiatives.cpp)
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

// Whether an issue belongs to the outcome book: raised after the warm-up.
inline bool inBook(const World& w, const Issue& is) {
  return is.arrival >= w.measureFrom;
}

}  // namespace samsim::models
