// One meeting of the coordination arena (see arena.cpp for the sources of each step). A meeting
// has a fixed length (`hub.meeting_hours`). Each attendee's status report takes airtime
// (`hub.status_minutes`, 000 §5.1 Fig. 3); the rest is shared among agenda items in order. An item
// takes a base time (`hub.item_hours`) and `hub.speak_minutes` for every attendee who speaks to it —
// those from the sector that raised it or owns its domain, and those who hold its competence. A
// larger arena thus spends more of its time on status and more on each item ("small is
// beautiful", 000 §6.3: "Jo flere som er med, jo mer tid går med til å gi hverandre informasjon"),
// while it brings more competence, contacts and signals. Every attendee also spends
// `hub.prep_hours` of their own time preparing and reporting back, charged to their hours.
#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include "models/mechanisms/arena.hpp"
#include "models/mechanisms/mechanisms.hpp"
#include "models/state/issue_life_cycle.hpp"

namespace samsim::models {

bool attends(const Meeting& m, int id) {
  return std::find(m.attendees.begin(), m.attendees.end(), id) != m.attendees.end();
}

namespace {

// Pooled competence and contacts: the attendees who hold the domain, then the people the attendees
// trust who do, in that order, each once.
std::vector<int> pooledHolders(const RunContext& now, const Agents& agents, const InformalNetwork& ties,
                               const Meeting& m, int domain) {
  const Scenario& s = now.sc();
  const double thr = s.routing.competenceThreshold;
  std::vector<int> out;
  auto add = [&](int id) {
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  };
  for (int a : m.attendees)
    if (agents.competence(domain, a) >= thr) add(a);
  for (int a : m.attendees) {
    const TieSlot* row = ties.row(a);
    for (int k = 0; k < ties.slots(); ++k) {
      const int o = row[k].other;
      if (o >= 0 && agents.competence(domain, o) >= thr &&
          ties.weightOf(row[k], now.day) >= s.network.trustThreshold)
        add(o);
    }
  }
  return out;
}

// The first of `candidates` who agrees to take the work on when asked (agreesToTakeOn), or -1.
int firstToAgree(const RunContext& now, Agents& agents, const std::vector<int>& candidates,
                 sim::RandomStream& rng) {
  for (int id : candidates)
    if (agreesToTakeOn(now, agents, PersonId{id}, rng)) return id;
  return -1;
}

// Attendees who speak to an item: from the raising sector or the domain's sector, or holding the
// domain's competence.
std::vector<int> speakers(const RunContext& now, const Workforce& wf, const IssueBook& issues,
                          const Meeting& m, AgendaItem item) {
  const int domain = itemDomain(issues, item);
  const int domainSector = domain < wf.sectors ? domain : -1;
  const int raisedIn = item.isIssue() ? issues.all[item.issue().index()].sector : -1;
  std::vector<int> out;
  for (int a : m.attendees) {
    const int k = wf.agents.affiliation[static_cast<std::size_t>(a)];
    if (k == domainSector || k == raisedIn ||
        wf.agents.competence(domain, a) >= now.sc().routing.competenceThreshold)
      out.push_back(a);
  }
  return out;
}

// The arena cannot take it further: to the leadership group's agenda.
void sendToLine(const IssueLedger& lc, AgendaItem item) {
  takeOff(lc, QueueKind::Arena, item);
  toLeadership(lc, item);
}

// Works on an item the meeting reached; returns true when the item leaves the agenda.
bool work(StepView& v, const Meeting& m, AgendaItem item, sim::RandomStream& rng) {
  const StepView& r = v;
  const Scenario& s = v.sc();
  const Workforce& wf = r.workforce();
  const int domain = itemDomain(r.issues(), item);
  const std::vector<int> holders = pooledHolders(v.now(), wf.agents, r.ties(), m, domain);
  if (holders.empty()) {
    sendToLine(v, item);  // nobody in the room knows the domain or anyone who does: to the line
    return true;
  }
  if (item.isIssue() && r.issues().all[item.issue().index()].quadrant == 2) {
    // Owner clear: the arena only needs to connect the raiser with a holder, who is asked first;
    // when nobody it can name agrees, the line must find one.
    const int holder = firstToAgree(v.now(), v.agents(), holders, rng);
    if (holder < 0) {
      sendToLine(v, item);
      return true;
    }
    Issue& is = v.issues().all[item.issue().index()];
    takeOff(v, QueueKind::Arena, item);
    connectHolder(v, is, PersonId{holder}, v.day() + 1, is.route);
    return true;
  }
  if (s.hub.mandate == Mandate::Information) {
    sendToLine(v, item);  // brought in, but not taken out (000 §5.2)
    return true;
  }
  if (s.hub.mandate == Mandate::Advisory) {
    if (!liaisonActive(v.now(), r.hub())) {
      sendToLine(v, item);
      return true;
    }
    takeOff(v, QueueKind::Arena, item);  // advice the liaison carries to the leadership group
    if (item.isIssue())
      carryToLeadership(v, v.issues().all[item.issue().index()]);
    else
      problemToLiaison(v, item.problem());
    return true;
  }
  // Decisive: a decision needs legitimacy in the line (000 §5.4, §6.3: a new middle layer?).
  if (!rng.bernoulli(m.legitimacy)) {
    ++v.counters().contested;
    sendToLine(v, item);
    return true;
  }
  // The follow-up's owner: attendees from the sector the work belongs to first, then the others,
  // asked in that order; who agrees owns it. When nobody agrees, the arena cannot take it further
  // and it goes to the line, as an item nobody in the room can answer does.
  const int sector = domain < wf.sectors ? domain : wf.orgSector;
  std::vector<int> order;
  for (int a : m.attendees)
    if (wf.agents.affiliation[static_cast<std::size_t>(a)] == sector) order.push_back(a);
  for (int a : m.attendees)
    if (wf.agents.affiliation[static_cast<std::size_t>(a)] != sector) order.push_back(a);
  const int owner = firstToAgree(v.now(), v.agents(), order, rng);
  if (owner < 0) {
    sendToLine(v, item);  // nobody in the room has the time to own it: the line must
    return true;
  }
  // Work that mostly helps other sectors is accepted when trust is high (reciprocity, 000 §6.3).
  if (wf.agents.affiliation[static_cast<std::size_t>(owner)] != sector && !rng.bernoulli(m.trust))
    return false;
  takeOff(v, QueueKind::Arena, item);
  implementDecision(v, item, Route::Arena, PersonId{owner}, true);  // an issue becomes a follow-up
  return true;
}

Meeting convene(const StepView& r) {
  const Scenario& s = r.sc();
  const Workforce& wf = r.workforce();
  const HubState& hub = r.hub();
  const InformalNetwork& ties = r.ties();
  Meeting m;
  if (s.hub.membership == Membership::Fixed) {
    for (int id : hub.members)
      if (wf.agents.present[static_cast<std::size_t>(id)]) m.attendees.push_back(id);
  } else if (hub.chair >= 0) {
    m.attendees = chooseFlexibleAttendees(r.now(), wf, r.issues(), hub, hub.ranked);
    if (s.hub.commsMember && !wf.centralStaff.empty() && !attends(m, wf.centralStaff.front()))
      m.attendees.push_back(wf.centralStaff.front());
  }
  const int n = static_cast<int>(m.attendees.size());
  double trust = 0.0;
  for (int i = 0; i < n; ++i) {
    m.legitimacy += inBetweenCompetence(r.now(), wf, ties, m.attendees[static_cast<std::size_t>(i)]) / n;
    for (int j = i + 1; j < n; ++j)
      trust += ties.weight(m.attendees[static_cast<std::size_t>(i)], m.attendees[static_cast<std::size_t>(j)],
                           r.day());
  }
  m.trust = n > 1 ? trust / (n * (n - 1) / 2.0) : 1.0;
  return m;
}

// Attendees from different sectors who spoke to the same item (a shared problem, 000 §5.2).
void noteShared(const Agents& agents, const std::vector<int>& voices, std::set<std::pair<int, int>>& shared) {
  for (std::size_t i = 0; i < voices.size(); ++i)
    for (std::size_t j = i + 1; j < voices.size(); ++j)
      if (agents.affiliation[static_cast<std::size_t>(voices[i])] !=
          agents.affiliation[static_cast<std::size_t>(voices[j])])
        shared.emplace(std::min(voices[i], voices[j]), std::max(voices[i], voices[j]));
}

// Works the agenda in order within the airtime left; returns the pairs of attendees from
// different sectors who spoke to the same item (a shared problem, 000 §5.2). An item that leaves
// the agenda is taken off it; the rest stay in order.
std::set<std::pair<int, int>> workAgenda(StepView& v, const Meeting& m, double minutesLeft,
                                         sim::RandomStream& rng) {
  const Scenario& s = v.sc();
  const Workforce& wf = std::as_const(v).workforce();
  IssueBook& issues = v.issues();
  HubState& hub = v.hub();
  std::set<std::pair<int, int>> shared;
  auto& agenda = issues.queues.arena;
  std::stable_partition(agenda.begin(), agenda.end(),
                        [](const AgendaItem& item) { return item.isProblem(); });  // urgent first
  bool open = true;  // the meeting still has time
  hub.airtimeCarry = 0.0;
  for (std::size_t i = 0; i < agenda.size();) {
    const AgendaItem item = agenda[i];
    const std::vector<int> voices = speakers(v.now(), wf, issues, m, item);
    // A broad problem is the whole organisation's: the simulated staff's share of its airtime.
    const double minutes =
        (s.hub.itemHours * 60.0 + s.hub.speakMinutes * static_cast<double>(voices.size())) *
        (item.isProblem() ? std::min(1.0, v.now().referenceShare()) : 1.0);
    if (open && minutes > minutesLeft + 1e-9) {
      open = false;
      hub.airtimeCarry = std::max(0.0, minutesLeft);  // waits for the item that did not fit
    }
    if (!open) {
      // Triage: urgent broad problems wait for the arena; an issue not reached in
      // hub.max_wait_meetings meetings goes back to its raiser, who tries the line.
      if (item.isIssue() && ++agenda[i].waited > s.hub.maxWaitMeetings) {
        takeOff(v, QueueKind::Arena, item);
        escalate(v, issues.all[item.issue().index()]);
        continue;
      }
      ++i;
      continue;
    }
    minutesLeft -= minutes;
    hub.lastAirtime.push_back({item, static_cast<int>(voices.size()), minutes});
    agenda[i].waited = 0;
    noteShared(wf.agents, voices, shared);
    if (!work(v, m, item, rng)) ++i;
  }
  return shared;
}

}  // namespace

void runArenaMeeting(StepView& v) {
  HubState& hub = v.hub();
  if (!hub.active) return;
  const StepView& r = v;
  const Scenario& s = v.sc();
  auto rng = v.stream(sim::purpose("arena-meeting"));
  const Meeting m = convene(v);
  const int n = static_cast<int>(m.attendees.size());
  if (n == 0) return;
  Agents& agents = v.agents();
  hub.lastAttendees = m.attendees;
  hub.attended.resize(static_cast<std::size_t>(agents.size()), 0);
  for (int a : m.attendees) hub.attended[static_cast<std::size_t>(a)] = 1;
  hub.lastMeetingDay = v.day();
  hub.lastAirtime.clear();
  for (int a : m.attendees) {
    agents.coord[static_cast<std::size_t>(a)] += s.hub.meetingHours;
    agents.budget[static_cast<std::size_t>(a)] =
        std::max(0.0, agents.budget[static_cast<std::size_t>(a)] - s.hub.meetingHours);
    spend(agents, a, s.hub.prepHours);  // preparing and reporting back to the sector
    refreshKnowledge(v.now(), agents, a);
  }
  Counters& counters = v.counters();
  counters.meetingHours += s.hub.meetingHours * n;
  counters.hubMeetingHours += s.hub.meetingHours * n;

  followUpActionItems(v, m, rng);
  statusRound(v, m, rng);
  if (r.crisis().active && r.redeploy().overviewDay < 0 &&
      hub.lastCoverage >= s.redeployment.overviewCoverage)
    v.redeploy().overviewDay = v.day();

  // Time for items: what the status round leaves, of which the simulated staff's items get their
  // share of the reference organisation's (municipality.reference_staff). Minutes not used because
  // the next item does not fit carry over to the next meeting; an agenda worked to its end carries
  // nothing.
  const double share =
      std::max(0.0, s.hub.meetingHours * 60.0 - s.hub.statusMinutes * n) * v.now().referenceShare();
  const auto shared = workAgenda(v, m, share + hub.airtimeCarry, rng);

  // Repeated co-attendance builds trust (000 §6.3); complementary people who worked on the same
  // item may find something new (000 §5.2, innovation.cpp).
  InformalNetwork& ties = v.ties();
  for (int i = 0; i < n; ++i)
    for (int j = i + 1; j < n; ++j)
      ties.strengthen(m.attendees[static_cast<std::size_t>(i)], m.attendees[static_cast<std::size_t>(j)],
                      s.network.coattendGain, v.day());
  hub.ideas.assign(shared.begin(), shared.end());
  if (s.hub.commsMember) hub.visibility = std::min(1.0, hub.visibility + s.hub.commsReach);
  ++hub.meetings;
  ++counters.arenaMeetings;
}

}  // namespace samsim::models
