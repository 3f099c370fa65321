// The model's reporters and the report's catalogue name the same columns: a column is computed in
// models/outputs/ (metrics.cpp, key_person_outputs.cpp) and described once in
// analysis/report/metric_entries.cpp, and neither may have a name the other lacks.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "analysis/report/earlier_columns.hpp"
#include "analysis/report/metric_catalog.hpp"
#include "models/municipality_model.hpp"

using namespace samsim::models;
namespace report = samsim::analysis::report;

namespace {

// Names in declaration order, with a check that none repeats.
std::set<std::string> distinct(const std::vector<std::string>& names, const char* where) {
  std::set<std::string> out;
  for (const std::string& name : names) {
    INFO(where << ": " << name);
    CHECK(out.insert(name).second);
  }
  return out;
}

}  // namespace

TEST_CASE("The columns the model writes are the columns the catalogue describes",
          "[models][outputs][catalog]") {
  // A short run of the default scenario: every column is declared whether or not it is observed.
  const Scenario s =
      loadScenario("scenarios/default.yaml", {"municipality.staff=300", "warmup_days=10", "days=90"});
  const samsim::sim::RunResult r = runMunicipality(s, {0, 1});

  std::vector<std::string> summaryNames;
  for (const auto& [name, value] : r.summary) summaryNames.push_back(name);
  std::set<std::string> written = distinct(summaryNames, "summary.csv");
  const std::set<std::string> series = distinct(r.seriesNames, "timeseries.csv");
  CHECK(!series.empty());
  written.insert(series.begin(), series.end());
  std::size_t networkTables = 0;
  for (const auto& [table, contents] : r.tables) {
    if (table != "network") continue;
    ++networkTables;
    for (const std::string& column : contents.columns())
      if (column != "sector_a" && column != "sector_b") written.insert(column);  // the row's key
  }
  CHECK(networkTables == 1);

  const std::vector<std::string> cataloged = report::catalogedMetrics();
  const std::set<std::string> described(cataloged.begin(), cataloged.end());
  CHECK(described.size() == cataloged.size());  // one record per column
  for (const std::string& name : written) {
    INFO("written but not in analysis/report/metric_entries.cpp: " << name);
    CHECK(described.contains(name));
    CHECK_FALSE(report::isBookkeepingColumn(name));
  }
  for (const std::string& name : described) {
    INFO("in the catalogue but written by no reporter: " << name);
    CHECK(written.contains(name));
  }
  for (const report::EarlierColumn& e : report::earlierColumns()) {
    INFO("a name of an earlier version written again: " << e.name);
    CHECK_FALSE(written.contains(std::string(e.name)));
  }
}
