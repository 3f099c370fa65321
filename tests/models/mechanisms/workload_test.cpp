// Crisis priority (models/mechanisms/workload.cpp; 000 §6.1, §7), hand-computed in the tiny organisation:
// a crisis with no extra absence, demand or attention pull and no overtime, so that only the
// priority of coordination differs. Staff: 7.5 h, operational load 4.5 h, 3 h slack.
#include <catch2/catch.hpp>

#include "tests/models/tiny_world.hpp"

using namespace samsim::models;
using samsim::models::test::Tiny;

namespace {

std::vector<std::string> crisis(bool priority) {
  return {"crisis.enabled=true",
          "crisis.absence_rate=0",
          "crisis.critical_absence_extra=0",
          "crisis.critical_demand_increase=0",
          "crisis.other_demand_change=0",
          "crisis.attention_pull=0",
          "municipality.max_overtime=0",
          std::string("crisis.coordination_priority=") + (priority ? "true" : "false")};
}

// An arena seat given by hand: `who` is a member of an active arena.
void seat(Tiny& t, int who) {
  t.w.hub.active = true;
  t.w.hub.isMember.assign(static_cast<std::size_t>(t.w.agents.size()), 0);
  t.w.hub.isMember[static_cast<std::size_t>(who)] = 1;
}

}  // namespace

TEST_CASE(
    "crisis priority (000 §6.1): an arena member's coordination hours come out of operational "
    "work, shown in service continuity; a line staff member gets none",
    "[models][hand][crisis]") {
  for (const bool priority : {false, true}) {
    for (const bool member : {false, true}) {
      Tiny t(crisis(priority));
      const int a = t.staffIn(0);  // sector 0 is the critical sector
      if (member) seat(t, a);
      t.w.day = 5;  // crisis.start_day
      updateCrisis(t.w, t.w.crisis);
      beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
      REQUIRE(t.w.crisis.active);
      const auto ua = static_cast<std::size_t>(a);
      CHECK(t.w.agents.opLoad[ua] == Approx(4.5));
      // Slack 3 h; a member with priority may move up to 1.5 h more from operational work.
      const double moved = priority && member ? 1.5 : 0.0;
      CHECK(t.w.agents.budget[ua] == Approx(3.0 + moved));
      const double spent = spend(t.w.agents, a, 10.0);  // a coordinates as much as allowed
      endWorkday(t.w, t.w, t.w.crisis, t.w.hub, t.w.load, t.w.counters);
      // Hours met on operations: min(4.5, 7.5 − spent); everyone else meets their whole load.
      const double lost = t.w.counters.criticalDemand - t.w.counters.criticalMet;
      CHECK(spent == Approx(3.0 + moved));
      CHECK(lost == Approx(moved));
    }
  }
}

TEST_CASE(
    "crisis priority: hours only for the roles that coordinate, and no floor of free hours — a "
    "person with no operational work gets none",
    "[models][hand][crisis]") {
  Tiny t(crisis(true));
  t.w.day = 5;
  updateCrisis(t.w, t.w.crisis);
  REQUIRE(t.w.crisis.active);
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  // Absent people have no budget; present ones get their slack, and the line's heads (the tiny
  // organisation has no arena, sector or central staff) also min(1.5, their operational load) and
  // their line share from what is left of it.
  int heads = 0;
  for (int i = 0; i < t.w.agents.size(); ++i) {
    const auto ui = static_cast<std::size_t>(i);
    const double slack = std::max(0.0, t.w.agents.capacity[ui] - t.w.agents.opLoad[ui]);
    double expected = slack;
    const bool head =
        std::find(t.w.line.areaHead.begin(), t.w.line.areaHead.end(), i) != t.w.line.areaHead.end() ||
        std::find(t.w.line.leadershipGroup.begin(), t.w.line.leadershipGroup.end(), i) !=
            t.w.line.leadershipGroup.end();
    if (head) {
      ++heads;
      const double moved = std::min(1.5, t.w.agents.opLoad[ui]);
      expected += moved + std::min(0.3 * t.w.agents.capacity[ui], t.w.agents.opLoad[ui] - moved);
    }
    CHECK(t.w.agents.budget[ui] == Approx(expected));
  }
  CHECK(heads >= 3);  // two directors and the municipal director at least
  CHECK(t.w.agents.budget[static_cast<std::size_t>(t.staffIn(1))] == Approx(3.0));
}

TEST_CASE(
    "an arena's mandate (000 §6.3): members and chair keep hub.mandate_hours for coordination, "
    "from operational work and never beyond it; in a crisis the larger of mandate and priority",
    "[models][hand][arena]") {
  struct Case {
    double mandate;
    bool crisis;
    double expectedExtra;
  };
  // Staff: 4.5 h of operational work, 3 h slack.
  for (const Case c :
       {Case{2.0, false, 2.0}, Case{6.0, false, 4.5}, Case{1.0, true, 1.5}, Case{2.0, true, 2.0}}) {
    std::vector<std::string> settings = c.crisis ? crisis(true) : std::vector<std::string>{};
    settings.push_back("hub.mandate_hours=" + std::to_string(c.mandate));
    Tiny t(settings);
    const int member = t.staffIn(0);
    const int other = t.staffIn(1);
    seat(t, member);
    t.w.hub.chair = other;  // the chair sits in the arena too
    t.w.day = 5;
    updateCrisis(t.w, t.w.crisis);
    REQUIRE(t.w.crisis.active == c.crisis);
    beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
    CHECK(t.w.agents.budget[static_cast<std::size_t>(member)] == Approx(3.0 + c.expectedExtra));
    CHECK(t.w.agents.budget[static_cast<std::size_t>(other)] == Approx(3.0 + c.expectedExtra));
    // Not a seat once the arena has gone: slack only.
    t.w.hub.active = false;
    beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
    CHECK(t.w.agents.budget[static_cast<std::size_t>(member)] == Approx(3.0));
  }
}

TEST_CASE(
    "overload per head of the reference organisation: a post that exists once counts with weight "
    "f = staff ÷ reference, every other post with 1",
    "[models][hand][scale]") {
  for (const int reference : {24, 240}) {  // the tiny organisation itself, and a scale model f = 0.1
    Tiny t({"municipality.reference_staff=" + std::to_string(reference)});
    const double f = 24.0 / reference;
    t.w.day = 1;
    updateCrisis(t.w, t.w.crisis);
    beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
    const int director = t.w.sectorList[0].director;
    const int staff = t.staffIn(0);
    // Both work past their hours today: a meeting booked beyond the budget.
    for (int who : {director, staff})
      t.w.agents.coord[static_cast<std::size_t>(who)] = t.w.agents.capacity[static_cast<std::size_t>(who)];
    int once = 0;
    for (Role r : t.w.agents.role) once += existsOnce(r) ? 1 : 0;
    REQUIRE(once == 3);  // the two directors and the municipal director (no central staff)
    endWorkday(t.w, t.w, t.w.crisis, t.w.hub, t.w.load, t.w.counters);
    const auto& c = t.w.counters;
    CHECK(c.agentDays == 24);
    CHECK(c.overloadDays == 2);
    CHECK(c.referenceDays == Approx((24 - once) + once * f));
    CHECK(c.referenceOverload == Approx(1 + f));
    if (reference == 24) CHECK(c.referenceOverload / c.referenceDays == Approx(2.0 / 24));
  }
}

TEST_CASE(
    "overtime: hours worked past the day's capacity are counted, by role; directors' coordination "
    "hours are summed",
    "[models][hand][overtime]") {
  // A crisis allowing 25 % operational overtime (000 §6.1) and one without any. Staff: 7.5 h,
  // operational load 4.5 h (tiny_world.hpp).
  for (const double allowed : {0.0, 0.25}) {
    std::vector<std::string> settings = crisis(false);
    settings[6] = "municipality.max_overtime=" + std::to_string(allowed);
    Tiny t(settings);
    t.w.day = 5;
    updateCrisis(t.w, t.w.crisis);
    REQUIRE(t.w.crisis.active);
    beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
    const int staff = t.staffIn(0);
    const int director = t.w.sectorList[0].director;
    REQUIRE(t.w.agents.present[static_cast<std::size_t>(staff)]);  // crisis.absence_rate=0
    REQUIRE(t.w.agents.present[static_cast<std::size_t>(director)]);
    // The staff member coordinates 5 h (2 h past the 3 h of slack), the director 2 h.
    t.w.agents.coord[static_cast<std::size_t>(staff)] = 5.0;
    t.w.agents.coord[static_cast<std::size_t>(director)] = 2.0;
    const double directorLoad = t.w.agents.opLoad[static_cast<std::size_t>(director)];
    const double directorCap = t.w.agents.capacity[static_cast<std::size_t>(director)];
    endWorkday(t.w, t.w, t.w.crisis, t.w.hub, t.w.load, t.w.counters);
    const auto& c = t.w.counters;
    // Staff: operations met = min(4.5, 7.5·(1 + allowed) − 5); overtime = met + 5 − 7.5.
    const double met = std::min(4.5, 7.5 * (1 + allowed) - 5.0);
    const double staffOvertime = met + 5.0 - 7.5;
    const double directorMet = std::max(0.0, std::min(directorLoad, directorCap * (1 + allowed) - 2.0));
    const double directorOvertime = std::max(0.0, directorMet + 2.0 - directorCap);
    CHECK(staffOvertime == Approx(allowed == 0.0 ? 0.0 : 1.875));
    CHECK(c.overtimeHours == Approx(staffOvertime + directorOvertime));
    CHECK(c.directorOvertimeHours == Approx(directorOvertime));
    CHECK(c.centralOvertimeHours == 0.0);        // the tiny organisation has no central staff
    CHECK(c.directorCoordHours == Approx(2.0));  // the other directors coordinated nothing today
  }
}
