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
  Issue& is = t.raise(2, t.staffIn(0), 1, 4.0);
  is.state = IssueState::Director;
  is.route = Route::Line;
  t.w.line.directorQueue[0].push_back(is.id);
  return is;
}

// An issue already on the leadership agenda (state Leadership) in `queue`.
int onAgenda(Tiny& t, std::vector<int>& queue, Route route) {
  Issue& is = t.raise(2, t.staffIn(0), 1, 4.0);
  is.state = IssueState::Leadership;
  is.route = route;
  queue.push_back(is.id);
  return is.id;
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
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.load);
  REQUIRE(t.w.line.areaHead[0] == dir);
  CHECK(t.w.agents.budget[static_cast<std::size_t>(dir)] == Approx(3.0 + 2.25));

  SECTION("knowing the structures: looks through sector B (24 lookups ≥ its 12 people) and finds b") {
    Issue& is = waitingAtDirector(t);
    runDirectors(t.w);
    CHECK(is.state == IssueState::Searching);
    CHECK(is.worker == holder);
    CHECK(t.w.agents.coord[static_cast<std::size_t>(dir)] == Approx(0.75));
    CHECK(t.w.agents.budget[static_cast<std::size_t>(dir)] == Approx(5.25 - 0.75));
  }
  SECTION("no structural knowledge and no ties: no holder; the issue goes to the leadership group") {
    t.w.agents.knowledge[static_cast<std::size_t>(dir)] = 0.0;
    Issue& is = waitingAtDirector(t);
    runDirectors(t.w);
    CHECK(is.state == IssueState::Leadership);
    CHECK(t.w.line.leadershipQueue == std::vector<int>{is.id});
    CHECK(t.w.agents.coord[static_cast<std::size_t>(dir)] == Approx(0.75));  // the time is spent anyway
  }
  SECTION("no structural knowledge, but a trusted tie to the holder: found through whom they know") {
    t.w.agents.knowledge[static_cast<std::size_t>(dir)] = 0.0;
    t.w.ties.set(dir, holder, 0.9, 0, 0.9);
    Issue& is = waitingAtDirector(t);
    runDirectors(t.w);
    CHECK(is.state == IssueState::Searching);
    CHECK(is.worker == holder);
  }
  SECTION("out of hours: with 0.5 h left (< 0.75 h per item) the item waits in the queue") {
    t.w.agents.budget[static_cast<std::size_t>(dir)] = 0.5;
    Issue& is = waitingAtDirector(t);
    runDirectors(t.w);
    CHECK(is.state == IssueState::Director);
    CHECK(t.w.line.directorQueue[0] == std::vector<int>{is.id});
    CHECK(t.w.agents.coord[static_cast<std::size_t>(dir)] == 0.0);
  }
}

TEST_CASE("line route: a leadership meeting booked today crowds out the director's items",
          "[models][hand][line]") {
  Tiny t;
  const int dir = directorOf(t, 0);
  t.w.agents.competence(1, t.staffIn(1)) = 1.0;
  t.w.day = 4;  // meeting day
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.load);
  REQUIRE(meetsToday(t.w, Body::LeadershipGroup));
  // 3.5 h left, 3 h booked for the meeting: 0.5 h < 0.75 h, so no item today.
  t.w.agents.budget[static_cast<std::size_t>(dir)] = 3.5;
  Issue& is = waitingAtDirector(t);
  runDirectors(t.w);
  CHECK(is.state == IssueState::Director);
  // The meeting: 3 h, all from the 3.5 h budget.
  runLeadershipMeeting(t.w);
  CHECK(t.w.agents.coord[static_cast<std::size_t>(dir)] == Approx(3.0));
  CHECK(t.w.agents.budget[static_cast<std::size_t>(dir)] == Approx(0.5));
}

TEST_CASE("line route: an advisor's ties find the holder, at 0.1 h of the advisor's time",
          "[models][hand][line]") {
  Tiny t({"municipality.sector_advisors=1", "municipality.reference_staff=24"});
  const int dir = directorOf(t, 0);
  const auto& advisors = t.w.sectorList[0].advisors;
  REQUIRE(advisors.size() == 1);
  const int adv = advisors.front();
  const int holder = t.staffIn(1);
  t.w.agents.competence(1, holder) = 1.0;
  t.w.agents.knowledge[static_cast<std::size_t>(dir)] = 0.0;
  t.w.agents.knowledge[static_cast<std::size_t>(adv)] = 0.0;
  t.w.ties.set(adv, holder, 0.9, 0, 0.9);
  t.w.day = 0;
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.load);
  Issue& is = waitingAtDirector(t);
  runDirectors(t.w);
  CHECK(is.state == IssueState::Searching);
  CHECK(is.worker == holder);
  CHECK(t.w.agents.coord[static_cast<std::size_t>(adv)] == Approx(0.1));  // routing.ask_hours
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
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.load);
  REQUIRE(liaisonPerson(t.w, t.w.hub) == chair);
  BroadProblem p;
  p.domain = 1;
  p.onLeadership = true;
  t.w.issues.problems.push_back(p);
  const int broad = problemEntry(0);
  t.w.line.leadershipQueue.push_back(broad);
  const int x = onAgenda(t, t.w.line.leadershipQueue, Route::Line);
  const int l1 = onAgenda(t, t.w.line.liaisonQueue, Route::Arena);
  const int l2 = onAgenda(t, t.w.line.liaisonQueue, Route::Arena);
  const int members = static_cast<int>(t.w.line.leadershipGroup.size());
  REQUIRE(members == 3);  // municipal director and two sector directors

  SECTION("liaison present") {
    runLeadershipMeeting(t.w);
    CHECK(t.w.line.lastAgenda == std::vector<int>{broad, l1});
    CHECK(t.w.line.liaisonQueue == std::vector<int>{l2});
    CHECK(t.w.line.leadershipQueue == std::vector<int>{x});
    CHECK(t.w.agents.coord[static_cast<std::size_t>(chair)] == Approx(3.0));
    CHECK(t.w.agents.budget[static_cast<std::size_t>(chair)] == Approx(0.0));  // 3 h budget, all spent
    CHECK(t.w.counters.meetingHours == Approx(3.0 * (members + 1)));
    CHECK(t.w.issues.all[static_cast<std::size_t>(l1)].route == Route::Arena);
    CHECK(t.w.issues.all[static_cast<std::size_t>(x)].state == IssueState::Leadership);
  }
  SECTION("liaison absent: the advice waits; the slot goes to the leadership queue") {
    t.w.agents.present[static_cast<std::size_t>(chair)] = 0;
    runLeadershipMeeting(t.w);
    CHECK(t.w.line.lastAgenda == std::vector<int>{broad, x});
    CHECK(t.w.line.liaisonQueue == std::vector<int>{l1, l2});
    CHECK(t.w.agents.coord[static_cast<std::size_t>(chair)] == 0.0);
    CHECK(t.w.counters.meetingHours == Approx(3.0 * members));
  }
}

TEST_CASE(
    "scale model: a head serves the whole area — items of the unsimulated units queue ahead of a "
    "simulated one and take the head's items and hours",
    "[models][hand][line][scale]") {
  {  // The organisation itself: nothing but the issue is queued.
    Tiny t;
    REQUIRE(t.w.line.areaSpan[0] == Approx(1.0));
    queueForHead(t.w.line, 0, 7);
    CHECK(t.w.line.directorQueue[0] == std::vector<int>{7});
  }
  // A scale model with f = 0.1: sector A's area is a tenth of an area of the reference organisation,
  // so 9 items of its other units arrive with each simulated one.
  Tiny t({"municipality.reference_staff=240"});
  REQUIRE(t.w.line.areaSpan[0] == Approx(0.1));
  const int dir = directorOf(t, 0);
  Issue& is = waitingAtDirector(t);
  t.w.line.directorQueue[0].clear();
  queueForHead(t.w.line, 0, is.id);
  auto& queue = t.w.line.directorQueue[0];
  REQUIRE(queue.size() == 10);
  CHECK(std::count(queue.begin(), queue.end(), kPhantomItem) == 9);
  CHECK(queue.back() == is.id);
  // Three items a day (line.director_items_per_day), 0.75 h each from the head's 5.25 h.
  for (int day = 0; day < 3; ++day) {
    t.w.day = day;
    beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.load);
    REQUIRE(t.w.agents.budget[static_cast<std::size_t>(dir)] == Approx(5.25));
    runDirectors(t.w);
    CHECK(queue.size() == static_cast<std::size_t>(10 - 3 * (day + 1)));
    CHECK(t.w.agents.budget[static_cast<std::size_t>(dir)] == Approx(5.25 - 3 * 0.75));
    CHECK(is.state == IssueState::Director);
  }
  t.w.day = 3;
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.load);
  runDirectors(t.w);
  CHECK(queue.empty());
  CHECK(is.state != IssueState::Director);  // decided on the fourth day
}
