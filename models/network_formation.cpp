// Initial informal ties (000 §5.3; Burt 2004): dense inside units and sectors, sparse across
// sectors; long tenure and earlier roles elsewhere in the organisation give cross-sector bridges
// (000 §6.3: "roller i ulike deler av organisasjonen"). Formal lines (leader–member, director–
// leadership group) also carry informal ties with a floor that daily work keeps up.
// The same rules form a newcomer's ties (formNewcomerTies, turnover.cpp). The initial network is
// then run through `network.prehistory_days` of work contacts and turnover before day 0, so that
// day 0 finds it near the distribution those processes maintain (Kossinets & Watts 2006: ties
// churn, aggregate statistics stay steady) rather than at a start-up transient.
#include <algorithm>

#include "models/mechanisms.hpp"
#include "models/organisation.hpp"

namespace samsim::models {
namespace {

int randomOtherSector(const World& w, int own, sim::RandomStream& rng) {
  int other = static_cast<int>(rng.below(static_cast<std::uint64_t>(w.sectors - 1)));
  return other >= own ? other + 1 : other;
}

// An earlier role in another sector: competence there and a few lasting acquaintances.
void priorRole(World& w, int i, sim::RandomStream& rng, int day) {
  const Scenario& s = w.sc();
  const int prior = randomOtherSector(w, w.agents.sector[static_cast<std::size_t>(i)], rng);
  w.agents.competence(prior, i) = std::max(
      w.agents.competence(prior, i), s.competence.priorRole + s.competence.priorRoleSpread * rng.uniform01());
  const auto& f = s.tieFormation;
  for (int t = 0; t < s.network.priorRoleTies; ++t)
    w.ties.set(i, randomInSector(w, prior, rng), f.priorRoleWeight + f.priorRoleSpread * rng.uniform01(), day,
               0.0);
}

// Staff roles bridge by position: sector-oriented central advisors know their sector's director,
// advisors and some staff; sector advisors know some central advisors.
void positionTies(World& w, int i, sim::RandomStream& rng, int day) {
  const auto& f = w.sc().tieFormation;
  const auto ui = static_cast<std::size_t>(i);
  const Role r = w.agents.role[ui];
  const int aff = w.agents.affiliation[ui];
  if ((r == Role::CentralAdvisor || r == Role::Communications) && aff != w.agents.sector[ui]) {
    const Sector& sec = w.sectorList[static_cast<std::size_t>(aff)];
    w.ties.set(i, sec.director, f.advisorDirectorWeight, day, 0.0);
    for (int t = 0; t < f.advisorSectorTies; ++t)
      w.ties.set(i, randomInSector(w, aff, rng), f.advisorSectorWeight, day, 0.0);
    for (int adv : sec.advisors) w.ties.set(i, adv, f.advisorDirectorWeight, day, 0.0);
  }
  if (r == Role::SectorAdvisor)
    for (int t = 0; t < f.sectorAdvisorCentralTies && !w.centralStaff.empty(); ++t)
      w.ties.set(i, w.centralStaff[rng.below(w.centralStaff.size())], f.sectorAdvisorCentralWeight, day, 0.0);
}

// Ties of the formal line: member–unit leader, unit leader–director, the leadership group.
void lineTies(World& w, int i, int day) {
  const double floor = w.sc().network.unitFloor;
  const auto& f = w.sc().tieFormation;
  const auto ui = static_cast<std::size_t>(i);
  const Unit& u = w.units[static_cast<std::size_t>(w.agents.unit[ui])];
  const Sector& sec = w.sectorList[w.agents.sector[ui]];
  if (u.leader >= 0 && !u.central) {
    if (i != u.leader) {
      w.ties.set(i, u.leader, f.memberLeaderWeight, day, floor);
    } else {
      for (int j = u.first; j < u.first + u.count; ++j)
        if (j != i) w.ties.set(j, i, f.memberLeaderWeight, day, floor);
    }
  }
  if (i == sec.director) {
    for (int unit : sec.units) {
      const int leader = w.units[static_cast<std::size_t>(unit)].leader;
      if (leader >= 0 && leader != i)
        w.ties.set(leader, i, f.leaderDirectorWeight, day, floor * f.leaderDirectorFloorShare);
    }
  } else if (i == u.leader && !u.central) {
    w.ties.set(i, sec.director, f.leaderDirectorWeight, day, floor * f.leaderDirectorFloorShare);
  }
  const auto& lg = w.line.leadershipGroup;
  if (std::find(lg.begin(), lg.end(), i) != lg.end())
    for (int m : lg)
      if (m != i) w.ties.set(i, m, f.leadershipWeight, day, floor);
}

}  // namespace

void formNewcomerTies(World& w, int i, sim::RandomStream& rng, bool internalMove) {
  const Scenario& s = w.sc();
  const auto& f = s.tieFormation;
  const auto ui = static_cast<std::size_t>(i);
  const Unit& u = w.units[static_cast<std::size_t>(w.agents.unit[ui])];
  // A newcomer gets to know as many unit colleagues as a member has on average (each member picks
  // unit_ties and is picked by as many), so turnover keeps the unit's tie count where it was.
  const int k = 2 * (u.central ? s.centralStaff.internalTies : s.network.unitTies);
  for (int t = 0; t < k && u.count > 1; ++t) {
    const int j = u.first + static_cast<int>(rng.below(static_cast<std::uint64_t>(u.count)));
    if (j != i) w.ties.set(i, j, f.unitWeight + f.unitSpread * rng.uniform01(), w.day, s.network.unitFloor);
  }
  lineTies(w, i, w.day);
  for (int t = 0; t < s.network.sectorTies; ++t) {
    const int j = randomInSector(w, w.agents.sector[ui], rng);
    if (j != i && w.agents.unit[static_cast<std::size_t>(j)] != w.agents.unit[ui])
      w.ties.set(i, j, f.sectorWeight + f.sectorSpread * rng.uniform01(), w.day, 0.0);
  }
  if (w.sectors > 1 && internalMove) priorRole(w, i, rng, w.day);
  if (w.sectors > 1) positionTies(w, i, rng, w.day);
}

void formInitialNetwork(World& w) {
  const Scenario& s = w.sc();
  const auto& f = s.tieFormation;
  Agents& a = w.agents;
  const int N = a.size();
  w.ties.init(N, s.network.maxTies, s.network.halfLifeDays);
  sim::RandomStream rng(w.seed, 0, sim::purpose("network-formation"));
  const double floor = s.network.unitFloor;
  // Ties are formed at the start of the pre-history and then live through it.
  const int day0 = -s.network.prehistoryDays;

  for (const Unit& u : w.units) {
    const int k = u.central ? s.centralStaff.internalTies : s.network.unitTies;
    for (int i = u.first; i < u.first + u.count; ++i)
      for (int t = 0; t < k && u.count > 1; ++t) {
        const int j = u.first + static_cast<int>(rng.below(static_cast<std::uint64_t>(u.count)));
        if (j != i) w.ties.set(i, j, f.unitWeight + f.unitSpread * rng.uniform01(), day0, floor);
      }
  }
  for (int i = 0; i < N; ++i) lineTies(w, i, day0);

  for (int i = 0; i < N; ++i) {
    const auto ui = static_cast<std::size_t>(i);
    const int own = a.sector[ui];
    for (int t = 0; t < s.network.sectorTies; ++t) {
      const int j = randomInSector(w, own, rng);
      if (j != i && a.unit[static_cast<std::size_t>(j)] != a.unit[ui])
        w.ties.set(i, j, f.sectorWeight + f.sectorSpread * rng.uniform01(), day0, 0.0);
    }
    if (w.sectors < 2) continue;
    const auto cross = static_cast<int>(rng.poisson(s.network.crossSectorTies));
    for (int t = 0; t < cross; ++t)
      w.ties.set(i, randomInSector(w, randomOtherSector(w, own, rng), rng),
                 f.crossWeight + f.crossSpread * rng.uniform01(), day0, 0.0);
    if (rng.bernoulli(std::min(f.priorRoleMaxChance, s.network.priorRolePerYear * a.tenure[ui])))
      priorRole(w, i, rng, day0);
  }
  if (w.sectors > 1)
    for (int i = 0; i < N; ++i) positionTies(w, i, rng, day0);

  // The pre-history: the same daily contacts and turnover as in the run, on every agent present.
  for (int d = day0; d < 0; ++d) {
    w.day = d;
    staffTurnover(w);
    workContacts(w);
  }
  w.day = 0;
}

}  // namespace samsim::models
