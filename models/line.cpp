// The line (docs/ODD.md; 000 §5.1–5.2): unit leader → sector director → leadership group.
// Directors handle a finite number of escalations a day; the leadership group (crisis management
// in a crisis) decides a finite agenda at each meeting, and a crisis pulls its attention outward
// ("eksterne gravitasjonskrefter", 000 §5.2). Advice carried by the arena's liaison is taken
// first (000 §5.4). Quadrant-2 issues are passed director to director; issues with unclear
// ownership (3, 4) need a leadership decision.
#include <algorithm>
#include <cmath>

#include "models/mechanisms.hpp"

namespace samsim::models {

void escalate(World& w, Issue& is) {
  is.state = IssueState::UnitLeader;
  is.route = Route::Line;
  is.readyDay = w.day + w.sc().line.unitLeaderDelayDays;
}

namespace {

int targetSector(const World& w, int domain, int fallback) {
  return domain < w.sectors ? domain : fallback;
}

void toLeadership(World& w, Issue& is) {
  if (is.quadrant == 4) {
    BroadProblem& p = w.issues.problems[static_cast<std::size_t>(is.problem)];
    if (!isClosed(is.state) && is.route != Route::Workaround) is.state = IssueState::Waiting;
    if (p.coordinated || p.onLeadership) return;
    p.onLeadership = true;
    w.line.leadershipQueue.push_back(problemEntry(is.problem));
    return;
  }
  is.state = IssueState::Leadership;
  w.line.leadershipQueue.push_back(is.id);
}

}  // namespace

void runDirectors(World& w) {
  const Scenario& s = w.sc();
  const double attention = w.crisis.active ? 1.0 - 0.5 * s.crisis.attentionPull : 1.0;
  const int capacity = static_cast<int>(std::floor(s.line.directorItemsPerDay * attention + 1e-9));
  const auto areas = w.line.areaHead.size();
  for (std::size_t k = 0; k < areas; ++k) {
    const int head = w.line.areaHead[k];
    if (!w.agents.present[static_cast<std::size_t>(head)]) continue;
    int handled = 0;
    // Issues the leadership group delegated come first: they have waited longest.
    auto& delegated = w.line.delegated[k];
    std::size_t d = 0;
    for (; d < delegated.size() && handled < capacity; ++d) {
      Issue& is = w.issues.all[static_cast<std::size_t>(delegated[d])];
      if (is.state != IssueState::Director) continue;
      ++handled;
      w.agents.coord[static_cast<std::size_t>(head)] += s.line.directorHoursPerItem;
      implementDecision(w, is.id, Route::Line, -1, false);
    }
    delegated.erase(delegated.begin(), delegated.begin() + static_cast<std::ptrdiff_t>(d));
    auto& queue = w.line.directorQueue[k];
    std::size_t next = 0;
    for (; next < queue.size() && handled < capacity; ++next) {
      Issue& is = w.issues.all[static_cast<std::size_t>(queue[next])];
      if (is.state != IssueState::Director) continue;  // stale: solved another way meanwhile
      ++handled;
      // Director time is spent even beyond budget: escalations cannot wait for slack.
      w.agents.coord[static_cast<std::size_t>(head)] += s.line.directorHoursPerItem;
      if (is.quadrant == 2) {
        // Director to director: the other sector assigns someone who holds the competence.
        const int holder =
            findHolder(w, targetSector(w, is.domain, w.orgSector), is.domain,
                       sim::purpose("find-holder/director"), static_cast<std::uint64_t>(is.id));
        is.state = IssueState::Searching;
        is.worker = holder;
        is.helper = is.raiser;
        is.readyDay = w.day + s.line.directorContactDays;
      } else {
        toLeadership(w, is);
      }
    }
    queue.erase(queue.begin(), queue.begin() + static_cast<std::ptrdiff_t>(next));
  }
}

void implementDecision(World& w, int entry, Route route, int owner, bool arenaItem) {
  const Scenario& s = w.sc();
  if (entry < 0) {
    const int problem = entryProblem(entry);
    BroadProblem& p = w.issues.problems[static_cast<std::size_t>(problem)];
    if (p.coordinated) return;
    p.route = route;
    ProblemTask t;
    t.problem = problem;
    t.owner = owner >= 0 ? owner
                         : findHolder(w, w.orgSector, p.domain, sim::purpose("find-holder/problem"),
                                      static_cast<std::uint64_t>(problem));
    t.remaining = s.issues.centralSolutionHours;
    t.arenaItem = arenaItem;
    w.tasks.push_back(t);
    return;
  }
  Issue& is = w.issues.all[static_cast<std::size_t>(entry)];
  if (isClosed(is.state)) return;
  if (owner >= 0) {
    is.state = IssueState::ActionItem;
    is.owner = owner;
    is.worker = owner;
    is.route = route;
    is.missed = 0;
    is.remaining = std::max(is.remaining, s.hub.actionHours);
    return;
  }
  const int holder = findHolder(w, targetSector(w, is.domain, w.orgSector), is.domain,
                                sim::purpose("find-holder/decision"), static_cast<std::uint64_t>(is.id));
  startWork(w, is, holder, is.remaining, route);
  is.helper = is.raiser;
}

namespace {

// Triage of the leadership agenda (000 §5.2: a finite agenda). Urgent broad problems are taken
// first and wait for the group: only it can give a coordinated answer. An issue that has not been
// reached in line.leadership_wait_meetings meetings is delegated to the line: to an area of the
// sector holding its domain (the organisation area for common domains), where the director or an
// area head names an owner as part of their daily throughput (runDirectors).
void delegateWaiting(World& w, std::vector<int>& queue) {
  std::size_t keep = 0;
  for (int entry : queue) {
    if (entry >= 0 && w.issues.all[static_cast<std::size_t>(entry)].state != IssueState::Leadership) {
      w.line.leadershipWaited.erase(entry);
      continue;  // stale
    }
    const int waited = ++w.line.leadershipWaited[entry];
    if (entry < 0 || waited <= w.sc().line.leadershipWaitMeetings) {
      queue[keep++] = entry;
      continue;
    }
    w.line.leadershipWaited.erase(entry);
    Issue& is = w.issues.all[static_cast<std::size_t>(entry)];
    const int sector = targetSector(w, is.domain, w.orgSector);
    std::vector<std::size_t> areas;
    for (std::size_t k = 0; k < w.line.areaSector.size(); ++k)
      if (w.line.areaSector[k] == sector) areas.push_back(k);
    is.state = IssueState::Director;
    w.line.delegated[areas[static_cast<std::size_t>(is.id) % areas.size()]].push_back(is.id);
  }
  queue.resize(keep);
}

}  // namespace

void runLeadershipMeeting(World& w) {
  const Scenario& s = w.sc();
  for (int m : w.line.leadershipGroup) {
    w.agents.coord[static_cast<std::size_t>(m)] += s.line.leadershipMeetingHours;
    w.counters.meetingHours += s.line.leadershipMeetingHours;
  }
  int capacity = static_cast<int>(std::floor(s.line.leadershipAgenda * attentionLeft(w) + 1e-9));
  // The liaison brings the arena's advice straight in (000 §5.4): prepared in the arena, it takes
  // little agenda time, so it is decided besides the ordinary agenda — urgent items first.
  auto& liaison = w.line.liaisonQueue;
  std::stable_partition(liaison.begin(), liaison.end(), [](int entry) { return entry < 0; });
  const auto taken = std::min<std::size_t>(liaison.size(), static_cast<std::size_t>(std::max(0, capacity)));
  for (std::size_t k = 0; k < taken; ++k) implementDecision(w, liaison[k], Route::Arena, -1, false);
  liaison.erase(liaison.begin(), liaison.begin() + static_cast<std::ptrdiff_t>(taken));
  auto& queue = w.line.leadershipQueue;
  // Urgent broad problems first, otherwise first come first served.
  std::stable_partition(queue.begin(), queue.end(), [](int entry) { return entry < 0; });
  std::size_t next = 0;
  for (; next < queue.size() && capacity > 0; ++next) {
    const int entry = queue[next];
    if (entry >= 0 && w.issues.all[static_cast<std::size_t>(entry)].state != IssueState::Leadership) continue;
    // Items the arena brought in keep the arena as their route even when the line decides.
    const bool viaArena = entry >= 0
                              ? w.issues.all[static_cast<std::size_t>(entry)].route == Route::Arena
                              : w.issues.problems[static_cast<std::size_t>(entryProblem(entry))].onArena;
    implementDecision(w, entry, viaArena ? Route::Arena : Route::Line, -1, false);
    w.line.leadershipWaited.erase(entry);
    --capacity;
  }
  queue.erase(queue.begin(), queue.begin() + static_cast<std::ptrdiff_t>(next));
  delegateWaiting(w, liaison);
  delegateWaiting(w, queue);
}

}  // namespace samsim::models
