// Scenario keys `turnover.*`: who leaves, by role (mechanisms/turnover.cpp; the rate is
// network.turnover_per_year).
#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {

void addTurnoverKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("turnover.staff_weight", turnover.staffWeight)
      .range(0, 100)
      .unit("relative")
      .source("000 §5.3; value assumed")
      .doc("Relative leaving rate of staff and communications (scales network.turnover_per_year)");
  SAMSIM_FIELD("turnover.unit_leader_weight", turnover.unitLeaderWeight)
      .range(0, 100)
      .unit("relative")
      .source(A)
      .doc("Relative leaving rate of unit leaders");
  SAMSIM_FIELD("turnover.advisor_weight", turnover.advisorWeight)
      .range(0, 100)
      .unit("relative")
      .source(A)
      .doc("Relative leaving rate of sector and central staff advisors");
  SAMSIM_FIELD("turnover.director_weight", turnover.directorWeight)
      .range(0, 100)
      .unit("relative")
      .source(A)
      .doc("Relative leaving rate of directors and the municipal director");
}

}  // namespace samsim::models
