// Scenario keys `routing.*`: the informal search for a holder (mechanisms/issue_routing.cpp).
#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {

void addRoutingKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("routing.informal_search", routing.informalSearch)
      .source("000 §5.3")
      .doc("Staff search their network");
  SAMSIM_FIELD("routing.slack_use", routing.slackUse)
      .range(0, 1)
      .unit("share")
      .source("000 §6.1, §7; value assumed")
      .doc("Share of slack spent on issues and coordination in normal times");
  SAMSIM_FIELD("routing.contacts_asked", routing.contactsAsked)
      .range(1, 100)
      .unit("persons")
      .source(A)
      .doc("Contacts asked per step of an informal search (strongest first)");
  SAMSIM_FIELD("routing.search_depth", routing.searchDepth)
      .range(1, 6)
      .unit("steps")
      .source(A)
      .doc("Maximum steps of an informal search");
  SAMSIM_FIELD("routing.days_per_hop", routing.daysPerHop)
      .range(0, 100)
      .unit("working days")
      .source(A)
      .doc("Delay per step of an informal search");
  SAMSIM_FIELD("routing.ask_hours", routing.askHours)
      .range(0, 10)
      .unit("hours")
      .source(A)
      .doc("Time an asked contact spends");
  SAMSIM_FIELD("routing.competence_threshold", routing.competenceThreshold)
      .range(0, 1)
      .unit("competence")
      .source(A)
      .doc("Competence needed to hold an issue's domain");
  SAMSIM_FIELD("routing.spare_hours_for_yes", routing.spareHoursForYes)
      .range(0.01, 24)
      .unit("hours")
      .source(A)
      .doc(
          "Free hours ahead (routing.accept_horizon_days) at which a competent person asked to take "
          "on work or help says yes for certain (fewer hours scale the chance down)");
  SAMSIM_FIELD("routing.accept_horizon_days", routing.acceptHorizonDays)
      .range(1, 60)
      .unit("working days")
      .source("000 §6.1 (coordination from the time that is left); a working week, assumed")
      .doc(
          "Days ahead a person asked to take on work looks: their free hours are what is left of "
          "today's hours for coordination and a whole such day for each further day, less the "
          "work they have already taken on");
}

}  // namespace samsim::models
