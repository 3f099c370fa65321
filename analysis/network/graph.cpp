#include "analysis/network/graph.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace samsim::analysis {
namespace {

// CSR straight from an arc list: counting sort by row, then a stable insertion sort of each
// (short) row by column, summing duplicates in input order. Same matrix, same bits as Eigen's
// setFromTriplets (which goes through a column-major copy and a transpose) at a fraction of the
// cost; explicit zeros are kept, as documented in graph.hpp. forEachArc(f) calls f(row, col,
// weight) for every arc, in the same order each time (it is called twice: count, then fill).
template <typename ForEachArc>
SparseRowMatrix csrFromArcs(int n, ForEachArc forEachArc) {
  const auto rows = static_cast<std::size_t>(n);
  std::vector<int> cursor(rows + 1, 0);
  forEachArc([&cursor](int row, int, double) { ++cursor[static_cast<std::size_t>(row) + 1]; });
  for (std::size_t r = 0; r < rows; ++r) cursor[r + 1] += cursor[r];
  const int arcs = cursor[rows];

  SparseRowMatrix m(n, n);
  m.resizeNonZeros(arcs);
  int* outer = m.outerIndexPtr();
  int* inner = m.innerIndexPtr();
  double* value = m.valuePtr();
  std::copy(cursor.begin(), cursor.end(), outer);  // row starts, before deduplication
  forEachArc([&](int row, int col, double weight) {
    const int at = cursor[static_cast<std::size_t>(row)]++;
    inner[at] = col;
    value[at] = weight;
  });

  int nnz = 0;
  int begin = outer[0];
  for (std::size_t r = 0; r < rows; ++r) {
    const int end = outer[r + 1];
    int ascending = begin + 1;  // rows from sorted edge lists need neither sorting nor summing
    while (ascending < end && inner[ascending - 1] < inner[ascending]) ++ascending;
    if (ascending >= end && nnz == begin) {
      outer[r] = begin;
      nnz = end;
      begin = end;
      continue;
    }
    for (int k = begin + 1; k < end; ++k) {  // insertion sort: stable, rows are short
      const int col = inner[k];
      const double weight = value[k];
      int hole = k;
      for (; hole != begin && inner[hole - 1] > col; --hole) {
        inner[hole] = inner[hole - 1];
        value[hole] = value[hole - 1];
      }
      inner[hole] = col;
      value[hole] = weight;
    }
    const int rowStart = nnz;  // compaction in place: nnz <= k throughout
    for (int k = begin; k < end; ++k) {
      if (nnz > rowStart && inner[nnz - 1] == inner[k]) {
        value[nnz - 1] += value[k];
      } else {
        inner[nnz] = inner[k];
        value[nnz] = value[k];
        ++nnz;
      }
    }
    outer[r] = rowStart;
    begin = end;
  }
  outer[rows] = nnz;
  m.resizeNonZeros(nnz);
  return m;
}

}  // namespace

Graph Graph::fromEdges(int nodeCount, std::span<const Edge> edges, bool directed) {
  if (nodeCount < 0) throw std::invalid_argument("Graph: negative node count");
  for (const Edge& e : edges) {
    if (e.source < 0 || e.source >= nodeCount || e.target < 0 || e.target >= nodeCount) {
      throw std::invalid_argument("Graph: edge " + std::to_string(e.source) + "-" + std::to_string(e.target) +
                                  " outside 0.." + std::to_string(nodeCount - 1));
    }
    if (!std::isfinite(e.weight) || e.weight < 0.0) {
      throw std::invalid_argument("Graph: edge weight must be finite and >= 0");
    }
  }
  // Self-loops carry no brokerage information (igraph drops them).
  auto bothWays = [edges](auto&& arc) {
    for (const Edge& e : edges) {
      if (e.source == e.target) continue;
      arc(e.source, e.target, e.weight);
      arc(e.target, e.source, e.weight);
    }
  };
  auto oneWay = [edges](auto&& arc) {
    for (const Edge& e : edges)
      if (e.source != e.target) arc(e.source, e.target, e.weight);
  };
  Graph g;
  g.m_nodeCount = nodeCount;
  g.m_directed = directed;
  if (directed) {
    g.m_adjacency = csrFromArcs(nodeCount, oneWay);
    g.m_mutual = csrFromArcs(nodeCount, bothWays);
  } else {
    g.m_adjacency = csrFromArcs(nodeCount, bothWays);  // z = a (see mutual())
  }
  return g;
}

int Graph::contactCount(int node) const {
  const int* outer = mutual().outerIndexPtr();
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
