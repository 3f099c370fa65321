#include "sim/sensitivity_design.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include <boost/random/sobol.hpp>

#include "sim/random.hpp"

namespace samsim::sim {
namespace {

// Linear matrix scrambling + digital shift for one coordinate: bit i (most significant first) of
// the result is the parity of row i & x, where row i has bit i set and random bits above it (a
// random lower-triangular matrix with unit diagonal over GF(2)), then XOR with a random shift.
struct Scrambler {
  std::uint64_t rows[64];
  std::uint64_t shift;

  Scrambler(std::uint64_t seed, std::size_t dim) {
    RandomStream stream(seed, dim, purpose("sobol-scramble"));
    for (int i = 0; i < 64; ++i) {
      const std::uint64_t self = std::uint64_t{1} << (63 - i);
      const std::uint64_t above =
          i == 0 ? 0 : ~((std::uint64_t{1} << (64 - i)) - 1);  // more significant bits
      rows[i] = self | (stream.next() & above);
    }
    shift = stream.next();
  }

  [[nodiscard]] std::uint64_t apply(std::uint64_t x) const {
    std::uint64_t out = 0;
    for (int i = 0; i < 64; ++i)
      out |= static_cast<std::uint64_t>(std::popcount(rows[i] & x) & 1) << (63 - i);
    return out ^ shift;
  }
};

UnitPoints randomTrajectory(std::size_t k, int levels, RandomStream& stream) {
  const auto half = static_cast<std::uint64_t>(levels / 2);  // Δ in grid steps; start indices 0..half-1
  const double step = 1.0 / static_cast<double>(levels - 1);
  std::vector<double> x(k);
  std::vector<int> direction(k);
  for (std::size_t i = 0; i < k; ++i) {
    const auto base = static_cast<double>(stream.below(half));
    direction[i] = stream.bernoulli(0.5) ? 1 : -1;
    x[i] = (base + (direction[i] < 0 ? static_cast<double>(half) : 0.0)) * step;
  }
  std::vector<std::size_t> order(k);
  std::iota(order.begin(), order.end(), 0);
  for (std::size_t i = k; i > 1; --i) std::swap(order[i - 1], order[stream.below(i)]);  // Fisher–Yates
  UnitPoints trajectory{x};
  for (std::size_t i : order) {
    x[i] += direction[i] * static_cast<double>(half) * step;
    x[i] = std::round(x[i] * (levels - 1)) * step;  // exactly on the grid
    trajectory.push_back(x);
  }
  return trajectory;
}

}  // namespace

UnitPoints sobolSequence(std::size_t n, std::size_t dims, bool scrambled, std::uint64_t seed) {
  if (dims == 0 || dims > boost::random::detail::qrng_tables::sobol::max_dimension)
    throw std::invalid_argument("Sobol sequence: dimensions must be in [1, 3667]");
  boost::random::sobol engine(dims);  // starts at point 1: the origin is not produced
  std::vector<Scrambler> scramblers;
  if (scrambled)
    for (std::size_t d = 0; d < dims; ++d) scramblers.emplace_back(seed, d);
  UnitPoints points(n, std::vector<double>(dims));
  for (auto& point : points) {
    for (std::size_t d = 0; d < dims; ++d) {
      std::uint64_t bits = engine();
      if (scrambled) bits = scramblers[d].apply(bits);
      point[d] = static_cast<double>(bits >> 11) / 9007199254740992.0;  // top 53 bits: exact, < 1
    }
  }
  return points;
}

UnitPoints saltelliPoints(std::size_t n, std::size_t k, bool scrambled, std::uint64_t seed) {
  const auto base = sobolSequence(n, 2 * k, scrambled, seed);
  UnitPoints points;
  points.reserve(n * (k + 2));
  for (const auto& row : base) {
    const std::vector<double> a(row.begin(), row.begin() + static_cast<std::ptrdiff_t>(k));
    const std::vector<double> b(row.begin() + static_cast<std::ptrdiff_t>(k), row.end());
    points.push_back(a);
    for (std::size_t i = 0; i < k; ++i) {
      auto ab = a;
      ab[i] = b[i];
      points.push_back(std::move(ab));
    }
    points.push_back(b);
  }
  return points;
}

double trajectoryDistance(const UnitPoints& a, const UnitPoints& b) {
  double total = 0.0;
  for (const auto& p : a) {
    for (const auto& q : b) {
      double squares = 0.0;
      for (std::size_t d = 0; d < p.size(); ++d) squares += (p[d] - q[d]) * (p[d] - q[d]);
      total += std::sqrt(squares);
    }
  }
  return total;
}

UnitPoints morrisTrajectories(std::size_t r, std::size_t k, int levels, std::size_t candidates,
                              std::uint64_t seed) {
  if (levels < 2 || levels % 2 != 0)
    throw std::invalid_argument("Morris design: levels must be even and ≥ 2");
  candidates = std::max(candidates, r);
  std::vector<UnitPoints> pool;
  for (std::size_t c = 0; c < candidates; ++c) {
    RandomStream stream(seed, c, purpose("morris-trajectory"));
    pool.push_back(randomTrajectory(k, levels, stream));
  }
  std::vector<std::size_t> chosen;
  if (candidates == r || r < 2) {
    for (std::size_t c = 0; c < r; ++c) chosen.push_back(c);
  } else {
    std::vector<std::vector<double>> d(candidates, std::vector<double>(candidates, 0.0));
    for (std::size_t i = 0; i < candidates; ++i)
      for (std::size_t j = i + 1; j < candidates; ++j)
        d[i][j] = d[j][i] = trajectoryDistance(pool[i], pool[j]);
    // Greedy maximisation of Campolongo's spread sqrt(Σ d²): the farthest pair, then repeatedly the
    // candidate adding most Σ d² to those chosen (ties: lowest index, so the result is unique).
    std::size_t bi = 0, bj = 1;
    for (std::size_t i = 0; i < candidates; ++i)
      for (std::size_t j = i + 1; j < candidates; ++j)
        if (d[i][j] > d[bi][bj]) bi = i, bj = j;
    chosen = {bi, bj};
    std::vector<double> gain(candidates, 0.0);
    std::vector<bool> used(candidates, false);
    used[bi] = used[bj] = true;
    for (std::size_t c = 0; c < candidates; ++c) gain[c] = d[c][bi] * d[c][bi] + d[c][bj] * d[c][bj];
    while (chosen.size() < r) {
      std::size_t best = candidates;
      for (std::size_t c = 0; c < candidates; ++c)
        if (!used[c] && (best == candidates || gain[c] > gain[best])) best = c;
      used[best] = true;
      chosen.push_back(best);
      for (std::size_t c = 0; c < candidates; ++c) gain[c] += d[c][best] * d[c][best];
    }
    std::sort(chosen.begin(), chosen.end());
  }
  UnitPoints points;
  for (std::size_t c : chosen) points.insert(points.end(), pool[c].begin(), pool[c].end());
  return points;
}

}  // namespace samsim::sim
