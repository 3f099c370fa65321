// Kaplan–Meier curves and restricted means computed by hand.
#include <algorithm>
#include <cmath>

#include <catch2/catch.hpp>

#include "analysis/survival.hpp"
#include "sim/random.hpp"

using namespace samsim::analysis;

namespace {
Episode event(double t) {
  return {t, EpisodeEnd::Event};
}
Episode censored(double t) {
  return {t, EpisodeEnd::Censored};
}
Episode never() {
  return {0.0, EpisodeEnd::Never};
}
}  // namespace

TEST_CASE("Kaplan–Meier with ties and a case that never ends", "[survival]") {
  // n = 4: events at 2, 2, 5, one dropped. S(2) = 1 − 2/4 = 0.5, S(5) = 0.5·(1 − 1/2) = 0.25.
  const std::vector<Episode> e = {event(2), event(5), never(), event(2)};
  const auto curve = kaplanMeier(e);
  REQUIRE(curve.times == std::vector<double>{2, 5});
  CHECK(curve.survival[0] == Approx(0.5));
  CHECK(curve.survival[1] == Approx(0.25));
  CHECK(curve.at(1.9) == 1.0);
  CHECK(curve.at(2.0) == Approx(0.5));
  CHECK(curve.at(100.0) == Approx(0.25));
  // RMST(10) = 1·2 + 0.5·3 + 0.25·5 = 4.75 = mean of min(T, 10) = (2 + 2 + 5 + 10) / 4.
  const auto r = restrictedMean(e, 10);
  CHECK(r.n == 4);
  CHECK(r.rmst == Approx(4.75));
  CHECK(r.eventShare == Approx(0.75));
  // Horizon before the last event: RMST(4) = 2 + 0.5·2 = 3, 1 − S(4) = 0.5.
  CHECK(restrictedMean(e, 4).rmst == Approx(3.0));
  CHECK(restrictedMean(e, 4).eventShare == Approx(0.5));
}

TEST_CASE("Kaplan–Meier with censoring", "[survival]") {
  // n = 5: event 1, censored 3, event 4, event 6, dropped.
  // t=1: 5 at risk → 0.8; the censored case leaves after 3; t=4: 3 at risk → 0.8·2/3 = 0.5333;
  // t=6: 2 at risk → 0.2667.
  const std::vector<Episode> e = {event(1), censored(3), event(4), event(6), never()};
  const auto curve = kaplanMeier(e);
  REQUIRE(curve.survival.size() == 3);
  CHECK(curve.survival[1] == Approx(0.8 * 2 / 3));
  CHECK(curve.survival[2] == Approx(0.8 * 2 / 3 / 2));
  // RMST(5) = 1 + 0.8·3 + 0.5333·1 = 3.9333; RMST(8) = 1 + 2.4 + 0.5333·2 + 0.2667·2 = 5.
  CHECK(restrictedMean(e, 5).rmst == Approx(1 + 2.4 + 0.8 * 2 / 3));
  CHECK(restrictedMean(e, 5).eventShare == Approx(1 - 0.8 * 2 / 3));
  CHECK(restrictedMean(e, 8).rmst == Approx(5.0));
}

TEST_CASE("censoring at an event time happens after the event", "[survival]") {
  // n = 4: event 2, censored 2, event 3, dropped. t=2: 4 at risk → 0.75; t=3: 2 at risk → 0.375.
  const std::vector<Episode> e = {censored(2), event(2), event(3), never()};
  CHECK(restrictedMean(e, 4).rmst == Approx(2 + 0.75 + 0.375));
  CHECK(restrictedMean(e, 4).eventShare == Approx(0.625));
}

TEST_CASE("censoring at the horizon; beyond the last observation S is held", "[survival]") {
  // Event at 1, open case censored at 5: S = 0.5 from 1.
  const std::vector<Episode> e = {event(1), censored(5)};
  CHECK(restrictedMean(e, 5).rmst == Approx(3.0));
  CHECK(restrictedMean(e, 5).eventShare == Approx(0.5));
  // Beyond 5 nobody is at risk: S stays 0.5 (the open case counts as unresolved): 1 + 0.5·5.5.
  CHECK(restrictedMean(e, 6.5).rmst == Approx(1 + 0.5 * 5.5));
  CHECK(kaplanMeier(e).at(100) == 0.5);
  CHECK(restrictedMean({censored(1), censored(2)}, 10).rmst == Approx(10.0));
  // No case could have been followed to the horizon (a run shorter than τ): missing.
  CHECK(std::isnan(restrictedMean(e, 10, 9).rmst));
  CHECK(std::isnan(restrictedMean(e, 10, 9).eventShare));
  CHECK(restrictedMean(e, 10, 10).rmst == Approx(1 + 0.5 * 9));
}

TEST_CASE("all dropped, none dropped, empty, events on day 0", "[survival]") {
  const auto all = restrictedMean({never(), never(), never()}, 120);
  CHECK(all.rmst == 120.0);
  CHECK(all.eventShare == 0.0);
  const auto none = restrictedMean({event(3), event(5), event(10)}, 120);
  CHECK(none.rmst == Approx(6.0));
  CHECK(none.eventShare == 1.0);
  // S reaches 0: known for ever even though the last case ended at 10.
  CHECK(kaplanMeier({event(3), event(10)}).at(1000) == 0.0);
  const auto empty = restrictedMean({}, 120);
  CHECK(empty.n == 0);
  CHECK(std::isnan(empty.rmst));
  CHECK(std::isnan(empty.eventShare));
  CHECK(std::isnan(kaplanMeier({}).at(0)));
  // Resolved the day they were raised: T = 0. Mean of min(T, 3) over {0, 0, ∞} = 1.
  CHECK(restrictedMean({event(0), event(0), never()}, 3).rmst == Approx(1.0));
}

TEST_CASE("without censoring RMST is the mean of min(T, τ); dropping a case only raises it",
          "[survival][property]") {
  samsim::sim::RandomStream rng(11, 0, samsim::sim::purpose("test-survival"));
  for (int trial = 0; trial < 200; ++trial) {
    const int n = 1 + static_cast<int>(rng.below(40));
    const double tau = 1.0 + static_cast<double>(rng.below(60));
    std::vector<Episode> e;
    double sum = 0.0;
    for (int i = 0; i < n; ++i) {
      if (rng.bernoulli(0.2)) {
        e.push_back(never());
        sum += tau;
      } else {
        const auto t = static_cast<double>(rng.below(80));  // whole days: many ties
        e.push_back(event(t));
        sum += std::min(t, tau);
      }
    }
    INFO("trial " << trial);
    const auto before = restrictedMean(e, tau);
    CHECK(before.rmst == Approx(sum / n));
    // With censoring, too: add open cases with long follow-up, then drop one resolved case.
    for (int i = 0; i < 5; ++i) e.push_back(censored(tau + static_cast<double>(rng.below(30))));
    const auto withOpen = restrictedMean(e, tau);
    for (auto& x : e)
      if (x.end == EpisodeEnd::Event) {
        x = never();
        break;
      }
    const auto dropped = restrictedMean(e, tau);
    CHECK(dropped.rmst >= withOpen.rmst - 1e-12);
    CHECK(dropped.eventShare <= withOpen.eventShare + 1e-12);
  }
}

TEST_CASE("tabulated whole-day episodes give the same curve as the episodes", "[survival]") {
  // Days 0..4: events {0: 1, 2: 2, 4: 1}, censored {2: 1, 3: 1}, two never: n = 8.
  std::vector<TimeCount> counts(5);
  for (std::size_t t = 0; t < counts.size(); ++t) counts[t].time = static_cast<double>(t);
  counts[0].events = 1;
  counts[2].events = 2;
  counts[2].censored = 1;
  counts[3].censored = 1;
  counts[4].events = 1;
  const std::vector<Episode> e = {event(0),    event(2), event(2), censored(2),
                                  censored(3), event(4), never(),  never()};
  // S: 7/8 from 0; ·(1 − 2/7) = 5/8 from 2; 3 at risk at 4 → 5/8 · 2/3 = 5/12 from 4.
  const auto fromCounts = restrictedMean(counts, 2, 6);
  CHECK(fromCounts.n == 8);
  CHECK(fromCounts.rmst == Approx(7.0 / 8 * 2 + 5.0 / 8 * 2 + 5.0 / 12 * 2));
  CHECK(fromCounts.rmst == Approx(restrictedMean(e, 6).rmst));
  CHECK(fromCounts.eventShare == Approx(restrictedMean(e, 6).eventShare));
  CHECK(kaplanMeier(counts, 2).survival == kaplanMeier(e).survival);
}

TEST_CASE("quantiles of the time to resolution: the first event time where S(t) ≤ 1 − p", "[survival]") {
  // The curve of the first test: S(2) = 0.5, S(5) = 0.25, one case dropped (S never reaches 0).
  const auto curve = kaplanMeier(std::vector<Episode>{event(2), event(5), never(), event(2)});
  CHECK(quantileTime(curve, 0.5, 10) == 2.0);   // S(2) = 0.5 ≤ 0.5
  CHECK(quantileTime(curve, 0.75, 10) == 5.0);  // S(5) = 0.25 ≤ 0.25
  // A quarter is never resolved: the 90th percentile is not observed (missing, not the horizon).
  CHECK(std::isnan(quantileTime(curve, 0.9, 10)));
  // Nor is a quantile reached only after the horizon.
  CHECK(std::isnan(quantileTime(curve, 0.75, 4)));
  // Dropping the case resolved on day 5 instead: the 75th percentile is no longer reached.
  const auto dropped = kaplanMeier(std::vector<Episode>{event(2), never(), never(), event(2)});
  CHECK(std::isnan(quantileTime(dropped, 0.75, 10)));
  CHECK(std::isnan(quantileTime(SurvivalCurve{}, 0.5, 10)));
}

TEST_CASE("quantiles with censoring: an ordinary crossing, and the horizon inclusive", "[survival]") {
  // Events at 1, 3, 4; one case censored at 2; one never resolved. S(1) = 0.8; the censored case
  // leaves after 2; S(3) = 0.8·2/3 = 0.533; S(4) = 0.533·1/2 = 0.267. The median is 4 (S(3) > 0.5):
  // had the censored case been counted as resolved at 2, S(3) would be 0.4 and the median 3.
  const auto curve = kaplanMeier(std::vector<Episode>{event(1), censored(2), event(3), event(4), never()});
  CHECK(quantileTime(curve, 0.5, 10) == 4.0);
  CHECK(quantileTime(curve, 0.2, 10) == 1.0);
  CHECK(quantileTime(curve, 0.5, 4) == 4.0);  // reached on the horizon itself
  CHECK(std::isnan(quantileTime(curve, 0.5, 3.9)));
  CHECK(std::isnan(quantileTime(curve, 0.8, 10)));  // S never falls below 0.267: one case never ends
}
