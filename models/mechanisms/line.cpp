// The line (docs/ODD.md §7; 000 §5.1–5.2): unit leader → sector director (or area head) →
// leadership group. The line is a route through people with limited time:
// - Directors and area heads handle escalations from the hours they have for the line
//   (`line.head_line_share` of their day plus a share of their slack, workload.cpp). Every item
//   costs `line.director_hours_per_item`; when the hours are gone, items wait for tomorrow. A
//   leadership meeting is booked in the calendar first ("frigjøre tid for områdedirektørene",
//   000 §5.2: the arena was set up to free directors' time, which is scarce).
// - They find a holder of another sector's competence only through what they and their sector's
//   advisors know of the structures and whom they know (000 §5.2, §5.3, §7): the trusted contacts
//   of the head and of each advisor, and — for whoever knows the structures (probability = their
//   structural knowledge, drift) — a look through `line.holder_lookups` people of the target
//   sector. Each advisor consulted spends `routing.ask_hours`. A head who finds no one takes the
//   issue to the leadership group, where the director of the sector holding the competence
//   names an owner the same way (or takes it on).
// - The leadership group (crisis management in a crisis) decides a finite agenda at each meeting;
//   a crisis pulls its attention outward ("eksterne gravitasjonskrefter", 000 §5.2). Members who
//   are present attend and spend the meeting's hours, from their budget first and then from
//   operational work (a booked meeting is not skipped for lack of slack).
// - The liaison is a person: the arena's chair, who "etter hvert også ble medlem av kommunens
//   kriseledelse" (000 §5.1) and brings the arena's advice in (000 §5.4). The chair attends when
//   present, spends the meeting's hours like any member, and the advice they carry competes for
//   the same agenda slots as the leadership queue: urgent broad problems first, the liaison's
//   prepared items first within each class. When the liaison is absent, their items wait.
// Quadrant-2 issues are passed director to director; issues with unclear ownership (3, 4) need a
// leadership decision.
#include <algorithm>
#include <cmath>

#include "models/state/issue_life_cycle.hpp"
#include "models/mechanisms/mechanisms.hpp"
#include "models/organisation/organisation.hpp"

namespace samsim::models {

void escalate(World& w, Issue& is) {
  escalateToUnitLeader(w, is, w.day + w.sc().line.unitLeaderDelayDays);
}

int lineHolder(const RunContext& now, Workforce& wf, const InformalNetwork& ties, int head, int sector,
               int domain, std::uint64_t purposeId, std::uint64_t event) {
  const Scenario& s = now.sc();
  auto rng = now.stream(purposeId, event);
  int best = -1;
  double bestScore = -1.0;
  auto consider = [&](int id) {
    const auto ui = static_cast<std::size_t>(id);
    if (!wf.agents.present[ui] || wf.agents.competence(domain, id) < s.routing.competenceThreshold) return;
    // The one with the most time to spare beyond the work already taken on, then competence.
    const double score = spareHours(wf.agents, id) + wf.agents.competence(domain, id);
    if (score > bestScore) {
      bestScore = score;
      best = id;
    }
  };
  const Sector& target = wf.sectorList[static_cast<std::size_t>(sector)];
  // What one person knows: whom they trust, and — if they know the structures — where to look.
  auto ask = [&](int person) {
    const TieSlot* row = ties.row(person);
    for (int k = 0; k < ties.slots(); ++k)
      if (row[k].other >= 0 && ties.weightOf(row[k], now.day) >= s.network.trustThreshold)
        consider(row[k].other);
    if (target.count <= 0 || s.line.holderLookups <= 0 ||
        !rng.bernoulli(knowledgeNow(now, wf.agents, person)))
      return;
    const int start = static_cast<int>(rng.below(static_cast<std::uint64_t>(target.count)));
    const int n = std::min(s.line.holderLookups, target.count);
    for (int j = 0; j < n; ++j) consider(target.first + (start + j) % target.count);
  };
  ask(head);
  const auto& advisors =
      wf.sectorList[static_cast<std::size_t>(wf.agents.sector[static_cast<std::size_t>(head)])].advisors;
  for (int adv : advisors) {
    if (adv == head || !wf.agents.present[static_cast<std::size_t>(adv)]) continue;
    spend(wf.agents, adv, s.routing.askHours);
    ask(adv);
  }
  return best;
}

namespace {

int targetSector(const World& w, int domain, int fallback) {
  return domain < w.sectors ? domain : fallback;
}

void toLeadership(World& w, Issue& is) {
  if (is.quadrant == 4) {
    BroadProblem& p = w.issues.problems[static_cast<std::size_t>(is.problem)];
    if (!isClosed(is.state) && is.route != Route::Workaround) awaitAnswer(w, is);
    if (p.coordinated || p.onLeadership) return;
    p.onLeadership = true;
    w.line.leadershipQueue.push_back(problemEntry(is.problem));
    return;
  }
  putOnLeadershipAgenda(w, is);
  w.line.leadershipQueue.push_back(is.id);
}

// Hours a head can give to line items today: the budget, less a leadership meeting booked today.
double lineHoursLeft(const World& w, int head) {
  double h = w.agents.budget[static_cast<std::size_t>(head)];
  if (meetsToday(w, Body::LeadershipGroup) &&
      std::find(w.line.leadershipGroup.begin(), w.line.leadershipGroup.end(), head) !=
          w.line.leadershipGroup.end())
    h -= w.sc().line.leadershipMeetingHours;
  return h;
}

// A decision on an entry taken by `head` (the owner is found through head's knowledge and ties);
// no one found: head owns it.
void decide(World& w, int entry, Route route, int owner, bool arenaItem, int head);

}  // namespace

void queueForHead(LineState& line, int area, int issue) {
  const auto k = static_cast<std::size_t>(area);
  double& carry = line.phantomCarry[k];
  carry += 1.0 / line.areaSpan[k] - 1.0;
  const int phantoms = static_cast<int>(std::floor(carry + 1e-9));
  carry = std::max(0.0, carry - phantoms);
  auto& queue = line.directorQueue[k];
  queue.insert(queue.end(), static_cast<std::size_t>(phantoms), kPhantomItem);
  queue.push_back(issue);
}

void runDirectors(World& w) {
  const Scenario& s = w.sc();
  const double attention = w.crisis.active ? 1.0 - s.line.directorPullShare * s.crisis.attentionPull : 1.0;
  const double perItem = s.line.directorHoursPerItem;
  const auto areas = w.line.areaHead.size();
  for (std::size_t k = 0; k < areas; ++k) {
    const int head = w.line.areaHead[k];
    if (!w.agents.present[static_cast<std::size_t>(head)]) continue;
    // Items a day (less the crisis's pull on attention); a fraction of an item carries over to the
    // next day (never a whole unused item). The head serves the whole area, simulated or not.
    double& credit = w.line.headCredit[k];
    credit += s.line.directorItemsPerDay * attention;
    const int capacity = static_cast<int>(std::floor(credit + 1e-9));
    credit = std::max(0.0, credit - capacity);
    int handled = 0;
    // Each item takes the head's hours; without them the item waits (000 §7).
    auto canTake = [&] { return handled < capacity && lineHoursLeft(w, head) >= perItem - 1e-9; };
    // Issues the leadership group delegated come first: they have waited longest.
    auto& delegated = w.line.delegated[k];
    std::size_t d = 0;
    for (; d < delegated.size() && canTake(); ++d) {
      Issue& is = w.issues.all[static_cast<std::size_t>(delegated[d])];
      if (is.state != IssueState::Director) continue;
      ++handled;
      spend(w.agents, head, perItem);
      decide(w, is.id, Route::Line, -1, false, head);
    }
    delegated.erase(delegated.begin(), delegated.begin() + static_cast<std::ptrdiff_t>(d));
    auto& queue = w.line.directorQueue[k];
    std::size_t next = 0;
    for (; next < queue.size() && canTake(); ++next) {
      if (queue[next] == kPhantomItem) {  // an item of the area's units that are not simulated
        ++handled;
        spend(w.agents, head, perItem);
        continue;
      }
      Issue& is = w.issues.all[static_cast<std::size_t>(queue[next])];
      if (is.state != IssueState::Director) continue;  // stale: solved another way meanwhile
      ++handled;
      spend(w.agents, head, perItem);
      if (is.quadrant != 2) {
        toLeadership(w, is);
        continue;
      }
      // Director to director: a holder found through what the head and advisors know.
      const int holder = lineHolder(w, w, w.ties, head, targetSector(w, is.domain, w.orgSector), is.domain,
                                    sim::purpose("find-holder/director"), static_cast<std::uint64_t>(is.id));
      if (holder < 0) {
        toLeadership(w, is);  // nobody known: the leadership group must place it
        continue;
      }
      connectHolder(w, is, holder, w.day + s.line.directorContactDays, is.route);
    }
    queue.erase(queue.begin(), queue.begin() + static_cast<std::ptrdiff_t>(next));
  }
}

void implementDecision(World& w, int entry, Route route, int owner, bool arenaItem) {
  // The director of the sector holding the domain names the owner (the organisation area's for
  // common domains and broad problems).
  const int domain = entry < 0 ? w.issues.problems[static_cast<std::size_t>(entryProblem(entry))].domain
                               : w.issues.all[static_cast<std::size_t>(entry)].domain;
  const int sector = entry < 0 ? w.orgSector : targetSector(w, domain, w.orgSector);
  decide(w, entry, route, owner, arenaItem, w.sectorList[static_cast<std::size_t>(sector)].director);
}

namespace {

void decide(World& w, int entry, Route route, int owner, bool arenaItem, int head) {
  const Scenario& s = w.sc();
  if (entry < 0) {
    const int problem = entryProblem(entry);
    BroadProblem& p = w.issues.problems[static_cast<std::size_t>(problem)];
    if (p.coordinated) return;
    p.route = route;
    ProblemTask t;
    t.problem = problem;
    t.owner = owner;
    if (t.owner < 0)
      t.owner = lineHolder(w, w, w.ties, head, w.orgSector, p.domain, sim::purpose("find-holder/problem"),
                           static_cast<std::uint64_t>(problem));
    if (t.owner < 0) t.owner = head;
    t.remaining = s.issues.centralSolutionHours;
    t.arenaItem = arenaItem;
    w.issues.tasks.push_back(t);
    return;
  }
  Issue& is = w.issues.all[static_cast<std::size_t>(entry)];
  if (isClosed(is.state)) return;
  if (owner >= 0) {
    assignFollowUp(w, is, owner, route, std::max(is.remaining, s.hub.actionHours));
    return;
  }
  int holder = lineHolder(w, w, w.ties, head, targetSector(w, is.domain, w.orgSector), is.domain,
                          sim::purpose("find-holder/decision"), static_cast<std::uint64_t>(is.id));
  if (holder < 0) holder = head;
  startWork(w, is, holder, is.remaining, route);
  is.helper = is.raiser;
}

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
    // To the head of that sector with the least delegated work for the span of their area.
    std::size_t to = w.line.areaSector.size();
    double least = 0.0;
    for (std::size_t k = 0; k < w.line.areaSector.size(); ++k) {
      if (w.line.areaSector[k] != sector) continue;
      const double load = static_cast<double>(w.line.delegated[k].size() + 1) / w.line.areaSpan[k];
      if (to == w.line.areaSector.size() || load < least) {
        to = k;
        least = load;
      }
    }
    putInHeadQueue(w, is);
    w.line.delegated[to].push_back(is.id);
  }
  queue.resize(keep);
}

bool stale(const World& w, int entry) {
  if (entry < 0) return w.issues.problems[static_cast<std::size_t>(entryProblem(entry))].coordinated;
  return w.issues.all[static_cast<std::size_t>(entry)].state != IssueState::Leadership;
}

// A present attendee spends the meeting's hours: from the budget first, the rest from operations.
void attend(World& w, int agent, double hours) {
  const double fromBudget = spend(w.agents, agent, hours);
  w.agents.coord[static_cast<std::size_t>(agent)] += hours - fromBudget;
  w.counters.meetingHours += hours;
}

}  // namespace

int liaisonPerson(const RunContext& now, const HubState& hub) {
  if (!liaisonActive(now, hub) || hub.chair < 0) return -1;
  return hub.chair;
}

void runLeadershipMeeting(World& w) {
  const Scenario& s = w.sc();
  const double hours = s.line.leadershipMeetingHours;
  for (int m : w.line.leadershipGroup)
    if (w.agents.present[static_cast<std::size_t>(m)]) attend(w, m, hours);
  const int liaison = liaisonPerson(w, w.hub);
  const bool liaisonAttends = liaison >= 0 && w.agents.present[static_cast<std::size_t>(liaison)] &&
                              std::find(w.line.leadershipGroup.begin(), w.line.leadershipGroup.end(),
                                        liaison) == w.line.leadershipGroup.end();
  if (liaisonAttends) attend(w, liaison, hours);
  w.line.lastAgenda.clear();
  // The agenda serves the whole reference organisation; the simulated staff get their share of its
  // slots (municipality.reference_staff). An issue takes a slot; a broad problem is the whole
  // organisation's, so the simulated staff's share of it takes that share of a slot. A fraction of
  // a slot left over carries over to the next meeting, never a whole unused slot.
  const double share = w.referenceShare();
  double slots = w.line.agendaCredit + s.line.leadershipAgenda * attentionLeft(w.crisis, w.sc()) * share;
  auto& carried = w.line.liaisonQueue;
  auto& queue = w.line.leadershipQueue;
  auto broad = [](int entry) { return entry < 0; };
  std::stable_partition(carried.begin(), carried.end(), broad);
  std::stable_partition(queue.begin(), queue.end(), broad);
  // One agenda: urgent broad problems (the liaison's first), then issues (the liaison's first).
  // The liaison's items are on it only when the liaison is in the room.
  const std::size_t carriedBroad =
      liaisonAttends ? static_cast<std::size_t>(std::count_if(carried.begin(), carried.end(), broad)) : 0;
  const std::size_t queueBroad = static_cast<std::size_t>(std::count_if(queue.begin(), queue.end(), broad));
  std::vector<std::uint8_t> takenCarried(carried.size(), 0);
  std::vector<std::uint8_t> takenQueue(queue.size(), 0);
  auto serve = [&](std::vector<int>& from, std::vector<std::uint8_t>& taken, std::size_t begin,
                   std::size_t end, bool viaLiaison) {
    for (std::size_t i = begin; i < end; ++i) {
      const int entry = from[i];
      if (stale(w, entry)) continue;
      const double cost = entry < 0 ? std::min(1.0, share) : 1.0;
      if (slots + 1e-9 < cost) break;
      // Items the arena brought in keep the arena as their route even when the line decides.
      const bool viaArena =
          viaLiaison ||
          (entry >= 0 ? w.issues.all[static_cast<std::size_t>(entry)].route == Route::Arena
                      : w.issues.problems[static_cast<std::size_t>(entryProblem(entry))].onArena);
      implementDecision(w, entry, viaArena ? Route::Arena : Route::Line, -1, false);
      w.line.leadershipWaited.erase(entry);
      w.line.lastAgenda.push_back(entry);
      taken[i] = 1;
      slots -= cost;
    }
  };
  serve(carried, takenCarried, 0, carriedBroad, true);
  serve(queue, takenQueue, 0, queueBroad, false);
  if (liaisonAttends) serve(carried, takenCarried, carriedBroad, carried.size(), true);
  serve(queue, takenQueue, queueBroad, queue.size(), false);
  w.line.agendaCredit = std::max(0.0, slots - std::floor(slots + 1e-9));
  auto removeTaken = [&w](std::vector<int>& from, const std::vector<std::uint8_t>& taken) {
    std::size_t keep = 0;
    for (std::size_t i = 0; i < from.size(); ++i)
      if (!taken[i] && !(from[i] < 0 && stale(w, from[i]))) from[keep++] = from[i];
    from.resize(keep);
  };
  removeTaken(carried, takenCarried);
  removeTaken(queue, takenQueue);
  delegateWaiting(w, carried);
  delegateWaiting(w, queue);
}

}  // namespace samsim::models
