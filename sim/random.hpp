#pragma once
// Pinned random numbers. The generator (xoshiro256**) and every distribution are implemented
// here, so a seed gives the same draws with any compiler and standard library (std::
// distributions differ between libraries). A stream is named by a key of four separate fields —
// (run seed, purpose, day, entity) — never by a thread index or a clock. The four 64-bit fields
// fill the generator's 256-bit state through a bijective mixing network, so two different keys
// always start from different states: streams cannot collide, whatever the ranges of the fields.
#include <array>
#include <cstdint>
#include <string_view>

namespace samsim::sim {

// FNV-1a of a purpose name, so call sites read `purpose("issue-arrival")`.
constexpr std::uint64_t purpose(std::string_view name) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : name) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::uint64_t splitMix64(std::uint64_t& state);
// The SplitMix64 finaliser: a bijection of 64-bit words.
std::uint64_t mix64(std::uint64_t z);

// Seeds are integers in [0, 2^63 − 1] everywhere: scenario files, sweep files and --seed.
inline constexpr std::int64_t kMaxSeed = INT64_MAX;
inline constexpr const char* kSeedRangeText = "an integer in [0, 9223372036854775807]";

// Seed of replicate r of a run with base seed `seed` (common random numbers: same for every
// scenario of a comparison).
std::uint64_t replicateSeed(std::uint64_t seed, std::uint64_t replicate);

// The name of a stream. `entity` is whatever the draws belong to: an agent, an event (issue,
// problem, meeting) or a pair of agents (`pairEntity`). Fields are never packed into each other.
struct StreamKey {
  std::uint64_t seed = 0;
  std::uint64_t purpose = 0;
  std::uint64_t day = 0;
  std::uint64_t entity = 0;
};

// An ordered pair of 32-bit ids as one entity (injective).
constexpr std::uint64_t pairEntity(std::uint32_t a, std::uint32_t b) {
  return (static_cast<std::uint64_t>(a) << 32) | b;
}

// The generator state a key starts from (exposed for the collision tests).
std::array<std::uint64_t, 4> streamState(const StreamKey& key);

class RandomStream {
 public:
  explicit RandomStream(const StreamKey& key);
  // Streams that are not tied to a simulated day: day field 0.
  RandomStream(std::uint64_t seed, std::uint64_t entity, std::uint64_t purposeId)
      : RandomStream(StreamKey{seed, purposeId, 0, entity}) {}

  // xoshiro256** (Blackman & Vigna). Defined here so that the per-person daily draws inline.
  std::uint64_t next() {
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
  }
  double uniform01() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1), 53 bits
  double uniform(double lo, double hi);                                         // [lo, hi)
  std::uint64_t below(std::uint64_t n);  // [0, n), unbiased (Lemire); n > 0
  bool bernoulli(double p) { return uniform01() < p; }
  double exponential(double rate);        // mean 1/rate
  double normal(double mean, double sd);  // Box–Muller, no cached second value
  double lognormal(double mu, double sigma);
  std::uint64_t poisson(double lambda);  // inversion for λ < 30, PTRS (Hörmann 1993) above
  std::uint64_t geometric(double p);     // failures before first success, p in (0, 1]

 private:
  static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::array<std::uint64_t, 4> m_s{};
};

}  // namespace samsim::sim
