// Reliability round 3 (issue 27), row 17: a sweep's run files know whose they are, organisation
// files set in a sweep are found beside it, and a resume does not depend on the working directory.
// Each case names what the binary before the fix did; SAMSIM_TEST_BINARY=<old samsim> runs these
// cases against that build.
#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "tests/app/cli_expect.hpp"

using namespace samsim::test;
namespace fs = std::filesystem;

namespace {

// A copy of the example organisation in DIR/org and a 2-point sweep over it in DIR/sweeps/s.yaml,
// whose base (DIR/default.yaml) and `set:` name files relative to the sweep file; small enough for
// seconds.
fs::path organisationSetSweep(const fs::path& dir) {
  fs::copy("examples/own-organisation", dir / "org", fs::copy_options::recursive);
  fs::create_directories(dir / "sweeps");
  fs::copy_file("scenarios/default.yaml", dir / "default.yaml");
  std::ofstream(dir / "sweeps" / "s.yaml")
      << "version: 1\nname: org\nbase: ../default.yaml\nset:\n  municipality.staff: 303\n  "
         "municipality.sectors: 4\n  days: 60\n"
         "  crisis.start_day: 10\n  crisis.duration_days: 30\n"
         "  organisation.from.units: ../org/units.csv\n  organisation.from.staff: ../org/staff.csv\n"
         "  organisation.from.ties: ../org/ties.csv\n"
         "replicates: 1\nseed: 3\nparameters:\n  - {path: hub.size, values: [4, 8]}\n";
  return dir / "sweeps" / "s.yaml";
}

std::vector<std::string> pointsOf(const fs::path& runsCsv) {
  std::vector<std::string> points;
  const auto rows = parseCsv(readText(runsCsv));
  for (std::size_t r = 1; r < rows.size(); ++r) points.push_back(rows[r].at(0));
  return points;
}

}  // namespace

// Before: `set: {organisation.from.units: ../org/units.csv}` in a sweep was read relative to the
// working directory, so the sweep failed ("cannot open the CSV file (no such file)") unless started
// beside the sweep file; and the same sweep resumed from another working directory was refused as
// "holds a different sweep ('/base' changed)". Now the files are found beside the sweep file, like
// `base:`, and hashed into its identity, which keys every path by its resolved absolute name.
TEST_CASE("a sweep finds the organisation files it sets beside it, and resumes from any folder",
          "[cli][sweep]") {
  const auto dir = scratchDir("sweep_set_files");
  const auto sweep = organisationSetSweep(dir);
  const std::string out = (dir / "o").string();
  const auto first = runCli("sweep " + sweep.string() + " -q --out " + out);
  INFO(first.err);
  REQUIRE(first.exitCode == 0);
  const auto identity = nlohmann::json::parse(readText(dir / "o" / "sweep.json"));
  for (const char* file : {"units.csv", "staff.csv", "ties.csv"})
    CHECK(identity["files_sha256"].contains(fs::weakly_canonical(dir / "org" / file).string()));
  CHECK(pointsOf(dir / "o" / "runs.csv") == std::vector<std::string>{"0", "1"});

  // The same sweep from its own folder, by a relative name: resumed, nothing to run.
  fs::remove(dir / "o" / "manifest.json");
  const auto resumed =
      runWithin(120, "sweep s.yaml -q --out ../o", nullptr, "cd " + (dir / "sweeps").string() + " && ");
  INFO(resumed.err);
  CHECK(resumed.exitCode == 0);
  const auto manifest = nlohmann::json::parse(readText(dir / "o" / "manifest.json"));
  CHECK(manifest["runs_resumed_from_disk"] == 2);

  // A changed organisation file set by the sweep is a different sweep.
  std::ofstream(dir / "org" / "staff.csv", std::ios::app) << "\n";
  expectRefused(runCli("sweep " + sweep.string() + " -q --out " + out),
                "staff.csv' changed since this sweep began (its SHA-256 differs)");
}

// Before: every run file was sealed with its length and checksum only, so point 0's files copied
// over point 1's passed the check on resume and runs.csv held point 0 twice; and the sweep resumed
// from its own folder was refused: "holds a different sweep ('/base' changed)".
TEST_CASE("a run file copied over another point's is redone on resume", "[cli][sweep]") {
  const auto dir = scratchDir("sweep_copied_run");
  fs::copy_file("scenarios/default.yaml", dir / "default.yaml");
  std::ofstream(dir / "s.yaml")
      << "version: 1\nname: copied\nbase: default.yaml\n"
         "set: {municipality.staff: 300, days: 40, crisis.start_day: 10}\n"
         "replicates: 2\nseed: 5\nparameters:\n  - {path: hub.size, values: [4, 8]}\n";
  const std::string command = "sweep " + (dir / "s.yaml").string() + " -q --out " + (dir / "o").string();
  REQUIRE(runCli(command).exitCode == 0);
  const std::string runs = readText(dir / "o" / "runs.csv");
  const std::string series = readText(dir / "o" / "timeseries.csv");
  const auto first = readText(dir / "o" / "runs" / "p000000-r0000.summary.csv");
  CHECK(first.find("\n#samsim-seal of=p000000-r0000.summary bytes=") != std::string::npos);

  for (const char* kind : {"summary", "timeseries"}) {
    const std::string name = std::string(".") + kind + ".csv";
    fs::copy_file(dir / "o" / "runs" / ("p000000-r0000" + name),
                  dir / "o" / "runs" / ("p000001-r0001" + name), fs::copy_options::overwrite_existing);
  }
  // Replicate 1 of point 0 over replicate 0 of the same point: refused too.
  fs::copy_file(dir / "o" / "runs" / "p000000-r0001.summary.csv",
                dir / "o" / "runs" / "p000000-r0000.summary.csv", fs::copy_options::overwrite_existing);
  REQUIRE(runCli(command).exitCode == 0);
  const auto manifest = nlohmann::json::parse(readText(dir / "o" / "manifest.json"));
  CHECK(manifest["runs_resumed_from_disk"] == 2);  // two of four redone
  CHECK(pointsOf(dir / "o" / "runs.csv") == std::vector<std::string>{"0", "0", "1", "1"});
  CHECK((readText(dir / "o" / "runs.csv") == runs));  // not decomposed: a failure would print both tables
  CHECK((readText(dir / "o" / "timeseries.csv") == series));

  // The same sweep resumed from its own folder (the base is now `./default.yaml`, not
  // `DIR/default.yaml`): the same sweep, nothing redone.
  const auto elsewhere = runWithin(120, "sweep s.yaml -q --out o", nullptr, "cd " + dir.string() + " && ");
  INFO(elsewhere.err);
  CHECK(elsewhere.exitCode == 0);
  CHECK(nlohmann::json::parse(readText(dir / "o" / "manifest.json"))["runs_resumed_from_disk"] == 4);
}
