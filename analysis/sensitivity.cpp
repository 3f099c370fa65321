#include "analysis/sensitivity.hpp"

#include <cmath>
#include <stdexcept>

#include "analysis/statistics.hpp"
#include "sim/random.hpp"

namespace samsim::analysis {
namespace {

struct SobolBlock {
  double a, b;
  std::vector<double> ab;
};

// S1 and ST of every parameter over the blocks listed in `pick`.
void sobolOnce(const std::vector<SobolBlock>& blocks, const std::vector<std::size_t>& pick, std::size_t k,
               std::vector<double>& s1, std::vector<double>& st) {
  const auto n = static_cast<double>(pick.size());
  double sum = 0.0, squares = 0.0;
  for (std::size_t j : pick) sum += blocks[j].a + blocks[j].b;
  const double mean = sum / (2 * n);
  for (std::size_t j : pick)  // two passes: no cancellation when the mean is large
    squares += (blocks[j].a - mean) * (blocks[j].a - mean) + (blocks[j].b - mean) * (blocks[j].b - mean);
  const double variance = squares / (2 * n);
  s1.assign(k, 0.0);
  st.assign(k, 0.0);
  if (!(variance > 1e-300)) return;
  for (std::size_t i = 0; i < k; ++i) {
    double first = 0.0, total = 0.0;
    for (std::size_t j : pick) {
      const auto& block = blocks[j];
      // Saltelli 2010 on outputs centred by their mean: same expectation (E[f(A_B) − f(A)] = 0),
      // far less variance when the mean is large against the spread (SALib does the same).
      first += (block.b - mean) * (block.ab[i] - block.a);
      total += (block.a - block.ab[i]) * (block.a - block.ab[i]);  // Jansen 1999
    }
    s1[i] = first / n / variance;
    st[i] = total / (2 * n) / variance;
  }
}

Estimate withInterval(double value, std::vector<double> resampled) {
  if (resampled.empty()) return {value, NAN, NAN};
  return {value, quantile(resampled, 0.025), quantile(resampled, 0.975)};
}

}  // namespace

SobolIndices sobolIndices(const std::vector<double>& y, std::size_t k, std::size_t bootstrap,
                          std::uint64_t seed) {
  if (k == 0 || y.empty() || y.size() % (k + 2) != 0)
    throw std::invalid_argument("Sobol indices: expected blocks of k+2 outputs");
  const std::size_t n = y.size() / (k + 2);
  std::vector<SobolBlock> blocks(n);
  for (std::size_t j = 0; j < n; ++j) {
    const double* row = &y[j * (k + 2)];
    blocks[j] = {row[0], row[k + 1], std::vector<double>(row + 1, row + 1 + k)};
  }
  std::vector<std::size_t> all(n);
  for (std::size_t j = 0; j < n; ++j) all[j] = j;
  std::vector<double> s1, st;
  sobolOnce(blocks, all, k, s1, st);

  std::vector<std::vector<double>> s1Samples(k), stSamples(k);
  sim::RandomStream stream(seed, 0, sim::purpose("sobol-bootstrap"));
  std::vector<std::size_t> pick(n);
  std::vector<double> b1, bt;
  for (std::size_t b = 0; b < bootstrap; ++b) {
    for (auto& p : pick) p = stream.below(n);
    sobolOnce(blocks, pick, k, b1, bt);
    for (std::size_t i = 0; i < k; ++i) {
      s1Samples[i].push_back(b1[i]);
      stSamples[i].push_back(bt[i]);
    }
  }
  SobolIndices out;
  for (std::size_t i = 0; i < k; ++i) {
    out.first.push_back(withInterval(s1[i], s1Samples[i]));
    out.total.push_back(withInterval(st[i], stSamples[i]));
  }
  return out;
}

MorrisIndices morrisIndices(const sim::UnitPoints& points, const std::vector<double>& y, std::size_t k,
                            std::size_t bootstrap, std::uint64_t seed) {
  if (k == 0 || points.size() != y.size() || y.empty() || y.size() % (k + 1) != 0)
    throw std::invalid_argument("Morris indices: expected trajectories of k+1 points with one output each");
  const std::size_t r = y.size() / (k + 1);
  std::vector<std::vector<double>> effects(k);  // effects[i][t]
  for (std::size_t t = 0; t < r; ++t) {
    std::vector<bool> seen(k, false);
    for (std::size_t s = 1; s <= k; ++s) {
      const auto& before = points[t * (k + 1) + s - 1];
      const auto& after = points[t * (k + 1) + s];
      std::size_t moved = k;
      for (std::size_t i = 0; i < k; ++i)
        if (after[i] != before[i]) moved = moved == k ? i : k + 1;
      if (moved >= k || seen[moved])
        throw std::invalid_argument(
            "Morris indices: each step of a trajectory must move exactly one new parameter");
      seen[moved] = true;
      effects[moved].push_back((y[t * (k + 1) + s] - y[t * (k + 1) + s - 1]) /
                               (after[moved] - before[moved]));
    }
  }
  MorrisIndices out;
  sim::RandomStream stream(seed, 0, sim::purpose("morris-bootstrap"));
  std::vector<std::vector<double>> resampled(k);
  for (std::size_t b = 0; b < bootstrap; ++b) {
    std::vector<std::size_t> pick(r);
    for (auto& p : pick) p = stream.below(r);
    for (std::size_t i = 0; i < k; ++i) {
      double sum = 0.0;
      for (std::size_t t : pick) sum += std::abs(effects[i][t]);
      resampled[i].push_back(sum / static_cast<double>(r));
    }
  }
  for (std::size_t i = 0; i < k; ++i) {
    double sum = 0.0, absolute = 0.0;
    for (double e : effects[i]) {
      sum += e;
      absolute += std::abs(e);
    }
    const double mean = sum / static_cast<double>(r);
    double squares = 0.0;
    for (double e : effects[i]) squares += (e - mean) * (e - mean);
    out.mu.push_back(mean);
    out.muStar.push_back(withInterval(absolute / static_cast<double>(r), resampled[i]));
    out.sigma.push_back(r > 1 ? std::sqrt(squares / static_cast<double>(r - 1)) : 0.0);
  }
  return out;
}

}  // namespace samsim::analysis
