#include "models/scenario.hpp"

#include <fmt/format.h>

#include "models/organisation.hpp"
#include "sim/input_error.hpp"

namespace samsim::models {

sim::Schema<Scenario> buildScenarioSchema();  // scenario_schema.cpp

const sim::Schema<Scenario>& scenarioSchema() {
  static const sim::Schema<Scenario> schema = buildScenarioSchema();
  return schema;
}

namespace {

void fail(const std::filesystem::path& file, const std::string& key, const std::string& expected,
          const std::string& got) {
  throw sim::InputError(fmt::format("{}: {}: expected {}, got {}", file.string(), key, expected, got));
}

// Checks that need more than one key.
void crossCheck(const Scenario& s, const std::filesystem::path& file) {
  const int sectors = static_cast<int>(s.municipality.sectors.size());
  if (s.crisis.enabled && s.crisis.startDay >= s.days)
    fail(file, "crisis.start_day", fmt::format("a measured day before days ({})", s.days),
         std::to_string(s.crisis.startDay));
  if (s.municipality.criticalSector >= sectors)
    fail(file, "municipality.critical_sector", fmt::format("a sector index below {}", sectors),
         std::to_string(s.municipality.criticalSector));
  if (s.crisis.kind == CrisisKind::Acute && s.crisis.acuteSector >= sectors)
    fail(file, "crisis.acute_sector", fmt::format("a sector index below {}", sectors),
         std::to_string(s.crisis.acuteSector));
  if (s.crisis.phaseShares.empty())
    fail(file, "crisis.phase_shares", "at least one positive share", "an empty list");
  double total = 0;
  for (double x : s.crisis.phaseShares) total += x;
  if (total <= 0) fail(file, "crisis.phase_shares", "shares with a positive sum", "all zero");
  if (s.issues.q2Share + s.issues.q3Share > 1.0)
    fail(file, "issues.q3_share", "q2_share + q3_share <= 1",
         fmt::format("{}", s.issues.q2Share + s.issues.q3Share));
  if (s.network.unitTies + s.network.sectorTies + 4 > s.network.maxTies)
    fail(file, "network.max_ties", "at least unit_ties + sector_ties + 4", std::to_string(s.network.maxTies));
  try {
    (void)lineStaffBySector(s);  // the organisation run builds must fit the staff
  } catch (const sim::InputError& e) {
    throw sim::InputError(fmt::format("{}: {}", file.string(), e.what()));
  }
}

}  // namespace

Scenario loadScenario(const std::filesystem::path& file, const std::vector<std::string>& overrides) {
  auto doc = sim::YamlDocument::fromFile(file);
  const auto& schema = scenarioSchema();
  for (const auto& assignment : overrides)
    doc.applyOverride(assignment, [&](const std::string& path) { return schema.isKnown(path); });
  Scenario scenario = schema.load(doc);
  crossCheck(scenario, file);
  return scenario;
}

}  // namespace samsim::models
