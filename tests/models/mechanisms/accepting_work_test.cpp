// Taking on work is the taker's choice (models/mechanisms/accepting_work.cpp), hand-computed in the
// tiny organisation (tests/models/fixtures/tiny.yaml: 7.5 h a day, 4.5 h operational work, all 3 h
// of slack for coordination, routing.ask_hours 0.1, routing.spare_hours_for_yes 1).
#include <catch2/catch.hpp>

#include "tests/models/tiny_world.hpp"

using namespace samsim::models;
using samsim::models::test::Tiny;

namespace {

samsim::sim::RandomStream draws(std::uint64_t entity) {
  return samsim::sim::RandomStream(7, entity, samsim::sim::purpose("accepting-work-test"));
}

}  // namespace

TEST_CASE("free hours ahead: today's rest, then whole days, less the work already taken on",
          "[models][hand][accepting]") {
  Tiny t({"routing.accept_horizon_days=5"});
  t.w.day = 1;
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  const int a = t.staffIn(0);
  const auto ua = static_cast<std::size_t>(a);
  REQUIRE(t.w.agents.budget[ua] == Approx(3.0));
  // A meeting this morning took 2 h: 1 h left today, a 3-h day for each of the 4 further days.
  spend(t.w.agents, a, 2.0);
  CHECK(freeHoursAhead(t.scenario, t.w.agents, PersonId{a}) == Approx(1.0 + 4 * 3.0));
  // Hours worked past the budget (a meeting run over) do not make the week look freer.
  t.w.agents.coord[ua] += 4.0;
  CHECK(freeHoursAhead(t.scenario, t.w.agents, PersonId{a}) == Approx(1.0 + 4 * 3.0));
  t.w.agents.committed[ua] = 12.5;
  CHECK(freeHoursAhead(t.scenario, t.w.agents, PersonId{a}) == Approx(0.5));
  CHECK(willingness(t.scenario, t.w.agents, PersonId{a}) == Approx(0.5));
  t.w.agents.committed[ua] = 20.0;  // more taken on than the week holds: never below 0
  CHECK(freeHoursAhead(t.scenario, t.w.agents, PersonId{a}) == 0.0);
  CHECK(willingness(t.scenario, t.w.agents, PersonId{a}) == 0.0);
}

TEST_CASE("a person asked spends the asking time and declines when taken-on work fills their days",
          "[models][hand][accepting]") {
  Tiny t;
  t.w.day = 1;
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  const int busy = t.staffIn(0);
  const int free = t.staffIn(1);
  t.w.agents.committed[static_cast<std::size_t>(busy)] = 100.0;
  for (std::uint64_t k = 0; k < 50; ++k) {
    auto rng = draws(k);
    CHECK_FALSE(agreesToTakeOn(t.w, t.w.agents, PersonId{busy}, rng));
    // 15 h free ahead ≥ 1 h: yes, while the free person can still hear the question (30 times).
    CHECK(agreesToTakeOn(t.w, t.w.agents, PersonId{free}, rng) == (k < 30));
  }
  // 50 questions of 0.1 h each, paid from each one's budget (3 h): after 30 the busy person has no
  // time left to hear another and stops answering (no hours from nowhere).
  CHECK(t.w.agents.budget[static_cast<std::size_t>(busy)] == Approx(0.0).margin(1e-9));
  CHECK(t.w.agents.coord[static_cast<std::size_t>(busy)] == Approx(3.0));
  // Absent people are not asked: no answer, no hours.
  t.w.agents.present[static_cast<std::size_t>(free)] = 0;
  const double before = t.w.agents.coord[static_cast<std::size_t>(free)];
  auto rng = draws(99);
  CHECK_FALSE(agreesToTakeOn(t.w, t.w.agents, PersonId{free}, rng));
  CHECK(t.w.agents.coord[static_cast<std::size_t>(free)] == before);
}

TEST_CASE("the line's holder search asks the most competent it can name first; who has no time declines",
          "[models][hand][accepting][line]") {
  Tiny t;
  t.w.day = 1;
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  const int head = t.w.sectorList[0].director;
  // Two people the director trusts in sector 1, both competent in domain 1; the more competent one
  // has taken on more than a week's work.
  const int best = t.staffIn(1);
  int second = -1;
  for (int i = best + 1; i < t.w.agents.size() && second < 0; ++i)
    if (t.w.agents.sector[static_cast<std::size_t>(i)] == 1 &&
        t.w.agents.role[static_cast<std::size_t>(i)] == Role::Staff)
      second = i;
  REQUIRE(second >= 0);
  t.w.agents.competence(1, best) = 0.95;
  t.w.agents.competence(1, second) = 0.7;
  t.w.ties.strengthen(head, best, 1.0, t.w.day);
  t.w.ties.strengthen(head, second, 1.0, t.w.day);
  const auto find = [&] {
    return lineHolder(t.w, t.w, t.w.ties, head, 1, 1, samsim::sim::purpose("accepting-work-test"), 1);
  };
  CHECK(find() == best);
  t.w.agents.committed[static_cast<std::size_t>(best)] = 100.0;
  CHECK(find() == second);
  t.w.agents.committed[static_cast<std::size_t>(second)] = 100.0;
  CHECK(find() == -1);  // nobody the director can name has time: no holder today
}
