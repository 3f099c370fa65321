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
#include <optional>
#include <utility>

#include "models/mechanisms/mechanisms.hpp"
#include "models/organisation/organisation.hpp"
#include "models/state/issue_life_cycle.hpp"

namespace samsim::models {

void escalate(const IssueLedger& lc, Issue& is) {
  escalateToUnitLeader(lc, is, lc.now.day + lc.now.sc().line.unitLeaderDelayDays);
}

int lineHolder(const RunContext& now, Workforce& wf, const InformalNetwork& ties, int head, int sector,
               int domain, std::uint64_t purposeId, std::uint64_t event) {
  const Scenario& s = now.sc();
  auto rng = now.stream(purposeId, event);
  // The people the head and the advisors can name: competent in the domain, as far as they know
  // (competence is a person's standing, known to colleagues; their free time today is not).
  std::vector<std::pair<double, int>> named;  // (−competence, person)
  auto consider = [&](int id) {
    if (wf.agents.competence(domain, id) >= s.routing.competenceThreshold)
      named.emplace_back(-wf.agents.competence(domain, id), id);
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
    // An advisor with no time left today cannot answer (they are not consulted).
    if (adv == head || !wf.agents.present[static_cast<std::size_t>(adv)] ||
        wf.agents.budget[static_cast<std::size_t>(adv)] + 1e-9 < s.routing.askHours)
      continue;
    spend(wf.agents, adv, s.routing.askHours);
    ask(adv);
  }
  // The head asks the named, the most competent first; each answers from their own day.
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());
  for (const auto& [minusCompetence, id] : named)
    if (id != head && agreesToTakeOn(now, wf.agents, PersonId{id}, rng)) return id;
  return -1;
}

namespace {

int targetSector(const Workforce& wf, int domain, int fallback) {
  return domain < wf.sectors ? domain : fallback;
}

// Hours a head can give to line items today: the budget, less a leadership meeting booked today.
double lineHoursLeft(const RunContext& now, const Agents& agents, const LineState& line, int head) {
  double h = agents.budget[static_cast<std::size_t>(head)];
  if (meetsToday(now, Body::LeadershipGroup) &&
      std::find(line.leadershipGroup.begin(), line.leadershipGroup.end(), head) != line.leadershipGroup.end())
    h -= now.sc().line.leadershipMeetingHours;
  return h;
}

// A decision on an item taken by `head` (the owner is found through head's knowledge and ties);
// no one found: head owns it.
void decide(StepView& v, AgendaItem item, Route route, PersonId owner, bool arenaItem, PersonId head);

// A head decides on an item passed up by a unit leader (taken off the queue).
void passOn(StepView& v, Issue& is, int head) {
  if (is.quadrant != 2) {
    toLeadership(v, AgendaItem::of(IssueId{is.id}));
    return;
  }
  // Director to director: a holder found through what the head and advisors know.
  const StepView& r = v;
  const int sector = targetSector(r.workforce(), is.domain, r.workforce().orgSector);
  const int holder = lineHolder(v.now(), v.workforce(), r.ties(), head, sector, is.domain,
                                sim::purpose("find-holder/director"), static_cast<std::uint64_t>(is.id));
  if (holder < 0) {
    toLeadership(v, AgendaItem::of(IssueId{is.id}));  // nobody known: the leadership group must place it
    return;
  }
  connectHolder(v, is, PersonId{holder}, v.day() + v.sc().line.directorContactDays, is.route);
}

}  // namespace

void toLeadership(const IssueLedger& lc, AgendaItem item) {
  if (item.isProblem()) {
    problemToLeadership(lc, item.problem());
    return;
  }
  Issue& is = lc.issues.all[item.issue().index()];
  if (is.quadrant == 4) {  // an instance waits; its problem goes on the agenda (once)
    awaitAnswer(lc, is);
    problemToLeadership(lc, ProblemId{is.problem});
    return;
  }
  putOnLeadershipAgenda(lc, is);
}

void queueForHead(const IssueLedger& lc, LineState& line, Issue& is, int area) {
  const auto k = static_cast<std::size_t>(area);
  double& carry = line.phantomCarry[k];
  carry += 1.0 / line.areaSpan[k] - 1.0;
  const int phantoms = static_cast<int>(std::floor(carry + 1e-9));
  carry = std::max(0.0, carry - phantoms);
  putInHeadQueue(lc, is, area, phantoms);
}

void runDirectors(StepView& v) {
  const StepView& r = v;
  const Scenario& s = v.sc();
  const double attention = r.crisis().active ? 1.0 - s.line.directorPullShare * s.crisis.attentionPull : 1.0;
  const double perItem = s.line.directorHoursPerItem;
  LineState& line = v.line();
  Agents& agents = v.agents();
  const auto areas = line.areaHead.size();
  for (std::size_t k = 0; k < areas; ++k) {
    const int head = line.areaHead[k];
    if (!agents.present[static_cast<std::size_t>(head)]) continue;
    // Items a day (less the crisis's pull on attention); a fraction of an item carries over to the
    // next day (never a whole unused item). The head serves the whole area, simulated or not.
    double& credit = line.headCredit[k];
    credit += s.line.directorItemsPerDay * attention;
    const int capacity = static_cast<int>(std::floor(credit + 1e-9));
    credit = std::max(0.0, credit - capacity);
    int handled = 0;
    // Each item takes the head's hours; without them the item waits (000 §7).
    auto take = [&](QueueKind kind) -> std::optional<AgendaItem> {
      const QueuePlace place{kind, static_cast<int>(k)};
      if (r.issues().queues.count(place) == 0 || handled >= capacity ||
          lineHoursLeft(v.now(), agents, line, head) < perItem - 1e-9)
        return std::nullopt;
      ++handled;
      spend(agents, head, perItem);
      return takeFirst(v, place);
    };
    // Issues the leadership group delegated come first: they have waited longest.
    while (const auto item = take(QueueKind::Delegated))
      decide(v, *item, Route::Line, PersonId{}, false, PersonId{head});
    // Then the queue passed up by unit leaders; a phantom item (of the area's units that are not
    // simulated) takes the head's item and hours and nothing else.
    while (const auto item = take(QueueKind::Head))
      if (item->isIssue()) passOn(v, v.issues().all[item->issue().index()], head);
  }
}

void implementDecision(StepView& v, AgendaItem item, Route route, PersonId owner, bool arenaItem) {
  // The director of the sector holding the domain names the owner (the organisation area's for
  // common domains and broad problems).
  const StepView& r = v;
  const Workforce& wf = r.workforce();
  const int sector =
      item.isProblem() ? wf.orgSector : targetSector(wf, itemDomain(r.issues(), item), wf.orgSector);
  decide(v, item, route, owner, arenaItem,
         PersonId{wf.sectorList[static_cast<std::size_t>(sector)].director});
}

int itemDomain(const IssueBook& issues, AgendaItem item) {
  return item.isProblem() ? issues.problems[item.problem().index()].domain
                          : issues.all[item.issue().index()].domain;
}

namespace {

void decide(StepView& v, AgendaItem item, Route route, PersonId owner, bool arenaItem, PersonId head) {
  const StepView& r = v;
  const Scenario& s = v.sc();
  const Workforce& wf = r.workforce();
  IssueBook& issues = v.issues();
  if (item.isProblem()) {
    const ProblemId problem = item.problem();
    BroadProblem& p = issues.problems[problem.index()];
    if (p.coordinated) return;
    p.route = route;
    ProblemTask t;
    t.problem = problem.value();
    t.owner = owner.value();
    if (t.owner < 0)
      t.owner = lineHolder(v.now(), v.workforce(), r.ties(), head.value(), wf.orgSector, p.domain,
                           sim::purpose("find-holder/problem"), static_cast<std::uint64_t>(problem.value()));
    if (t.owner < 0) t.owner = head.value();
    t.remaining = s.issues.centralSolutionHours;
    t.arenaItem = arenaItem;
    issues.tasks.push_back(t);
    return;
  }
  Issue& is = issues.all[item.issue().index()];
  if (isClosed(is.state)) return;
  if (owner.valid()) {
    assignFollowUp(v, is, owner, route, std::max(is.remaining, s.hub.actionHours));
    return;
  }
  int holder =
      lineHolder(v.now(), v.workforce(), r.ties(), head.value(), targetSector(wf, is.domain, wf.orgSector),
                 is.domain, sim::purpose("find-holder/decision"), static_cast<std::uint64_t>(is.id));
  if (holder < 0) holder = head.value();
  startWork(v, is, PersonId{holder}, is.remaining, route);
  is.helper = is.raiser;
}

// The head of `sector` with the least delegated work for the span of their area.
int leastLoadedArea(const LineState& line, const IssueBook& issues, int sector) {
  int to = -1;
  double least = 0.0;
  for (std::size_t k = 0; k < line.areaSector.size(); ++k) {
    if (line.areaSector[k] != sector) continue;
    const auto waiting = issues.queues.count({QueueKind::Delegated, static_cast<int>(k)});
    const double load = static_cast<double>(waiting + 1) / line.areaSpan[k];
    if (to < 0 || load < least) {
      to = static_cast<int>(k);
      least = load;
    }
  }
  return to;
}

// Triage of the leadership agenda (000 §5.2: a finite agenda). Urgent broad problems are taken
// first and wait for the group: only it can give a coordinated answer. An issue that has not been
// reached in line.leadership_wait_meetings meetings is delegated to the line: to an area of the
// sector holding its domain (the organisation area for common domains), where the director or an
// area head names an owner as part of their daily throughput (runDirectors).
void delegateWaiting(StepView& v, std::vector<AgendaItem>& queue) {
  const StepView& r = v;
  const Workforce& wf = r.workforce();
  IssueBook& issues = v.issues();
  for (std::size_t i = 0; i < queue.size();) {
    const AgendaItem item = queue[i];
    if (++queue[i].waited <= v.sc().line.leadershipWaitMeetings || !item.isIssue()) {
      ++i;
      continue;
    }
    Issue& is = issues.all[item.issue().index()];
    const int area = leastLoadedArea(r.line(), issues, targetSector(wf, is.domain, wf.orgSector));
    delegateToHead(v, is, area);  // leaves `queue`
  }
}

// A present attendee spends the meeting's hours: from the budget first, the rest from operations.
void attend(Agents& agents, Counters& counters, int agent, double hours) {
  const double fromBudget = spend(agents, agent, hours);
  agents.coord[static_cast<std::size_t>(agent)] += hours - fromBudget;
  counters.meetingHours += hours;
}

}  // namespace

int liaisonPerson(const RunContext& now, const HubState& hub) {
  if (!liaisonActive(now, hub) || hub.chair < 0) return -1;
  return hub.chair;
}

namespace {

// The members present attend, and the liaison when present and not a member (a member already
// attends and pays the meeting's hours once); returns whether the liaison is in the room — a
// liaison who sits in the leadership group (the communications chief chairing the arena, 000 §5.1)
// carries the arena's advice as any other liaison does.
bool conveneLeadership(StepView& v, double hours) {
  const StepView& r = v;
  const LineState& line = r.line();
  Agents& agents = v.agents();
  Counters& counters = v.counters();
  for (int m : line.leadershipGroup)
    if (agents.present[static_cast<std::size_t>(m)]) attend(agents, counters, m, hours);
  const int liaison = liaisonPerson(v.now(), r.hub());
  if (liaison < 0 || !agents.present[static_cast<std::size_t>(liaison)]) return false;
  const bool member = std::find(line.leadershipGroup.begin(), line.leadershipGroup.end(), liaison) !=
                      line.leadershipGroup.end();
  if (!member) attend(agents, counters, liaison, hours);
  return true;
}

// Decides the items of queue[begin, end) in order while slots last (an issue takes a slot, a
// broad problem the simulated staff's share of one); a decided item leaves the queue, so `end`
// moves down with each. Stops at the first item that does not fit.
void decideInOrder(StepView& v, std::vector<AgendaItem>& queue, std::size_t begin, std::size_t& end,
                   bool viaLiaison, double& slots) {
  const double share = v.now().referenceShare();
  const IssueBook& issues = std::as_const(v).issues();
  while (begin < end) {
    const AgendaItem item = queue[begin];
    const double cost = item.isProblem() ? std::min(1.0, share) : 1.0;
    if (slots + 1e-9 < cost) break;
    // Items the arena brought in keep the arena as their route even when the line decides.
    const bool viaArena =
        viaLiaison || (item.isIssue() ? issues.all[item.issue().index()].route == Route::Arena
                                      : issues.problems[item.problem().index()].onArena);
    takeOff(v, viaLiaison ? QueueKind::Liaison : QueueKind::Leadership, item);
    --end;
    implementDecision(v, item, viaArena ? Route::Arena : Route::Line, PersonId{}, false);
    v.line().lastAgenda.push_back(item);
    slots -= cost;
  }
}

}  // namespace

void runLeadershipMeeting(StepView& v) {
  const StepView& r = v;
  const Scenario& s = v.sc();
  const bool liaisonInRoom = conveneLeadership(v, s.line.leadershipMeetingHours);
  LineState& line = v.line();
  line.lastAgenda.clear();
  // The agenda serves the whole reference organisation; the simulated staff get their share of its
  // slots (municipality.reference_staff). An issue takes a slot; a broad problem is the whole
  // organisation's, so the simulated staff's share of it takes that share of a slot. A fraction of
  // a slot left over carries over to the next meeting, never a whole unused slot.
  double slots =
      line.agendaCredit + s.line.leadershipAgenda * attentionLeft(r.crisis(), s) * v.now().referenceShare();
  auto& carried = v.issues().queues.liaison;
  auto& queue = v.issues().queues.leadership;
  auto broad = [](const AgendaItem& item) { return item.isProblem(); };
  std::stable_partition(carried.begin(), carried.end(), broad);
  std::stable_partition(queue.begin(), queue.end(), broad);
  // One agenda: urgent broad problems (the liaison's first), then issues (the liaison's first).
  // The liaison's items are on it only when the liaison is in the room.
  std::size_t carriedBroad =
      liaisonInRoom ? static_cast<std::size_t>(std::count_if(carried.begin(), carried.end(), broad)) : 0;
  std::size_t queueBroad = static_cast<std::size_t>(std::count_if(queue.begin(), queue.end(), broad));
  decideInOrder(v, carried, 0, carriedBroad, true, slots);
  decideInOrder(v, queue, 0, queueBroad, false, slots);
  if (liaisonInRoom) {
    std::size_t end = carried.size();
    decideInOrder(v, carried, carriedBroad, end, true, slots);
  }
  std::size_t end = queue.size();
  decideInOrder(v, queue, queueBroad, end, false, slots);
  line.agendaCredit = std::max(0.0, slots - std::floor(slots + 1e-9));
  delegateWaiting(v, carried);
  delegateWaiting(v, queue);
}

}  // namespace samsim::models
