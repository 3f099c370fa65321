// `samsim check-org DIR` and `samsim init [--from DIR] --out FILE` (app/cmd_organisation.cpp,
// app/starter_scenario.cpp) end to end, on the hand-made organisations in
// tests/app/fixtures/organisation/: good/ (24 staff in three sectors, a survey five of them
// answered) and bad/ (good/ with sixteen planted problems, one per line listed below, and rows that
// only repeat a planted problem, which must not be reported again).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <optional>
#include <sstream>

#include "models/scenario/scenario.hpp"
#include "tests/app/cli_runner.hpp"

using namespace samsim::test;
namespace fs = std::filesystem;

namespace {

const std::string kFixtures = std::string(SAMSIM_SOURCE_DIR) + "/tests/app/fixtures/organisation/";
const std::string kGood = kFixtures + "good";
const std::string kBad = kFixtures + "bad";

std::size_t lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// The planted problems of bad/, as "file:line: the start of the message".
std::vector<std::string> plantedProblems() {
  const std::string units = kBad + "/units.csv";
  const std::string staff = kBad + "/staff.csv";
  const std::string ties = kBad + "/ties.csv";
  return {
      units + ":6: parent 'HX' is not a unit id of this file",
      units + ":9: kind 'branch' is unknown; expected line, sector_staff or central_staff",
      units + ":10: duplicate unit id 'H1' (first on line 5)",
      units + ":11: unit 'H3' has 2 staff and no unit_leader in " + staff,
      staff + ":3: tenure '-4' is not a number in [0, 60]",
      staff + ":7: role 'unit_leader' does not belong in unit 'HS' of kind sector_staff",
      staff + ":12: duplicate person id 'h1a' (first on line 10)",
      staff + ":13: role 'boss' is unknown; expected staff, unit_leader,",
      staff + ":14: unit 'H9' is not in " + units,
      staff + ":19: 'u1a' is a second unit_leader of unit 'U1' (the first is 'u1l' on line 18)",
      ties + ":3: target 'gone' is nobody in " + staff,
      ties + ":4: weight '1.5' is not a number in (0, 1]",
      ties + ":5: a tie from 'hd' to itself; expected two different people",
      ties + ":7: duplicate tie 'md' -> 'hd' (first on line 6)",
      ties + ":10: expected 4 columns as in the header, found 5",
      ties + ":11: weight 'often' is not a number in (0, 1]",
  };
}

// Every planted problem on its own line of stderr, in file and line order, and nothing else.
void expectPlantedProblems(const CliResult& r) {
  INFO("stderr:\n" << r.err);
  CHECK(r.exitCode == 2);
  CHECK(r.err.find("internal error") == std::string::npos);
  const auto planted = plantedProblems();
  CHECK(lines(r.err) == planted.size());
  std::size_t at = 0;
  for (const auto& problem : planted) {
    INFO(problem);
    const auto found = r.err.find("samsim: error: " + problem, at);
    CHECK(found != std::string::npos);
    if (found != std::string::npos) at = found;
  }
}

std::string fromFiles(const std::string& dir) {
  return " --set organisation.from.units=" + dir + "/units.csv --set organisation.from.staff=" + dir +
         "/staff.csv --set organisation.from.ties=" + dir + "/ties.csv";
}

// A line "<indent>[# ]key:[ value]" of a YAML file init wrote (key: lower-case letters, digits,
// underscores); std::regex is avoided here because libstdc++ 12's regex compiler trips GCC's
// -Wmaybe-uninitialized under ASan.
struct SettingLine {
  std::string indent;
  bool commented = false;
  std::string key;
  std::optional<std::string> value;  // " ..." after the colon, when there is one
};

std::optional<SettingLine> settingLine(const std::string& line) {
  SettingLine m;
  std::size_t i = line.find_first_not_of(" \t");
  if (i == std::string::npos) return std::nullopt;
  m.indent = line.substr(0, i);
  if (line.compare(i, 2, "# ") == 0) {
    m.commented = true;
    i += 2;
  }
  const std::size_t start = i;
  while (i < line.size() && (std::islower(static_cast<unsigned char>(line[i])) != 0 ||
                             std::isdigit(static_cast<unsigned char>(line[i])) != 0 || line[i] == '_'))
    ++i;
  if (i == start || i >= line.size() || line[i] != ':') return std::nullopt;
  m.key = line.substr(start, i - start);
  ++i;
  if (i < line.size()) {
    if (line[i] != ' ') return std::nullopt;
    m.value = line.substr(i);
  }
  return m;
}

}  // namespace

TEST_CASE("check-org prints what it read of a good organisation and exits 0", "[cli][check-org]") {
  const auto r = runCli("check-org " + kGood);
  INFO(r.out << r.err);
  REQUIRE(r.exitCode == 0);
  CHECK(r.err.empty());
  CHECK_THAT(r.out, Catch::Contains(
                        "units.csv: 7 units in 3 sectors (3 line units, 3 sector staffs, 1 central staff)"));
  CHECK_THAT(r.out, Catch::Contains("staff.csv: 24 staff"));
  // Sectors in order of first appearance, the central staff's last; staff and units counted by hand.
  CHECK_THAT(r.out, Catch::Contains("  'Helse': 13 staff in 3 units\n  'Oppvekst': 7 staff in 2 units\n"
                                    "  'Organisasjon': 4 staff in 2 units (the central staff's sector)"));
  // Seven answers from h1a, h1b, hd, md and u1a: 5 of 24 = 21 %; six pairs (h1a-h1b answered twice).
  CHECK_THAT(r.out, Catch::Contains("ties.csv: 7 answers from 5 of 24 staff (21 % answered)"));
  CHECK_THAT(r.out, Catch::Contains("ties formed by the model for the 19 staff who did not answer (seed 1)"));
  CHECK_THAT(r.out, Catch::Contains("dropped: 0 of 6 answered pairs do not fit network.max_ties (24"));
  CHECK_THAT(r.out, Catch::Contains("ok: no problems"));
}

TEST_CASE("check-org's imputed ties are those a run's manifest reports for the same seed",
          "[cli][check-org]") {
  const auto dir = scratchDir("check_org_manifest");
  const auto init = runCli("init --from " + kGood + " --out " + (dir / "s.yaml").string());
  REQUIRE(init.exitCode == 0);
  const auto run = runCli("run " + (dir / "s.yaml").string() + " -n 1 -q --seed 5 --set days=20 -o " +
                          (dir / "out").string());
  REQUIRE(run.exitCode == 0);
  const std::string manifest = readText(dir / "out" / "manifest.json");
  const std::string key = "\"imputed_ties\": ";
  const auto at = manifest.find(key);
  REQUIRE(at != std::string::npos);
  const auto digits = manifest.substr(
      at + key.size(), manifest.find_first_not_of("0123456789", at + key.size()) - at - key.size());
  REQUIRE_FALSE(digits.empty());
  const auto r = runCli("check-org " + kGood + " --seed 5");
  CHECK_THAT(r.out, Catch::Contains("imputed: " + digits + " ties formed by the model"));
}

TEST_CASE("check-org lists every planted problem with file and line and exits 2", "[cli][check-org]") {
  const auto r = runCli("check-org " + kBad);
  expectPlantedProblems(r);
  // What could be read is still summarised, and the count of problems stated.
  CHECK_THAT(r.out, Catch::Contains("staff.csv: 22 staff"));
  CHECK_THAT(r.out, Catch::Contains("ties.csv: 9 answers, 1 of them naming someone not in staff.csv"));
  CHECK_THAT(r.out, Catch::Contains("16 problems"));
}

TEST_CASE("run and validate list the same problems as check-org", "[cli][check-org]") {
  expectPlantedProblems(runCli("validate " + std::string(SAMSIM_SOURCE_DIR) +
                               "/examples/own-organisation/scenario.yaml" + fromFiles(kBad)));
  const auto out = scratchDir("check_org_run");
  expectPlantedProblems(runCli("run " + std::string(SAMSIM_SOURCE_DIR) +
                               "/examples/own-organisation/scenario.yaml" + fromFiles(kBad) + " -n 1 -q -o " +
                               out.string()));
  CHECK(!fs::exists(out / "manifest.json"));
}

TEST_CASE("check-org lists 50 problems, then how many more", "[cli][check-org]") {
  const auto dir = scratchDir("check_org_many");
  for (const char* f : {"units.csv", "ties.csv"}) fs::copy_file(kGood + "/" + f, dir / f);
  std::string staff = readText(kGood + "/staff.csv");
  for (int i = 0; i < 70; ++i) staff += "x" + std::to_string(i) + ",H1,staff,old\n";  // lines 26..95
  write(dir / "staff.csv", staff);
  const auto r = runCli("check-org " + dir.string());
  CHECK(r.exitCode == 2);
  CHECK(lines(r.err) == 51);
  CHECK_THAT(r.err, Catch::Contains((dir / "staff.csv").string() + ":26: tenure 'old' is not a number"));
  CHECK_THAT(r.err, Catch::Contains((dir / "staff.csv").string() + ":75: tenure 'old'"));
  CHECK(r.err.find(":76: tenure") == std::string::npos);
  CHECK_THAT(r.err, Catch::EndsWith("samsim: error: … and 20 more problems\n"));
}

TEST_CASE("check-org without a survey, and without a folder", "[cli][check-org]") {
  const auto dir = scratchDir("check_org_no_ties");
  for (const char* f : {"units.csv", "staff.csv"}) fs::copy_file(kGood + "/" + f, dir / f);
  const auto r = runCli("check-org " + dir.string());
  CHECK(r.exitCode == 0);
  CHECK_THAT(r.out, Catch::Contains(
                        "ties: no ties.csv; the whole network is formed by the model's formation rules"));

  for (const std::string& missing : {(dir / "nowhere").string(), (dir / "units.csv").string()}) {
    const auto bad = runCli("check-org " + missing);
    CHECK(bad.exitCode == 2);
    CHECK(lines(bad.err) == 1);
    CHECK_THAT(bad.err,
               Catch::Contains("expected a folder holding units.csv, staff.csv and optionally ties.csv"));
  }
  fs::remove(dir / "staff.csv");
  const auto noStaff = runCli("check-org " + dir.string());
  CHECK(noStaff.exitCode == 2);
  CHECK(noStaff.err ==
        "samsim: error: " + (dir / "staff.csv").string() + ": cannot open the CSV file (no such file)\n");
}

TEST_CASE("init writes every required key under a comment, and the file validates and runs", "[cli][init]") {
  const auto dir = scratchDir("init_plain");
  const auto file = dir / "starter.yaml";
  const auto r = runCli("init --out " + file.string());
  REQUIRE(r.exitCode == 0);
  const std::string text = readText(file);
  for (const auto& e : samsim::models::scenarioSchema().entries()) {
    if (!e.info.required) continue;
    const std::string key = e.info.path.substr(e.info.path.rfind('.') + 1);
    INFO(e.info.path);
    // The key's line follows its description, which opens with the schema's own words.
    const auto doc = text.find("# " + e.info.doc.substr(0, 30));
    REQUIRE(doc != std::string::npos);
    std::istringstream after(text.substr(doc));
    std::string line;
    while (std::getline(after, line) && line.find_first_not_of(' ') != std::string::npos &&
           line[line.find_first_not_of(' ')] == '#') {
    }
    CHECK(line.substr(line.find_first_not_of(' ')).rfind(key + ": ", 0) == 0);
    if (!e.info.unit.empty()) CHECK_THAT(text, Catch::Contains("Unit: " + e.info.unit + "."));
  }
  CHECK_THAT(text, Catch::Contains("name: starter\n"));
  CHECK_THAT(text, Catch::Contains("Required (samsim's own default: 460)"));
  const auto v = runCli("validate " + file.string());
  CHECK(v.exitCode == 0);
  CHECK_THAT(v.out, Catch::Contains("valid (scenario 'starter', 460 days, 15000 staff)"));
  const auto run = runCli("run " + file.string() + " -n 1 -q --set municipality.staff=300 --set days=20 -o " +
                          (dir / "out").string());
  CHECK(run.exitCode == 0);
  CHECK(fs::exists(dir / "out" / "manifest.json"));
}

TEST_CASE("init --from points at the organisation and takes its staff and sectors", "[cli][init]") {
  const auto dir = scratchDir("init_from");
  fs::create_directories(dir / "org");
  for (const char* f : {"units.csv", "staff.csv", "ties.csv"})
    fs::copy_file(kGood + "/" + f, dir / "org" / f);
  const auto file = dir / "scenarios" / "ours.yaml";
  fs::create_directories(file.parent_path());
  const auto r = runCli("init --from " + (dir / "org").string() + " --out " + file.string());
  INFO(r.err);
  REQUIRE(r.exitCode == 0);
  CHECK_THAT(r.out, Catch::Contains("24 staff"));
  const std::string text = readText(file);
  CHECK_THAT(text, Catch::Contains("    units: \"../org/units.csv\"\n"));  // relative to the scenario
  CHECK_THAT(text, Catch::Contains("    ties: \"../org/ties.csv\"\n"));
  CHECK_THAT(text, Catch::Contains("  staff: 24\n"));
  CHECK_THAT(text, Catch::Contains("  sectors: [Helse, Oppvekst, Organisasjon]\n"));
  const auto v = runCli("validate " + file.string());
  CHECK(v.exitCode == 0);
  CHECK_THAT(v.out, Catch::Contains("valid (scenario 'ours', 460 days, 24 staff)"));
  const auto run = runCli("run " + file.string() + " -n 1 -q --set days=20 -o " + (dir / "out").string());
  CHECK(run.exitCode == 0);
  CHECK_THAT(readText(dir / "out" / "manifest.json"), Catch::Contains("\"respondents\": 5"));
}

TEST_CASE("init refuses to overwrite a file unless --force, and refuses bad organisation files",
          "[cli][init]") {
  const auto dir = scratchDir("init_refuse");
  const auto file = dir / "s.yaml";
  write(file, "mine\n");
  const auto again = runCli("init --out " + file.string());
  CHECK(again.exitCode == 2);
  CHECK(again.err == "samsim: error: " + file.string() +
                         ": the file exists; expected a new file (--force overwrites it)\n");
  CHECK(readText(file) == "mine\n");
  CHECK(runCli("init --force --out " + file.string()).exitCode == 0);
  CHECK(readText(file).rfind("# samsim scenario", 0) == 0);

  const auto bad = dir / "bad.yaml";
  expectPlantedProblems(runCli("init --from " + kBad + " --out " + bad.string()));
  CHECK(!fs::exists(bad));
}

TEST_CASE("init --all writes every other key at its default", "[cli][init]") {
  const auto dir = scratchDir("init_all");
  REQUIRE(runCli("init --out " + (dir / "plain.yaml").string()).exitCode == 0);
  REQUIRE(runCli("init --all --out " + (dir / "all.yaml").string()).exitCode == 0);
  CHECK(runCli("validate " + (dir / "all.yaml").string()).exitCode == 0);
  // Uncomment every line that is a key or a section of the schema at its place in the file (not
  // a description that happens to start with "word:"): the scenario is the same, key for key.
  const auto& schema = samsim::models::scenarioSchema();
  const auto isSection = [&](const std::string& path) {
    return std::any_of(schema.entries().begin(), schema.entries().end(),
                       [&](const auto& e) { return e.info.path.rfind(path + ".", 0) == 0; });
  };
  std::istringstream in(readText(dir / "all.yaml"));
  std::vector<std::string> sections;
  std::string active;
  std::size_t keys = 0;
  for (std::string line; std::getline(in, line);) {
    if (const auto m = settingLine(line)) {
      sections.resize(std::min(m->indent.size() / 2, sections.size()));
      std::string path;
      for (const auto& s : sections) path += s + ".";
      path += m->key;
      if (!m->value && isSection(path)) {
        sections.push_back(m->key);
        line = m->indent + m->key + ":";
      } else if (m->value && schema.isKnown(path)) {
        keys += m->commented ? 1 : 0;
        line = m->indent + m->key + ":" + *m->value;
      }
    }
    active += line + "\n";
  }
  write(dir / "active.yaml", active);
  std::size_t optional = 0;
  for (const auto& e : schema.entries()) optional += e.info.required ? 0 : 1;
  CHECK(keys == optional);
  const auto plain = samsim::models::loadScenario(dir / "plain.yaml", {});
  auto all = samsim::models::loadScenario(dir / "active.yaml", {});
  all.name = plain.name;  // the file's name
  CHECK(schema.toJson(all) == schema.toJson(plain));
}

TEST_CASE("check-org and init have help", "[cli][check-org][init]") {
  const auto c = runCli("check-org --help");
  CHECK(c.exitCode == 0);
  CHECK_THAT(c.out, Catch::Contains("Usage: samsim check-org [OPTIONS] DIR"));
  const auto i = runCli("init --help");
  CHECK(i.exitCode == 0);
  CHECK_THAT(i.out, Catch::Contains("--from"));
  CHECK_THAT(i.out, Catch::Contains("--force"));
  CHECK_THAT(runCli("--help").out, Catch::Contains("check-org"));
}
