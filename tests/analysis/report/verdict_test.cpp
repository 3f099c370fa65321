// The verdict from the fixture `designs`: three designs with the headline outcomes, one of which
// (quick-drop) solves its few solved cases fast but drops most. Values are set by hand in
// fixtures/designs/summary.csv (replicate r adds a fixed step r to each design's value), so the
// means, intervals and paired differences below are computed by hand.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "analysis/report/output_dir.hpp"
#include "analysis/report/report.hpp"
#include "analysis/report/verdict.hpp"
#include "sim/input_error.hpp"

namespace fs = std::filesystem;
using namespace samsim::analysis::report;

namespace {

const fs::path kDesigns = fs::path(SAMSIM_SOURCE_DIR) / "tests/analysis/report/fixtures/designs";

Verdict fixtureVerdict(const std::string& baseline = "") {
  const OutputDir output = loadOutputDir(kDesigns);
  return computeVerdict(*output.summary, output.scenarios, chooseBaseline(output, baseline));
}

std::size_t columnOf(const Verdict& v, const std::string& metric) {
  for (std::size_t c = 0; c < v.columns.size(); ++c)
    if (v.columns[c].metric == metric) return c;
  FAIL("no column " << metric);
  return 0;
}

bool hasSentence(const Verdict& v, const std::string& part) {
  for (const std::string& s : v.sentences)
    if (s.find(part) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("Verdict: the baseline is the design without an arena unless named", "[report][verdict]") {
  const OutputDir output = loadOutputDir(kDesigns);
  CHECK(output.scenarios.front() == "quick-drop");   // first in the files, yet not the baseline
  CHECK(chooseBaseline(output, "") == "line-only");  // hub.enabled false in manifest.json
  CHECK(chooseBaseline(output, "coordinator-group") == "coordinator-group");
  // As compare --baseline: the scenario file or its stem names the design too.
  CHECK(chooseBaseline(output, "standing-coordinators") == "coordinator-group");
  CHECK(chooseBaseline(output, "scenarios/line.yaml") == "line-only");
  CHECK_THROWS_WITH(chooseBaseline(output, "nobody"),
                    Catch::StartsWith("--baseline: 'nobody' is not a design, file or file stem in") &&
                        Catch::EndsWith("expected one of: quick-drop, line-only, coordinator-group"));
  const Verdict v = fixtureVerdict();
  CHECK(v.designs == std::vector<std::string>{"line-only", "quick-drop", "coordinator-group"});
  CHECK(v.replicates == 4);
}

TEST_CASE("Verdict: means, intervals and paired differences by hand", "[report][verdict]") {
  const Verdict v = fixtureVerdict();
  REQUIRE(v.columns.size() == 6);
  const std::size_t solved = columnOf(v, "resolved_share");
  // line-only: 0.70, 0.71, 0.72, 0.73: mean 0.715, s = 0.0129099, t(3) = 3.182446 → ± 0.0205426.
  const VerdictCell& base = *v.cells[0][solved];
  CHECK(base.mean == Approx(0.715));
  CHECK(base.low == Approx(0.6944574).epsilon(1e-6));
  CHECK(base.high == Approx(0.7355426).epsilon(1e-6));
  // quick-drop − line-only = −0.40 in every replicate: clearly worse; coordinator-group +0.05.
  const VerdictCell& drop = *v.cells[1][solved];
  CHECK(drop.diffMean == Approx(-0.40));
  CHECK(drop.versusBaseline == -1);
  CHECK(v.cells[2][solved]->versusBaseline == 1);
  CHECK(v.cells[2][solved]->best);
  CHECK_FALSE(v.cells[0][solved]->best);
  // Services kept: the same in every design, so no colour and a three-way tie for best.
  const std::size_t services = columnOf(v, "service_continuity");
  for (std::size_t d = 0; d < 3; ++d) {
    CHECK(v.cells[d][services]->versusBaseline == 0);
    CHECK(v.cells[d][services]->best);
  }
  // Meeting hours: quick-drop ties line-only (same hours), coordinator-group spends 50 h more.
  const std::size_t meetings = columnOf(v, "meeting_hours");
  CHECK(v.cells[1][meetings]->versusBaseline == 0);
  CHECK(v.cells[2][meetings]->versusBaseline == -1);
  CHECK(v.cells[2][meetings]->diffMean == Approx(50.0));
}

TEST_CASE("Verdict: a design that drops most cases is named with its trade-off", "[report][verdict]") {
  const Verdict v = fixtureVerdict();
  // Fastest on the cases it solves (solved-only mean 3.0…3.3 days) but most cases unsolved.
  CHECK(hasSentence(v, "Trade-off: quick-drop solves the cases it does solve fastest (3.2 days)"));
  CHECK(hasSentence(v, "but leaves the most cases unsolved (31.5 %)"));
  CHECK(hasSentence(
      v,
      "Compared with line-only, quick-drop overloads staff less often (16.5 % against 21.5 %), but "
      "solves fewer cases (31.5 % against 71.5 %)"));
  CHECK(hasSentence(v, "coordinator-group solves more cases (76.5 % against 71.5 %)"));
  // The same in the terminal, with the best marked and ties shown.
  const std::string text = verdictText(v);
  CHECK(text.find("76.5 ±2.1 *") != std::string::npos);
  CHECK(text.find("95.1 ±0.2 =") != std::string::npos);
  CHECK(text.find("line-only (baseline)") != std::string::npos);
  CHECK(text.find("leaves the most cases unsolved") != std::string::npos);
  // And on the page, first.
  const std::string html = buildReport(kDesigns);
  const auto verdict = html.find("<h2>What each design trades off</h2>");
  REQUIRE(verdict != std::string::npos);
  CHECK(verdict < html.find("<h2>The crisis, week by week</h2>"));
  CHECK(verdict < html.find("<h2>The organisation: who works with whom across sectors</h2>"));
  CHECK(html.find("leaves the most cases unsolved (31.5 %)") != std::string::npos);
  CHECK(html.find("<td class=\"worse\"><span class=\"value\">31.5 %</span>") != std::string::npos);
}

TEST_CASE("Verdict: each design's row says what the design is, from manifest.json", "[report][verdict]") {
  // In the report: under the design's name in its row, escaped (the fixture's text has & and <in>).
  const std::string html = buildReport(kDesigns);
  CHECK(html.find("<th scope=\"row\">line-only<span class=\"base\">baseline</span><span class=\"about\">No "
                  "coordination group: cases go through personal contacts or up the line.</span></th>") !=
        std::string::npos);
  CHECK(html.find("<th scope=\"row\">quick-drop<span class=\"about\">A group that drops most cases &amp; "
                  "solves the rest fast, &lt;in&gt; a short crisis.</span></th>") != std::string::npos);
  // In the terminal: a line per design before the table, the baseline first, long texts wrapped.
  const OutputDir output = loadOutputDir(kDesigns);
  const std::string text = terminalVerdict(kDesigns);
  const auto list = text.find(
      "The designs:\n"
      "  line-only (baseline) — No coordination group: cases go through personal contacts or up the line.\n"
      "  quick-drop — A group that drops most cases & solves the rest fast, <in> a short crisis.\n"
      "  coordinator-group — A standing group of staff coordinators that may decide cases.\n");
  CHECK(list != std::string::npos);
  CHECK(list < text.find("Design "));
  CHECK(scenarioDescription(output, "coordinator-group").textNb ==
        "En fast gruppe stabskoordinatorer som kan avgjøre saker.");
  CHECK(scenarioDescription(output, "nobody").empty());
  // A design without a description keeps its bare name; none described: no list at all.
  Verdict v = fixtureVerdict();
  v.descriptions = {
      {"Long " + std::string(30, 'x') + " words " + std::string(60, 'y') + " end.", ""}, {}, {}};
  const std::string wrapped = verdictText(v);
  CHECK(wrapped.find("  line-only (baseline) — Long " + std::string(30, 'x') + " words\n      " +
                     std::string(60, 'y') + " end.\n  quick-drop\n  coordinator-group\n") !=
        std::string::npos);
  v.descriptions.clear();
  CHECK(verdictText(v).find("The designs:") == std::string::npos);
}

TEST_CASE("Verdict: another baseline on request; absent columns are left out", "[report][verdict]") {
  const Verdict v = fixtureVerdict("coordinator-group");
  CHECK(v.designs.front() == "coordinator-group");
  CHECK(hasSentence(v, "Compared with coordinator-group, line-only"));
  CHECK(buildReport(kDesigns, {"coordinator-group"}).find("compared with coordinator-group") !=
        std::string::npos);

  // An older summary.csv without the time-to-resolution columns.
  const fs::path dir = fs::temp_directory_path() / "samsim-verdict-old-columns";
  fs::remove_all(dir);
  fs::copy(kDesigns, dir);
  std::ifstream in(kDesigns / "summary.csv");
  std::ofstream out(dir / "summary.csv");
  for (std::string line; std::getline(in, line);) {
    std::stringstream fields(line);
    std::string field, kept;
    for (int column = 0; std::getline(fields, field, ','); ++column)
      if (column != 8 && column != 9)
        kept += (kept.empty() ? "" : ",") + field;  // rmst_days, cross_sector_rmst_days
    out << kept << "\n";
  }
  out.close();
  const OutputDir output = loadOutputDir(dir);
  const Verdict old = computeVerdict(*output.summary, output.scenarios, "line-only");
  CHECK(old.columns.size() == 4);
  for (const VerdictColumn& c : old.columns) CHECK(c.metric.find("rmst") == std::string::npos);
  CHECK(buildReport(dir).find("What each design trades off") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("Verdict: values in plain units", "[report][verdict]") {
  CHECK(formatValue(0.715, MetricUnit::Share, 1) == "71.5 %");
  CHECK(formatValue(3230.4, MetricUnit::Hours, 0) == "3,230 h");
  CHECK(formatValue(1234567.0, MetricUnit::Count, 0) == "1,234,567");
  CHECK(formatValue(12.345, MetricUnit::Days, 1) == "12.3 days");
  CHECK(formatValue(-1500.0, MetricUnit::Hours, 0) == "-1,500 h");
}

TEST_CASE("Missing values are gaps, not zeros; the organisation picture has sectors, ties, holes and the hub",
          "[report][verdict]") {
  const std::string html = buildReport(kDesigns);
  // crisis_resolved_share is empty in replicate 3 of every design: 3 values, not 4 with a 0.
  CHECK(html.find("\"n\":3.0") != std::string::npos);
  // Organisation: line-only lacks the Urban development–Organisation tie; coordinator-group's
  // members come from all four sectors; sector names carry their English gloss.
  CHECK(html.find("\"kind\":\"hole\"") != std::string::npos);
  CHECK(html.find("\"label\":[\"Health &\",\"welfare\"]") != std::string::npos);
  CHECK(html.find("\"name\":\"Helse og velferd\"") != std::string::npos);
  CHECK(html.find("\"kind\":\"hub\"") != std::string::npos);
}

TEST_CASE("samsim report prints the verdict after a comparison; a bad --baseline exits 2",
          "[report][verdict][cli]") {
  const fs::path dir = fs::temp_directory_path() / "samsim-verdict-cli";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string base = std::string(SAMSIM_BINARY) + " report " + kDesigns.string() + " --out " +
                           (dir / "report.html").string();
  REQUIRE(WEXITSTATUS(std::system((base + " > " + (dir / "stdout.txt").string()).c_str())) == 0);
  std::ifstream in(dir / "stdout.txt");
  const std::string out((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(out.find("What each design trades off") != std::string::npos);
  CHECK(out.find("line-only (baseline)") != std::string::npos);
  CHECK(out.find("leaves the most cases unsolved") != std::string::npos);
  CHECK(out.find("  coordinator-group — A standing group of staff coordinators that may decide cases.\n") !=
        std::string::npos);
  CHECK(out.find("samsim: report written to " + (dir / "report.html").string()) != std::string::npos);
  CHECK(WEXITSTATUS(std::system((base + " --baseline nobody > /dev/null 2>&1").c_str())) == 2);
  fs::remove_all(dir);
}

TEST_CASE("Verdict: a design missing a measure in some replicates is judged on no difference",
          "[report][verdict]") {
  // The 90th percentile is missing where more than a tenth is unsolved at the horizon, so exactly
  // in a design's worst runs; judged on the runs where it exists, `tail` (much faster in three of
  // four runs, missing in the fourth) would be clearly better than line-only.
  const CsvFile summary = CsvFile::parse(
      "scenario,replicate,cross_sector_p90_days\n"
      "line-only,0,40\nline-only,1,41\nline-only,2,42\nline-only,3,43\n"
      "tail,0,30\ntail,1,31\ntail,2,32\ntail,3,\n"
      "whole,0,30\nwhole,1,31\nwhole,2,32\nwhole,3,33\n",
      "summary.csv");
  const Verdict v = computeVerdict(summary, {"line-only", "tail", "whole"}, "line-only");
  const std::size_t c = columnOf(v, "cross_sector_p90_days");
  REQUIRE(v.cells[1][c]);
  CHECK(v.cells[1][c]->n == 3);
  CHECK(v.cells[1][c]->hasDiff);
  CHECK(v.cells[1][c]->versusBaseline == 0);  // would be +1 on its three present runs
  // A design with every run is still compared with the baseline, but nobody is named best while one
  // design is incomplete.
  CHECK(v.cells[2][c]->versusBaseline == 1);
  CHECK_FALSE(v.cells[2][c]->best);
}
