// Every scenario key: path, type, unit, range, source (a seed passage or "assumed") and a one-line
// description, declared section by section in models/scenario/sections/ (sections.hpp says why
// there). This list fixes the order of the keys in docs/ODD.md's parameter tables (generated from
// and checked against the schema, tests/models/odd_doc_test.cpp), in --help, in error messages and
// in manifest.json's resolved scenario.
#include "models/scenario/scenario.hpp"
#include "models/scenario/sections/sections.hpp"

namespace samsim::models {

sim::Schema<Scenario> buildScenarioSchema() {
  sim::Schema<Scenario> s;
  addRunKeys(s);
  addOutcomeKeys(s);
  addMunicipalityKeys(s);
  addCentralStaffKeys(s);
  addNetworkKeys(s);
  addIssueKeys(s);
  addRoutingKeys(s);
  addLineKeys(s);
  addCrisisKeys(s);
  addHubKeys(s);
  addRedeploymentKeys(s);
  addInnovationKeys(s);
  addDriftKeys(s);
  // Behavioural constants of formation, the workforce, competence, measurement and issue details.
  addTieFormationKeys(s);
  addWorkforceKeys(s);
  addCompetenceKeys(s);
  addIssueDetailKeys(s);
  addTurnoverKeys(s);
  addEventKeys(s);
  addOrganisationKeys(s);
  addOutputKeys(s);
  addInitiativeKeys(s);
  return s;
}

}  // namespace samsim::models
