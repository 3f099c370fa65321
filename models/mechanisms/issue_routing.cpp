// Handling an issue (docs/ODD.md; 000 §5.3, §6.5). Locally when the unit has what it needs;
// otherwise (a) through the informal network — ask the strongest contacts, who may know who holds
// the competence, limited by trust (tie weight), the asker's knowledge of the structures and the
// holder's spare time; (b) through the line (line.cpp); (c) through the coordination arena if one
// exists and the raiser knows of it (arena.cpp). Quadrant-3 issues lie dormant and grow until
// someone notices them (000 §5.2); broad problems wait for a coordinated answer, and a unit that
// loses patience solves its instance on its own — a parallel solution (000 §1).
#include <algorithm>
#include <cmath>

#include "models/mechanisms/mechanisms.hpp"
#include "models/organisation/organisation.hpp"
#include "models/state/issue_life_cycle.hpp"

namespace samsim::models {

bool knowsArena(const RunContext& now, const Workforce& wf, const InformalNetwork& ties, const HubState& hub,
                int agent) {
  if (!arenaActive(hub)) return false;
  const auto ui = static_cast<std::size_t>(agent);
  if (hub.isMember[ui] || wf.agents.visibilityDraw[ui] < hub.visibility) return true;
  // Knowing a member is knowing the arena. In a scale model (municipality.reference_staff) the
  // members' ties cover the simulated staff 1/f times as densely as the reference organisation's,
  // so a person's ties to members count with chance f (a fixed draw per person and day).
  const double reach = now.referenceShare();
  if (reach < 1.0 &&
      !now.stream(sim::purpose("arena-reach"), static_cast<std::uint64_t>(agent)).bernoulli(reach))
    return false;
  const TieSlot* row = ties.row(agent);
  for (int k = 0; k < ties.slots(); ++k)
    if (row[k].other >= 0 && hub.isMember[static_cast<std::size_t>(row[k].other)] &&
        ties.weightOf(row[k], now.day) >= now.sc().network.trustThreshold)
      return true;
  return false;
}

// The chair screens what is brought to the arena against what it can reach (000 §6.3: a group's
// meeting time does not grow with the organisation): an issue is taken only while the issues
// already waiting fit into hub.max_wait_meetings meetings at the pace of the last meeting (items
// it reached). Beyond that the issue would only wait and then go back to its raiser; it goes to
// the line at once instead. Before the first meeting there is no pace to judge by.
bool arenaHasRoom(const Queues& queues, const HubState& hub, int maxWaitMeetings) {
  if (hub.meetings == 0) return true;
  const auto reached = std::max<std::size_t>(1, hub.lastAirtime.size());
  const auto waiting = static_cast<std::size_t>(std::count_if(
      queues.arena.begin(), queues.arena.end(), [](const AgendaItem& item) { return item.isIssue(); }));
  return waiting < reached * static_cast<std::size_t>(std::max(1, maxWaitMeetings));
}

int informalSearch(const RunContext& now, Workforce& wf, const InformalNetwork& ties, Counters& counters,
                   int from, int domain, int issue, int& hops) {
  const Scenario& s = now.sc();
  auto rng = now.stream(sim::purpose("informal-search"), static_cast<std::uint64_t>(issue));
  ++counters.searches;
  std::vector<int> frontier{from};
  std::vector<int> visited{from};
  std::vector<std::pair<double, int>> contacts;
  for (int depth = 1; depth <= s.routing.searchDepth; ++depth) {
    std::vector<int> next;
    for (int asker : frontier) {
      // Asking the right people takes knowing the structures (000 §5.3, drift).
      if (asker != from && !rng.bernoulli(knowledgeNow(now, wf.agents, asker))) continue;
      contacts.clear();
      const TieSlot* row = ties.row(asker);
      for (int k = 0; k < ties.slots(); ++k) {
        if (row[k].other < 0) continue;
        const double wt = ties.weightOf(row[k], now.day);
        if (wt >= s.network.trustThreshold) contacts.emplace_back(-wt, row[k].other);
      }
      std::sort(contacts.begin(), contacts.end());
      const int asked = std::min(static_cast<int>(contacts.size()), s.routing.contactsAsked);
      for (int c = 0; c < asked; ++c) {
        const int who = contacts[static_cast<std::size_t>(c)].second;
        if (std::find(visited.begin(), visited.end(), who) != visited.end()) continue;
        visited.push_back(who);
        // A contact who is away or has no time left today to hear the question does not answer.
        if (wf.agents.budget[static_cast<std::size_t>(who)] + 1e-9 < s.routing.askHours) continue;
        spend(wf.agents, who, s.routing.askHours);
        // The holder helps if competent, with time to spare (free hours ahead beyond the work
        // they have already taken on, accepting_work.cpp), and trusting enough.
        const double spare = willingness(s, wf.agents, PersonId{who});
        if (wf.agents.competence(domain, who) >= s.routing.competenceThreshold &&
            rng.bernoulli(-contacts[static_cast<std::size_t>(c)].first * spare)) {
          hops = depth;
          ++counters.searchesFound;
          return who;
        }
        next.push_back(who);
      }
    }
    frontier.swap(next);
    if (frontier.empty()) break;
  }
  return -1;
}

void routeIssue(StepView& v, Issue& is) {
  const StepView& r = v;
  const Scenario& s = v.sc();
  if (is.quadrant == 1) {
    startWork(v, is, PersonId{is.raiser}, is.remaining, Route::Local);
    return;
  }
  if (is.quadrant == 3) {
    goDormant(v, is);
    return;
  }
  if (is.quadrant == 4) {
    BroadProblem& p = v.issues().problems[static_cast<std::size_t>(is.problem)];
    if (p.coordinated) {
      startWork(v, is, PersonId{is.raiser}, s.issues.adaptHours, p.route);
      return;
    }
    awaitAnswer(v, is);
    if (p.onArena || p.onLeadership) return;  // already carried by another unit's instance
    if (knowsArena(v.now(), r.workforce(), r.ties(), r.hub(), is.raiser)) {
      problemToArena(v, ProblemId{is.problem});
    } else {
      escalate(v, is);
    }
    return;
  }
  // Quadrant 2: the owner is clear but needs another sector's competence.
  int hops = 0;
  const int holder = s.routing.informalSearch ? informalSearch(v.now(), v.workforce(), r.ties(), v.counters(),
                                                               is.raiser, is.domain, is.id, hops)
                                              : -1;
  if (holder >= 0) {
    connectHolder(v, is, PersonId{holder}, v.day() + static_cast<int>(std::ceil(hops * s.routing.daysPerHop)),
                  Route::Informal);
  } else if (knowsArena(v.now(), r.workforce(), r.ties(), r.hub(), is.raiser) &&
             arenaHasRoom(r.issues().queues, r.hub(), s.hub.maxWaitMeetings)) {
    putOnArenaAgenda(v, is, Route::Arena);
  } else {
    escalate(v, is);
  }
}

}  // namespace samsim::models
