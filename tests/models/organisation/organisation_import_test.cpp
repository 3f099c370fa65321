// An organisation read from files (models/organisation/organisation_import.cpp,
// organisation_import_build.cpp): the exact round trip through the export (network_export.cpp), completion of
// a partial survey, and one error naming file and line for each kind of unusable row.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include "models/make_world.hpp"
#include "models/mechanisms/mechanisms.hpp"
#include "models/municipality_model.hpp"
#include "models/organisation/organisation.hpp"
#include "models/organisation/organisation_import.hpp"
#include "models/outputs/network_export.hpp"
#include "sim/input_error.hpp"
#include "sim/input_errors.hpp"

namespace fs = std::filesystem;
using namespace samsim;
using namespace samsim::models;

namespace {

const std::string kScenario = std::string(SAMSIM_SOURCE_DIR) + "/scenarios/designs/coordinator-group.yaml";
const std::vector<std::string> kSmall = {"municipality.staff=240", "municipality.sectors=4", "days=60",
                                         "warmup_days=20", "crisis.start_day=20"};

fs::path scratch(const std::string& name) {
  auto dir = fs::temp_directory_path() / ("samsim_import_" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::vector<std::string> fromFiles(const fs::path& dir, bool ties = true) {
  std::vector<std::string> o = kSmall;
  o.push_back("organisation.from.units=" + (dir / "units.csv").string());
  o.push_back("organisation.from.staff=" + (dir / "staff.csv").string());
  if (ties) o.push_back("organisation.from.ties=" + (dir / "ties.csv").string());
  return o;
}

World generated(const Scenario& s, std::uint64_t seed) {
  REQUIRE(!s.organisation.data);
  return makeWorld(s, seed);
}

World imported(const Scenario& s, std::uint64_t seed) {
  REQUIRE(s.organisation.data);
  return makeWorld(s, seed);
}

fs::path exportAtDayZero(const World& w, const std::string& name) {
  auto dir = scratch(name);
  for (const auto& [file, content] : networkSnapshot(w, 0)) write(dir / file, content);
  return dir;
}

}  // namespace

TEST_CASE("an exported organisation imports to the same initial state, and runs the same", "[import]") {
  const Scenario original = loadScenario(kScenario, kSmall);
  const World a = generated(original, 7);
  const fs::path dir = exportAtDayZero(a, "roundtrip");
  // The generated organisation is a scale model of the default reference size; the import is its
  // own reference unless told otherwise, so the copy states the original's.
  auto overrides = fromFiles(dir);
  overrides.push_back("municipality.reference_staff=" + std::to_string(original.municipality.referenceStaff));
  const Scenario copy = loadScenario(kScenario, overrides);
  const World b = imported(copy, 7);
  CHECK(loadScenario(kScenario, fromFiles(dir)).municipality.referenceStaff == 240);  // own size by default

  REQUIRE(b.agents.size() == a.agents.size());
  REQUIRE(b.units.size() == a.units.size());
  CHECK(b.sectors == a.sectors);
  CHECK(b.orgSector == a.orgSector);
  CHECK(b.municipalDirector == a.municipalDirector);
  CHECK(b.centralStaff == a.centralStaff);
  for (std::size_t u = 0; u < a.units.size(); ++u) {
    CHECK(b.units[u].first == a.units[u].first);
    CHECK(b.units[u].count == a.units[u].count);
    CHECK(b.units[u].leader == a.units[u].leader);
    CHECK(b.units[u].central == a.units[u].central);
    CHECK(b.units[u].area == a.units[u].area);
  }
  CHECK(b.line.areaHead == a.line.areaHead);
  CHECK(b.line.leadershipGroup == a.line.leadershipGroup);
  CHECK(b.agents.role == a.agents.role);
  CHECK(b.agents.affiliation == a.agents.affiliation);
  CHECK(b.agents.tenure == a.agents.tenure);
  CHECK(b.agents.knowledge == a.agents.knowledge);
  CHECK(b.agents.visibilityDraw == a.agents.visibilityDraw);
  CHECK(b.agents.competence == a.agents.competence);
  // Every tie slot: partner, weight, floor and day of last update.
  int ties = 0;
  for (int i = 0; i < a.agents.size(); ++i)
    for (int k = 0; k < a.ties.slots(); ++k) {
      const TieSlot& x = a.ties.row(i)[k];
      const TieSlot& y = b.ties.row(i)[k];
      ties += x.other >= 0 ? 1 : 0;
      REQUIRE(y.other == x.other);
      REQUIRE(y.weight == x.weight);
      REQUIRE(y.floor == x.floor);
      REQUIRE(y.day == x.day);
    }
  CHECK(ties > 1000);

  const auto runA = runMunicipality(original, sim::ReplicateSpec{0, 7});
  const auto runB = runMunicipality(copy, sim::ReplicateSpec{0, 7});
  REQUIRE(runA.summary.size() == runB.summary.size());
  for (std::size_t k = 0; k < runA.summary.size(); ++k) {
    INFO(runA.summary[k].first);
    const double x = runA.summary[k].second;
    const double y = runB.summary[k].second;
    CHECK((x == y || (std::isnan(x) && std::isnan(y))));
  }
}

TEST_CASE("a partial survey keeps its answers and forms ties only for non-respondents", "[import]") {
  const auto dir = scratch("survey");
  write(dir / "units.csv",
        "id,name,sector,parent,kind\nS1,Staff A,A,C,sector_staff\nL1,Line A,A,S1,line\n"
        "S2,Staff B,B,C,sector_staff\nC,Central,B,,central_staff\nL2,Line B,B,S2,line\n");
  std::string staff =
      "id,unit,role,tenure\nda,S1,director,10\ndb,S2,director,9\nmd,C,municipal_director,12\n"
      "cc,C,communications,4\nla,L1,unit_leader,6\nlb,L2,unit_leader,5\n";
  for (int i = 0; i < 10; ++i)
    staff += "a" + std::to_string(i) + ",L1,staff,3\nb" + std::to_string(i) + ",L2,staff,2\n";
  write(dir / "staff.csv", staff);
  // a0 and b0 answered; a0 names a colleague in B weakly (directed: b0 did not name a0).
  write(dir / "ties.csv",
        "source,target,weight,kind\na0,b3,0.3,advice\na0,a1,0.9,collaboration\nb0,b1,0.6,advice\n");
  const Scenario s = loadScenario(kScenario, fromFiles(dir));
  const OrganisationData& d = *s.organisation.data;
  CHECK(d.respondents == 2);
  CHECK(s.municipality.staff == 26);
  REQUIRE(d.sectors == std::vector<std::string>{"A", "B"});  // the central staff's sector last
  const World w = imported(s, 3);
  auto agent = [&](const std::string& id) {
    for (std::size_t k = 0; k < d.staff.size(); ++k)
      if (d.staff[k].id == id) return static_cast<int>(k);
    return -1;
  };
  // The leader comes first in its unit, whatever the file's order.
  CHECK(w.units[static_cast<std::size_t>(w.agents.unit[static_cast<std::size_t>(agent("la"))])].leader ==
        agent("la"));
  CHECK(w.ties.weight(agent("a0"), agent("b3"), 0) == 0.3);
  CHECK(w.ties.weight(agent("b3"), agent("a0"), 0) == 0.3);  // the store is symmetric
  CHECK(w.ties.weight(agent("a0"), agent("a1"), 0) == 0.9);
  CHECK(w.ties.row(agent("a0"))[0].floor == s.network.unitFloor);  // unit colleagues keep the floor
  // A non-respondent has ties formed (a unit leader tie at least); the respondents' own answers stay.
  CHECK(w.ties.weight(agent("a5"), agent("la"), 0) > 0.0);
  CHECK(w.ties.consistent(0));
  const auto report = describeImport(s, 3);
  CHECK(report["respondents"] == 2);
  CHECK(report["imputed_ties"].get<long long>() > 0);
  CHECK(report["files"].size() == 3);
  CHECK(report["files"][0]["sha256"].get<std::string>().size() == 64);
}

TEST_CASE("SHA-256 of a file is the standard digest", "[import]") {
  const auto dir = scratch("hash");
  write(dir / "abc", "abc");
  CHECK(sha256File(dir / "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("every kind of unusable row is an error naming file and line", "[import]") {
  const Scenario original = loadScenario(kScenario, kSmall);
  const fs::path good = exportAtDayZero(generated(original, 1), "good");
  struct Case {
    std::string file, find, replace, message;
  };
  // Each case edits one line of a good export (line numbers as the files are written).
  const std::vector<Case> cases = {
      {"staff.csv", "\np3,u1,", "\np3,nowhere,", "staff.csv:5: unit 'nowhere' is not in"},
      {"staff.csv", "\np3,u1,", "\np2,u1,", "staff.csv:5: duplicate person id 'p2' (first on line 4)"},
      {"staff.csv", "\np3,u1,staff,", "\np3,u1,staff,-1",
       "staff.csv:5: tenure '-10' is not a number in [0, 60]"},
      {"staff.csv", "\np3,u1,staff,", "\np3,u1,boss,", "staff.csv:5: role 'boss' is unknown"},
      {"staff.csv", "\np3,u1,staff,", "\np3,u1,unit_leader,",
       "staff.csv:5: 'p3' is a second unit_leader of unit 'u1' (the first is"},
      {"units.csv", "\nu1,", "\nu0,", "units.csv:3: duplicate unit id 'u0' (first on line 2)"},
      {"units.csv", "\nu1,", "\nu1x,", "staff.csv"},  // its staff now name an unknown unit
      {"units.csv", ",line\n", ",branch\n", "units.csv:3: kind 'branch' is unknown"},
      {"units.csv", ",u0,line\n", ",u1,line\n", "units.csv:3: unit 'u1' is its own parent"},
      {"units.csv", ",u14,sector_staff\n", ",u1,sector_staff\n",
       "units.csv:2: unit 'u0' is its own ancestor"},
      {"ties.csv", "\np0,p1,", "\np0,ghost,", "ties.csv:2: target 'ghost' is nobody in"},
      {"ties.csv", "\np0,p1,", "\np0,p0,", "ties.csv:2: a tie from 'p0' to itself"},
      {"ties.csv", "\np0,p1,0.", "\np0,p1,1.", "ties.csv:2: weight"},
      {"ties.csv", "\np0,p1,0.", "\np0,p1,x0.", "ties.csv:2: weight 'x0."},
  };
  for (const auto& c : cases) {
    INFO(c.file << ": " << c.replace);
    const auto dir = scratch("bad");
    for (const char* f : {"units.csv", "staff.csv", "ties.csv"}) fs::copy_file(good / f, dir / f);
    std::ifstream in(dir / c.file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto at = text.find(c.find);
    REQUIRE(at != std::string::npos);
    text.replace(at, c.find.size(), c.replace);
    write(dir / c.file, text);
    try {
      (void)loadScenario(kScenario, fromFiles(dir));
      FAIL("no error");
    } catch (const sim::InputError& e) {
      CHECK_THAT(e.what(), Catch::Contains(c.message));
      CHECK(std::string(e.what()).find('\n') == std::string::npos);
    }
  }
}

TEST_CASE("a missing or unreadable organisation file is named with the reason", "[import]") {
  const Scenario original = loadScenario(kScenario, kSmall);
  const fs::path good = exportAtDayZero(generated(original, 1), "missing_good");
  const auto dir = scratch("missing");
  fs::copy_file(good / "units.csv", dir / "units.csv");
  fs::copy_file(good / "ties.csv", dir / "ties.csv");
  CHECK_THROWS_WITH(loadScenario(kScenario, fromFiles(dir)),
                    (dir / "staff.csv").string() + ": cannot open the CSV file (no such file)");
  fs::create_directory(dir / "staff.csv");
  CHECK_THROWS_WITH(loadScenario(kScenario, fromFiles(dir)),
                    Catch::Contains("staff.csv: cannot open the CSV file (it is a directory)"));
}

TEST_CASE("an exported tie store must fit its slots", "[import]") {
  const Scenario original = loadScenario(kScenario, kSmall);
  const fs::path dir = exportAtDayZero(generated(original, 1), "slots");
  std::ifstream in(dir / "ties.csv");
  std::string header, first;
  std::getline(in, header);
  std::getline(in, first);  // line 2: source,target,weight,floor,set_day,set_weight,source_slot,target_slot
  const std::string source = first.substr(0, first.find(','));
  const std::string sourceSlot = first.substr(first.rfind(',', first.rfind(',') - 1) + 1,
                                              first.rfind(',') - first.rfind(',', first.rfind(',') - 1) - 1);
  auto fails = [&](const std::string& line, const std::string& message) {
    const auto copy = scratch("slots_bad");
    for (const char* f : {"units.csv", "staff.csv", "ties.csv"}) fs::copy_file(dir / f, copy / f);
    std::ofstream(copy / "ties.csv", std::ios::app) << line << "\n";
    const std::string text = [&] {
      std::ifstream t(copy / "ties.csv");
      return std::string((std::istreambuf_iterator<char>(t)), std::istreambuf_iterator<char>());
    }();
    const auto lineNo = std::count(text.begin(), text.end(), '\n');
    try {
      (void)loadScenario(kScenario, fromFiles(copy));
      FAIL("no error");
    } catch (const sim::InputError& e) {
      CHECK_THAT(e.what(), Catch::Contains("ties.csv:" + std::to_string(lineNo) + ": " + message));
    }
  };
  fails("p100,p200,0.5,0,0,0.5,99,0", "slot 99 is beyond network.max_ties (24)");
  fails(source + ",p239,0.5,0,0,0.5," + sourceSlot + ",23",
        "slot " + sourceSlot + " of '" + source + "' is already taken on line 2");
}

TEST_CASE("survey answers beyond network.max_ties give way and are counted", "[import]") {
  const auto dir = scratch("max_ties");
  write(dir / "units.csv",
        "id,name,sector,parent,kind\nS1,Staff A,A,C,sector_staff\nL1,Line A,A,S1,line\n"
        "S2,Staff B,B,C,sector_staff\nC,Central,B,,central_staff\n");
  const std::vector<std::string> people = {"da", "la", "a1", "a2", "a3", "a4", "a5", "db", "md", "cc"};
  write(dir / "staff.csv",
        "id,unit,role,tenure\nda,S1,director,10\nla,L1,unit_leader,6\na1,L1,staff,3\na2,L1,staff,3\n"
        "a3,L1,staff,3\na4,L1,staff,3\na5,L1,staff,3\ndb,S2,director,9\nmd,C,municipal_director,12\n"
        "cc,C,communications,4\n");
  // Everyone answers (a ring of strong ties), so nothing is imputed; a1 also names four more people
  // weakly and so has 2 + 4 = 6 ties, two more than its 4 slots: two pairs give way.
  std::string ties = "source,target,weight\n";
  for (std::size_t k = 0; k < people.size(); ++k)
    ties += people[k] + "," + people[(k + 1) % people.size()] + ",1\n";
  for (const char* other : {"a4", "db", "md", "cc"}) ties += std::string("a1,") + other + ",0.2\n";
  write(dir / "ties.csv", ties);
  auto overrides = fromFiles(dir);
  for (const char* o : {"network.max_ties=4", "network.unit_ties=0", "network.sector_ties=0"})
    overrides.push_back(o);
  const Scenario s = loadScenario(kScenario, overrides);
  REQUIRE(s.organisation.data->respondents == 10);
  const auto report = describeImport(s, 1);
  CHECK(report["imputed_ties"] == 0);
  CHECK(report["survey_pairs"] == 14);
  CHECK(report["survey_pairs_dropped"] == 2);
}

TEST_CASE("every problem of the files is found in one pass", "[import]") {
  const auto dir = scratch("all_problems");
  write(dir / "units.csv",
        "id,name,sector,parent,kind\nS1,Staff A,A,C,sector_staff\nL1,Line A,A,S1,line\n"
        "C,Central,B,,central_staff\nS2,Staff B,B,C,sector_staff\nL2,Line B,B,S2,annex\n");
  write(dir / "staff.csv",
        "id,unit,role,tenure\nda,S1,director,10\nla,L1,unit_leader,x\nmd,C,municipal_director,12\n"
        "db,S2,director,9\nlb,L2,unit_leader,5\nzz,L9,staff,1\n");
  write(dir / "ties.csv", "source,target,weight\nla,md,0.5\nlb,md,0.5\nmd,nobody,0.5\n");
  const auto check = checkOrganisation({dir / "units.csv", dir / "staff.csv", dir / "ties.csv"}, 6, 24);
  std::vector<std::string> found;
  for (const auto& p : check.problems)
    found.push_back(fs::path(p.file).filename().string() + ":" + std::to_string(p.line));
  // L2's kind; la's tenure; zz's unit; the tie to nobody. Not lb (its unit's row is the problem), not
  // the tie from lb (its row), not the tie from la (a problem of its row only, not of the tie).
  CHECK(found == std::vector<std::string>{"units.csv:6", "staff.csv:3", "staff.csv:7", "ties.csv:4"});
  CHECK(check.tiesToNobody == 1);
  try {
    (void)readOrganisation({dir / "units.csv", dir / "staff.csv", dir / "ties.csv"}, 6, 24);
    FAIL("no error");
  } catch (const sim::InputErrors& e) {
    REQUIRE(e.problems().size() == 4);
    CHECK_THAT(e.what(), Catch::EndsWith("(and 3 more problems)"));
    CHECK_THAT(e.problems()[1], Catch::EndsWith("staff.csv:3: tenure 'x' is not a number in [0, 60]"));
  }
}
