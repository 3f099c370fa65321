// The issue life cycle: one table of allowed steps and the named transitions that take them
// (issue_life_cycle.hpp; docs/ODD.md §7). Sources of the states: raised and routed locally, through
// the informal network or the line (000 §5.3, §6.5); escalated up the line to the leadership group
// (000 §5.1–5.2); on the arena's agenda and followed up by an attendee (000 §6.3); waiting for a
// coordinated answer to a broad problem (000 §5.2); dormant and noticed as a weak signal
// (000 §5.2, §5.3); resolved or dropped.
#include "models/state/issue_life_cycle.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

#include <fmt/format.h>

#include "models/mechanisms/mechanisms.hpp"
#include "models/state/world.hpp"

namespace samsim::models {

std::vector<AgendaItem>& Queues::at(QueuePlace place) {
  switch (place.kind) {
    case QueueKind::Head:
    case QueueKind::Delegated: {
      auto& perArea = place.kind == QueueKind::Head ? head : delegated;
      const auto k = static_cast<std::size_t>(place.area);
      if (perArea.size() <= k) perArea.resize(k + 1);
      return perArea[k];
    }
    case QueueKind::Leadership:
      return leadership;
    case QueueKind::Liaison:
      return liaison;
    case QueueKind::Arena:
      return arena;
    case QueueKind::FollowUps:
      return followUps;
    case QueueKind::None:
      break;
  }
  throw std::logic_error("an item that waits nowhere has no queue");
}

std::size_t Queues::count(QueuePlace place) const {
  if (place.kind == QueueKind::Head || place.kind == QueueKind::Delegated) {
    const auto& perArea = place.kind == QueueKind::Head ? head : delegated;
    const auto k = static_cast<std::size_t>(place.area);
    return k < perArea.size() ? perArea[k].size() : 0;
  }
  return const_cast<Queues&>(*this).at(place).size();
}

namespace {

using S = IssueState;
constexpr int kStates = kIssueStates;

constexpr std::array<std::string_view, kStates> kNames = {
    "raised", "working",   "searching", "unit leader", "director", "leadership",
    "arena",  "follow-up", "waiting",   "dormant",     "done",     "dropped"};

// kAllowed[from][to]. Every open state may be dropped; closed states are final.
constexpr auto kAllowed = [] {
  std::array<std::array<bool, kStates>, kStates> t{};
  auto allow = [&t](S from, std::initializer_list<S> to) {
    for (S s : to) t[static_cast<int>(from)][static_cast<int>(s)] = true;
  };
  // Routing a new issue (issue_routing.cpp).
  allow(S::Raised, {S::Working, S::Searching, S::UnitLeader, S::Arena, S::Waiting, S::Dormant});
  allow(S::Searching, {S::Working});
  // Up the line (line.cpp): unit leader → head → leadership group, and back down by delegation.
  allow(S::UnitLeader, {S::Director, S::Working});
  allow(S::Director, {S::Searching, S::Leadership, S::Waiting, S::Working});
  allow(S::Leadership, {S::Director, S::Working});
  // The arena (arena_meeting.cpp, arena.cpp): connected, advised on, decided, sent to the line.
  allow(S::Arena, {S::Searching, S::Leadership, S::ActionItem, S::UnitLeader, S::Working});
  // A follow-up whose owner is gone or absent goes back to the arena or to the line.
  allow(S::ActionItem, {S::Arena, S::UnitLeader, S::Done});
  // A broad problem's instance: carried up the line by the first unit to raise it, answered,
  // or worked around when patience runs out.
  allow(S::Waiting, {S::Working, S::UnitLeader});
  // A dormant issue, once noticed, goes to the arena or up the line.
  allow(S::Dormant, {S::Arena, S::UnitLeader});
  allow(S::Working, {S::Done});
  for (int from = 0; from < kStates; ++from)
    if (from != static_cast<int>(S::Done) && from != static_cast<int>(S::Dropped))
      t[from][static_cast<int>(S::Dropped)] = true;
  return t;
}();

// Committed hours follow the person who holds the work: the worker of a working or searching issue,
// the owner of a follow-up. Any other state holds no one's hours.
void release(const IssueLedger& lc, Issue& is) {
  if (is.committedTo < 0) return;
  double& c = lc.agents.committed[static_cast<std::size_t>(is.committedTo)];
  c = std::max(0.0, c - is.remaining);
  is.committedTo = -1;
}

void commit(const IssueLedger& lc, Issue& is, int who) {
  release(lc, is);
  if (who < 0) return;
  lc.agents.committed[static_cast<std::size_t>(who)] += is.remaining;
  is.committedTo = who;
}

void enqueue(const IssueLedger& lc, QueuePlace place, AgendaItem item) {
  if (item.isIssue()) {
    QueuePlace& at = lc.issues.all[item.issue().index()].queued;
    if (at.kind != QueueKind::None)
      throw std::logic_error(fmt::format("issue {} is queued on day {} while it waits in another queue",
                                         item.issue().value(), lc.now.day));
    at = place;
  } else if (item.isProblem()) {
    AgendaSet& on = lc.issues.problems[item.problem().index()].waitsOn;
    if (on.has(place.kind))
      throw std::logic_error(fmt::format("broad problem {} is queued twice on one agenda on day {}",
                                         item.problem().value(), lc.now.day));
    on.add(place.kind);
  }
  lc.issues.queues.at(place).push_back(item);
}

void erase(std::vector<AgendaItem>& queue, AgendaItem item) {
  const auto it = std::find(queue.begin(), queue.end(), item);
  if (it == queue.end()) throw std::logic_error("an item is missing from the queue it waits in");
  queue.erase(it);
}

// Takes an issue off the queue it waits in; false when it waits nowhere.
bool dequeue(IssueBook& book, IssueId id) {
  QueuePlace& at = book.all[id.index()].queued;
  if (at.kind == QueueKind::None) return false;
  erase(book.queues.at(at), AgendaItem::of(id));
  at = {};
  return true;
}

// Takes a broad problem off agenda `kind`; false when it does not wait there.
bool dequeue(IssueBook& book, ProblemId id, QueueKind kind) {
  AgendaSet& on = book.problems[id.index()].waitsOn;
  if (!on.has(kind)) return false;
  erase(book.queues.at({kind}), AgendaItem::of(id));
  on.remove(kind);
  return true;
}

constexpr std::array<QueueKind, 3> kProblemAgendas = {QueueKind::Arena, QueueKind::Leadership,
                                                      QueueKind::Liaison};

bool holdsWork(S s) {
  return s == S::Working || s == S::Searching || s == S::ActionItem;
}

void step(const IssueLedger& lc, Issue& is, S to) {
  const S from = is.state;
  if (!allowedStep(from, to))
    throw std::logic_error(fmt::format("issue {} on day {}: {} → {} is not a step of the issue life cycle",
                                       is.id, lc.now.day, stateName(from), stateName(to)));
  // A dormant issue is routed only once noticed (noticeSignal); dropping it needs no notice.
  if (from == S::Dormant && to != S::Dropped && !is.noticed)
    throw std::logic_error(fmt::format("issue {} leaves dormancy unnoticed on day {}", is.id, lc.now.day));
  is.state = to;
  // The give-up clock (giving_up.cpp) starts when a case is raised or noticed, when someone takes it
  // on, and when it goes back from a holder to waiting; a move from one desk or agenda to another
  // does not restart it (the case is still waiting for someone to take responsibility).
  if (from == S::Raised || from == S::Dormant || holdsWork(to) != holdsWork(from)) is.since = lc.now.day;
  dequeue(lc.issues, IssueId{is.id});  // whatever it waited in, it has moved on
  if (!holdsWork(to)) release(lc, is);
  if (lc.issues.keepHistory) lc.issues.history.push_back({is.id, lc.now.day, from, to});
}

}  // namespace

bool allowedStep(IssueState from, IssueState to) {
  return kAllowed[static_cast<int>(from)][static_cast<int>(to)];
}

std::string_view stateName(IssueState s) {
  return kNames[static_cast<int>(s)];
}

void startWork(const IssueLedger& lc, Issue& is, PersonId worker, double hours, Route route) {
  step(lc, is, S::Working);
  release(lc, is);
  is.worker = worker.value();
  is.remaining = hours;
  is.route = route;
  commit(lc, is, worker.value());
}

void connectHolder(const IssueLedger& lc, Issue& is, PersonId holder, int readyDay, Route route) {
  step(lc, is, S::Searching);
  is.worker = holder.value();
  is.helper = is.raiser;
  is.route = route;
  is.readyDay = readyDay;
  commit(lc, is, holder.value());
}

void holderReady(const IssueLedger& lc, Issue& is) {
  step(lc, is, S::Working);
}

void escalateToUnitLeader(const IssueLedger& lc, Issue& is, int readyDay) {
  step(lc, is, S::UnitLeader);
  is.route = Route::Line;
  is.readyDay = readyDay;
}

void putInHeadQueue(const IssueLedger& lc, Issue& is, int area, int phantoms) {
  step(lc, is, S::Director);
  const QueuePlace place{QueueKind::Head, area};
  for (int k = 0; k < phantoms; ++k) enqueue(lc, place, AgendaItem::phantom());
  enqueue(lc, place, AgendaItem::of(IssueId{is.id}));
}

void delegateToHead(const IssueLedger& lc, Issue& is, int area) {
  step(lc, is, S::Director);
  enqueue(lc, {QueueKind::Delegated, area}, AgendaItem::of(IssueId{is.id}));
}

void putOnLeadershipAgenda(const IssueLedger& lc, Issue& is) {
  step(lc, is, S::Leadership);
  enqueue(lc, {QueueKind::Leadership}, AgendaItem::of(IssueId{is.id}));
}

void carryToLeadership(const IssueLedger& lc, Issue& is) {
  step(lc, is, S::Leadership);
  enqueue(lc, {QueueKind::Liaison}, AgendaItem::of(IssueId{is.id}));
}

void putOnArenaAgenda(const IssueLedger& lc, Issue& is, Route route) {
  step(lc, is, S::Arena);
  is.route = route;
  enqueue(lc, {QueueKind::Arena}, AgendaItem::of(IssueId{is.id}));
}

void assignFollowUp(const IssueLedger& lc, Issue& is, PersonId owner, Route route, double hours) {
  step(lc, is, S::ActionItem);
  release(lc, is);
  is.owner = owner.value();
  is.worker = owner.value();
  is.route = route;
  is.missed = 0;
  is.remaining = hours;
  commit(lc, is, owner.value());
  enqueue(lc, {QueueKind::FollowUps}, AgendaItem::of(IssueId{is.id}));
}

void handOnFollowUp(const IssueLedger& lc, Issue& is, PersonId to) {
  if (is.state != S::ActionItem)
    throw std::logic_error(fmt::format("issue {} handed on while {}", is.id, stateName(is.state)));
  is.owner = to.value();
  is.worker = to.value();
  is.since = lc.now.day;  // a new owner: the give-up clock starts again
  commit(lc, is, to.value());
}

double workOn(const IssueLedger& lc, Issue& is, PersonId who) {
  const double spent = spend(lc.agents, who.value(), is.remaining);
  is.remaining -= spent;
  if (spent > 0) is.lastWorked = lc.now.day;
  if (is.committedTo >= 0) {
    double& c = lc.agents.committed[static_cast<std::size_t>(is.committedTo)];
    c = std::max(0.0, c - spent);
  }
  return spent;
}

double spareHours(const Agents& a, PersonId agent) {
  const auto ui = agent.index();
  return std::max(0.0, a.budget[ui] - a.committed[ui]);
}

void awaitAnswer(const IssueLedger& lc, Issue& is) {
  step(lc, is, S::Waiting);
}

void goDormant(const IssueLedger& lc, Issue& is) {
  step(lc, is, S::Dormant);
  is.size = 1.0;
}

void noticeSignal(const IssueLedger& lc, Issue& is) {
  if (is.state != S::Dormant)
    throw std::logic_error(
        fmt::format("issue {} noticed as a weak signal while {}", is.id, stateName(is.state)));
  is.noticed = true;
  is.early = is.size < lc.now.sc().issues.weakSignalSize;
  if (inBook(lc.now, is)) ++(is.early ? lc.counters.weakEarly : lc.counters.weakLate);
  is.remaining = lc.now.sc().issues.q3Hours * is.size;
}

void markResolved(const IssueLedger& lc, Issue& is) {
  step(lc, is, S::Done);
  is.remaining = std::max(0.0, is.remaining);
  is.closedDay = lc.now.day;
  if (!inBook(lc.now, is)) return;
  Counters& c = lc.counters;
  ++c.resolved;
  ++c.resolvedByQuadrant[is.quadrant - 1];
  ++c.resolvedByRoute[static_cast<int>(is.route)];
  c.latencies.push_back(static_cast<double>(lc.now.day - is.arrival));
}

void markDropped(const IssueLedger& lc, Issue& is, DropReason why) {
  step(lc, is, S::Dropped);
  is.closedDay = lc.now.day;
  is.dropReason = why;
  if (!inBook(lc.now, is)) return;
  ++lc.counters.dropped;
  ++lc.counters.droppedBy[static_cast<int>(why)];
}

void problemToArena(const IssueLedger& lc, ProblemId p) {
  BroadProblem& problem = lc.issues.problems[p.index()];
  problem.onArena = true;
  if (!problem.coordinated) enqueue(lc, {QueueKind::Arena}, AgendaItem::of(p));
}

void problemToLeadership(const IssueLedger& lc, ProblemId p) {
  BroadProblem& problem = lc.issues.problems[p.index()];
  if (problem.coordinated || problem.onLeadership) return;
  problem.onLeadership = true;
  enqueue(lc, {QueueKind::Leadership}, AgendaItem::of(p));
}

void problemToLiaison(const IssueLedger& lc, ProblemId p) {
  enqueue(lc, {QueueKind::Liaison}, AgendaItem::of(p));
}

void markAnswered(const IssueLedger& lc, ProblemId p) {
  lc.issues.problems[p.index()].coordinated = true;
  for (QueueKind kind : kProblemAgendas) dequeue(lc.issues, p, kind);
}

void takeOff(const IssueLedger& lc, QueueKind from, AgendaItem item) {
  const bool taken = item.isIssue() ? lc.issues.all[item.issue().index()].queued.kind == from &&
                                          dequeue(lc.issues, item.issue())
                     : item.isProblem() ? dequeue(lc.issues, item.problem(), from)
                                        : false;
  if (!taken)
    throw std::logic_error(fmt::format("day {}: an item taken off a queue does not wait in it", lc.now.day));
}

AgendaItem takeFirst(const IssueLedger& lc, QueuePlace place) {
  auto& queue = lc.issues.queues.at(place);
  if (queue.empty()) throw std::logic_error("the first item of an empty queue");
  const AgendaItem item = queue.front();
  queue.erase(queue.begin());
  if (item.isIssue()) lc.issues.all[item.issue().index()].queued = {};
  if (item.isProblem()) lc.issues.problems[item.problem().index()].waitsOn.remove(place.kind);
  return item;
}

bool waitsIn(const IssueBook& issues, AgendaItem item, QueuePlace place) {
  if (item.isIssue()) return issues.all[item.issue().index()].queued == place;
  if (item.isProblem()) return issues.problems[item.problem().index()].waitsOn.has(place.kind);
  return place.kind == QueueKind::Head;  // an item of a line area's unsimulated units
}

}  // namespace samsim::models
