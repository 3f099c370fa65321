#include "models/scenario/scenario.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "models/organisation/organisation.hpp"
#include "models/organisation/organisation_import.hpp"
#include "models/scenario/sections/section_builder.hpp"
#include "models/scenario/sections/sections.hpp"
#include "sim/input_error.hpp"
#include "sim/text.hpp"

namespace samsim::models {

sim::Schema<Scenario> buildScenarioSchema();  // scenario_schema.cpp

const sim::Schema<Scenario>& scenarioSchema() {
  static const sim::Schema<Scenario> schema = buildScenarioSchema();
  return schema;
}

namespace {

// Checks that need more than one key, each declared with the section of the key it blames
// (models/scenario/sections/); the organisation the run builds is checked last.
void crossCheck(const Scenario& s, const sim::YamlDocument& doc) {
  checkCrisisKeys(s, doc);
  checkMunicipalityKeys(s, doc);
  checkIssueKeys(s, doc);
  checkNetworkKeys(s, doc);
  checkEventKeys(s, doc);
  if (!s.organisation.data) checkOrganisationFitsStaff(s, doc);  // an import is checked as it is read
}

// organisation.from.*: paths in the file are relative to the file's folder, paths given with
// --set relative to the working directory (as any path on a command line).
void readOrganisationFiles(Scenario& s, const sim::YamlDocument& doc, const std::filesystem::path& file,
                           const std::vector<std::string>& overrides) {
  auto& o = s.organisation;
  if (o.units.empty() && o.staff.empty() && o.ties.empty()) return;
  if (o.units.empty() || o.staff.empty())
    failAcrossKeys(doc, o.units.empty() ? "organisation.from.units" : "organisation.from.staff", {},
                   "both units and staff files (ties is optional)", "only one of them");
  auto resolve = [&](const std::string& key, const std::string& path) -> std::filesystem::path {
    if (path.empty()) return {};
    const bool fromCommandLine = std::any_of(overrides.begin(), overrides.end(), [&](const std::string& a) {
      return a.rfind("organisation.from." + key + "=", 0) == 0;
    });
    const std::filesystem::path p(path);
    return p.is_absolute() || fromCommandLine ? p : file.parent_path() / p;
  };
  const auto units = resolve("units", o.units);
  const auto staff = resolve("staff", o.staff);
  const auto ties = resolve("ties", o.ties);
  o.units = units.string();
  o.staff = staff.string();
  o.ties = ties.string();
  adoptOrganisation(s, std::make_shared<OrganisationData>(readOrganisation(
                           {units, staff, ties}, s.municipality.competenceDomains, s.network.maxTies)));
}

}  // namespace

Scenario loadScenario(const std::filesystem::path& file, const std::vector<std::string>& overrides) {
  auto doc = sim::YamlDocument::fromFile(file);
  // A sweep given where a scenario belongs: say so, rather than "unknown key 'base'".
  if (const YAML::Node& root = doc.root(); root.IsMap() && root["base"] && root["parameters"])
    throw sim::InputError(
        fmt::format("{}: a sweep file (it has base and parameters); expected a scenario file — "
                    "run a sweep with samsim sweep",
                    file.string()));
  const auto& schema = scenarioSchema();
  for (const auto& assignment : overrides) {
    const std::string path = assignment.substr(0, assignment.find('='));
    if (assignment.find('=') != std::string::npos && !path.empty() && !schema.isKnown(path))
      throw sim::InputError(fmt::format("--set {}: unknown key {}{}", sim::escaped(assignment),
                                        sim::quoted(path), schema.unknownKeyHint(path)));
    doc.applyOverride(assignment, [&](const std::string& key) { return schema.isKnown(key); });
  }
  Scenario scenario = schema.load(doc);
  readOrganisationFiles(scenario, doc, file, overrides);
  // An imported organisation is its own reference size unless the scenario says otherwise.
  const auto& root = doc.root();
  if (scenario.organisation.data && !(root["municipality"] && root["municipality"]["reference_staff"]))
    scenario.municipality.referenceStaff = scenario.municipality.staff;
  crossCheck(scenario, doc);
  return scenario;
}

}  // namespace samsim::models
