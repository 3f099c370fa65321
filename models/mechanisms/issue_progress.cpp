// Daily progress of open issues (event-wise: only open issues are touched, never every agent).
// Work is done from the worker's (and helper's) budget for the day; dormant quadrant-3 issues grow
// (000 §5.2); broad-problem instances whose unit runs out of patience get a local workaround —
// duplicated work and inconsistent practice (000 §1); a coordinated answer serves every instance,
// with a little local adaptation (000 §5.3).
#include <algorithm>
#include <utility>

#include "models/mechanisms/mechanisms.hpp"
#include "models/state/issue_life_cycle.hpp"

namespace samsim::models {

void resolveIssue(StepView& v, Issue& is) {
  markResolved(v, is);
  if (is.route == Route::Workaround && is.problem >= 0)
    ++v.issues().problems[static_cast<std::size_t>(is.problem)].solutions;
  // Joint work builds ties and keeps knowledge of the structures fresh (000 §5.3).
  if (is.worker >= 0 && is.helper >= 0 && is.worker != is.helper) {
    v.ties().strengthen(is.worker, is.helper, v.sc().network.jointWorkGain, v.day());
    Agents& agents = v.agents();
    refreshKnowledge(v.now(), agents, is.worker);
    refreshKnowledge(v.now(), agents, is.helper);
    if (agents.sector[static_cast<std::size_t>(is.worker)] !=
        agents.sector[static_cast<std::size_t>(is.helper)])
      maybeInnovate(v.now(), v.workforce(), std::as_const(v).ties(), v.counters(), is.worker, is.helper,
                    v.sc().innovation.informalRate, false, static_cast<std::uint64_t>(is.id));
  }
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

void work(StepView& v, Issue& is) {
  workOn(v, is, PersonId{is.worker});
  if (is.helper >= 0 && is.remaining > 1e-9) workOn(v, is, PersonId{is.helper});
  if (is.remaining <= 1e-9) resolveIssue(v, is);
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

void advanceIssues(StepView& v) {
  const StepView& r = v;
  const Scenario& s = v.sc();
  auto rng = v.stream(sim::purpose("issue-progress"));
  IssueBook& issues = v.issues();
  for (const IssueId id : issues.open) {
    Issue& is = issues.all[id.index()];
    const int age = v.day() - is.arrival;
    switch (is.state) {
      case IssueState::Searching:
        if (v.day() >= is.readyDay) holderReady(v, is);
        break;
      case IssueState::UnitLeader:
        if (v.day() >= is.readyDay) {
          const Unit& unit = r.workforce().units[static_cast<std::size_t>(is.unit)];
          spend(v.agents(), unit.leader, s.issueDetail.escalationHours);
          queueForHead(v, v.line(), is, unit.area);
        }
        break;
      case IssueState::Dormant: {
        is.size *= 1.0 + s.issues.q3GrowthPerDay;
        const bool visible = is.size >= s.issues.weakSignalSize;
        // A unit leader may notice a budding concern and pass it up early.
        if (visible || rng.bernoulli(s.line.buddingNoticePerDay)) {
          noticeSignal(v, is);
          if (visible && knowsArena(v.now(), r.workforce(), r.ties(), r.hub(), is.raiser) &&
              arenaHasRoom(issues.queues, r.hub(), s.hub.maxWaitMeetings)) {
            putOnArenaAgenda(v, is, Route::Arena);
          } else {
            escalate(v, is);
          }
        }
        break;
      }
      case IssueState::ActionItem:
        workOn(v, is, PersonId{is.owner});
        if (is.remaining <= 1e-9) resolveIssue(v, is);
        break;
      default:
        break;
    }
    if (is.quadrant == 4 && waitingForAnswer(is.state) && age >= s.issues.patienceDays) {
      // No answer in time: the unit makes its own solution (000 §1: parallel solutions).
      startWork(v, is, PersonId{is.raiser}, s.issues.localSolutionHours, Route::Workaround);
    }
    if (is.state == IssueState::Working) work(v, is);
    if (!isClosed(is.state)) giveUpIfStalled(v, is);
  }
  auto& open = issues.open;
  open.erase(std::remove_if(open.begin(), open.end(),
                            [&](IssueId id) { return isClosed(issues.all[id.index()].state); }),
             open.end());
}

}  // namespace samsim::models
