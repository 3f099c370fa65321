#include "analysis/network/sector_summary.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace samsim::analysis {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void checkGroups(const Graph& graph, std::span<const int> group, int groupCount) {
  if (static_cast<int>(group.size()) != graph.nodeCount())
    throw std::invalid_argument("sector summary: one group per node needed");
  for (int g : group)
    if (g < 0 || g >= groupCount) throw std::invalid_argument("sector summary: group index out of range");
}

// present[i] == 0 removes node i from the organisation: its ties and its pairs no longer count.
SectorStructure structureOf(const Graph& graph, std::span<const int> group, int groupCount,
                            const std::vector<char>& present, sim::Executor* executor) {
  const auto G = static_cast<std::size_t>(groupCount);
  SectorStructure s;
  s.size.assign(G, 0);
  for (std::size_t i = 0; i < group.size(); ++i)
    if (present[i]) ++s.size[static_cast<std::size_t>(group[i])];

  const std::vector<NodeMeasures> m = burtMeasures(graph, executor);
  std::vector<double> sumC(G, 0.0), sumE(G, 0.0), all;
  std::vector<int> count(G, 0);
  for (std::size_t i = 0; i < m.size(); ++i) {
    if (!present[i] || !std::isfinite(m[i].constraint)) continue;
    const auto g = static_cast<std::size_t>(group[i]);
    sumC[g] += m[i].constraint;
    sumE[g] += m[i].effectiveSize;
    ++count[g];
    all.push_back(m[i].constraint);
  }
  for (std::size_t g = 0; g < G; ++g) {
    s.meanConstraint.push_back(count[g] > 0 ? sumC[g] / count[g] : kNaN);
    s.meanEffectiveSize.push_back(count[g] > 0 ? sumE[g] / count[g] : kNaN);
  }
  s.overallMeanConstraint = meanFinite(all);

  // Ties: arcs for a digraph; each undirected tie once, mirrored into (h, g) when g != h.
  Eigen::MatrixXd ties = Eigen::MatrixXd::Zero(groupCount, groupCount);
  s.tieWeight = Eigen::MatrixXd::Zero(groupCount, groupCount);
  const SparseRowMatrix& a = graph.adjacency();
  for (int i = 0; i < graph.nodeCount(); ++i) {
    if (!present[static_cast<std::size_t>(i)]) continue;
    for (SparseRowMatrix::InnerIterator it(a, i); it; ++it) {
      const auto j = static_cast<int>(it.col());
      if (!present[static_cast<std::size_t>(j)] || (!graph.directed() && j < i)) continue;
      const int gi = group[static_cast<std::size_t>(i)];
      const int gj = group[static_cast<std::size_t>(j)];
      ties(gi, gj) += 1.0;
      s.tieWeight(gi, gj) += it.value();
      if (!graph.directed() && gi != gj) {
        ties(gj, gi) += 1.0;
        s.tieWeight(gj, gi) += it.value();
      }
    }
  }
  s.tieDensity = Eigen::MatrixXd::Constant(groupCount, groupCount, kNaN);
  double crossTies = 0.0;
  double crossPairs = 0.0;
  for (int g = 0; g < groupCount; ++g) {
    for (int h = 0; h < groupCount; ++h) {
      const double ng = s.size[static_cast<std::size_t>(g)];
      const double nh = s.size[static_cast<std::size_t>(h)];
      const double pairs = g != h ? ng * nh : (graph.directed() ? ng * (ng - 1.0) : ng * (ng - 1.0) / 2.0);
      if (pairs > 0) s.tieDensity(g, h) = ties(g, h) / pairs;
      // Cross-group totals: ordered (g, h) for a digraph, unordered g < h otherwise.
      if (g != h && (graph.directed() || g < h)) {
        crossTies += ties(g, h);
        crossPairs += pairs;
      }
      if (g < h && ng > 0 && nh > 0 && ties(g, h) == 0 && ties(h, g) == 0)
        s.pairsWithoutBridge.emplace_back(g, h);
    }
  }
  s.crossGroupTieDensity = crossPairs > 0 ? crossTies / crossPairs : kNaN;
  return s;
}

double gini(std::vector<double> x) {
  const double total = std::accumulate(x.begin(), x.end(), 0.0);
  if (x.empty() || total <= 0.0) return kNaN;
  std::sort(x.begin(), x.end());
  double weighted = 0.0;  // sum_i i * x_(i), i = 1..n ascending
  for (std::size_t i = 0; i < x.size(); ++i) weighted += static_cast<double>(i + 1) * x[i];
  const auto n = static_cast<double>(x.size());
  return 2.0 * weighted / (n * total) - (n + 1.0) / n;
}

}  // namespace

SectorStructure sectorStructure(const Graph& graph, std::span<const int> group, int groupCount,
                                sim::Executor* executor) {
  checkGroups(graph, group, groupCount);
  return structureOf(graph, group, groupCount, std::vector<char>(group.size(), 1), executor);
}

BridgingConcentration bridgingConcentration(const Graph& graph, std::span<const int> group, int topK) {
  const int n = graph.nodeCount();
  if (static_cast<int>(group.size()) != n) throw std::invalid_argument("bridging: one group per node needed");
  BridgingConcentration b;
  b.bridgingWeight.assign(static_cast<std::size_t>(n), 0.0);
  const SparseRowMatrix& z = graph.mutual();
  for (int i = 0; i < n; ++i)
    for (SparseRowMatrix::InnerIterator it(z, i); it; ++it)
      if (group[static_cast<std::size_t>(it.col())] != group[static_cast<std::size_t>(i)])
        b.bridgingWeight[static_cast<std::size_t>(i)] += it.value();

  std::vector<int> order(static_cast<std::size_t>(n));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
    return b.bridgingWeight[static_cast<std::size_t>(x)] > b.bridgingWeight[static_cast<std::size_t>(y)];
  });
  for (int i : order) {
    if (static_cast<int>(b.topBrokers.size()) >= topK || b.bridgingWeight[static_cast<std::size_t>(i)] <= 0)
      break;
    b.topBrokers.push_back(i);
  }
  std::vector<char> top(static_cast<std::size_t>(n), 0);
  for (int i : b.topBrokers) top[static_cast<std::size_t>(i)] = 1;
  double total = 0.0;
  double carried = 0.0;
  for (int i = 0; i < n; ++i) {
    for (SparseRowMatrix::InnerIterator it(z, i); it; ++it) {
      const auto j = static_cast<int>(it.col());
      if (j < i || group[static_cast<std::size_t>(j)] == group[static_cast<std::size_t>(i)]) continue;
      total += it.value();
      if (top[static_cast<std::size_t>(i)] || top[static_cast<std::size_t>(j)]) carried += it.value();
    }
  }
  b.topShare = total > 0 ? carried / total : kNaN;
  b.gini = gini(b.bridgingWeight);
  return b;
}

SectorSummary sectorSummary(const Graph& graph, std::span<const int> group, int groupCount, int topK,
                            sim::Executor* executor) {
  checkGroups(graph, group, groupCount);
  SectorSummary s;
  s.structure = structureOf(graph, group, groupCount, std::vector<char>(group.size(), 1), executor);
  s.bridging = bridgingConcentration(graph, group, topK);
  std::vector<char> present(group.size(), 1);
  for (int i : s.bridging.topBrokers) present[static_cast<std::size_t>(i)] = 0;
  s.withoutTopBrokers =
      structureOf(graph.withoutNodes(s.bridging.topBrokers), group, groupCount, present, executor);
  return s;
}

double crossGroupTieDensity(const Graph& graph, std::span<const int> group) {
  if (static_cast<int>(group.size()) != graph.nodeCount())
    throw std::invalid_argument("crossGroupTieDensity: one group per node needed");
  std::vector<double> size;
  for (int g : group) {
    if (g < 0) throw std::invalid_argument("crossGroupTieDensity: negative group index");
    if (static_cast<std::size_t>(g) >= size.size()) size.resize(static_cast<std::size_t>(g) + 1, 0.0);
    size[static_cast<std::size_t>(g)] += 1.0;
  }
  const double n = static_cast<double>(group.size());
  double samePairs = 0.0;
  for (double s : size) samePairs += s * s;
  double crossPairs = (n * n - samePairs) / 2.0;  // unordered pairs in different groups
  if (graph.directed()) crossPairs *= 2.0;
  double crossTies = 0.0;
  const SparseRowMatrix& a = graph.adjacency();
  for (int i = 0; i < graph.nodeCount(); ++i)
    for (SparseRowMatrix::InnerIterator it(a, i); it; ++it)
      if (group[static_cast<std::size_t>(it.col())] != group[static_cast<std::size_t>(i)]) crossTies += 1.0;
  if (!graph.directed()) crossTies /= 2.0;  // each undirected tie appears in both rows
  return crossPairs > 0 ? crossTies / crossPairs : kNaN;
}

}  // namespace samsim::analysis
