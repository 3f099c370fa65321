#include "analysis/network/brokerage.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace samsim::analysis {
namespace {

constexpr int kBlock = 256;

BrokerageRole classify(int ga, int gj, int gb) {
  if (ga == gj) return gj == gb ? BrokerageRole::Coordinator : BrokerageRole::Representative;
  if (gj == gb) return BrokerageRole::Gatekeeper;
  return ga == gb ? BrokerageRole::Itinerant : BrokerageRole::Liaison;
}

// Ordered pairs (a, b) of other nodes that would put a broker of group g in each role
// (Gould & Fernandez 1989, Table 2; the same counts sna::brokerage uses).
RoleCounts eligiblePairs(const std::vector<double>& size, int g, double total) {
  const double own = size[static_cast<std::size_t>(g)];
  const double others = total - own;
  double sameOther = 0.0;  // sum over other groups of n_h (n_h - 1)
  double squaresOther = 0.0;
  for (std::size_t h = 0; h < size.size(); ++h) {
    if (static_cast<int>(h) == g) continue;
    sameOther += size[h] * (size[h] - 1.0);
    squaresOther += size[h] * size[h];
  }
  RoleCounts pairs{};
  pairs[static_cast<int>(BrokerageRole::Coordinator)] = (own - 1.0) * (own - 2.0);
  pairs[static_cast<int>(BrokerageRole::Itinerant)] = sameOther;
  pairs[static_cast<int>(BrokerageRole::Representative)] = (own - 1.0) * others;
  pairs[static_cast<int>(BrokerageRole::Gatekeeper)] = others * (own - 1.0);
  pairs[static_cast<int>(BrokerageRole::Liaison)] = others * others - squaresOther;
  return pairs;
}

double zScore(double observed, double expected, double variance) {
  return variance > 0.0 ? (observed - expected) / std::sqrt(variance)
                        : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace

const char* brokerageRoleName(BrokerageRole role) {
  switch (role) {
    case BrokerageRole::Coordinator:
      return "coordinator";
    case BrokerageRole::Itinerant:
      return "itinerant";
    case BrokerageRole::Representative:
      return "representative";
    case BrokerageRole::Gatekeeper:
      return "gatekeeper";
    case BrokerageRole::Liaison:
      return "liaison";
  }
  return "?";
}

BrokerageResult gouldFernandez(const Graph& graph, std::span<const int> group, int groupCount,
                               sim::Executor* executor) {
  const int n = graph.nodeCount();
  if (static_cast<int>(group.size()) != n)
    throw std::invalid_argument("gouldFernandez: one group per node needed");
  std::vector<double> size(static_cast<std::size_t>(std::max(groupCount, 0)), 0.0);
  for (int g : group) {
    if (g < 0 || g >= groupCount) throw std::invalid_argument("gouldFernandez: group index out of range");
    size[static_cast<std::size_t>(g)] += 1.0;
  }
  const SparseRowMatrix& out = graph.adjacency();  // a -> b, symmetric for undirected graphs
  const SparseRowMatrix in = SparseRowMatrix(out.transpose());
  BrokerageResult result;
  result.nodes.resize(static_cast<std::size_t>(n));
  const double arcs = static_cast<double>(out.nonZeros());
  result.density = n > 1 ? arcs / (static_cast<double>(n) * (n - 1.0)) : 0.0;
  const double p = result.density * result.density * (1.0 - result.density);

  const int* outOuter = out.outerIndexPtr();
  const int* outCols = out.innerIndexPtr();
  const int* inOuter = in.outerIndexPtr();
  const int* inCols = in.innerIndexPtr();
  const auto blocks = static_cast<std::size_t>((n + kBlock - 1) / kBlock);
  auto job = [&](std::size_t block) {
    std::vector<int> stamp(static_cast<std::size_t>(n), -1);  // stamp[b] == a: arc a -> b exists
    const int first = static_cast<int>(block) * kBlock;
    const int last = std::min(n, first + kBlock);
    for (int j = first; j < last; ++j) {
      NodeBrokerage& r = result.nodes[static_cast<std::size_t>(j)];
      const int gj = group[static_cast<std::size_t>(j)];
      for (int e = inOuter[j]; e < inOuter[j + 1]; ++e) {
        const int a = inCols[e];
        for (int f = outOuter[a]; f < outOuter[a + 1]; ++f) stamp[static_cast<std::size_t>(outCols[f])] = a;
        const int ga = group[static_cast<std::size_t>(a)];
        for (int f = outOuter[j]; f < outOuter[j + 1]; ++f) {
          const int b = outCols[f];
          if (b == a || stamp[static_cast<std::size_t>(b)] == a) continue;  // closed triad: no brokerage
          r.observed[static_cast<int>(classify(ga, gj, group[static_cast<std::size_t>(b)]))] += 1.0;
        }
      }
      const RoleCounts pairs = eligiblePairs(size, gj, n);
      for (int k = 0; k < kBrokerageRoles; ++k) {
        r.expected[k] = pairs[k] * p;
        r.zScore[k] = zScore(r.observed[k], r.expected[k], r.expected[k] * (1.0 - p));
        r.total += r.observed[k];
      }
      r.totalExpected = (n - 1.0) * (n - 2.0) * p;
      r.totalZ = zScore(r.total, r.totalExpected, r.totalExpected * (1.0 - p));
    }
  };
  if (executor != nullptr) {
    executor->forEach(blocks, job);
  } else {
    for (std::size_t b = 0; b < blocks; ++b) job(b);
  }
  for (const NodeBrokerage& r : result.nodes)
    for (int k = 0; k < kBrokerageRoles; ++k) result.groupTotals[k] += r.observed[k];
  return result;
}

}  // namespace samsim::analysis
