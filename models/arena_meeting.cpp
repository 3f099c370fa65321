// One meeting of the coordination arena (see arena.cpp for the sources of each step).
#include <algorithm>
#include <cmath>

#include "models/arena.hpp"
#include "models/mechanisms.hpp"

namespace samsim::models {
namespace {

struct Meeting {
  std::vector<int> attendees;
  double trust = 0.0;       // mean tie weight over attendee pairs before the meeting
  double legitimacy = 0.0;  // mean in-between competence of attendees
};

int entryDomain(const World& w, int entry) {
  return entry < 0 ? w.issues.problems[static_cast<std::size_t>(entryProblem(entry))].domain
                   : w.issues.all[static_cast<std::size_t>(entry)].domain;
}

bool attends(const Meeting& m, int id) {
  return std::find(m.attendees.begin(), m.attendees.end(), id) != m.attendees.end();
}

// Pooled competence and contacts: an attendee who holds the domain, or one with a trusted tie to
// someone who does. Returns the holder or -1.
int pooledHolder(const World& w, const Meeting& m, int domain) {
  const Scenario& s = w.sc();
  const double thr = s.routing.competenceThreshold;
  for (int a : m.attendees)
    if (w.agents.competence(domain, a) >= thr) return a;
  for (int a : m.attendees) {
    const TieSlot* row = w.ties.row(a);
    for (int k = 0; k < w.ties.slots(); ++k) {
      const int o = row[k].other;
      if (o >= 0 && w.agents.competence(domain, o) >= thr &&
          w.ties.weightOf(row[k], w.day) >= s.network.trustThreshold)
        return o;
    }
  }
  return -1;
}

void toLine(World& w, int entry) {
  if (entry < 0) {
    BroadProblem& p = w.issues.problems[static_cast<std::size_t>(entryProblem(entry))];
    if (!p.coordinated && !p.onLeadership) {
      p.onLeadership = true;
      w.line.leadershipQueue.push_back(entry);
    }
    return;
  }
  Issue& is = w.issues.all[static_cast<std::size_t>(entry)];
  is.state = IssueState::Leadership;
  w.line.leadershipQueue.push_back(entry);
}

// Follow-up of earlier action items: an owner who is not here may let it drop (000 §6.3).
void checkOwnership(World& w, const Meeting& m, sim::RandomStream& rng) {
  const double loss = w.sc().hub.ownershipLoss;
  auto& items = w.hub.actionItems;
  std::size_t keep = 0;
  for (int id : items) {
    Issue& is = w.issues.all[static_cast<std::size_t>(id)];
    if (is.state != IssueState::ActionItem) continue;
    if (!attends(m, is.owner) && rng.bernoulli(loss)) {
      ++w.counters.actionItemsLost;
      escalate(w, is);  // back to the raiser, who tries the line
      continue;
    }
    items[keep++] = id;
  }
  items.resize(keep);
  for (ProblemTask& t : w.tasks) {
    if (!t.arenaItem || t.done || attends(m, t.owner) || !rng.bernoulli(loss)) continue;
    ++w.counters.actionItemsLost;
    t.done = true;
    w.issues.problems[static_cast<std::size_t>(t.problem)].onArena = false;
    toLine(w, problemEntry(t.problem));
  }
  std::erase_if(w.tasks, [&](const ProblemTask& t) {
    return t.done && !w.issues.problems[static_cast<std::size_t>(t.problem)].coordinated;
  });
}

// Budding concerns from each member's own sector (000 §5.2): noticed with a chance that grows
// with the member's in-between competence.
void statusRound(World& w, const Meeting& m, sim::RandomStream& rng) {
  std::vector<double> miss(static_cast<std::size_t>(w.sectors), 1.0);
  for (int a : m.attendees)
    miss[w.agents.affiliation[static_cast<std::size_t>(a)]] *=
        1.0 - w.sc().hub.buddingDetection * inBetweenCompetence(w, a);
  int covered = 0;
  for (double x : miss) covered += x < 1.0;
  w.hub.lastCoverage = static_cast<double>(covered) / w.sectors;
  for (int id : w.issues.open) {
    Issue& is = w.issues.all[static_cast<std::size_t>(id)];
    if (is.state != IssueState::Dormant || !rng.bernoulli(1.0 - miss[is.sector])) continue;
    is.early = is.size < w.sc().issues.weakSignalSize;
    if (inBook(w, is)) ++(is.early ? w.counters.weakEarly : w.counters.weakLate);
    is.remaining = w.sc().issues.q3Hours * is.size;
    is.state = IssueState::Arena;
    is.route = Route::Arena;
    w.hub.agenda.push_back(id);
  }
}

// Returns true when the entry leaves the agenda.
bool work(World& w, const Meeting& m, int entry, sim::RandomStream& rng) {
  const Scenario& s = w.sc();
  const int domain = entryDomain(w, entry);
  // Stale entries: answered another way meanwhile.
  if (entry >= 0 && w.issues.all[static_cast<std::size_t>(entry)].state != IssueState::Arena) return true;
  if (entry < 0 && w.issues.problems[static_cast<std::size_t>(entryProblem(entry))].coordinated) return true;
  const int holder = pooledHolder(w, m, domain);
  if (holder < 0) {
    toLine(w, entry);  // the arena cannot answer it: to the line
    return true;
  }
  if (entry >= 0 && w.issues.all[static_cast<std::size_t>(entry)].quadrant == 2) {
    // Owner clear: the arena only needs to connect the raiser with a holder.
    Issue& is = w.issues.all[static_cast<std::size_t>(entry)];
    is.state = IssueState::Searching;
    is.worker = holder;
    is.helper = is.raiser;
    is.readyDay = w.day + 1;
    return true;
  }
  if (s.hub.mandate == "information") {
    toLine(w, entry);  // brought in, but not taken out (000 §5.2)
    return true;
  }
  if (s.hub.mandate == "advisory") {
    if (liaisonActive(w))
      w.line.liaisonQueue.push_back(entry);
    else
      toLine(w, entry);
    if (entry >= 0) w.issues.all[static_cast<std::size_t>(entry)].state = IssueState::Leadership;
    return true;
  }
  // Decisive: a decision needs legitimacy in the line (000 §5.4, §6.3: a new middle layer?).
  if (!rng.bernoulli(m.legitimacy)) {
    ++w.counters.contested;
    toLine(w, entry);
    return true;
  }
  const int sector = domain < w.sectors ? domain : w.orgSector;
  int owner = -1;
  for (int a : m.attendees) {
    const auto ua = static_cast<std::size_t>(a);
    if (owner < 0 || (w.agents.affiliation[ua] == sector &&
                      w.agents.affiliation[static_cast<std::size_t>(owner)] != sector))
      owner = a;
  }
  // Work that mostly helps other sectors is accepted when trust is high (reciprocity, 000 §6.3).
  if (w.agents.affiliation[static_cast<std::size_t>(owner)] != sector && !rng.bernoulli(m.trust))
    return false;
  implementDecision(w, entry, Route::Arena, owner, true);
  if (entry >= 0) w.hub.actionItems.push_back(entry);
  return true;
}

}  // namespace

void runArenaMeeting(World& w) {
  if (!w.hub.active) return;
  const Scenario& s = w.sc();
  auto rng = w.stream(sim::purpose("arena-meeting"));
  Meeting m;
  if (s.hub.membership == "fixed") {
    for (int id : w.hub.members)
      if (w.agents.present[static_cast<std::size_t>(id)]) m.attendees.push_back(id);
  } else if (w.hub.chair >= 0) {
    m.attendees = chooseFlexibleAttendees(w, w.hub.ranked);
    if (s.hub.commsMember && !w.centralStaff.empty() && !attends(m, w.centralStaff.front()))
      m.attendees.push_back(w.centralStaff.front());
  }
  const int n = static_cast<int>(m.attendees.size());
  if (n == 0) return;
  w.hub.lastAttendees = m.attendees;
  double trust = 0.0;
  for (int i = 0; i < n; ++i) {
    m.legitimacy += inBetweenCompetence(w, m.attendees[static_cast<std::size_t>(i)]) / n;
    for (int j = i + 1; j < n; ++j)
      trust += w.ties.weight(m.attendees[static_cast<std::size_t>(i)],
                             m.attendees[static_cast<std::size_t>(j)], w.day);
  }
  m.trust = n > 1 ? trust / (n * (n - 1) / 2.0) : 1.0;
  for (int a : m.attendees) {
    w.agents.coord[static_cast<std::size_t>(a)] += s.hub.meetingHours;
    w.agents.budget[static_cast<std::size_t>(a)] =
        std::max(0.0, w.agents.budget[static_cast<std::size_t>(a)] - s.hub.meetingHours);
    refreshKnowledge(w, a);
  }
  w.counters.meetingHours += s.hub.meetingHours * n;
  w.counters.hubMeetingHours += s.hub.meetingHours * n;

  checkOwnership(w, m, rng);
  statusRound(w, m, rng);
  if (w.crisis.active && w.redeploy.overviewDay < 0 && w.hub.lastCoverage >= s.redeployment.overviewCoverage)
    w.redeploy.overviewDay = w.day;

  // Size effects: status airtime per member and a cost per pair of attendees (000 §6.3).
  const double productive =
      s.hub.meetingHours - s.hub.statusMinutes * n / 60.0 - s.hub.pairMinutes * n * (n - 1) / 2.0 / 60.0;
  int items = std::max(0, static_cast<int>(std::floor(productive / s.hub.itemHours + 1e-9)));
  auto& agenda = w.hub.agenda;
  std::stable_partition(agenda.begin(), agenda.end(), [](int e) { return e < 0; });  // urgent first
  std::vector<int> rest;
  for (int entry : agenda) {
    if (items <= 0) {
      // Triage: urgent broad problems wait for the arena; an issue not reached in
      // hub.max_wait_meetings meetings goes back to its raiser, who tries the line.
      Issue* is = entry >= 0 ? &w.issues.all[static_cast<std::size_t>(entry)] : nullptr;
      if (is && is->state != IssueState::Arena) {
        w.hub.waited.erase(entry);  // stale: answered another way meanwhile
        continue;
      }
      if (is && ++w.hub.waited[entry] > s.hub.maxWaitMeetings) {
        w.hub.waited.erase(entry);
        escalate(w, *is);
        continue;
      }
      rest.push_back(entry);
      continue;
    }
    --items;
    if (entry >= 0) w.hub.waited.erase(entry);
    if (!work(w, m, entry, rng)) rest.push_back(entry);
  }
  agenda.swap(rest);

  // Repeated co-attendance builds trust (000 §6.3); complementary people meeting breed ideas (000 §5.2).
  for (int i = 0; i < n; ++i)
    for (int j = i + 1; j < n; ++j) {
      const int a = m.attendees[static_cast<std::size_t>(i)];
      const int b = m.attendees[static_cast<std::size_t>(j)];
      w.ties.strengthen(a, b, s.network.coattendGain, w.day);
      if (w.agents.affiliation[static_cast<std::size_t>(a)] !=
          w.agents.affiliation[static_cast<std::size_t>(b)])
        maybeInnovate(w, a, b, s.innovation.meetingRate, true);
    }
  if (s.hub.commsMember) w.hub.visibility = std::min(1.0, w.hub.visibility + s.hub.commsReach);
  ++w.hub.meetings;
  ++w.counters.arenaMeetings;
}

}  // namespace samsim::models
