// The report built from hand-made fixture directories: what it shows (values traced back to the
// fixture CSVs by hand), that it is self-contained, and the one-line errors for bad input.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "analysis/report/output_dir.hpp"
#include "analysis/report/report.hpp"
#include "sim/input_error.hpp"

namespace fs = std::filesystem;
using namespace samsim::analysis::report;
using samsim::sim::InputError;

namespace {

const fs::path kFixtures = fs::path(SAMSIM_SOURCE_DIR) / "tests/analysis/report/fixtures";

// A scratch copy of a fixture (or an empty directory) that a test may spoil.
fs::path scratch(const std::string& name, const std::string& fixture = "") {
  fs::path dir = fs::temp_directory_path() / ("samsim-report-test-" + name);
  fs::remove_all(dir);
  if (fixture.empty())
    fs::create_directories(dir);
  else
    fs::copy(kFixtures / fixture, dir, fs::copy_options::recursive);
  return dir;
}

void writeText(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// The chart list the page embeds as JSON (between the samsim-charts script tags).
nlohmann::json chartsOf(const std::string& html) {
  const std::string open = "<script type=\"application/json\" id=\"samsim-charts\">";
  const auto begin = html.find(open);
  REQUIRE(begin != std::string::npos);
  const auto end = html.find("</script>", begin);
  std::string json = html.substr(begin + open.size(), end - begin - open.size());
  for (std::size_t at = json.find("<\\/"); at != std::string::npos; at = json.find("<\\/", at))
    json.erase(at + 1, 1);
  return nlohmann::json::parse(json);
}

// The figure title for each chart id, in page order.
std::vector<std::string> titlesOf(const std::string& html) {
  std::vector<std::string> titles;
  for (std::size_t at = html.find("<figure>\n<h3>"); at != std::string::npos;
       at = html.find("<figure>\n<h3>", at + 1)) {
    const auto start = at + std::string("<figure>\n<h3>").size();
    titles.push_back(html.substr(start, html.find("</h3>", start) - start));
  }
  return titles;
}

const nlohmann::json& chartTitled(const std::string& html, const nlohmann::json& charts,
                                  const std::string& title) {
  const auto titles = titlesOf(html);
  const auto it = std::find(titles.begin(), titles.end(), title);
  REQUIRE(it != titles.end());
  return charts.at(static_cast<std::size_t>(it - titles.begin()))["spec"];
}

}  // namespace

TEST_CASE("Output directories are recognised by their files", "[report]") {
  const OutputDir run = loadOutputDir(kFixtures / "run");
  CHECK(run.kind == OutputKind::Run);
  CHECK(run.scenarios == std::vector<std::string>{"default"});
  const auto periods = crisisPeriods(run);
  REQUIRE(periods.size() == 1);
  CHECK(periods[0].startDay == 10);
  CHECK(periods[0].endDay == 20);

  const OutputDir compare = loadOutputDir(kFixtures / "compare");
  CHECK(compare.kind == OutputKind::Compare);
  CHECK(compare.scenarios ==
        std::vector<std::string>{"line-only", "adhoc-crisis-group", "coordinator-group"});

  const OutputDir sweep = loadOutputDir(kFixtures / "sweep");
  CHECK(sweep.kind == OutputKind::Sweep);
  CHECK(sweep.sweepParameters == std::vector<std::string>{"hub.size", "hub.mandate"});
}

TEST_CASE("Run report: one design is a table of means and 95 % CI, time series, missing network noted",
          "[report]") {
  const std::string html = buildReport(kFixtures / "run");
  const nlohmann::json charts = chartsOf(html);
  // One design: no one-dot charts, a table; charts only for the timeline and the 2 time-series metrics.
  CHECK(charts.size() == 3);
  CHECK(html.find("<table class=\"outcomes\">") != std::string::npos);
  // issues_resolved = 10, 12, 14, 16, 18: mean 14, CI 14 ± 2.776445 · √10/√5 = 10.07 … 17.93 (mean_ci_test).
  CHECK(html.find(">Cases solved (number)</td><td class=\"num\">14</td><td class=\"num ci\">10 – 18</td>") !=
        std::string::npos);
  // Shares as percentages: service_continuity 0.9, 0.895, … averages 89 %.
  CHECK(html.find(">Critical services kept running</td><td class=\"num\">89.0 %</td>") != std::string::npos);
  // Crisis shading from manifest.json: days 10 to 20.
  const auto& open = chartTitled(html, charts, "Cases waiting to be solved");
  CHECK(open["layer"][0]["mark"]["type"] == "rect");
  CHECK(open["layer"][0]["data"]["values"][0]["start"] == 10.0);
  CHECK(open["layer"][0]["data"]["values"][0]["end"] == 20.0);
  // A count starts at zero on its axis.
  CHECK(open["layer"][3]["encoding"]["y"]["scale"]["zero"] == true);
  CHECK(html.find("No network.csv in this directory") != std::string::npos);
  // What was simulated, from the scenario's description in manifest.json, first under the title.
  CHECK(html.find("<ul class=\"facts\">\n<li>The ad hoc coordination group in a short crisis, at a small "
                  "size.</li>") != std::string::npos);
}

TEST_CASE("Compare report: paired differences against the baseline, organisation with holes", "[report]") {
  const std::string html = buildReport(kFixtures / "compare");
  const nlohmann::json charts = chartsOf(html);
  // 14 outcomes of summary.csv (agent_steps and wall_seconds are bookkeeping) + the timeline + 1
  // time series + 3 organisation pictures.
  CHECK(charts.size() == 19);
  const auto& latency =
      chartTitled(html, charts, "Days to solve a solved cross-sector case (solved cases only)");
  const auto& level = latency["hconcat"][0]["data"]["values"];
  const auto& diff = latency["hconcat"][1]["data"]["values"];
  REQUIRE(level.size() == 3);
  CHECK(level[1]["scenario"] == "adhoc-crisis-group");
  CHECK(level[1]["mean"] == 10.875);
  REQUIRE(diff.size() == 3);  // the baseline against itself at zero
  CHECK(diff[0]["diff"] == 0.0);
  // coordinator-group − line-only = −3 days in every replicate of summary.csv.
  CHECK(diff[2]["scenario"] == "coordinator-group");
  CHECK(diff[2]["diff"] == -3.0);
  CHECK(diff[2]["diff_low"] == -3.0);
  CHECK(diff[2]["diff_high"] == -3.0);
  // Shares as percentages on a zero-based axis.
  const auto& services = chartTitled(html, charts, "Critical services kept running");
  CHECK(services["hconcat"][0]["layer"][0]["encoding"]["x"]["axis"]["format"] == ".0%");
  CHECK(services["hconcat"][0]["layer"][0]["encoding"]["x"]["scale"]["zero"] == true);
  // network.csv: line-only has no tie between Schools–Technical services and Culture–Technical services.
  const auto& net = chartTitled(html, charts, "line-only")["data"]["values"];
  int holes = 0, ties = 0;
  for (const auto& row : net) {
    holes += row["kind"] == "hole" ? 1 : 0;
    ties += row["kind"] == "tie" ? 1 : 0;
  }
  CHECK(holes == 2);
  CHECK(ties == 4);
}

TEST_CASE("Sweep report: response of each outcome to each varied setting", "[report]") {
  const std::string html = buildReport(kFixtures / "sweep");
  const nlohmann::json charts = chartsOf(html);
  CHECK(charts.size() == 6);  // 3 outcomes (wall_seconds is bookkeeping) × 2 settings
  const auto& bySize =
      chartTitled(html, charts, "Cases solved (number) by Size of the coordination group (people)");
  const auto& first = bySize["data"]["values"][0];
  // Point 0: hub.size 4, advisory, issues_resolved 12, 13, 14.
  CHECK(first["x"] == 4.0);
  CHECK(first["group"] == "What the coordination group may do = advisory");
  CHECK(first["mean"] == 13.0);
  CHECK(first["n"] == 3);
  const auto& byMandate =
      chartTitled(html, charts, "Cases solved (number) by What the coordination group may do");
  CHECK(byMandate["data"]["values"][0]["x"] == "advisory");
  // Named settings in their natural order, not alphabetical.
  CHECK(byMandate["layer"][0]["encoding"]["x"]["sort"] ==
        nlohmann::json::array({"information", "advisory", "decisive"}));
  // What the sweep asks, from sweep.json's description.
  CHECK(html.find("<li>Does the group&#39;s size or mandate matter?</li>") != std::string::npos);
  CHECK(sweepDescription(loadOutputDir(kFixtures / "sweep")).textNb ==
        "Betyr gruppens størrelse eller mandat noe?");
}

TEST_CASE("An outcome not observed is a gap in its line, never a point at zero", "[report]") {
  // Sweep: point 0 (hub.size 4, advisory) solved no cross-sector case, so its latency is empty.
  const fs::path dir = scratch("sweep-gap", "sweep");
  std::ifstream in(dir / "runs.csv");
  std::string runs, line;
  while (std::getline(in, line)) {
    if (line.starts_with("0,sweep-0,")) {
      std::size_t at = 0;
      for (int comma = 0; comma < 7; ++comma) at = line.find(',', at) + 1;
      line.erase(at, line.find(',', at) - at);  // the 8th column, cross_sector_latency_mean_days
    }
    runs += line + "\n";
  }
  in.close();
  writeText(dir / "runs.csv", runs);
  const std::string html = buildReport(dir);
  const nlohmann::json charts = chartsOf(html);
  const auto& bySize = chartTitled(html, charts,
                                   "Days to solve a solved cross-sector case (solved cases only) by Size of "
                                   "the coordination group (people)");
  std::size_t gaps = 0, drawn = 0;
  for (const auto& row : bySize["data"]["values"]) {
    const bool gap = row["x"] == 4.0 && row["group"] == "What the coordination group may do = advisory";
    CHECK(row["mean"].is_null() == gap);  // null, which the line breaks at; never 0
    (gap ? gaps : drawn) += 1;
  }
  CHECK(gaps == 1);
  CHECK(drawn > 0);
  // Every chart breaks its lines at empty values (Vega-Lite's null mode would draw them at zero).
  for (const auto& chart : charts)
    CHECK(chart["spec"]["config"]["mark"]["invalid"] == "break-paths-show-domains");
  fs::remove_all(dir);
  // Over time: the days where every replicate's cell is empty are null, and line and band break there.
  const std::string designs = buildReport(kFixtures / "designs");
  const nlohmann::json over = chartsOf(designs);
  const auto found = std::find_if(over.begin(), over.end(), [](const nlohmann::json& c) {
    return c["spec"].contains("usermeta") && c["spec"]["usermeta"]["metric"] == "crisis_resolved_share";
  });
  REQUIRE(found != over.end());
  const nlohmann::json& crisis = (*found)["spec"];
  std::size_t empty = 0;
  for (const auto& row : crisis["data"]["values"])
    if (row["day"] == 0.0 || row["day"] == 5.0) {  // every replicate empty on days 0 and 5
      CHECK(row["mean"].is_null());
      ++empty;
    }
  CHECK(empty == 3 * 2);  // three designs, two days
  for (const auto& layer : crisis["layer"])
    if (layer["mark"].is_object() && (layer["mark"]["type"] == "line" || layer["mark"]["type"] == "area"))
      CHECK(layer["mark"]["invalid"] == "break-paths-show-domains");
}

TEST_CASE("The page is self-contained and the same input gives the same page", "[report]") {
  const std::string html = buildReport(kFixtures / "compare");
  CHECK(html.find("Content-Security-Policy\" content=\"default-src 'none'") != std::string::npos);
  CHECK(html.find("<script src") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("vegaEmbed") != std::string::npos);
  CHECK(html == buildReport(kFixtures / "compare"));
}

TEST_CASE("writeReport writes DIR/report.html by default, or --out", "[report]") {
  const fs::path dir = scratch("default-out", "run");
  CHECK(writeReport(dir) == dir / "report.html");
  std::ifstream in(dir / "report.html", std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  CHECK(text.str() == buildReport(dir));
  const fs::path out = dir / "elsewhere.html";
  CHECK(writeReport(dir, out) == out);
  CHECK(fs::exists(out));
  fs::remove_all(dir);
}

TEST_CASE("Bad input gives one line naming the file and line", "[report][errors]") {
  CHECK_THROWS_WITH(buildReport("/no/such/dir"), "/no/such/dir: directory does not exist");
  const fs::path empty = scratch("empty");
  CHECK_THROWS_WITH(buildReport(empty), Catch::Contains("no samsim output found"));

  const fs::path shortRow = scratch("short-row", "run");
  writeText(shortRow / "summary.csv", "scenario,replicate,issues_resolved\ndefault,0,10\ndefault,1\n");
  CHECK_THROWS_WITH(buildReport(shortRow),
                    (shortRow / "summary.csv").string() + ":3: expected 3 fields as in the header, found 2");

  const fs::path badNumber = scratch("bad-number", "run");
  writeText(badNumber / "summary.csv", "scenario,replicate,issues_resolved\ndefault,0,10\ndefault,1,many\n");
  CHECK_THROWS_WITH(
      buildReport(badNumber),
      (badNumber / "summary.csv").string() + ":3: column 'issues_resolved' expected a number, found 'many'");

  const fs::path badSeries = scratch("bad-series", "run");
  writeText(badSeries / "timeseries.csv", "scenario,replicate,day,value\ndefault,0,1,2\n");
  CHECK_THROWS_WITH(buildReport(badSeries),
                    (badSeries / "timeseries.csv").string() + ":1: missing column 'metric' in the header");

  const fs::path badJson = scratch("bad-json", "run");
  writeText(badJson / "manifest.json", "{\"scenarios\": [");
  CHECK_THROWS_WITH(buildReport(badJson), Catch::StartsWith((badJson / "manifest.json").string() +
                                                            ": not valid JSON: parse error at line 1"));

  const fs::path badSweep = scratch("bad-sweep", "sweep");
  writeText(badSweep / "sweep.json", "{\"parameters\": [\"hub.cadence_days\"]}");
  CHECK_THROWS_WITH(buildReport(badSweep),
                    (badSweep / "runs.csv").string() +
                        ":1: missing column 'hub.cadence_days' named in sweep.json's parameters");
  for (const fs::path& d : {empty, shortRow, badNumber, badSeries, badJson, badSweep}) fs::remove_all(d);
}

TEST_CASE("samsim report: exit 0 with the path written, exit 2 on bad input", "[report][cli]") {
  const fs::path dir = scratch("cli", "sweep");
  const std::string ok = std::string(SAMSIM_BINARY) + " report " + dir.string() + " > /dev/null";
  CHECK(WEXITSTATUS(std::system(ok.c_str())) == 0);
  CHECK(fs::exists(dir / "report.html"));
  const std::string bad =
      std::string(SAMSIM_BINARY) + " report " + (dir / "missing").string() + " 2> /dev/null";
  CHECK(WEXITSTATUS(std::system(bad.c_str())) == 2);
  fs::remove_all(dir);
}

TEST_CASE("A crisis longer than the simulated period is shaded up to the last day only", "[report]") {
  const fs::path dir = scratch("long-crisis", "run");
  writeText(
      dir / "manifest.json",
      R"({"scenarios": [{"name": "default", "crisis": {"enabled": true, "start_day": 10, "duration_days": 300}}]})");
  const std::string html = buildReport(dir);
  const nlohmann::json charts = chartsOf(html);
  const auto& open = chartTitled(html, charts, "Cases waiting to be solved");
  CHECK(open["layer"][0]["data"]["values"][0]["start"] == 10.0);
  CHECK(open["layer"][0]["data"]["values"][0]["end"] == 39.0);  // timeseries.csv runs from day 0 to 39
  fs::remove_all(dir);
}

// Before: the Morris chart named settings in long labels that overlapped and ran off the chart, the
// header said "simulated 1 times" for any sweep of one replicate, and nothing warned that two
// replicates cannot tell an effect from chance.
TEST_CASE("Sensitivity report: settings by key, ranked tables, the true number of replicates", "[report]") {
  const std::string morris = buildReport(kFixtures / "morris");
  const nlohmann::json charts = chartsOf(morris);
  const auto& solved = chartTitled(morris, charts, "Cases solved");
  // Settings on the axis by their keys, ranked by μ* (sensitivity.csv: municipality.utilisation
  // 0.14, issues.rate_per_staff_day 0.0909, line.director_hours_per_item 0.0631, …).
  const auto& order = solved["layer"][1]["encoding"]["y"]["sort"];
  REQUIRE(order.size() == 12);
  CHECK(order[0] == "municipality.utilisation");
  CHECK(order[1] == "issues.rate_per_staff_day");
  CHECK(order[2] == "line.director_hours_per_item");
  // No text placed freely on the chart: labels are the axis's, one row per setting.
  for (const auto& layer : solved["layer"]) CHECK(layer["mark"].dump().find("text") == std::string::npos);
  // Under each chart its ranked table, one row per setting, keys first.
  const auto table = morris.find("<table class=\"ranked\">", morris.find("<h3>Cases solved</h3>"));
  REQUIRE(table != std::string::npos);
  CHECK(morris.find("<tbody>\n<tr><td class=\"num\">1</td><td><code>municipality.utilisation</code>", table) <
        morris.find("</table>", table));
  CHECK(morris.find("<td class=\"num\">12</td>", table) < morris.find("</table>", table));
  CHECK(morris.find("<td class=\"num\">13</td>", table) > morris.find("</table>", table));
  // How much of the spread between points is chance (runs.csv, by hand: pooled variance between
  // a point's 3 replicates / 3 over the variance of the 52 point means): resolved_share 0.0492,
  // q3_resolved_share 0.714, which the note names.
  CHECK(morris.find("Ranked table (12 settings; chance makes 5 % of the spread between points)",
                    morris.find("<h3>Cases solved</h3>")) < table);
  CHECK(morris.find("<p class=\"note\">For 9 outcomes, chance makes more than half of the spread between "
                    "design points") != std::string::npos);
  CHECK(morris.find("settings&#39; effect from it: Cases without a clear owner, solved;") !=
        std::string::npos);
  CHECK(morris.find("<li>Each combination of settings was simulated 3 times") != std::string::npos);
  CHECK(morris.find("Too few replicates") == std::string::npos);

  const std::string sobol = buildReport(kFixtures / "sobol");
  CHECK(sobol.find("<li>Each combination of settings was simulated twice") != std::string::npos);
  CHECK(sobol.find("<p class=\"note\">Too few replicates: some combination of settings was simulated only "
                   "twice, so the indices may count the chance differences between runs as an effect") !=
        std::string::npos);

  // A grid sweep of one replicate: "once", and no interval to be had.
  const auto once = scratch("once", "sweep");
  const auto runs = CsvFile::read(once / "runs.csv");
  std::ifstream in(once / "runs.csv");
  std::string header, line, kept;
  std::getline(in, header);
  const auto cReplicate = runs.requireColumn("replicate");
  for (std::size_t r = 0; std::getline(in, line); ++r)
    if (runs.cell(r, cReplicate) == "0") kept += line + "\n";
  writeText(once / "runs.csv", header + "\n" + kept);
  const std::string page = buildReport(once);
  CHECK(page.find("<li>Each combination of settings was simulated once") != std::string::npos);
  CHECK(page.find("simulated only once, so there is no measure of how much runs differ by chance") !=
        std::string::npos);
}
