// The issue life cycle (models/state/issue_life_cycle.cpp): the table of allowed steps, the named
// transitions on a hand-sized organisation, and an invariant over random scenarios — every issue's
// recorded history is a path through the table from "raised", ending in its current state.
#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <type_traits>
#include <vector>

#include "models/make_world.hpp"
#include "models/mechanisms/mechanisms.hpp"
#include "models/organisation/organisation.hpp"
#include "models/state/issue_life_cycle.hpp"
#include "sim/random.hpp"
#include "tests/models/tiny_world.hpp"

using namespace samsim::models;
using samsim::models::test::Tiny;

// Strong ids are made from an int only on purpose and never turn into an int or into one another.
static_assert(std::is_constructible_v<IssueId, int> && std::is_constructible_v<PersonId, int> &&
              std::is_constructible_v<ProblemId, int>);
static_assert(!std::is_convertible_v<int, IssueId> && !std::is_convertible_v<int, PersonId> &&
              !std::is_convertible_v<int, ProblemId>);
static_assert(!std::is_convertible_v<IssueId, int> && !std::is_convertible_v<PersonId, int> &&
              !std::is_convertible_v<ProblemId, int>);
static_assert(!std::is_convertible_v<IssueId, ProblemId> && !std::is_convertible_v<PersonId, IssueId> &&
              !std::is_convertible_v<ProblemId, IssueId>);
// An agenda item is made from a typed id, never from a number.
static_assert(!std::is_constructible_v<AgendaItem, int> && !std::is_convertible_v<AgendaItem, int>);

TEST_CASE("queues: an item leaves the queue it sat in the moment it moves on elsewhere", "[models][life]") {
  Tiny t;
  t.w.day = 7;
  const int a = t.staffIn(0);
  // A broad problem on the leadership group's agenda, an instance of it waiting in the head's queue
  // of sector A, an issue on the arena's agenda and a follow-up.
  BroadProblem bp;
  bp.domain = 1;
  t.w.issues.problems.push_back(bp);
  const ProblemId p{0};
  const int instance = t.raise(4, a, 1, 2.0).id;
  t.w.issues.all[static_cast<std::size_t>(instance)].problem = p.value();
  t.w.issues.problems[p.index()].instances.push_back(instance);
  t.inHeadQueue(t.w.issues.all[static_cast<std::size_t>(instance)], 0);
  problemToLeadership(t.ledger(), p);
  const int onArena = t.raise(3, a, 1, 2.0).id;
  putOnArenaAgenda(t.ledger(), t.w.issues.all[static_cast<std::size_t>(onArena)], Route::Arena);
  const int followUp = t.asFollowUp(t.raise(3, a, 1, 2.0), a).id;
  const Queues& q = t.w.issues.queues;
  REQUIRE(q.head[0] == std::vector{AgendaItem::of(IssueId{instance})});
  REQUIRE(q.leadership == std::vector{AgendaItem::of(p)});
  REQUIRE(q.arena == std::vector{AgendaItem::of(IssueId{onArena})});
  REQUIRE(q.followUps == std::vector{AgendaItem::of(IssueId{followUp})});

  // Solved another way: the coordinated answer reaches the instance in the head's queue, and the
  // problem leaves the leadership agenda, the same day.
  coordinatedAnswer(t.ledger(), p);
  CHECK(t.w.issues.all[static_cast<std::size_t>(instance)].state == IssueState::Working);
  CHECK(q.head[0].empty());
  CHECK(q.leadership.empty());
  CHECK(t.w.issues.problems[p.index()].waitsOn.empty());
  // Dropped: off the arena's agenda. Resolved: off the follow-ups.
  markDropped(t.ledger(), t.w.issues.all[static_cast<std::size_t>(onArena)], DropReason::WaitingArena);
  CHECK(q.arena.empty());
  markResolved(t.ledger(), t.w.issues.all[static_cast<std::size_t>(followUp)]);
  CHECK(q.followUps.empty());
  for (const Issue& is : t.w.issues.all) CHECK(is.queued.kind == QueueKind::None);
  // Taking off an item that waits elsewhere is a programming error.
  CHECK_THROWS_AS(takeOff(t.ledger(), QueueKind::Arena, AgendaItem::of(IssueId{instance})), std::logic_error);
}

TEST_CASE("life-cycle table: closed is final, every open state may be dropped", "[models][life]") {
  const std::array<IssueState, kIssueStates> all = {
      IssueState::Raised,   IssueState::Working,    IssueState::Searching, IssueState::UnitLeader,
      IssueState::Director, IssueState::Leadership, IssueState::Arena,     IssueState::ActionItem,
      IssueState::Waiting,  IssueState::Dormant,    IssueState::Done,      IssueState::Dropped};
  for (IssueState from : all) {
    INFO(stateName(from));
    CHECK_FALSE(allowedStep(from, IssueState::Raised));  // nothing becomes new again
    for (IssueState to : all)
      if (isClosed(from)) CHECK_FALSE(allowedStep(from, to));
    if (!isClosed(from)) CHECK(allowedStep(from, IssueState::Dropped));
  }
  // Only work and a follow-up end in a resolution.
  int toDone = 0;
  for (IssueState from : all) toDone += allowedStep(from, IssueState::Done) ? 1 : 0;
  CHECK(toDone == 2);
  CHECK(allowedStep(IssueState::Working, IssueState::Done));
  CHECK(allowedStep(IssueState::ActionItem, IssueState::Done));
  // Examples of steps the cycle does not have.
  CHECK_FALSE(allowedStep(IssueState::Working, IssueState::Arena));
  CHECK_FALSE(allowedStep(IssueState::Dormant, IssueState::Working));
  CHECK_FALSE(allowedStep(IssueState::Raised, IssueState::Leadership));
}

TEST_CASE("transitions record their steps and refuse steps the cycle does not have", "[models][life]") {
  Tiny t;
  t.w.issues.keepHistory = true;
  t.w.day = 3;
  Issue& is = t.raise(2, t.staffIn(0), 1, 4.0);
  const int b = t.staffIn(1);
  connectHolder(t.ledger(), is, PersonId{b}, 5, Route::Informal);
  CHECK(is.state == IssueState::Searching);
  CHECK(is.worker == b);
  CHECK(is.helper == is.raiser);
  CHECK(is.readyDay == 5);
  holderReady(t.ledger(), is);
  // Working → on the leadership agenda is not a step: the issue is unchanged.
  CHECK_THROWS_AS(putOnLeadershipAgenda(t.ledger(), is), std::logic_error);
  CHECK(is.state == IssueState::Working);
  t.w.day = 6;
  markResolved(t.ledger(), is);
  CHECK(is.closedDay == 6);
  CHECK(t.w.counters.resolved == 1);
  CHECK(t.w.counters.latencies.back() == 3.0);
  CHECK_THROWS_AS(markDropped(t.ledger(), is, DropReason::TooOld), std::logic_error);  // closed is final
  const auto& h = t.w.issues.history;
  REQUIRE(h.size() == 3);
  CHECK((h[0].from == IssueState::Raised && h[0].to == IssueState::Searching && h[0].day == 3));
  CHECK((h[1].from == IssueState::Searching && h[1].to == IssueState::Working));
  CHECK((h[2].from == IssueState::Working && h[2].to == IssueState::Done && h[2].day == 6));
}

TEST_CASE("a dormant issue leaves dormancy only once noticed", "[models][life]") {
  Tiny t;
  Issue& is = t.raise(3, t.staffIn(0), 1, 4.0);
  goDormant(t.ledger(), is);
  is.size = 2.0;
  CHECK_THROWS_AS(escalateToUnitLeader(t.ledger(), is, 1), std::logic_error);
  CHECK(is.state == IssueState::Dormant);
  noticeSignal(t.ledger(), is);
  CHECK(is.noticed);
  CHECK(is.remaining == Approx(t.scenario.issues.q3Hours * 2.0));
  escalateToUnitLeader(t.ledger(), is, 1);
  CHECK(is.state == IssueState::UnitLeader);
  CHECK(is.route == Route::Line);
  CHECK_THROWS_AS(noticeSignal(t.ledger(), is), std::logic_error);  // only a dormant issue is noticed
}

namespace {

const std::vector<std::string> kFiles = {"scenarios/designs/line-only.yaml",
                                         "scenarios/designs/adhoc-crisis-group.yaml",
                                         "scenarios/designs/small-staff.yaml",
                                         "scenarios/designs/coordinator-group.yaml",
                                         "scenarios/designs/flexible-arena.yaml",
                                         "scenarios/normal/coordinator-group.yaml",
                                         "scenarios/robustness/adhoc-crisis-group.yaml"};

// Every queued item's own state matches the queue it is in, and every issue in a waiting state waits
// in exactly one queue: a line head's (director), the leadership group's or the liaison's
// (leadership), the arena's (arena), the follow-ups (follow-up). Returns what is wrong, or "".
std::string queueMismatch(const World& w) {
  const auto& all = w.issues.all;
  const Queues& q = w.issues.queues;
  std::vector<int> seen(all.size(), 0);
  std::vector<int> problemSeen(w.issues.problems.size(), 0);
  std::string wrong;
  auto check = [&](const std::vector<AgendaItem>& queue, QueuePlace place, IssueState state) {
    for (const AgendaItem& item : queue) {
      if (!waitsIn(w.issues, item, place)) wrong += "an item does not know it waits where it is; ";
      if (item.isIssue()) {
        const Issue& is = all[item.issue().index()];
        ++seen[item.issue().index()];
        if (is.state != state)
          wrong += "issue " + std::to_string(is.id) + " is " + std::string(stateName(is.state)) + " in a " +
                   std::string(stateName(state)) + " queue; ";
      } else if (item.isProblem()) {
        ++problemSeen[item.problem().index()];
        if (w.issues.problems[item.problem().index()].coordinated) wrong += "an answered problem waits; ";
      } else if (place.kind != QueueKind::Head) {
        wrong += "a phantom item outside a head's queue; ";
      }
    }
  };
  for (std::size_t k = 0; k < q.head.size(); ++k)
    check(q.head[k], {QueueKind::Head, static_cast<int>(k)}, IssueState::Director);
  for (std::size_t k = 0; k < q.delegated.size(); ++k)
    check(q.delegated[k], {QueueKind::Delegated, static_cast<int>(k)}, IssueState::Director);
  check(q.leadership, {QueueKind::Leadership}, IssueState::Leadership);
  check(q.liaison, {QueueKind::Liaison}, IssueState::Leadership);
  check(q.arena, {QueueKind::Arena}, IssueState::Arena);
  check(q.followUps, {QueueKind::FollowUps}, IssueState::ActionItem);
  for (const Issue& is : all) {
    const bool waits = is.state == IssueState::Director || is.state == IssueState::Leadership ||
                       is.state == IssueState::Arena || is.state == IssueState::ActionItem;
    if (seen[static_cast<std::size_t>(is.id)] != (waits ? 1 : 0))
      wrong += "issue " + std::to_string(is.id) + " (" + std::string(stateName(is.state)) + ") is in " +
               std::to_string(seen[static_cast<std::size_t>(is.id)]) + " queues; ";
  }
  for (std::size_t k = 0; k < problemSeen.size(); ++k) {
    const AgendaSet& on = w.issues.problems[k].waitsOn;
    const int flagged = (on.has(QueueKind::Arena) ? 1 : 0) + (on.has(QueueKind::Leadership) ? 1 : 0) +
                        (on.has(QueueKind::Liaison) ? 1 : 0);
    if (problemSeen[k] != flagged)
      wrong += "problem " + std::to_string(k) + " waits where it does not know; ";
  }
  return wrong;
}

// Steps a World with its history kept and checks every issue's path.
void checkPaths(const std::string& file, const std::vector<std::string>& overrides, std::uint64_t seed) {
  std::vector<std::string> o = {"warmup_days=0"};  // every day measured, as the paths are checked
  o.insert(o.end(), overrides.begin(), overrides.end());
  const Scenario s = loadScenario(file, o);
  World w = makeWorld(s, seed);
  w.issues.keepHistory = true;
  for (int d = 0; d < s.days; ++d) {
    runDay(w, d);
    const std::string wrong = queueMismatch(w);
    INFO("day " << d);
    REQUIRE(wrong.empty());
  }
  const auto& all = w.issues.all;
  REQUIRE(!all.empty());
  std::vector<IssueState> at(all.size(), IssueState::Raised);
  std::vector<int> lastDay(all.size(), 0);
  for (std::size_t k = 0; k < all.size(); ++k) lastDay[k] = all[k].arrival;
  for (const IssueStep& step : w.issues.history) {
    const auto i = static_cast<std::size_t>(step.issue);
    REQUIRE(i < all.size());
    INFO("issue " << step.issue << " day " << step.day << ": " << stateName(step.from) << " -> "
                  << stateName(step.to));
    REQUIRE(step.from == at[i]);  // steps chain
    REQUIRE(allowedStep(step.from, step.to));
    REQUIRE(step.day >= lastDay[i]);  // in time order, never before the issue was raised
    at[i] = step.to;
    lastDay[i] = step.day;
  }
  std::int64_t open = 0;
  for (std::size_t k = 0; k < all.size(); ++k) {
    const Issue& is = all[k];
    INFO("issue " << is.id << " is " << stateName(is.state));
    REQUIRE(at[k] == is.state);               // the history ends in the current state
    REQUIRE(is.state != IssueState::Raised);  // every issue was routed the day it was raised
    REQUIRE(isClosed(is.state) == (is.closedDay >= 0));
    if (isClosed(is.state)) REQUIRE(is.closedDay == lastDay[k]);
    open += isClosed(is.state) ? 0 : 1;
  }
  CHECK(open == static_cast<std::int64_t>(w.issues.open.size()));
  // Committed hours are the open work each person holds: the remaining hours of the working and
  // searching issues they work and the follow-ups they own.
  std::vector<double> held(static_cast<std::size_t>(w.agents.size()), 0.0);
  for (const Issue& is : all) {
    const bool holds = is.state == IssueState::Working || is.state == IssueState::Searching ||
                       is.state == IssueState::ActionItem;
    REQUIRE((is.committedTo >= 0) == holds);
    if (holds) {
      REQUIRE(is.committedTo == (is.state == IssueState::ActionItem ? is.owner : is.worker));
      held[static_cast<std::size_t>(is.committedTo)] += is.remaining;
    }
  }
  for (int a = 0; a < w.agents.size(); ++a)
    REQUIRE(w.agents.committed[static_cast<std::size_t>(a)] ==
            Approx(held[static_cast<std::size_t>(a)]).margin(1e-6));
  CHECK(w.counters.raised == w.counters.resolved + w.counters.dropped + open);
}

}  // namespace

TEST_CASE(
    "every issue's history is a path of the life cycle and every queued item waits in the queue of "
    "its state (random scenarios)",
    "[models][life]") {
  samsim::sim::RandomStream rng(20211124, 0, samsim::sim::purpose("life-cycle-test"));
  const std::array<const char*, 3> mandates = {"information", "advisory", "decisive"};
  for (int k = 0; k < 24; ++k) {
    const std::string& file = kFiles[static_cast<std::size_t>(k) % kFiles.size()];
    const int staff = 300 + static_cast<int>(rng.below(1201));
    const int days = 120 + static_cast<int>(rng.below(120));
    std::vector<std::string> overrides = {
        "municipality.staff=" + std::to_string(staff),
        "days=" + std::to_string(days),
        "events.key_person_loss.day=" + std::to_string(days / 2),
        "crisis.enabled=" + std::string(rng.bernoulli(0.7) ? "true" : "false"),
        "crisis.start_day=" + std::to_string(10 + static_cast<int>(rng.below(30))),
        "crisis.duration_days=" + std::to_string(30 + static_cast<int>(rng.below(90)))};
    if (file.find("line-only") == std::string::npos) {
      overrides.push_back(std::string("hub.mandate=") + mandates[rng.below(3)]);
      overrides.push_back(std::string("hub.membership=") + (rng.bernoulli(0.5) ? "fixed" : "flexible"));
      overrides.push_back(std::string("hub.liaison=") + (rng.bernoulli(0.5) ? "true" : "false"));
    }
    std::string text;
    for (const auto& o : overrides) text += o + " ";
    INFO(file << " " << text);
    checkPaths(file, overrides, rng.below(1000000));
  }
}
