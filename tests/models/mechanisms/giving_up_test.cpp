// Cases that fall between chairs (models/mechanisms/giving_up.cpp; 000 §5.3), hand-computed on the
// tiny organisation with issues.give_up_days = 40 and issues.max_age_days = 120.
#include <catch2/catch.hpp>

#include "tests/models/tiny_world.hpp"

using namespace samsim::models;
using samsim::models::test::Tiny;

namespace {

const std::vector<std::string> kRule = {"issues.give_up_days=40", "issues.max_age_days=120"};

int droppedFor(const Tiny& t, DropReason why) {
  return static_cast<int>(t.w.counters.droppedBy[static_cast<int>(why)]);
}

// Day `day` and whether the case was given up on it.
bool givenUpOn(Tiny& t, Issue& is, int day) {
  t.w.day = day;
  return giveUpIfStalled(t.ledger(), is);
}

}  // namespace

TEST_CASE("a case waiting in a head's queue is given up after issues.give_up_days, not a day before",
          "[models][hand][giving-up]") {
  Tiny t(kRule);
  Issue& is = t.inHeadQueue(t.raise(2, t.staffIn(0), 1, 4.0), 0);  // enters the queue on day 0
  CHECK_FALSE(givenUpOn(t, is, 39));
  CHECK(is.state == IssueState::Director);
  CHECK(givenUpOn(t, is, 40));
  CHECK(is.state == IssueState::Dropped);
  CHECK(is.closedDay == 40);
  CHECK(t.w.issues.queues.count({QueueKind::Head, 0}) == 0);  // it no longer waits anywhere
  CHECK(t.w.counters.dropped == 1);
  CHECK(droppedFor(t, DropReason::WaitingLine) == 1);
}

TEST_CASE(
    "the wait runs from when a case was raised into the line; moving it from desk to desk does "
    "not restart it",
    "[models][hand][giving-up]") {
  Tiny t(kRule);
  Issue& is = t.raise(2, t.staffIn(0), 1, 4.0);
  t.w.day = 10;  // raised on day 0, escalated on day 10: the clock starts on day 10
  t.inHeadQueue(is, 0);
  CHECK(is.since == 10);
  t.w.day = 30;  // the head passes it on to the leadership group: still nobody's
  takeOff(t.ledger(), QueueKind::Head, AgendaItem::of(IssueId{is.id}));
  putOnLeadershipAgenda(t.ledger(), is);
  CHECK(is.since == 10);
  CHECK_FALSE(givenUpOn(t, is, 49));
  CHECK(givenUpOn(t, is, 50));
  CHECK(droppedFor(t, DropReason::WaitingLine) == 1);
}

TEST_CASE("a follow-up handed on to a new owner: the new owner's clock starts that day",
          "[models][hand][giving-up]") {
  Tiny t(kRule);
  Issue& is = t.asFollowUp(t.raise(2, t.staffIn(0), 1, 4.0), t.staffIn(1));
  t.w.day = 30;
  handOnFollowUp(t.ledger(), is, PersonId{t.staffIn(0)});
  CHECK_FALSE(givenUpOn(t, is, 40));  // 40 days after the first owner got it, 10 after the second
  CHECK_FALSE(givenUpOn(t, is, 69));
  CHECK(givenUpOn(t, is, 70));
  CHECK(droppedFor(t, DropReason::Unworked) == 1);
}

TEST_CASE("the arena's agenda: a case it never reaches is given up there", "[models][hand][giving-up]") {
  Tiny t(kRule);
  Issue& is = t.raise(2, t.staffIn(0), 1, 4.0);
  putOnArenaAgenda(t.ledger(), is, Route::Arena);
  CHECK(givenUpOn(t, is, 40));
  CHECK(droppedFor(t, DropReason::WaitingArena) == 1);
}

TEST_CASE("a holder who never puts an hour in: the case is given up; an hour of work restarts the count",
          "[models][hand][giving-up]") {
  Tiny t(kRule);
  const int owner = t.staffIn(1);
  Issue& is = t.asFollowUp(t.raise(2, t.staffIn(0), 1, 4.0), owner);  // a follow-up from day 0
  // Day 10: the owner works one hour (budget 1 h), so the count starts again.
  t.w.day = 10;
  t.w.agents.budget[static_cast<std::size_t>(owner)] = 1.0;
  CHECK(workOn(t.ledger(), is, PersonId{owner}) == Approx(1.0));
  CHECK(is.lastWorked == 10);
  CHECK_FALSE(givenUpOn(t, is, 49));
  // An owner without hours spends nothing: the count runs on.
  t.w.day = 45;
  t.w.agents.budget[static_cast<std::size_t>(owner)] = 0.0;
  CHECK(workOn(t.ledger(), is, PersonId{owner}) == 0.0);
  CHECK(is.lastWorked == 10);
  CHECK(givenUpOn(t, is, 50));
  CHECK(droppedFor(t, DropReason::Unworked) == 1);
  CHECK(t.w.agents.committed[static_cast<std::size_t>(owner)] == 0.0);  // its hours are released
}

TEST_CASE(
    "a dormant case is not given up (nobody sees it) but is dropped as too old after "
    "issues.max_age_days",
    "[models][hand][giving-up]") {
  Tiny t(kRule);
  Issue& is = t.raise(3, t.staffIn(0), 1, 4.0);
  goDormant(t.ledger(), is);
  CHECK_FALSE(givenUpOn(t, is, 100));
  CHECK_FALSE(givenUpOn(t, is, 120));
  CHECK(givenUpOn(t, is, 121));
  CHECK(droppedFor(t, DropReason::TooOld) == 1);
  CHECK(droppedFor(t, DropReason::WaitingLine) + droppedFor(t, DropReason::Unworked) == 0);
}

TEST_CASE("a case just being worked on is not given up", "[models][hand][giving-up]") {
  Tiny t(kRule);
  const int raiser = t.staffIn(0);
  Issue& is = t.raise(1, raiser, 0, 100.0);
  startWork(t.ledger(), is, PersonId{raiser}, 100.0, Route::Local);
  for (int day = 1; day <= 100; ++day) {
    t.w.day = day;
    t.w.agents.budget[static_cast<std::size_t>(raiser)] = 0.5;
    workOn(t.ledger(), is, PersonId{raiser});
    REQUIRE_FALSE(giveUpIfStalled(t.ledger(), is));
  }
  CHECK(is.state == IssueState::Working);
  CHECK(is.remaining == Approx(50.0));
}
