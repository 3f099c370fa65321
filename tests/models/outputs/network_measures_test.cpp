// measureNetwork against hand-computed values on a few ties in the tiny organisation: Burt's
// constraint on present ties (>= 0.05, weighted), sector measures on trusted ties (>= 0.2); the
// cross-area tie strength of those who met in the arena.
#include <catch2/catch.hpp>

#include <cmath>

#include "models/mechanisms/mechanisms.hpp"
#include "tests/models/tiny_world.hpp"

using samsim::models::test::Tiny;

namespace {

std::vector<int> membersOf(const samsim::models::World& w, int sector) {
  std::vector<int> out;
  for (int i = 0; i < w.agents.size(); ++i)
    if (w.agents.sector[static_cast<std::size_t>(i)] == sector) out.push_back(i);
  return out;
}

double sq(double x) {
  return x * x;
}

}  // namespace

TEST_CASE("measureNetwork: constraint, density, bridges, key people by hand", "[models][network]") {
  Tiny t;
  auto& w = t.w;
  const std::vector<int> A = membersOf(w, 0), B = membersOf(w, 1);
  REQUIRE(A.size() >= 3);
  REQUIRE(B.size() >= 2);
  // floor == weight: no decay. Triangle a0-a1-b0, a dyad a2-b1, one forgotten tie a1-b1.
  w.ties.set(A[0], A[1], 0.6, 0, 0.6);
  w.ties.set(A[0], B[0], 0.3, 0, 0.3);
  w.ties.set(A[1], B[0], 0.1, 0, 0.1);  // present, not trusted
  w.ties.set(A[2], B[1], 0.5, 0, 0.5);
  w.ties.set(A[1], B[1], 0.02, 0, 0.02);  // below 0.05: not measured
  samsim::models::measureNetwork(w, w, w.ties, w.network, w.sectorPairTies);

  // p from the triangle's weights: a0 (.6, .3)/.9, a1 (.6, .1)/.7, b0 (.3, .1)/.4.
  const double ca0 = sq(2.0 / 3 + 1.0 / 3 * 1.0 / 4) + sq(1.0 / 3 + 2.0 / 3 * 1.0 / 7);
  const double ca1 = sq(6.0 / 7 + 1.0 / 7 * 3.0 / 4) + sq(1.0 / 7 + 6.0 / 7 * 1.0 / 3);
  const double cb0 = sq(3.0 / 4 + 1.0 / 4 * 6.0 / 7) + sq(1.0 / 4 + 3.0 / 4 * 2.0 / 3);
  CHECK(ca0 == Approx(9.0 / 16 + 9.0 / 49));
  CHECK(w.network.meanConstraint == Approx((ca0 + ca1 + cb0 + 1.0 + 1.0) / 5.0).epsilon(1e-12));

  // Trusted: a0-a1 (within A), a0-b0 and a2-b1 (cross).
  double crossPairs = 0.0;
  int nonEmptyPairs = 0;
  for (int g = 0; g < w.sectors; ++g)
    for (int h = g + 1; h < w.sectors; ++h) {
      const double ng = static_cast<double>(membersOf(w, g).size());
      const double nh = static_cast<double>(membersOf(w, h).size());
      crossPairs += ng * nh;
      nonEmptyPairs += ng > 0 && nh > 0;
    }
  CHECK(w.network.crossDensity == Approx(2.0 / crossPairs));
  CHECK(w.network.crossShare == Approx(2.0 / 3.0));
  CHECK(w.network.pairsWithoutBridge == nonEmptyPairs - 1);  // only A-B is bridged
  // Top 1 % of 24 agents = 1 broker; each bridge has its own broker, so one of two bridges.
  CHECK(w.network.keyPersonShare == Approx(0.5));
  const auto S = static_cast<std::size_t>(w.sectors);
  REQUIRE(w.sectorPairTies.size() == S * S);
  CHECK(w.sectorPairTies[0] == 1.0);                        // A-A
  CHECK(w.sectorPairTies[1] + w.sectorPairTies[S] == 2.0);  // A-B
  CHECK(w.sectorPairTies[S + 1] == 0.0);                    // B-B
}

TEST_CASE("measureNetwork on an empty network reports zeros, not NaN", "[models][network]") {
  Tiny t;
  samsim::models::measureNetwork(t.w, t.w, t.w.ties, t.w.network, t.w.sectorPairTies);
  CHECK(t.w.network.meanConstraint == 0.0);
  CHECK(t.w.network.crossDensity == 0.0);
  CHECK(t.w.network.keyPersonShare == 0.0);
  CHECK(t.w.network.crossShare == 0.0);
}

TEST_CASE("memberCrossSectorStrength: present ties to other areas of those who met, by hand",
          "[models][network]") {
  Tiny t;
  auto& w = t.w;
  const std::vector<int> A = membersOf(w, 0), B = membersOf(w, 1);
  REQUIRE(A.size() >= 3);
  REQUIRE(B.size() >= 2);
  // Nobody has met yet: missing, not 0.
  CHECK(std::isnan(samsim::models::memberCrossSectorStrength(w, w, w.ties, w.hub)));
  w.ties.set(A[0], B[0], 0.8, 0, 0.8);
  w.ties.set(A[0], B[1], 0.3, 0, 0.3);
  w.ties.set(A[0], A[1], 0.9, 0, 0.9);    // same area: not counted
  w.ties.set(A[1], B[0], 0.02, 0, 0.02);  // across areas but below the present threshold (0.05)
  w.ties.set(A[2], B[0], 0.5, 0, 0.5);    // A[2] has not met: not counted
  // B[1] serves area A (as a sector-oriented central advisor serves the area it sits for): its tie
  // to A[0] is within one area.
  w.agents.affiliation[static_cast<std::size_t>(B[1])] = 0;
  w.hub.attended.assign(static_cast<std::size_t>(w.agents.size()), 0);
  for (int id : {A[0], A[1], B[1]}) w.hub.attended[static_cast<std::size_t>(id)] = 1;
  // A[0]: 0.8 (B[0]); A[1]: only a forgotten tie across areas; B[1]: none. (0.8 + 0 + 0) / 3.
  CHECK(samsim::models::memberCrossSectorStrength(w, w, w.ties, w.hub) == Approx(0.8 / 3.0));
  // Ties decay towards their floor: a 0.8 tie with floor 0 after one half-life counts 0.4.
  w.ties.set(A[0], B[0], 0.8, 0, 0.0);
  w.day = static_cast<int>(w.sc().network.halfLifeDays);
  CHECK(samsim::models::memberCrossSectorStrength(w, w, w.ties, w.hub) == Approx(0.4 / 3.0).epsilon(1e-9));
}
