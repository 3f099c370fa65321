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
#include "models/mechanisms.hpp"

namespace samsim::models {
namespace {

enum : std::uint8_t { kNone = 0, kOwn = 1, kChampion = 2, kOthers = 3 };

void adopt(World& w, Initiative& in, Endorsement how) {
  InitiativeState& st = w.initiatives;
  in.stage = InitiativeStage::Adopted;
  in.endorsement = how;
  const double thr = w.sc().network.trustThreshold;
  std::vector<std::uint8_t> mark(w.units.size(), kNone);
  std::vector<int> here;  // participants still in their posts
  for (std::size_t k = 0; k < in.participants.size(); ++k) {
    const int p = in.participants[k];
    if (w.agents.tenureDay[static_cast<std::size_t>(p)] != in.joinedTenureDay[k]) continue;
    here.push_back(p);
    mark[static_cast<std::size_t>(w.agents.unit[static_cast<std::size_t>(p)])] = kOwn;
  }
  auto reach = [&](int unit, std::uint8_t by) {
    std::uint8_t& m = mark[static_cast<std::size_t>(unit)];
    if (m != kOwn && m != kOthers) m = by;
  };
  for (int p : here) {
    const TieSlot* row = w.ties.row(p);
    for (int k = 0; k < w.ties.slots(); ++k)
      if (row[k].other >= 0 && w.ties.weightOf(row[k], w.day) >= thr)
        reach(w.agents.unit[static_cast<std::size_t>(row[k].other)], p == in.champion ? kChampion : kOthers);
  }
  if (how == Endorsement::Arena)
    for (int m : w.hub.lastAttendees) reach(w.agents.unit[static_cast<std::size_t>(m)], kOthers);
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

double authority(const World& w, const Initiative& in) {
  double sum = 0.0;
  for (std::size_t k = 0; k < in.participants.size(); ++k)
    if (w.agents.tenureDay[static_cast<std::size_t>(in.participants[k])] == in.joinedTenureDay[k])
      sum += inBetweenCompetence(w, in.participants[k]);
  return sum;
}

bool knowsPath(const World& w, const Initiative& in) {
  if (!arenaActive(w.hub)) return false;
  for (int p : in.participants)
    if (knowsArena(w, p)) return true;
  return false;
}

}  // namespace

void endorseInitiatives(World& w) {
  const Scenario& s = w.sc();
  const auto& cfg = s.initiatives;
  // The arena met today (its cadence) and the leadership group meets today (line.cpp's cadence).
  int arenaSlots = arenaActive(w.hub) && w.day % s.hub.cadenceDays == 0 ? cfg.agendaSlots : 0;
  const int lc = s.line.leadershipCadenceDays;
  int leadershipSlots = cfg.adoption == "leadership" && w.day % lc == lc - 1 ? cfg.agendaSlots : 0;
  for (int id : w.initiatives.active) {
    Initiative& in = w.initiatives.all[static_cast<std::size_t>(id)];
    if (in.stage != InitiativeStage::Ready) continue;
    // The team weighs its standing once a week (every fifth working day from the start): standing
    // changes slowly, and reading it daily for every waiting team would dominate the run time.
    if (cfg.adoption == "professional" && (w.day - in.startDay) % 5 == 0 &&
        authority(w, in) >= cfg.authorityThreshold - 1e-12) {
      adopt(w, in, Endorsement::Professional);
      continue;
    }
    if (knowsPath(w, in)) {
      if (arenaSlots <= 0) continue;  // waits for the next meeting with room on its agenda
      --arenaSlots;
      if (w.hub.chair >= 0) spend(w.agents, w.hub.chair, s.hub.itemHours);
      adopt(w, in, Endorsement::Arena);
      continue;
    }
    if (cfg.adoption == "line") {
      const int sector = w.agents.sector[static_cast<std::size_t>(in.champion)];
      const int director = w.sectorList[static_cast<std::size_t>(sector)].director;
      // A decision takes the director's hours; with none left today, it waits.
      if (director < 0 || w.agents.budget[static_cast<std::size_t>(director)] < cfg.decisionHours - 1e-12)
        continue;
      spend(w.agents, director, cfg.decisionHours);
      adopt(w, in, Endorsement::Line);
    } else if (cfg.adoption == "leadership" && leadershipSlots > 0) {
      --leadershipSlots;
      if (w.municipalDirector >= 0) spend(w.agents, w.municipalDirector, cfg.decisionHours);
      adopt(w, in, Endorsement::Line);
    }
  }
}

}  // namespace samsim::models
