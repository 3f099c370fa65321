// The parents of units.csv must form a tree (models/organisation/organisation_import.cpp,
// checkParents): every kind of break named on its own line, and the check linear in the number of
// units. Before, each unit followed its parents to the top: a chain of 40,000 units took 63 s
// (about 8 × 10^8 steps); it now takes milliseconds.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "models/organisation/organisation_import.hpp"

namespace fs = std::filesystem;
using namespace samsim::models;

namespace {

fs::path scratch(const std::string& name) {
  auto dir = fs::temp_directory_path() / ("samsim_import_parents_" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// The problems of units.csv, as "line: what", and how long the check took.
std::vector<std::string> unitProblems(const fs::path& dir, const std::string& units, double* seconds) {
  std::ofstream(dir / "units.csv") << "id,name,sector,parent,kind\nC,Central,A,,central_staff\n"
                                      "S,Staff,A,C,sector_staff\n"
                                   << units;
  // A leader for every unit, so the only problems are the parents'.
  std::ofstream staff(dir / "staff.csv");
  staff << "id,unit,role,tenure\nmd,C,municipal_director,12\nda,S,director,10\n";
  for (std::size_t at = 0; at < units.size(); at = units.find('\n', at) + 1) {
    const std::string unit = units.substr(at, units.find(',', at) - at);
    staff << "p" << unit << "," << unit << ",unit_leader,5\n";
  }
  staff.close();
  const auto start = std::chrono::steady_clock::now();
  const auto check = checkOrganisation({dir / "units.csv", dir / "staff.csv", {}}, 6, 24);
  *seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::vector<std::string> found;
  for (const auto& p : check.problems)
    if (fs::path(p.file).filename() == "units.csv") found.push_back(std::to_string(p.line) + ": " + p.what);
  return found;
}

constexpr int kLong = 40'000;

}  // namespace

TEST_CASE("a chain of forty thousand units is checked in linear time", "[import]") {
  const auto dir = scratch("chain");
  std::string units = "L0,Line,A,S,line\n";
  for (int i = 1; i < kLong; ++i)
    units += "L" + std::to_string(i) + ",Line,A,L" + std::to_string(i - 1) + ",line\n";
  double seconds = 0;
  CHECK(unitProblems(dir, units, &seconds).empty());
  INFO(seconds << " s");
  CHECK(seconds < 5);  // about 0.1 s; 63 s before

  // The same length as one ring: every unit is its own ancestor, each found once.
  units = "L0,Line,A,L" + std::to_string(kLong - 1) + ",line\n";
  for (int i = 1; i < kLong; ++i)
    units += "L" + std::to_string(i) + ",Line,A,L" + std::to_string(i - 1) + ",line\n";
  const auto ring = unitProblems(dir, units, &seconds);
  CHECK(ring.size() == kLong);
  CHECK(ring.front() == "4: unit 'L0' is its own ancestor; expected parents that form a tree");
  CHECK(seconds < 5);
}

TEST_CASE("each unit whose parents do not end at a root is named once, by kind", "[import]") {
  const auto dir = scratch("kinds");
  double seconds = 0;
  // X0 → X2 → X1 → X0 is a cycle; T1 → T0 → X1 leads into it; Y is its own parent; Z's parent is
  // no unit; W's parent has a problem of its own (its kind), so W's walk stops there; K is fine.
  const auto found = unitProblems(dir,
                                  "T1,Tail,A,T0,line\nX0,Ring,A,X2,line\nX1,Ring,A,X0,line\n"
                                  "X2,Ring,A,X1,line\nT0,Tail,A,X1,line\nY,Self,A,Y,line\n"
                                  "Z,Lost,A,nowhere,line\nB,Bad,A,S,annex\nW,Under bad,A,B,line\n"
                                  "K,Fine,A,S,line\n",
                                  &seconds);
  CHECK(found == std::vector<std::string>{
                     "4: the parents above unit 'T1' form a cycle; expected a tree",
                     "5: unit 'X0' is its own ancestor; expected parents that form a tree",
                     "6: unit 'X1' is its own ancestor; expected parents that form a tree",
                     "7: unit 'X2' is its own ancestor; expected parents that form a tree",
                     "8: the parents above unit 'T0' form a cycle; expected a tree",
                     "9: unit 'Y' is its own parent; expected parents that form a tree",
                     "10: parent 'nowhere' is not a unit id of this file",
                     "11: kind 'annex' is unknown; expected line, sector_staff or central_staff",
                 });
}
