// Initial informal ties (000 §5.3; Burt 2004): dense inside units and sectors, sparse across
// sectors; long tenure and earlier roles elsewhere in the organisation give cross-sector bridges
// (000 §6.3: "roller i ulike deler av organisasjonen"). Formal lines (leader–member, director–
// leadership group) also carry informal ties with a floor that daily work keeps up.
#include <algorithm>

#include "models/mechanisms.hpp"
#include "models/organisation.hpp"

namespace samsim::models {

void formInitialNetwork(World& w) {
  const Scenario& s = w.sc();
  Agents& a = w.agents;
  const int N = a.size();
  w.ties.init(N, s.network.maxTies, s.network.halfLifeDays);
  sim::RandomStream rng(w.seed, 0, sim::purpose("network-formation"));
  const double floor = s.network.unitFloor;

  for (const Unit& u : w.units) {
    const int k = u.central ? s.centralStaff.internalTies : s.network.unitTies;
    for (int i = u.first; i < u.first + u.count; ++i) {
      for (int t = 0; t < k && u.count > 1; ++t) {
        const int j = u.first + static_cast<int>(rng.below(static_cast<std::uint64_t>(u.count)));
        if (j != i) w.ties.set(i, j, 0.5 + 0.3 * rng.uniform01(), 0, floor);
      }
      // The formal line: every member knows the unit leader.
      if (u.leader >= 0 && i != u.leader && !u.central) w.ties.set(i, u.leader, 0.6, 0, floor);
    }
  }
  for (int k = 0; k < w.sectors; ++k) {
    const Sector& sec = w.sectorList[static_cast<std::size_t>(k)];
    for (int unit : sec.units) {
      const int leader = w.units[static_cast<std::size_t>(unit)].leader;
      if (leader >= 0 && leader != sec.director) w.ties.set(leader, sec.director, 0.5, 0, floor * 0.6);
    }
  }
  // The leadership group meets weekly: its members know each other.
  const auto& lg = w.line.leadershipGroup;
  for (std::size_t i = 0; i < lg.size(); ++i)
    for (std::size_t j = i + 1; j < lg.size(); ++j) w.ties.set(lg[i], lg[j], 0.7, 0, floor);

  for (int i = 0; i < N; ++i) {
    const auto ui = static_cast<std::size_t>(i);
    const int own = a.sector[ui];
    for (int t = 0; t < s.network.sectorTies; ++t) {
      const int j = randomInSector(w, own, rng);
      if (j != i && a.unit[static_cast<std::size_t>(j)] != a.unit[ui])
        w.ties.set(i, j, 0.2 + 0.3 * rng.uniform01(), 0, 0.0);
    }
    if (w.sectors < 2) continue;
    const auto cross = static_cast<int>(rng.poisson(s.network.crossSectorTies));
    for (int t = 0; t < cross; ++t) {
      int other = static_cast<int>(rng.below(static_cast<std::uint64_t>(w.sectors - 1)));
      if (other >= own) ++other;
      w.ties.set(i, randomInSector(w, other, rng), 0.2 + 0.3 * rng.uniform01(), 0, 0.0);
    }
    // An earlier role in another sector: competence there and a few lasting acquaintances.
    if (rng.bernoulli(std::min(0.9, s.network.priorRolePerYear * a.tenure[ui]))) {
      int prior = static_cast<int>(rng.below(static_cast<std::uint64_t>(w.sectors - 1)));
      if (prior >= own) ++prior;
      a.competence(prior, i) = std::max(a.competence(prior, i), 0.5 + 0.4 * rng.uniform01());
      for (int t = 0; t < s.network.priorRoleTies; ++t)
        w.ties.set(i, randomInSector(w, prior, rng), 0.3 + 0.3 * rng.uniform01(), 0, 0.0);
    }
  }
  // Staff roles bridge by position: sector-oriented central advisors know their sector's staff,
  // sector advisors know some central advisors.
  for (int id : w.centralStaff) {
    const auto ui = static_cast<std::size_t>(id);
    const int aff = a.affiliation[ui];
    if (aff == a.sector[ui]) continue;
    const Sector& sec = w.sectorList[static_cast<std::size_t>(aff)];
    w.ties.set(id, sec.director, 0.5, 0, 0.0);
    for (int t = 0; t < 3; ++t) w.ties.set(id, randomInSector(w, aff, rng), 0.4, 0, 0.0);
    for (int adv : sec.advisors) w.ties.set(id, adv, 0.5, 0, 0.0);
  }
  for (const Sector& sec : w.sectorList)
    for (int adv : sec.advisors)
      for (int t = 0; t < 2 && !w.centralStaff.empty(); ++t)
        w.ties.set(adv, w.centralStaff[rng.below(w.centralStaff.size())], 0.4, 0, 0.0);
}

}  // namespace samsim::models
