// The metric catalog: every measure the model writes has plain words and a group, the INTERFACE.md
// outcomes are the main view, and the page folds everything else into titled collapsed parts.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "analysis/report/csv_file.hpp"
#include "analysis/report/metric_catalog.hpp"
#include "analysis/report/report.hpp"

namespace fs = std::filesystem;
using namespace samsim::analysis::report;

namespace {

// INTERFACE.md "Output columns", the outcomes every design is judged on.
const std::vector<std::string> kInterfaceOutcomes = {"issues_raised",       "issues_resolved",
                                                     "issues_dropped",      "latency_mean_days",
                                                     "latency_p90_days",    "cross_sector_latency_mean_days",
                                                     "duplicate_solutions", "overload_share",
                                                     "service_continuity",  "weak_signals_early_share",
                                                     "innovations",         "meeting_hours",
                                                     "mean_constraint",     "cross_sector_tie_density"};

std::size_t countOf(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("Catalog: the INTERFACE.md outcomes and only they are the main view", "[report][catalog]") {
  std::size_t main = 0;
  for (const std::string& column : catalogedMetrics())
    if (describeMetric(column).group == MetricGroup::Main) ++main;
  CHECK(main == kInterfaceOutcomes.size());
  for (const std::string& column : kInterfaceOutcomes) {
    INFO(column);
    CHECK(describeMetric(column).known);
    CHECK(describeMetric(column).group == MetricGroup::Main);
  }
}

TEST_CASE("Catalog: distinct labels, one-sentence explanations, a named group", "[report][catalog]") {
  std::set<std::string> labels;
  for (const std::string& column : catalogedMetrics()) {
    INFO(column);
    const MetricInfo info = describeMetric(column);
    CHECK(info.known);
    CHECK(info.group != MetricGroup::Other);  // Other is for columns the catalog does not know
    CHECK(labels.insert(info.label).second);
    CHECK(info.label.find('_') == std::string::npos);  // words, not a column name
    CHECK(info.explanation.size() > 30);
    CHECK(info.explanation.back() == '.');
  }
  std::set<std::string> titles;
  for (int g = 0; g < kMetricGroupCount; ++g) {
    const GroupInfo group = describeGroup(static_cast<MetricGroup>(g));
    CHECK(titles.insert(std::string(group.title)).second);
    CHECK(!group.intro.empty());
  }
}

TEST_CASE("Catalog: direction words follow the entry, neutral counts get none", "[report][catalog]") {
  CHECK(describeMetric("issues_resolved").explanation.ends_with(" Higher is better."));
  CHECK(describeMetric("director_overload_share").explanation.ends_with(" Lower is better."));
  CHECK(describeMetric("director_overload_share").group == MetricGroup::KeyPeople);
  const MetricInfo raised = describeMetric("q3_raised");  // how many came up: not a performance
  CHECK(raised.explanation.find("better") == std::string::npos);
  CHECK(raised.group == MetricGroup::Kinds);
  const MetricInfo unknown = describeMetric("queue_length_days");
  CHECK_FALSE(unknown.known);
  CHECK(unknown.label == "Queue length (days)");
  CHECK(unknown.group == MetricGroup::Other);
}

TEST_CASE("Every column the current model writes has a plain label and group", "[report][catalog]") {
  // A small run of the real model: new columns in models/metrics.cpp fail here until catalogued.
  const fs::path dir = fs::temp_directory_path() / "samsim-report-test-catalog-model";
  fs::remove_all(dir);
  const std::string command = std::string(SAMSIM_BINARY) + " run " + SAMSIM_SOURCE_DIR +
                              "/scenarios/default.yaml --set municipality.staff=300 --set days=90 "
                              "--replicates 1 --out " +
                              dir.string() + " > /dev/null";
  REQUIRE(WEXITSTATUS(std::system(command.c_str())) == 0);

  const CsvFile summary = CsvFile::read(dir / "summary.csv");
  std::size_t outcomes = 0;
  for (const std::string& column : summary.columns()) {
    if (isBookkeepingColumn(column)) continue;
    INFO("summary.csv column " << column);
    CHECK(describeMetric(column).known);
    ++outcomes;
  }
  CHECK(outcomes > kInterfaceOutcomes.size());  // the model writes more than the main view

  const CsvFile series = CsvFile::read(dir / "timeseries.csv");
  const std::size_t cMetric = series.requireColumn("metric");
  std::set<std::string> metrics;
  for (std::size_t r = 0; r < series.rowCount(); ++r) metrics.insert(series.cell(r, cMetric));
  CHECK(!metrics.empty());
  for (const std::string& metric : metrics) {
    INFO("timeseries.csv metric " << metric);
    CHECK(describeMetric(metric).known);
  }

  // The page: no "Other measures" part, since everything is catalogued.
  const std::string html = buildReport(dir);
  CHECK(html.find("<details") != std::string::npos);
  CHECK(html.find("Other measures") == std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("Page: main outcomes open, the rest in titled collapsed parts, unknown under Other",
          "[report][catalog]") {
  const fs::path dir = fs::temp_directory_path() / "samsim-report-test-catalog-groups";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "summary.csv") << "scenario,replicate,seed,issues_resolved,key_person_share,"
                                        "director_overload_share,queue_length_days\n"
                                        "a,0,1,10,0.3,0.2,4\n"
                                        "a,1,2,12,0.4,0.1,5\n";
  std::ofstream(dir / "manifest.json") << R"({"command": "run"})";  // a finished run
  const std::string html = buildReport(dir);
  // One details element per non-empty group: Load on key people (2 charts), Other measures (1).
  CHECK(countOf(html, "<details") == 2);
  const auto firstDetails = html.find("<details");
  const auto mainChart = html.find("<h3>Cases solved</h3>");
  const auto keyPeople = html.find("<summary>Load on key people <span class=\"count\">(2 charts)</span>");
  const auto other = html.find("<summary>Other measures <span class=\"count\">(1 chart)</span>");
  const auto unknownChart = html.find("<h3>Queue length (days)</h3>");
  REQUIRE(mainChart != std::string::npos);
  REQUIRE(keyPeople != std::string::npos);
  REQUIRE(other != std::string::npos);
  REQUIRE(unknownChart != std::string::npos);
  CHECK(mainChart < firstDetails);
  CHECK(keyPeople < other);  // groups in catalog order
  CHECK(other < unknownChart);
  CHECK(html.find("Measure &#39;queue_length_days&#39; as recorded by the model.") != std::string::npos);
  CHECK(html.find("<details class=\"more\" open") == std::string::npos);  // collapsed
  fs::remove_all(dir);
}
