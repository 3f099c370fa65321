// Scenario keys `network.*`: the informal network — its size, fading, work contacts and turnover
// (mechanisms/network_formation.cpp, work_contacts.cpp, turnover.cpp, state/informal_network.cpp),
// and, declared after the mechanisms in the schema's order, the constants of tie formation and of
// network measurement (outputs/network_measures.cpp). A uniform draw "x + spread·u" is stated as
// the pair (x, spread); defaults are the numbers formerly in the code.
#include <fmt/format.h>

#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {

void addNetworkKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("network.max_ties", network.maxTies)
      .range(4, 200)
      .unit("ties")
      .source(A)
      .doc("Tie slots per person; a new tie replaces the weakest when full");
  SAMSIM_FIELD("network.unit_ties", network.unitTies)
      .range(0, 100)
      .unit("ties")
      .source(A)
      .doc("Initial ties to unit colleagues");
  SAMSIM_FIELD("network.sector_ties", network.sectorTies)
      .range(0, 100)
      .unit("ties")
      .source(A)
      .doc("Initial ties to others in the same sector");
  SAMSIM_FIELD("network.cross_sector_ties", network.crossSectorTies)
      .range(0, 50)
      .unit("ties (mean)")
      .source("000 §5.3 (structural holes); value assumed")
      .doc("Mean initial ties into other sectors");
  SAMSIM_FIELD("network.prior_role_per_year", network.priorRolePerYear)
      .range(0, 1)
      .unit("1/year")
      .source("000 §6.3 (roles in other parts)")
      .doc("Chance per year of tenure of an earlier role in another sector");
  SAMSIM_FIELD("network.prior_role_ties", network.priorRoleTies)
      .range(0, 50)
      .unit("ties")
      .source(A)
      .doc("Lasting ties from an earlier role");
  SAMSIM_FIELD("network.half_life_days", network.halfLifeDays)
      .range(1, 100000)
      .unit("working days")
      .source("000 §5.3 (ties fade); value assumed")
      .doc("Half-life of an unused tie");
  SAMSIM_FIELD("network.unit_floor", network.unitFloor)
      .range(0, 1)
      .unit("weight")
      .source(A)
      .doc("Weight unit ties keep through daily work");
  SAMSIM_FIELD("network.trust_threshold", network.trustThreshold)
      .range(0, 1)
      .unit("weight")
      .source(A)
      .doc("Tie weight needed to ask for help or count as a bridge");
  SAMSIM_FIELD("network.joint_work_gain", network.jointWorkGain)
      .range(0, 1)
      .unit("share")
      .source(A)
      .doc("Tie strengthening from solving an issue together");
  SAMSIM_FIELD("network.coattend_gain", network.coattendGain)
      .range(0, 1)
      .unit("share")
      .source("000 §6.3 (trust from repeated interaction)")
      .doc("Tie strengthening per meeting attended together");
  SAMSIM_FIELD("network.knowledge_tau_years", network.knowledgeTauYears)
      .range(0.1, 100)
      .unit("years")
      .source("000 §6.3 (long tenure)")
      .doc("Tenure scale of structural knowledge");
  SAMSIM_FIELD("network.measure_every_days", network.measureEveryDays)
      .range(1, 10000)
      .unit("working days")
      .source(A)
      .doc("Interval of network measurement (constraint, density)");
  SAMSIM_FIELD("network.contacts_per_year", network.contactsPerYear)
      .range(0, 1000)
      .unit("contacts/person/year")
      .source("Kossinets & Watts 2006 (ties renew through interaction); value assumed")
      .doc("Work contacts with people of the own sector outside the own unit");
  SAMSIM_FIELD("network.cross_contacts_per_year", network.crossContactsPerYear)
      .range(0, 1000)
      .unit("contacts/person/year")
      .source("Kleinbaum et al. 2013 (cross-unit contact rarer); value assumed")
      .doc("Work contacts with people of other sectors, front-line staff");
  SAMSIM_FIELD("network.role_cross_contacts_per_year", network.roleCrossContactsPerYear)
      .range(0, 1000)
      .unit("contacts/person/year")
      .source("Kleinbaum et al. 2013 (managers and staff functions span groups); 002; value assumed")
      .doc("Work contacts with people of other sectors, leaders and staff advisors");
  SAMSIM_FIELD("network.contact_gain", network.contactGain)
      .range(0, 1)
      .unit("share")
      .source(A)
      .doc("Tie strengthening per work contact (one contact alone is not yet trust)");
  SAMSIM_FIELD("network.repeat_contact_share", network.repeatContactShare)
      .range(0, 1)
      .unit("share")
      .source("Kossinets & Watts 2006 (most interaction along existing ties); value assumed")
      .doc("Share of work contacts with someone already known; the rest meet someone new");
  SAMSIM_FIELD("network.turnover_per_year", network.turnoverPerYear)
      .range(0, 1)
      .unit("1/year")
      .source(A)
      .doc("Share of staff who leave per year; each is replaced by a newcomer");
  SAMSIM_FIELD("network.internal_move_share", network.internalMoveShare)
      .range(0, 1)
      .unit("share")
      .source("000 §6.3 (roles in other parts of the organisation); value assumed")
      .doc("Share of vacancies filled by someone moving from another sector");
  SAMSIM_FIELD("network.prehistory_days", network.prehistoryDays)
      .range(0, 10000)
      .unit("working days")
      .source("samsim")
      .doc("Days of contacts and turnover run on the initial ties before day 0");
}

void addTieFormationKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  const std::string U = "tie weight";
  SAMSIM_FIELD("network.unit_tie_weight", tieFormation.unitWeight)
      .range(0, 1)
      .unit(U)
      .source("000 §5.3 (dense inside units); value assumed")
      .doc("Lowest initial weight of a tie to a unit colleague");
  SAMSIM_FIELD("network.unit_tie_spread", tieFormation.unitSpread)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Width of the uniform draw added to network.unit_tie_weight");
  SAMSIM_FIELD("network.sector_tie_weight", tieFormation.sectorWeight)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Lowest initial weight of a tie in the own sector outside the unit");
  SAMSIM_FIELD("network.sector_tie_spread", tieFormation.sectorSpread)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Width of the uniform draw added to network.sector_tie_weight");
  SAMSIM_FIELD("network.cross_tie_weight", tieFormation.crossWeight)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Lowest initial weight of a tie to another sector");
  SAMSIM_FIELD("network.cross_tie_spread", tieFormation.crossSpread)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Width of the uniform draw added to network.cross_tie_weight");
  SAMSIM_FIELD("network.prior_role_tie_weight", tieFormation.priorRoleWeight)
      .range(0, 1)
      .unit(U)
      .source("000 §6.3 (roles in different parts of the organisation); value assumed")
      .doc("Lowest weight of a lasting acquaintance from an earlier role in another sector");
  SAMSIM_FIELD("network.prior_role_tie_spread", tieFormation.priorRoleSpread)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Width of the uniform draw added to network.prior_role_tie_weight");
  SAMSIM_FIELD("network.prior_role_max_chance", tieFormation.priorRoleMaxChance)
      .range(0, 1)
      .unit("probability")
      .source(A)
      .doc("Cap on the chance of an earlier role (network.prior_role_per_year × tenure)");
  SAMSIM_FIELD("network.member_leader_tie_weight", tieFormation.memberLeaderWeight)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Weight of the tie between a unit member and the unit leader");
  SAMSIM_FIELD("network.leader_director_tie_weight", tieFormation.leaderDirectorWeight)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Weight of the tie between a unit leader and the sector director");
  SAMSIM_FIELD("network.leader_director_floor_share", tieFormation.leaderDirectorFloorShare)
      .range(0, 1)
      .unit("share")
      .source(A)
      .doc("Floor of the unit leader – director tie, as a share of network.unit_floor");
  SAMSIM_FIELD("network.leadership_tie_weight", tieFormation.leadershipWeight)
      .range(0, 1)
      .unit(U)
      .source("000 Fig. 6 (cross-sector leadership group); value assumed")
      .doc("Weight of the ties among members of the leadership group");
  SAMSIM_FIELD("network.advisor_director_tie_weight", tieFormation.advisorDirectorWeight)
      .range(0, 1)
      .unit(U)
      .source("000 §6.3 (sector-oriented central staff); value assumed")
      .doc("Weight of a sector-oriented central advisor's ties to the sector's director and advisors");
  SAMSIM_FIELD("network.advisor_sector_ties", tieFormation.advisorSectorTies)
      .range(0, 100)
      .unit("ties")
      .source(A)
      .doc("Ties of a sector-oriented central advisor to random staff of the sector served");
  SAMSIM_FIELD("network.advisor_sector_tie_weight", tieFormation.advisorSectorWeight)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Weight of those ties");
  SAMSIM_FIELD("network.sector_advisor_central_ties", tieFormation.sectorAdvisorCentralTies)
      .range(0, 100)
      .unit("ties")
      .source(A)
      .doc("Ties of a sector advisor to random members of the central staff");
  SAMSIM_FIELD("network.sector_advisor_central_tie_weight", tieFormation.sectorAdvisorCentralWeight)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Weight of those ties");
  SAMSIM_FIELD("network.present_threshold", measurement.presentThreshold)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc(
          "Ties weaker than this are forgotten: not counted when the network is measured (constraint), not "
          "drawn for a repeat work contact or as a contact's contact");
  SAMSIM_FIELD("network.key_person_top_percent", measurement.keyPersonTopPercent)
      .range(0, 100)
      .unit("% of staff")
      .source("Cross, Borgatti & Parker 2002; share assumed")
      .doc("Brokers counted as key persons in key_person_share (at least one)");
}

// The tie slots hold the initial unit and sector ties with room to spare.
void checkNetworkKeys(const Scenario& s, const sim::YamlDocument& doc) {
  if (s.network.unitTies + s.network.sectorTies + 4 > s.network.maxTies)
    failAcrossKeys(doc, "network.max_ties", {"network.unit_ties", "network.sector_ties"},
                   "at least unit_ties + sector_ties + 4", std::to_string(s.network.maxTies));
}

}  // namespace samsim::models
