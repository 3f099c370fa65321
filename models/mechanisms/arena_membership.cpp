// Who sits in the coordination arena (000 §5.1, §6.3, §6.5 "HVEM?"): one coordinator per sector
// plus members from the organisation area, drawn from a pool (central staff, sector staffs,
// leaders), chosen by tenure, by network (in-between competence), by formal role, or at random.
// A flexible arena keeps only its chair fixed and invites, per meeting, the people the agenda
// needs: for each item, the candidate of its sector who holds its competence best and has time
// that day (present, with slack left). Who sits there thus changes with the agenda (000 §6.3).
#include <algorithm>

#include "models/mechanisms/arena.hpp"
#include "models/mechanisms/mechanisms.hpp"

namespace samsim::models {
namespace {

std::vector<int> poolOf(const Workforce& wf, MemberPool pool, int sector) {
  std::vector<int> out;
  const Agents& a = wf.agents;
  auto add = [&](int id) {
    if (a.affiliation[static_cast<std::size_t>(id)] == sector) out.push_back(id);
  };
  const Sector& sec = wf.sectorList[static_cast<std::size_t>(sector)];
  if (pool == MemberPool::CentralStaff || pool == MemberPool::All)
    for (int id : wf.centralStaff) add(id);
  if (pool == MemberPool::SectorStaff || pool == MemberPool::All || out.empty())
    for (int id : sec.advisors) add(id);
  if (pool == MemberPool::Leaders || pool == MemberPool::All || out.empty()) {
    for (int u : sec.units) {
      const int leader = wf.units[static_cast<std::size_t>(u)].leader;
      if (leader >= 0 && a.role[static_cast<std::size_t>(leader)] == Role::UnitLeader) add(leader);
    }
  }
  if (out.empty()) out.push_back(sec.director);
  return out;
}

}  // namespace

std::vector<std::vector<int>> rankedCandidates(const RunContext& now, const Workforce& wf,
                                               const InformalNetwork& ties) {
  const Scenario& s = now.sc();
  auto rng = now.stream(sim::purpose("arena-selection"));
  std::vector<std::vector<int>> bySector(static_cast<std::size_t>(wf.sectors));
  for (int k = 0; k < wf.sectors; ++k) {
    std::vector<std::pair<double, int>> scored;
    for (int id : poolOf(wf, s.hub.pool, k)) {
      double score = 0.0;
      switch (s.hub.selection) {
        case Selection::Tenure:
          score = tenureNow(now, wf.agents, id);
          break;
        case Selection::Network:
          score = inBetweenCompetence(now, wf, ties, id);
          break;
        case Selection::Random:
          score = rng.uniform01();
          break;
        case Selection::Role:
          score = -static_cast<double>(id);  // the first in the formal listing
          break;
      }
      scored.emplace_back(-score, id);
    }
    std::sort(scored.begin(), scored.end());
    for (const auto& [score, id] : scored) bySector[static_cast<std::size_t>(k)].push_back(id);
  }
  return bySector;
}

std::vector<int> chooseFixedMembers(const RunContext& now, const Workforce& wf, const InformalNetwork& ties) {
  const Scenario& s = now.sc();
  const auto ranked = rankedCandidates(now, wf, ties);
  std::vector<int> taken(static_cast<std::size_t>(wf.sectors), 0);
  std::vector<int> members;
  auto seat = [&](int k) {
    auto& t = taken[static_cast<std::size_t>(k)];
    const auto& list = ranked[static_cast<std::size_t>(k)];
    if (t >= static_cast<int>(list.size()) || static_cast<int>(members.size()) >= s.hub.size) return false;
    members.push_back(list[static_cast<std::size_t>(t++)]);
    return true;
  };
  // The chair comes from the organisation area (000 §5.1), then one per other sector, then the
  // remaining organisation seats, then extra seats round-robin.
  seat(wf.orgSector);
  for (int k = 0; k < wf.sectors; ++k)
    if (k != wf.orgSector) seat(k);
  for (int i = 1; i < s.hub.orgMembers; ++i) seat(wf.orgSector);
  for (bool progress = true; progress && static_cast<int>(members.size()) < s.hub.size;) {
    progress = false;
    for (int k = 0; k < wf.sectors; ++k) progress = seat(k) || progress;
  }
  return members;
}

std::vector<int> chooseFlexibleAttendees(const RunContext& now, const Workforce& wf, const IssueBook& issues,
                                         const HubState& hub, const std::vector<std::vector<int>>& ranked) {
  const Scenario& s = now.sc();
  std::vector<int> out{hub.chair};
  auto available = [&](int id) {
    const auto u = static_cast<std::size_t>(id);
    return wf.agents.present[u] != 0 && wf.agents.budget[u] > 0;
  };
  auto has = [&](int id) { return std::find(out.begin(), out.end(), id) != out.end(); };
  // Per agenda item, the available candidate of its sector who holds its domain best.
  for (const AgendaItem& item : issues.queues.arena) {
    if (static_cast<int>(out.size()) >= s.hub.size) break;
    const int domain = itemDomain(issues, item);
    const int sector = domain < wf.sectors ? domain : wf.orgSector;
    int best = -1;
    for (int id : ranked[static_cast<std::size_t>(sector)]) {
      if (!available(id)) continue;
      if (best < 0 || wf.agents.competence(domain, id) > wf.agents.competence(domain, best)) best = id;
    }
    if (best >= 0 && !has(best)) out.push_back(best);
  }
  return out;
}

}  // namespace samsim::models
