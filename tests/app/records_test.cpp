// `--record cases` and `--record people every:N` end to end (app/cmd_run.cpp, app/run_output.cpp):
// the records are the same bytes at any thread count and leave summary.csv and timeseries.csv as
// they are without them; a bad value ends with exit 2 and one line; an earlier result's records go;
// a sweep refuses them.
#include <catch2/catch.hpp>

#include <algorithm>

#include "tests/app/cli_runner.hpp"

using namespace samsim::test;
namespace fs = std::filesystem;

namespace {

const std::string kSmall = " --set municipality.staff=300 --set days=100 --set crisis.start_day=20 -n 3 -q";
const std::string kTwo = " scenarios/designs/line-only.yaml scenarios/designs/flexible-arena.yaml";

std::size_t lineCount(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

TEST_CASE("records: the same bytes at 1 and 3 threads, and nothing else changes", "[cli][records]") {
  const auto dir = scratchDir("records");
  // --record before the scenario files: `people every:25` is one value, the files stay files.
  const auto plain = runCli("compare" + kTwo + kSmall + " -t 1 --out " + (dir / "plain").string());
  const auto one = runCli("compare --record people every:25 --record cases" + kTwo + kSmall + " -t 1 --out " +
                          (dir / "t1").string());
  const auto three = runCli("compare --record cases --record people every:25" + kTwo + kSmall +
                            " -t 3 --out " + (dir / "t3").string());
  REQUIRE(plain.exitCode == 0);
  REQUIRE(one.exitCode == 0);
  REQUIRE(three.exitCode == 0);
  CHECK_FALSE(fs::exists(dir / "plain" / "cases.csv"));
  CHECK_FALSE(fs::exists(dir / "plain" / "people.csv"));
  for (const char* file : {"cases.csv", "people.csv", "timeseries.csv"}) {
    INFO(file);
    CHECK(readText(dir / "t1" / file) == readText(dir / "t3" / file));
  }
  const std::string summary = withoutWallSeconds(readText(dir / "plain" / "summary.csv"));
  CHECK(withoutWallSeconds(readText(dir / "t1" / "summary.csv")) == summary);
  CHECK(withoutWallSeconds(readText(dir / "t3" / "summary.csv")) == summary);
  CHECK(readText(dir / "t1" / "timeseries.csv") == readText(dir / "plain" / "timeseries.csv"));
  // People at the end of measured days 24, 49, 74 and 99: 300 each, 2 scenarios × 3 replicates.
  CHECK(lineCount(readText(dir / "t1" / "people.csv")) == 1 + 4 * 300 * 6);
  const std::string cases = readText(dir / "t1" / "cases.csv");
  CHECK(cases.rfind("scenario,replicate,case,raised_day,quadrant,cross_sector,crisis,route,resolved_day,"
                    "dropped_day,end_day,",
                    0) == 0);
  CHECK(cases.find("\nline-only,0,") != std::string::npos);
  CHECK(cases.find("\nflexible-arena,2,") != std::string::npos);
}

TEST_CASE("records: a bad --record ends with exit 2 and one line naming the option", "[cli][records]") {
  for (const char* bad : {"all", "people", "people every:0", "people every:x", "people every:100001",
                          "cases,people", "\"people every: 5\""}) {
    INFO(bad);
    const auto r = runCli(std::string("run scenarios/default.yaml -q --record ") + bad + " -o " +
                          scratchDir("records_bad").string());
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Catch::Contains("--record: expected cases or people every:N"));
    CHECK(lineCount(r.err) == 1);
  }
  // A sweep writes no records and says so before any run.
  const auto sweep = runCli(
      "sweep scenarios/sweeps/hub-size-x-crisis-length.yaml --dry-run --set "
      "output.people_every_days=5");
  CHECK(sweep.exitCode == 2);
  CHECK_THAT(sweep.err, Catch::Contains("output.people_every_days: a sweep writes no person records"));
}

TEST_CASE("records: an earlier result's records go, a file of the user's stays", "[cli][records]") {
  const auto dir = scratchDir("records_earlier");
  REQUIRE(runCli("run scenarios/default.yaml --record cases" + kSmall + " --out " + dir.string()).exitCode ==
          0);
  REQUIRE(fs::exists(dir / "cases.csv"));
  {
    std::ofstream own(dir / "people.csv");
    own << "name,notes\nsomeone,kept\n";
  }
  REQUIRE(runCli("run scenarios/default.yaml" + kSmall + " --out " + dir.string()).exitCode == 0);
  CHECK_FALSE(fs::exists(dir / "cases.csv"));
  CHECK(readText(dir / "people.csv") == "name,notes\nsomeone,kept\n");
}
