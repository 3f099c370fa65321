// Sobol sequence against published points and an independent construction from the Joe–Kuo
// table; Saltelli and Morris design structure; seed contract.
#include <cmath>
#include <set>

#include <catch2/catch.hpp>

#include "sim/sensitivity_design.hpp"

using namespace samsim::sim;

namespace {

// Bratley & Fox (1988) Gray-code construction from the first rows of Joe & Kuo's file
// new-joe-kuo-6.21201 (d, s, a, m_1..m_s), typed here independently of the library's table.
struct JoeKuoRow {
  unsigned s, a;
  std::vector<std::uint32_t> m;
};
const std::vector<JoeKuoRow> kJoeKuo = {
    {1, 0, {1}},       {2, 1, {1, 3}},       {3, 1, {1, 3, 1}},
    {3, 2, {1, 1, 1}}, {4, 1, {1, 1, 3, 3}}, {4, 4, {1, 3, 5, 13}},
};

std::vector<std::vector<double>> referenceSobol(std::size_t n, std::size_t dims) {
  constexpr unsigned L = 32;
  std::vector<std::vector<std::uint32_t>> v(dims, std::vector<std::uint32_t>(L + 1));
  for (unsigned i = 1; i <= L; ++i) v[0][i] = 1u << (32 - i);
  for (std::size_t d = 1; d < dims; ++d) {
    const auto& row = kJoeKuo[d - 1];
    for (unsigned i = 1; i <= row.s; ++i) v[d][i] = row.m[i - 1] << (32 - i);
    for (unsigned i = row.s + 1; i <= L; ++i) {
      v[d][i] = v[d][i - row.s] ^ (v[d][i - row.s] >> row.s);
      for (unsigned k = 1; k < row.s; ++k) v[d][i] ^= ((row.a >> (row.s - 1 - k)) & 1u) * v[d][i - k];
    }
  }
  std::vector<std::uint32_t> x(dims, 0);
  std::vector<std::vector<double>> points;
  for (std::size_t i = 0; i < n; ++i) {  // point i+1 from point i: flip by the rightmost zero bit of i
    unsigned c = 1;
    for (std::size_t value = i; value & 1; value >>= 1) ++c;
    std::vector<double> p(dims);
    for (std::size_t d = 0; d < dims; ++d) {
      x[d] ^= v[d][c];
      p[d] = static_cast<double>(x[d]) / 4294967296.0;
    }
    points.push_back(p);
  }
  return points;
}

}  // namespace

TEST_CASE("Sobol sequence: first points equal the published unscrambled sequence", "[sim][sobol]") {
  // Points 1..7 of the 3-dimensional Sobol sequence (Joe & Kuo 2008 direction numbers), as printed
  // in SciPy's qmc.Sobol documentation and by Joe & Kuo's reference program.
  const std::vector<std::vector<double>> published = {
      {0.5, 0.5, 0.5},       {0.75, 0.25, 0.25},    {0.25, 0.75, 0.75},    {0.375, 0.375, 0.625},
      {0.875, 0.875, 0.125}, {0.625, 0.125, 0.875}, {0.125, 0.625, 0.375},
  };
  CHECK(sobolSequence(7, 3, false, 0) == published);
}

TEST_CASE("Sobol sequence: 256 points in 7 dimensions equal the Bratley–Fox construction", "[sim][sobol]") {
  const auto ours = sobolSequence(256, 7, false, 0);
  const auto reference = referenceSobol(256, 7);
  REQUIRE(ours.size() == reference.size());
  for (std::size_t i = 0; i < ours.size(); ++i) {
    INFO("point " << i + 1);
    CHECK(ours[i] == reference[i]);
  }
}

TEST_CASE("Sobol sequence: scrambling is seeded, stays in [0,1) and keeps the strata", "[sim][sobol]") {
  const auto a = sobolSequence(255, 4, true, 11);
  CHECK(a == sobolSequence(255, 4, true, 11));
  CHECK(a != sobolSequence(255, 4, true, 12));
  CHECK(a != sobolSequence(255, 4, false, 11));
  // Linear scrambling with a digital shift maps the 256 first points (with the origin) onto a set
  // with one point in each of 256 strata per dimension; here 255 of them: all distinct strata.
  for (std::size_t d = 0; d < 4; ++d) {
    std::set<int> strata;
    for (const auto& p : a) {
      REQUIRE(p[d] >= 0.0);
      REQUIRE(p[d] < 1.0);
      strata.insert(static_cast<int>(p[d] * 256));
    }
    CHECK(strata.size() == 255);
  }
}

TEST_CASE("Saltelli design: blocks A, A_B^(i), B", "[sim][sobol]") {
  const std::size_t n = 16, k = 3;
  const auto pts = saltelliPoints(n, k, false, 0);
  REQUIRE(pts.size() == n * (k + 2));
  const auto base = sobolSequence(n, 2 * k, false, 0);
  for (std::size_t j = 0; j < n; ++j) {
    const auto* block = &pts[j * (k + 2)];
    for (std::size_t d = 0; d < k; ++d) {
      CHECK(block[0][d] == base[j][d]);
      CHECK(block[k + 1][d] == base[j][k + d]);
      for (std::size_t i = 0; i < k; ++i) CHECK(block[1 + i][d] == (d == i ? base[j][k + d] : base[j][d]));
    }
  }
}

TEST_CASE("Morris design: one-at-a-time steps of ±Δ on the grid, spread selection, seed", "[sim][morris]") {
  const std::size_t r = 6, k = 5;
  const int levels = 4;
  const auto pts = morrisTrajectories(r, k, levels, 40, 3);
  REQUIRE(pts.size() == r * (k + 1));
  const double delta = levels / (2.0 * (levels - 1));
  for (std::size_t t = 0; t < r; ++t) {
    std::set<std::size_t> moved;
    for (std::size_t s = 0; s <= k; ++s) {
      const auto& p = pts[t * (k + 1) + s];
      for (double u : p) {
        CHECK(u >= 0.0);
        CHECK(u <= 1.0);
        CHECK(std::abs(u * (levels - 1) - std::round(u * (levels - 1))) < 1e-12);
      }
      if (s == 0) continue;
      const auto& before = pts[t * (k + 1) + s - 1];
      std::size_t changes = 0;
      for (std::size_t i = 0; i < k; ++i) {
        if (p[i] == before[i]) continue;
        ++changes;
        moved.insert(i);
        CHECK(std::abs(std::abs(p[i] - before[i]) - delta) < 1e-12);
      }
      CHECK(changes == 1);
    }
    CHECK(moved.size() == k);
  }
  CHECK(pts == morrisTrajectories(r, k, levels, 40, 3));
  CHECK(pts != morrisTrajectories(r, k, levels, 40, 4));

  // The chosen trajectories are more spread than the first r candidates (Campolongo's criterion).
  auto spread = [&](const UnitPoints& all) {
    double sum = 0;
    for (std::size_t a = 0; a < r; ++a)
      for (std::size_t b = a + 1; b < r; ++b) {
        const UnitPoints ta(all.begin() + static_cast<std::ptrdiff_t>(a * (k + 1)),
                            all.begin() + static_cast<std::ptrdiff_t>((a + 1) * (k + 1)));
        const UnitPoints tb(all.begin() + static_cast<std::ptrdiff_t>(b * (k + 1)),
                            all.begin() + static_cast<std::ptrdiff_t>((b + 1) * (k + 1)));
        sum += std::pow(trajectoryDistance(ta, tb), 2);
      }
    return std::sqrt(sum);
  };
  CHECK(spread(pts) > spread(morrisTrajectories(r, k, levels, r, 3)));
}

TEST_CASE("Trajectory distance: sum of Euclidean distances between all point pairs", "[sim][morris]") {
  const UnitPoints a = {{0, 0}, {1, 0}};
  const UnitPoints b = {{0, 1}, {1, 1}};
  CHECK(trajectoryDistance(a, b) == Approx(1 + std::sqrt(2.0) + std::sqrt(2.0) + 1));
}
