// compare (common random numbers, intervals) and sweep (resume) end to end.
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/app/cli_runner.hpp"

using namespace samsim::test;
namespace fs = std::filesystem;

TEST_CASE("compare: an identical scenario under another name differs by exactly zero", "[cli][compare]") {
  // Common random numbers: replicate r of both gets the same seed, so the paired difference of
  // two copies is 0 with a zero-width interval, while each mean still has a real interval.
  const auto dir = scratchDir("compare");
  std::string text = readText("scenarios/default.yaml");
  text.replace(text.find("name: default"), 13, "name: copy");
  const auto seedAt = text.find("\nseed: ") + 1;  // ignored: the first scenario's seed is common
  text.replace(seedAt, text.find('\n', seedAt) - seedAt, "seed: 7");
  std::ofstream(dir / "copy.yaml") << text;
  const auto r =
      runCli("compare scenarios/default.yaml " + (dir / "copy.yaml").string() +
             " --set municipality.staff=300 --set days=80 --set crisis.start_day=10 -n 3 --quiet --out " +
             (dir / "out").string());
  REQUIRE(r.exitCode == 0);
  const auto rows = parseCsv(readText(dir / "out" / "comparison.csv"));
  REQUIRE(rows.front() == std::vector<std::string>{"scenario", "metric", "n", "mean", "ci_low", "ci_high",
                                                   "diff_mean", "diff_ci_low", "diff_ci_high"});
  // 80 measured days are shorter than the 120-day RMST horizon: those measures are missing in every
  // replicate (n = 0, empty cells, no difference); solved-only means of rare kinds may be missing
  // in some replicates (n counts the present ones), and so may the 90th percentiles of the time to
  // resolution (missing while more than a tenth is unsolved). Everything else is present in all three.
  std::size_t copies = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    REQUIRE(rows[i].size() == 9);
    const std::string& metric = rows[i][1];
    INFO(metric);
    const bool horizon = metric.ends_with("rmst_days") || metric.ends_with("by_horizon_share");
    // Key-person loss columns are empty without the event (default.yaml has none).
    const bool lossEvent = metric.starts_with("before_loss_") || metric.starts_with("after_loss_") ||
                           metric.starts_with("loss_") || metric.starts_with("key_persons_") ||
                           metric.starts_with("key_person_items") || metric.starts_with("key_person_seats");
    // So are the initiative columns without initiatives (initiatives.enabled is false there).
    const bool initiatives = metric.starts_with("initiative") || metric.starts_with("co_creation");
    if (horizon || lossEvent || initiatives) {
      CHECK(rows[i][2] == "0");
      CHECK(rows[i][3].empty());
      CHECK(rows[i][6].empty());
    } else if (metric.find("solved_latency") == std::string::npos && !metric.ends_with("p90_days")) {
      CHECK(rows[i][2] == "3");
    }
    if (rows[i][0] == "default") {
      CHECK(rows[i][6].empty());
    } else {
      ++copies;
      if (rows[i][2] == "3") {
        CHECK(rows[i][6] == "0");
        CHECK(rows[i][7] == "0");
        CHECK(rows[i][8] == "0");
      }
    }
  }
  CHECK(copies == rows.size() / 2);
  const auto manifest = nlohmann::json::parse(readText(dir / "out" / "manifest.json"));
  CHECK(manifest["command"] == "compare");
  CHECK(manifest["scenarios"][0]["replicate_seeds"] == manifest["scenarios"][1]["replicate_seeds"]);
  // Each resolved scenario states the seed it ran with.
  CHECK(manifest["scenarios"][1]["seed"] == manifest["scenarios"][0]["seed"]);
  CHECK(manifest["scenarios"][1]["base_seed"] == manifest["scenarios"][0]["seed"].dump());
  // ... and what it is, in English and bokmål, for the report and the page.
  CHECK(manifest["scenarios"][0]["description"].get<std::string>().starts_with("samsim's main run at"));
  CHECK(manifest["scenarios"][0]["description_nb"].get<std::string>().starts_with("samsims hovedkjøring"));
}

TEST_CASE("compare: --baseline picks the reference by name, file stem or path", "[cli][compare]") {
  const auto dir = scratchDir("compare_baseline");
  const std::string small =
      " --set municipality.staff=300 --set days=40 --set crisis.start_day=10 -n 2 --quiet --out ";
  const std::string files = "scenarios/designs/adhoc-crisis-group.yaml scenarios/designs/line-only.yaml";
  for (const std::string baseline : {"line-only", "scenarios/designs/line-only.yaml"}) {
    const auto r = runCli("compare " + files + " --baseline " + baseline + small + (dir / "out").string());
    REQUIRE(r.exitCode == 0);
    const auto rows = parseCsv(readText(dir / "out" / "comparison.csv"));
    CHECK(rows[1][0] == "line-only");  // the reference comes first, without differences
    CHECK(rows[1][6].empty());
    CHECK(rows.back()[0] == "adhoc-crisis-group");
  }
  const auto bad = runCli("compare " + files + " --baseline central" + small + (dir / "bad").string());
  CHECK(bad.exitCode == 2);
  CHECK(bad.err.find("--baseline 'central': no scenario given has this file, file stem or name") !=
        std::string::npos);
  CHECK(std::count(bad.err.begin(), bad.err.end(), '\n') == 1);
  CHECK_FALSE(fs::exists(dir / "bad" / "comparison.csv"));
}

TEST_CASE("sweep: a resumed sweep ends with the same files as an uninterrupted one", "[cli][sweep]") {
  const auto dir = scratchDir("sweep");
  std::ofstream(dir / "sweep.yaml") << "version: 1\nname: t\ndescription: A tiny sweep.\nbase: "
                                    << fs::absolute("scenarios/default.yaml").string()
                                    << "\nset: {municipality.staff: 300, days: 60, crisis.start_day: 10}\n"
                                       "design: latin_hypercube\nsamples: 4\nreplicates: 2\nseed: 9\n"
                                       "parameters:\n  - {path: hub.size, min: 3, max: 15, integer: true}\n"
                                       "  - {path: hub.mandate, values: [information, advisory, decisive]}\n";
  const std::string sweep = "sweep " + (dir / "sweep.yaml").string() + " --quiet --out ";
  REQUIRE(runCli(sweep + (dir / "full").string() + " -t 2").exitCode == 0);
  REQUIRE(runCli(sweep + (dir / "cut").string() + " -t 1").exitCode == 0);
  // Simulate a kill: two runs never finished, one left a half-written temporary file.
  fs::remove(dir / "cut" / "runs.csv");
  fs::remove(dir / "cut" / "manifest.json");
  fs::remove(dir / "cut" / "runs" / "p000001-r0001.summary.csv");
  fs::remove(dir / "cut" / "runs" / "p000003-r0000.summary.csv");
  std::ofstream(dir / "cut" / "runs" / ".p000003-r0000.summary.csv.tmp123") << "point,scen";
  REQUIRE(runCli(sweep + (dir / "cut").string() + " -t 2").exitCode == 0);
  const auto full = readText(dir / "full" / "runs.csv");
  CHECK(std::count(full.begin(), full.end(), '\n') == 9);
  CHECK(readText(dir / "cut" / "runs.csv") == full);
  CHECK(readText(dir / "cut" / "timeseries.csv") == readText(dir / "full" / "timeseries.csv"));
  const auto manifest = nlohmann::json::parse(readText(dir / "cut" / "manifest.json"));
  CHECK(manifest["runs_resumed_from_disk"] == 6);
  CHECK(manifest["sweep"]["description"] == "A tiny sweep.");
  CHECK(nlohmann::json::parse(readText(dir / "cut" / "sweep.json"))["description"] == "A tiny sweep.");
  CHECK_FALSE(fs::exists(dir / "cut" / "runs" / ".p000003-r0000.summary.csv.tmp123"));
  // A different sweep into the same directory is refused rather than mixed in.
  std::ofstream(dir / "sweep.yaml", std::ios::app) << "seed_policy: independent\n";
  const auto refused = runCli(sweep + (dir / "cut").string());
  CHECK(refused.exitCode == 2);
  CHECK(refused.err.find("holds a different sweep") != std::string::npos);
  // The refused command left the finished sweep as it was: its manifest marks it complete.
  CHECK(nlohmann::json::parse(readText(dir / "cut" / "manifest.json")) == manifest);
}

TEST_CASE("sweep: bad sweep files exit 2 naming file and key", "[cli][sweep][bad-input]") {
  const auto dir = scratchDir("sweep_bad");
  const std::string head =
      "version: 1\nname: t\nbase: " + fs::absolute("scenarios/default.yaml").string() + "\n";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {head + "parameters:\n  - {path: hub.colour, values: [1]}\n",
       "parameters[0].path: unknown scenario key 'hub.colour'"},
      {head + "parameters:\n  - {path: hub.size, values: [0]}\n", "point 0:"},
      {head + "design: sobolish\nparameters:\n  - {path: hub.size, values: [3]}\n",
       "design: expected one of grid | latin_hypercube"},
      {head + "parameters:\n  - {path: hub.size, min: 3, max: 9}\n", "a grid over min..max needs steps"},
      {head + "parameters:\n  - {path: hub.size, min: 9, max: 3, steps: 2}\n", "expected min < max"},
      {head + "parameters: []\n", "parameters: expected a non-empty list"},
      {"version: 1\nname: t\nparameters:\n  - {path: hub.size, values: [3]}\n",
       "missing required key 'base'"},
      {head + "description: " + std::string(401, 'x') + "\nparameters:\n  - {path: hub.size, values: [3]}\n",
       "s.yaml:4: description: expected one line of plain text of at most 400 characters, got 401 "
       "characters"},
  };
  for (std::size_t i = 0; i < cases.size(); ++i) {
    INFO(cases[i].first);
    std::ofstream(dir / "s.yaml", std::ios::trunc) << cases[i].first;
    const auto r = runCli("sweep " + (dir / "s.yaml").string() + " --out " + (dir / "o").string());
    CHECK(r.exitCode == 2);
    CHECK(r.err.find(cases[i].second) != std::string::npos);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  }
  // A --set of a varied key would silently lose to the sweep's values at every point.
  std::ofstream(dir / "s.yaml", std::ios::trunc)
      << head + "parameters:\n  - {path: hub.size, values: [3, 5]}\n";
  const auto r =
      runCli("sweep " + (dir / "s.yaml").string() + " --set hub.size=9 --out " + (dir / "o").string());
  CHECK(r.exitCode == 2);
  CHECK(r.err.find("--set hub.size=9: 'hub.size' is varied by the sweep") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "o" / "runs.csv"));
}

TEST_CASE("every shipped sweep is valid at every point", "[cli][sweep][smoke]") {
  std::size_t count = 0;
  for (const auto& entry : fs::directory_iterator("scenarios/sweeps")) {
    INFO(entry.path().string());
    const auto r = runCli("sweep " + entry.path().string() + " --dry-run");
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("valid sweep") != std::string::npos);
    ++count;
  }
  CHECK(count >= 3);
}
