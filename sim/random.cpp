#include "sim/random.hpp"

#include <cmath>
#include <numbers>

namespace samsim::sim {
namespace {

__extension__ using Uint128 = unsigned __int128;

// log(k!) for the PTRS acceptance test.
double logFactorial(double k) {
  return std::lgamma(k + 1.0);
}

}  // namespace

std::uint64_t mix64(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

std::uint64_t splitMix64(std::uint64_t& state) {
  return mix64(state += 0x9e3779b97f4a7c15ULL);
}

std::uint64_t replicateSeed(std::uint64_t seed, std::uint64_t replicate) {
  std::uint64_t state = seed ^ (0x5851f42d4c957f2dULL * (replicate + 1));
  splitMix64(state);
  return splitMix64(state);
}

std::array<std::uint64_t, 4> streamState(const StreamKey& key) {
  // Each field starts in its own word; three rounds of (SplitMix64 finaliser on one word, then
  // xor it into the next word) spread every field over all four words. Every step is a bijection
  // of the 256-bit state (the finaliser is invertible, and xoring one word into another is
  // undone by xoring again), so the whole map is injective: different keys, different states.
  std::array<std::uint64_t, 4> w{key.seed, key.purpose, key.day, key.entity};
  constexpr std::uint64_t kGamma[4] = {0x9e3779b97f4a7c15ULL, 0xd1b54a32d192ed03ULL, 0x8bb84b93962eacc9ULL,
                                       0xdb4f0b9175ae2165ULL};
  for (int round = 0; round < 3; ++round) {
    for (std::size_t i = 0; i < 4; ++i) {
      w[i] = mix64(w[i] + kGamma[i]);
      w[(i + 1) & 3U] ^= w[i];
    }
  }
  return w;
}

RandomStream::RandomStream(const StreamKey& key) : m_s(streamState(key)) {
  // The one key that maps to the all-zero state (xoshiro's fixed point) is nudged off it.
  if ((m_s[0] | m_s[1] | m_s[2] | m_s[3]) == 0) m_s[0] = 1;
}

double RandomStream::uniform(double lo, double hi) {
  return lo + (hi - lo) * uniform01();
}

std::uint64_t RandomStream::below(std::uint64_t n) {
  // Lemire (2019), "Fast random integer generation in an interval".
  Uint128 m = static_cast<Uint128>(next()) * n;
  auto low = static_cast<std::uint64_t>(m);
  if (low < n) {
    const std::uint64_t threshold = (0 - n) % n;
    while (low < threshold) {
      m = static_cast<Uint128>(next()) * n;
      low = static_cast<std::uint64_t>(m);
    }
  }
  return static_cast<std::uint64_t>(m >> 64);
}

double RandomStream::exponential(double rate) {
  return -std::log1p(-uniform01()) / rate;
}

double RandomStream::normal(double mean, double sd) {
  const double u1 = 1.0 - uniform01();  // (0, 1]
  const double u2 = uniform01();
  return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double RandomStream::lognormal(double mu, double sigma) {
  return std::exp(normal(mu, sigma));
}

std::uint64_t RandomStream::poisson(double lambda) {
  if (lambda <= 0.0) return 0;
  if (lambda < 30.0) {
    // Inversion by sequential search.
    double p = std::exp(-lambda);
    double cumulative = p;
    const double u = uniform01();
    std::uint64_t k = 0;
    while (u > cumulative && k < 1000) {
      ++k;
      p *= lambda / static_cast<double>(k);
      cumulative += p;
    }
    return k;
  }
  // PTRS, Hörmann (1993), "The transformed rejection method for generating Poisson random variables".
  const double slam = std::sqrt(lambda);
  const double loglam = std::log(lambda);
  const double b = 0.931 + 2.53 * slam;
  const double a = -0.059 + 0.02483 * b;
  const double invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const double vr = 0.9277 - 3.6224 / (b - 2.0);
  for (;;) {
    const double u = uniform01() - 0.5;
    const double v = uniform01();
    const double us = 0.5 - std::fabs(u);
    const double k = std::floor((2.0 * a / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return static_cast<std::uint64_t>(k);
    if (k < 0.0 || (us < 0.013 && v > us)) continue;
    if (std::log(v) + std::log(invalpha) - std::log(a / (us * us) + b) <=
        -lambda + k * loglam - logFactorial(k))
      return static_cast<std::uint64_t>(k);
  }
}

std::uint64_t RandomStream::geometric(double p) {
  if (p >= 1.0) return 0;
  return static_cast<std::uint64_t>(std::floor(std::log1p(-uniform01()) / std::log1p(-p)));
}

}  // namespace samsim::sim
