#pragma once
// Parts of the scenario schema kept in their own files (scenario_schema.cpp assembles them).
#include "models/scenario/scenario.hpp"

namespace samsim::models {

// scenario_schema_constants.cpp — behavioural constants of formation, organisation, competence,
// measurement and issue details (network.*, municipality.*, competence.*, issues.*).
void addBehaviouralConstantKeys(sim::Schema<Scenario>& s);

}  // namespace samsim::models
