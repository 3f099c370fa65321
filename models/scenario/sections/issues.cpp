// Scenario keys `issues.*`: what is raised, how much work it is and how long it may wait
// (mechanisms/issue_arrival.cpp, issue_progress.cpp, state/issue_life_cycle.cpp), and, declared
// after the mechanisms in the schema's order, two issue details that were numbers in the code.
#include <fmt/format.h>

#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {

void addIssueKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("issues.rate_per_staff_day", issues.ratePerStaffDay)
      .range(0, 1)
      .unit("issues/staff/day")
      .source(A)
      .doc("Issues raised in units besides broad problems");
  SAMSIM_FIELD("issues.q2_share", issues.q2Share)
      .range(0, 1)
      .unit("share")
      .source("000 Fig. 5; value assumed")
      .doc("Share of core tasks that need another sector (quadrant 2)");
  SAMSIM_FIELD("issues.q3_share", issues.q3Share)
      .range(0, 1)
      .unit("share")
      .source("000 Fig. 5; value assumed")
      .doc("Share of issues with unclear owner, not urgent (quadrant 3)");
  SAMSIM_FIELD("issues.q1_hours", issues.q1Hours)
      .range(0.01, 1000)
      .unit("hours")
      .source(A)
      .doc("Mean work of a core-task issue");
  SAMSIM_FIELD("issues.q2_hours", issues.q2Hours)
      .range(0.01, 1000)
      .unit("hours")
      .source(A)
      .doc("Mean work of a quadrant-2 issue");
  SAMSIM_FIELD("issues.q3_hours", issues.q3Hours)
      .range(0.01, 1000)
      .unit("hours")
      .source(A)
      .doc("Mean work of a quadrant-3 issue at size 1 (scales with size)");
  SAMSIM_FIELD("issues.broad_per_week", issues.broadPerWeek)
      .range(0, 1000)
      .unit("problems/week")
      .source(A)
      .doc("Broad urgent problems (quadrant 4) in normal times");
  SAMSIM_FIELD("issues.broad_unit_share", issues.broadUnitShare)
      .range(0, 1)
      .unit("share")
      .source("000 §1 (parallel solutions)")
      .doc("Share of units where a broad problem surfaces");
  SAMSIM_FIELD("issues.broad_spread_days", issues.broadSpreadDays)
      .range(1, 1000)
      .unit("working days")
      .source(A)
      .doc("Window over which a broad problem surfaces in units");
  SAMSIM_FIELD("issues.local_solution_hours", issues.localSolutionHours)
      .range(0, 1000)
      .unit("hours")
      .source(A)
      .doc("Work of a unit solving a broad problem on its own");
  SAMSIM_FIELD("issues.central_solution_hours", issues.centralSolutionHours)
      .range(0, 10000)
      .unit("hours")
      .source(A)
      .doc("Work of a coordinated answer to a broad problem");
  SAMSIM_FIELD("issues.adapt_hours", issues.adaptHours)
      .range(0, 1000)
      .unit("hours")
      .source("000 §5.3 (room for local adaptation)")
      .doc("Local adaptation of a coordinated answer per unit");
  SAMSIM_FIELD("issues.q3_growth_per_day", issues.q3GrowthPerDay)
      .range(0, 1)
      .unit("1/day")
      .source("000 §5.2, §5.3 (grows while unattended); value assumed")
      .doc("Growth of an unattended quadrant-3 issue");
  SAMSIM_FIELD("issues.weak_signal_size", issues.weakSignalSize)
      .range(1, 1000)
      .unit("size")
      .source("000 §5.2")
      .doc("Size at which a quadrant-3 issue becomes visible and urgent");
  SAMSIM_FIELD("issues.patience_days", issues.patienceDays)
      .range(0, 1000)
      .unit("working days")
      .source(A)
      .doc("Wait for a coordinated answer before a unit solves a broad problem itself");
  SAMSIM_FIELD("issues.urgent_hours_per_day", issues.urgentHoursPerDay)
      .range(0, 24)
      .unit("hours/day")
      .source(A)
      .doc("Hours an owner puts into a coordinated answer beyond spare time");
  SAMSIM_FIELD("issues.max_age_days", issues.maxAgeDays)
      .range(1, 100000)
      .unit("working days")
      .source(A)
      .doc("Open issues older than this are dropped");
  SAMSIM_FIELD("issues.give_up_days", issues.giveUpDays)
      .range(1, 100000)
      .unit("working days")
      .source("assumed; the mechanism 000 §5.3")
      .doc(
          "A case nobody has moved for this long — waiting for a decision or an answer, or with a holder "
          "who has not worked on it — is given up and dropped");
}

void addIssueDetailKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("issues.common_domain_share", issueDetail.commonDomainShare)
      .range(0, 1)
      .unit("share")
      .source(A)
      .doc("Share of issues needing other competence whose domain is a common one (HR, IT, law …)");
  SAMSIM_FIELD("issues.escalation_hours", issueDetail.escalationHours)
      .range(0, 8)
      .unit("hours")
      .source(A)
      .doc("Hours a unit leader spends passing an issue up to the line area");
}

// The quadrant shares leave a share for core tasks.
void checkIssueKeys(const Scenario& s, const sim::YamlDocument& doc) {
  if (s.issues.q2Share + s.issues.q3Share > 1.0)
    failAcrossKeys(doc, "issues.q3_share", {"issues.q2_share"}, "q2_share + q3_share <= 1",
                   fmt::format("{}", s.issues.q2Share + s.issues.q3Share));
}

}  // namespace samsim::models
