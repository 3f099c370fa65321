// Sector summaries on a hand-sized organisation: two triangles of different sectors joined by one
// tie, plus a one-person sector with no ties at all.
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "analysis/network/sector_summary.hpp"

using samsim::analysis::Edge;
using samsim::analysis::Graph;

namespace {

// Sectors: 0 = {0,1,2}, 1 = {3,4,5}, 2 = {6}. The only cross-sector tie is 2-3.
Graph organisation() {
  return Graph::fromEdges(7, std::vector<Edge>{{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3, 2.0}},
                          false);
}
const std::vector<int> kGroups{0, 0, 0, 1, 1, 1, 2};

}  // namespace

TEST_CASE("tie density matrix, cross-sector density and missing bridges", "[sectors]") {
  const auto s = samsim::analysis::sectorStructure(organisation(), kGroups, 3);
  CHECK(s.size == std::vector<int>{3, 3, 1});
  CHECK(s.tieDensity(0, 0) == Approx(1.0));
  CHECK(s.tieDensity(0, 1) == Approx(1.0 / 9.0));
  CHECK(s.tieDensity(1, 0) == Approx(1.0 / 9.0));
  CHECK(s.tieDensity(0, 2) == 0.0);
  CHECK(std::isnan(s.tieDensity(2, 2)));  // a one-person sector has no inside pairs
  CHECK(s.tieWeight(0, 1) == Approx(2.0));
  // one cross tie over 9 + 3 + 3 cross pairs
  CHECK(s.crossGroupTieDensity == Approx(1.0 / 15.0));
  CHECK(samsim::analysis::crossGroupTieDensity(organisation(), kGroups) == Approx(1.0 / 15.0));
  REQUIRE(s.pairsWithoutBridge.size() == 2);
  CHECK(s.pairsWithoutBridge[0] == std::pair<int, int>{0, 2});
  CHECK(s.pairsWithoutBridge[1] == std::pair<int, int>{1, 2});
  CHECK(std::isnan(s.meanConstraint[2]));  // the isolate has no constraint
}

TEST_CASE("sector means of Burt's measures (unweighted: same as two triangles and a broker)", "[sectors]") {
  const Graph g =
      Graph::fromEdges(6, std::vector<Edge>{{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}}, false);
  const auto s = samsim::analysis::sectorStructure(g, std::vector<int>{0, 0, 0, 1, 1, 1}, 2);
  // Nodes 0, 1: 145/144 (see structural_holes_test); node 2: 11/18.
  CHECK(s.meanConstraint[0] == Approx((2.0 * 145.0 / 144.0 + 11.0 / 18.0) / 3.0));
  CHECK(s.meanEffectiveSize[0] == Approx((1.0 + 1.0 + 7.0 / 3.0) / 3.0));
  CHECK(s.overallMeanConstraint == Approx((2.0 * 145.0 / 144.0 + 11.0 / 18.0) / 3.0));
}

TEST_CASE("bridging concentration and removing the top broker", "[sectors]") {
  const auto s = samsim::analysis::sectorSummary(organisation(), kGroups, 3, 1);
  // Bridging weight: nodes 2 and 3 carry the weight-2 tie; ties broken by lower index.
  CHECK(s.bridging.bridgingWeight[2] == 2.0);
  CHECK(s.bridging.bridgingWeight[3] == 2.0);
  CHECK(s.bridging.topBrokers == std::vector<int>{2});
  CHECK(s.bridging.topShare == Approx(1.0));
  // Gini of (0,0,0,0,0,2,2): sum|xi-xj| / (2 n^2 mean) = 2*2*5*2 / (2*49*4/7) = 5/7.
  CHECK(s.bridging.gini == Approx(5.0 / 7.0));
  // Without node 2, sectors 0 and 1 lose their only bridge, and node 2's pairs leave the count.
  const auto& w = s.withoutTopBrokers;
  CHECK(w.size == std::vector<int>{2, 3, 1});
  CHECK(w.crossGroupTieDensity == 0.0);
  CHECK(w.pairsWithoutBridge.size() == 3);
  CHECK(w.tieDensity(0, 0) == Approx(1.0));
  // Sector 1 becomes a plain triangle, 2 (1/2 + 1/4)^2 = 9/8 each; sector 0 a dyad, 1 each.
  CHECK(w.meanConstraint[1] == Approx(9.0 / 8.0));
  CHECK(w.meanConstraint[0] == Approx(1.0));
  // Before: the weight-2 bridge gives node 3 p = (1/2, 1/4, 1/4): C_3 = 1/4 + 2 (3/8)^2 = 17/32;
  // nodes 4, 5: (1/2 + 1/4)^2 + (1/2 + 1/8)^2 = 61/64.
  CHECK(s.structure.meanConstraint[1] == Approx((17.0 / 32.0 + 2.0 * 61.0 / 64.0) / 3.0));
}

TEST_CASE("bridging share of several brokers counts a tie between two of them once", "[sectors]") {
  // 0(s0)-1(s1) weight 1, 0-2(s2) weight 1, 1-2 weight 2: total cross weight 4.
  const Graph g =
      Graph::fromEdges(4, std::vector<Edge>{{0, 1, 1.0}, {0, 2, 1.0}, {1, 2, 2.0}, {2, 3, 5.0}}, false);
  const std::vector<int> groups{0, 1, 2, 2};
  const auto b1 = samsim::analysis::bridgingConcentration(g, groups, 1);
  CHECK(b1.topBrokers == std::vector<int>{1});  // 1 and 2 both carry 3; lower index first
  CHECK(b1.topShare == Approx(3.0 / 4.0));
  const auto b2 = samsim::analysis::bridgingConcentration(g, groups, 2);
  CHECK(b2.topShare == Approx(1.0));
  const auto b9 = samsim::analysis::bridgingConcentration(g, groups, 9);
  CHECK(b9.topBrokers.size() == 3);  // node 3 bridges nothing, so it is never a top broker
}
