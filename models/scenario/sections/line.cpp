// Scenario keys `line.*`: escalation through unit leaders, directors and the leadership group
// (mechanisms/line.cpp; the leadership group's meeting day in models/day.cpp).
#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {

void addLineKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("line.unit_leader_delay_days", line.unitLeaderDelayDays)
      .range(0, 100)
      .unit("working days")
      .source(A)
      .doc("Time for a unit leader to pass an issue up");
  SAMSIM_FIELD("line.director_items_per_day", line.directorItemsPerDay)
      .range(0, 1000)
      .unit("items/day")
      .source("000 §5.2 (finite leadership agenda); value assumed")
      .doc("Escalations a director handles per day");
  SAMSIM_FIELD("line.director_hours_per_item", line.directorHoursPerItem)
      .range(0, 24)
      .unit("hours")
      .source(A)
      .doc("Director time per escalation");
  SAMSIM_FIELD("line.director_contact_days", line.directorContactDays)
      .range(0, 100)
      .unit("working days")
      .source(A)
      .doc("Director-to-director hand-over of a quadrant-2 issue");
  SAMSIM_FIELD("line.leadership_cadence_days", line.leadershipCadenceDays)
      .range(1, 260)
      .unit("working days")
      .source(A)
      .doc("Days between leadership group meetings");
  SAMSIM_FIELD("line.leadership_weekday", line.leadershipWeekday)
      .range(1, 5)
      .unit("weekday (1 = Monday)")
      .source("000 §4.1, §5.1; weekday assumed (docs/ODD.md §3)")
      .doc(
          "Working day of the week the leadership group meets; day 0 of a run is a Monday, so it meets on "
          "days ≡ weekday − 1 (mod line.leadership_cadence_days)");
  SAMSIM_FIELD("line.leadership_agenda", line.leadershipAgenda)
      .range(0, 1000)
      .unit("items/meeting")
      .source("000 §5.2; value assumed")
      .doc("Items the leadership group decides per meeting (before attention pull)");
  SAMSIM_FIELD("line.leadership_meeting_hours", line.leadershipMeetingHours)
      .range(0, 24)
      .unit("hours")
      .source(A)
      .doc("Length of a leadership group meeting");
  SAMSIM_FIELD("line.budding_notice_per_day", line.buddingNoticePerDay)
      .range(0, 1)
      .unit("1/day")
      .source(A)
      .doc("Chance per day that a unit leader escalates a budding quadrant-3 issue");
  SAMSIM_FIELD("line.units_per_area_head", line.unitsPerAreaHead)
      .range(1, 100000)
      .unit("units")
      .source("003 l. 225 (kommunalsjef between sector director and unit leaders); value assumed")
      .doc(
          "Line units whose escalations one leader handles; a sector with more units has area "
          "heads beside its director, each with line.director_items_per_day");
  SAMSIM_FIELD("line.leadership_wait_meetings", line.leadershipWaitMeetings)
      .range(0, 1000)
      .unit("meetings")
      .source("000 §5.2 (finite agenda); value assumed")
      .doc(
          "Meetings an issue may wait for the leadership agenda before it is delegated to the "
          "line area of the sector that holds its domain");
  SAMSIM_FIELD("line.head_line_share", line.headLineShare)
      .range(0, 1)
      .unit("share")
      .source("000 §5.2, §7 (directors' time is scarce); value assumed")
      .doc(
          "Share of a line head's hours (director, area head, leadership group) set aside for the "
          "line, taken from their operational work");
  SAMSIM_FIELD("line.holder_lookups", line.holderLookups)
      .range(0, 100000)
      .unit("persons")
      .source("000 §5.3 (knowing the structures); value assumed")
      .doc(
          "People of the target sector a head or advisor who knows the structures looks through "
          "for a holder");
  SAMSIM_FIELD("line.director_pull_share", line.directorPullShare)
      .range(0, 1)
      .unit("share")
      .source("000 §5.2 (external gravitational forces); value assumed")
      .doc("Share of the crisis attention pull that falls on directors' escalation capacity");
}

}  // namespace samsim::models
