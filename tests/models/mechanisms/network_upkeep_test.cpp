// Hand-sized cases for the steady-state mechanisms: turnover (turnover.cpp), work contacts
// (work_contacts.cpp), line areas and the triage of the leadership agenda (line.cpp). The tiny
// organisation: two sectors A (11 line staff, 3 units) and B (10, 2 units), no staff advisors.
#include <catch2/catch.hpp>

#include "tests/models/tiny_world.hpp"

using samsim::models::test::Tiny;
namespace m = samsim::models;

TEST_CASE("informal network: clearing an agent removes its ties in both directions", "[models][hand]") {
  m::InformalNetwork net;
  net.init(4, 3, 100.0);
  net.set(0, 1, 0.5, 0, 0.0);
  net.set(0, 2, 0.7, 0, 0.0);
  net.set(1, 2, 0.4, 0, 0.0);
  net.clearAgent(0);
  CHECK(net.weight(0, 1, 0) == 0.0);
  CHECK(net.weight(1, 0, 0) == 0.0);
  CHECK(net.weight(2, 0, 0) == 0.0);
  CHECK(net.weight(1, 2, 0) == 0.4);
  CHECK(net.consistent(0));
}

TEST_CASE(
    "turnover: the successor has no tenure, no knowledge, none of the leaver's ties, and knows the "
    "unit leader",
    "[models][hand]") {
  Tiny t({"network.internal_move_share=0"});
  auto& w = t.w;
  const int who = t.staffIn(0);
  const int other = t.staffIn(1);
  w.agents.tenure[static_cast<std::size_t>(who)] = 12.0;
  w.ties.set(who, other, 0.9, 0, 0.0);
  w.day = 50;
  samsim::sim::RandomStream rng(1, 0, 7);
  m::replaceAgent(w, w, w.line, w.ties, who, rng);
  CHECK(m::tenureNow(w, w.agents, who) == 0.0);
  CHECK(w.agents.knowledge[static_cast<std::size_t>(who)] == 0.0);
  CHECK(w.ties.weight(who, other, 50) == 0.0);
  CHECK(w.ties.weight(other, who, 50) == 0.0);
  const int leader = w.units[static_cast<std::size_t>(w.agents.unit[static_cast<std::size_t>(who)])].leader;
  CHECK(w.ties.weight(who, leader, 50) == Approx(0.6));
  // Tenure grows: 230 working days later, one year.
  w.day = 280;
  CHECK(m::tenureNow(w, w.agents, who) == Approx(1.0));
  CHECK(w.ties.consistent(280));
}

TEST_CASE("work contacts: a known cross-sector tie is renewed by repeat contacts", "[models][hand]") {
  Tiny t({"network.contacts_per_year=0", "network.cross_contacts_per_year=1000",
          "network.role_cross_contacts_per_year=1000", "network.repeat_contact_share=1",
          "network.contact_gain=0.15"});
  auto& w = t.w;
  const int a = t.staffIn(0);
  const int b = t.staffIn(1);
  w.ties.set(a, b, 0.3, 0, 0.0);
  const double decayed = w.ties.weight(a, b, 30);
  // 1,000 a year over 24 people: about 104 contacts a day; `a` has one known cross-sector tie.
  bool renewed = false;
  for (int d = 30; d < 40 && !renewed; ++d) {
    w.day = d;
    const double before = w.ties.weight(a, b, d);
    m::workContacts(w, w, w.ties);
    renewed = w.ties.weight(a, b, d) > before + 1e-12;
  }
  CHECK(renewed);
  CHECK(w.ties.weight(a, b, w.day) > decayed);
  CHECK(w.ties.consistent(w.day));
}

TEST_CASE("line areas: one unit per area head gives every further line unit its own head", "[models][hand]") {
  Tiny t({"line.units_per_area_head=1"});
  const auto& line = t.w.line;
  // Sectors A and B: 2 line units each (11 and 10 line staff in units of about 5) -> the
  // director's area and one area head each.
  REQUIRE(line.areaHead.size() == 4);
  CHECK(line.areaHead[0] == t.w.sectorList[0].director);
  CHECK(line.areaHead[1] == t.w.sectorList[1].director);
  CHECK(line.areaSector == std::vector<int>{0, 1, 0, 1});
  for (int a = 2; a < 4; ++a)
    CHECK(t.w.agents.role[static_cast<std::size_t>(line.areaHead[static_cast<std::size_t>(a)])] ==
          m::Role::UnitLeader);
}

TEST_CASE("leadership triage: an issue not reached in two meetings is delegated, then decided in the line",
          "[models][hand]") {
  Tiny t({"line.leadership_agenda=0", "line.leadership_wait_meetings=2"});
  auto& w = t.w;
  const int raiser = t.staffIn(0);
  w.agents.competence(1, t.staffIn(1)) = 0.9;  // a holder of B's domain
  m::Issue& is = t.onLeadershipAgenda(t.raise(3, raiser, 1, 2.0), m::Route::Line);
  const int id = is.id;
  for (int meeting = 1; meeting <= 2; ++meeting) {
    t.run("leadership meeting");
    CHECK(w.issues.all[static_cast<std::size_t>(id)].state == m::IssueState::Leadership);
  }
  t.run("leadership meeting");  // third meeting: waited more than two
  CHECK(w.issues.queues.leadership.empty());
  CHECK(w.issues.all[static_cast<std::size_t>(id)].state == m::IssueState::Director);
  REQUIRE(w.issues.queues.count({m::QueueKind::Delegated, 1}) ==
          1);  // B holds the domain; B's only area is its director's
  w.day = 1;
  m::beginWorkday(w, w, w.crisis, w.line, w.hub, w.load);
  t.run("directors");
  CHECK(w.issues.all[static_cast<std::size_t>(id)].state == m::IssueState::Working);
  CHECK(w.issues.all[static_cast<std::size_t>(id)].route == m::Route::Line);
  CHECK(w.agents.coord[static_cast<std::size_t>(w.sectorList[1].director)] ==
        Approx(t.scenario.line.directorHoursPerItem));
}
