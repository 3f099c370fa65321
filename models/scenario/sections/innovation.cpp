// Scenario keys `innovation.*`: unplanned innovations from meetings and joint work
// (mechanisms/innovation.cpp).
#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {

void addInnovationKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("innovation.enabled", innovation.enabled)
      .source("000 §5.2")
      .doc("Unplanned innovations can arise");
  SAMSIM_FIELD("innovation.meeting_rate", innovation.meetingRate)
      .range(0, 1)
      .unit("probability")
      .source("000 §5.2; Burt 2004; value assumed")
      .doc("Chance per meeting for a complementary, trusting pair who spoke to the same item");
  SAMSIM_FIELD("innovation.informal_rate", innovation.informalRate)
      .range(0, 1)
      .unit("probability")
      .source(A)
      .doc("Chance per cross-sector joint solution");
  SAMSIM_FIELD("innovation.effect", innovation.effect)
      .range(0, 0.5)
      .unit("share")
      .source("000 §5.2 (frees resources); value assumed")
      .doc("Operational demand an innovation removes in each unit");
  SAMSIM_FIELD("innovation.hours", innovation.hours)
      .range(0, 24)
      .unit("hours/person")
      .source("000 §5.2 (time to spare); value assumed")
      .doc("Slack each of a pair needs, and spends, to work an idea out");
}

}  // namespace samsim::models
