#pragma once
// Gould & Fernandez (1989) brokerage roles. Broker j mediates the two-path a -> j -> b (a != b,
// neither equal to j) when the arc a -> b is absent. With g(.) the group of a node:
//   coordinator     g(a) = g(j) = g(b)
//   itinerant       g(a) = g(b) != g(j)       (also called consultant)
//   representative  g(a) = g(j) != g(b)
//   gatekeeper      g(a) != g(j) = g(b)
//   liaison         g(a), g(j), g(b) all different
// Edges count structurally (any listed pair, whatever its weight). An undirected graph is read
// as a symmetric digraph, so every open triad is counted in both directions (as sna::brokerage
// does with symmetric data). Null model as in sna::brokerage: a Bernoulli digraph with the
// observed density d = arcs / (n (n-1)); each eligible ordered pair (a, b) is a brokered path
// with probability d^2 (1 - d), expectation E = pairs * d^2 (1-d), variance E (1 - d^2 (1-d)),
// z = (observed - E) / sqrt(variance) (NaN when the variance is 0).
#include <array>
#include <span>
#include <vector>

#include "analysis/network/graph.hpp"
#include "sim/executor.hpp"

namespace samsim::analysis {

enum class BrokerageRole { Coordinator = 0, Itinerant, Representative, Gatekeeper, Liaison };
inline constexpr int kBrokerageRoles = 5;
const char* brokerageRoleName(BrokerageRole role);

using RoleCounts = std::array<double, kBrokerageRoles>;  // indexed by BrokerageRole

struct NodeBrokerage {
  RoleCounts observed{};
  RoleCounts expected{};
  RoleCounts zScore{};
  double total = 0.0;          // sum of observed roles
  double totalExpected = 0.0;  // (n-1)(n-2) d^2 (1-d)
  double totalZ = 0.0;
};

struct BrokerageResult {
  double density = 0.0;
  std::vector<NodeBrokerage> nodes;
  RoleCounts groupTotals{};  // observed, summed over all brokers
};

// group[i] in [0, groupCount) for every node; throws std::invalid_argument otherwise.
BrokerageResult gouldFernandez(const Graph& graph, std::span<const int> group, int groupCount,
                               sim::Executor* executor = nullptr);

}  // namespace samsim::analysis
