// The coordination arena (000 §3–§6). It forms when the design says (standing, or weeks into a
// crisis, 000 §3) and may dissolve when the crisis ends (000 §6.2). At each meeting, members give
// their sector's status (the situation picture, 000 §5.1 Fig. 3) and may bring budding concerns
// heard through their ties into the units (weak signals, 000 §5.2–5.3, arena_signals.cpp); the
// agenda shares the meeting's airtime, each item taking longer the more attendees speak to it
// (size effects, "small is beautiful", 000 §6.3, arena_meeting.cpp). Pooled competence
// and contacts decide whether an item can be answered; the mandate decides what comes out
// (information, advice needing a decision-maker — fast through a liaison, slow through the line —
// or a decision needing legitimacy, 000 §5.4, §6.5). Decided items get an owner among the
// attendees, who accepts work for other sectors when trust is high (000 §6.3); an owner who is not
// at the next meeting must hand the follow-up on or lose it (ownership pulverises in a flexible
// arena, 000 §6.3, arena_ownership.cpp).
#include <algorithm>
#include <cmath>
#include <utility>

#include "models/mechanisms/arena.hpp"
#include "models/mechanisms/mechanisms.hpp"

namespace samsim::models {

bool arenaActive(const HubState& hub) {
  return hub.active;
}

bool liaisonActive(const RunContext& now, const HubState& hub) {
  return hub.active && now.sc().hub.liaison && now.day >= hub.formedDay + now.sc().hub.liaisonAfterDays;
}

namespace {

void form(StepView& v) {
  const StepView& r = v;
  const Scenario& s = v.sc();
  const Workforce& wf = r.workforce();
  HubState& h = v.hub();
  h.active = true;
  h.everFormed = true;
  h.formedDay = v.day();
  h.visibility = std::max(h.visibility, s.hub.visibility);
  h.isMember.assign(static_cast<std::size_t>(wf.agents.size()), 0);
  h.ranked = rankedCandidates(v.now(), wf, r.ties());
  if (s.hub.membership == Membership::Fixed) {
    h.members = chooseFixedMembers(v.now(), wf, r.ties());
  } else {
    h.members.clear();
    const auto& org = h.ranked[static_cast<std::size_t>(wf.orgSector)];
    if (!org.empty()) h.members.push_back(org.front());
  }
  if (s.hub.commsMember && !wf.centralStaff.empty() &&
      std::find(h.members.begin(), h.members.end(), wf.centralStaff.front()) == h.members.end())
    h.members.push_back(wf.centralStaff.front());  // 000 §5.4: a communications member
  h.chair = h.members.empty() ? -1 : h.members.front();
  for (int m : h.members) h.isMember[static_cast<std::size_t>(m)] = 1;
}

void dissolve(StepView& v) {
  HubState& h = v.hub();
  h.active = false;
  std::fill(h.isMember.begin(), h.isMember.end(), 0);
  // What was on the agenda goes back to the line.
  IssueBook& issues = v.issues();
  while (!issues.queues.arena.empty()) {
    const AgendaItem item = takeFirst(v, {QueueKind::Arena});
    if (item.isProblem()) {
      issues.problems[item.problem().index()].onArena = false;
      problemToLeadership(v, item.problem());
    } else {
      escalate(v, issues.all[item.issue().index()]);
    }
  }
}

}  // namespace

void updateArenaFormation(StepView& v) {
  const Scenario& s = v.sc();
  if (!s.hub.enabled) return;
  const int day = v.day();
  bool exists = false;
  if (s.hub.trigger == Trigger::Always) {
    exists = day >= s.hub.formsAfterDays;
  } else if (s.crisis.enabled) {
    const int formDay = v.now().crisisStart() + s.hub.formsAfterDays;
    const int endDay = v.now().crisisStart() + s.crisis.durationDays;
    exists = formDay < endDay && day >= formDay && (day < endDay || s.hub.persists);
  }
  const bool active = std::as_const(v).hub().active;
  if (exists && !active) form(v);
  if (!exists && active) dissolve(v);
}

}  // namespace samsim::models
