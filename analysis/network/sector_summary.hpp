#pragma once
// Sector-level view of the network: structural holes by sector, how dense the ties between
// sectors are, which sectors have no bridge at all, and how much of the bridging rests on a few
// agents (000 §5.3: structural holes between sectors are where coordination fails or is brokered).
#include <span>
#include <utility>
#include <vector>

#include <Eigen/Dense>

#include "analysis/network/graph.hpp"
#include "analysis/network/structural_holes.hpp"
#include "sim/executor.hpp"

namespace samsim::analysis {

struct SectorStructure {
  std::vector<int> size;                  // nodes per group
  std::vector<double> meanConstraint;     // finite values only; NaN if none
  std::vector<double> meanEffectiveSize;  // finite values only; NaN if none
  // Binary tie density: (g,h), g != h: ties between g and h / possible pairs (n_g n_h; for a
  // digraph arcs g->h / (n_g n_h)); (g,g): ties inside g / possible pairs inside g.
  Eigen::MatrixXd tieDensity;
  Eigen::MatrixXd tieWeight;         // summed edge weight between (or inside) groups, same layout
  double crossGroupTieDensity = 0;   // all cross-group ties / all cross-group pairs
  double overallMeanConstraint = 0;  // over all nodes with finite constraint
  std::vector<std::pair<int, int>> pairsWithoutBridge;  // g < h with no tie in either direction
};

struct BridgingConcentration {
  std::vector<double> bridgingWeight;  // per node: weight of its cross-group ties (mutual)
  std::vector<int> topBrokers;         // k nodes with most bridging weight (ties: lower index)
  double topShare = 0;                 // share of total cross-group tie weight on ties touching a top broker
  double gini = 0;                     // Gini coefficient of bridgingWeight over all nodes (0 = even)
};

struct SectorSummary {
  SectorStructure structure;
  BridgingConcentration bridging;
  SectorStructure withoutTopBrokers;  // recomputed after removing the top-k brokers' ties
};

SectorStructure sectorStructure(const Graph& graph, std::span<const int> group, int groupCount,
                                sim::Executor* executor = nullptr);
BridgingConcentration bridgingConcentration(const Graph& graph, std::span<const int> group, int topK);
SectorSummary sectorSummary(const Graph& graph, std::span<const int> group, int groupCount, int topK,
                            sim::Executor* executor = nullptr);

// Just the cross-group tie density (summary.csv's cross_sector_tie_density), cheap.
double crossGroupTieDensity(const Graph& graph, std::span<const int> group);

}  // namespace samsim::analysis
