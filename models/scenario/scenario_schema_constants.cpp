// Behavioural constants of the model as scenario keys: tie formation, the workforce, competence,
// network measurement and issue details. They were numbers in the code; as keys they carry unit,
// range and source, and sweeps and sensitivity analysis reach them. Defaults are the former values.
// A uniform draw "x + spread·u" is stated as the pair (x, spread).
#include "models/scenario/scenario_schema_parts.hpp"

namespace samsim::models {

#define SAMSIM_FIELD(path, member) \
  s.field(                         \
      path, [](Scenario & c) -> auto& { return c.member; })

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

void addWorkforceKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  SAMSIM_FIELD("municipality.tenure_sigma", workforce.tenureSigma)
      .range(0, 3)
      .unit("log years")
      .source(A)
      .doc("σ of the lognormal tenure distribution (mean municipality.tenure_mean_years)");
  SAMSIM_FIELD("municipality.tenure_max_years", workforce.tenureMaxYears)
      .range(1, 60)
      .unit("years")
      .source(A)
      .doc("Longest initial tenure");
  SAMSIM_FIELD("municipality.director_tenure_shift", workforce.directorTenureShift)
      .range(0, 40)
      .unit("years")
      .source(A)
      .doc("Years added to a sector director's drawn tenure");
  SAMSIM_FIELD("municipality.municipal_director_tenure_shift", workforce.municipalDirectorTenureShift)
      .range(0, 40)
      .unit("years")
      .source(A)
      .doc("Years added to the municipal director's drawn tenure");
  SAMSIM_FIELD("municipality.unit_leader_tenure_shift", workforce.unitLeaderTenureShift)
      .range(0, 40)
      .unit("years")
      .source(A)
      .doc("Years added to a unit leader's drawn tenure");
  SAMSIM_FIELD("municipality.sector_advisor_tenure_shift", workforce.sectorAdvisorTenureShift)
      .range(0, 40)
      .unit("years")
      .source(A)
      .doc("Years added to a sector advisor's drawn tenure");
  SAMSIM_FIELD("municipality.central_staff_tenure_shift", workforce.centralStaffTenureShift)
      .range(0, 40)
      .unit("years")
      .source("000 §5.3 (long tenure of the central staff advisors); value assumed")
      .doc("Years added to a central staff member's drawn tenure");
  SAMSIM_FIELD("municipality.staff_per_central_member", workforce.staffPerCentralMember)
      .range(1, 1000)
      .unit("persons")
      .source(A)
      .doc("Cap on the scaled central staff: at most staff / this");
  SAMSIM_FIELD("municipality.staff_per_sector_advisor", workforce.staffPerSectorAdvisor)
      .range(1, 1000)
      .unit("persons")
      .source(A)
      .doc("Cap on the scaled sector advisors: at most staff / (this · sectors) per sector");
  SAMSIM_FIELD("municipality.working_days_per_year", workforce.workingDaysPerYear)
      .range(100, 366)
      .unit("working days")
      .source(A)
      .doc(
          "Working days in a year, for yearly rates (knowledge fading, work contacts, turnover, "
          "initiative starts) and for tenure");
}

void addCompetenceKeys(sim::Schema<Scenario>& s) {
  const std::string A = "assumed";
  const std::string U = "competence";
  SAMSIM_FIELD("competence.background", competence.background)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Competence in any domain is drawn uniformly from [0, this]");
  SAMSIM_FIELD("competence.own_area", competence.ownArea)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Lowest competence in the own (affiliated) sector's domain");
  SAMSIM_FIELD("competence.own_area_spread", competence.ownAreaSpread)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Width of the uniform draw added to competence.own_area");
  SAMSIM_FIELD("competence.specialist", competence.specialist)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Lowest competence of advisors and communications in their common (specialist) domain");
  SAMSIM_FIELD("competence.specialist_spread", competence.specialistSpread)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Width of the uniform draw added to competence.specialist");
  SAMSIM_FIELD("competence.common", competence.common)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Lowest competence of other roles in their one common domain");
  SAMSIM_FIELD("competence.common_spread", competence.commonSpread)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Width of the uniform draw added to competence.common");
  SAMSIM_FIELD("competence.communications", competence.communications)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("The communications chief's competence in the communications domain");
  SAMSIM_FIELD("competence.prior_role", competence.priorRole)
      .range(0, 1)
      .unit(U)
      .source("000 §6.3 (roles in different parts of the organisation); value assumed")
      .doc("Lowest competence kept from an earlier role in another sector's domain");
  SAMSIM_FIELD("competence.prior_role_spread", competence.priorRoleSpread)
      .range(0, 1)
      .unit(U)
      .source(A)
      .doc("Width of the uniform draw added to competence.prior_role");
  SAMSIM_FIELD("competence.leader_knowledge_bonus", competence.leaderKnowledgeBonus)
      .range(0, 1)
      .unit("share")
      .source(A)
      .doc("Initial structural knowledge leaders have beyond what their tenure gives");
  SAMSIM_FIELD("competence.weight_tenure", competence.weightTenure)
      .range(0, 1)
      .unit("weight")
      .source("000 §5.3 (long tenure); weight assumed")
      .doc("Weight of tenure in in-between competence");
  SAMSIM_FIELD("competence.weight_knowledge", competence.weightKnowledge)
      .range(0, 1)
      .unit("weight")
      .source("000 §5.3 (knowledge of the structures); weight assumed")
      .doc("Weight of structural knowledge in in-between competence");
  SAMSIM_FIELD("competence.weight_network", competence.weightNetwork)
      .range(0, 1)
      .unit("weight")
      .source("000 §5.3 (wide horizontal and vertical network); weight assumed")
      .doc("Weight of network breadth and vertical reach in in-between competence");
  SAMSIM_FIELD("competence.weight_trust", competence.weightTrust)
      .range(0, 1)
      .unit("weight")
      .source("000 §5.3 (trust); weight assumed")
      .doc("Weight of the mean trusted tie weight in in-between competence");
  SAMSIM_FIELD("competence.breadth_weight", competence.breadthWeight)
      .range(0, 1)
      .unit("weight")
      .source(A)
      .doc("Weight of horizontal breadth (sectors reached) in the network part");
  SAMSIM_FIELD("competence.vertical_weight", competence.verticalWeight)
      .range(0, 1)
      .unit("weight")
      .source(A)
      .doc("Weight of a trusted tie to a director or the municipal director in the network part");
  SAMSIM_FIELD("competence.breadth_saturation", competence.breadthSaturation)
      .range(0.01, 1)
      .unit("share of other sectors")
      .source(A)
      .doc("Share of other sectors reached at which breadth counts fully");
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

#undef SAMSIM_FIELD

void addBehaviouralConstantKeys(sim::Schema<Scenario>& s) {
  addTieFormationKeys(s);
  addWorkforceKeys(s);
  addCompetenceKeys(s);
  addIssueDetailKeys(s);
}

}  // namespace samsim::models
