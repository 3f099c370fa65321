// Hand-computed routes and latencies in a tiny organisation (fixtures/tiny.yaml): two sectors,
// 7.5 h/day, operational load 60 % = 4.5 h, so every present person has 3 h/day for issues.
#include <catch2/catch.hpp>

#include "models/outputs/outcome_book.hpp"
#include "tiny_world.hpp"

using namespace samsim::models;
using samsim::models::test::Tiny;

TEST_CASE("local route: a 7 h core task with 3 h/day is done on day 2 (3 + 3 + 1)", "[models][hand]") {
  Tiny t;
  t.w.day = 0;
  const int a = t.staffIn(0);
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  Issue& is = t.raise(1, a, 0, 7.0);
  t.route(is);
  CHECK(is.state == IssueState::Working);
  const int id = is.id;
  t.run("issue progress");
  endWorkday(t.w, t.w, t.w.crisis, t.w.hub, t.w.load, t.w.counters);
  CHECK(t.w.issues.all[static_cast<std::size_t>(id)].remaining == Approx(4.0));
  CHECK(t.runUntilClosed(id, 1, 10) == 2);
  CHECK(t.w.issues.all[static_cast<std::size_t>(id)].route == Route::Local);
  CHECK(t.w.counters.latencies.back() == 2.0);
}

TEST_CASE("informal route: one hop (2 days) to a trusted holder, then 4 h shared on day 2",
          "[models][hand]") {
  Tiny t;
  const int a = t.staffIn(0);
  const int b = t.staffIn(1);
  t.w.agents.competence(1, b) = 1.0;
  t.w.ties.set(a, b, 1.0, 0, 1.0);  // weight 1: the holder always agrees
  t.w.day = 0;
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  Issue& is = t.raise(2, a, 1, 4.0);
  t.route(is);
  REQUIRE(is.state == IssueState::Searching);
  CHECK(is.worker == b);
  CHECK(is.readyDay == 2);  // search_depth 1 hop × days_per_hop 2
  const int id = is.id;
  t.run("issue progress");
  endWorkday(t.w, t.w, t.w.crisis, t.w.hub, t.w.load, t.w.counters);
  // Day 2: the holder puts in 3 h, the raiser the last 1 h.
  CHECK(t.runUntilClosed(id, 1, 10) == 2);
  CHECK(t.w.issues.all[static_cast<std::size_t>(id)].route == Route::Informal);
  CHECK(t.w.counters.latencies.back() == 2.0);
  CHECK(outcomeBook(t.w).cross.solvedLatencyMean == 2.0);
}

TEST_CASE("line route: unit leader 1 day, director the next day, 5 days director to director",
          "[models][hand]") {
  Tiny t;
  const int a = t.staffIn(0);
  const int b = t.staffIn(1);
  t.w.agents.competence(1, b) = 1.0;  // the only holder; no ties, so informal search fails
  t.w.day = 0;
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  Issue& is = t.raise(2, a, 1, 4.0);
  t.route(is);
  REQUIRE(is.state == IssueState::UnitLeader);
  const int id = is.id;
  t.run("issue progress");
  endWorkday(t.w, t.w, t.w.crisis, t.w.hub, t.w.load, t.w.counters);
  // Day 1: reaches the director's queue (after the directors ran). Day 2: the director passes it
  // to sector B (ready day 2 + 5 = 7). Day 7: holder 3 h + raiser 1 h.
  CHECK(t.runUntilClosed(id, 1, 20) == 7);
  const Issue& done = t.w.issues.all[static_cast<std::size_t>(id)];
  CHECK(done.route == Route::Line);
  CHECK(done.worker == b);
}

TEST_CASE("arena route: a known arena connects raiser and holder at its next meeting", "[models][hand]") {
  // Arena of one unit leader per sector meeting every 5 days, visible to all; B's member holds the domain.
  Tiny t({"hub.enabled=true", "hub.visibility=1.0", "hub.pool=leaders", "hub.org_members=1"});
  const int a = t.staffIn(0);
  runDay(t.w, 0, false);  // arena forms and meets (empty agenda)
  REQUIRE(arenaActive(t.w.hub));
  REQUIRE(t.w.hub.members.size() == 2);
  const int holder = t.w.hub.members.front();  // the chair, from the organisation area (sector B)
  REQUIRE(t.w.agents.affiliation[static_cast<std::size_t>(holder)] == 1);
  t.w.agents.competence(1, holder) = 1.0;
  t.w.day = 1;
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  Issue& is = t.raise(2, a, 1, 4.0);
  t.route(is);
  REQUIRE(is.state == IssueState::Arena);
  const int id = is.id;
  t.run("issue progress");
  endWorkday(t.w, t.w, t.w.crisis, t.w.hub, t.w.load, t.w.counters);
  // Day 5: meeting, holder found among attendees, ready next day; day 6: 3 h + 1 h.
  CHECK(t.runUntilClosed(id, 2, 20) == 6);
  CHECK(t.w.issues.all[static_cast<std::size_t>(id)].route == Route::Arena);
  CHECK(t.w.counters.latencies.back() == 5.0);
}

TEST_CASE("arena intake: the chair takes no issue the arena could not reach in time", "[models][hand]") {
  // The same arena; its first meeting (day 0) reached no item. With hub.max_wait_meetings = 2 it
  // takes issues while fewer than max(1, 0) · 2 = 2 wait; the third goes to the line at once.
  Tiny t({"hub.enabled=true", "hub.visibility=1.0", "hub.pool=leaders", "hub.org_members=1",
          "hub.max_wait_meetings=2", "routing.informal_search=false"});
  const int a = t.staffIn(0);
  runDay(t.w, 0, false);
  REQUIRE(arenaActive(t.w.hub));
  REQUIRE(t.w.hub.meetings == 1);
  REQUIRE(t.w.hub.lastAirtime.empty());
  t.w.day = 1;
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  std::vector<IssueState> states;
  for (int k = 0; k < 3; ++k) {
    Issue& is = t.raise(2, a, 1, 4.0);
    t.route(is);
    states.push_back(is.state);
  }
  CHECK(states[0] == IssueState::Arena);
  CHECK(states[1] == IssueState::Arena);
  CHECK(states[2] != IssueState::Arena);  // escalated: to the unit leader, then the line
  auto& agenda = t.w.issues.queues.arena;
  CHECK(agenda.size() == 2);
  // After a meeting that reached three items, six may wait.
  t.w.hub.lastAirtime.resize(3);
  CHECK(arenaHasRoom(t.w.issues.queues, t.w.hub, t.scenario.hub.maxWaitMeetings));
  agenda.assign(6, agenda.front());  // the count alone matters here
  CHECK_FALSE(arenaHasRoom(t.w.issues.queues, t.w.hub, t.scenario.hub.maxWaitMeetings));
  // Urgent broad problems are not counted: they wait for the group regardless.
  agenda.assign(5, agenda.front());
  agenda.push_back(AgendaItem::of(ProblemId{0}));
  CHECK(arenaHasRoom(t.w.issues.queues, t.w.hub, t.scenario.hub.maxWaitMeetings));
}

TEST_CASE("a broad problem without an answer is solved locally after the patience runs out",
          "[models][hand]") {
  Tiny t({"issues.patience_days=3", "issues.local_solution_hours=3", "line.leadership_agenda=0"});
  BroadProblem p;
  p.domain = 1;
  t.w.issues.problems.push_back(p);
  const int leader =
      t.w.units[static_cast<std::size_t>(t.w.agents.unit[static_cast<std::size_t>(t.staffIn(0))])].leader;
  t.w.day = 0;
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  Issue& is = t.raise(4, leader, 1, 3.0);
  is.problem = 0;
  t.w.issues.problems[0].instances.push_back(is.id);
  t.route(is);
  const int id = is.id;
  t.run("issue progress");
  endWorkday(t.w, t.w, t.w.crisis, t.w.hub, t.w.load, t.w.counters);
  // The leadership group has no agenda room: on day 3 the unit starts its own 3 h solution.
  CHECK(t.runUntilClosed(id, 1, 20) == 3);
  CHECK(t.w.issues.all[static_cast<std::size_t>(id)].route == Route::Workaround);
  CHECK(t.w.issues.problems[0].solutions == 1);
}
