// Gould-Fernandez brokerage: each role on a minimal graph, the null model worked by hand, and a
// brute-force O(n^3) enumeration of open triads as the oracle on random digraphs.
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "analysis/network/brokerage.hpp"
#include "sim/executor.hpp"
#include "sim/random.hpp"

using samsim::analysis::BrokerageRole;
using samsim::analysis::Edge;
using samsim::analysis::gouldFernandez;
using samsim::analysis::Graph;

namespace {

double role(const samsim::analysis::NodeBrokerage& b, BrokerageRole r) {
  return b.observed[static_cast<int>(r)];
}

}  // namespace

TEST_CASE("each Gould-Fernandez role on a two-path a -> j -> b", "[brokerage]") {
  struct Case {
    std::vector<int> groups;  // a, j, b
    BrokerageRole expected;
  };
  const std::vector<Case> cases{{{0, 0, 0}, BrokerageRole::Coordinator},
                                {{0, 1, 0}, BrokerageRole::Itinerant},
                                {{0, 0, 1}, BrokerageRole::Representative},
                                {{0, 1, 1}, BrokerageRole::Gatekeeper},
                                {{0, 1, 2}, BrokerageRole::Liaison}};
  const Graph g = Graph::fromEdges(3, std::vector<Edge>{{0, 1}, {1, 2}}, true);
  for (const Case& c : cases) {
    const auto r = gouldFernandez(g, c.groups, 3);
    for (int k = 0; k < samsim::analysis::kBrokerageRoles; ++k) {
      INFO(samsim::analysis::brokerageRoleName(static_cast<BrokerageRole>(k)));
      CHECK(r.nodes[1].observed[k] == (k == static_cast<int>(c.expected) ? 1.0 : 0.0));
    }
    CHECK(r.nodes[0].total == 0.0);
    CHECK(r.nodes[2].total == 0.0);
  }
}

TEST_CASE("a closed triad brokers nothing; the reverse arc does not close it", "[brokerage]") {
  const std::vector<int> groups{0, 0, 1};
  CHECK(gouldFernandez(Graph::fromEdges(3, std::vector<Edge>{{0, 1}, {1, 2}, {0, 2}}, true), groups, 2)
            .nodes[1]
            .total == 0.0);
  CHECK(gouldFernandez(Graph::fromEdges(3, std::vector<Edge>{{0, 1}, {1, 2}, {2, 0}}, true), groups, 2)
            .nodes[1]
            .total == 1.0);
}

TEST_CASE("null model: expectation, variance and z-score by hand", "[brokerage]") {
  // a(0) -> j(0) -> b(1): n = 3, 2 arcs, d = 1/3, p = d^2 (1-d) = 2/27. j is a representative;
  // eligible pairs: (n_0 - 1)(N - n_0) = 1, so E = 2/27, Var = E (1 - p) = 50/729, z = 25/sqrt(50).
  const auto r = gouldFernandez(Graph::fromEdges(3, std::vector<Edge>{{0, 1}, {1, 2}}, true),
                                std::vector<int>{0, 0, 1}, 2);
  const auto& j = r.nodes[1];
  CHECK(r.density == Approx(1.0 / 3.0));
  CHECK(j.expected[static_cast<int>(BrokerageRole::Representative)] == Approx(2.0 / 27.0));
  CHECK(j.zScore[static_cast<int>(BrokerageRole::Representative)] == Approx(25.0 / std::sqrt(50.0)));
  CHECK(j.expected[static_cast<int>(BrokerageRole::Coordinator)] == 0.0);  // (1)(0) pairs
  CHECK(std::isnan(j.zScore[static_cast<int>(BrokerageRole::Coordinator)]));
  CHECK(j.totalExpected == Approx(2.0 * 2.0 / 27.0));
}

TEST_CASE("undirected graphs count each open triad in both directions", "[brokerage]") {
  const auto r = gouldFernandez(Graph::fromEdges(3, std::vector<Edge>{{0, 1}, {1, 2}}, false),
                                std::vector<int>{0, 1, 0}, 2);
  CHECK(role(r.nodes[1], BrokerageRole::Itinerant) == 2.0);
  const auto s = gouldFernandez(Graph::fromEdges(3, std::vector<Edge>{{0, 1}, {1, 2}}, false),
                                std::vector<int>{0, 0, 1}, 2);
  CHECK(role(s.nodes[1], BrokerageRole::Representative) == 1.0);
  CHECK(role(s.nodes[1], BrokerageRole::Gatekeeper) == 1.0);
}

TEST_CASE("brokerage equals brute-force triad enumeration on random digraphs", "[brokerage]") {
  const int n = 60;
  const int groupCount = 4;
  samsim::sim::RandomStream rng(5, 0, samsim::sim::purpose("test-brokerage"));
  std::vector<Edge> edges;
  std::vector<std::vector<char>> arc(n, std::vector<char>(n, 0));
  for (int e = 0; e < 400; ++e) {
    const auto a = static_cast<int>(rng.below(n));
    const auto b = static_cast<int>(rng.below(n));
    edges.push_back({a, b, 1.0});
    if (a != b) arc[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)] = 1;
  }
  std::vector<int> group(n);
  for (auto& g : group) g = static_cast<int>(rng.below(groupCount));
  const Graph g = Graph::fromEdges(n, edges, true);
  const auto executor = samsim::sim::makeExecutor(2);
  const auto fast = gouldFernandez(g, group, groupCount, executor.get());
  double arcs = 0;
  for (const auto& row : arc)
    for (char x : row) arcs += x;
  CHECK(fast.density == Approx(arcs / (n * (n - 1.0))));
  for (int j = 0; j < n; ++j) {
    samsim::analysis::RoleCounts brute{};
    for (int a = 0; a < n; ++a)
      for (int b = 0; b < n; ++b) {
        if (a == b || a == j || b == j) continue;
        if (!arc[a][j] || !arc[j][b] || arc[a][b]) continue;
        const int ga = group[a], gj = group[j], gb = group[b];
        const int k = ga == gj ? (gj == gb ? 0 : 2) : (gj == gb ? 3 : (ga == gb ? 1 : 4));
        brute[static_cast<std::size_t>(k)] += 1;
      }
    INFO("broker " << j);
    CHECK(fast.nodes[static_cast<std::size_t>(j)].observed == brute);
    // Eligible pairs over all roles add up to all ordered pairs of other nodes.
    double expected = 0;
    for (double e : fast.nodes[static_cast<std::size_t>(j)].expected) expected += e;
    CHECK(expected == Approx(fast.nodes[static_cast<std::size_t>(j)].totalExpected));
  }
}

TEST_CASE("brokerage rejects bad group vectors", "[brokerage]") {
  const Graph g = Graph::fromEdges(2, std::vector<Edge>{{0, 1}}, true);
  CHECK_THROWS_AS(gouldFernandez(g, std::vector<int>{0}, 1), std::invalid_argument);
  CHECK_THROWS_AS(gouldFernandez(g, std::vector<int>{0, 3}, 2), std::invalid_argument);
}
