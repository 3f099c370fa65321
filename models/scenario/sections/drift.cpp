// Scenario keys `drift.*`: structural knowledge that fades when unused (mechanisms/drift.cpp).
#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {

void addDriftKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("drift.enabled", drift.enabled)
      .source("000 §5.3")
      .doc("Structural knowledge fades when unused");
  SAMSIM_FIELD("drift.knowledge_decay_per_year", drift.knowledgeDecayPerYear)
      .range(0, 10)
      .unit("1/year")
      .source(A)
      .doc("Fading rate of structural knowledge");
  SAMSIM_FIELD("drift.refresh", drift.refresh)
      .range(0, 1)
      .unit("share")
      .source(A)
      .doc("Knowledge regained by cross-sector work or a meeting");
}

}  // namespace samsim::models
