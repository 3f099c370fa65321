// Reliability round 3 (issue 27), rows 11 and 12: plan sizes counted before anything is made, and
// `sensitivity` on hostile plans and results. Each case names what the binary before the fix did;
// SAMSIM_TEST_BINARY=<old samsim> runs these cases against that build.
#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "tests/app/cli_expect.hpp"

using namespace samsim::test;
namespace fs = std::filesystem;

namespace {

// `count` range parameters of a design file, named p0, p1, …, each with `extra` settings.
std::string rangeParameters(int count, const std::string& extra) {
  std::string text = "parameters:\n";
  for (int i = 0; i < count; ++i)
    text += "  - {name: p" + std::to_string(i) + ", min: 0, max: 1" + extra + "}\n";
  return text;
}

}  // namespace

// Before: a grid of 10^40 points exited 1 ("internal error: cannot create std::vector larger than
// max_size()"); Sobol with samples 1,000,000 over 60 parameters (62 M points) ran until memory ran
// out (bad_alloc at 2.5 GB, or the time limit here); a sweep's dry run of 132 M points with
// --yes-really was killed by the OOM killer at 24 GB. Now each exits 2 at once, memory untouched
// (run under a 1 GB address-space limit), naming the key that sets the size and the limit.
TEST_CASE("design and sweep sizes are counted before anything is made", "[cli][bad-input]") {
  const auto dir = scratchDir("design_sizes");
  const std::string limit = kAddressSanitizer ? "" : "ulimit -v 1000000; ";
  std::ofstream(dir / "grid.yaml") << "version: 1\nname: g\ndesign: grid\n"
                                   << rangeParameters(40, ", steps: 10");
  std::ofstream(dir / "sobol.yaml") << "version: 1\nname: s\ndesign: sobol\nsamples: 1000000\n"
                                    << rangeParameters(60, "");
  std::ofstream(dir / "morris.yaml") << "version: 1\nname: m\ndesign: morris\ntrajectories: 100000\n"
                                     << rangeParameters(200, "");
  const auto design = [&dir](const std::string& file) {
    return "design " + (dir / file).string() + " -o " + (dir / "plan.csv").string();
  };
  double took = 0;
  expectRefused(runWithin(20, design("grid.yaml"), &took, limit),
                "grid.yaml: parameters: the grid's levels multiply to more than 18446744073709551615 points");
  CHECK(took < 5);
  expectRefused(runWithin(20, design("sobol.yaml"), &took, limit),
                "sobol.yaml: samples: 1000000 × (60 + 2) = 62000000 points × 60 parameters = 3720000000 "
                "values; expected at most 10000000 values (points × parameters)");
  CHECK(took < 5);
  expectRefused(runWithin(20, design("morris.yaml"), &took, limit),
                "morris.yaml: trajectories: 100000 × (200 + 1)");
  // Morris makes all its candidate trajectories before choosing: 5,000 × 201 × 200 values (before:
  // exit 1, bad_alloc under the 1 GB limit).
  std::ofstream(dir / "candidates.yaml")
      << "version: 1\nname: m\ndesign: morris\ntrajectories: 2\ncandidates: 5000\n"
      << rangeParameters(200, "");
  expectRefused(
      runWithin(20, design("candidates.yaml"), &took, limit),
      "candidates.yaml: candidates: 5000 trajectories × (200 + 1) points × 200 parameters = 201000000 "
      "values; expected at most 10000000 values");
  CHECK_FALSE(fs::exists(dir / "plan.csv"));

  // 510^3 = 132,651,000 points; --yes-really lifts the limit on runs, not what fits in memory.
  std::ofstream(dir / "big.yaml")
      << "version: 1\nname: big\nbase: " << fs::absolute("scenarios/default.yaml").string()
      << "\nreplicates: 1\nparameters:\n"
         "  - {path: network.trust_threshold, min: 0.1, max: 0.3, steps: 510}\n"
         "  - {path: network.role_cross_contacts_per_year, min: 1, max: 30, steps: 510}\n"
         "  - {path: line.leadership_agenda, min: 1, max: 20, steps: 510}\n";
  for (const char* flags : {" --dry-run --yes-really", " --dry-run", " --yes-really"}) {
    INFO(flags);
    expectRefused(runWithin(20,
                            "sweep " + (dir / "big.yaml").string() + std::string(flags) + " --out " +
                                (dir / "o").string(),
                            &took, limit),
                  "big.yaml: parameters: the grid's levels multiply to 132651000 points × 3 parameters");
    CHECK(took < 5);
  }
  CHECK_FALSE(fs::exists(dir / "o"));

  // Within the limit, the dry run counts as before; -n replaces the file's replicates in the count
  // (before: the file's 1 was counted, so 2,000,000 runs passed without --yes-really).
  std::ofstream(dir / "small.yaml", std::ios::trunc)
      << "version: 1\nname: small\nbase: " << fs::absolute("scenarios/default.yaml").string()
      << "\nreplicates: 1\nparameters:\n  - {path: network.trust_threshold, min: 0.1, max: 0.3, steps: 20}\n";
  const auto small = runCli("sweep " + (dir / "small.yaml").string() + " --dry-run");
  CHECK(small.exitCode == 0);
  CHECK(small.out.find("20 points × 1 replicates = 20 runs") != std::string::npos);
  expectRefused(runCli("sweep " + (dir / "small.yaml").string() + " --dry-run -n 100000"),
                "the plan has 20 points × 100000 replicates = 2000000 runs");
}

// Before: `bootstrap: -1` or 2,000,000,000 in plan.json ran for ever (the time limit here); a seed
// of 30 nines exited 1 (uncaught out_of_range from stoull); an output with one `oops` cell vanished
// from sensitivity.csv without a word; a sweep folder without manifest.json (unfinished) was
// analysed, exit 0.
TEST_CASE("sensitivity checks its plan's ranges, notes a dropped output and refuses unfinished sweeps",
          "[cli][sensitivity][bad-input]") {
  const auto dir = scratchDir("sensitivity_hostile");
  std::ofstream(dir / "d.yaml") << "design: sobol\nsamples: 4\nparameters:\n  - {name: a, min: 0, max: 1}\n";
  REQUIRE(runCli("design " + (dir / "d.yaml").string() + " -o " + (dir / "p.csv").string()).exitCode == 0);
  const std::string plan = readText(dir / "p.json");
  {
    std::ofstream results(dir / "r.csv");
    results << "point,y,z\n";
    for (int p = 0; p < 12; ++p) results << p << "," << p * 2 << "," << (p == 3 ? "oops" : "1") << "\n";
  }
  const auto sensitivity = [&dir, &plan](const std::string& key, const std::string& value) {
    std::string edited = plan;
    const auto at = edited.find("\"" + key + "\":");
    REQUIRE(at != std::string::npos);
    const auto end = edited.find_first_of(",\n", at);
    edited.replace(at, end - at, "\"" + key + "\": " + value);
    std::ofstream(dir / "edited.json", std::ios::trunc) << edited;
    return "sensitivity --plan " + (dir / "edited.json").string() + " --results " + (dir / "r.csv").string() +
           " -o " + (dir / "o").string();
  };
  for (const std::string value : {"-1", "2000000000", "1.5", "\"10\""}) {
    INFO(value);
    expectRefused(runWithin(20, sensitivity("bootstrap", value)),
                  "edited.json: bootstrap: expected an integer in [0, 100000], got ");
  }
  for (const std::string value : {"\"999999999999999999999999999999\"", "\"9223372036854775808\"", "\"-1\"",
                                  "\"12x\"", "9223372036854775808"}) {
    INFO(value);
    expectRefused(runWithin(20, sensitivity("seed", value)),
                  "edited.json: seed: expected an integer in [0, 9223372036854775807], got ");
  }
  CHECK_FALSE(fs::exists(dir / "o" / "sensitivity.csv"));

  const auto dropped = runCli(sensitivity("seed", "\"9223372036854775807\""));
  CHECK(dropped.exitCode == 0);
  CHECK(dropped.err ==
        "samsim: note: 1 output has a cell that is not a number and is left out: z (first at r.csv:5 "
        "'oops')\n");
  const auto table = readText(dir / "o" / "sensitivity.csv");
  CHECK(table.find(",y,a,") != std::string::npos);
  CHECK(table.find(",z,") == std::string::npos);

  fs::copy("tests/analysis/report/fixtures/morris", dir / "m", fs::copy_options::recursive);
  fs::remove(dir / "m" / "manifest.json");
  fs::remove(dir / "m" / "sensitivity.csv");
  expectRefused(runCli("sensitivity " + (dir / "m").string()),
                "no manifest.json; expected a finished sweep (resume it with samsim sweep");
  CHECK_FALSE(fs::exists(dir / "m" / "sensitivity.csv"));
}
