// Initial informal ties (000 §5.3; Burt 2004): dense inside units and sectors, sparse across
// sectors; long tenure and earlier roles elsewhere in the organisation give cross-sector bridges
// (000 §6.3: "roller i ulike deler av organisasjonen"). Formal lines (leader–member, director–
// leadership group) also carry informal ties with a floor that daily work keeps up.
// The same rules form a newcomer's ties (formNewcomerTies, turnover.cpp). The initial network is
// then run through `network.prehistory_days` of work contacts and turnover before day 0, so that
// day 0 finds it near the distribution those processes maintain (Kossinets & Watts 2006: ties
// churn, aggregate statistics stay steady) rather than at a start-up transient.
#include <algorithm>

#include "models/mechanisms/mechanisms.hpp"
#include "models/organisation/organisation.hpp"

namespace samsim::models {
namespace {

int randomOtherSector(const Workforce& wf, int own, sim::RandomStream& rng) {
  int other = static_cast<int>(rng.below(static_cast<std::uint64_t>(wf.sectors - 1)));
  return other >= own ? other + 1 : other;
}

// An earlier role in another sector: competence there and a few lasting acquaintances.
void priorRole(const RunContext& now, Workforce& wf, InformalNetwork& ties, int i, sim::RandomStream& rng,
               int day) {
  const Scenario& s = now.sc();
  const int prior = randomOtherSector(wf, wf.agents.sector[static_cast<std::size_t>(i)], rng);
  wf.agents.competence(prior, i) =
      std::max(wf.agents.competence(prior, i),
               s.competence.priorRole + s.competence.priorRoleSpread * rng.uniform01());
  const auto& f = s.tieFormation;
  for (int t = 0; t < s.network.priorRoleTies; ++t)
    ties.set(i, randomInSector(wf, prior, rng), f.priorRoleWeight + f.priorRoleSpread * rng.uniform01(), day,
             0.0);
}

// Staff roles bridge by position: sector-oriented central advisors know their sector's director,
// advisors and some staff; sector advisors know some central advisors.
void positionTies(const RunContext& now, const Workforce& wf, InformalNetwork& ties, int i,
                  sim::RandomStream& rng, int day) {
  const auto& f = now.sc().tieFormation;
  const auto ui = static_cast<std::size_t>(i);
  const Role r = wf.agents.role[ui];
  const int aff = wf.agents.affiliation[ui];
  if ((r == Role::CentralAdvisor || r == Role::Communications) && aff != wf.agents.sector[ui]) {
    const Sector& sec = wf.sectorList[static_cast<std::size_t>(aff)];
    ties.set(i, sec.director, f.advisorDirectorWeight, day, 0.0);
    for (int t = 0; t < f.advisorSectorTies; ++t)
      ties.set(i, randomInSector(wf, aff, rng), f.advisorSectorWeight, day, 0.0);
    for (int adv : sec.advisors) ties.set(i, adv, f.advisorDirectorWeight, day, 0.0);
  }
  if (r == Role::SectorAdvisor)
    for (int t = 0; t < f.sectorAdvisorCentralTies && !wf.centralStaff.empty(); ++t)
      ties.set(i, wf.centralStaff[rng.below(wf.centralStaff.size())], f.sectorAdvisorCentralWeight, day, 0.0);
}

// Ties of the formal line: member–unit leader, unit leader–director, the leadership group.
void lineTies(const RunContext& now, const Workforce& wf, const LineState& line, InformalNetwork& ties, int i,
              int day) {
  const double floor = now.sc().network.unitFloor;
  const auto& f = now.sc().tieFormation;
  const auto ui = static_cast<std::size_t>(i);
  const Unit& u = wf.units[static_cast<std::size_t>(wf.agents.unit[ui])];
  const Sector& sec = wf.sectorList[wf.agents.sector[ui]];
  if (u.leader >= 0 && !u.central) {
    if (i != u.leader) {
      ties.set(i, u.leader, f.memberLeaderWeight, day, floor);
    } else {
      for (int j = u.first; j < u.first + u.count; ++j)
        if (j != i) ties.set(j, i, f.memberLeaderWeight, day, floor);
    }
  }
  if (i == sec.director) {
    for (int unit : sec.units) {
      const int leader = wf.units[static_cast<std::size_t>(unit)].leader;
      if (leader >= 0 && leader != i)
        ties.set(leader, i, f.leaderDirectorWeight, day, floor * f.leaderDirectorFloorShare);
    }
  } else if (i == u.leader && !u.central) {
    ties.set(i, sec.director, f.leaderDirectorWeight, day, floor * f.leaderDirectorFloorShare);
  }
  const auto& lg = line.leadershipGroup;
  if (std::find(lg.begin(), lg.end(), i) != lg.end())
    for (int m : lg)
      if (m != i) ties.set(i, m, f.leadershipWeight, day, floor);
}

}  // namespace

void formNewcomerTies(const RunContext& now, Workforce& wf, const LineState& line, InformalNetwork& ties,
                      int i, sim::RandomStream& rng, bool internalMove) {
  const Scenario& s = now.sc();
  const auto& f = s.tieFormation;
  const auto ui = static_cast<std::size_t>(i);
  const Unit& u = wf.units[static_cast<std::size_t>(wf.agents.unit[ui])];
  // A newcomer gets to know as many unit colleagues as a member has on average (each member picks
  // unit_ties and is picked by as many), so turnover keeps the unit's tie count where it was.
  const int k = 2 * (u.central ? s.centralStaff.internalTies : s.network.unitTies);
  for (int t = 0; t < k && u.count > 1; ++t) {
    const int j = u.first + static_cast<int>(rng.below(static_cast<std::uint64_t>(u.count)));
    if (j != i) ties.set(i, j, f.unitWeight + f.unitSpread * rng.uniform01(), now.day, s.network.unitFloor);
  }
  lineTies(now, wf, line, ties, i, now.day);
  for (int t = 0; t < s.network.sectorTies; ++t) {
    const int j = randomInSector(wf, wf.agents.sector[ui], rng);
    if (j != i && wf.agents.unit[static_cast<std::size_t>(j)] != wf.agents.unit[ui])
      ties.set(i, j, f.sectorWeight + f.sectorSpread * rng.uniform01(), now.day, 0.0);
  }
  if (wf.sectors > 1 && internalMove) priorRole(now, wf, ties, i, rng, now.day);
  if (wf.sectors > 1) positionTies(now, wf, ties, i, rng, now.day);
}

void formInitialNetwork(RunContext& now, Workforce& wf, const LineState& line, InformalNetwork& ties) {
  const Scenario& s = now.sc();
  const auto& f = s.tieFormation;
  Agents& a = wf.agents;
  const int N = a.size();
  ties.init(N, s.network.maxTies, s.network.halfLifeDays);
  sim::RandomStream rng(now.seed, 0, sim::purpose("network-formation"));
  const double floor = s.network.unitFloor;
  // Ties are formed at the start of the pre-history and then live through it.
  const int day0 = -s.network.prehistoryDays;

  for (const Unit& u : wf.units) {
    const int k = u.central ? s.centralStaff.internalTies : s.network.unitTies;
    for (int i = u.first; i < u.first + u.count; ++i)
      for (int t = 0; t < k && u.count > 1; ++t) {
        const int j = u.first + static_cast<int>(rng.below(static_cast<std::uint64_t>(u.count)));
        if (j != i) ties.set(i, j, f.unitWeight + f.unitSpread * rng.uniform01(), day0, floor);
      }
  }
  for (int i = 0; i < N; ++i) lineTies(now, wf, line, ties, i, day0);

  for (int i = 0; i < N; ++i) {
    const auto ui = static_cast<std::size_t>(i);
    const int own = a.sector[ui];
    for (int t = 0; t < s.network.sectorTies; ++t) {
      const int j = randomInSector(wf, own, rng);
      if (j != i && a.unit[static_cast<std::size_t>(j)] != a.unit[ui])
        ties.set(i, j, f.sectorWeight + f.sectorSpread * rng.uniform01(), day0, 0.0);
    }
    if (wf.sectors < 2) continue;
    const auto cross = static_cast<int>(rng.poisson(s.network.crossSectorTies));
    for (int t = 0; t < cross; ++t)
      ties.set(i, randomInSector(wf, randomOtherSector(wf, own, rng), rng),
               f.crossWeight + f.crossSpread * rng.uniform01(), day0, 0.0);
    if (rng.bernoulli(std::min(f.priorRoleMaxChance, s.network.priorRolePerYear * a.tenure[ui])))
      priorRole(now, wf, ties, i, rng, day0);
  }
  if (wf.sectors > 1)
    for (int i = 0; i < N; ++i) positionTies(now, wf, ties, i, rng, day0);

  // The pre-history: the same daily contacts and turnover as in the run, on every agent present.
  for (int d = day0; d < 0; ++d) {
    now.day = d;
    staffTurnover(now, wf, line, ties);
    workContacts(now, wf, ties);
  }
  now.day = 0;
}

}  // namespace samsim::models
