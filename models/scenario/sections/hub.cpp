// Scenario keys `hub.*`: the coordination arena — whether and when it exists, who sits in it and
// how often it meets (mechanisms/arena.cpp, arena_membership.cpp; its meeting day in models/day.cpp),
// and the time its meetings take and what follows from them (arena_meeting.cpp, arena_signals.cpp,
// arena_ownership.cpp).
#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {
namespace {

// The meeting's time, its reach and its follow-up (hub.meeting_hours … hub.max_wait_meetings).
void addHubMeetingKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("hub.meeting_hours", hub.meetingHours)
      .range(0.1, 24)
      .unit("hours")
      .source(A)
      .doc("Length of a meeting");
  SAMSIM_FIELD("hub.status_minutes", hub.statusMinutes)
      .range(0, 120)
      .unit("minutes/member")
      .source("000 §5.1 Fig. 3 (status round)")
      .doc("Airtime each member's status report takes");
  SAMSIM_FIELD("hub.speak_minutes", hub.speakMinutes)
      .range(0, 120)
      .unit("minutes/speaker")
      .source("000 §6.3 (small is beautiful); value assumed")
      .doc("Airtime an item takes for each attendee who speaks to it (its sectors, its competence)");
  SAMSIM_FIELD("hub.item_hours", hub.itemHours)
      .range(0.01, 24)
      .unit("hours")
      .source(A)
      .doc("Base meeting time of one agenda item (presenting it, concluding)");
  SAMSIM_FIELD("hub.prep_hours", hub.prepHours)
      .range(0, 24)
      .unit("hours/member/meeting")
      .source("000 §6.3 (members' time); value assumed")
      .doc("Each attendee's own time preparing a meeting and reporting back, charged to their hours");
  SAMSIM_FIELD("hub.visibility", hub.visibility)
      .range(0, 1)
      .unit("share")
      .source("000 §5.4 (a well-kept secret)")
      .doc("Share of staff who know the arena when it forms");
  SAMSIM_FIELD("hub.comms_member", hub.commsMember)
      .source("000 §5.4")
      .doc("A communications member spreads results");
  SAMSIM_FIELD("hub.comms_reach", hub.commsReach)
      .range(0, 1)
      .unit("share/meeting")
      .source(A)
      .doc("Visibility gained per meeting with a communications member");
  SAMSIM_FIELD("hub.budding_detection", hub.buddingDetection)
      .range(0, 1)
      .unit("probability/tie weight")
      .source("000 §5.2 (budding concerns), §5.3 (signals through contacts)")
      .doc(
          "Chance per unit tie weight that a member hears of a dormant issue in a unit they have a tie into");
  SAMSIM_FIELD("hub.hand_on_hours", hub.handOnHours)
      .range(0, 24)
      .unit("hours")
      .source("000 §6.3 (ownership may pulverise); value assumed")
      .doc("Time an absent owner and the attendee they hand a follow-up to each spend on the hand-over");
  SAMSIM_FIELD("hub.action_hours", hub.actionHours)
      .range(0, 1000)
      .unit("hours")
      .source(A)
      .doc("Follow-up work of an action item");
  SAMSIM_FIELD("hub.max_wait_meetings", hub.maxWaitMeetings)
      .range(0, 1000)
      .unit("meetings")
      .source(A)
      .doc(
          "Meetings a non-urgent item may wait for the arena's agenda before it goes back to "
          "the line");
  SAMSIM_FIELD("hub.mandate_hours", hub.mandateHours)
      .range(0, 16)
      .unit("hours/day")
      .source("000 §6.3 (roles with an explicit coordination mandate); value assumed")
      .doc(
          "Hours a day of each arena member's and the chair's job set aside for the arena's work, "
          "taken from their operational work (0: the arena is done from what is left of the day)");
}

}  // namespace

// Whether and when the arena exists, how often it meets, what it may decide and who sits in it;
// then its meetings (addHubMeetingKeys), in that order in the schema.
void addHubKeys(sim::Schema<Scenario>& s) {
  SAMSIM_FIELD("hub.enabled", hub.enabled)
      .required()
      .source("000 §3")
      .doc("Whether a coordination arena exists");
  SAMSIM_FIELD("hub.size", hub.size)
      .range(1, 500)
      .required()
      .unit("members")
      .source("000 §5.1: one per area plus four")
      .doc("Members (per meeting if flexible)");
  SAMSIM_FIELD("hub.cadence_days", hub.cadenceDays)
      .range(1, 260)
      .required()
      .unit("working days")
      .source("000 §4.1: weekly")
      .doc("Days between meetings");
  SAMSIM_FIELD("hub.meeting_weekday", hub.meetingWeekday)
      .range(1, 5)
      .unit("weekday (1 = Monday)")
      .source("000 §4.1, §5.1; weekday assumed (docs/ODD.md §3)")
      .doc(
          "Working day of the week the arena meets; day 0 of a run is a Monday, so it meets on days ≡ "
          "weekday − 1 (mod hub.cadence_days)");
  SAMSIM_CHOICE("hub.mandate", hub.mandate, {"information", Mandate::Information},
                {"advisory", Mandate::Advisory}, {"decisive", Mandate::Decisive})
      .required()
      .source("000 §6.5")
      .doc("What the arena may do with an item");
  SAMSIM_FIELD("hub.liaison", hub.liaison)
      .required()
      .source("000 §5.1, §5.4")
      .doc("The arena's chair sits in the leadership group / crisis management");
  SAMSIM_CHOICE("hub.membership", hub.membership, {"fixed", Membership::Fixed},
                {"flexible", Membership::Flexible})
      .required()
      .source("000 §6.3")
      .doc("Fixed members or chosen per meeting from the agenda");
  SAMSIM_CHOICE("hub.trigger", hub.trigger, {"always", Trigger::Always}, {"crisis", Trigger::Crisis})
      .source("000 §3, §6.3")
      .doc("Standing arena, or formed only in a crisis");
  SAMSIM_FIELD("hub.forms_after_days", hub.formsAfterDays)
      .range(0, 20000)
      .unit("working days")
      .source("000 §3 (weeks after the start)")
      .doc("Delay after the first simulated day (always; warm-up included) or the crisis start");
  SAMSIM_FIELD("hub.persists", hub.persists)
      .source("000 §6.2")
      .doc("Whether a crisis-formed arena outlives the crisis");
  SAMSIM_FIELD("hub.liaison_after_days", hub.liaisonAfterDays)
      .range(0, 20000)
      .unit("working days")
      .source("000 §5.1 (leader later joined)")
      .doc("Delay from formation until the liaison sits in");
  SAMSIM_CHOICE("hub.pool", hub.pool, {"central_staff", MemberPool::CentralStaff},
                {"sector_staff", MemberPool::SectorStaff}, {"leaders", MemberPool::Leaders},
                {"all", MemberPool::All})
      .source("000 §5.1")
      .doc("Where members are drawn from first");
  SAMSIM_CHOICE("hub.selection", hub.selection, {"tenure", Selection::Tenure},
                {"network", Selection::Network}, {"role", Selection::Role}, {"random", Selection::Random})
      .source("000 §5.1, §6.5 (experience, networks, trust)")
      .doc("How members are chosen within a sector");
  SAMSIM_FIELD("hub.org_members", hub.orgMembers)
      .range(0, 100)
      .unit("members")
      .source("000 §5.1: four")
      .doc("Members from the organisation area (others: one per sector, extras round-robin)");
  addHubMeetingKeys(s);
}

}  // namespace samsim::models
