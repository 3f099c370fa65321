// The formal organisation's line units (models/organisation/organisation.cpp): a sector's units at the
// reference size, and a scale model's units, which keep the reference organisation's unit size.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "models/organisation/organisation.hpp"
#include "models/scenario/scenario.hpp"

using namespace samsim::models;

namespace {

const std::string kScenario = std::string(SAMSIM_SOURCE_DIR) + "/scenarios/normal/line-only.yaml";

int total(const std::vector<int>& sizes) {
  return std::accumulate(sizes.begin(), sizes.end(), 0);
}

// Each sector's number of units and line staff, against hand-computed values.
void checkSectors(const std::vector<std::vector<int>>& units, const std::vector<std::size_t>& counts,
                  const std::vector<int>& staff) {
  REQUIRE(units.size() == counts.size());
  for (std::size_t k = 0; k < units.size(); ++k) {
    INFO("sector " << k);
    CHECK(units[k].size() == counts[k]);
    CHECK(total(units[k]) == staff[k]);
  }
}

}  // namespace

TEST_CASE("a scale model apportions whole units of unit size to the sectors by share",
          "[models][organisation]") {
  // 1,500 staff, the seven default sectors (shares .40 .35 .08 .04 .04 .04 .05): central staff
  // 120 · 1,500/15,000 = 12, one advisor per sector, so 1 + 12 + 7·2 = 27 overhead and 1,473
  // line staff; 1,473/21 → 70 units of 21 with 3 persons over. Quotas 28, 24.5, 5.6, 2.8, 2.8,
  // 2.8, 3.5: floors 66, the four left go to the remainders .8, .8, .8, .6. The 3 extra persons
  // go to units 23, 46 and 69 (counted over the whole organisation): one in each of the two large
  // sectors and one in the last.
  const Scenario s = loadScenario(kScenario, {"municipality.staff=1500"});
  const auto units = lineUnitsBySector(s);
  checkSectors(units, {28, 24, 6, 3, 3, 3, 3}, {589, 505, 126, 63, 63, 63, 64});
  CHECK(units[0][23] == 22);
  CHECK(units[1][46 - 28] == 22);
  CHECK(units[6][2] == 22);
}

TEST_CASE("a sector raised to one unit takes no remainder unit", "[models][organisation]") {
  // 500 staff: central staff 120 · 500/15,000 = 4, one advisor per sector, so 1 + 4 + 7·2 = 19
  // overhead and 481 line staff; 481/21 → 23 units of 20 with 21 persons over. Quotas 9.2, 8.05,
  // 1.84, 0.92, 0.92, 0.92, 1.15: floors 9, 8, 1, the three sectors of 0.92 raised to 1, and 1 —
  // 22 units; the one left goes to the largest remainder, 0.84 (third sector), not to a raised
  // sector (which already has more than its quota). Every unit but two has 21 staff: the running
  // share of the 21 extra persons does not step at units 0 and 11.
  const Scenario s = loadScenario(kScenario, {"municipality.staff=500"});
  const auto units = lineUnitsBySector(s);
  checkSectors(units, {9, 8, 2, 1, 1, 1, 1}, {188, 167, 42, 21, 21, 21, 21});
  CHECK(units[0][0] == 20);
  CHECK(units[1][11 - 9] == 20);
}

TEST_CASE("at the reference size a sector's line staff follow its share", "[models][organisation]") {
  // 15,000 staff: 1 + 120 + 7·7 = 170 overhead, 14,830 line staff; the first sector has
  // round(.40 · 14,830) = 5,932 of them in round(5,932/21) = 282 units (10 of 22, 272 of 21).
  const Scenario s = loadScenario(kScenario, {});
  const auto units = lineUnitsBySector(s);
  CHECK(units[0].size() == 282);
  CHECK(total(units[0]) == 5932);
  CHECK(std::count(units[0].begin(), units[0].end(), 22) == 10);
}

TEST_CASE("a scale model's units differ by at most one person and hold all line staff",
          "[models][organisation]") {
  for (const int staff : {174, 300, 500, 700, 1500, 3000, 8444, 9000, 14999}) {
    for (const int sectors : {2, 7, 12}) {
      const Scenario s = loadScenario(kScenario, {"municipality.staff=" + std::to_string(staff),
                                                  "municipality.sectors=" + std::to_string(sectors)});
      INFO(staff << " staff, " << sectors << " sectors");
      const auto units = lineUnitsBySector(s);
      REQUIRE(static_cast<int>(units.size()) == sectors);
      int lo = 1 << 30, hi = 0, line = 0;
      for (const auto& sector : units) {
        CHECK_FALSE(sector.empty());
        for (const int size : sector) {
          lo = std::min(lo, size);
          hi = std::max(hi, size);
        }
        line += total(sector);
      }
      CHECK(hi - lo <= 1);
      CHECK(lo >= 2);
      // Counts follow the shares: a larger share never has fewer units; when every quota is at
      // least one unit, largest remainder keeps each sector within one unit of its quota (with
      // fewer units, the smallest sectors get one each and the largest give up units for them).
      double shareSum = 0;
      for (const auto& sec : s.municipality.sectors) shareSum += sec.share;
      int U = 0;
      for (const auto& sector : units) U += static_cast<int>(sector.size());
      double smallest = 1.0;
      for (const auto& sec : s.municipality.sectors) smallest = std::min(smallest, sec.share / shareSum);
      for (std::size_t k = 0; k < units.size(); ++k) {
        const double quota = s.municipality.sectors[k].share / shareSum * U;
        if (smallest * U >= 1.0) CHECK(std::abs(static_cast<double>(units[k].size()) - quota) < 1.0);
        for (std::size_t j = 0; j < units.size(); ++j)
          if (s.municipality.sectors[k].share > s.municipality.sectors[j].share)
            CHECK(units[k].size() >= units[j].size());
      }
      const int overhead = 1 + effectiveCentralStaff(s) + sectors * (1 + effectiveSectorAdvisors(s));
      CHECK(line == staff - overhead);
    }
  }
}

TEST_CASE("no unit is a leader alone, even with units of two", "[models][organisation]") {
  // municipality.unit_size = 2 and an odd line staff: the nearest whole number of units would
  // round up and leave one unit of one person; the count is capped so every unit has two or more.
  for (const std::string staff : {"301", "302", "15000", "15001"}) {
    const Scenario s = loadScenario(kScenario, {"municipality.staff=" + staff, "municipality.unit_size=2"});
    INFO(staff << " staff");
    int lo = 1 << 30;
    for (const auto& sector : lineUnitsBySector(s))
      for (const int size : sector) lo = std::min(lo, size);
    CHECK(lo >= 2);
  }
}
