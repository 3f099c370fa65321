// The line as a process among people with limited time (models/mechanisms/line.cpp; 000 §5.1–5.2, §5.4, §7),
// hand-computed in the tiny organisation (fixtures/tiny.yaml): 7.5 h/day for staff (operational
// load 60 % = 4.5 h, so a 3 h budget); a director has the same 3 h plus line.head_line_share
// 0.3 × 7.5 = 2.25 h set aside for the line: 5.25 h.
#include <catch2/catch.hpp>

#include "tests/models/tiny_world.hpp"

using namespace samsim::models;
using samsim::models::test::Tiny;

namespace {

int directorOf(const Tiny& t, int sector) {
  return t.w.sectorList[static_cast<std::size_t>(sector)].director;
}

// A quadrant-2 issue of sector A needing sector B's domain, waiting in the director of A's queue.
Issue& waitingAtDirector(Tiny& t) {
  return t.inHeadQueue(t.raise(2, t.staffIn(0), 1, 4.0), 0);
}

// An issue already on the leadership agenda (state Leadership), or carried by the liaison.
AgendaItem onAgenda(Tiny& t, Route route, bool viaLiaison) {
  return AgendaItem::of(
      IssueId{t.onLeadershipAgenda(t.raise(2, t.staffIn(0), 1, 4.0), route, viaLiaison).id});
}

std::vector<AgendaItem> items(std::initializer_list<AgendaItem> list) {
  return list;
}

AgendaItem itemOf(const Issue& is) {
  return AgendaItem::of(IssueId{is.id});
}

}  // namespace

TEST_CASE(
    "line route (000 §5.2, §7): the director spends 0.75 h and finds a holder only through "
    "knowledge or ties",
    "[models][hand][line]") {
  Tiny t;
  const int dir = directorOf(t, 0);
  const int holder = t.staffIn(1);
  t.w.agents.competence(1, holder) = 1.0;  // the only holder, in sector B
  t.w.day = 0;                             // no leadership meeting today (cadence 5: day 4)
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  REQUIRE(t.w.line.areaHead[0] == dir);
  CHECK(t.w.agents.budget[static_cast<std::size_t>(dir)] == Approx(3.0 + 2.25));

  SECTION("knowing the structures: looks through sector B (24 lookups ≥ its 12 people) and finds b") {
    Issue& is = waitingAtDirector(t);
    t.run("directors");
    CHECK(is.state == IssueState::Searching);
    CHECK(is.worker == holder);
    CHECK(t.w.agents.coord[static_cast<std::size_t>(dir)] == Approx(0.75));
    CHECK(t.w.agents.budget[static_cast<std::size_t>(dir)] == Approx(5.25 - 0.75));
  }
  SECTION("no structural knowledge and no ties: no holder; the issue goes to the leadership group") {
    t.w.agents.knowledge[static_cast<std::size_t>(dir)] = 0.0;
    Issue& is = waitingAtDirector(t);
    t.run("directors");
    CHECK(is.state == IssueState::Leadership);
    CHECK(t.w.issues.queues.leadership == items({itemOf(is)}));
    CHECK(t.w.agents.coord[static_cast<std::size_t>(dir)] == Approx(0.75));  // the time is spent anyway
  }
  SECTION("no structural knowledge, but a trusted tie to the holder: found through whom they know") {
    t.w.agents.knowledge[static_cast<std::size_t>(dir)] = 0.0;
    t.w.ties.set(dir, holder, 0.9, 0, 0.9);
    Issue& is = waitingAtDirector(t);
    t.run("directors");
    CHECK(is.state == IssueState::Searching);
    CHECK(is.worker == holder);
  }
  SECTION("out of hours: with 0.5 h left (< 0.75 h per item) the item waits in the queue") {
    t.w.agents.budget[static_cast<std::size_t>(dir)] = 0.5;
    Issue& is = waitingAtDirector(t);
    t.run("directors");
    CHECK(is.state == IssueState::Director);
    CHECK(t.w.issues.queues.head[0] == items({itemOf(is)}));
    CHECK(t.w.agents.coord[static_cast<std::size_t>(dir)] == 0.0);
  }
}

TEST_CASE("line route: a leadership meeting booked today crowds out the director's items",
          "[models][hand][line]") {
  Tiny t;
  const int dir = directorOf(t, 0);
  t.w.agents.competence(1, t.staffIn(1)) = 1.0;
  t.w.day = 4;  // meeting day
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  REQUIRE(meetsToday(t.w, Body::LeadershipGroup));
  // 3.5 h left, 3 h booked for the meeting: 0.5 h < 0.75 h, so no item today.
  t.w.agents.budget[static_cast<std::size_t>(dir)] = 3.5;
  Issue& is = waitingAtDirector(t);
  t.run("directors");
  CHECK(is.state == IssueState::Director);
  // The meeting: 3 h, all from the 3.5 h budget.
  t.run("leadership meeting");
  CHECK(t.w.agents.coord[static_cast<std::size_t>(dir)] == Approx(3.0));
  CHECK(t.w.agents.budget[static_cast<std::size_t>(dir)] == Approx(0.5));
}

namespace {

// Sector A's director and its one advisor know nobody's structures; the advisor trusts a holder of
// domain 1 in sector B. Day 0, the workday begun.
struct AdvisorCase {
  Tiny t{{"municipality.sector_advisors=1", "municipality.reference_staff=24"}};
  int dir = directorOf(t, 0);
  int adv = -1;
  int holder = t.staffIn(1);
  AdvisorCase() {
    const auto& advisors = t.w.sectorList[0].advisors;
    REQUIRE(advisors.size() == 1);
    adv = advisors.front();
    t.w.agents.competence(1, holder) = 1.0;
    t.w.agents.knowledge[static_cast<std::size_t>(dir)] = 0.0;
    t.w.agents.knowledge[static_cast<std::size_t>(adv)] = 0.0;
    t.w.ties.set(adv, holder, 0.9, 0, 0.9);
    t.w.day = 0;
    beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  }
};

}  // namespace

TEST_CASE("line route: an advisor's ties find the holder, at 0.1 h of the advisor's time",
          "[models][hand][line]") {
  AdvisorCase c;
  Tiny& t = c.t;
  Issue& is = waitingAtDirector(t);
  t.run("directors");
  CHECK(is.state == IssueState::Searching);
  CHECK(is.worker == c.holder);
  CHECK(t.w.agents.coord[static_cast<std::size_t>(c.adv)] == Approx(0.1));  // routing.ask_hours
}

TEST_CASE("line route: an advisor with no hours left is not consulted, so their ties find nobody",
          "[models][hand][line]") {
  AdvisorCase c;
  Tiny& t = c.t;
  spend(t.w.agents, c.adv, 100.0);  // the advisor's day is spent
  REQUIRE(t.w.agents.budget[static_cast<std::size_t>(c.adv)] == 0.0);
  const double before = t.w.agents.coord[static_cast<std::size_t>(c.adv)];
  Issue& is = waitingAtDirector(t);
  t.run("directors");
  CHECK(is.state != IssueState::Searching);  // the director knows nobody: up to the leadership group
  CHECK(is.worker != c.holder);
  CHECK(t.w.agents.coord[static_cast<std::size_t>(c.adv)] == before);
}

TEST_CASE(
    "liaison (000 §5.1, §5.4): the arena's chair attends, spends the meeting's 3 h, and the "
    "advice takes the same agenda slots",
    "[models][hand][line]") {
  // Agenda of 2 slots. Leadership queue: a broad problem P and issue X; the liaison carries
  // advice L1 and L2. Triage: urgent broad first (P, slot 1), then the liaison's items (L1, slot 2).
  Tiny t({"hub.liaison=true", "line.leadership_agenda=2"});
  const int chair = t.staffIn(0) + 1;
  t.w.hub.active = true;
  t.w.hub.formedDay = 0;
  t.w.hub.chair = chair;
  t.w.agents.competence(1, t.staffIn(1)) = 1.0;
  t.w.day = 4;
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  REQUIRE(liaisonPerson(t.w, t.w.hub) == chair);
  BroadProblem p;
  p.domain = 1;
  t.w.issues.problems.push_back(p);
  const AgendaItem broad = AgendaItem::of(ProblemId{0});
  problemToLeadership(t.ledger(), broad.problem());
  const AgendaItem x = onAgenda(t, Route::Line, false);
  const AgendaItem l1 = onAgenda(t, Route::Arena, true);
  const AgendaItem l2 = onAgenda(t, Route::Arena, true);
  const int members = static_cast<int>(t.w.line.leadershipGroup.size());
  REQUIRE(members == 3);  // municipal director and two sector directors

  SECTION("liaison present") {
    t.run("leadership meeting");
    CHECK(t.w.line.lastAgenda == items({broad, l1}));
    CHECK(t.w.issues.queues.liaison == items({l2}));
    CHECK(t.w.issues.queues.leadership == items({x}));
    CHECK(t.w.agents.coord[static_cast<std::size_t>(chair)] == Approx(3.0));
    CHECK(t.w.agents.budget[static_cast<std::size_t>(chair)] == Approx(0.0));  // 3 h budget, all spent
    CHECK(t.w.counters.meetingHours == Approx(3.0 * (members + 1)));
    CHECK(t.w.issues.all[l1.issue().index()].route == Route::Arena);
    CHECK(t.w.issues.all[x.issue().index()].state == IssueState::Leadership);
  }
  SECTION("liaison absent: the advice waits; the slot goes to the leadership queue") {
    t.w.agents.present[static_cast<std::size_t>(chair)] = 0;
    t.run("leadership meeting");
    CHECK(t.w.line.lastAgenda == items({broad, x}));
    CHECK(t.w.issues.queues.liaison == items({l1, l2}));
    CHECK(t.w.agents.coord[static_cast<std::size_t>(chair)] == 0.0);
    CHECK(t.w.counters.meetingHours == Approx(3.0 * members));
  }
  SECTION("liaison who sits in the leadership group: the advice is on the agenda, hours paid once") {
    // The communications chief is a leadership member and may chair the arena (000 §5.1): the
    // liaison is in the room as a member. Before, a member-liaison's items were never decided.
    t.w.line.leadershipGroup.push_back(chair);
    const double before = t.w.agents.coord[static_cast<std::size_t>(chair)];
    t.run("leadership meeting");
    CHECK(t.w.line.lastAgenda == items({broad, l1}));
    CHECK(t.w.issues.queues.liaison == items({l2}));
    CHECK(t.w.agents.coord[static_cast<std::size_t>(chair)] == Approx(before + 3.0));  // once
    CHECK(t.w.counters.meetingHours == Approx(3.0 * (members + 1)));
  }
}

TEST_CASE(
    "scale model: a head serves the whole area — items of the unsimulated units queue ahead of a "
    "simulated one and take the head's items and hours",
    "[models][hand][line][scale]") {
  {  // The organisation itself: nothing but the issue is queued.
    Tiny t;
    REQUIRE(t.w.line.areaSpan[0] == Approx(1.0));
    Issue& is = t.raise(2, t.staffIn(0), 1, 4.0);
    escalateToUnitLeader(t.ledger(), is, 0);
    queueForHead(t.ledger(), t.w.line, is, 0);
    CHECK(t.w.issues.queues.head[0] == items({itemOf(is)}));
  }
  // A scale model with f = 0.1: sector A's area is a tenth of an area of the reference organisation,
  // so 9 items of its other units arrive with each simulated one.
  Tiny t({"municipality.reference_staff=240"});
  REQUIRE(t.w.line.areaSpan[0] == Approx(0.1));
  const int dir = directorOf(t, 0);
  Issue& is = t.raise(2, t.staffIn(0), 1, 4.0);
  escalateToUnitLeader(t.ledger(), is, 0);
  queueForHead(t.ledger(), t.w.line, is, 0);
  auto& queue = t.w.issues.queues.head[0];
  REQUIRE(queue.size() == 10);
  CHECK(std::count(queue.begin(), queue.end(), AgendaItem::phantom()) == 9);
  CHECK(queue.back() == itemOf(is));
  // Three items a day (line.director_items_per_day), 0.75 h each from the head's 5.25 h.
  for (int day = 0; day < 3; ++day) {
    t.w.day = day;
    beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
    REQUIRE(t.w.agents.budget[static_cast<std::size_t>(dir)] == Approx(5.25));
    t.run("directors");
    CHECK(queue.size() == static_cast<std::size_t>(10 - 3 * (day + 1)));
    CHECK(t.w.agents.budget[static_cast<std::size_t>(dir)] == Approx(5.25 - 3 * 0.75));
    CHECK(is.state == IssueState::Director);
  }
  t.w.day = 3;
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  t.run("directors");
  CHECK(queue.empty());
  CHECK(is.state != IssueState::Director);  // decided on the fourth day
}

TEST_CASE(
    "an instance answered while it waits in the head's queue leaves it the same day and takes none of "
    "the head's items or hours",
    "[models][hand][line]") {
  Tiny t({"line.director_items_per_day=1"});
  const int dir = directorOf(t, 0);
  t.w.agents.competence(1, t.staffIn(1)) = 1.0;  // a holder of B's domain
  t.w.day = 0;
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  BroadProblem bp;
  bp.domain = 1;
  t.w.issues.problems.push_back(bp);
  // Queue of A's head: an instance of the broad problem, then a quadrant-2 issue.
  const int instance = t.raise(4, t.staffIn(0), 1, 2.0).id;
  t.w.issues.all[static_cast<std::size_t>(instance)].problem = 0;
  t.w.issues.problems[0].instances.push_back(instance);
  t.inHeadQueue(t.w.issues.all[static_cast<std::size_t>(instance)], 0);
  const int next = waitingAtDirector(t).id;
  REQUIRE(t.w.issues.queues.head[0].size() == 2);
  // The coordinated answer arrives (another unit's instance was decided): the instance is worked
  // as an adaptation and is no longer in the queue.
  coordinatedAnswer(t.ledger(), ProblemId{0});
  CHECK(t.w.issues.all[static_cast<std::size_t>(instance)].state == IssueState::Working);
  CHECK(t.w.issues.queues.head[0] == items({AgendaItem::of(IssueId{next})}));
  // The head's one item today goes to the issue behind it, at 0.75 h.
  t.run("directors");
  CHECK(t.w.issues.all[static_cast<std::size_t>(next)].state == IssueState::Searching);
  CHECK(t.w.issues.queues.head[0].empty());
  CHECK(t.w.agents.coord[static_cast<std::size_t>(dir)] == Approx(0.75));
}
