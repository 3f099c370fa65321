#pragma once
// The scenario schema, section by section. Each top-level group of keys is declared in
// models/scenario/sections/<group>.cpp, together with the checks across keys that blame one of
// its keys. The sections sit together here rather than beside the mechanisms they configure
// because a section usually configures several of them (hub.*: arena.cpp, arena_meeting.cpp,
// arena_membership.cpp, …) and the mechanisms stay free of the schema; each file's first comment
// names the files that read its keys.
//
// scenario_schema.cpp calls the add…Keys functions in one fixed order: the order of the keys in
// docs/ODD.md's tables, in --help, in error messages and in manifest.json's resolved scenario.
// scenario.cpp (crossCheck) runs the check…Keys functions after loading.
#include "models/scenario/scenario.hpp"
#include "sim/params.hpp"

namespace samsim::models {

void addRunKeys(sim::Schema<Scenario>& s);           // run.cpp: version, name, seed, days, warm-up
void addOutcomeKeys(sim::Schema<Scenario>& s);       // run.cpp: outcomes.*
void addMunicipalityKeys(sim::Schema<Scenario>& s);  // municipality.cpp: municipality.*
void addCentralStaffKeys(sim::Schema<Scenario>& s);  // municipality.cpp: central_staff.*
void addNetworkKeys(sim::Schema<Scenario>& s);       // network.cpp: network.*
void addIssueKeys(sim::Schema<Scenario>& s);         // issues.cpp: issues.*
void addRoutingKeys(sim::Schema<Scenario>& s);       // routing.cpp: routing.*
void addLineKeys(sim::Schema<Scenario>& s);          // line.cpp: line.*
void addCrisisKeys(sim::Schema<Scenario>& s);        // crisis.cpp: crisis.*
void addHubKeys(sim::Schema<Scenario>& s);           // hub.cpp: hub.*
void addRedeploymentKeys(sim::Schema<Scenario>& s);  // redeployment.cpp: redeployment.*
void addInnovationKeys(sim::Schema<Scenario>& s);    // innovation.cpp: innovation.*
void addDriftKeys(sim::Schema<Scenario>& s);         // drift.cpp: drift.*
// Behavioural constants: numbers that were in the code, declared after the mechanisms' keys.
void addTieFormationKeys(sim::Schema<Scenario>& s);  // network.cpp: network.* tie weights, measurement
void addWorkforceKeys(sim::Schema<Scenario>& s);     // municipality.cpp: municipality.* tenure, caps
void addCompetenceKeys(sim::Schema<Scenario>& s);    // competence.cpp: competence.*
void addIssueDetailKeys(sim::Schema<Scenario>& s);   // issues.cpp: issues.* details
void addTurnoverKeys(sim::Schema<Scenario>& s);      // turnover.cpp: turnover.*
void addEventKeys(sim::Schema<Scenario>& s);         // events.cpp: events.*
void addOrganisationKeys(sim::Schema<Scenario>& s);  // organisation.cpp: organisation.from.*
void addOutputKeys(sim::Schema<Scenario>& s);        // output.cpp: output.*
void addInitiativeKeys(sim::Schema<Scenario>& s);    // initiatives.cpp: initiatives.*

// Checks across keys; each throws InputError naming the key it blames (section_builder.hpp).
void checkCrisisKeys(const Scenario& s, const sim::YamlDocument& doc);             // crisis.cpp
void checkMunicipalityKeys(const Scenario& s, const sim::YamlDocument& doc);       // municipality.cpp
void checkIssueKeys(const Scenario& s, const sim::YamlDocument& doc);              // issues.cpp
void checkNetworkKeys(const Scenario& s, const sim::YamlDocument& doc);            // network.cpp
void checkEventKeys(const Scenario& s, const sim::YamlDocument& doc);              // events.cpp
void checkOrganisationFitsStaff(const Scenario& s, const sim::YamlDocument& doc);  // municipality.cpp

}  // namespace samsim::models
