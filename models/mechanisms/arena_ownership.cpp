// Ownership of the arena's follow-ups (000 §6.3: "Hvem eier en sak som meldes inn i et fleksibelt
// forum? ... eierskapet kan pulveriseres"). Every action item has an owner among the attendees of
// the meeting that decided it. At the next meeting the owner reports on it. An owner who is not
// there must hand it on before the meeting to someone who is: they pick the attendee they trust
// most (strongest tie); handing on costs both `hub.hand_on_hours`, and the receiver takes it on
// with a chance equal to their tie's weight (reciprocity, 000 §6.3). With no tie into the meeting,
// or when the receiver declines, the follow-up is lost and goes back to the line. Continuity of
// ownership therefore depends on who attends: the same people every time (fixed membership) or
// people drawn per agenda (flexible membership).
#include <utility>

#include "models/mechanisms/arena.hpp"
#include "models/mechanisms/mechanisms.hpp"
#include "models/state/issue_life_cycle.hpp"

namespace samsim::models {
namespace {

// The attendee the owner trusts most, or -1 when the owner has no tie into the meeting.
int strongestTieIn(const RunContext& now, const InformalNetwork& ties, const Meeting& m, int owner,
                   double& weight) {
  weight = 0.0;
  int best = -1;
  for (int a : m.attendees) {
    const double x = ties.weight(owner, a, now.day);
    if (x > weight) {
      weight = x;
      best = a;
    }
  }
  return best;
}

// Returns the new owner, or -1 when the follow-up is lost.
int handOn(StepView& v, const Meeting& m, AgendaItem item, int owner, sim::RandomStream& rng) {
  HubState::HandOn h;
  h.item = item;
  h.from = owner;
  double weight = 0.0;
  h.to = strongestTieIn(v.now(), std::as_const(v).ties(), m, owner, weight);
  if (h.to >= 0) {
    const double hours = v.sc().hub.handOnHours;
    Agents& agents = v.agents();
    spend(agents, owner, hours);
    spend(agents, h.to, hours);
    h.accepted = rng.bernoulli(weight);
  }
  v.hub().lastHandOns.push_back(h);
  if (h.accepted) {
    ++v.counters().actionItemsHandedOn;
    return h.to;
  }
  ++v.counters().actionItemsLost;
  return -1;
}

}  // namespace

void followUpActionItems(StepView& v, const Meeting& m, sim::RandomStream& rng) {
  v.hub().lastHandOns.clear();
  IssueBook& issues = v.issues();
  auto& items = issues.queues.followUps;
  for (std::size_t i = 0; i < items.size();) {
    const AgendaItem item = items[i];
    Issue& is = issues.all[item.issue().index()];
    if (!attends(m, is.owner)) {
      const int to = handOn(v, m, item, is.owner, rng);
      if (to < 0) {
        takeOff(v, QueueKind::FollowUps, item);
        escalate(v, is);  // back to the raiser, who tries the line
        continue;
      }
      handOnFollowUp(v, is, PersonId{to});
    }
    ++i;
  }
  for (ProblemTask& t : issues.tasks) {
    if (!t.arenaItem || t.done || attends(m, t.owner)) continue;
    const ProblemId problem{t.problem};
    const int to = handOn(v, m, AgendaItem::of(problem), t.owner, rng);
    if (to >= 0) {
      t.owner = to;
      continue;
    }
    t.done = true;
    issues.problems[problem.index()].onArena = false;
    toLeadership(v, AgendaItem::of(problem));
  }
  std::erase_if(issues.tasks, [&](const ProblemTask& t) {
    return t.done && !issues.problems[static_cast<std::size_t>(t.problem)].coordinated;
  });
}

}  // namespace samsim::models
