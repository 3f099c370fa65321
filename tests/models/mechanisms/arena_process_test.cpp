// The arena as a process among people, on a hand-sized organisation (tests/models/tiny_world.hpp):
// airtime per item and speaker, follow-ups handed on through ties, weak signals heard through a
// tie into the unit, and an innovation from a complementary pair with time to spare.
#include <catch2/catch.hpp>

#include "models/mechanisms/arena.hpp"
#include "tests/models/tiny_world.hpp"

using namespace samsim::models;
using samsim::models::test::Tiny;

namespace {

// Two members (a unit leader of sector B as chair, one of sector A); the meeting of day 0 runs
// after the test has put things on the agenda.
struct Arena : Tiny {
  int chair = -1;    // sector B
  int memberA = -1;  // sector A
  explicit Arena(std::vector<std::string> extra) : Tiny(withArena(std::move(extra))) {
    w.day = 0;
    run("arena formation");
    beginWorkday(w, w, w.crisis, w.line, w.hub, w.load);
    chair = w.hub.members.at(0);
    memberA = w.hub.members.at(1);
  }
  static std::vector<std::string> withArena(std::vector<std::string> extra) {
    std::vector<std::string> o = {"hub.enabled=true", "hub.pool=leaders", "hub.org_members=1"};
    o.insert(o.end(), extra.begin(), extra.end());
    return o;
  }
  int onAgenda(int quadrant, int raiser, int domain) {
    Issue& is = raise(quadrant, raiser, domain, 4.0);
    putOnArenaAgenda(ledger(), is, Route::Arena);
    return is.id;
  }
  // A line staff member of sector `k` outside the members' units.
  int staffOutside(int k, int skip = -1) const {
    for (int i = 0; i < w.agents.size(); ++i) {
      const auto u = static_cast<std::size_t>(i);
      if (w.agents.sector[u] == k && w.agents.role[u] == Role::Staff && i != skip &&
          w.agents.unit[u] != w.agents.unit[static_cast<std::size_t>(chair)] &&
          w.agents.unit[u] != w.agents.unit[static_cast<std::size_t>(memberA)])
        return i;
    }
    return -1;
  }
};

}  // namespace

TEST_CASE("airtime: status 2 × 5 min, then items of 6 min + 3 min per speaker until 30 min are used",
          "[models][hand][arena]") {
  Arena t({"hub.meeting_hours=0.5", "hub.status_minutes=5", "hub.item_hours=0.1", "hub.speak_minutes=3",
           "hub.prep_hours=0.5"});
  REQUIRE(t.w.agents.affiliation[static_cast<std::size_t>(t.chair)] == 1);
  REQUIRE(t.w.agents.affiliation[static_cast<std::size_t>(t.memberA)] == 0);
  const int raiserA = t.staffIn(0);
  // Item 1: raised in A, domain A: only A's member speaks → 6 + 3 = 9 min.
  // Item 2: raised in A, domain B: both speak → 6 + 6 = 12 min; 30 − 10 − 9 = 11 min left: waits,
  // and so does item 3 behind it (the agenda is taken in order).
  const int first = t.onAgenda(3, raiserA, 0);
  const int second = t.onAgenda(3, raiserA, 1);
  const int third = t.onAgenda(3, raiserA, 0);
  const double budget0 = t.w.agents.budget[static_cast<std::size_t>(t.memberA)];
  REQUIRE(budget0 >= 1.0);
  t.run("arena meeting");
  REQUIRE(t.w.hub.lastAirtime.size() == 1);
  CHECK(t.w.hub.lastAirtime[0].item == AgendaItem::of(IssueId{first}));
  CHECK(t.w.hub.lastAirtime[0].speakers == 1);
  CHECK(t.w.hub.lastAirtime[0].minutes == Approx(9.0));
  CHECK(t.w.issues.queues.arena ==
        std::vector{AgendaItem::of(IssueId{second}), AgendaItem::of(IssueId{third})});
  // Nobody holds domain A: the item goes to the line.
  CHECK(t.w.issues.all[static_cast<std::size_t>(first)].state == IssueState::Leadership);
  // Each attendee: 0.5 h meeting + 0.5 h preparation and reporting back.
  CHECK(t.w.agents.budget[static_cast<std::size_t>(t.memberA)] == Approx(budget0 - 1.0));
  CHECK(t.w.agents.coord[static_cast<std::size_t>(t.memberA)] == Approx(1.0));
}

TEST_CASE("ownership: an absent owner hands a follow-up to the attendee they trust; with no tie it is lost",
          "[models][hand][arena]") {
  Arena t({"hub.mandate=decisive", "hub.hand_on_hours=0.25"});
  const int owner = t.staffOutside(0);         // owns a follow-up, not at the meeting
  const int loner = t.staffOutside(0, owner);  // owns another, knows no one there
  t.w.ties.set(owner, t.chair, 1.0, 0, 1.0);   // a tie of weight 1: accepted for sure
  auto item = [&](int who) { return t.asFollowUp(t.raise(3, who, 0, 4.0), who).id; };
  const int kept = item(owner);
  const int lost = item(loner);
  const double ownerBudget = t.w.agents.budget[static_cast<std::size_t>(owner)];
  t.run("arena meeting");
  REQUIRE(t.w.hub.lastHandOns.size() == 2);
  CHECK(t.w.hub.lastHandOns[0].from == owner);
  CHECK(t.w.hub.lastHandOns[0].to == t.chair);
  CHECK(t.w.hub.lastHandOns[0].accepted);
  CHECK(t.w.hub.lastHandOns[1].to == -1);
  CHECK(t.w.issues.all[static_cast<std::size_t>(kept)].owner == t.chair);
  CHECK(t.w.issues.all[static_cast<std::size_t>(kept)].state == IssueState::ActionItem);
  CHECK(t.w.issues.queues.followUps == std::vector{AgendaItem::of(IssueId{kept})});
  CHECK(t.w.issues.all[static_cast<std::size_t>(lost)].state != IssueState::ActionItem);
  CHECK(t.w.counters.actionItemsHandedOn == 1);
  CHECK(t.w.counters.actionItemsLost == 1);
  CHECK(t.w.agents.budget[static_cast<std::size_t>(owner)] == Approx(ownerBudget - 0.25));
}

TEST_CASE("weak signals: heard through the chair's tie into the unit, not from a unit no member knows",
          "[models][hand][arena]") {
  // Units of 4: sector A has three line units (11 line staff), so one is known to no member.
  Arena t({"hub.budding_detection=1", "municipality.unit_size=4"});
  const int contact = t.staffOutside(0);
  int other = -1;  // a staff member in a third unit of sector A
  for (int i = 0; i < t.w.agents.size(); ++i) {
    const auto u = static_cast<std::size_t>(i);
    if (t.w.agents.sector[u] == 0 && t.w.agents.role[u] == Role::Staff &&
        t.w.agents.unit[u] != t.w.agents.unit[static_cast<std::size_t>(contact)] &&
        t.w.agents.unit[u] != t.w.agents.unit[static_cast<std::size_t>(t.memberA)])
      other = i;
  }
  REQUIRE(other >= 0);
  t.w.ties.set(t.chair, contact, 1.0, 0, 1.0);
  auto dormant = [&](int who) {
    Issue& is = t.raise(3, who, 0, 4.0);
    is.state = IssueState::Dormant;
    is.size = 1.0;
    return is.id;
  };
  const int heard = dormant(contact);
  const int unheard = dormant(other);
  t.run("arena meeting");
  REQUIRE(t.w.hub.lastSignals.size() == 1);
  CHECK(t.w.hub.lastSignals[0].issue == heard);
  CHECK(t.w.hub.lastSignals[0].member == t.chair);
  CHECK(t.w.hub.lastSignals[0].contact == contact);
  CHECK(t.w.issues.all[static_cast<std::size_t>(heard)].early);
  CHECK(t.w.issues.all[static_cast<std::size_t>(unheard)].state == IssueState::Dormant);
}

TEST_CASE("innovation: a complementary pair who spoke to one item work the idea out when both have 1.5 h",
          "[models][hand][arena]") {
  Arena t({"innovation.enabled=true", "innovation.meeting_rate=1", "innovation.informal_rate=0",
           "innovation.hours=1.5", "innovation.effect=0.1"});
  // Complementary competence (cosine 0) and a tie of weight 1: chance 1 × 1 × 1.
  t.w.agents.competence(0, t.memberA) = 1.0;
  t.w.agents.competence(1, t.chair) = 1.0;
  t.w.ties.set(t.memberA, t.chair, 1.0, 0, 1.0);
  t.onAgenda(3, t.staffIn(1), 0);  // raised in B, domain A: both speak to it
  t.run("arena meeting");
  REQUIRE(t.w.hub.ideas.size() == 1);
  CHECK(t.w.counters.innovations == 0);
  // Not enough time left today for one of them: the idea waits.
  t.w.agents.budget[static_cast<std::size_t>(t.chair)] = 1.0;
  t.w.agents.budget[static_cast<std::size_t>(t.memberA)] = 2.0;
  pursueIdeas(t.w, t.w, t.w.ties, t.w.hub, t.w.counters);
  CHECK(t.w.counters.innovations == 0);
  REQUIRE(t.w.hub.ideas.size() == 1);
  // Both have time: an innovation, 1.5 h each, 10 % less demand in both units.
  t.w.agents.budget[static_cast<std::size_t>(t.chair)] = 2.0;
  pursueIdeas(t.w, t.w, t.w.ties, t.w.hub, t.w.counters);
  CHECK(t.w.counters.innovations == 1);
  CHECK(t.w.counters.innovationHours == Approx(3.0));
  CHECK(t.w.agents.budget[static_cast<std::size_t>(t.chair)] == Approx(0.5));
  CHECK(t.w.hub.ideas.empty());
  const int unitA = t.w.agents.unit[static_cast<std::size_t>(t.memberA)];
  CHECK(t.w.units[static_cast<std::size_t>(unitA)].demandFactor == Approx(0.9));
}
