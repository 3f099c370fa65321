#include <cmath>
#include <set>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "sim/random.hpp"

using namespace samsim::sim;

// Golden values: the seed contract. If one of these changes, every published samsim number
// changes with it — bump the major version and say so in the changelog. (Last change: streams
// keyed by four separate fields; generator and distributions unchanged.)
TEST_CASE("golden first draws of every distribution", "[random][golden]") {
  const auto golden = purpose("golden");
  CHECK(golden == 3130785207451900356ULL);
  RandomStream raw(42, 7, golden);
  CHECK(raw.next() == 8893914790984024592ULL);
  CHECK(raw.next() == 8694952467444093385ULL);
  RandomStream u(42, 7, golden);
  CHECK(u.uniform01() == 0.482140086914292);
  CHECK(u.uniform01() == 0.47135431774305414);
  RandomStream b(42, 7, golden);
  CHECK(b.below(10) == 4);
  CHECK(b.below(10) == 4);
  CHECK(b.below(1000000007) == 43245875);
  RandomStream e(42, 7, golden);
  CHECK(e.exponential(2.0) == 0.32902525567804941);
  CHECK(e.exponential(2.0) == 0.31871842966297242);
  RandomStream n(42, 7, golden);
  CHECK(n.normal(0, 1) == -1.1286825617080154);
  CHECK(n.normal(10, 2) == 10.566362752211461);
  RandomStream p(42, 7, golden);
  CHECK(p.poisson(3.5) == 3);
  CHECK(p.poisson(3.5) == 3);
  CHECK(p.poisson(100) == 102);
  CHECK(p.poisson(100) == 90);
  RandomStream l(42, 7, golden);
  CHECK(l.bernoulli(0.5));
  CHECK(l.bernoulli(0.5));
  CHECK(l.bernoulli(0.5));
  CHECK(replicateSeed(42, 0) == 1899737815901874250ULL);
  CHECK(replicateSeed(42, 1) == 12297298318743280417ULL);
  // A keyed stream: (seed, purpose, day, entity) with an entity beyond 2^32.
  CHECK(RandomStream(StreamKey{42, golden, 180, 15000000000ULL}).next() == 17624819932096722912ULL);
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

namespace {

// Inverse of the SplitMix64 finaliser: undo each xorshift, multiply by the modular inverses.
std::uint64_t inverseMultiplier(std::uint64_t a) {
  std::uint64_t x = a;  // Newton iteration for a⁻¹ mod 2⁶⁴ (a odd): 5 steps give 64 bits
  for (int i = 0; i < 5; ++i) x *= 2 - a * x;
  return x;
}
std::uint64_t unXorShift(std::uint64_t y, int k) {
  std::uint64_t z = y;
  for (int i = 0; i < 64 / k + 1; ++i) z = y ^ (z >> k);
  return z;
}
std::uint64_t unmix64(std::uint64_t z) {
  z = unXorShift(z, 31);
  z *= inverseMultiplier(0x94d049bb133111ebULL);
  z = unXorShift(z, 27);
  z *= inverseMultiplier(0xbf58476d1ce4e5b9ULL);
  return unXorShift(z, 30);
}

// Runs streamState backwards (the gammas and rounds of sim/random.cpp): a left inverse proves
// that different keys cannot give the same state.
StreamKey keyOf(std::array<std::uint64_t, 4> w) {
  constexpr std::uint64_t kGamma[4] = {0x9e3779b97f4a7c15ULL, 0xd1b54a32d192ed03ULL, 0x8bb84b93962eacc9ULL,
                                       0xdb4f0b9175ae2165ULL};
  for (int round = 0; round < 3; ++round)
    for (int i = 3; i >= 0; --i) {
      const auto ui = static_cast<std::size_t>(i);
      w[(ui + 1) & 3U] ^= w[ui];
      w[ui] = unmix64(w[ui]) - kGamma[ui];
    }
  return {w[0], w[1], w[2], w[3]};
}

bool sameKey(const StreamKey& a, const StreamKey& b) {
  return a.seed == b.seed && a.purpose == b.purpose && a.day == b.day && a.entity == b.entity;
}

// Every purpose the municipality model uses (grep 'purpose("' models/).
const char* const kModelPurposes[] = {"absence",
                                      "arena-meeting",
                                      "arena-selection",
                                      "find-holder/decision",
                                      "find-holder/director",
                                      "find-holder/problem",
                                      "informal-search",
                                      "innovation-joint-work",
                                      "innovation-meeting",
                                      "issue-arrival",
                                      "issue-progress",
                                      "network-formation",
                                      "organisation",
                                      "redeployment"};

}  // namespace

TEST_CASE("mix64 is the SplitMix64 finaliser and invertible", "[random][keys]") {
  std::uint64_t state = 0;
  CHECK(splitMix64(state) == mix64(0x9e3779b97f4a7c15ULL));
  for (std::uint64_t z : {std::uint64_t{0}, std::uint64_t{1}, ~std::uint64_t{0}, std::uint64_t{123456789},
                          std::uint64_t{1} << 63})
    CHECK(unmix64(mix64(z)) == z);
}

TEST_CASE("stream keys are injective over the ranges the model uses", "[random][keys]") {
  // A left inverse of the key-to-state map: every key is recovered from its state, so no two
  // keys share a state — whatever the field values, including entities beyond 2^32.
  std::vector<std::uint64_t> purposes;
  for (const char* name : kModelPurposes) purposes.push_back(purpose(name));
  const std::uint64_t entities[] = {0,
                                    1,
                                    2,
                                    7919,
                                    1ULL << 24,
                                    (1ULL << 24) + 1,
                                    14999,
                                    15000,
                                    1500000000ULL,
                                    15000000000ULL,
                                    100000000000ULL,
                                    0xffffffffULL,
                                    pairEntity(14999, 14998),
                                    pairEntity(1, 0),
                                    ~0ULL};
  const std::uint64_t days[] = {0, 1, 2, 179, 180, 640, 2999, 5000, 20000};
  std::size_t checked = 0;
  for (std::uint64_t seed : {std::uint64_t{0}, std::uint64_t{1}, replicateSeed(42, 0)})
    for (auto p : purposes)
      for (auto d : days)
        for (auto e : entities) {
          const StreamKey key{seed, p, d, e};
          REQUIRE(sameKey(keyOf(streamState(key)), key));
          ++checked;
        }
  CHECK(checked == 3 * purposes.size() * 9 * 15);
}

TEST_CASE("different keys give different first draws, where the old packing collided", "[random][keys]") {
  // The former key packed (day << 24) ^ entity: day 1 / entity 0 and day 0 / entity 2^24 were the
  // same stream. Fields are now separate.
  CHECK(RandomStream(StreamKey{7, purpose("x"), 1, 0}).next() !=
        RandomStream(StreamKey{7, purpose("x"), 0, 1ULL << 24}).next());
  // Day and entity swapped, purpose and entity swapped.
  CHECK(RandomStream(StreamKey{7, 3, 5, 9}).next() != RandomStream(StreamKey{7, 3, 9, 5}).next());
  CHECK(RandomStream(StreamKey{7, 3, 5, 9}).next() != RandomStream(StreamKey{7, 9, 5, 3}).next());
  // A dense block of keys (every purpose, 3,000 days × 40 entities, some near 1.5e10): all first
  // two draws distinct (a repeat of 128 bits would mean the same stream).
  std::set<std::pair<std::uint64_t, std::uint64_t>> seen;
  std::size_t n = 0;
  for (const char* name : kModelPurposes)
    for (std::uint64_t day = 0; day < 3000; day += 7)
      for (std::uint64_t e = 0; e < 40; ++e) {
        const std::uint64_t entity = e < 20 ? e : 15000000000ULL + e;
        RandomStream s(StreamKey{replicateSeed(1, 0), purpose(name), day, entity});
        const auto a = s.next();
        seen.insert({a, s.next()});
        ++n;
      }
  CHECK(seen.size() == n);
}

TEST_CASE("purpose names of the model hash to distinct purposes", "[random][keys]") {
  std::set<std::uint64_t> ids;
  for (const char* name : kModelPurposes) ids.insert(purpose(name));
  CHECK(ids.size() == std::size(kModelPurposes));
}

TEST_CASE("pairEntity is ordered and injective", "[random][keys]") {
  CHECK(pairEntity(1, 2) != pairEntity(2, 1));
  CHECK(pairEntity(0, 1) == 1);
  CHECK(pairEntity(1, 0) == (1ULL << 32));
  CHECK(pairEntity(14999, 14999) == (14999ULL << 32 | 14999ULL));
}
