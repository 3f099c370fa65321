// Names of earlier versions: the versioned table points at columns the catalogue describes, and a
// result directory of an earlier version is read, shown and judged under today's names.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include "analysis/report/earlier_columns.hpp"
#include "analysis/report/metric_catalog.hpp"
#include "analysis/report/output_dir.hpp"
#include "analysis/report/report.hpp"

namespace fs = std::filesystem;
using namespace samsim::analysis::report;

TEST_CASE("Earlier names: each leads to a catalogued column and is no longer one itself",
          "[report][catalog][earlier]") {
  const std::vector<std::string> catalogued = catalogedMetrics();
  const std::set<std::string> current(catalogued.begin(), catalogued.end());
  std::set<std::string> earlier;
  REQUIRE(!earlierColumns().empty());
  for (const EarlierColumn& e : earlierColumns()) {
    INFO(e.name);
    CHECK(earlier.insert(std::string(e.name)).second);   // one row per old name
    CHECK_FALSE(current.contains(std::string(e.name)));  // not described as a current column
    CHECK(current.contains(currentColumnName(std::string(e.name))));
    CHECK(!e.version.empty());
    CHECK(e.date.size() == 10);  // YYYY-MM-DD
    CHECK(e.why.back() == '.');
  }
  CHECK(currentColumnName("latency_p90_days") == "solved_latency_p90_days");
  CHECK(currentColumnName("q3_latency_mean_days") == "q3_solved_latency_mean_days");
  CHECK(currentColumnName("rmst_days") == "rmst_days");
  CHECK(currentColumnName("queue_length_days") == "queue_length_days");
}

TEST_CASE("Earlier names: an old result directory is read under today's names",
          "[report][catalog][earlier]") {
  const fs::path dir = fs::temp_directory_path() / "samsim-report-test-earlier-names";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "summary.csv") << "scenario,replicate,seed,resolved_share,latency_mean_days,"
                                        "cross_sector_latency_mean_days\n"
                                        "a,0,1,0.5,7,9\n"
                                        "a,1,2,0.6,8,10\n";
  std::ofstream(dir / "timeseries.csv") << "scenario,replicate,day,metric,value\n"
                                           "a,0,5,latency_p90_days,11\n"
                                           "a,0,5,issues_open,3\n";
  std::ofstream(dir / "manifest.json") << R"({"command": "run"})";

  const OutputDir output = loadOutputDir(dir);
  REQUIRE(output.summary);
  CHECK(output.summary->columns() == std::vector<std::string>{"scenario", "replicate", "seed",
                                                              "resolved_share", "solved_latency_mean_days",
                                                              "cross_sector_solved_latency_mean_days"});
  REQUIRE(output.timeseries);
  CHECK(output.timeseries->cell(0, 3) == "solved_latency_p90_days");
  CHECK(output.timeseries->cell(1, 3) == "issues_open");

  // Shown with today's labels, not under "Other measures" with a label made from the old name.
  const std::string html = buildReport(dir);
  CHECK(html.find(">Days to solve a case (solved cases only)</td>") != std::string::npos);
  CHECK(html.find(">Days to solve a solved cross-sector case (solved cases only)</td>") != std::string::npos);
  CHECK(html.find("<h3>Days to solve the slowest solved cases (solved cases only)</h3>") !=
        std::string::npos);
  CHECK(html.find("Other measures") == std::string::npos);
  CHECK(html.find("Latency mean") == std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("Earlier names: a file that has both names keeps both as written", "[report][catalog][earlier]") {
  CsvFile file = CsvFile::parse("scenario,latency_mean_days,solved_latency_mean_days\na,1,2\n", "both.csv");
  adoptCurrentColumnNames(file);
  CHECK(file.columns() ==
        std::vector<std::string>{"scenario", "latency_mean_days", "solved_latency_mean_days"});

  CsvFile series = CsvFile::parse("metric,value\nlatency_mean_days,1\nsolved_latency_mean_days,2\n", "s.csv");
  adoptCurrentMetricNames(series, 0);
  CHECK(series.cell(0, 0) == "latency_mean_days");
  CHECK(series.cell(1, 0) == "solved_latency_mean_days");
}
