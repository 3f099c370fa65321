#include "models/scenario/scenario.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "models/organisation/organisation.hpp"
#include "models/organisation/organisation_import.hpp"
#include "sim/input_error.hpp"
#include "sim/text.hpp"

namespace samsim::models {

sim::Schema<Scenario> buildScenarioSchema();  // scenario_schema.cpp

const sim::Schema<Scenario>& scenarioSchema() {
  static const sim::Schema<Scenario> schema = buildScenarioSchema();
  return schema;
}

namespace {

// A check across keys blames `key` where it was set — or, when the user changed one of the keys
// it depends on with --set and not `key` itself, that --set, since it is what made the value wrong
// (`--set days=8` against a crisis starting on day 10). Otherwise the key's line in the file, or
// the file when the key is a default.
std::string originFor(const sim::YamlDocument& doc, const std::string& key,
                      std::initializer_list<const char*> dependsOn) {
  const sim::Origin own = doc.originOf(key);
  if (own.where.rfind("--set ", 0) == 0) return own.prefix();
  for (const char* other : dependsOn) {
    const sim::Origin origin = doc.originOf(other);
    if (origin.where.rfind("--set ", 0) == 0) return origin.prefix();
  }
  return own.prefix();
}

void fail(const sim::YamlDocument& doc, const std::string& key, std::initializer_list<const char*> dependsOn,
          const std::string& expected, const std::string& got) {
  throw sim::InputError(
      fmt::format("{}{}: expected {}, got {}", originFor(doc, key, dependsOn), key, expected, got));
}

// Checks that need more than one key.
void crossCheck(const Scenario& s, const sim::YamlDocument& doc) {
  const int sectors = static_cast<int>(s.municipality.sectors.size());
  if (s.crisis.enabled && s.crisis.startDay >= s.days)
    fail(doc, "crisis.start_day", {"days", "crisis.enabled"},
         fmt::format("a measured day before days ({})", s.days), std::to_string(s.crisis.startDay));
  if (s.municipality.criticalSector >= sectors)
    fail(doc, "municipality.critical_sector", {"municipality.sectors"},
         fmt::format("a sector index below {}", sectors), std::to_string(s.municipality.criticalSector));
  if (s.crisis.kind == CrisisKind::Acute && s.crisis.acuteSector >= sectors)
    fail(doc, "crisis.acute_sector", {"municipality.sectors", "crisis.kind"},
         fmt::format("a sector index below {}", sectors), std::to_string(s.crisis.acuteSector));
  if (s.crisis.phaseShares.empty())
    fail(doc, "crisis.phase_shares", {}, "at least one positive share", "an empty list");
  double total = 0;
  for (double x : s.crisis.phaseShares) total += x;
  if (total <= 0) fail(doc, "crisis.phase_shares", {}, "shares with a positive sum", "all zero");
  if (s.crisis.enabled && s.crisis.phaseBroadFactor.size() != s.crisis.phaseShares.size())
    fail(doc, "crisis.phase_broad_factor", {"crisis.phase_shares"},
         fmt::format("one factor per phase of crisis.phase_shares ({})", s.crisis.phaseShares.size()),
         fmt::format("{} factors", s.crisis.phaseBroadFactor.size()));
  if (s.issues.q2Share + s.issues.q3Share > 1.0)
    fail(doc, "issues.q3_share", {"issues.q2_share"}, "q2_share + q3_share <= 1",
         fmt::format("{}", s.issues.q2Share + s.issues.q3Share));
  if (s.network.unitTies + s.network.sectorTies + 4 > s.network.maxTies)
    fail(doc, "network.max_ties", {"network.unit_ties", "network.sector_ties"},
         "at least unit_ties + sector_ties + 4", std::to_string(s.network.maxTies));
  // Key-person loss (key_person_loss.cpp): a day of the run, fewer leavers than staff.
  if (s.events.keyPersonLoss.day >= s.days)
    fail(doc, "events.key_person_loss.day", {"days"}, fmt::format("a measured day before days ({})", s.days),
         std::to_string(s.events.keyPersonLoss.day));
  if (s.events.keyPersonLoss.count >= s.municipality.staff)
    fail(doc, "events.key_person_loss.count", {"municipality.staff"},
         fmt::format("a count in [0, municipality.staff) = [0, {})", s.municipality.staff),
         std::to_string(s.events.keyPersonLoss.count));
  if (s.organisation.data) return;  // an imported organisation is checked as it is read
  try {
    (void)lineUnitsBySector(s);  // the organisation run builds must fit the staff
  } catch (const sim::InputError& e) {
    // Its message starts with the key it blames (the staff or the sectors).
    const std::string what = e.what();
    const char* key =
        what.rfind("municipality.sectors", 0) == 0 ? "municipality.sectors" : "municipality.staff";
    throw sim::InputError(
        fmt::format("{}{}", originFor(doc, key, {"municipality.staff", "municipality.sectors"}), what));
  }
}

// organisation.from.*: paths in the file are relative to the file's folder, paths given with
// --set relative to the working directory (as any path on a command line).
void readOrganisationFiles(Scenario& s, const sim::YamlDocument& doc, const std::filesystem::path& file,
                           const std::vector<std::string>& overrides) {
  auto& o = s.organisation;
  if (o.units.empty() && o.staff.empty() && o.ties.empty()) return;
  if (o.units.empty() || o.staff.empty())
    fail(doc, o.units.empty() ? "organisation.from.units" : "organisation.from.staff", {},
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
  auto data = std::make_shared<OrganisationData>(
      readOrganisation(units, staff, ties, s.municipality.competenceDomains));
  checkTieSlots(*data, s.network.maxTies);
  // The organisation's size and sectors are the files'; municipality.staff and .sectors follow them.
  s.municipality.staff = static_cast<int>(data->staff.size());
  s.municipality.sectors.clear();
  for (std::size_t k = 0; k < data->sectors.size(); ++k) {
    const auto count = std::count_if(data->staff.begin(), data->staff.end(), [&](const ImportedPerson& p) {
      return data->units[static_cast<std::size_t>(p.unit)].sector == static_cast<int>(k);
    });
    s.municipality.sectors.push_back({data->sectors[k], static_cast<double>(count)});
  }
  o.data = std::move(data);
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
