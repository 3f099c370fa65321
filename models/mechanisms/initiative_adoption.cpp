// Endorsement and spread of initiatives (002, 004; docs/ODD.md §7 "Initiatives and co-creation").
// Middle managers can start initiatives but cannot make them stick without authority (002 l. 157).
// A ready initiative is adopted beyond its participants by one of two kinds of authority:
// - professional: the participants are respected practitioners — their summed in-between
//   competence (tenure, knowledge of the structures, network reach, trust) reaches a threshold,
//   weighed weekly;
// - administrative: the line decides — the champion's director spends a decision's hours, or the
//   leadership group gives it one of its few agenda slots (adoption: line | leadership).
// When a coordination arena exists and a participant knows it, the arena's agenda slot is a path
// for every initiative the participants cannot endorse themselves. An endorsed initiative is taken
// up only where its learning reaches (004): in units where someone has a trusted tie to a
// participant, and, when the arena endorsed it, in the units of the arena's attendees. A line
// decision reaches no one by itself: colleagues without a tie to the participants do not take it
// up (the silent resistance of 002 l. 107, 157).
#include "models/mechanisms/mechanisms.hpp"

namespace samsim::models {
namespace {

enum : std::uint8_t { kNone = 0, kOwn = 1, kChampion = 2, kOthers = 3 };

void adopt(const RunContext& now, const Workforce& wf, const InformalNetwork& ties, const HubState& hub,
           InitiativeState& initiatives, Initiative& in, Endorsement how) {
  InitiativeState& st = initiatives;
  in.stage = InitiativeStage::Adopted;
  in.endorsement = how;
  const double thr = now.sc().network.trustThreshold;
  std::vector<std::uint8_t> mark(wf.units.size(), kNone);
  std::vector<int> here;  // participants still in their posts
  for (std::size_t k = 0; k < in.participants.size(); ++k) {
    const int p = in.participants[k];
    if (wf.agents.tenureDay[static_cast<std::size_t>(p)] != in.joinedTenureDay[k]) continue;
    here.push_back(p);
    mark[static_cast<std::size_t>(wf.agents.unit[static_cast<std::size_t>(p)])] = kOwn;
  }
  auto reach = [&](int unit, std::uint8_t by) {
    std::uint8_t& m = mark[static_cast<std::size_t>(unit)];
    if (m != kOwn && m != kOthers) m = by;
  };
  for (int p : here) {
    const TieSlot* row = ties.row(p);
    for (int k = 0; k < ties.slots(); ++k)
      if (row[k].other >= 0 && ties.weightOf(row[k], now.day) >= thr)
        reach(wf.agents.unit[static_cast<std::size_t>(row[k].other)], p == in.champion ? kChampion : kOthers);
  }
  if (how == Endorsement::Arena)
    for (int m : hub.lastAttendees) reach(wf.agents.unit[static_cast<std::size_t>(m)], kOthers);
  int reached = 0, withoutChampion = 0;
  for (std::uint8_t m : mark) {
    reached += m == kChampion || m == kOthers;
    withoutChampion += m == kOthers;
  }
  in.reachedUnits = reached;
  in.singleCarrier = withoutChampion == 0;
  for (int p : in.participants)
    if (st.busy[static_cast<std::size_t>(p)] == in.id) st.busy[static_cast<std::size_t>(p)] = -1;
  if (!in.measured) return;
  InitiativeCounters& c = st.counters;
  ++c.adopted;
  ++(how == Endorsement::Professional ? c.byProfessional : how == Endorsement::Arena ? c.byArena : c.byLine);
  c.reachedUnits += reached;
  c.singleCarrier += in.singleCarrier;
  if (in.coCreation) {
    ++c.coAdopted;
    c.coReachedUnits += reached;
  }
}

double authority(const RunContext& now, const Workforce& wf, const InformalNetwork& ties,
                 const Initiative& in) {
  double sum = 0.0;
  for (std::size_t k = 0; k < in.participants.size(); ++k)
    if (wf.agents.tenureDay[static_cast<std::size_t>(in.participants[k])] == in.joinedTenureDay[k])
      sum += inBetweenCompetence(now, wf, ties, in.participants[k]);
  return sum;
}

bool knowsPath(const RunContext& now, const Workforce& wf, const InformalNetwork& ties, const HubState& hub,
               const Initiative& in) {
  if (!arenaActive(hub)) return false;
  for (int p : in.participants)
    if (knowsArena(now, wf, ties, hub, p)) return true;
  return false;
}

}  // namespace

void endorseInitiatives(const RunContext& now, Workforce& wf, const InformalNetwork& ties,
                        const HubState& hub, InitiativeState& initiatives) {
  const Scenario& s = now.sc();
  const auto& cfg = s.initiatives;
  // The arena met today and the leadership group meets today (schedule.hpp).
  int arenaSlots = arenaActive(hub) && meetsToday(now, Body::Arena) ? cfg.agendaSlots : 0;
  int leadershipSlots =
      cfg.adoption == Adoption::Leadership && meetsToday(now, Body::LeadershipGroup) ? cfg.agendaSlots : 0;
  for (int id : initiatives.active) {
    Initiative& in = initiatives.all[static_cast<std::size_t>(id)];
    if (in.stage != InitiativeStage::Ready) continue;
    // The team weighs its standing once a week (every fifth working day from the start): standing
    // changes slowly, and reading it daily for every waiting team would dominate the run time.
    if (cfg.adoption == Adoption::Professional && (now.day - in.startDay) % 5 == 0 &&
        authority(now, wf, ties, in) >= cfg.authorityThreshold - 1e-12) {
      adopt(now, wf, ties, hub, initiatives, in, Endorsement::Professional);
      continue;
    }
    if (knowsPath(now, wf, ties, hub, in)) {
      if (arenaSlots <= 0) continue;  // waits for the next meeting with room on its agenda
      --arenaSlots;
      if (hub.chair >= 0) spend(wf.agents, hub.chair, s.hub.itemHours);
      adopt(now, wf, ties, hub, initiatives, in, Endorsement::Arena);
      continue;
    }
    if (cfg.adoption == Adoption::Line) {
      const int sector = wf.agents.sector[static_cast<std::size_t>(in.champion)];
      const int director = wf.sectorList[static_cast<std::size_t>(sector)].director;
      // A decision takes the director's hours; with none left today, it waits.
      if (director < 0 || wf.agents.budget[static_cast<std::size_t>(director)] < cfg.decisionHours - 1e-12)
        continue;
      spend(wf.agents, director, cfg.decisionHours);
      adopt(now, wf, ties, hub, initiatives, in, Endorsement::Line);
    } else if (cfg.adoption == Adoption::Leadership && leadershipSlots > 0) {
      --leadershipSlots;
      if (wf.municipalDirector >= 0) spend(wf.agents, wf.municipalDirector, cfg.decisionHours);
      adopt(now, wf, ties, hub, initiatives, in, Endorsement::Line);
    }
  }
}

}  // namespace samsim::models
