// Network measures on the informal layer (docs/ODD.md; 000 §5.3; Burt 1992, 2004), computed by
// the project's network-analysis code (analysis/network/, docs/network-measures.md) so the model's
// numbers are the ones `samsim holes` and the reference libraries give. Measured every
// network.measure_every_days and at the end. Two undirected views of the tie slots:
// - present ties (weight >= network.present_threshold; weaker ties are forgotten), weighted by decayed tie
// weight:
//   Burt's constraint, mean over agents with ties (isolates are undefined, skipped);
// - trusted ties (weight >= network.trust_threshold), binary: a tie is a bridge or it is not.
//   Cross-sector tie density, sector pairs without a bridge, the sector tie matrix, and key-person
//   dependence: share of cross-sector trusted ties touching one of the top
//   network.key_person_top_percent % of brokers. These
//   depend on the cross-sector ties only, so that graph holds just those (a few hundred instead of
//   ~200,000: sectorStructure's Burt pass over it costs nothing); within-sector ties are counted.
// Serial (no executor): a replicate already runs on one thread, and results are identical anyway.
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

#include "analysis/network/graph.hpp"
#include "analysis/network/sector_summary.hpp"
#include "analysis/network/structural_holes.hpp"
#include "models/mechanisms/mechanisms.hpp"

namespace samsim::models {
namespace {

double orZero(double x) {
  return std::isfinite(x) ? x : 0.0;
}

}  // namespace

void measureNetwork(const RunContext& now, const Workforce& wf, const InformalNetwork& ties,
                    NetworkSnapshot& network, std::vector<double>& sectorPairTies) {
  const int N = wf.agents.size();
  const int K = ties.slots();
  const double thr = now.sc().network.trustThreshold;
  const double present = now.sc().measurement.presentThreshold;  // weaker ties are forgotten
  // Each tie once (the slot store is symmetric), from the lower-indexed end, in ascending order
  // of the other end: the edge lists come out sorted, which makes building the graphs a single
  // pass (the graphs themselves do not depend on the order of distinct edges).
  const auto S = static_cast<std::size_t>(wf.sectors);
  std::vector<analysis::Edge> presentEdges, bridges;
  std::vector<double> withinTies(S, 0.0);
  std::vector<std::pair<int, int>> upper(static_cast<std::size_t>(K));  // (other end, slot)
  presentEdges.reserve(static_cast<std::size_t>(N) * static_cast<std::size_t>(K) / 2);
  for (int i = 0; i < N; ++i) {
    const TieSlot* row = ties.row(i);
    std::size_t count = 0;
    for (int k = 0; k < K; ++k) {
      if (row[k].other <= i) continue;
      std::size_t hole = count++;  // insertion sort by the other end: a row has a few dozen slots
      for (; hole > 0 && upper[hole - 1].first > row[k].other; --hole) upper[hole] = upper[hole - 1];
      upper[hole] = {row[k].other, k};
    }
    for (std::size_t u = 0; u < count; ++u) {
      const TieSlot& slot = row[upper[u].second];
      const double x = ties.weightOf(slot, now.day);
      if (x >= present) presentEdges.push_back({i, slot.other, x});
      if (x < thr) continue;
      const auto si = wf.agents.sector[static_cast<std::size_t>(i)];
      const auto sj = wf.agents.sector[static_cast<std::size_t>(slot.other)];
      if (si == sj) {
        withinTies[si] += 1.0;  // tallied here: the sector measures below need only the bridges
      } else {
        bridges.push_back({i, slot.other, 1.0});
      }
    }
  }
  const analysis::Graph presentGraph = analysis::Graph::fromEdges(N, presentEdges, false);
  const analysis::Graph bridgeGraph = analysis::Graph::fromEdges(N, bridges, false);
  const std::vector<int> group(wf.agents.sector.begin(), wf.agents.sector.end());

  NetworkSnapshot& snap = network;
  snap.meanConstraint = orZero(analysis::meanFinite(analysis::burtConstraint(presentGraph)));
  const analysis::SectorStructure s = analysis::sectorStructure(bridgeGraph, group, wf.sectors);
  snap.crossDensity = orZero(s.crossGroupTieDensity);
  snap.pairsWithoutBridge = static_cast<int>(s.pairsWithoutBridge.size());
  // Unit weights, so tieWeight holds tie counts; sectorPairTies keeps its (a,b)+(b,a) layout.
  sectorPairTies.assign(S * S, 0.0);
  double cross = 0.0, within = 0.0;
  for (int a = 0; a < wf.sectors; ++a)
    for (int b = 0; b < wf.sectors; ++b) {
      const double n = a == b ? withinTies[static_cast<std::size_t>(a)] : s.tieWeight(a, b);
      sectorPairTies[static_cast<std::size_t>(a) * S + static_cast<std::size_t>(b)] = a == b ? n : n / 2.0;
      if (a == b) within += n;
      if (a < b) cross += n;
    }
  snap.crossShare = cross + within > 0 ? cross / (cross + within) : 0.0;
  const int topK =
      std::max(1, static_cast<int>(std::floor(N * now.sc().measurement.keyPersonTopPercent / 100.0)));
  snap.keyPersonShare = orZero(analysis::bridgingConcentration(bridgeGraph, group, topK).topShare);
}

double memberCrossSectorStrength(const RunContext& now, const Workforce& wf, const InformalNetwork& ties,
                                 const HubState& hub) {
  // The relations coordination takes place in (000 §6.3: "kontinuitet i de relasjonene samordning
  // skal foregå i"), at the level of those who met rather than of the whole organisation. Areas
  // by affiliation, the area a person serves: the arena seats one coordinator per area, and a
  // sector-oriented central advisor sits for the area it serves (arena_membership.cpp).
  const double present = now.sc().measurement.presentThreshold;
  double sum = 0.0;
  int people = 0;
  for (std::size_t i = 0; i < hub.attended.size(); ++i) {
    if (hub.attended[i] == 0) continue;
    ++people;
    const TieSlot* row = ties.row(static_cast<int>(i));
    for (int k = 0; k < ties.slots(); ++k) {
      const TieSlot& slot = row[k];
      if (slot.other < 0 ||
          wf.agents.affiliation[static_cast<std::size_t>(slot.other)] == wf.agents.affiliation[i])
        continue;
      const double x = ties.weightOf(slot, now.day);
      if (x >= present) sum += x;
    }
  }
  return people > 0 ? sum / people : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace samsim::models
