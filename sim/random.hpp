#pragma once
// Pinned random numbers. The generator (xoshiro256**) and every distribution are implemented
// here, so a seed gives the same draws with any compiler and standard library (std::
// distributions differ between libraries). Streams are derived from (run seed, entity, purpose)
// with SplitMix64 mixing — never from a thread index or a clock.
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

// Seeds are integers in [0, 2^63 − 1] everywhere: scenario files, sweep files and --seed.
inline constexpr std::int64_t kMaxSeed = INT64_MAX;
inline constexpr const char* kSeedRangeText = "an integer in [0, 9223372036854775807]";

// Seed of replicate r of a run with base seed `seed` (common random numbers: same for every
// scenario of a comparison).
std::uint64_t replicateSeed(std::uint64_t seed, std::uint64_t replicate);

class RandomStream {
 public:
  RandomStream(std::uint64_t seed, std::uint64_t entity, std::uint64_t purposeId);

  std::uint64_t next();
  double uniform01();                      // [0, 1), 53 bits
  double uniform(double lo, double hi);    // [lo, hi)
  std::uint64_t below(std::uint64_t n);    // [0, n), unbiased (Lemire); n > 0
  bool bernoulli(double p);
  double exponential(double rate);         // mean 1/rate
  double normal(double mean, double sd);   // Box–Muller, no cached second value
  double lognormal(double mu, double sigma);
  std::uint64_t poisson(double lambda);    // inversion for λ < 30, PTRS (Hörmann 1993) above
  std::uint64_t geometric(double p);       // failures before first success, p in (0, 1]

 private:
  std::array<std::uint64_t, 4> m_s{};
};

}  // namespace samsim::sim
