// Hand-sized cases of an initiative's life (models/mechanisms/initiatives.cpp, initiative_adoption.cpp) in
// the tiny organisation of fixtures/tiny.yaml: everyone present, 7.5 h/day, operational work 4.5 h, so every
// person has 3 h/day for issues, arena work and initiatives. Start chance 1 per day (starts_per_year = 230),
// so who starts is decided by slack alone.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/models/tiny_world.hpp"

using namespace samsim::models;
using samsim::models::test::Tiny;

namespace {

std::vector<std::string> settings(std::vector<std::string> extra) {
  std::vector<std::string> out = {"initiatives.enabled=true",        "initiatives.starts_per_year=230",
                                  "initiatives.co_creation_share=0", "initiatives.hours_per_day=1",
                                  "initiatives.work_hours=4",  // two people × 1 h: ready after day 1
                                  "initiatives.participants=3",      "network.turnover_per_year=0"};
  out.insert(out.end(), extra.begin(), extra.end());
  return out;
}

// Unit leaders (not directors) of a sector's units, in unit order.
std::vector<int> unitLeaders(const World& w, int sector) {
  std::vector<int> out;
  for (const Unit& u : w.units)
    if (u.sector == sector && u.leader >= 0 &&
        w.agents.role[static_cast<std::size_t>(u.leader)] == Role::UnitLeader)
      out.push_back(u.leader);
  return out;
}

int unitOf(const World& w, int a) {
  return w.agents.unit[static_cast<std::size_t>(a)];
}

// Some staff member of sector `sector` outside the units in `not_in`.
int staffOutside(const World& w, int sector, const std::vector<int>& notIn) {
  for (int i = 0; i < w.agents.size(); ++i)
    if (w.agents.sector[static_cast<std::size_t>(i)] == sector &&
        w.agents.role[static_cast<std::size_t>(i)] == Role::Staff &&
        std::find(notIn.begin(), notIn.end(), unitOf(w, i)) == notIn.end())
      return i;
  return -1;
}

// One day with only the steps initiatives take part in, in runDay's order.
void day(Tiny& t, int d, const std::vector<int>& slackOnly = {}) {
  t.w.day = d;
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  if (!slackOnly.empty())
    for (int i = 0; i < t.w.agents.size(); ++i)
      if (std::find(slackOnly.begin(), slackOnly.end(), i) == slackOnly.end())
        t.w.agents.budget[static_cast<std::size_t>(i)] = 0.0;
  workInitiatives(t.w, t.w, t.w.ties, t.w.hub, t.w.initiatives);
  t.run("issue progress");
  startInitiatives(t.w, t.w, t.w.ties, t.w.load, t.w.initiatives);
  endWorkday(t.w, t.w, t.w.crisis, t.w.hub, t.w.load, t.w.counters);
}

// A champion L in sector 0 with one trusted tie to x (another unit); y is a stranger.
struct Team {
  Tiny t;
  int L = -1, x = -1, y = -1;
  explicit Team(const std::vector<std::string>& extra = {}) : t(settings(extra)) {
    const auto leaders = unitLeaders(t.w, 0);
    REQUIRE(!leaders.empty());
    L = leaders.front();
    x = staffOutside(t.w, 1, {});
    y = staffOutside(t.w, 0, {unitOf(t.w, L)});
    REQUIRE(x >= 0);
    REQUIRE(y >= 0);
    t.w.ties.set(L, x, 0.9, 0, 0.9);
  }
  void start() { day(t, 0, {L, x, y}); }
  Initiative& in() { return t.w.initiatives.all.at(0); }
};

}  // namespace

TEST_CASE("initiative: started only from slack left after operational and issue work",
          "[models][initiatives]") {
  Team m({"initiatives.slack_hours=0.5"});
  // Day 0: L's 3 h go to a 2.8 h local issue first, leaving 0.2 h < 0.5 h: no start.
  m.t.w.day = 0;
  beginWorkday(m.t.w, m.t.w, m.t.w.crisis, m.t.w.line, m.t.w.hub, m.t.w.load);
  for (int i = 0; i < m.t.w.agents.size(); ++i)
    if (i != m.L) m.t.w.agents.budget[static_cast<std::size_t>(i)] = 0.0;
  Issue& is = m.t.raise(1, m.L, 0, 2.8);
  m.t.route(is);
  workInitiatives(m.t.w, m.t.w, m.t.w.ties, m.t.w.hub, m.t.w.initiatives);
  m.t.run("issue progress");
  CHECK(m.t.w.agents.budget[static_cast<std::size_t>(m.L)] == Approx(0.2));
  startInitiatives(m.t.w, m.t.w, m.t.w.ties, m.t.w.load, m.t.w.initiatives);
  endWorkday(m.t.w, m.t.w, m.t.w.crisis, m.t.w.hub, m.t.w.load, m.t.w.counters);
  CHECK(m.t.w.initiatives.all.empty());
  // Day 1: the issue is done; 3 h of slack ≥ 0.5 h: L starts one (chance 1).
  day(m.t, 1, {m.L});
  REQUIRE(m.t.w.initiatives.all.size() == 1);
  CHECK(m.in().champion == m.L);
  CHECK(m.t.w.initiatives.counters.started == 1);
}

TEST_CASE("initiative: recruits through trusted ties, never a stranger", "[models][initiatives]") {
  Team m;
  m.start();
  REQUIRE(m.t.w.initiatives.all.size() == 1);
  // participants = 3 wanted, but L has one trusted tie outside the unit: the team is L and x.
  CHECK(m.in().participants == std::vector<int>{m.L, m.x});
  CHECK(m.t.w.initiatives.busy[static_cast<std::size_t>(m.y)] == -1);
  // Assigned by the line instead: the leaders of the sector's other units, ties or not.
  Team line({"initiatives.recruitment=line"});
  line.start();
  const auto leaders = unitLeaders(line.t.w, 0);
  REQUIRE(line.t.w.initiatives.all.size() >= 1);
  const auto& p = line.t.w.initiatives.all[0].participants;
  CHECK(p.front() == leaders.front());
  CHECK(std::find(p.begin(), p.end(), line.x) == p.end());
  for (std::size_t k = 1; k < p.size(); ++k)
    CHECK(line.t.w.agents.role[static_cast<std::size_t>(p[k])] == Role::UnitLeader);
}

TEST_CASE("initiative: participants' hours come out of the same budget as issues", "[models][initiatives]") {
  Team m({"initiatives.work_hours=1000"});
  m.start();
  REQUIRE(m.in().participants.size() == 2);
  // Day 1: x has a 7 h local issue. 1 h goes to the initiative first, 2 h to the issue: 5 h left
  // (without the initiative it would be 7 − 3 = 4 h).
  m.t.w.day = 1;
  beginWorkday(m.t.w, m.t.w, m.t.w.crisis, m.t.w.line, m.t.w.hub, m.t.w.load);
  Issue& is = m.t.raise(1, m.x, 0, 7.0);
  m.t.route(is);
  const int id = is.id;
  workInitiatives(m.t.w, m.t.w, m.t.w.ties, m.t.w.hub, m.t.w.initiatives);
  m.t.run("issue progress");
  endWorkday(m.t.w, m.t.w, m.t.w.crisis, m.t.w.hub, m.t.w.load, m.t.w.counters);
  CHECK(m.t.w.issues.all[static_cast<std::size_t>(id)].remaining == Approx(5.0));
  CHECK(m.in().progress == Approx(2.0));  // L 1 h + x 1 h
  CHECK(m.t.w.initiatives.counters.hours == Approx(2.0));
}

TEST_CASE("initiative: adopted by professional authority, or not at all", "[models][initiatives]") {
  // Threshold 0: 4 h are done on day 2 (2 h/day on days 1 and 2); the team weighs its standing
  // weekly from its start (days 5, 10, …), so its own authority endorses it on day 5.
  Team m({"initiatives.authority_threshold=0"});
  m.start();
  day(m.t, 1);
  CHECK(m.in().stage == InitiativeStage::Developing);
  for (int d = 2; d <= 4; ++d) day(m.t, d);
  CHECK(m.in().stage == InitiativeStage::Ready);
  day(m.t, 5);
  CHECK(m.in().stage == InitiativeStage::Adopted);
  CHECK(m.in().endorsement == Endorsement::Professional);
  CHECK(m.t.w.initiatives.counters.byProfessional == 1);
  // L is free again (and, with slack and chance 1, starts the next one the same day).
  CHECK(m.t.w.initiatives.busy[static_cast<std::size_t>(m.L)] != 0);
  // Threshold 100 (beyond any team): ready but never endorsed, and no line path: it fades once
  // the champion's 5 days are up (started day 0, fades on day 5).
  Team n({"initiatives.authority_threshold=100", "initiatives.champion_days=5"});
  n.start();
  for (int d = 1; d <= 4; ++d) day(n.t, d);
  CHECK(n.in().stage == InitiativeStage::Ready);
  day(n.t, 5);
  CHECK(n.in().stage == InitiativeStage::Faded);
  CHECK(n.t.w.initiatives.counters.faded == 1);
  CHECK(n.t.w.initiatives.counters.adopted == 0);
}

TEST_CASE("initiative: adopted by the line's decision, which costs the director's hours",
          "[models][initiatives]") {
  Team m({"initiatives.adoption=line", "initiatives.decision_hours=0.75"});
  m.start();
  day(m.t, 1);
  // Day 2: ready; the director of L's sector spends 0.75 h of the day's budget on the decision
  // (the budget includes the share of the day set aside for line work, line.head_line_share).
  const int director = m.t.w.sectorList[0].director;
  m.t.w.day = 2;
  beginWorkday(m.t.w, m.t.w, m.t.w.crisis, m.t.w.line, m.t.w.hub, m.t.w.load);
  const double before = m.t.w.agents.budget[static_cast<std::size_t>(director)];
  REQUIRE(before >= 0.75);
  workInitiatives(m.t.w, m.t.w, m.t.w.ties, m.t.w.hub, m.t.w.initiatives);
  CHECK(m.in().stage == InitiativeStage::Adopted);
  CHECK(m.in().endorsement == Endorsement::Line);
  CHECK(m.t.w.agents.budget[static_cast<std::size_t>(director)] == Approx(before - 0.75));
  CHECK(m.t.w.initiatives.counters.byLine == 1);
  endWorkday(m.t.w, m.t.w, m.t.w.crisis, m.t.w.hub, m.t.w.load, m.t.w.counters);
  // A director without hours left: the ready initiative waits.
  Team n({"initiatives.adoption=line", "initiatives.decision_hours=0.75"});
  n.start();
  day(n.t, 1);
  n.t.w.day = 2;
  beginWorkday(n.t.w, n.t.w, n.t.w.crisis, n.t.w.line, n.t.w.hub, n.t.w.load);
  n.t.w.agents.budget[static_cast<std::size_t>(n.t.w.sectorList[0].director)] = 0.5;
  workInitiatives(n.t.w, n.t.w, n.t.w.ties, n.t.w.hub, n.t.w.initiatives);
  CHECK(n.in().stage == InitiativeStage::Ready);
}

TEST_CASE("initiative: taken up only where the participants' ties reach; one carrier",
          "[models][initiatives]") {
  // x has a trusted tie into a third unit z: taken up there, carried by x, not only the champion.
  Team m({"initiatives.authority_threshold=0"});
  const int z = staffOutside(m.t.w, 1, {unitOf(m.t.w, m.x)});
  REQUIRE(z >= 0);
  m.t.w.ties.set(m.x, z, 0.9, 0, 0.9);
  m.start();
  for (int d = 1; d <= 5; ++d) day(m.t, d);
  REQUIRE(m.in().stage == InitiativeStage::Adopted);
  // L's tie reaches x's unit and x's tie reaches z's unit — but those are participants' units
  // (x's) or reached by x (z's): one unit beyond the participants', not through L alone.
  CHECK(m.in().reachedUnits == 1);
  CHECK_FALSE(m.in().singleCarrier);
  // Only the champion's tie reaches beyond (a team of two: L and x, who has no other ties): the
  // initiative rests on one person.
  Team n({"initiatives.authority_threshold=0", "initiatives.participants=2"});
  const int z2 = staffOutside(n.t.w, 1, {unitOf(n.t.w, n.x)});
  n.t.w.ties.set(n.L, z2, 0.8, 0, 0.8);  // weaker than L–x, so x is asked first
  n.start();
  REQUIRE(n.in().participants == std::vector<int>{n.L, n.x});
  for (int d = 1; d <= 5; ++d) day(n.t, d);
  REQUIRE(n.in().stage == InitiativeStage::Adopted);
  CHECK(n.in().reachedUnits == 1);
  CHECK(n.in().singleCarrier);
  CHECK(n.t.w.initiatives.counters.singleCarrier == 1);
}

TEST_CASE("initiative: fades when the champion has no hours or leaves", "[models][initiatives]") {
  Team m({"initiatives.work_hours=1000", "initiatives.max_idle_days=2"});
  m.start();
  // Days 1–3: the champion has no hours left (idle 1, 2, 3 > 2): faded on day 3.
  for (int d = 1; d <= 3; ++d) {
    m.t.w.day = d;
    beginWorkday(m.t.w, m.t.w, m.t.w.crisis, m.t.w.line, m.t.w.hub, m.t.w.load);
    m.t.w.agents.budget[static_cast<std::size_t>(m.L)] = 0.0;
    workInitiatives(m.t.w, m.t.w, m.t.w.ties, m.t.w.hub, m.t.w.initiatives);
    endWorkday(m.t.w, m.t.w, m.t.w.crisis, m.t.w.hub, m.t.w.load, m.t.w.counters);
    CHECK(m.in().stage == (d < 3 ? InitiativeStage::Developing : InitiativeStage::Faded));
  }
  CHECK(m.t.w.initiatives.busy[static_cast<std::size_t>(m.x)] == -1);
  // The champion leaves (the post is refilled): gone the next working day.
  Team n({"initiatives.work_hours=1000"});
  n.start();
  n.t.w.day = 1;
  auto rng = n.t.w.stream(1);
  replaceAgent(n.t.w, n.t.w, n.t.w.line, n.t.w.ties, n.L, rng);
  day(n.t, 1);
  CHECK(n.in().stage == InitiativeStage::Faded);
}

TEST_CASE("co-creation: room bounded by the budget margin and the leader's risk willingness",
          "[models][initiatives]") {
  Tiny t(settings({"initiatives.co_creation_cost=0.02", "initiatives.risk_willingness=1"}));
  const int L = unitLeaders(t.w, 0).front();
  const auto u = static_cast<std::size_t>(unitOf(t.w, L));
  t.w.day = 0;
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  // Spare capacity −1 % of demand: with the ±3 % margin there is 2 % room ≥ 2 % cost.
  t.w.load.capacity[u] = 0.99 * t.w.load.demand[u];
  CHECK(coCreationRoom(t.w, t.w, t.w.load, L));
  Tiny none(settings({"initiatives.co_creation_cost=0.02", "initiatives.risk_willingness=1",
                      "initiatives.budget_margin=0"}));
  none.w.day = 0;
  beginWorkday(none.w, none.w, none.w.crisis, none.w.line, none.w.hub, none.w.load);
  none.w.load.capacity[u] = 0.99 * none.w.load.demand[u];
  CHECK_FALSE(coCreationRoom(none.w, none.w, none.w.load, L));
  Tiny averse(settings({"initiatives.risk_willingness=0"}));
  averse.w.day = 0;
  beginWorkday(averse.w, averse.w, averse.w.crisis, averse.w.line, averse.w.hub, averse.w.load);
  CHECK_FALSE(coCreationRoom(averse.w, averse.w, averse.w.load, L));
}

TEST_CASE("co-creation: recruits in the own unit; spreads only through the team's ties",
          "[models][initiatives]") {
  Tiny t(settings({"initiatives.co_creation_share=1", "initiatives.risk_willingness=1",
                   "initiatives.authority_threshold=0"}));
  const int L = unitLeaders(t.w, 0).front();
  const Unit& unit = t.w.units[static_cast<std::size_t>(unitOf(t.w, L))];
  const int c = unit.first + 1;  // a colleague in L's unit
  const int far = staffOutside(t.w, 1, {});
  t.w.ties.set(L, c, 0.9, 0, 0.9);
  t.w.ties.set(L, far, 0.9, 0, 0.9);  // a tie outside: not recruited into a co-creation team
  day(t, 0, {L, c});
  REQUIRE(t.w.initiatives.all.size() == 1);
  CHECK(t.w.initiatives.all[0].coCreation);
  CHECK(t.w.initiatives.all[0].participants == std::vector<int>{L, c});
  for (int d = 1; d <= 5; ++d) day(t, d);
  const Initiative& in = t.w.initiatives.all[0];  // other leaders started theirs: fetched again
  REQUIRE(in.stage == InitiativeStage::Adopted);
  // The learning reaches far's unit through L's tie alone.
  CHECK(in.reachedUnits == 1);
  CHECK(in.singleCarrier);
  CHECK(t.w.initiatives.counters.coAdopted == 1);
}
