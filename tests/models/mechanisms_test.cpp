// Each mechanism switched off (or turned down) moves the outcome it drives the way the source
// says. These are stochastic: fixed seeds, 4 replicates at 1,500 staff, and the comparisons are
// of means with a margin well inside the observed effect (each effect is several times the
// replicate spread at these settings).
#include <catch2/catch.hpp>

#include "run_helpers.hpp"

using samsim::models::test::meanMetric;

namespace {
const std::string kLine = "scenarios/designs/line-only.yaml";
const std::string kAdhoc = "scenarios/designs/adhoc-crisis-group.yaml";
const std::string kFlex = "scenarios/designs/flexible-arena.yaml";
const std::string kCoord = "scenarios/designs/coordinator-group.yaml";
const std::string kNormalLine = "scenarios/normal/line-only.yaml";

std::vector<std::string> small(std::vector<std::string> extra = {}) {
  std::vector<std::string> o = {"municipality.staff=1500", "days=200", "crisis.start_day=40",
                                "crisis.duration_days=120"};
  o.insert(o.end(), extra.begin(), extra.end());
  return o;
}
}  // namespace

TEST_CASE("informal search (000 §5.3): without it quadrant-2 issues take longer (RMST)",
          "[models][mechanism]") {
  // Quadrant 2: owner clear, another sector's competence needed.
  const double on = meanMetric(kNormalLine, small(), "q2_rmst_days");
  const double off = meanMetric(kNormalLine, small({"routing.informal_search=false"}), "q2_rmst_days");
  const double onCrisis = meanMetric(kLine, small(), "q2_rmst_days");
  const double offCrisis = meanMetric(kLine, small({"routing.informal_search=false"}), "q2_rmst_days");
  WARN("q2 RMST normal on/off " << on << " / " << off << ", crisis " << onCrisis << " / " << offCrisis);
  CHECK(offCrisis > onCrisis);
  CHECK(off > on);
}

TEST_CASE("attention pull (000 §5.2): a crisis pulling leaders outward slows the line",
          "[models][mechanism]") {
  const double none = meanMetric(kLine, small({"crisis.attention_pull=0"}), "rmst_days");
  const double strong = meanMetric(kLine, small({"crisis.attention_pull=0.9"}), "rmst_days");
  CHECK(strong > none);
}

TEST_CASE("arena status round (000 §5.2): weak signals are caught early more often", "[models][mechanism]") {
  const double withArena = meanMetric(kAdhoc, small(), "weak_signals_early_share");
  const double without = meanMetric(kAdhoc, small({"hub.enabled=false"}), "weak_signals_early_share");
  const double noDetection =
      meanMetric(kAdhoc, small({"hub.budding_detection=0"}), "weak_signals_early_share");
  CHECK(withArena > without + 0.05);
  CHECK(withArena > noDetection + 0.05);
}

// Units that wait only a week for a coordinated answer make parallel solutions common enough at
// 1,500 staff to compare (at the default patience a few replicates have none at all).
const std::string kImpatient = "issues.patience_days=5";

TEST_CASE("coordinated answers (000 §1): an arena reduces parallel solutions", "[models][mechanism]") {
  const double line = meanMetric(kLine, small({kImpatient}), "duplicate_solutions");
  const double coord = meanMetric(kCoord, small({kImpatient}), "duplicate_solutions");
  CHECK(coord < line);
}

TEST_CASE("size effects (000 §6.3): a large arena works fewer items than a small one",
          "[models][mechanism]") {
  // Members from every pool: at 1,500 staff the central staff (scaled with the organisation) has
  // too few people to seat 40.
  const double small10 = meanMetric(kAdhoc, small({"hub.size=10", "hub.pool=all"}), "resolved_arena_share");
  const double big40 = meanMetric(kAdhoc, small({"hub.size=40", "hub.org_members=10", "hub.pool=all"}),
                                  "resolved_arena_share");
  const double big40free = meanMetric(kAdhoc,
                                      small({"hub.size=40", "hub.org_members=10", "hub.pool=all",
                                             "hub.pair_minutes=0", "hub.status_minutes=0"}),
                                      "resolved_arena_share");
  CHECK(big40 < small10);
  CHECK(big40free > big40);
}

TEST_CASE("ownership (000 §6.3): flexible membership loses action items, no loss without absence of owners",
          "[models][mechanism]") {
  const std::vector<std::string> decisive = {"hub.mandate=decisive"};
  auto o = small(decisive);
  const double flexLost = meanMetric(kFlex, o, "action_items_lost");
  o.push_back("hub.ownership_loss=0");
  const double noLoss = meanMetric(kFlex, o, "action_items_lost");
  CHECK(flexLost > 0);
  CHECK(noLoss == 0);
}

// The liaison (000 §5.4) is a person whose items compete for the leadership agenda's slots:
// switch_off_test.cpp and line_test.cpp.

TEST_CASE("redeployment (000 §5.1): without it critical services meet less demand", "[models][mechanism]") {
  const double with = meanMetric(kLine, small(), "service_continuity");
  const double without = meanMetric(kLine, small({"redeployment.enabled=false"}), "service_continuity");
  CHECK(without < with);
}

TEST_CASE("coordination priority (000 §6.1): prioritised coordination costs overload in a crisis",
          "[models][mechanism]") {
  const double prio = meanMetric(kAdhoc, small(), "overload_share");
  const double slackOnly =
      meanMetric(kAdhoc, small({"crisis.coordination_priority=false"}), "overload_share");
  CHECK(prio > slackOnly);
}

TEST_CASE("innovation (000 §5.2): regular meetings of complementary people breed innovations",
          "[models][mechanism]") {
  const auto o = small({"innovation.meeting_rate=0.05", "innovation.informal_rate=0"});
  const double arena = meanMetric(kCoord, o, "innovations");
  const double line = meanMetric(kLine, o, "innovations");
  auto off = o;
  off.push_back("innovation.enabled=false");
  CHECK(arena > line);
  CHECK(meanMetric(kCoord, off, "innovations") == 0);
}

TEST_CASE("drift (000 §5.3): fading structural knowledge makes informal search fail more",
          "[models][mechanism]") {
  const auto o = small({"days=400", "drift.knowledge_decay_per_year=1.0"});
  const double drifting = meanMetric(kNormalLine, o, "informal_search_success");
  auto off = o;
  off.push_back("drift.enabled=false");
  CHECK(meanMetric(kNormalLine, off, "informal_search_success") > drifting);
}

TEST_CASE("trust from co-attendance (000 §6.3): without it the arena's decisions are contested more",
          "[models][mechanism]") {
  // Less trust and in-between competence among members: more of the group's decisions are contested.
  const double with = meanMetric(kCoord, small(), "decisions_contested");
  const double without = meanMetric(kCoord, small({"network.coattend_gain=0"}), "decisions_contested");
  CHECK(without > with);
}
