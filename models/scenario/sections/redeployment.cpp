// Scenario keys `redeployment.*`: moving staff to the hit sector in a crisis
// (mechanisms/redeployment.cpp).
#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {

void addRedeploymentKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("redeployment.enabled", redeployment.enabled)
      .source("000 §5.1")
      .doc("Staff can be redeployed");
  SAMSIM_FIELD("redeployment.line_overview_days", redeployment.lineOverviewDays)
      .range(0, 10000)
      .unit("working days")
      .source("000 §5.1; value assumed")
      .doc("Time the line needs for a capacity overview");
  SAMSIM_FIELD("redeployment.overview_coverage", redeployment.overviewCoverage)
      .range(0, 1)
      .unit("share")
      .source("000 §5.1 Fig. 3")
      .doc("Share of sectors an arena meeting must cover to give the overview");
  SAMSIM_FIELD("redeployment.rights_days", redeployment.rightsDays)
      .range(0, 10000)
      .unit("working days")
      .source("000 §5.1 (employee rights); value assumed")
      .doc("Time for employee rights and unions before a move");
  SAMSIM_FIELD("redeployment.max_per_week_per_1000", redeployment.maxPerWeekPer1000)
      .range(0, 1000)
      .unit("persons/week/1000 staff")
      .source(A)
      .doc("Moves per week");
  SAMSIM_FIELD("redeployment.efficiency", redeployment.efficiency)
      .range(0, 1)
      .unit("share")
      .source(A)
      .doc("Productivity of a redeployed person in new tasks");
  SAMSIM_FIELD("redeployment.draw_attempts", redeployment.drawAttempts)
      .range(1, 100000)
      .unit("draws")
      .source(A)
      .doc("Random draws to find one movable person (line staff of another sector, not yet moved)");
}

}  // namespace samsim::models
