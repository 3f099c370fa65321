#pragma once
// Mean and 95 % confidence interval over replicates, for the report's charts when an output
// directory has no precomputed comparison (a single run, a sweep point, a time-series day).
#include <cstddef>
#include <span>

#include "analysis/statistics.hpp"

namespace samsim::analysis::report {

struct MeanCi {
  std::size_t n = 0;
  double mean = 0.0;
  double low = 0.0;  // equal to mean when n < 2: one replicate says nothing about spread
  double high = 0.0;
};

// Student-t interval: mean ± t(0.975, n−1) · s/√n, s the sample standard deviation (n−1).
MeanCi meanCi(std::span<const double> values);

// Two-sided 97.5 % quantile of Student's t (analysis/statistics.hpp).
using analysis::tQuantile975;

}  // namespace samsim::analysis::report
