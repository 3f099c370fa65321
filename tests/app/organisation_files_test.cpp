// `samsim run` and `validate` with organisation.from (models/organisation/organisation_import.cpp) and
// --export-network (app/cmd_run.cpp): bad rows and bad options end with exit 2 and one line naming
// file and line; the manifest records the files' hashes and the survey's coverage.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

#include <nlohmann/json.hpp>

#include "tests/app/cli_runner.hpp"

using samsim::test::readText;
using samsim::test::runCli;
using samsim::test::scratchDir;

namespace {

const std::string kExample = std::string(SAMSIM_SOURCE_DIR) + "/examples/own-organisation/";

std::string fromFiles(const std::filesystem::path& dir) {
  return " --set organisation.from.units=" + (dir / "units.csv").string() +
         " --set organisation.from.staff=" + (dir / "staff.csv").string() +
         " --set organisation.from.ties=" + (dir / "ties.csv").string();
}

}  // namespace

TEST_CASE("a bad row in an organisation file is exit 2 naming file and line", "[cli][import]") {
  const auto dir = scratchDir("org_files");
  for (const char* f : {"units.csv", "staff.csv", "ties.csv"})
    std::filesystem::copy_file(kExample + f, dir / f);
  {
    std::ofstream(dir / "ties.csv", std::ios::app) << "E001,E999,0.5,advice\n";  // E999: nobody
  }
  const auto r = runCli("validate " + kExample + "scenario.yaml" + fromFiles(dir));
  CHECK(r.exitCode == 2);
  const std::string ties = readText(dir / "ties.csv");
  const auto lines = std::count(ties.begin(), ties.end(), '\n');
  CHECK_THAT(r.err, Catch::Contains((dir / "ties.csv").string() + ":" + std::to_string(lines) +
                                    ": target 'E999' is nobody in"));
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

TEST_CASE("--export-network takes every:N", "[cli][import]") {
  for (const char* bad : {"every:0", "every:x", "sometimes", "every:-3"}) {
    const auto r = runCli("run " + kExample + "scenario.yaml -n 1 -q --export-network " + bad + " -o " +
                          scratchDir("export_bad").string());
    INFO(bad);
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Catch::Contains("--export-network: expected every:N"));
  }
}

TEST_CASE("the manifest records hashes and survey coverage, never contents", "[cli][import]") {
  const auto out = scratchDir("org_manifest");
  const auto r = runCli("run " + kExample +
                        "scenario.yaml -n 1 -q --set days=20 --set crisis.enabled=false -o " + out.string());
  REQUIRE(r.exitCode == 0);
  const auto manifest = nlohmann::json::parse(readText(out / "manifest.json"));
  const auto& imp = manifest["scenarios"][0]["organisation_import"];
  CHECK(imp["staff"] == 303);
  CHECK(imp["respondents"] == 218);
  CHECK_THAT(imp["ties"].get<std::string>(), Catch::Contains("72 % of staff answered"));
  REQUIRE(imp["files"].size() == 3);
  CHECK(imp["files"][1]["sha256"].get<std::string>().size() == 64);
  CHECK(readText(out / "manifest.json").find("E001") == std::string::npos);  // no ids, no rows
}
