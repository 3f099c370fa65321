// Cases given up (an assumed rule; the sources give no duration). 000 §5.3 says of the structural
// holes: "Nettopp fordi man opererer i strukturelle hull, er det forhold som naturlig vil falle
// mellom flere stoler og som ingen derfor ser eller tar ansvar for å bringe til torgs" — about
// matters nobody raises, which the model's dormant quadrant-3 cases stand for. This rule is about
// cases that were raised and then lie: 000 §6.3 warns that ownership of an arena's work "lett kan
// pulveriseres", and 000 §5.2 that an arena where matters are brought in but not taken out leaves
// them with nobody. A case nobody has taken responsibility for, or worked on, for
// issues.give_up_days working days is dropped:
// - waiting for a decision or an answer — at the unit leader's desk, in a head's queue, on the
//   leadership group's or the arena's agenda, or (an instance of a broad problem) for a coordinated
//   answer — counted from the day it was raised into the line or the arena, or went back there from
//   a holder; passing from one desk or agenda to another does not restart the count
//   (issues.patience_days usually sends a broad problem's unit to its own workaround first, 000 §1);
// - with a holder (found, working, or an arena follow-up) who has not worked on it, counted from
//   the later of the day the holder got it (a follow-up handed on: the new owner's day) and the last
//   day anyone worked on it.
// Who gives up is not modelled as a person: the case simply lies until it is no longer anyone's.
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
