// Cases that fall between chairs (000 §5.3: in the structural holes "er det forhold som naturlig vil
// falle mellom flere stoler og som ingen derfor ser eller tar ansvar for"). A case nobody has moved
// for issues.give_up_days working days is given up and dropped — by the raiser, who has waited that
// long for a decision or an answer, or by a holder who has not put an hour into it:
// - waiting for a decision: at the unit leader's desk, in a head's queue or on the leadership
//   group's agenda (the line), or on the arena's agenda, counted from the day it arrived there;
// - a broad problem's instance waiting for a coordinated answer, counted from the day it began to
//   wait (issues.patience_days usually sends the unit to its own workaround first, 000 §1);
// - with a holder (found, working, or an arena follow-up) who has not worked on it, counted from
//   the later of the day it got the holder and the last day anyone worked on it.
// A dormant quadrant-3 case is not given up this way: nobody sees it, so nobody gives it up; it grows
// until it is seen (000 §5.2). Any case still open at issues.max_age_days is dropped as too old.
// A dropped case is never resolved (docs/outputs.md): dropping only lengthens the restricted mean.
#include <algorithm>

#include "models/mechanisms/mechanisms.hpp"
#include "models/state/issue_life_cycle.hpp"

namespace samsim::models {

namespace {

// Where a case waits and, for the give-up rule, why it would be dropped there; TooOld = not subject
// to the rule (a dormant case, or one just raised).
DropReason waitingKind(IssueState s) {
  switch (s) {
    case IssueState::UnitLeader:
    case IssueState::Director:
    case IssueState::Leadership:
      return DropReason::WaitingLine;
    case IssueState::Arena:
      return DropReason::WaitingArena;
    case IssueState::Waiting:
      return DropReason::WaitingAnswer;
    case IssueState::Searching:
    case IssueState::Working:
    case IssueState::ActionItem:
      return DropReason::Unworked;
    default:
      return DropReason::TooOld;
  }
}

}  // namespace

bool giveUpIfStalled(const IssueLedger& lc, Issue& is) {
  const auto& s = lc.now.sc().issues;
  const int day = lc.now.day;
  const DropReason kind = waitingKind(is.state);
  if (kind != DropReason::TooOld) {
    const int still = day - std::max(is.since, is.lastWorked);
    if (still >= s.giveUpDays) {
      markDropped(lc, is, kind);
      return true;
    }
  }
  if (day - is.arrival > s.maxAgeDays) {
    markDropped(lc, is, DropReason::TooOld);
    return true;
  }
  return false;
}

}  // namespace samsim::models
