// Daily progress of open issues (event-wise: only open issues are touched, never every agent).
// Work is done from the worker's (and helper's) budget for the day; dormant quadrant-3 issues grow
// (000 §5.2); broad-problem instances whose unit runs out of patience get a local workaround —
// duplicated work and inconsistent practice (000 §1); a coordinated answer serves every instance,
// with a little local adaptation (000 §5.3).
#include <algorithm>

#include "models/mechanisms/mechanisms.hpp"
#include "models/state/issue_life_cycle.hpp"

namespace samsim::models {

void resolveIssue(World& w, Issue& is) {
  markResolved(w, is);
  if (is.route == Route::Workaround && is.problem >= 0)
    ++w.issues.problems[static_cast<std::size_t>(is.problem)].solutions;
  // Joint work builds ties and keeps knowledge of the structures fresh (000 §5.3).
  if (is.worker >= 0 && is.helper >= 0 && is.worker != is.helper) {
    w.ties.strengthen(is.worker, is.helper, w.sc().network.jointWorkGain, w.day);
    refreshKnowledge(w, w.agents, is.worker);
    refreshKnowledge(w, w.agents, is.helper);
    if (w.agents.sector[static_cast<std::size_t>(is.worker)] !=
        w.agents.sector[static_cast<std::size_t>(is.helper)])
      maybeInnovate(w, w, w.ties, w.counters, is.worker, is.helper, w.sc().innovation.informalRate, false,
                    static_cast<std::uint64_t>(is.id));
  }
}

void dropIssue(const IssueLedger& lc, Issue& is) {
  markDropped(lc, is);
}

void coordinatedAnswer(const IssueLedger& lc, ProblemId problem) {
  BroadProblem& p = lc.issues.problems[problem.index()];
  if (p.coordinated) return;
  markAnswered(lc, problem);
  ++p.solutions;
  for (int id : p.instances) {
    Issue& is = lc.issues.all[static_cast<std::size_t>(id)];
    if (isClosed(is.state) || is.route == Route::Workaround) continue;
    is.coordinated = true;
    startWork(lc, is, PersonId{is.raiser}, lc.now.sc().issues.adaptHours, p.route);
  }
}

namespace {

void work(World& w, Issue& is) {
  workOn(w, is, PersonId{is.worker});
  if (is.helper >= 0 && is.remaining > 1e-9) workOn(w, is, PersonId{is.helper});
  if (is.remaining <= 1e-9) resolveIssue(w, is);
}

bool waitingForAnswer(IssueState s) {
  return s == IssueState::Waiting || s == IssueState::UnitLeader || s == IssueState::Director ||
         s == IssueState::Leadership || s == IssueState::Arena;
}

}  // namespace

void advanceTasks(StepView& v) {
  Agents& agents = v.agents();
  auto& tasks = v.issues().tasks;
  for (ProblemTask& t : tasks) {
    if (t.done) continue;
    // A broad urgent problem is worked on even beyond the owner's spare time (000 §6.1).
    t.remaining -= spend(agents, t.owner, t.remaining);
    const double forced = std::min(t.remaining, v.sc().issues.urgentHoursPerDay);
    if (forced > 0 && agents.present[static_cast<std::size_t>(t.owner)]) {
      agents.coord[static_cast<std::size_t>(t.owner)] += forced;
      t.remaining -= forced;
    }
    if (t.remaining <= 1e-9) {
      t.done = true;
      coordinatedAnswer(v, ProblemId{t.problem});
    }
  }
  std::erase_if(tasks, [](const ProblemTask& t) { return t.done; });
}

void advanceIssues(World& w) {
  const Scenario& s = w.sc();
  auto rng = w.stream(sim::purpose("issue-progress"));
  for (const IssueId id : w.issues.open) {
    Issue& is = w.issues.all[id.index()];
    const int age = w.day - is.arrival;
    switch (is.state) {
      case IssueState::Searching:
        if (w.day >= is.readyDay) holderReady(w, is);
        break;
      case IssueState::UnitLeader:
        if (w.day >= is.readyDay) {
          spend(w.agents, w.units[static_cast<std::size_t>(is.unit)].leader, s.issueDetail.escalationHours);
          queueForHead(w, is, w.units[static_cast<std::size_t>(is.unit)].area);
        }
        break;
      case IssueState::Dormant: {
        is.size *= 1.0 + s.issues.q3GrowthPerDay;
        const bool visible = is.size >= s.issues.weakSignalSize;
        // A unit leader may notice a budding concern and pass it up early.
        if (visible || rng.bernoulli(s.line.buddingNoticePerDay)) {
          noticeSignal(w, is);
          if (visible && knowsArena(w, w, w.ties, w.hub, is.raiser) &&
              arenaHasRoom(w.issues.queues, w.hub, w.sc().hub.maxWaitMeetings)) {
            putOnArenaAgenda(w, is, Route::Arena);
          } else {
            escalate(w, is);
          }
        }
        break;
      }
      case IssueState::ActionItem:
        workOn(w, is, PersonId{is.owner});
        if (is.remaining <= 1e-9) resolveIssue(w, is);
        break;
      default:
        break;
    }
    if (is.quadrant == 4 && waitingForAnswer(is.state) && age >= s.issues.patienceDays) {
      // No answer in time: the unit makes its own solution (000 §1: parallel solutions).
      startWork(w, is, PersonId{is.raiser}, s.issues.localSolutionHours, Route::Workaround);
    }
    if (is.state == IssueState::Working) work(w, is);
    if (!isClosed(is.state) && age > s.issues.maxAgeDays) dropIssue(w, is);
  }
  auto& open = w.issues.open;
  open.erase(std::remove_if(open.begin(), open.end(),
                            [&](IssueId id) { return isClosed(w.issues.all[id.index()].state); }),
             open.end());
}

}  // namespace samsim::models
