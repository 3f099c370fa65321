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

#include "models/scenario/scenario.hpp"
#include "models/state/arena_state.hpp"
#include "models/state/crisis_state.hpp"
#include "models/state/informal_network.hpp"
#include "models/state/initiative.hpp"
#include "models/state/issue.hpp"
#include "models/state/line_state.hpp"
#include "models/state/outcome_counters.hpp"
#include "models/state/run_context.hpp"
#include "models/state/workforce.hpp"
#include "sim/random.hpp"

namespace samsim::models {

// The aggregate of the parts. The run context (scenario, seed, day, streams) and the workforce are
// bases, the other parts members. No step of the day receives the World: it receives a view that
// hands out the parts it declared (StepView, models/schedule.hpp). What each mechanism reads and
// writes: models/mechanisms/mechanisms.hpp.
struct World : RunContext, Workforce {
  InformalNetwork ties;
  IssueBook issues;
  HubState hub;
  LineState line;
  CrisisState crisis;
  RedeploymentState redeploy;
  Counters counters;
  NetworkSnapshot network;
  UnitLoad load;                       // operational demand and hours per unit today (workload.cpp)
  std::vector<double> sectorPairTies;  // trusted ties between sectors (S×S), last measured
  KeyPersonLossState keyLoss;          // events.key_person_loss (key_person_loss.cpp)
  InitiativeState initiatives;         // initiatives and co-creation (initiatives.cpp)
};

// Whether an issue belongs to the outcome book: raised after the warm-up.
inline bool inBook(const RunContext& now, const Issue& is) {
  return is.arrival >= now.measureFrom;
}

}  // namespace samsim::models
