// The model's reporters and the report's catalogue name the same columns: a column is computed in
// models/outputs/ (metrics.cpp, key_person_outputs.cpp) and described once in
// analysis/report/metric_entries.cpp, and neither may have a name the other lacks, nor write a
// column to other files than its record says. The same for the columns of the case and person
// records (models/outputs/records.cpp), in their order.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "analysis/report/earlier_columns.hpp"
#include "analysis/report/metric_catalog.hpp"
#include "models/municipality_model.hpp"
#include "models/outputs/records.hpp"

using namespace samsim::models;
namespace report = samsim::analysis::report;
using report::WrittenTo;

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

// The catalogue's columns that its records place in a file.
std::set<std::string> cataloguedIn(std::initializer_list<WrittenTo> files) {
  std::set<std::string> out;
  for (const std::string& column : report::catalogedMetrics())
    for (WrittenTo f : files)
      if (report::describeMetric(column).writtenTo == f) out.insert(column);
  return out;
}

void checkEqual(const std::set<std::string>& written, const std::set<std::string>& described,
                const char* file) {
  for (const std::string& name : written) {
    INFO(file << " has a column the catalogue does not place there: " << name);
    CHECK(described.contains(name));
    CHECK_FALSE(report::isBookkeepingColumn(name));
  }
  for (const std::string& name : described) {
    INFO("the catalogue places in " << file << " a column no reporter writes there: " << name);
    CHECK(written.contains(name));
  }
}

}  // namespace

TEST_CASE("The columns the model writes are the columns the catalogue describes, file by file",
          "[models][outputs][catalog]") {
  // A short run of the default scenario: every column is declared whether or not it is observed.
  const Scenario s =
      loadScenario("scenarios/default.yaml", {"municipality.staff=300", "warmup_days=10", "days=90"});
  const samsim::sim::RunResult r = runMunicipality(s, {0, 1});

  std::vector<std::string> summaryNames;
  for (const auto& [name, value] : r.summary) summaryNames.push_back(name);
  const std::set<std::string> summary = distinct(summaryNames, "summary.csv");
  const std::set<std::string> series = distinct(r.seriesNames, "timeseries.csv");
  std::set<std::string> network;
  std::size_t networkTables = 0;
  for (const auto& [table, contents] : r.tables) {
    if (table != "network") continue;
    ++networkTables;
    for (const std::string& column : contents.columns())
      if (column != "sector_a" && column != "sector_b") network.insert(column);  // the row's key
  }
  CHECK(networkTables == 1);
  CHECK(!series.empty());

  checkEqual(summary, cataloguedIn({WrittenTo::Summary, WrittenTo::SummaryAndSeries}), "summary.csv");
  checkEqual(series, cataloguedIn({WrittenTo::Series, WrittenTo::SummaryAndSeries}), "timeseries.csv");
  checkEqual(network, cataloguedIn({WrittenTo::Network}), "network.csv");

  // The records: their columns, in order, are the catalogue's record columns of each file.
  CHECK(report::recordColumnNames("cases.csv") == caseColumns());
  CHECK(report::recordColumnNames("people.csv") == peopleColumns());
  const Scenario recorded =
      loadScenario("scenarios/default.yaml", {"municipality.staff=300", "warmup_days=10", "days=90",
                                              "output.record_cases=true", "output.people_every_days=45"});
  const samsim::sim::RunResult withRecords = runMunicipality(recorded, {0, 1});
  std::set<std::string> recordFiles;
  for (const auto& [name, rows] : withRecords.records) {
    INFO(name << ".csv");
    recordFiles.insert(name);
    CHECK(rows.columns() == report::recordColumnNames(name + ".csv"));
  }
  CHECK(recordFiles == std::set<std::string>{"cases", "people"});

  const std::vector<std::string> cataloged = report::catalogedMetrics();
  CHECK(std::set<std::string>(cataloged.begin(), cataloged.end()).size() == cataloged.size());
  for (const report::EarlierColumn& e : report::earlierColumns()) {
    INFO("a name of an earlier version written again: " << e.name);
    CHECK_FALSE(summary.contains(std::string(e.name)));
    CHECK_FALSE(series.contains(std::string(e.name)));
  }
}
