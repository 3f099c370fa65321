#pragma once
// The life cycle of an issue (docs/ODD.md §7, "Issue life cycle"). Every change of an issue's
// state is one of the named transitions below; each checks against one table (allowedStep) that
// the step is a step of the life cycle and throws std::logic_error if it is not — a programming
// error, never an input error. The transitions keep what belongs to the state (closing day,
// outcome counters, the worker of a working issue) and the queues and agendas the issue waits in
// (agenda.hpp): a transition into a waiting state puts the issue in its queue, and any step out of
// it takes the issue off, so no queue holds an item that moved on. When `IssueBook::keepHistory` is set, each
// step is recorded (issue, day, from, to) so that a test can check every issue's path. The transitions take
// the parts they write — the issue book, people's committed hours and the outcome counters — and the run
// context (day, scenario), bound together as an IssueLedger.
#include <string_view>

#include "models/state/issue.hpp"

namespace samsim::models {

struct Agents;
struct Counters;
struct RunContext;

// What the life cycle reads and writes. A step's view converts to it (models/schedule.hpp), so that
// a mechanism holding the view calls a transition as `startWork(v, is, …)`.
struct IssueLedger {
  IssueLedger(const RunContext& context, Agents& staff, IssueBook& book, Counters& counted)
      : now(context), agents(staff), issues(book), counters(counted) {}
  const RunContext& now;
  Agents& agents;
  IssueBook& issues;
  Counters& counters;
};

// Whether `from → to` is a step of the life cycle (the table in docs/ODD.md §7).
[[nodiscard]] bool allowedStep(IssueState from, IssueState to);
[[nodiscard]] std::string_view stateName(IssueState s);

// Someone works on it: the raiser (local, an adaptation of a coordinated answer, a workaround),
// a holder found by search or named by a decision (000 §5.3, §6.5).
void startWork(const IssueLedger& lc, Issue& is, PersonId worker, double hours, Route route);
// A holder was found (by search, a director or the arena); work starts on `readyDay`.
void connectHolder(const IssueLedger& lc, Issue& is, PersonId holder, int readyDay, Route route);
// The day the found holder takes it up.
void holderReady(const IssueLedger& lc, Issue& is);
// Escalated to the raiser's unit leader; it reaches the director on `readyDay` (000 §5.1).
void escalateToUnitLeader(const IssueLedger& lc, Issue& is, int readyDay);
// Passed up by the unit leader into the queue of the head of line area `area`, behind `phantoms`
// items of the area's unsimulated units that arrived meanwhile (a scale model, line.cpp).
void putInHeadQueue(const IssueLedger& lc, Issue& is, int area, int phantoms);
// Delegated by the leadership group to the head of line area `area` (line.cpp).
void delegateToHead(const IssueLedger& lc, Issue& is, int area);
// On the leadership group's agenda (directly, or as advice carried by the arena's liaison).
void putOnLeadershipAgenda(const IssueLedger& lc, Issue& is);
void carryToLeadership(const IssueLedger& lc, Issue& is);
// On the coordination arena's agenda (000 §6.3).
void putOnArenaAgenda(const IssueLedger& lc, Issue& is, Route route);
// Decided in the arena: an attendee owns the follow-up (000 §6.3).
void assignFollowUp(const IssueLedger& lc, Issue& is, PersonId owner, Route route, double hours);
// An instance of a broad problem waiting for a coordinated answer (000 §5.2).
void awaitAnswer(const IssueLedger& lc, Issue& is);
// Quadrant 3: nobody owns it; it lies dormant and grows (000 §5.2).
void goDormant(const IssueLedger& lc, Issue& is);
// A dormant issue is noticed — early as a weak signal, or late when it has grown (000 §5.2,
// §5.3). It stays dormant until it is routed (toArena / toUnitLeader), which requires this.
void noticeSignal(const IssueLedger& lc, Issue& is);
// An attendee hands an arena follow-up on to another (000 §6.3); the work goes with it.
void handOnFollowUp(const IssueLedger& lc, Issue& is, PersonId to);
// `who` works on the issue from today's budget; returns the hours spent.
double workOn(const IssueLedger& lc, Issue& is, PersonId who);
// Hours a person could still give to a new issue today: today's budget less the open work they
// have already taken on (never below 0).
[[nodiscard]] double spareHours(const Agents& a, PersonId agent);
// Closed: resolved or dropped (counted in the outcome book, a drop by its reason; giving_up.cpp).
void markResolved(const IssueLedger& lc, Issue& is);
void markDropped(const IssueLedger& lc, Issue& is, DropReason why);

// A broad problem on the arena's agenda (it is the arena's to carry until it goes back to the line),
// on the leadership group's (once: a problem the group has carried is not queued there again, nor
// one already answered), or carried by the liaison (agenda.hpp: AgendaSet).
void problemToArena(const IssueLedger& lc, ProblemId p);
void problemToLeadership(const IssueLedger& lc, ProblemId p);
void problemToLiaison(const IssueLedger& lc, ProblemId p);
// A coordinated answer exists: the problem leaves whatever agenda it waited on.
void markAnswered(const IssueLedger& lc, ProblemId p);

// A reader takes the item it acts on off the queue it waits in (a decision, a hand-back): the
// item's own transition then finds it no longer queued. Whatever an issue or problem does besides
// (answered, dropped, handed on by another mechanism) takes it off by itself.
void takeOff(const IssueLedger& lc, QueueKind from, AgendaItem item);
// The first item of a line head's queue (Head or Delegated, area `area`), taken off it.
AgendaItem takeFirst(const IssueLedger& lc, QueuePlace place);
// Whether the item's own record says it waits at `place` (for checks of the queues).
[[nodiscard]] bool waitsIn(const IssueBook& issues, AgendaItem item, QueuePlace place);

}  // namespace samsim::models
