#pragma once
// Global sensitivity indices from model outputs on the designs of sim/sensitivity_design.hpp.
//  - Sobol: first-order S1 by Saltelli et al. (2010) on outputs centred by the mean of the A and B
//    outputs, total ST by Jansen (1999), both divided by the variance of those outputs;
//  - Morris: elementary effects per unit of a parameter's range (the unit cube), their mean μ,
//    mean absolute value μ* (Campolongo et al. 2007) and standard deviation σ.
// Intervals are 95 % percentile bootstrap intervals over sample blocks (Sobol) or trajectories
// (Morris), resampled with a seeded stream, so the same inputs and seed give the same intervals.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "sim/sensitivity_design.hpp"

namespace samsim::analysis {

struct Estimate {
  double value = 0.0;
  double low = 0.0;
  double high = 0.0;
};

struct SobolIndices {
  std::vector<Estimate> first;  // S1 per parameter
  std::vector<Estimate> total;  // ST per parameter
};

// y: outputs at saltelliPoints(n, k, …), n blocks of k+2 (A, A_B^(1..k), B). Throws
// std::invalid_argument if the length does not fit. Zero variance gives indices of 0.
SobolIndices sobolIndices(const std::vector<double>& y, std::size_t k, std::size_t bootstrap,
                          std::uint64_t seed);

struct MorrisIndices {
  std::vector<double> mu;
  std::vector<Estimate> muStar;
  std::vector<double> sigma;  // sample standard deviation (n - 1); 0 with one trajectory
};

// points: trajectories of k+1 points each (one coordinate changes per step); y: outputs there.
MorrisIndices morrisIndices(const sim::UnitPoints& points, const std::vector<double>& y, std::size_t k,
                            std::size_t bootstrap, std::uint64_t seed);

}  // namespace samsim::analysis
