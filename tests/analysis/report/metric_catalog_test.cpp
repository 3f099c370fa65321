// The metric catalog: every measure the model writes has plain words and a group, the headline
// outcomes are the main view, the page folds everything else into titled collapsed parts, and
// docs/outputs.md is what the catalog says.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "analysis/report/csv_file.hpp"
#include "analysis/report/metric_catalog.hpp"
#include "analysis/report/report.hpp"

namespace fs = std::filesystem;
using namespace samsim::analysis::report;

namespace {

// The headline outcomes the verdict judges every design on.
const std::vector<std::string> kHeadline = {"resolved_share",
                                            "rmst_days",
                                            "cross_sector_rmst_days",
                                            "cross_sector_p90_days",
                                            "cross_sector_resolved_by_horizon_share",
                                            "service_continuity",
                                            "overload_share",
                                            "overtime_hours",
                                            "director_coordination_hours_per_day",
                                            "meeting_hours"};

std::size_t countOf(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("Catalog: the headline outcomes and only they are the main view", "[report][catalog]") {
  std::size_t main = 0;
  for (const std::string& column : catalogedMetrics())
    if (describeMetric(column).group == MetricGroup::Main) ++main;
  CHECK(main == kHeadline.size());
  for (const std::string& column : kHeadline) {
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
  std::set<std::string> titles, questions;
  for (int g = 0; g < kMetricGroupCount; ++g) {
    const GroupInfo group = describeGroup(static_cast<MetricGroup>(g));
    CHECK(titles.insert(std::string(group.title)).second);
    CHECK(questions.insert(std::string(group.question)).second);
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
  // A small run of the real model: new columns in models/outputs/metrics.cpp fail here until catalogued.
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
  CHECK(outcomes > kHeadline.size());  // the model writes more than the main view

  const CsvFile series = CsvFile::read(dir / "timeseries.csv");
  const std::size_t cMetric = series.requireColumn("metric");
  std::set<std::string> metrics;
  for (std::size_t r = 0; r < series.rowCount(); ++r) metrics.insert(series.cell(r, cMetric));
  CHECK(!metrics.empty());
  for (const std::string& metric : metrics) {
    INFO("timeseries.csv metric " << metric);
    CHECK(describeMetric(metric).known);
  }

  // The converse: every column of the catalog is written (empty where not observed) in
  // summary.csv, timeseries.csv or network.csv; names of earlier versions are not in the catalog.
  const CsvFile network = CsvFile::read(dir / "network.csv");
  auto has = [](const CsvFile& file, const std::string& column) {
    return std::find(file.columns().begin(), file.columns().end(), column) != file.columns().end();
  };
  for (const std::string& column : catalogedMetrics()) {
    INFO("catalogued column " << column);
    const bool written = metrics.count(column) > 0 || has(summary, column) || has(network, column);
    CHECK(written);
  }

  // The page: no "Other measures" part, since everything is catalogued.
  const std::string html = buildReport(dir);
  CHECK(html.find("<details") != std::string::npos);
  CHECK(html.find("Other measures") == std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("Page: headline outcomes open, the rest in titled collapsed parts, unknown under Other",
          "[report][catalog]") {
  const fs::path dir = fs::temp_directory_path() / "samsim-report-test-catalog-groups";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "summary.csv") << "scenario,replicate,seed,resolved_share,key_person_share,"
                                        "director_overload_share,queue_length_days\n"
                                        "a,0,1,0.5,0.3,0.2,4\n"
                                        "a,1,2,0.6,0.4,0.1,5\n"
                                        "b,0,1,0.7,0.3,0.2,4\n"
                                        "b,1,2,0.8,0.4,0.1,5\n";
  std::ofstream(dir / "manifest.json") << R"({"command": "run"})";  // a finished run
  const std::string html = buildReport(dir);
  const auto mainChart = html.find("<h3>Cases solved</h3>");
  const auto keyPeople =
      html.find("<summary>Why? Load on key people <span class=\"count\">(2 charts)</span>");
  const auto other = html.find("<summary>Other measures <span class=\"count\">(1 chart)</span>");
  const auto unknownChart = html.find("<h3>Queue length (days)</h3>");
  REQUIRE(mainChart != std::string::npos);
  REQUIRE(keyPeople != std::string::npos);
  REQUIRE(other != std::string::npos);
  REQUIRE(unknownChart != std::string::npos);
  CHECK(mainChart < keyPeople);
  CHECK(keyPeople < other);  // groups in catalog order
  CHECK(other < unknownChart);
  CHECK(countOf(html, "<summary>Why? Load on key people") == 1);
  CHECK(html.find("Measure &#39;queue_length_days&#39; as recorded by the model.") != std::string::npos);
  CHECK(html.find("<details class=\"more\" open") == std::string::npos);  // collapsed
  fs::remove_all(dir);
}

TEST_CASE("Catalog: solved-only means say so, censoring is stated, shares are shares", "[report][catalog]") {
  for (const std::string& column : catalogedMetrics()) {
    INFO(column);
    const MetricInfo info = describeMetric(column);
    if (column.find("latency") != std::string::npos)
      CHECK(info.label.find("solved cases only") != std::string::npos);
    if (column.find("rmst") != std::string::npos || column.starts_with("crisis_"))
      CHECK(!info.censoring.empty());
    if (column.ends_with("_share")) CHECK(info.unit == MetricUnit::Share);
    if (column.ends_with("_days")) CHECK(info.unit == MetricUnit::Days);
  }
  CHECK(describeMetric("crisis_rmst_days").censoring.find("without a crisis") != std::string::npos);
  CHECK(sectorGloss("Helse og velferd") == "Health and welfare");
  CHECK(naturalOrder("hub.mandate") == std::vector<std::string>{"information", "advisory", "decisive"});
}

TEST_CASE("docs/outputs.md is generated from the catalog and lists every column", "[report][catalog][docs]") {
  std::ifstream in("docs/outputs.md");
  REQUIRE(in.good());
  const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Regenerate with scripts/outputs-doc.sh
  CHECK(doc == outputsMarkdown());
  for (const std::string& column : catalogedMetrics()) {
    INFO(column);
    const MetricInfo info = describeMetric(column);
    const auto at = doc.find("| `" + column + "` | ");
    REQUIRE(at != std::string::npos);
    const std::string line = doc.substr(at, doc.find('\n', at) - at);
    CHECK(line.find(info.label) != std::string::npos);
    CHECK(line.find(std::string(unitName(info.unit))) != std::string::npos);
    CHECK(line.find(info.neutral          ? "neither"
                    : info.higherIsBetter ? "higher"
                                          : "lower") != std::string::npos);
  }
}
