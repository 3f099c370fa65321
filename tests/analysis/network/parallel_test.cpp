// The per-node computations are split into blocks run by the executor; every result must be
// bit-identical to the serial run for any thread count (docs/network-measures.md, determinism).
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <vector>

#include "analysis/network/structural_holes.hpp"
#include "sim/executor.hpp"
#include "sim/random.hpp"

using samsim::analysis::Edge;
using samsim::analysis::Graph;

namespace {

Graph randomGraph(int n, int edges, bool directed, std::uint64_t seed) {
  samsim::sim::RandomStream rng(seed, 0, samsim::sim::purpose("test-random-graph"));
  std::vector<Edge> list;
  for (int e = 0; e < edges; ++e) {
    const auto s = static_cast<int>(rng.below(static_cast<std::uint64_t>(n)));
    const auto t = static_cast<int>(rng.below(static_cast<std::uint64_t>(n)));
    list.push_back({s, t, rng.uniform(0.1, 3.0)});
  }
  return Graph::fromEdges(n, list, directed);
}

bool sameBits(double a, double b) {
  return std::memcmp(&a, &b, sizeof a) == 0;
}

}  // namespace

TEST_CASE("burtMeasures is bit-identical for serial and parallel executors", "[holes][parallel]") {
  for (bool directed : {false, true}) {
    const Graph g = randomGraph(3000, 24000, directed, directed ? 11 : 7);  // > 10 blocks
    const auto serial = samsim::analysis::burtMeasures(g);
    for (int threads : {1, 2, 4}) {
      const auto executor = samsim::sim::makeExecutor(threads);
      const auto parallel = samsim::analysis::burtMeasures(g, executor.get());
      REQUIRE(parallel.size() == serial.size());
      int mismatches = 0;
      for (std::size_t i = 0; i < serial.size(); ++i) {
        const auto& a = serial[i];
        const auto& b = parallel[i];
        if (a.degree != b.degree || !sameBits(a.constraint, b.constraint) ||
            !sameBits(a.effectiveSize, b.effectiveSize) || !sameBits(a.hierarchy, b.hierarchy))
          ++mismatches;
      }
      CHECK(mismatches == 0);
    }
  }
}

TEST_CASE("invariants on random graphs", "[holes]") {
  const Graph g = randomGraph(500, 3000, false, 3);
  const auto m = samsim::analysis::burtMeasures(g);
  const auto c = samsim::analysis::burtConstraint(g);
  for (std::size_t i = 0; i < m.size(); ++i) {
    CHECK(sameBits(m[i].constraint, c[i]));  // the constraint-only path agrees exactly
    if (m[i].degree == 0) continue;
    // Burt: 1/N <= constraint (direct terms alone sum p_ij^2 >= 1/N); 1 <= effective size <= N.
    CHECK(m[i].constraint >= 1.0 / m[i].degree - 1e-12);
    CHECK(m[i].effectiveSize <= m[i].degree + 1e-12);
    CHECK(m[i].effectiveSize >= 1.0 - 1e-12);
    CHECK(m[i].hierarchy >= -1e-12);
    CHECK(m[i].hierarchy <= 1.0 + 1e-12);
  }
}

TEST_CASE("withoutNodes isolates the removed nodes and keeps the rest", "[graph]") {
  const Graph g = Graph::fromEdges(4, std::vector<Edge>{{0, 1}, {1, 2}, {2, 3}, {3, 0}}, false);
  const std::vector<int> removed{1};
  const Graph h = g.withoutNodes(removed);
  CHECK(h.nodeCount() == 4);
  CHECK(h.contactCount(1) == 0);
  CHECK(h.contactCount(0) == 1);
  CHECK(h.tieCount() == 2);
  CHECK(g.tieCount() == 4);
}
