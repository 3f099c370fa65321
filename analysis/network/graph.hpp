#pragma once
// A weighted, directed or undirected graph over dense node indices 0..n-1, stored as Eigen CSR
// matrices so that per-node measures read contiguous neighbour rows.
//
// Conventions (docs/network-measures.md explains each and which library it matches):
// - duplicate edges are summed (igraph treats a multigraph's parallel edges the same way);
// - self-loops are dropped (igraph ignores loops in constraint; Burt's p_ii is undefined);
// - zero-weight edges stay in the structure: the pair are contacts with zero strength (igraph
//   and networkx 2.8 both keep them as neighbours);
// - isolates are simply nodes without a row entry;
// - in a digraph, sinks and sources are ordinary nodes: Burt's measures use the mutual weight
//   z_ij = a_ij + a_ji over in- and out-neighbours alike.
// Weights must be finite and >= 0; Graph::fromEdges throws std::invalid_argument otherwise
// (file readers check first and throw sim::InputError with the line).
#include <Eigen/SparseCore>
#include <span>
#include <vector>

namespace samsim::analysis {

struct Edge {
  int source = 0;
  int target = 0;
  double weight = 1.0;
};

using SparseRowMatrix = Eigen::SparseMatrix<double, Eigen::RowMajor, int>;

class Graph {
 public:
  Graph() = default;
  // Builds the graph; node indices must lie in [0, nodeCount).
  static Graph fromEdges(int nodeCount, std::span<const Edge> edges, bool directed);

  [[nodiscard]] int nodeCount() const { return m_nodeCount; }
  [[nodiscard]] bool directed() const { return m_directed; }
  // a_ij: weight from i to j (symmetric when undirected); no diagonal; explicit zeros kept.
  [[nodiscard]] const SparseRowMatrix& adjacency() const { return m_adjacency; }
  // z_ij = a_ij + a_ji for directed graphs, a_ij for undirected ones (the factor 2 cancels in
  // every Burt measure); symmetric, no diagonal, explicit zeros kept, sorted column indices.
  [[nodiscard]] const SparseRowMatrix& mutual() const { return m_directed ? m_mutual : m_adjacency; }
  // Number of distinct contacts (in- or out-neighbours, self excluded): Burt's N.
  [[nodiscard]] int contactCount(int node) const;
  // Number of distinct (unordered for undirected, ordered for directed) pairs with an edge.
  [[nodiscard]] long long tieCount() const;
  // The same graph without the given nodes' edges (node indices are kept, so they become isolates).
  [[nodiscard]] Graph withoutNodes(std::span<const int> removed) const;

 private:
  int m_nodeCount = 0;
  bool m_directed = false;
  SparseRowMatrix m_adjacency;
  SparseRowMatrix m_mutual;  // directed graphs only: an undirected graph's z is its adjacency
};

}  // namespace samsim::analysis
