#include <cmath>
#include <set>

#include <catch2/catch.hpp>

#include "sim/random.hpp"

using namespace samsim::sim;

// Golden values: the seed contract. If one of these changes, every published samsim number
// changes with it — bump the major version and say so in the changelog.
TEST_CASE("golden first draws of every distribution", "[random][golden]") {
  const auto golden = purpose("golden");
  CHECK(golden == 3130785207451900356ULL);
  RandomStream raw(42, 7, golden);
  CHECK(raw.next() == 4047059398228768379ULL);
  CHECK(raw.next() == 4900629397108598550ULL);
  RandomStream u(42, 7, golden);
  CHECK(u.uniform01() == 0.21939152958687536);
  CHECK(u.uniform01() == 0.26566365194457342);
  RandomStream b(42, 7, golden);
  CHECK(b.below(10) == 2);
  CHECK(b.below(10) == 2);
  CHECK(b.below(1000000007) == 753666242);
  RandomStream e(42, 7, golden);
  CHECK(e.exponential(2.0) == 0.12384078656876685);
  CHECK(e.exponential(2.0) == 0.15439405773495615);
  RandomStream n(42, 7, golden);
  CHECK(n.normal(0, 1) == -0.069156565115203739);
  CHECK(n.normal(10, 2) == 8.2046973227723683);
  RandomStream p(42, 7, golden);
  CHECK(p.poisson(3.5) == 2);
  CHECK(p.poisson(3.5) == 2);
  CHECK(p.poisson(100) == 108);
  CHECK(p.poisson(100) == 94);
  RandomStream l(42, 7, golden);
  CHECK(l.bernoulli(0.5));
  CHECK(l.bernoulli(0.5));
  CHECK_FALSE(l.bernoulli(0.5));
  CHECK(replicateSeed(42, 0) == 1899737815901874250ULL);
  CHECK(replicateSeed(42, 1) == 12297298318743280417ULL);
}

TEST_CASE("purpose() is 64-bit FNV-1a", "[random]") {
  CHECK(purpose("") == 0xcbf29ce484222325ULL);
  CHECK(purpose("a") == 0xaf63dc4c8601ec8cULL);  // published FNV-1a test vector
}

TEST_CASE("streams differ by seed, entity and purpose", "[random]") {
  std::set<std::uint64_t> firsts;
  for (std::uint64_t seed : {1, 2})
    for (std::uint64_t entity : {0, 1, 2})
      for (auto p : {purpose("a"), purpose("b")}) firsts.insert(RandomStream(seed, entity, p).next());
  CHECK(firsts.size() == 12);
  CHECK(RandomStream(5, 9, purpose("x")).next() == RandomStream(5, 9, purpose("x")).next());
}

TEST_CASE("distribution moments (stochastic, 200k draws, 5-sigma tolerances)", "[random][stochastic]") {
  RandomStream s(2024, 1, purpose("moments"));
  constexpr int kDraws = 200000;
  double u = 0, e = 0, nm = 0, nv = 0, pm = 0, pl = 0, g = 0;
  std::uint64_t belowMax = 0;
  for (int i = 0; i < kDraws; ++i) {
    u += s.uniform01();
    e += s.exponential(4.0);
    const double x = s.normal(3.0, 2.0);
    nm += x;
    nv += (x - 3.0) * (x - 3.0);
    pm += static_cast<double>(s.poisson(2.5));
    pl += static_cast<double>(s.poisson(250.0));
    g += static_cast<double>(s.geometric(0.25));
    belowMax = std::max(belowMax, s.below(6));
  }
  CHECK(u / kDraws == Approx(0.5).margin(5 * std::sqrt(1.0 / 12 / kDraws)));
  CHECK(e / kDraws == Approx(0.25).margin(5 * 0.25 / std::sqrt(kDraws)));
  CHECK(nm / kDraws == Approx(3.0).margin(5 * 2.0 / std::sqrt(kDraws)));
  CHECK(nv / kDraws == Approx(4.0).margin(0.1));
  CHECK(pm / kDraws == Approx(2.5).margin(5 * std::sqrt(2.5 / kDraws)));
  CHECK(pl / kDraws == Approx(250.0).margin(5 * std::sqrt(250.0 / kDraws)));
  CHECK(g / kDraws == Approx(3.0).margin(5 * std::sqrt(0.75 / 0.0625 / kDraws)));  // (1-p)/p, var (1-p)/p²
  CHECK(belowMax == 5);
}
