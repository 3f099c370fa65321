// The behavioural constants that are scenario keys (models/scenario/sections/) reach
// the model: a hand-sized organisation where a changed key changes what is computed by hand.
#include <catch2/catch.hpp>

#include <cmath>

#include "tests/models/tiny_world.hpp"

using samsim::models::test::Tiny;
namespace m = samsim::models;

namespace {

// Directed tie slots at or above `threshold` on the world's day.
int tiesAtLeast(const m::World& w, double threshold) {
  int n = 0;
  for (int i = 0; i < w.agents.size(); ++i) {
    const m::TieSlot* row = w.ties.row(i);
    for (int k = 0; k < w.ties.slots(); ++k)
      if (row[k].other >= 0 && w.ties.weightOf(row[k], w.day) >= threshold) ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("constants: tie weights of the initial network are scenario keys", "[models][hand]") {
  // Fixed unit-tie weights (no spread), no pre-history, no sector or cross-sector ties.
  const std::vector<std::string> base = {"network.prehistory_days=0", "network.unit_tie_spread=0",
                                         "network.sector_ties=0", "network.cross_sector_ties=0",
                                         "network.prior_role_per_year=0"};
  auto withWeight = [&](const std::string& weight) {
    auto o = base;
    o.push_back("network.unit_tie_weight=" + weight);
    return o;
  };
  Tiny strong(withWeight("0.5"));
  Tiny weak(withWeight("0.1"));
  m::formInitialNetwork(strong.w, strong.w, strong.w.line, strong.w.ties);
  m::formInitialNetwork(weak.w, weak.w, weak.w.line, weak.w.ties);
  // A unit colleague who is not the leader: the tie has exactly the key's weight.
  const int a = strong.staffIn(0);
  const m::Unit& u =
      strong.w.units[static_cast<std::size_t>(strong.w.agents.unit[static_cast<std::size_t>(a)])];
  int colleagueTies = 0;
  for (int j = u.first; j < u.first + u.count; ++j) {
    if (j == a || j == u.leader || strong.w.ties.weight(a, j, 0) == 0.0) continue;
    ++colleagueTies;
    CHECK(strong.w.ties.weight(a, j, 0) == Approx(0.5));
    CHECK(weak.w.ties.weight(a, j, 0) == Approx(0.1));  // same draws: the same colleagues
  }
  CHECK(colleagueTies > 0);
  // Trusted ties (≥ network.trust_threshold = 0.2): the weak unit ties no longer count, the
  // line's ties (member – leader 0.6, leadership group 0.7) still do.
  const int trustedStrong = tiesAtLeast(strong.w, strong.scenario.network.trustThreshold);
  const int trustedWeak = tiesAtLeast(weak.w, weak.scenario.network.trustThreshold);
  CHECK(trustedWeak < trustedStrong);
  CHECK(trustedWeak > 0);
  // Present ties are the same in number: only their weight changed.
  CHECK(tiesAtLeast(weak.w, 0.01) == tiesAtLeast(strong.w, 0.01));
}

TEST_CASE("constants: the member – leader tie weight reaches a newcomer's ties", "[models][hand]") {
  Tiny t({"network.internal_move_share=0", "network.member_leader_tie_weight=0.45"});
  const int who = t.staffIn(0);
  samsim::sim::RandomStream rng(1, 0, 7);
  m::replaceAgent(t.w, t.w, t.w.line, t.w.ties, who, rng);
  const int leader =
      t.w.units[static_cast<std::size_t>(t.w.agents.unit[static_cast<std::size_t>(who)])].leader;
  CHECK(t.w.ties.weight(who, leader, 0) == Approx(0.45));
}

TEST_CASE("constants: in-between competence weights are scenario keys", "[models][hand]") {
  // Only tenure counts: 1 − exp(−tenure / network.knowledge_tau_years).
  Tiny t({"competence.weight_tenure=1", "competence.weight_knowledge=0", "competence.weight_network=0",
          "competence.weight_trust=0"});
  const int who = t.staffIn(1);
  t.w.agents.tenure[static_cast<std::size_t>(who)] = 6.0;
  const double tau = t.scenario.network.knowledgeTauYears;
  CHECK(m::inBetweenCompetence(t.w, t.w, t.w.ties, who) == Approx(1.0 - std::exp(-6.0 / tau)));
  // Only knowledge counts (every agent's knowledge is 1 in the tiny world).
  Tiny k({"competence.weight_tenure=0", "competence.weight_knowledge=1", "competence.weight_network=0",
          "competence.weight_trust=0"});
  CHECK(m::inBetweenCompetence(k.w, k.w, k.w.ties, k.staffIn(1)) == Approx(1.0));
}

TEST_CASE("constants: working days per year set the pace of knowledge fading", "[models][hand]") {
  for (const double days : {230.0, 100.0}) {
    Tiny t({"drift.enabled=true", "drift.knowledge_decay_per_year=0.15",
            "municipality.working_days_per_year=" + std::to_string(days)});
    const int who = t.staffIn(0);
    t.w.day = 100;
    // Knowledge 1 on day 0; after 100 working days: exp(−0.15 · 100 / days per year).
    CHECK(m::knowledgeNow(t.w, t.w.agents, who) == Approx(std::exp(-0.15 * 100.0 / days)));
  }
}

TEST_CASE("constants: the tenure distribution's σ is a scenario key", "[models][hand]") {
  // σ = 0: every member of staff has exactly the mean tenure; leaders add their shift.
  Tiny t({"municipality.tenure_sigma=0", "municipality.unit_leader_tenure_shift=2"});
  const double mean = t.scenario.municipality.tenureMeanYears;
  const int who = t.staffIn(0);
  CHECK(t.w.agents.tenure[static_cast<std::size_t>(who)] == Approx(mean));
  const int leader =
      t.w.units[static_cast<std::size_t>(t.w.agents.unit[static_cast<std::size_t>(who)])].leader;
  CHECK(t.w.agents.tenure[static_cast<std::size_t>(leader)] == Approx(mean + 2.0));
}
