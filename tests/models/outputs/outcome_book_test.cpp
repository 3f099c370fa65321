// The outcome book: issues raised after the warm-up, conserved per quadrant; restricted mean time to
// resolution computed by hand in a tiny organisation; dropping an issue can only raise it; crisis
// measures are missing without a crisis.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "models/make_world.hpp"
#include "models/municipality_model.hpp"
#include "models/outputs/outcome_book.hpp"
#include "tests/models/run_helpers.hpp"
#include "tests/models/tiny_world.hpp"

using namespace samsim::models;
using samsim::models::test::metric;
using samsim::models::test::Tiny;

TEST_CASE("raised = resolved + dropped + open, per quadrant, after a warm-up (1,500 staff)",
          "[models][outcomes][invariants]") {
  for (const char* f : {"scenarios/designs/line-only.yaml", "scenarios/designs/coordinator-group.yaml",
                        "scenarios/normal/adhoc-crisis-group.yaml"}) {
    INFO(f);
    const Scenario s = loadScenario(f, {"municipality.staff=1500", "warmup_days=60", "days=200",
                                        "crisis.start_day=40", "crisis.duration_days=120"});
    const auto r = runMunicipality(s, {0, 5});
    double raised = 0, resolved = 0, dropped = 0, open = 0;
    for (const std::string q : {"q1_", "q2_", "q3_", "q4_"}) {
      INFO(q);
      CHECK(metric(r, q + "raised") ==
            metric(r, q + "resolved") + metric(r, q + "dropped") + metric(r, q + "open"));
      CHECK(metric(r, q + "resolved_share") == Approx(metric(r, q + "resolved") / metric(r, q + "raised")));
      raised += metric(r, q + "raised");
      resolved += metric(r, q + "resolved");
      dropped += metric(r, q + "dropped");
      open += metric(r, q + "open");
    }
    // The counters (kept as issues change state) agree with the book (read from the issues).
    CHECK(metric(r, "issues_raised") == raised);
    CHECK(metric(r, "issues_resolved") == resolved);
    CHECK(metric(r, "issues_dropped") == dropped);
    CHECK(metric(r, "issues_open") == open);
    CHECK(raised > 500);
    CHECK(dropped + open > 0);
    // The organisation's queue also holds issues from the warm-up; the book does not.
    CHECK(metric(r, "backlog") >= metric(r, "issues_open"));
    CHECK(metric(r, "resolved_share") == Approx(resolved / raised));
    // Dropped and open issues count: the restricted mean lies between the solved-only mean's
    // bounds [0, τ] and the resolved share by the horizon cannot exceed all resolved.
    CHECK(metric(r, "rmst_days") > 0);
    CHECK(metric(r, "rmst_days") < s.outcomes.horizonDays);
    CHECK(metric(r, "resolved_by_horizon_share") <= 1.0);
  }
}

TEST_CASE("the book is conserved every day of a run with a warm-up", "[models][outcomes][invariants]") {
  const Scenario s = loadScenario("scenarios/designs/adhoc-crisis-group.yaml",
                                  {"municipality.staff=600", "warmup_days=40", "days=120",
                                   "crisis.start_day=20", "crisis.duration_days=60"});
  World w = makeWorld(s, 3);
  for (int d = 0; d < s.warmupDays + s.days; ++d) {
    if (d == w.measureFrom) w.counters = Counters{};
    runDay(w, d);
    if (d < w.measureFrom) continue;
    const OutcomeBook b = outcomeBook(w);
    REQUIRE(w.counters.raised == b.all.raised);
    REQUIRE(w.counters.resolved == b.all.resolved);
    REQUIRE(w.counters.dropped == b.all.dropped);
    REQUIRE(b.all.raised == b.all.resolved + b.all.dropped + b.all.open);
    std::int64_t byQuadrant = 0;
    for (const auto& q : b.quadrant) byQuadrant += q.raised;
    REQUIRE(byQuadrant == b.all.raised);
  }
}

namespace {

// Sector-0 line staff: the first of every unit but its leader.
std::vector<int> staffOf(const Tiny& t, int sector) {
  std::vector<int> out;
  for (int i = 0; i < t.w.agents.size(); ++i)
    if (t.w.agents.sector[static_cast<std::size_t>(i)] == sector &&
        t.w.agents.role[static_cast<std::size_t>(i)] == Role::Staff)
      out.push_back(i);
  return out;
}

// Warm-up of one day (day 0), then days 1..6. W (warm-up, 5 h) is solved on day 1 but never
// counted; A (7 h, 3 h/day) is solved on day 3; B is dropped on day 2 or, when `bHours` is small
// enough, solved; C (1,000 h) is still open after day 6.
OutcomeBook handBook(double bHours, bool dropB) {
  Tiny t({"outcomes.horizon_days=4"});
  t.w.measureFrom = 1;
  const auto staff = staffOf(t, 0);
  REQUIRE(staff.size() >= 4);
  t.w.day = 0;
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  Issue& warm = t.raise(1, staff[0], 0, 5.0);
  t.route(warm);
  t.run("issue progress");
  endWorkday(t.w, t.w, t.w.crisis, t.w.hub, t.w.load, t.w.counters);
  t.w.counters = Counters{};  // as the run does at the end of the warm-up
  t.w.day = 1;
  beginWorkday(t.w, t.w, t.w.crisis, t.w.line, t.w.hub, t.w.load);
  for (auto [who, hours] :
       {std::pair{staff[1], 7.0}, std::pair{staff[2], bHours}, std::pair{staff[3], 1000.0}})
    t.route(t.raise(1, who, 0, hours));
  t.run("issue progress");
  endWorkday(t.w, t.w, t.w.crisis, t.w.hub, t.w.load, t.w.counters);
  const int b = static_cast<int>(t.w.issues.all.size()) - 2;
  for (int d = 2; d <= 6; ++d) {
    runDay(t.w, d, false);
    if (d == 2 && dropB)
      markDropped(t.ledger(), t.w.issues.all[static_cast<std::size_t>(b)], DropReason::TooOld);
  }
  CHECK(t.w.issues.all[0].state == IssueState::Done);  // the warm-up issue was solved …
  CHECK(t.w.counters.resolved == (dropB ? 1 : 2));     // … but is not counted
  return outcomeBook(t.w);
}

}  // namespace

TEST_CASE("RMST by hand: solved on day 2, dropped, open; the warm-up issue is not in the book",
          "[models][outcomes][hand]") {
  // Episodes (days from raised): A event at 2; B never (dropped); C censored at 6 − 1 = 5.
  // Kaplan–Meier: S = 1 on [0, 2), 2/3 from 2. RMST(τ = 4) = 2·1 + 2·2/3 = 10/3
  // (= mean of min(T, 4) over 2, ∞, >5: (2 + 4 + 4) / 3).
  const OutcomeBook b = handBook(100.0, true);
  CHECK(b.all.raised == 3);
  CHECK(b.all.resolved == 1);
  CHECK(b.all.dropped == 1);
  CHECK(b.all.open == 1);
  CHECK(b.all.rmstDays == Approx(10.0 / 3.0));
  CHECK(b.all.resolvedShare == Approx(1.0 / 3.0));
  CHECK(b.all.resolvedByHorizon == Approx(1.0 / 3.0));
  CHECK(b.all.solvedLatencyMean == 2.0);
  CHECK(b.quadrant[0].rmstDays == Approx(10.0 / 3.0));
  CHECK(b.quadrant[1].raised == 0);
  CHECK(std::isnan(b.quadrant[1].rmstDays));  // no issues: missing, not 0
  CHECK(std::isnan(b.quadrant[1].resolvedShare));
  CHECK(std::isnan(b.cross.rmstDays));
  // No crisis: the crisis window is missing.
  CHECK(std::isnan(b.crisis.rmstDays));
  CHECK(std::isnan(b.crisis.resolvedShare));
}

TEST_CASE("dropping an issue can only raise RMST", "[models][outcomes][hand]") {
  // The same history with B (10 h: 3 + 3 + 3 + 1) solved on day 4, T = 3: S = 2/3 from 2, 1/3 from
  // 3; RMST(4) = 2 + 2/3 + 1/3 = 3. Dropped instead: 10/3. The solved-only mean goes the other
  // way (2.5 solved, 2 dropped): the measure it replaces rewarded dropping.
  const OutcomeBook solved = handBook(10.0, false);
  const OutcomeBook dropped = handBook(10.0, true);
  CHECK(solved.all.resolved == 2);
  CHECK(solved.all.rmstDays == Approx(3.0));
  CHECK(dropped.all.rmstDays == Approx(10.0 / 3.0));
  CHECK(dropped.all.rmstDays > solved.all.rmstDays);
  CHECK(dropped.all.solvedLatencyMean < solved.all.solvedLatencyMean);
}

TEST_CASE("crisis measures are empty without a crisis and present with one", "[models][outcomes]") {
  const std::vector<std::string> o = {"municipality.staff=300", "warmup_days=20", "days=150",
                                      "crisis.start_day=10", "crisis.duration_days=100"};
  const auto without = runMunicipality(loadScenario("scenarios/normal/line-only.yaml", o), {0, 1});
  const auto with = runMunicipality(loadScenario("scenarios/designs/line-only.yaml", o), {0, 1});
  for (const char* m : {"crisis_rmst_days", "crisis_cross_sector_rmst_days", "crisis_resolved_share",
                        "crisis_cross_sector_resolved_share", "crisis_issues_raised"}) {
    INFO(m);
    CHECK(std::isnan(metric(without, m)));
    CHECK(std::isfinite(metric(with, m)));
  }
  // Weekly samples cover the measured days only, counted from the end of the warm-up.
  int first = 1 << 30, last = -1;
  for (const auto& p : with.series) {
    first = std::min(first, p.day);
    last = std::max(last, p.day);
  }
  CHECK(first == 4);
  CHECK(last == 149);
  CHECK(with.series.size() == 30 * with.seriesNames.size());
  // Network measures exist from the first measured week (taken at the end of the warm-up).
  for (const auto& p : with.series)
    if (with.seriesNames[static_cast<std::size_t>(p.metric)] == "mean_constraint")
      CHECK(std::isfinite(p.value));
}
