#pragma once
// Entry point of the municipality model: one replicate of a scenario.
#include "models/scenario/scenario.hpp"
#include "sim/data_collector.hpp"
#include "sim/replicate_runner.hpp"

namespace samsim::models {

sim::RunResult runMunicipality(const Scenario& scenario, const sim::ReplicateSpec& spec);

}  // namespace samsim::models
