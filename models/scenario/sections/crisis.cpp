// Scenario keys `crisis.*`: when a crisis comes, what it does to absence, demand and broad
// problems, and the attention it pulls (mechanisms/crisis.cpp, workload.cpp, line.cpp).
#include <fmt/format.h>

#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {

void addCrisisKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("crisis.enabled", crisis.enabled).required().source("000 §1").doc("Whether a crisis happens");
  SAMSIM_FIELD("crisis.start_day", crisis.startDay)
      .range(0, 20000)
      .required()
      .unit("working day")
      .source(A)
      .doc("Measured day the crisis starts (0 = first day after the warm-up)");
  SAMSIM_FIELD("crisis.duration_days", crisis.durationDays)
      .range(1, 20000)
      .required()
      .unit("working days")
      .source("000 §1 (long, unclear end)")
      .doc("Length of the crisis");
  SAMSIM_CHOICE("crisis.kind", crisis.kind, {"long", CrisisKind::Long}, {"acute", CrisisKind::Acute})
      .source("000 §5.1")
      .doc("long: pandemic-like, all sectors, phased; acute: local, external, short");
  SAMSIM_FIELD("crisis.absence_rate", crisis.absenceRate)
      .range(0, 0.9)
      .unit("share")
      .source(A)
      .doc("Extra daily absence in a long crisis");
  SAMSIM_FIELD("crisis.critical_absence_extra", crisis.criticalAbsenceExtra)
      .range(0, 0.9)
      .unit("share")
      .source("000 §5.1 Fig. 3; value assumed")
      .doc("Further absence in the critical sector");
  SAMSIM_FIELD("crisis.critical_demand_increase", crisis.criticalDemandIncrease)
      .range(0, 5)
      .unit("share")
      .source("000 §5.1; value assumed")
      .doc("Extra demand in the hit sector");
  SAMSIM_FIELD("crisis.other_demand_change", crisis.otherDemandChange)
      .range(-0.9, 5)
      .unit("share")
      .source("000 §5.1 Fig. 3; value assumed")
      .doc("Demand change elsewhere in a long crisis");
  SAMSIM_FIELD("crisis.broad_per_week", crisis.broadPerWeek)
      .range(0, 1000)
      .unit("problems/week")
      .source("000 §1, §5.1; value assumed")
      .doc("Extra broad urgent problems in a long crisis (a fifth if acute)");
  SAMSIM_FIELD("crisis.phase_shares", crisis.phaseShares)
      .range(0, 1)
      .unit("shares")
      .source("000 §5.1–5.2 (phases)")
      .doc("Relative lengths of the crisis phases");
  SAMSIM_FIELD("crisis.phase_broad_factor", crisis.phaseBroadFactor)
      .range(0, 100)
      .unit("factors")
      .source("000 §5.1–5.2; values assumed")
      .doc("Broad-problem rate per phase");
  SAMSIM_FIELD("crisis.attention_pull", crisis.attentionPull)
      .range(0, 1)
      .unit("share")
      .source("000 §5.2 (external gravitational forces)")
      .doc("Share of leadership attention pulled outward");
  SAMSIM_FIELD("crisis.coordination_priority", crisis.coordinationPriority)
      .source("000 §6.1")
      .doc("Coordination is prioritised in a crisis: hours move from operational work to it");
  SAMSIM_FIELD("crisis.coordination_hours", crisis.coordinationHours)
      .range(0, 16)
      .unit("hours/day")
      .source(A)
      .doc(
          "Operational hours a day that each person whose role is to coordinate (the arena's seats, "
          "line heads, sector and central staff) may move to coordination in a crisis when it has "
          "priority (not worked on operations when spent)");
  SAMSIM_FIELD("crisis.acute_sector", crisis.acuteSector)
      .range(0, 49)
      .unit("sector index")
      .source(A)
      .doc("Sector hit by an acute crisis");
  SAMSIM_FIELD("crisis.leader_external_share", crisis.leaderExternalShare)
      .range(0, 1)
      .unit("share")
      .source("000 §5.2 (leaders carry the external side); value assumed")
      .doc("Share of the attention pull added to directors' operational load, in hours");
  SAMSIM_FIELD("crisis.acute_broad_share", crisis.acuteBroadShare)
      .range(0, 1)
      .unit("share")
      .source("000 §5.1 (acute crises are mostly external); value assumed")
      .doc("Share of crisis.broad_per_week an acute crisis raises");
  SAMSIM_FIELD("crisis.max_absence_rate", crisis.maxAbsenceRate)
      .range(0, 1)
      .unit("share")
      .source(A)
      .doc("Upper bound of the daily absence probability, normal absence and crisis absence together");
  SAMSIM_FIELD("crisis.min_demand_factor", crisis.minDemandFactor)
      .range(0, 1)
      .unit("factor")
      .source(A)
      .doc("Lower bound of a sector's demand factor when a long crisis frees capacity");
}

// The crisis starts within the run, hits a sector that exists and has phases with a factor each.
void checkCrisisKeys(const Scenario& s, const sim::YamlDocument& doc) {
  const int sectors = static_cast<int>(s.municipality.sectors.size());
  if (s.crisis.enabled && s.crisis.startDay >= s.days)
    failAcrossKeys(doc, "crisis.start_day", {"days", "crisis.enabled"},
                   fmt::format("a measured day before days ({})", s.days), std::to_string(s.crisis.startDay));
  if (s.crisis.kind == CrisisKind::Acute && s.crisis.acuteSector >= sectors)
    failAcrossKeys(doc, "crisis.acute_sector", {"municipality.sectors", "crisis.kind"},
                   fmt::format("a sector index below {}", sectors), std::to_string(s.crisis.acuteSector));
  if (s.crisis.phaseShares.empty())
    failAcrossKeys(doc, "crisis.phase_shares", {}, "at least one positive share", "an empty list");
  double total = 0;
  for (double x : s.crisis.phaseShares) total += x;
  if (total <= 0) failAcrossKeys(doc, "crisis.phase_shares", {}, "shares with a positive sum", "all zero");
  if (s.crisis.enabled && s.crisis.phaseBroadFactor.size() != s.crisis.phaseShares.size())
    failAcrossKeys(
        doc, "crisis.phase_broad_factor", {"crisis.phase_shares"},
        fmt::format("one factor per phase of crisis.phase_shares ({})", s.crisis.phaseShares.size()),
        fmt::format("{} factors", s.crisis.phaseBroadFactor.size()));
}

}  // namespace samsim::models
