// Scenario keys of the run (version, name, seed, days, warmup_days; read by app/ and
// models/municipality_model.cpp) and `outcomes.*`, what the run measures (outputs/outcome_book.cpp).
#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {

void addRunKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("version", version)
      .range(1, 1)
      .required()
      .source("samsim")
      .doc("Scenario file format version");
  SAMSIM_FIELD("name", name).required().source("samsim").doc("Scenario name in outputs");
  SAMSIM_FIELD("seed", seed).required().source("samsim").doc("Base random seed");
  SAMSIM_FIELD("days", days)
      .range(1, 20000)
      .required()
      .unit("working days")
      .source("samsim")
      .doc("Measured days of the run, after the warm-up (a week has five working days)");
  SAMSIM_FIELD("warmup_days", warmupDays)
      .range(0, 20000)
      .unit("working days")
      .source(A)
      .doc("Normal-times days run before measuring; nothing raised or done in them is counted");
}

void addOutcomeKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("outcomes.horizon_days", outcomes.horizonDays)
      .range(1, 20000)
      .unit("working days")
      .source(A)
      .doc("Horizon τ of the restricted mean time to resolution (RMST) and the resolved share");
}

}  // namespace samsim::models
