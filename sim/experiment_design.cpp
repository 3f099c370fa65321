#include "sim/experiment_design.hpp"

#include <numeric>

#include "sim/random.hpp"

namespace samsim::sim {

std::vector<std::vector<std::size_t>> gridIndices(const std::vector<std::size_t>& levels) {
  std::size_t total = 1;
  for (auto l : levels) total *= l;
  std::vector<std::vector<std::size_t>> out(total, std::vector<std::size_t>(levels.size()));
  for (std::size_t k = 0; k < total; ++k) {
    std::size_t rest = k;
    for (std::size_t d = levels.size(); d-- > 0;) {
      out[k][d] = rest % levels[d];
      rest /= levels[d];
    }
  }
  return out;
}

std::vector<std::vector<double>> latinHypercube(std::size_t n, std::size_t dims, std::uint64_t seed) {
  std::vector<std::vector<double>> points(n, std::vector<double>(dims));
  for (std::size_t d = 0; d < dims; ++d) {
    RandomStream stream(seed, d, purpose("latin-hypercube"));
    std::vector<std::size_t> strata(n);
    std::iota(strata.begin(), strata.end(), 0);
    for (std::size_t i = n; i > 1; --i) std::swap(strata[i - 1], strata[stream.below(i)]);  // Fisher–Yates
    for (std::size_t i = 0; i < n; ++i)
      points[i][d] = (static_cast<double>(strata[i]) + stream.uniform01()) / static_cast<double>(n);
  }
  return points;
}

}  // namespace samsim::sim
