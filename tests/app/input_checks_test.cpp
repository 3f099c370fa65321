// Hostile input end to end: every case exits 2 with exactly one line, never "internal error",
// a crash or a run that starts and fails later.
#include <catch2/catch.hpp>

#include "tests/app/cli_runner.hpp"

using namespace samsim::test;
namespace fs = std::filesystem;

namespace {

std::size_t lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

void expectRefused(const CliResult& r, const std::string& expected) {
  INFO("stderr: " << r.err);
  CHECK(r.exitCode == 2);
  CHECK(r.err.find(expected) != std::string::npos);
  CHECK(lines(r.err) == 1);
  CHECK(r.err.find("internal error") == std::string::npos);
}

std::string sweepHead(const std::string& name = "t") {
  return "version: 1\nname: " + name + "\nbase: " + fs::absolute("scenarios/default.yaml").string() + "\n";
}

}  // namespace

TEST_CASE("sweep names are names, never paths", "[cli][sweep][bad-input]") {
  const auto dir = scratchDir("sweep_names");
  for (const std::string name : {"..", "../../x", "/abs", ".hidden", "a/b", "'a\\\\b'"}) {
    INFO(name);
    std::ofstream(dir / "s.yaml", std::ios::trunc)
        << sweepHead(name) << "parameters:\n  - {path: hub.size, values: [3]}\n";
    expectRefused(runCli("sweep " + (dir / "s.yaml").string() + " --dry-run"),
                  "name: expected a name without path separators");
  }
}

TEST_CASE("text that is not UTF-8 is refused when read", "[cli][bad-input]") {
  const auto dir = scratchDir("latin1");
  std::string text = readText("scenarios/default.yaml");
  text.replace(text.find("name: default"), 13, "name: Tr\xF8ndelag");
  std::ofstream(dir / "s.yaml") << text;
  expectRefused(runCli("validate " + (dir / "s.yaml").string()), "is not UTF-8; expected UTF-8 text");
  expectRefused(runCli("validate scenarios/default.yaml --set 'name=Tr\xF8ndelag'"), "not valid UTF-8");
  expectRefused(
      runCli("run scenarios/default.yaml -q --set 'name=Tr\xF8ndelag' --out " + (dir / "o").string()),
      "not valid UTF-8");
  fs::copy_file("scenarios/default.yaml", dir / "Tr\xF8ndelag.yaml");
  expectRefused(runCli("validate '" + (dir / "Tr\xF8ndelag.yaml").string() + "'"),
                "file name is not valid UTF-8");
}

TEST_CASE("directories and unwritable places where files are expected exit 2", "[cli][bad-input]") {
  const auto dir = scratchDir("dirs");
  expectRefused(runCli("validate scenarios/"), "is a directory; expected a YAML file");
  expectRefused(runCli("sweep scenarios/ --dry-run"), "is a directory; expected a YAML file");
  std::ofstream(dir / "s.yaml") << "version: 1\nname: t\nbase: " << fs::absolute("scenarios").string()
                                << "\nparameters:\n  - {path: hub.size, values: [3]}\n";
  expectRefused(runCli("sweep " + (dir / "s.yaml").string() + " --dry-run"),
                "is a directory; expected a YAML file");
  std::ofstream(dir / "file") << "x";
  expectRefused(
      runCli("sweep scenarios/sweeps/mandate-x-liaison.yaml -q --out " + (dir / "file" / "o").string()),
      "cannot create the output directory");
}

TEST_CASE("--threads and --seed: one range and one short message on every command", "[cli][bad-input]") {
  expectRefused(runCli("holes tests/analysis/report/fixtures/compare/network.csv --threads 70000"),
                "--threads: Value 70000 not in range 0 to 1024");
  expectRefused(runCli("run scenarios/default.yaml --seed 18446744073709551615"),
                "--seed: expected an integer in [0, 9223372036854775807]");
  const auto negative = runCli("run scenarios/default.yaml --seed -1");
  expectRefused(negative, "--seed: expected an integer in [0, 9223372036854775807]");
  CHECK(negative.err.size() < 120);
  const auto dir = scratchDir("seed_range");
  std::ofstream(dir / "s.yaml")
      << sweepHead() << "seed: 18446744073709551615\nparameters:\n  - {path: hub.size, values: [3]}\n";
  expectRefused(runCli("sweep " + (dir / "s.yaml").string() + " --dry-run"), "seed: expected an integer");
  std::ofstream(dir / "s.yaml", std::ios::trunc)
      << sweepHead() << "seed: 9223372036854775807\nparameters:\n  - {path: hub.size, values: [3]}\n";
  CHECK(runCli("sweep " + (dir / "s.yaml").string() + " --dry-run").exitCode == 0);
}

TEST_CASE("a huge plan is refused before anything is allocated", "[cli][sweep][bad-input]") {
  const auto dir = scratchDir("huge_plan");
  std::ofstream(dir / "s.yaml") << sweepHead() << "replicates: 1000\nparameters:\n"
                                << "  - {path: hub.size, min: 1, max: 500, steps: 500, integer: true}\n"
                                << "  - {path: days, min: 100, max: 1000, steps: 260, integer: true}\n";
  const auto r = runCli("sweep " + (dir / "s.yaml").string() + " --dry-run");
  expectRefused(r, "130000 points × 1000 replicates = 130000000 runs");
  CHECK(r.err.find("--yes-really") != std::string::npos);
}

TEST_CASE("validate and a sweep's dry run make the checks run makes", "[cli][bad-input]") {
  const auto dir = scratchDir("validate_all");
  const std::string tooSmall = " --set municipality.staff=20 --set municipality.sectors=50";
  expectRefused(runCli("validate scenarios/default.yaml" + tooSmall),
                "--set municipality.staff=20: municipality.staff: expected at least");
  std::ofstream(dir / "s.yaml") << sweepHead() << "set: {municipality.staff: 100}\n"
                                << "parameters:\n  - {path: municipality.sectors, values: [5, 50]}\n";
  expectRefused(runCli("sweep " + (dir / "s.yaml").string() + " --dry-run"), "point 1:");
}

TEST_CASE("duplicate keys and contradictory sweep settings are refused", "[cli][bad-input]") {
  const auto dir = scratchDir("duplicates");
  std::string text = readText("scenarios/default.yaml");
  text.replace(text.find("name: default"), 13, "name: a\nname: b");
  std::ofstream(dir / "dup.yaml") << text;
  expectRefused(runCli("validate " + (dir / "dup.yaml").string()), "key 'name' appears twice in one mapping");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"parameters:\n  - {path: hub.size, values: [3]}\n  - {path: hub.size, values: [4]}\n",
       "parameters: 'hub.size' is listed twice"},
      {"set: {hub.size: 3}\nparameters:\n  - {path: hub.size, values: [4]}\n",
       "set: 'hub.size' is also in parameters"},
      {"samples: 10\nparameters:\n  - {path: hub.size, values: [4]}\n",
       "samples: only for designs latin_hypercube and sobol"},
      {"parameters:\n  - {path: hub.size, path: days, values: [4]}\n", "key 'path' appears twice"},
      {"replicates: 2\nreplicates: 3\nparameters:\n  - {path: hub.size, values: [4]}\n",
       "key 'replicates' appears twice"},
  };
  for (const auto& [body, expected] : cases) {
    INFO(body);
    std::ofstream(dir / "s.yaml", std::ios::trunc) << sweepHead() << body;
    expectRefused(runCli("sweep " + (dir / "s.yaml").string() + " --dry-run"), expected);
  }
}

TEST_CASE("values in messages are quoted and escaped: one line whatever they hold", "[cli][bad-input]") {
  const auto dir = scratchDir("escaped");
  std::string text = readText("scenarios/default.yaml");
  text.replace(text.find("  mandate: "), 11, "  mandate: \"line one\\nline two\\0end\"\n  x_mandate: ");
  std::ofstream(dir / "s.yaml") << text;
  const auto r = runCli("validate " + (dir / "s.yaml").string());
  expectRefused(r, "got 'line one\\nline two\\0end'");
  expectRefused(runCli("validate scenarios/default.yaml --set 'hub.mandate=\"a\\nb\"'"), "got 'a\\nb'");
  expectRefused(runCli("validate scenarios/default.yaml --set \"$(printf 'hub.co\\nlour=1')\""),
                "unknown key 'hub.co\\nlour'");
}

TEST_CASE("key-person loss keys outside the run or the staff exit 2 naming the key", "[cli][bad-input]") {
  const std::string run = "validate scenarios/robustness/line-only.yaml --set ";
  // A check across keys names the --set that gave the value, not the scenario file.
  expectRefused(runCli(run + "events.key_person_loss.day=460"),
                "--set events.key_person_loss.day=460: events.key_person_loss.day: expected a measured day");
  expectRefused(runCli(run + "events.key_person_loss.count=15000"),
                "--set events.key_person_loss.count=15000: events.key_person_loss.count: expected a count");
  expectRefused(runCli(run + "events.key_person_loss.count=-2"), "events.key_person_loss.count");
  CHECK(runCli("validate scenarios/robustness/line-only.yaml").exitCode == 0);
}
