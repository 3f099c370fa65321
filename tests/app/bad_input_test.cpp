// A table of bad scenario files and overrides: each must give exit 2 and one line naming the file,
// key or line and what was expected — never a crash or a stack trace.
#include <catch2/catch.hpp>

#include "tests/app/cli_runner.hpp"

using namespace samsim::test;

namespace {

const std::string kGood = R"(version: 1
name: tiny
seed: 5
days: 40
municipality:
  staff: 200
  sectors: 3
crisis:
  enabled: true
  start_day: 10
  duration_days: 20
hub:
  enabled: true
  size: 5
  cadence_days: 5
  mandate: advisory
  liaison: false
  membership: fixed
)";

std::string replaced(const std::string& from, const std::string& to) {
  std::string text = kGood;
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

struct BadCase {
  const char* what;
  std::string text;
  std::string extra;     // further command-line arguments
  std::string expected;  // substring of the single error line
};

}  // namespace

TEST_CASE("bad scenarios exit 2 with one clear line", "[cli][bad-input]") {
  const auto dir = scratchDir("bad_input");
  const std::vector<BadCase> cases = {
      {"unknown key (typo)", replaced("  size: 5", "  sise: 5"), "",
       ":14: unknown key 'hub.sise' (did you mean 'hub.size'?)"},
      {"wrong type", replaced("days: 40", "days: forty"), "", ":4: days: expected an integer, got 'forty'"},
      {"out of range", replaced("  size: 5", "  size: 0"), "",
       ":14: hub.size: expected an integer in [1, 500], got '0'"},
      {"missing required key", replaced("days: 40\n", ""), "", "missing required key 'days'"},
      {"bad choice", replaced("mandate: advisory", "mandate: boss"), "",
       ":16: hub.mandate: expected one of information | advisory | decisive, got 'boss'"},
      {"bad boolean", replaced("liaison: false", "liaison: maybe"), "",
       ":17: hub.liaison: expected true or false, got 'maybe'"},
      {"broken YAML", replaced("hub:\n", "hub: [\n"), "", "not valid YAML"},
      {"section is not a mapping",
       replaced("crisis:\n  enabled: true\n  start_day: 10\n  duration_days: 20\n", "crisis: 3\n"), "",
       "crisis: expected a mapping of keys, got '3'"},
      {"negative seed", replaced("seed: 5", "seed: -5"), "",
       ":3: seed: expected a non-negative integer, got '-5'"},
      {"fraction for a count", replaced("staff: 200", "staff: 200.5"), "",
       ":6: municipality.staff: expected an integer, got '200.5'"},
      {"crisis after the end", replaced("start_day: 10", "start_day: 50"), "",
       ":10: crisis.start_day: expected a measured day before days (40)"},
      {"crisis after the end by --set", kGood, "--set days=8",
       "--set days=8: crisis.start_day: expected a measured day before days (8), got 10"},
      {"phases and their factors differ in number", kGood, "--set 'crisis.phase_shares=[0.5,0.5]'",
       "--set crisis.phase_shares=[0.5,0.5]: crisis.phase_broad_factor: expected one factor per phase of "
       "crisis.phase_shares (2), got 3 factors"},
      {"too few staff by --set", replaced("staff: 200", "staff: 100"), "--set municipality.sectors=50",
       "--set municipality.sectors=50: municipality.staff: expected at least"},
      {"crisis start by --set after the end", kGood, "--set crisis.start_day=45",
       "--set crisis.start_day=45: crisis.start_day: expected a measured day before days (40)"},
      {"unsupported version", replaced("version: 1", "version: 2"), "",
       ":1: version: expected an integer in [1, 1], got '2'"},
      {"empty sector list", replaced("sectors: 3", "sectors: []"), "",
       "municipality.sectors: expected a sector count"},
      {"unknown --set path", kGood, "--set hub.colour=red", "--set hub.colour=red: unknown key 'hub.colour'"},
      {"--set of a section", kGood, "--set hub=5",
       "--set hub=5: unknown key 'hub'; 'hub' is a section, expected one of its keys such as 'hub.enabled'"},
      {"--set with a misspelt section", kGood, "--set hubb.size=3",
       "unknown key 'hubb.size' (did you mean 'hub.size'?)"},
      {"misspelt section", replaced("hub:\n", "hubb:\n"), "",
       ":12: unknown key 'hubb' (did you mean 'hub'?)"},
      {"bad --set value", kGood, "--set hub.cadence_days=0",
       "--set hub.cadence_days=0: hub.cadence_days: expected an integer in [1, 260], got '0'"},
      {"--set without value", kGood, "--set days", "--set days: expected KEY=VALUE"},
      {"top level is a list", "- 1\n- 2\n", "", "expected a mapping of scenario keys at the top level"},
      {"empty file", "", "", "expected a mapping of scenario keys at the top level"},
  };
  int index = 0;
  for (const auto& c : cases) {
    SECTION(c.what) {
      const auto file = dir / ("case" + std::to_string(index) + ".yaml");
      std::ofstream(file) << c.text;
      for (const std::string command : {"validate", "run"}) {
        const std::string out = command == "run" ? " --out " + (dir / "o").string() : "";
        const auto result = runCli(command + " " + file.string() + " " + c.extra + out);
        INFO(c.what << " [" << command << "]: " << result.err);
        CHECK(result.exitCode == 2);
        CHECK(result.err.find(c.expected) != std::string::npos);
        CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
        CHECK(result.err.rfind("samsim: error: ", 0) == 0);
        CHECK_FALSE(std::filesystem::exists(dir / "o"));  // nothing written for bad input
      }
    }
    ++index;
  }
}

TEST_CASE("a missing scenario file and bad options exit 2", "[cli][bad-input]") {
  auto r = runCli("run /nonexistent/scenario.yaml");
  CHECK(r.exitCode == 2);
  CHECK(r.err == "samsim: error: /nonexistent/scenario.yaml: cannot open scenario file\n");
  r = runCli("run scenarios/default.yaml --threads -3");
  CHECK(r.exitCode == 2);
  r = runCli("frobnicate");
  CHECK(r.exitCode == 2);
  CHECK(r.err.find("unknown command 'frobnicate'; expected one of run, validate,") != std::string::npos);
  r = runCli("runn scenarios/default.yaml");
  CHECK(r.exitCode == 2);
  CHECK(r.err.find("(did you mean 'run'?)") != std::string::npos);
  // The wrong kind of file, or a folder where a file belongs, is named as such.
  r = runCli("validate scenarios/sweeps/mandate-x-liaison.yaml");
  CHECK(r.exitCode == 2);
  CHECK(r.err.find("a sweep file (it has base and parameters); expected a scenario file") !=
        std::string::npos);
  r = runCli("sweep scenarios/designs/line-only.yaml --dry-run");
  CHECK(r.exitCode == 2);
  CHECK(r.err.find("a scenario file (it has days and municipality, no parameters)") != std::string::npos);
  r = runCli("holes docs");
  CHECK(r.exitCode == 2);
  CHECK(r.err == "samsim: error: docs: cannot open the edge list file (it is a directory)\n");
  // Two scenarios of one name are refused before the output folder is made.
  const auto twice = scratchDir("same_name") / "o";
  r = runCli("compare scenarios/default.yaml scenarios/default.yaml -n 1 -q --out " + twice.string());
  CHECK(r.exitCode == 2);
  CHECK(r.err.find("name: 'default' is also the name of scenarios/default.yaml") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(twice));
  r = runCli("compare scenarios/default.yaml scenarios/designs/line-only.yaml --set name=x -n 1 -q --out " +
             twice.string());
  CHECK(r.err ==
        "samsim: error: --set name=x: gives every scenario the same name; expected distinct scenario "
        "names in a comparison\n");
  CHECK_FALSE(std::filesystem::exists(twice));
  // A parse error points at the command's own help.
  r = runCli("run scenarios/default.yaml --bogus");
  CHECK(r.exitCode == 2);
  CHECK(r.err == "samsim: error: The following argument was not expected: --bogus (see samsim run --help)\n");
}

TEST_CASE("help and version exit 0 on every command", "[cli]") {
  for (const std::string c : {"", "run", "validate", "compare", "sweep", "report", "holes"}) {
    const auto r = runCli(c + " --help");
    INFO(c);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("Usage") != std::string::npos);
  }
  const auto h = runCli("help");
  CHECK(h.exitCode == 0);
  CHECK(h.out.rfind("samsim — ", 0) == 0);
  CHECK(h.out.find("Usage: samsim") != std::string::npos);
  const auto v = runCli("--version");
  CHECK(v.exitCode == 0);
  CHECK(v.out.rfind("samsim ", 0) == 0);
}
