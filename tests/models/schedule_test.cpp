// The day's step table (models/schedule.cpp): meeting days by hand, a mis-declared step refused,
// and every step of the table touching exactly the parts it declares.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "models/make_world.hpp"
#include "models/schedule.hpp"
#include "tiny_world.hpp"

using namespace samsim::models;
using samsim::models::test::Tiny;

namespace {

std::vector<int> meetingDays(Tiny& t, Body body, int upTo) {
  std::vector<int> days;
  for (int d = 0; d < upTo; ++d) {
    t.w.day = d;
    if (meetsToday(t.w, body)) days.push_back(d);
  }
  return days;
}

}  // namespace

TEST_CASE("meeting days: the weekday of every cadence, day 0 a Monday", "[models][schedule]") {
  SECTION("weekly: Monday and Friday") {
    Tiny t({"hub.cadence_days=5", "hub.meeting_weekday=1", "line.leadership_cadence_days=5",
            "line.leadership_weekday=5"});
    CHECK(meetingDays(t, Body::Arena, 15) == std::vector<int>{0, 5, 10});
    CHECK(meetingDays(t, Body::LeadershipGroup, 15) == std::vector<int>{4, 9, 14});
  }
  SECTION("fortnightly on a Wednesday: the first week's, then every other week's") {
    Tiny t({"hub.cadence_days=10", "hub.meeting_weekday=3"});
    CHECK(meetingDays(t, Body::Arena, 30) == std::vector<int>{2, 12, 22});
  }
  SECTION("a cadence that is not a whole number of weeks moves through the week") {
    // 3 days, Friday (weekday 5): day ≡ 4 ≡ 1 (mod 3): Tuesday, Friday, Wednesday, Monday …
    Tiny t({"line.leadership_cadence_days=3", "line.leadership_weekday=5"});
    CHECK(meetingDays(t, Body::LeadershipGroup, 12) == std::vector<int>{1, 4, 7, 10});
  }
  SECTION("daily") {
    Tiny t({"hub.cadence_days=1", "hub.meeting_weekday=4"});
    CHECK(meetingDays(t, Body::Arena, 4) == std::vector<int>{0, 1, 2, 3});
  }
}

TEST_CASE("a step's timing: meeting days and the event's day", "[models][schedule]") {
  Tiny t({"hub.cadence_days=5", "hub.meeting_weekday=2", "events.key_person_loss.count=1",
          "events.key_person_loss.day=7"});
  const auto& steps = daySteps();
  auto named = [&](std::string_view name) -> const Step& {
    for (const Step& s : steps)
      if (s.name == name) return s;
    FAIL("no step " << name);
    return steps.front();
  };
  t.w.day = 1;  // a Tuesday
  CHECK(dueToday(named("arena meeting"), t.w));
  CHECK(dueToday(named("work contacts"), t.w));
  CHECK_FALSE(dueToday(named("key-person loss"), t.w));
  t.w.day = 7;  // measured day 7 (no warm-up)
  CHECK_FALSE(dueToday(named("arena meeting"), t.w));
  CHECK(dueToday(named("key-person loss"), t.w));
}

TEST_CASE("a step that touches a part it did not declare fails", "[models][schedule]") {
  Tiny t;
  SECTION("reading an undeclared part") {
    const Step reader{"reads the arena unasked",
                      When::EveryDay,
                      {Part::Ties},
                      {},
                      [](StepView& v) { (void)std::as_const(v).hub().active; },
                      "test"};
    CHECK_THROWS_AS(runStep(t.w, reader, true), std::logic_error);
    CHECK_THROWS_WITH(runStep(t.w, reader, true),
                      "step 'reads the arena unasked' reads part 'hub', which it does not declare among "
                      "its reads or writes");
    CHECK_NOTHROW(runStep(t.w, reader, false));  // unchecked, as in a release run
  }
  SECTION("writing a part declared as read only") {
    const Step writer{"writes what it reads",
                      When::EveryDay,
                      {Part::Counters},
                      {},
                      [](StepView& v) { ++v.counters().raised; },
                      "test"};
    CHECK_THROWS_AS(runStep(t.w, writer, true), std::logic_error);
    CHECK(t.w.counters.raised == 0);  // refused before the write
  }
  SECTION("a step within its declaration runs") {
    const Step fine{"counts",
                    When::EveryDay,
                    {Part::Hub},
                    {Part::Counters},
                    [](StepView& v) {
                      if (!std::as_const(v).hub().active) ++v.counters().raised;
                    },
                    "test"};
    CHECK_NOTHROW(runStep(t.w, fine, true));
    CHECK(t.w.counters.raised == 1);
  }
}

TEST_CASE("every step of the day touches only the parts it declares", "[models][schedule]") {
  // A tiny arena design with a crisis, two weeks of days with arrivals and the check on.
  // Issues of every quadrant are raised by hand so that the issue flow has work from the first day.
  Tiny t({"hub.enabled=true", "crisis.enabled=true", "crisis.start_day=2", "initiatives.enabled=true"});
  for (int q = 1; q <= 4; ++q) t.raise(q, t.staffIn(q % 2), q % 2, 6.0);
  for (int d = 0; d < 10; ++d) REQUIRE_NOTHROW(runDay(t.w, d, true, true));
  CHECK(t.w.counters.raised >= 4);
}

TEST_CASE("every step touches exactly the parts it declares, over the shipped designs",
          "[models][schedule]") {
  // Each design with a crisis and a key-person loss (scenarios/robustness/) and one with
  // initiatives, every day checked: no step touches a part it did not declare. Shortened, at 600
  // staff as their own reference organisation and with ten times the issues, so that the arena's
  // agenda is full when the crisis group dissolves and leavers own follow-ups. Over all of them
  // together, every step reads each part it declares as read and writes each part it declares as
  // written: a declaration says no more than the step does.
  const std::vector<std::string> files = {"scenarios/robustness/adhoc-crisis-group.yaml",
                                          "scenarios/robustness/coordinator-group.yaml",
                                          "scenarios/robustness/flexible-arena.yaml",
                                          "scenarios/robustness/line-only.yaml",
                                          "scenarios/robustness/small-staff.yaml",
                                          "scenarios/initiatives/informal-organisation-arena.yaml"};
  const std::vector<std::string> shorter = {"municipality.staff=600",
                                            "municipality.reference_staff=600",
                                            "issues.rate_per_staff_day=0.02",
                                            "warmup_days=20",
                                            "days=120",
                                            "crisis.start_day=10",
                                            "crisis.duration_days=60",
                                            "events.key_person_loss.day=60",
                                            "events.key_person_loss.count=60",
                                            "hub.forms_after_days=5",
                                            "hub.liaison_after_days=10"};
  const auto& steps = daySteps();
  std::vector<TouchedParts> touched(steps.size());
  for (const std::string& file : files) {
    INFO(file);
    const Scenario s = loadScenario(file, shorter);
    World w = makeWorld(s, s.seed);
    for (int d = 0; d < s.warmupDays + s.days; ++d) {
      w.day = d;
      for (std::size_t k = 0; k < steps.size(); ++k)
        if (dueToday(steps[k], w)) REQUIRE_NOTHROW(runStep(w, steps[k], true, &touched[k]));
    }
  }
  for (std::size_t k = 0; k < steps.size(); ++k) {
    const Step& step = steps[k];
    for (int p = 0; p < kPartCount; ++p) {
      const auto part = static_cast<Part>(p);
      INFO("step '" << step.name << "', part '" << partName(part) << "'");
      if (step.writes.contains(part)) CHECK(touched[k].writes.contains(part));
      if (step.reads.contains(part)) CHECK(touched[k].reads.contains(part));
    }
  }
}
