// Network measures on the informal layer (MODEL-BRIEF §5; 000 §5.3; Burt 1992, 2004): Burt's
// constraint per agent (mean over agents with ties), cross-sector tie density, sector pairs
// without a bridge, and how much of the bridging a few key people carry. Measured every
// network.measure_every_days and at the end; ties below a small weight count as gone.
//   p_ij = w_ij / Σ_k w_ik,  c_i = Σ_j (p_ij + Σ_q p_iq p_qj)²
// Decayed weights are materialised once per measurement, so the O(N·deg²) loop reads plain arrays.
#include <algorithm>
#include <cmath>

#include "models/mechanisms.hpp"

namespace samsim::models {
namespace {
constexpr double kPresent = 0.05;  // weaker ties are forgotten for measurement
}

void measureNetwork(World& w) {
  const int N = w.agents.size();
  const int K = w.ties.slots();
  const double thr = w.sc().network.trustThreshold;
  std::vector<double> weight(static_cast<std::size_t>(N) * static_cast<std::size_t>(K), 0.0);
  std::vector<double> total(static_cast<std::size_t>(N), 0.0);
  for (int i = 0; i < N; ++i) {
    const TieSlot* row = w.ties.row(i);
    for (int k = 0; k < K; ++k) {
      const double x = w.ties.weightOf(row[k], w.day);
      if (x < kPresent) continue;
      weight[static_cast<std::size_t>(i * K + k)] = x;
      total[static_cast<std::size_t>(i)] += x;
    }
  }
  std::vector<double> indirect(static_cast<std::size_t>(N), 0.0);
  std::vector<std::uint8_t> isContact(static_cast<std::size_t>(N), 0);
  double constraintSum = 0.0;
  int egos = 0;
  const auto S = static_cast<std::size_t>(w.sectors);
  std::vector<double> pairTies(S * S, 0.0);
  std::vector<int> bridging(static_cast<std::size_t>(N), 0);
  for (int i = 0; i < N; ++i) {
    const auto ui = static_cast<std::size_t>(i);
    if (total[ui] <= 0) continue;
    const TieSlot* row = w.ties.row(i);
    for (int k = 0; k < K; ++k)
      if (weight[ui * K + k] > 0) isContact[static_cast<std::size_t>(row[k].other)] = 1;
    for (int k = 0; k < K; ++k) {
      const double piq = weight[ui * K + k] / total[ui];
      if (piq <= 0) continue;
      const int q = row[k].other;
      const auto uq = static_cast<std::size_t>(q);
      const TieSlot* qrow = w.ties.row(q);
      for (int l = 0; l < K; ++l) {
        const int j = qrow[l].other;
        if (j < 0 || j == i || !isContact[static_cast<std::size_t>(j)]) continue;
        indirect[static_cast<std::size_t>(j)] += piq * weight[uq * K + l] / total[uq];
      }
    }
    double c = 0.0;
    for (int k = 0; k < K; ++k) {
      if (weight[ui * K + k] <= 0) continue;
      const auto uj = static_cast<std::size_t>(row[k].other);
      const double x = weight[ui * K + k] / total[ui] + indirect[uj];
      c += x * x;
      indirect[uj] = 0.0;
      isContact[uj] = 0;
      // Sector-to-sector ties (counted from both ends, halved below).
      if (weight[ui * K + k] >= thr) {
        const auto si = w.agents.sector[ui];
        const auto sj = w.agents.sector[uj];
        pairTies[si * S + sj] += 0.5;
        if (si != sj) ++bridging[ui];
      }
    }
    constraintSum += c;
    ++egos;
  }
  NetworkSnapshot& snap = w.network;
  snap.meanConstraint = egos > 0 ? constraintSum / egos : 0.0;
  double cross = 0.0, within = 0.0, possible = 0.0;
  int noBridge = 0;
  for (std::size_t a = 0; a < S; ++a) {
    within += pairTies[a * S + a];
    for (std::size_t b = a + 1; b < S; ++b) {
      const double ties = pairTies[a * S + b] + pairTies[b * S + a];
      cross += ties;
      possible += static_cast<double>(w.sectorList[a].count) * w.sectorList[b].count;
      noBridge += ties <= 0;
    }
  }
  snap.crossDensity = possible > 0 ? cross / possible : 0.0;
  snap.crossShare = cross + within > 0 ? cross / (cross + within) : 0.0;
  snap.pairsWithoutBridge = noBridge;
  // Key-person dependence: share of cross-sector tie ends held by the top 1 % of brokers.
  std::vector<int> sorted = bridging;
  std::sort(sorted.begin(), sorted.end(), std::greater<>());
  const auto top = std::max<std::size_t>(1, sorted.size() / 100);
  double topSum = 0.0, allSum = 0.0;
  for (std::size_t k = 0; k < sorted.size(); ++k) {
    allSum += sorted[k];
    if (k < top) topSum += sorted[k];
  }
  snap.keyPersonShare = allSum > 0 ? topSum / allSum : 0.0;
  w.sectorPairTies = pairTies;
}

}  // namespace samsim::models
