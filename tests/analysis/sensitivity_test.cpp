// Sobol and Morris estimators on hand-computed cases; bootstrap intervals seeded and sensible.
// The analytic references (Ishigami, g-function, linear Morris) run end to end in
// tests/app/sensitivity_test.cpp on plans written by `samsim design`.
#include <cmath>

#include <catch2/catch.hpp>

#include "analysis/sensitivity.hpp"

using namespace samsim::analysis;

TEST_CASE("Sobol estimators: Saltelli 2010 first order and Jansen 1999 total by hand", "[analysis][sobol]") {
  // k = 1, two blocks (A, A_B, B): (1, 3, 3) and (2, 0, 0). Var of {1, 2, 3, 0} = 1.25.
  // S1 = mean((B − 1.5)(A_B − A)) / V = mean(1.5·2, (−1.5)·(−2)) / 1.25 = 2.4 (mean of A and B: 1.5);
  // ST = mean((A - A_B)²) / 2 / V = mean(4, 4) / 2 / 1.25 = 1.6.
  const auto s = sobolIndices({1, 3, 3, 2, 0, 0}, 1, 0, 1);
  CHECK(s.first[0].value == Approx(2.4));
  CHECK(s.total[0].value == Approx(1.6));
  CHECK(std::isnan(s.first[0].low));  // no resamples, no interval

  // k = 2: parameter 2 has no effect (A_B^(2) = A), so its indices are exactly 0.
  const std::vector<double> y = {1, 4, 1, 4, 2, 0, 2, 0, 5, 3, 5, 3};
  const auto two = sobolIndices(y, 2, 200, 9);
  CHECK(two.first[1].value == 0.0);
  CHECK(two.total[1].value == 0.0);
  CHECK(two.total[1].low == 0.0);
  CHECK(two.total[1].high == 0.0);
  CHECK(two.first[0].low <= two.first[0].high);
}

TEST_CASE("Sobol estimators: bootstrap is seeded; constant output gives zero", "[analysis][sobol]") {
  std::vector<double> y;
  for (int j = 0; j < 50; ++j)
    for (int i = 0; i < 5; ++i) y.push_back(std::sin(j * 1.7 + i * 0.3) + 0.1 * i);
  const auto a = sobolIndices(y, 3, 300, 5);
  const auto b = sobolIndices(y, 3, 300, 5);
  const auto c = sobolIndices(y, 3, 300, 6);
  CHECK(a.first[2].low == b.first[2].low);
  CHECK(a.total[0].high == b.total[0].high);
  CHECK(a.first[2].low != c.first[2].low);
  for (const auto& e : a.total) CHECK((e.low <= e.value && e.value <= e.high));
  const auto flat = sobolIndices(std::vector<double>(20, 3.0), 2, 10, 1);
  CHECK(flat.first[0].value == 0.0);
  CHECK_THROWS(sobolIndices(std::vector<double>(7, 1.0), 2, 10, 1));
}

TEST_CASE("Morris estimators: elementary effects, mu, mu*, sigma by hand", "[analysis][morris]") {
  const double t = 2.0 / 3.0, o = 1.0 / 3.0;
  // Trajectory 1: x2 then x1 up by 2/3, y 0 → 1 → 3: EE2 = 1.5, EE1 = 3.
  // Trajectory 2: x1 then x2 down by 2/3, y 5 → 6 → 4: EE1 = -1.5, EE2 = 3.
  const samsim::sim::UnitPoints points = {{0, 0}, {0, t}, {t, t}, {1, 1}, {o, 1}, {o, o}};
  const auto m = morrisIndices(points, {0, 1, 3, 5, 6, 4}, 2, 100, 3);
  CHECK(m.mu[0] == Approx(0.75));
  CHECK(m.muStar[0].value == Approx(2.25));
  CHECK(m.sigma[0] == Approx(std::sqrt(2 * 2.25 * 2.25)));
  CHECK(m.mu[1] == Approx(2.25));
  CHECK(m.muStar[1].value == Approx(2.25));
  CHECK(m.sigma[1] == Approx(std::sqrt(2 * 0.75 * 0.75)));
  // Bootstrap over two trajectories: μ* of a resample is 1.5, 2.25 or 3.
  CHECK(m.muStar[0].low >= 1.5 - 1e-12);
  CHECK(m.muStar[0].high <= 3.0 + 1e-12);
  // A step that moves two coordinates is not a Morris trajectory.
  CHECK_THROWS(morrisIndices({{0, 0}, {t, t}, {t, 0}}, {0, 1, 2}, 2, 0, 1));
}

TEST_CASE("Sobol estimators: adding a constant to the output changes no index", "[analysis][sobol]") {
  // Indices are invariant to a shift; centring keeps the estimates so when the mean is large.
  std::vector<double> y, shifted;
  for (int j = 0; j < 40; ++j)
    for (int i = 0; i < 4; ++i) {
      y.push_back(std::cos(j * 2.3 + i * 0.7) + 0.2 * i);
      shifted.push_back(y.back() + 1e4);
    }
  const auto a = sobolIndices(y, 2, 50, 3);
  const auto b = sobolIndices(shifted, 2, 50, 3);
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(b.first[i].value == Approx(a.first[i].value).margin(1e-6));
    CHECK(b.total[i].value == Approx(a.total[i].value).margin(1e-6));
    CHECK(b.first[i].high == Approx(a.first[i].high).margin(1e-6));
  }
}
