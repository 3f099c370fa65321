#pragma once
// Summary statistics for replicates: mean with a Student-t 95 % confidence interval, and the
// paired version for common-random-number comparisons.
#include <cstddef>
#include <vector>

namespace samsim::analysis {

struct Interval {
  std::size_t n = 0;
  double mean = 0.0;
  double low = 0.0;   // NaN when n < 2
  double high = 0.0;  // NaN when n < 2
};

// Two-sided Student-t quantile t_{1-alpha/2, df}, alpha = 0.05.
double tQuantile975(std::size_t degreesOfFreedom);

// Missing values (NaN) are skipped: n counts the values present; no values gives NaN throughout.
Interval meanInterval(const std::vector<double>& values);
// Mean of b[i] - a[i] with its interval (paired: same seed in both), over the replicates where
// both a[i] and b[i] are present.
Interval pairedDifference(const std::vector<double>& a, const std::vector<double>& b);

double quantile(std::vector<double> values, double q);  // linear interpolation (type 7)

}  // namespace samsim::analysis
