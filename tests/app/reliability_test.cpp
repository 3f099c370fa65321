// Reliability round 3 (issue 27), end to end through the binary. Each case names what the binary
// before the fix did; SAMSIM_TEST_BINARY=<old samsim> runs these cases against that build.
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/app/cli_expect.hpp"

using namespace samsim::test;
namespace fs = std::filesystem;

// Before: a 9-level alias bomb of 522 bytes ran for over a minute (every alias expanded in the
// duplicate-key check), and 100,000 keys took 19 s (each key compared with every earlier one).
TEST_CASE("hostile YAML is refused within a second: alias bombs, huge files, many keys", "[cli][bad-input]") {
  const auto dir = scratchDir("yaml_limits");
  {
    std::ofstream bomb(dir / "bomb.yaml");
    bomb << "a0: &a0 [x, x, x, x, x, x, x, x, x]\n";
    for (int level = 1; level < 10; ++level) {
      bomb << "a" << level << ": &a" << level << " [";
      for (int i = 0; i < 9; ++i) bomb << (i > 0 ? ", " : "") << "*a" << level - 1;
      bomb << "]\n";
    }
  }
  double took = 0;
  const std::string bomb = (dir / "bomb.yaml").string();
  for (const std::string& command : {"validate " + bomb, "sweep " + bomb + " --dry-run",
                                     "design " + bomb + " -o " + (dir / "p.csv").string()}) {
    INFO(command);
    expectRefused(runWithin(20, command, &took), "values once aliases are expanded");
    CHECK(took < 5);  // about 0.1 s; a generous bound for a loaded machine
  }

  // Just under the size limit, 80,000 keys, the last one repeating the first: found at once.
  {
    std::ofstream keys(dir / "keys.yaml");
    for (int i = 0; i < 80'000; ++i) keys << "k" << i << ": 1\n";
    keys << "k0: again\n";
  }
  REQUIRE(fs::file_size(dir / "keys.yaml") < (1u << 20));
  expectRefused(runWithin(60, "validate " + (dir / "keys.yaml").string(), &took), "appears twice");
  CHECK(took < 5);

  // Over the size limit, and an endless device: refused after reading 1 MB.
  {
    std::ofstream big(dir / "big.yaml");
    big << "name: big\n# " << std::string(std::size_t{2} << 20, 'x') << "\n";
  }
  expectRefused(runWithin(20, "validate " + (dir / "big.yaml").string()), "larger than 1 MB");
  expectRefused(runWithin(20, "validate /dev/zero"), "larger than 1 MB");
}

namespace {
const std::string kSmall = " --set municipality.staff=300 --set days=60 --set crisis.start_day=10";
}  // namespace

// Before: `report DIR -o DIR/summary.csv` replaced the finished result's summary.csv with the page.
TEST_CASE("report refuses an output that is not .html, so never a result's data file", "[cli][report]") {
  const auto dir = scratchDir("report_out");
  const auto out = dir / "o";
  REQUIRE(runCli("run scenarios/default.yaml -n 1 -q" + kSmall + " --out " + out.string()).exitCode == 0);
  const std::string summary = readText(out / "summary.csv");
  for (const char* name : {"summary.csv", "manifest.json", "timeseries.csv", "notes.txt"}) {
    INFO(name);
    expectRefused(runCli("report " + out.string() + " -o " + (out / name).string()),
                  "expected a .html file or a folder for the report");
  }
  CHECK(readText(out / "summary.csv") == summary);
  CHECK(readText(out / "manifest.json").find("\"command\"") != std::string::npos);
  CHECK_FALSE(fs::exists(out / "notes.txt"));
  CHECK(runCli("report " + out.string() + " -o " + (dir / "Report.HTML").string()).exitCode == 0);
}

// Before: run and compare deleted networks/ whole and any report.html in --out, and took a
// manifest.json they did not write for an earlier result and deleted it.
TEST_CASE("run and compare remove only what samsim wrote in --out", "[cli][output]") {
  const auto dir = scratchDir("own_files");
  const auto out = dir / "o";
  // An earlier samsim result with network snapshots and its report.
  REQUIRE(runCli("run scenarios/default.yaml -n 1 -q" + kSmall +
                 " --set output.network_every_days=40 --out " + out.string())
              .exitCode == 0);
  std::vector<fs::path> snapshots;
  for (const auto& entry : fs::recursive_directory_iterator(out / "networks"))
    if (entry.is_regular_file()) snapshots.push_back(entry.path());
  REQUIRE_FALSE(snapshots.empty());
  REQUIRE(runCli("report " + out.string()).exitCode == 0);
  REQUIRE(fs::exists(out / "report.html"));
  // The user's own files beside it.
  fs::create_directories(out / "networks" / "x");
  std::ofstream(out / "networks" / "x" / "e.csv") << "source,target\na,b\n";
  std::ofstream(out / "notes.html") << "<p>mine</p>\n";

  REQUIRE(runCli("run scenarios/default.yaml -n 1 -q" + kSmall + " --out " + out.string()).exitCode == 0);
  for (const auto& file : snapshots) CHECK_FALSE(fs::exists(file));  // samsim's: gone
  CHECK_FALSE(fs::exists(out / "report.html"));
  CHECK(readText(out / "networks" / "x" / "e.csv") == "source,target\na,b\n");  // the user's: kept
  CHECK(fs::exists(out / "notes.html"));

  // A report.html that samsim did not write stays.
  const auto mine = dir / "mine";
  fs::create_directories(mine);
  std::ofstream(mine / "report.html") << "<!DOCTYPE html>\n<p>my own report</p>\n";
  REQUIRE(runCli("compare scenarios/default.yaml scenarios/designs/line-only.yaml -n 1 -q" + kSmall +
                 " --out " + mine.string())
              .exitCode == 0);
  CHECK(readText(mine / "report.html") == "<!DOCTYPE html>\n<p>my own report</p>\n");

  // A manifest.json of another program: the folder is refused, the file left as it was.
  const auto foreign = dir / "foreign";
  fs::create_directories(foreign);
  std::ofstream(foreign / "manifest.json") << "{\"name\": \"my project\"}\n";
  expectRefused(runCli("run scenarios/default.yaml -n 1 -q" + kSmall + " --out " + foreign.string()),
                "a manifest.json samsim did not write");
  CHECK(readText(foreign / "manifest.json") == "{\"name\": \"my project\"}\n");
}

// Before: exit 0 with `inf` points for min -1e308 / max 1e308, INT64_MIN for an integer parameter up to
// 1e20, two plan columns named `a`, and `--out x.json` wrote the CSV and then the structure over it.
TEST_CASE("design refuses parameters it cannot represent, repeated names and an --out of its own .json",
          "[cli][bad-input]") {
  const auto dir = scratchDir("design_params");
  const auto write = [&dir](const std::string& parameters) {
    std::ofstream(dir / "d.yaml", std::ios::trunc)
        << "version: 1\nname: d\ndesign: latin_hypercube\nsamples: 4\nparameters:\n"
        << parameters;
    return "design " + (dir / "d.yaml").string() + " -o " + (dir / "plan.csv").string();
  };
  expectRefused(runCli(write("  - {name: a, min: -1e308, max: 1e308}\n")),
                "parameters[0]: expected max − min to be a finite number");
  expectRefused(
      runCli(write("  - {name: a, min: 0, max: 1e20, integer: true}\n")),
      "parameters[0]: expected min and max within ±9007199254740992 (2^53) for an integer parameter");
  expectRefused(runCli(write("  - {name: a, min: 0, max: 1}\n  - {name: a, min: 0, max: 2}\n")),
                "parameters: 'a' is listed twice; expected each name once");
  CHECK_FALSE(fs::exists(dir / "plan.csv"));
  write("  - {name: a, min: 0, max: 1}\n");
  expectRefused(runCli("design " + (dir / "d.yaml").string() + " -o " + (dir / "x.json").string()),
                "expected a .csv name");
  CHECK_FALSE(fs::exists(dir / "x.json"));
  CHECK(
      runCli(
          write("  - {name: a, min: -1e300, max: 1e300}\n  - {name: b, min: 0, max: 9e15, integer: true}\n"))
          .exitCode == 0);
}

namespace {

// A copy of the example organisation and a 2-point sweep over it, small enough for seconds.
fs::path organisationSweep(const fs::path& dir) {
  fs::copy("examples/own-organisation", dir / "org", fs::copy_options::recursive);
  std::ofstream(dir / "sweep.yaml") << "version: 1\nname: org\nbase: org/scenario.yaml\n"
                                       "set: {days: 60, crisis.start_day: 10, crisis.duration_days: 30}\n"
                                       "replicates: 1\nseed: 3\n"
                                       "parameters:\n  - {path: hub.size, values: [4, 8]}\n";
  return dir / "sweep.yaml";
}

}  // namespace

// Before: a sweep resumed after staff.csv changed exited 0, its points from two organisations.
TEST_CASE("a sweep is resumed only over the same files: SHA-256 of every file it reads", "[cli][sweep]") {
  const auto dir = scratchDir("sweep_files");
  const auto sweep = organisationSweep(dir);
  const std::string command = "sweep " + sweep.string() + " -q --out " + (dir / "o").string();
  REQUIRE(runCli(command).exitCode == 0);
  const auto identity = nlohmann::json::parse(readText(dir / "o" / "sweep.json"));
  const auto staff = fs::weakly_canonical(dir / "org" / "staff.csv").string();
  REQUIRE(identity["files_sha256"].contains(staff));
  CHECK(identity["files_sha256"].size() == 5);  // the sweep, its base scenario, units, staff, ties
  CHECK(runCli(command).exitCode == 0);         // unchanged: resumed (nothing left to do)

  std::string text = readText(dir / "org" / "staff.csv");
  text.replace(text.find("E001,U1-STAB,director,16.5"), 26, "E001,U1-STAB,director,16.6");
  std::ofstream(dir / "org" / "staff.csv", std::ios::trunc) << text;
  expectRefused(runCli(command), "staff.csv' changed since this sweep began (its SHA-256 differs)");
}

// Before: the identity's version was 0.1.0 since the first commit, so a sweep resumed by a binary
// built from a changed model mixed the results of both.
TEST_CASE("a sweep is resumed only by the same build: commit and uncommitted changes", "[cli][sweep]") {
  const auto version = runCli("--version");
  REQUIRE(version.exitCode == 0);
  const auto at = version.out.find("(build ");
  REQUIRE(at != std::string::npos);
  const std::string build = version.out.substr(at + 7, version.out.find(')', at) - at - 7);
  CHECK_FALSE(build.empty());

  const auto dir = scratchDir("sweep_build");
  const auto sweep = organisationSweep(dir);
  const std::string command = "sweep " + sweep.string() + " -q --out " + (dir / "o").string();
  REQUIRE(runCli(command).exitCode == 0);
  auto identity = nlohmann::json::parse(readText(dir / "o" / "sweep.json"));
  CHECK(identity["samsim_build"] == build);
  CHECK(nlohmann::json::parse(readText(dir / "o" / "manifest.json"))["samsim_build"] == build);
  identity["samsim_build"] = "0000000000000000000000000000000000000000";  // begun by another build
  std::ofstream(dir / "o" / "sweep.json", std::ios::trunc) << identity.dump(2) << "\n";
  expectRefused(runCli(command), "('/samsim_build' changed)");
}

// Before: `holes` on /dev/zero or a 1 GB sparse file grew to 5 GB and ended in bad_alloc (exit 1), or
// under a memory limit said "no edges". Run here under a 4 GB address-space limit, so a binary
// without the cap fails the test instead of the machine.
TEST_CASE("a huge or endless file is refused after 256 MB, never read whole", "[cli][bad-input]") {
  const auto dir = scratchDir("huge_files");
  const auto sparse = dir / "sparse.csv";
  { std::ofstream(sparse) << "source,target\n"; }
  fs::resize_file(sparse, std::uintmax_t{1} << 30);  // 1 GB, nearly all of it a hole
  for (const std::string& file : {sparse.string(), std::string("/dev/zero")}) {
    INFO(file);
    // AddressSanitizer reserves terabytes of shadow address space, so under it the limit is left out
    // (the cap is still checked: a binary without it would read the sparse file's 1 GB whole).
    expectRefused(runWithin(60, "holes " + file, nullptr, kAddressSanitizer ? "" : "ulimit -v 4000000; "),
                  "larger than 256 MB");
  }
}
