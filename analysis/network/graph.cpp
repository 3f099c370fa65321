#include "analysis/network/graph.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace samsim::analysis {
namespace {

using Triplet = Eigen::Triplet<double, int>;

// CSR straight from the arc list: counting sort by row, then a stable insertion sort of each (short) row by
// column, summing duplicates in input order. Same matrix, same bits as Eigen's setFromTriplets
// (which goes through a column-major copy and a transpose) at about a third of the cost; explicit
// zeros are kept, as documented in graph.hpp.
SparseRowMatrix fromTriplets(int n, const std::vector<Triplet>& triplets) {
  const auto rows = static_cast<std::size_t>(n);
  std::vector<int> start(rows + 1, 0);
  for (const Triplet& t : triplets) ++start[static_cast<std::size_t>(t.row()) + 1];
  for (std::size_t r = 0; r < rows; ++r) start[r + 1] += start[r];
  std::vector<std::pair<int, double>> entries(triplets.size());
  std::vector<int> cursor(start.begin(), start.end() - 1);
  for (const Triplet& t : triplets)
    entries[static_cast<std::size_t>(cursor[static_cast<std::size_t>(t.row())]++)] = {t.col(), t.value()};

  SparseRowMatrix m(n, n);
  m.resizeNonZeros(static_cast<Eigen::Index>(triplets.size()));
  int* outer = m.outerIndexPtr();
  int* inner = m.innerIndexPtr();
  double* value = m.valuePtr();
  int nnz = 0;
  for (std::size_t r = 0; r < rows; ++r) {
    outer[r] = nnz;
    const auto begin = entries.begin() + start[r];
    const auto end = entries.begin() + start[r + 1];
    for (auto it = begin + (begin != end); it < end; ++it) {  // insertion sort: stable, rows are short
      const auto entry = *it;
      auto hole = it;
      for (; hole != begin && (hole - 1)->first > entry.first; --hole) *hole = *(hole - 1);
      *hole = entry;
    }
    for (auto it = begin; it != end; ++it) {
      if (nnz > outer[r] && inner[nnz - 1] == it->first) {
        value[nnz - 1] += it->second;
      } else {
        inner[nnz] = it->first;
        value[nnz] = it->second;
        ++nnz;
      }
    }
  }
  outer[rows] = nnz;
  m.resizeNonZeros(nnz);
  return m;
}

}  // namespace

Graph Graph::fromEdges(int nodeCount, std::span<const Edge> edges, bool directed) {
  if (nodeCount < 0) throw std::invalid_argument("Graph: negative node count");
  std::vector<Triplet> arcs;
  std::vector<Triplet> mutual;
  arcs.reserve(edges.size() * (directed ? 1 : 2));
  if (directed) mutual.reserve(edges.size() * 2);  // undirected: z = a, no second matrix
  for (const Edge& e : edges) {
    if (e.source < 0 || e.source >= nodeCount || e.target < 0 || e.target >= nodeCount) {
      throw std::invalid_argument("Graph: edge " + std::to_string(e.source) + "-" + std::to_string(e.target) +
                                  " outside 0.." + std::to_string(nodeCount - 1));
    }
    if (!std::isfinite(e.weight) || e.weight < 0.0) {
      throw std::invalid_argument("Graph: edge weight must be finite and >= 0");
    }
    if (e.source == e.target) continue;  // self-loops carry no brokerage information (igraph drops them)
    arcs.emplace_back(e.source, e.target, e.weight);
    if (!directed) arcs.emplace_back(e.target, e.source, e.weight);
    if (directed) {
      mutual.emplace_back(e.source, e.target, e.weight);
      mutual.emplace_back(e.target, e.source, e.weight);
    }
  }
  Graph g;
  g.m_nodeCount = nodeCount;
  g.m_directed = directed;
  g.m_adjacency = fromTriplets(nodeCount, arcs);
  if (directed) {
    g.m_mutual = fromTriplets(nodeCount, mutual);
  } else {
    g.m_mutual = g.m_adjacency;  // z = a: the factor 2 of a + a^T cancels in p_ij and m_ij
  }
  return g;
}

int Graph::contactCount(int node) const {
  const int* outer = m_mutual.outerIndexPtr();
  return outer[node + 1] - outer[node];
}

long long Graph::tieCount() const {
  const long long entries = m_adjacency.nonZeros();
  return m_directed ? entries : entries / 2;
}

Graph Graph::withoutNodes(std::span<const int> removed) const {
  std::vector<char> gone(static_cast<std::size_t>(m_nodeCount), 0);
  for (int r : removed) {
    if (r >= 0 && r < m_nodeCount) gone[static_cast<std::size_t>(r)] = 1;
  }
  std::vector<Edge> edges;
  edges.reserve(static_cast<std::size_t>(m_adjacency.nonZeros()));
  for (int i = 0; i < m_nodeCount; ++i) {
    if (gone[static_cast<std::size_t>(i)]) continue;
    for (SparseRowMatrix::InnerIterator it(m_adjacency, i); it; ++it) {
      const auto j = static_cast<int>(it.col());
      if (gone[static_cast<std::size_t>(j)] || (!m_directed && j < i)) continue;
      edges.push_back({i, j, it.value()});
    }
  }
  return fromEdges(m_nodeCount, edges, m_directed);
}

}  // namespace samsim::analysis
