#pragma once
// The life cycle of an issue (docs/ODD.md §7, "Issue life cycle"). Every change of an issue's
// state is one of the named transitions below; each checks against one table (allowedStep) that
// the step is a step of the life cycle and throws std::logic_error if it is not — a programming
// error, never an input error. The transitions keep what belongs to the state (closing day,
// outcome counters, the worker of a working issue); queues and agendas stay with the mechanism
// that owns them (line.cpp, arena.cpp). When `IssueBook::keepHistory` is set, each step is
// recorded (issue, day, from, to) so that a test can check every issue's path.
// The transitions take the parts they write — the issue book, people's committed hours and the
// outcome counters — and the run context (day, scenario), bound together as an IssueLedger.
#include <string_view>

#include "models/state/issue.hpp"

namespace samsim::models {

struct World;
struct Agents;
struct Counters;
struct RunContext;

// What the life cycle reads and writes. A World converts to it, so that a mechanism holding the
// World calls a transition as `startWork(w, is, …)`.
struct IssueLedger {
  IssueLedger(World& w);  // the World's context, agents, issue book and counters
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
void startWork(const IssueLedger& lc, Issue& is, int worker, double hours, Route route);
// A holder was found (by search, a director or the arena); work starts on `readyDay`.
void connectHolder(const IssueLedger& lc, Issue& is, int holder, int readyDay, Route route);
// The day the found holder takes it up.
void holderReady(const IssueLedger& lc, Issue& is);
// Escalated to the raiser's unit leader; it reaches the director on `readyDay` (000 §5.1).
void escalateToUnitLeader(const IssueLedger& lc, Issue& is, int readyDay);
// In a line head's queue: passed up by the unit leader, or delegated by the leadership group.
void putInHeadQueue(const IssueLedger& lc, Issue& is);
// On the leadership group's agenda (directly, or as advice carried by the liaison).
void putOnLeadershipAgenda(const IssueLedger& lc, Issue& is);
// On the coordination arena's agenda (000 §6.3).
void putOnArenaAgenda(const IssueLedger& lc, Issue& is, Route route);
// Decided in the arena: an attendee owns the follow-up (000 §6.3).
void assignFollowUp(const IssueLedger& lc, Issue& is, int owner, Route route, double hours);
// An instance of a broad problem waiting for a coordinated answer (000 §5.2).
void awaitAnswer(const IssueLedger& lc, Issue& is);
// Quadrant 3: nobody owns it; it lies dormant and grows (000 §5.2).
void goDormant(const IssueLedger& lc, Issue& is);
// A dormant issue is noticed — early as a weak signal, or late when it has grown (000 §5.2,
// §5.3). It stays dormant until it is routed (toArena / toUnitLeader), which requires this.
void noticeSignal(const IssueLedger& lc, Issue& is);
// An attendee hands an arena follow-up on to another (000 §6.3); the work goes with it.
void handOnFollowUp(const IssueLedger& lc, Issue& is, int to);
// `who` works on the issue from today's budget; returns the hours spent.
double workOn(const IssueLedger& lc, Issue& is, int who);
// Hours a person could still give to a new issue today: today's budget less the open work they
// have already taken on (never below 0).
[[nodiscard]] double spareHours(const Agents& a, int agent);
// Closed: resolved (counted in the outcome book) or dropped after issues.max_age_days.
void markResolved(const IssueLedger& lc, Issue& is);
void markDropped(const IssueLedger& lc, Issue& is);

}  // namespace samsim::models
