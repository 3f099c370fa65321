// Hand-sized cases for the key-person loss (key_person_loss.cpp) and turnover by role
// (turnover.cpp). The tiny organisation: two sectors A (agents 0–11) and B (12–23), no advisors.
#include <catch2/catch.hpp>

#include <algorithm>

#include "sim/input_error.hpp"
#include "tests/models/tiny_world.hpp"

using samsim::models::test::Tiny;
namespace m = samsim::models;

namespace {

// Line staff of a sector, in index order.
std::vector<int> staffOf(const m::World& w, int sector) {
  std::vector<int> out;
  for (int i = 0; i < w.agents.size(); ++i)
    if (w.agents.sector[static_cast<std::size_t>(i)] == sector &&
        w.agents.role[static_cast<std::size_t>(i)] == m::Role::Staff)
      out.push_back(i);
  return out;
}

}  // namespace

TEST_CASE("key-person loss: ties and knowledge go, the newcomer has only formation ties, items go back",
          "[models][hand][key-person]") {
  Tiny t({"network.internal_move_share=0"});
  auto& w = t.w;
  const auto a = staffOf(w, 0), b = staffOf(w, 1);
  const int who = a[0];
  const auto ui = static_cast<std::size_t>(who);
  w.agents.tenure[ui] = 15.0;
  w.ties.set(who, b[0], 0.9, 0, 0.0);
  w.ties.set(who, b[1], 0.9, 0, 0.0);
  w.ties.set(who, a[5], 0.9, 0, 0.0);
  w.day = 40;
  const double before = m::inBetweenCompetence(w, w, w.ties, who);
  // An arena action item the leaver owns (the arena does not sit: it goes to the line), and an
  // issue the leaver works on (it stays with the post).
  m::Issue& item = t.asFollowUp(t.raise(2, b[2], 1, 10.0), who);
  const int itemId = item.id;
  m::Issue& work = t.raise(1, who, 0, 10.0);
  work.state = m::IssueState::Working;
  work.worker = who;
  const int workId = work.id;

  m::StepView v = t.view("key-person loss");
  m::loseKeyPersons(v, {who});

  CHECK(m::tenureNow(w, w.agents, who) == 0.0);
  CHECK(w.agents.knowledge[ui] == 0.0);
  CHECK(w.ties.weight(who, b[0], 40) == 0.0);
  CHECK(w.ties.weight(b[1], who, 40) == 0.0);
  CHECK(m::crossSectorReach(w, w, w.ties, who) == 0);
  CHECK(m::inBetweenCompetence(w, w, w.ties, who) < before);
  // Formation ties only: every tie of the newcomer is inside its sector, formed today.
  const m::TieSlot* row = w.ties.row(who);
  int ties = 0;
  for (int k = 0; k < w.ties.slots(); ++k) {
    if (row[k].other < 0) continue;
    ++ties;
    CHECK(w.agents.sector[static_cast<std::size_t>(row[k].other)] == 0);
    CHECK(w.ties.weight(who, row[k].other, 40) <= 0.8 + 1e-12);
  }
  CHECK(ties > 0);
  const int leader = w.units[static_cast<std::size_t>(w.agents.unit[ui])].leader;
  CHECK(w.ties.weight(who, leader, 40) == Approx(0.6));
  CHECK(w.ties.consistent(40));
  const m::Issue& gone = w.issues.all[static_cast<std::size_t>(itemId)];
  CHECK(gone.state == m::IssueState::UnitLeader);
  CHECK(gone.owner == -1);
  CHECK(w.issues.queues.followUps.empty());
  CHECK(w.keyLoss.itemsReturned == 1);
  CHECK(w.issues.all[static_cast<std::size_t>(workId)].worker == who);  // handed on with the post
}

TEST_CASE("key-person loss: exactly the k agents with most cross-sector trusted ties leave",
          "[models][hand][key-person]") {
  Tiny t({"events.key_person_loss.day=0", "events.key_person_loss.count=3", "network.internal_move_share=0"});
  auto& w = t.w;
  const auto a = staffOf(w, 0), b = staffOf(w, 1);
  // Cross-sector trusted ties: a0 has 3, b3 has 2, a1, a2, b0, b1, b2 one each; a3 has many
  // ties inside its sector (no bridge), and a weak cross tie (0.1 < trust 0.2) that does not count.
  for (int j : {b[0], b[1], b[2]}) w.ties.set(a[0], j, 0.9, 0, 0.0);
  w.ties.set(a[1], b[3], 0.9, 0, 0.0);
  w.ties.set(a[2], b[3], 0.9, 0, 0.0);
  for (int j : {a[4], a[5], a[6], a[7]}) w.ties.set(a[3], j, 0.9, 0, 0.0);
  w.ties.set(a[3], b[4], 0.1, 0, 0.0);
  w.measureFrom = 0;
  w.day = 0;
  // Ranking by hand: a0 (3), b3 (2), then the lowest index among those with one: a1.
  CHECK(m::topBrokers(w, w, w.ties, 3) == std::vector<int>{a[0], b[3], a[1]});
  CHECK(m::topBrokers(w, w, w.ties, 0).empty());
  t.run("key-person loss");
  CHECK(w.keyLoss.day == 0);
  CHECK(w.keyLoss.leavers == std::vector<int>{a[0], b[3], a[1]});
  CHECK(w.ties.weight(a[0], b[0], 0) == 0.0);
  CHECK(w.ties.weight(b[3], a[2], 0) == 0.0);
  CHECK(w.ties.weight(a[1], b[3], 0) == 0.0);
  CHECK(w.ties.weight(a[3], a[4], 0) == Approx(0.9));  // a non-broker keeps its ties
  // Before: 5 bridges, none after the leavers' ties are gone; one sector pair (A, B).
  CHECK(w.keyLoss.before.pairsWithoutBridge == 0);
  CHECK(w.keyLoss.after.pairsWithoutBridge == 1);
  CHECK(w.keyLoss.before.crossDensity > 0.0);
  CHECK(w.keyLoss.after.crossDensity == 0.0);
  // Once only.
  t.run("key-person loss");
  CHECK(w.keyLoss.leavers.size() == 3);
}

TEST_CASE("key-person loss: fewer brokers than count means only the brokers leave",
          "[models][hand][key-person]") {
  Tiny t({"events.key_person_loss.count=5"});
  auto& w = t.w;
  const auto a = staffOf(w, 0), b = staffOf(w, 1);
  w.ties.set(a[0], b[0], 0.9, 0, 0.0);
  CHECK(m::topBrokers(w, w, w.ties, 5) == std::vector<int>{a[0], b[0]});
}

TEST_CASE("turnover by role: a zero weight keeps a role from leaving, the overall count stays",
          "[models][hand][key-person]") {
  Tiny t({"network.turnover_per_year=1", "turnover.staff_weight=0"});
  auto& w = t.w;
  for (auto& x : w.agents.tenure) x = 20.0;
  for (int d = 0; d < 230; ++d) {
    w.day = d;
    m::staffTurnover(w, w, w.line, w.ties);
  }
  int staffLeft = 0, leadersLeft = 0;
  for (int i = 0; i < w.agents.size(); ++i) {
    const bool left = w.agents.tenure[static_cast<std::size_t>(i)] == 0.0;
    if (w.agents.role[static_cast<std::size_t>(i)] == m::Role::Staff)
      staffLeft += left ? 1 : 0;
    else
      leadersLeft += left ? 1 : 0;
  }
  CHECK(staffLeft == 0);
  CHECK(leadersLeft > 0);  // the whole rate falls on the leaders: 24 leavers a year among few
}

TEST_CASE("key-person loss keys: outside the run or the staff is refused naming the key",
          "[models][bad-input]") {
  using samsim::sim::InputError;
  const std::string file = "tests/models/fixtures/tiny.yaml";
  auto refused = [&](const std::vector<std::string>& set, const std::string& key) {
    try {
      (void)m::loadScenario(file, set);
    } catch (const InputError& e) {
      INFO(e.what());
      CHECK(std::string(e.what()).find(key) != std::string::npos);
      return true;
    }
    return false;
  };
  CHECK(refused({"events.key_person_loss.count=1", "events.key_person_loss.day=20"},
                "events.key_person_loss.day"));
  CHECK(refused({"events.key_person_loss.count=24"}, "events.key_person_loss.count"));
  CHECK(refused({"events.key_person_loss.count=-1"}, "events.key_person_loss.count"));
  CHECK(refused({"events.key_person_loss.day=-3"}, "events.key_person_loss.day"));
  CHECK(refused({"events.key_person_loss.count=two"}, "events.key_person_loss.count"));
  CHECK_FALSE(refused({"events.key_person_loss.count=23", "events.key_person_loss.day=19"}, ""));
}

TEST_CASE("key-person loss: a seat goes to the next by the arena's rule, items return to its agenda",
          "[models][hand][key-person]") {
  Tiny t({"hub.selection=tenure", "hub.pool=leaders"});
  auto& w = t.w;
  // Unit leaders of sector A: the longest-serving holds the seat and leaves.
  std::vector<int> leaders;
  for (int u : w.sectorList[0].units) leaders.push_back(w.units[static_cast<std::size_t>(u)].leader);
  REQUIRE(leaders.size() >= 3);
  for (std::size_t k = 0; k < leaders.size(); ++k)
    w.agents.tenure[static_cast<std::size_t>(leaders[k])] =
        5.0 + static_cast<double>(k);  // last serves longest
  const int who = leaders.back();
  const int next = leaders[leaders.size() - 2];
  w.day = 10;
  auto& h = w.hub;
  h.active = true;
  h.isMember.assign(static_cast<std::size_t>(w.agents.size()), 0);
  h.members = {who};
  h.chair = who;
  h.isMember[static_cast<std::size_t>(who)] = 1;
  m::Issue& item = t.asFollowUp(t.raise(2, t.staffIn(1), 0, 10.0), who);
  const int itemId = item.id;

  m::StepView v = t.view("key-person loss");
  m::loseKeyPersons(v, {who});

  CHECK(h.members == std::vector<int>{next});
  CHECK(h.chair == next);
  CHECK(h.isMember[static_cast<std::size_t>(next)] == 1);
  CHECK(h.isMember[static_cast<std::size_t>(who)] == 0);  // the successor has no tenure yet
  CHECK(w.keyLoss.seatsRefilled == 1);
  CHECK(w.issues.all[static_cast<std::size_t>(itemId)].state == m::IssueState::Arena);
  CHECK(w.issues.queues.arena == std::vector{m::AgendaItem::of(m::IssueId{itemId})});
}
