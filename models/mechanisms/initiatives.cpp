// Initiatives under the radar (002; docs/ODD.md §7 "Initiatives and co-creation"). Middle managers
// have the autonomy to start initiatives across services but not the authority to make them stick
// (002 l. 157); they squeeze the work in around operations and have no extra time for it (002
// l. 137–139). An initiative is started by a champion from the hours left after operational and
// issue work, recruits participants (through trusted ties, among tied leaders, or assigned by the
// line), and its participants' hours are charged to the same daily budget as issues and arena work.
// Once enough joint work is done it needs endorsement (initiative_adoption.cpp); without it, it
// fades when the champion's time runs out, the champion has no hours left for too long, or the
// champion leaves. Co-creation with citizens and volunteers (003) is a kind of initiative led by a
// unit leader whose room is bounded by the unit's budget margin and the leader's risk willingness.
// The four approaches of 002 are settings of who starts, who joins and how adoption is decided.
#include <algorithm>

#include "models/mechanisms/mechanisms.hpp"

namespace samsim::models {
namespace {

bool stillThere(const Workforce& wf, const Initiative& in, std::size_t k) {
  const auto ui = static_cast<std::size_t>(in.participants[k]);
  return wf.agents.tenureDay[ui] == in.joinedTenureDay[k];
}

void release(InitiativeState& initiatives, Initiative& in) {
  for (int p : in.participants) {
    int& b = initiatives.busy[static_cast<std::size_t>(p)];
    if (b == in.id) b = -1;
  }
}

// Participants besides the champion, in the order they are asked.
std::vector<int> recruit(const RunContext& now, const Workforce& wf, const InformalNetwork& ties,
                         const InitiativeState& initiatives, int champion, bool coCreation) {
  const Scenario& s = now.sc();
  const auto& busy = initiatives.busy;
  const int unit = wf.agents.unit[static_cast<std::size_t>(champion)];
  const auto wanted = static_cast<std::size_t>(std::max(0, s.initiatives.participants - 1));
  std::vector<int> out;
  auto free = [&](int b) { return b != champion && busy[static_cast<std::size_t>(b)] < 0; };
  if (s.initiatives.recruitment == Recruitment::Line && !coCreation) {
    // Assigned by the line: the leaders of the sector's other line units, in order, ties or not
    // (not the sector staff's or the central staff's units, whose leaders are directors).
    const Sector& sec =
        wf.sectorList[static_cast<std::size_t>(wf.units[static_cast<std::size_t>(unit)].sector)];
    const auto n = sec.units.size();
    const auto at =
        static_cast<std::size_t>(std::find(sec.units.begin(), sec.units.end(), unit) - sec.units.begin());
    for (std::size_t k = 1; k < n && out.size() < wanted; ++k) {
      const int leader = wf.units[static_cast<std::size_t>(sec.units[(at + k) % n])].leader;
      if (leader >= 0 && wf.agents.role[static_cast<std::size_t>(leader)] == Role::UnitLeader && free(leader))
        out.push_back(leader);
    }
    return out;
  }
  // Through trusted ties, strongest first: colleagues in other units (for co-creation, in the
  // champion's own unit, since the partners outside are citizens and volunteers).
  std::vector<std::pair<double, int>> cand;
  const TieSlot* row = ties.row(champion);
  for (int k = 0; k < ties.slots(); ++k) {
    const int b = row[k].other;
    if (b < 0 || !free(b)) continue;
    const double wt = ties.weightOf(row[k], now.day);
    if (wt < s.network.trustThreshold) continue;
    const bool sameUnit = wf.agents.unit[static_cast<std::size_t>(b)] == unit;
    if (sameUnit != coCreation) continue;
    if (!coCreation && s.initiatives.recruitment == Recruitment::Leaders &&
        wf.agents.role[static_cast<std::size_t>(b)] != Role::UnitLeader)
      continue;
    cand.emplace_back(-wt, b);
  }
  std::sort(cand.begin(), cand.end());
  for (const auto& [negWeight, b] : cand) {
    if (out.size() >= wanted) break;
    out.push_back(b);
  }
  return out;
}

void fade(InitiativeState& initiatives, Initiative& in) {
  in.stage = InitiativeStage::Faded;
  release(initiatives, in);
  if (in.measured) ++initiatives.counters.faded;
}

}  // namespace

bool coCreationRoom(const RunContext& now, const Workforce& wf, const UnitLoad& load, int leader) {
  const Scenario& s = now.sc();
  const auto u = static_cast<std::size_t>(wf.agents.unit[static_cast<std::size_t>(leader)]);
  // 003: a unit may end the year within ±3 % of its budget; a co-creation pilot's cost must fit in
  // that margin plus whatever the unit has to spare today (capacity above demand).
  const double demand = load.demand.size() > u ? load.demand[u] : 0.0;
  const double spare = demand > 0 ? (load.capacity[u] - demand) / demand : 0.0;
  if (s.initiatives.budgetMargin + spare < s.initiatives.coCreationCost) return false;
  // Risk willingness is the leader's own (a fixed draw per person, 003).
  sim::RandomStream risk(
      sim::StreamKey{now.seed, sim::purpose("co-creation-risk"), 0, static_cast<std::uint64_t>(leader)});
  return risk.uniform01() < s.initiatives.riskWillingness;
}

void startInitiatives(const RunContext& now, const Workforce& wf, const InformalNetwork& ties,
                      const UnitLoad& load, InitiativeState& initiatives) {
  const Scenario& s = now.sc();
  if (!s.initiatives.enabled) return;
  InitiativeState& st = initiatives;
  const Agents& a = wf.agents;
  const int N = a.size();
  if (static_cast<int>(st.busy.size()) != N) st.busy.assign(static_cast<std::size_t>(N), -1);
  const double p = s.initiatives.startsPerYear / s.workforce.workingDaysPerYear;
  const bool experienced = s.initiatives.starters == Starters::Experienced;
  auto rng = now.stream(sim::purpose("initiative-start"));
  for (int i = 0; i < N; ++i) {
    const auto ui = static_cast<std::size_t>(i);
    const Role r = a.role[ui];
    // Middle managers and practitioners start initiatives; directors give a thumbs up (002 l. 84).
    if (experienced ? (r == Role::Director || r == Role::MunicipalDirector) : r != Role::UnitLeader) continue;
    // Only from slack: hours left after operational and issue work (002 l. 137–139).
    if (!a.present[ui] || st.busy[ui] >= 0 || a.budget[ui] < s.initiatives.slackHours) continue;
    if (!rng.bernoulli(p)) continue;
    if (experienced && inBetweenCompetence(now, wf, ties, i) < s.initiatives.experiencedThreshold) continue;
    bool co = false;
    if (r == Role::UnitLeader && rng.bernoulli(s.initiatives.coCreationShare)) {
      co = true;
      if (!coCreationRoom(now, wf, load, i)) {  // the leader wanted to, but there is no room (003)
        if (now.day >= now.measureFrom) ++st.counters.coBlocked;
        continue;
      }
    }
    Initiative in;
    in.id = static_cast<int>(st.all.size());
    in.champion = i;
    in.startDay = now.day;
    in.coCreation = co;
    in.measured = now.day >= now.measureFrom;
    in.participants.push_back(i);
    for (int b : recruit(now, wf, ties, initiatives, i, co)) in.participants.push_back(b);
    for (int b : in.participants) {
      in.joinedTenureDay.push_back(a.tenureDay[static_cast<std::size_t>(b)]);
      st.busy[static_cast<std::size_t>(b)] = in.id;
    }
    if (in.measured) {
      ++st.counters.started;
      st.counters.coStarted += co;
    }
    st.active.push_back(in.id);
    st.all.push_back(std::move(in));
  }
}

void workInitiatives(const RunContext& now, Workforce& wf, const InformalNetwork& ties, const HubState& hub,
                     InitiativeState& initiatives) {
  const Scenario& s = now.sc();
  if (!s.initiatives.enabled) return;
  InitiativeState& st = initiatives;
  for (int id : st.active) {
    Initiative& in = st.all[static_cast<std::size_t>(id)];
    // The champion has left: nobody carries it on (002 l. 127, person-dependent).
    if (!stillThere(wf, in, 0)) {
      fade(initiatives, in);
      continue;
    }
    double championHours = 0.0;
    for (std::size_t k = 0; k < in.participants.size(); ++k) {
      // Developing: everyone puts in their hours; ready: the champion alone pushes for endorsement.
      if (!stillThere(wf, in, k) || (k > 0 && in.stage == InitiativeStage::Ready)) continue;
      const double x = spend(wf.agents, in.participants[k], s.initiatives.hoursPerDay);
      if (k == 0) championHours = x;
      in.progress += x;
      if (in.measured) st.counters.hours += x;
    }
    in.idleDays = championHours > 1e-9 ? 0 : in.idleDays + 1;
    if (in.stage == InitiativeStage::Developing && in.progress >= s.initiatives.workHours - 1e-9)
      in.stage = InitiativeStage::Ready;
  }
  endorseInitiatives(now, wf, ties, hub, initiatives);
  // Without endorsement, an initiative lives as long as its champion's time and stamina.
  for (int id : st.active) {
    Initiative& in = st.all[static_cast<std::size_t>(id)];
    if (in.stage == InitiativeStage::Adopted || in.stage == InitiativeStage::Faded) continue;
    if (in.idleDays > s.initiatives.maxIdleDays || now.day - in.startDay >= s.initiatives.championDays)
      fade(initiatives, in);
  }
  std::erase_if(st.active, [&](int id) {
    const InitiativeStage g = st.all[static_cast<std::size_t>(id)].stage;
    return g == InitiativeStage::Adopted || g == InitiativeStage::Faded;
  });
}

}  // namespace samsim::models
