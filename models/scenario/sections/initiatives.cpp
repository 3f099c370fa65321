// Scenario keys `initiatives.*`: initiatives and co-creation (002, 003, 004; docs/ODD.md §7;
// mechanisms/initiatives.cpp, initiative_adoption.cpp). The four approaches of 002 are combinations
// of starters × recruitment × adoption (scenarios/initiatives/); no key names an approach.
#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {

void addInitiativeKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("initiatives.enabled", initiatives.enabled)
      .source("002; 003; 004")
      .doc("Middle managers and practitioners start initiatives (off: no initiative state, empty columns)");
  SAMSIM_CHOICE("initiatives.starters", initiatives.starters, {"unit_leaders", Starters::UnitLeaders},
                {"experienced", Starters::Experienced})
      .source("002 l. 58, 143")
      .doc(
          "Who starts: unit leaders (middle managers), or experienced practitioners of any role below "
          "director whose in-between competence reaches initiatives.experienced_threshold");
  SAMSIM_CHOICE("initiatives.recruitment", initiatives.recruitment, {"ties", Recruitment::Ties},
                {"leaders", Recruitment::Leaders}, {"line", Recruitment::Line})
      .source("002 l. 95, 105, 113, 143")
      .doc(
          "Who joins: the champion's trusted ties in other units; only tied unit leaders; or the "
          "leaders of the sector's other units assigned by the line, ties or not");
  SAMSIM_CHOICE("initiatives.adoption", initiatives.adoption, {"professional", Adoption::Professional},
                {"line", Adoption::Line}, {"leadership", Adoption::Leadership})
      .source("002 l. 155-157")
      .doc(
          "How adoption is decided: by the participants' professional authority; by the champion's "
          "director (a decision's hours); or by the leadership group (an agenda slot). An active arena "
          "known to a participant is a path for all three");
  SAMSIM_FIELD("initiatives.starts_per_year", initiatives.startsPerYear)
      .range(0, 230)
      .unit("1/year per candidate")
      .source(A)
      .doc("Chance per working day with slack (× 230) that a candidate starts an initiative");
  SAMSIM_FIELD("initiatives.slack_hours", initiatives.slackHours)
      .range(0, 24)
      .unit("hours")
      .source("002 l. 137-139 (no extra time); value assumed")
      .doc("Hours left after operational and issue work a champion needs that day to start");
  SAMSIM_FIELD("initiatives.experienced_threshold", initiatives.experiencedThreshold)
      .range(0, 1)
      .unit("in-between competence")
      .source("002 l. 143; 000 §5.3; value assumed")
      .doc("In-between competence an experienced starter needs");
  SAMSIM_FIELD("initiatives.participants", initiatives.participants)
      .range(1, 100)
      .unit("persons")
      .source("002 l. 58 (3-12, mean 6, per group)")
      .doc("Team size the champion seeks, the champion included");
  SAMSIM_FIELD("initiatives.hours_per_day", initiatives.hoursPerDay)
      .range(0, 24)
      .unit("hours/day")
      .source(A)
      .doc("Hours each participant puts in per working day, charged to the issue budget");
  SAMSIM_FIELD("initiatives.work_hours", initiatives.workHours)
      .range(0, 100000)
      .unit("hours")
      .source(A)
      .doc("Joint work before an initiative is ready for endorsement");
  SAMSIM_FIELD("initiatives.champion_days", initiatives.championDays)
      .range(1, 100000)
      .unit("working days")
      .source("002 l. 127, 133; value assumed")
      .doc("Days a champion keeps an unendorsed initiative going before it fades");
  SAMSIM_FIELD("initiatives.max_idle_days", initiatives.maxIdleDays)
      .range(0, 10000)
      .unit("working days")
      .source("002 l. 139, 145 (stop for urgent work); value assumed")
      .doc("Consecutive days without any hours from the champion before it fades");
  SAMSIM_FIELD("initiatives.authority_threshold", initiatives.authorityThreshold)
      .range(0, 100)
      .unit("summed in-between competence")
      .source("002 l. 143; value assumed")
      .doc("Professional authority (participants' summed in-between competence) that endorses");
  SAMSIM_FIELD("initiatives.decision_hours", initiatives.decisionHours)
      .range(0, 24)
      .unit("hours")
      .source(A)
      .doc("A leader's hours for an administrative decision");
  SAMSIM_FIELD("initiatives.agenda_slots", initiatives.agendaSlots)
      .range(0, 100)
      .unit("initiatives/meeting")
      .source(A)
      .doc("Initiatives the leadership group or the arena decides per meeting");
  SAMSIM_FIELD("initiatives.co_creation_share", initiatives.coCreationShare)
      .range(0, 1)
      .unit("share")
      .source("003; value assumed")
      .doc("Share of unit leaders' starts that are co-creation with citizens and volunteers");
  SAMSIM_FIELD("initiatives.budget_margin", initiatives.budgetMargin)
      .range(0, 1)
      .unit("share of the unit's budget")
      .source("003 l. 2148 (±3 % of the yearly result)")
      .doc("Deviation from its budget a unit may carry");
  SAMSIM_FIELD("initiatives.co_creation_cost", initiatives.coCreationCost)
      .range(0, 1)
      .unit("share of the unit's daily hours")
      .source(A)
      .doc("Cost of a co-creation pilot that must fit in the budget margin plus today's spare capacity");
  SAMSIM_FIELD("initiatives.risk_willingness", initiatives.riskWillingness)
      .range(0, 1)
      .unit("share of unit leaders")
      .source("003 l. 55, 1068 (risk willingness); value assumed")
      .doc("Share of unit leaders willing to take the risk of co-creation (a fixed draw per person)");
}

}  // namespace samsim::models
