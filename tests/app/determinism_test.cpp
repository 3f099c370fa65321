// The seed contract end to end: same scenario and seed ⇒ byte-identical summary.csv (ignoring
// wall_seconds) and timeseries.csv at any thread count; every shipped scenario runs.
#include <catch2/catch.hpp>

#include "tests/app/cli_runner.hpp"

using namespace samsim::test;
namespace fs = std::filesystem;

namespace {

const std::string kSmall = " --set municipality.staff=400 --set days=120 --set crisis.start_day=20 --quiet";

}  // namespace

TEST_CASE("1 and 2 threads give byte-identical outputs", "[cli][determinism]") {
  const auto dir = scratchDir("determinism");
  // The key-person loss (robustness) on day 60 of 120, four leavers among 400.
  const std::string loss = " --set events.key_person_loss.day=60 --set events.key_person_loss.count=4";
  for (const std::string& scenario :
       {std::string("scenarios/default.yaml"), std::string("scenarios/designs/flexible-arena.yaml"),
        "scenarios/robustness/coordinator-group.yaml" + loss}) {
    INFO(scenario);
    const auto a = runCli("run " + scenario + kSmall + " -n 4 -t 1 --out " + (dir / "t1").string());
    const auto b = runCli("run " + scenario + kSmall + " -n 4 -t 2 --out " + (dir / "t2").string());
    REQUIRE(a.exitCode == 0);
    REQUIRE(b.exitCode == 0);
    const auto summary = readText(dir / "t1" / "summary.csv");
    CHECK(std::count(summary.begin(), summary.end(), '\n') == 5);
    CHECK(withoutWallSeconds(summary) == withoutWallSeconds(readText(dir / "t2" / "summary.csv")));
    CHECK(readText(dir / "t1" / "timeseries.csv") == readText(dir / "t2" / "timeseries.csv"));
    CHECK(readText(dir / "t1" / "timeseries.csv").size() > 100);
  }
}

TEST_CASE("a different seed gives different results", "[cli][determinism]") {
  const auto dir = scratchDir("seeds");
  REQUIRE(runCli("run scenarios/default.yaml" + kSmall + " -n 1 --seed 1 --out " + (dir / "a").string())
              .exitCode == 0);
  REQUIRE(runCli("run scenarios/default.yaml" + kSmall + " -n 1 --seed 2 --out " + (dir / "b").string())
              .exitCode == 0);
  CHECK(readText(dir / "a" / "timeseries.csv") != readText(dir / "b" / "timeseries.csv"));
}

TEST_CASE("every shipped scenario validates and runs a short smoke run", "[cli][smoke]") {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator("scenarios"))
    if (entry.path().extension() == ".yaml" && entry.path().parent_path().filename() != "sweeps")
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 11);  // default + five designs in crisis + five in normal times
  const auto dir = scratchDir("smoke");
  for (const auto& file : files) {
    INFO(file.string());
    CHECK(runCli("validate " + file.string()).exitCode == 0);
    const auto r = runCli("run " + file.string() +
                          " --set municipality.staff=300 --set days=80 --set crisis.start_day=10 "
                          "--set events.key_person_loss.day=40 -n 1 --quiet --out " +
                          (dir / file.stem()).string());
    CHECK(r.exitCode == 0);
    CHECK(r.err.empty());
    CHECK(fs::exists(dir / file.stem() / "manifest.json"));
  }
}
