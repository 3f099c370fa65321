#pragma once
// Burt's (1992) structural-hole measures per node, with the definitions of igraph 0.10
// (constraint) and networkx 2.8 (constraint, effective size); see docs/network-measures.md.
//   p_ij = z_ij / sum_k z_ik                  (z: mutual weight over in- and out-contacts)
//   constraint  C_i = sum_{j in N(i)} c_ij,   c_ij = (p_ij + sum_q p_iq p_qj)^2
//   effective size E_i = sum_{j in N(i)} (1 - sum_{q in N(i)} p_iq m_jq),  m_jq = z_jq / max_k z_jk
//   efficiency  E_i / |N(i)|
//   hierarchy   H_i = sum_j r_ij ln r_ij / (|N(i)| ln |N(i)|),  r_ij = c_ij / (C_i / |N(i)|)
// Nodes with no contacts, or whose contacts all have zero weight, get NaN for every measure
// (as igraph); hierarchy is 0 for a node with exactly one contact (Burt: no inequality).
#include <vector>

#include "analysis/network/graph.hpp"
#include "sim/executor.hpp"

namespace samsim::analysis {

struct NodeMeasures {
  int degree = 0;  // distinct contacts |N(i)|, self excluded
  double constraint = 0.0;
  double effectiveSize = 0.0;
  double efficiency = 0.0;
  double hierarchy = 0.0;
};

// All nodes; parallel over blocks of nodes when an executor is given. Each node's value is
// computed by one job in a fixed order, so results are identical for any executor.
std::vector<NodeMeasures> burtMeasures(const Graph& graph, sim::Executor* executor = nullptr);

// Constraint only (cheaper: no effective size or hierarchy); same values as burtMeasures.
std::vector<double> burtConstraint(const Graph& graph, sim::Executor* executor = nullptr);

// Mean of the finite values (NaN nodes skipped); NaN when there is none. For summary.csv's
// mean_constraint.
double meanFinite(const std::vector<double>& values);
double meanConstraint(const std::vector<NodeMeasures>& measures);

}  // namespace samsim::analysis
