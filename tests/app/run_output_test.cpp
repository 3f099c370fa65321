// run and compare keep only summary rows in memory: time series and tables go to disk as each
// batch of replicates finishes, with the same bytes as when everything was held (app/run_output).
#include <catch2/catch.hpp>

#include <set>

#include "app/run_output.hpp"
#include "tests/app/cli_runner.hpp"

using namespace samsim;

TEST_CASE("run: replicates' time series stream to disk, memory keeps summaries only", "[cli][output]") {
  const auto dir = test::scratchDir("streamed");
  app::RunOptions options;
  options.overrides = {"municipality.staff=300", "days=30", "crisis.start_day=5"};
  options.replicates = 37;  // more than two batches
  options.threads = 2;
  options.quiet = true;
  options.out = dir / "o";
  std::vector<app::ScenarioRuns> runs;
  {
    app::RunDataStream stream(options.out);
    runs = app::runScenarios({"scenarios/default.yaml"}, options, stream);
    REQUIRE(runs.size() == 1);
    REQUIRE(runs[0].results.size() == 37);
    for (const auto& result : runs[0].results) {
      CHECK(result.series.empty());
      CHECK(result.tables.empty());
      CHECK_FALSE(result.summary.empty());
    }
    CHECK_FALSE(std::filesystem::exists(options.out / "timeseries.csv"));  // not before commit
    app::writeRunData(options.out, runs, stream);
  }
  // Same bytes as the whole run through the CLI with one thread (held or streamed alike).
  const auto cli = test::runCli(
      "run scenarios/default.yaml -q -t 1 -n 37 --set municipality.staff=300 --set days=30 "
      "--set crisis.start_day=5 --out " +
      (dir / "cli").string());
  REQUIRE(cli.exitCode == 0);
  for (const char* file : {"timeseries.csv", "network.csv"}) {
    INFO(file);
    CHECK(test::readText(options.out / file) == test::readText(dir / "cli" / file));
  }
  const std::string series = test::readText(options.out / "timeseries.csv");
  CHECK(series.find("default,36,") != std::string::npos);
}

// Before: the snapshot folders counted simulated days from the start of the warm-up (day00640 at the
// end of a run whose timeseries.csv ends at day 459); now they count measured days as timeseries.csv
// and the records do, with a minus sign during the warm-up.
TEST_CASE("run: network snapshot folders count measured days as timeseries.csv does", "[cli][output]") {
  const auto dir = test::scratchDir("snapshot_days");
  // warmup_days 30, days 40: snapshots at simulated days 0, 25, 50 and after the last, 70.
  REQUIRE(test::runCli("run scenarios/default.yaml -n 1 -q --set municipality.staff=300 --set warmup_days=30 "
                       "--set days=40 --set crisis.start_day=5 --export-network every:25 --out " +
                       (dir / "o").string())
              .exitCode == 0);
  std::set<std::string> folders;
  for (const auto& entry :
       std::filesystem::directory_iterator(dir / "o" / "networks" / "default" / "replicate0"))
    folders.insert(entry.path().filename().string());
  CHECK(folders == std::set<std::string>{"day-00030", "day-00005", "day00020", "day00040"});
  // The last snapshot follows the last measured day, the last day of timeseries.csv (39).
  const auto series = test::readText(dir / "o" / "timeseries.csv");
  CHECK(series.find("\ndefault,0,39,") != std::string::npos);
  CHECK(series.find("\ndefault,0,40,") == std::string::npos);
}
