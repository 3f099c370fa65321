#pragma once
// Designs of experiments over a unit cube: full factorial index enumeration and Latin hypercube
// sampling (McKay, Beckman & Conover 1979), both deterministic functions of their seed.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace samsim::sim {

// All index combinations of a full grid, first dimension varying slowest.
std::vector<std::vector<std::size_t>> gridIndices(const std::vector<std::size_t>& levels);

// n points in [0,1)^dims; each dimension has exactly one point in each of its n strata.
std::vector<std::vector<double>> latinHypercube(std::size_t n, std::size_t dims, std::uint64_t seed);

}  // namespace samsim::sim
