// Burt's measures on textbook graphs whose values are derived by hand (rational numbers in the
// comments), on the examples networkx tests against (Borgatti 1997), and on every edge case the
// documentation defines.
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "analysis/network/structural_holes.hpp"

using samsim::analysis::Edge;
using samsim::analysis::Graph;
using samsim::analysis::NodeMeasures;

namespace {

constexpr double kTol = 1e-9;

std::vector<NodeMeasures> measure(int n, const std::vector<Edge>& edges, bool directed = false) {
  return samsim::analysis::burtMeasures(Graph::fromEdges(n, edges, directed));
}

void checkNode(const NodeMeasures& m, int degree, double constraint, double effectiveSize, double hierarchy) {
  CHECK(m.degree == degree);
  CHECK(m.constraint == Approx(constraint).margin(kTol));
  CHECK(m.effectiveSize == Approx(effectiveSize).margin(kTol));
  CHECK(m.efficiency == Approx(effectiveSize / degree).margin(kTol));
  CHECK(m.hierarchy == Approx(hierarchy).margin(kTol));
}

// Hierarchy from the local constraints c_ij, straight from Burt (1992) p. 71.
double hierarchyOf(const std::vector<double>& c) {
  double total = 0;
  for (double x : c) total += x;
  const double n = static_cast<double>(c.size());
  double h = 0;
  for (double x : c) h += (x * n / total) * std::log(x * n / total);
  return h / (n * std::log(n));
}

}  // namespace

TEST_CASE("path P3: ends are fully constrained, the middle bridges a hole", "[holes]") {
  const auto m = measure(3, {{0, 1}, {1, 2}});
  checkNode(m[0], 1, 1.0, 1.0, 0.0);
  checkNode(m[1], 2, 0.5, 2.0, 0.0);  // p = 1/2 each, no indirect path: 1/4 + 1/4
  checkNode(m[2], 1, 1.0, 1.0, 0.0);
}

TEST_CASE("star: the centre has constraint 1/k and full efficiency", "[holes]") {
  std::vector<Edge> edges;
  for (int leaf = 1; leaf <= 5; ++leaf) edges.push_back({0, leaf});
  const auto m = measure(6, edges);
  checkNode(m[0], 5, 0.2, 5.0, 0.0);
  for (int leaf = 1; leaf <= 5; ++leaf) checkNode(m[static_cast<std::size_t>(leaf)], 1, 1.0, 1.0, 0.0);
}

TEST_CASE("complete graph K_n: constraint (n-1)((2n-3)/(n-1)^2)^2, effective size 1", "[holes]") {
  for (int n : {3, 4, 7}) {
    std::vector<Edge> edges;
    for (int i = 0; i < n; ++i)
      for (int j = i + 1; j < n; ++j) edges.push_back({i, j, 2.5});  // uniform weight changes nothing
    const auto m = measure(n, edges);
    const double k = n - 1;
    const double c = (2.0 * n - 3.0) / (k * k);
    for (const auto& node : m) checkNode(node, n - 1, k * c * c, 1.0, 0.0);
  }
}

TEST_CASE("two triangles joined by a broker", "[holes]") {
  // {0,1,2} and {4,5,6} are triangles; 3 is tied to 2 and 4 only.
  const auto m = measure(7, {{0, 1}, {1, 2}, {0, 2}, {4, 5}, {5, 6}, {4, 6}, {2, 3}, {3, 4}});
  checkNode(m[3], 2, 0.5, 2.0, 0.0);
  // Node 2: p = 1/3 to 0, 1, 3. c_20 = c_21 = (1/3 + 1/3 * 1/2)^2 = 1/4, c_23 = 1/9 → 11/18.
  // Effective size (Borgatti): n - 2t/n = 3 - 2/3.
  checkNode(m[2], 3, 11.0 / 18.0, 7.0 / 3.0, hierarchyOf({0.25, 0.25, 1.0 / 9.0}));
  checkNode(m[4], 3, 11.0 / 18.0, 7.0 / 3.0, hierarchyOf({0.25, 0.25, 1.0 / 9.0}));
  // Node 0: c_01 = (1/2 + 1/2 * 1/3)^2 = 4/9, c_02 = (1/2 + 1/2 * 1/2)^2 = 9/16 → 145/144.
  checkNode(m[0], 2, 145.0 / 144.0, 1.0, hierarchyOf({4.0 / 9.0, 9.0 / 16.0}));
  CHECK(m[2].hierarchy == Approx(0.0522).margin(1e-4));  // worked by hand to 4 places
}

TEST_CASE("Borgatti (1997) example graph, as in the networkx test suite", "[holes]") {
  // A=0 B=1 C=2 D=3 E=4 F=5 G=6
  const std::vector<Edge> edges{{0, 1}, {0, 5}, {0, 6}, {0, 4}, {4, 6},
                                {5, 6}, {1, 6}, {1, 3}, {3, 6}, {6, 2}};
  const auto m = measure(7, edges);
  // G: 6 contacts with 4 ties among them → 6 - 8/6 (Borgatti: 4.67). A: 4 - 6/4 = 2.5.
  CHECK(m[6].effectiveSize == Approx(14.0 / 3.0).margin(kTol));
  CHECK(m[0].effectiveSize == Approx(2.5).margin(kTol));
  CHECK(m[2].effectiveSize == Approx(1.0).margin(kTol));
  // A: c_AB = c_AE = c_AF = (1/4 + 1/4 * 1/6)^2 = 49/576, c_AG = (1/4 + 1/12 + 1/8 + 1/8)^2 = 196/576.
  CHECK(m[0].constraint == Approx(343.0 / 576.0).margin(kTol));  // networkx: 0.595
  CHECK(m[6].constraint == Approx(0.400).margin(1e-3));          // networkx test value
  CHECK(m[2].constraint == Approx(1.0).margin(kTol));
}

TEST_CASE("Borgatti example, weighted (networkx test values to 3 places)", "[holes]") {
  const std::vector<Edge> edges{{0, 1, 2}, {0, 5, 3}, {0, 6, 5}, {0, 4, 2}, {4, 6, 8},
                                {5, 6, 3}, {1, 6, 4}, {1, 3, 1}, {3, 6, 3}, {6, 2, 10}};
  const auto m = measure(7, edges);
  CHECK(m[6].constraint == Approx(0.299).margin(1e-3));
  CHECK(m[0].constraint == Approx(0.795).margin(1e-3));
  CHECK(m[2].constraint == Approx(1.0).margin(kTol));
  CHECK(m[6].effectiveSize == Approx(5.47).margin(1e-2));
  CHECK(m[0].effectiveSize == Approx(2.47).margin(1e-2));
  CHECK(m[2].effectiveSize == Approx(1.0).margin(kTol));
}

TEST_CASE("directed graph: mutual weight over in- and out-contacts", "[holes]") {
  // networkx's directed fixture: 0->1, 0->2, 1->0, 2->1. z01 = 2, z02 = 1, z12 = 1.
  const auto m = measure(3, {{0, 1}, {0, 2}, {1, 0}, {2, 1}}, true);
  // c_0 = (2/3 + 1/3 * 1/2)^2 + (1/3 + 2/3 * 1/3)^2 = 25/36 + 25/81 = 325/324.
  CHECK(m[0].constraint == Approx(325.0 / 324.0).margin(kTol));
  CHECK(m[1].constraint == Approx(325.0 / 324.0).margin(kTol));
  CHECK(m[2].constraint == Approx(50.0 / 36.0).margin(kTol));
  // e_0 = (1 - 1/3 * 1/2) + (1 - 2/3 * 1) = 7/6 (networkx: 1.167).
  CHECK(m[0].effectiveSize == Approx(7.0 / 6.0).margin(kTol));
  CHECK(m[2].effectiveSize == Approx(1.0).margin(kTol));
  // Weighted: networkx test values 0.840, 1.143, 1.378 and 1.567, 1.083, 1.
  const auto w = measure(3, {{0, 1, 2}, {0, 2, 2}, {1, 0, 1}, {2, 1, 1}}, true);
  CHECK(w[0].constraint == Approx(0.840).margin(1e-3));
  CHECK(w[1].constraint == Approx(1.143).margin(1e-3));
  CHECK(w[2].constraint == Approx(1.378).margin(1e-3));
  CHECK(w[0].effectiveSize == Approx(1.567).margin(1e-3));
  CHECK(w[1].effectiveSize == Approx(1.083).margin(1e-3));
  CHECK(w[2].effectiveSize == Approx(1.0).margin(kTol));
}

TEST_CASE("edge cases: isolates, self-loops, duplicates, zero weights, sinks", "[holes][edge]") {
  SECTION("an isolate has NaN measures and degree 0") {
    const auto m = measure(3, {{0, 1}});
    CHECK(m[2].degree == 0);
    CHECK(std::isnan(m[2].constraint));
    CHECK(std::isnan(m[2].effectiveSize));
    CHECK(std::isnan(m[2].efficiency));
    CHECK(std::isnan(m[2].hierarchy));
  }
  SECTION("self-loops are ignored (igraph); a node with only a loop is an isolate") {
    const auto with = measure(4, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 3, 5.0}, {1, 1}});
    const auto without = measure(4, {{0, 1}, {1, 2}, {2, 0}, {2, 3}});
    for (std::size_t i = 0; i < 4; ++i) CHECK(with[i].constraint == without[i].constraint);
    CHECK(with[2].constraint == Approx(11.0 / 18.0).margin(kTol));  // igraph 0.10: 0.6111
    CHECK(std::isnan(measure(1, {{0, 0}})[0].constraint));
  }
  SECTION("duplicate edges are summed") {
    const auto dup = measure(3, {{0, 1}, {1, 0}, {0, 1}, {1, 2}});
    const auto sum = measure(3, {{0, 1, 3.0}, {1, 2}});
    for (std::size_t i = 0; i < 3; ++i) CHECK(dup[i].constraint == Approx(sum[i].constraint).margin(kTol));
    CHECK(dup[1].constraint == Approx(0.75 * 0.75 + 0.25 * 0.25).margin(kTol));
  }
  SECTION("a zero-weight edge keeps its contact; a node with only zero-weight ties is NaN") {
    const auto m = measure(3, {{0, 1, 1.0}, {1, 2, 0.0}});
    CHECK(m[1].degree == 2);
    CHECK(m[1].constraint == Approx(1.0).margin(kTol));  // (1)^2 + (0 + p_10 p_02)^2, p_02 = 0
    CHECK(m[1].effectiveSize == Approx(2.0).margin(kTol));
    CHECK(m[2].degree == 1);
    CHECK(std::isnan(m[2].constraint));  // igraph: 0/0; networkx 2.8 (undirected): 0
    // Zero-weight contact of a node with other ties (igraph and networkx agree: 13/9).
    const auto z = measure(6, {{0, 1, 1.0}, {1, 2, 2.0}, {0, 2, 0.0}, {2, 3, 1.0}, {3, 4, 0.0}});
    CHECK(z[0].constraint == Approx(13.0 / 9.0).margin(kTol));
  }
  SECTION("a sink in a digraph is measured like any node (igraph; networkx 2.8 gives NaN)") {
    const auto m = measure(3, {{0, 1}, {0, 2}}, true);
    CHECK(m[1].constraint == Approx(1.0).margin(kTol));
    CHECK(m[0].constraint == Approx(0.5).margin(kTol));
  }
  SECTION("invalid weights and indices are rejected") {
    CHECK_THROWS_AS(Graph::fromEdges(2, std::vector<Edge>{{0, 1, -1.0}}, false), std::invalid_argument);
    CHECK_THROWS_AS(Graph::fromEdges(2, std::vector<Edge>{{0, 1, std::nan("")}}, false),
                    std::invalid_argument);
    CHECK_THROWS_AS(Graph::fromEdges(2, std::vector<Edge>{{0, 2, 1.0}}, false), std::invalid_argument);
  }
  SECTION("empty graph") {
    CHECK(measure(0, {}).empty());
  }
}

TEST_CASE("meanConstraint skips undefined nodes", "[holes]") {
  const auto m = measure(4, {{0, 1}, {1, 2}});
  CHECK(samsim::analysis::meanConstraint(m) == Approx((1.0 + 0.5 + 1.0) / 3.0).margin(kTol));
  CHECK(std::isnan(samsim::analysis::meanFinite({})));
}
