// Who sits in the coordination arena (000 §5.1, §6.3, §6.5 "HVEM?"): one coordinator per sector
// plus members from the organisation area, drawn from a pool (central staff, sector staffs,
// leaders), chosen by tenure, by network (in-between competence), by formal role, or at random.
// A flexible arena keeps only its chair fixed and picks the rest per meeting from the agenda.
#include <algorithm>

#include "models/arena.hpp"
#include "models/mechanisms.hpp"

namespace samsim::models {
namespace {

std::vector<int> poolOf(const World& w, const std::string& pool, int sector) {
  std::vector<int> out;
  const Agents& a = w.agents;
  auto add = [&](int id) {
    if (a.affiliation[static_cast<std::size_t>(id)] == sector) out.push_back(id);
  };
  const Sector& sec = w.sectorList[static_cast<std::size_t>(sector)];
  if (pool == "central_staff" || pool == "all")
    for (int id : w.centralStaff) add(id);
  if (pool == "sector_staff" || pool == "all" || out.empty())
    for (int id : sec.advisors) add(id);
  if (pool == "leaders" || pool == "all" || out.empty()) {
    for (int u : sec.units) {
      const int leader = w.units[static_cast<std::size_t>(u)].leader;
      if (leader >= 0 && a.role[static_cast<std::size_t>(leader)] == Role::UnitLeader) add(leader);
    }
  }
  if (out.empty()) out.push_back(sec.director);
  return out;
}

}  // namespace

std::vector<std::vector<int>> rankedCandidates(World& w) {
  const Scenario& s = w.sc();
  auto rng = w.stream(sim::purpose("arena-selection"));
  std::vector<std::vector<int>> bySector(static_cast<std::size_t>(w.sectors));
  for (int k = 0; k < w.sectors; ++k) {
    std::vector<std::pair<double, int>> scored;
    for (int id : poolOf(w, s.hub.pool, k)) {
      double score = 0.0;
      if (s.hub.selection == "tenure")
        score = tenureNow(w, id);
      else if (s.hub.selection == "network")
        score = inBetweenCompetence(w, id);
      else if (s.hub.selection == "random")
        score = rng.uniform01();
      else
        score = -static_cast<double>(id);  // role: the first in the formal listing
      scored.emplace_back(-score, id);
    }
    std::sort(scored.begin(), scored.end());
    for (const auto& [score, id] : scored) bySector[static_cast<std::size_t>(k)].push_back(id);
  }
  return bySector;
}

std::vector<int> chooseFixedMembers(World& w) {
  const Scenario& s = w.sc();
  const auto ranked = rankedCandidates(w);
  std::vector<int> taken(static_cast<std::size_t>(w.sectors), 0);
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
  seat(w.orgSector);
  for (int k = 0; k < w.sectors; ++k)
    if (k != w.orgSector) seat(k);
  for (int i = 1; i < s.hub.orgMembers; ++i) seat(w.orgSector);
  for (bool progress = true; progress && static_cast<int>(members.size()) < s.hub.size;) {
    progress = false;
    for (int k = 0; k < w.sectors; ++k) progress = seat(k) || progress;
  }
  return members;
}

std::vector<int> chooseFlexibleAttendees(World& w, const std::vector<std::vector<int>>& ranked) {
  const Scenario& s = w.sc();
  std::vector<int> out{w.hub.chair};
  auto present = [&](int id) { return w.agents.present[static_cast<std::size_t>(id)] != 0; };
  auto has = [&](int id) { return std::find(out.begin(), out.end(), id) != out.end(); };
  // Per agenda item, the best present holder of its domain from the sector it belongs to.
  for (int entry : w.hub.agenda) {
    if (static_cast<int>(out.size()) >= s.hub.size) break;
    const int domain = entry < 0 ? w.issues.problems[static_cast<std::size_t>(entryProblem(entry))].domain
                                 : w.issues.all[static_cast<std::size_t>(entry)].domain;
    const int sector = domain < w.sectors ? domain : w.orgSector;
    int best = -1;
    for (int id : ranked[static_cast<std::size_t>(sector)]) {
      if (has(id) || !present(id)) continue;
      if (best < 0 || w.agents.competence(domain, id) > w.agents.competence(domain, best)) best = id;
    }
    if (best >= 0) out.push_back(best);
  }
  // Fill the remaining seats round-robin with the first present candidate of each sector.
  for (bool progress = true; progress && static_cast<int>(out.size()) < s.hub.size;) {
    progress = false;
    for (int k = 0; k < w.sectors && static_cast<int>(out.size()) < s.hub.size; ++k) {
      for (int id : ranked[static_cast<std::size_t>(k)]) {
        if (has(id) || !present(id)) continue;
        out.push_back(id);
        progress = true;
        break;
      }
    }
  }
  return out;
}

}  // namespace samsim::models
