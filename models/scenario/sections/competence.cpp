// Scenario keys `competence.*`: the competence people start with and how in-between competence is
// weighed (organisation/organisation.cpp, mechanisms/in_between_competence.cpp). Constants that were
// numbers in the code; a uniform draw "x + spread·u" is stated as the pair (x, spread).
#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {

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

}  // namespace samsim::models
