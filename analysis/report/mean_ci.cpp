#include "analysis/report/mean_ci.hpp"

#include <vector>

#include "analysis/statistics.hpp"

namespace samsim::analysis::report {

// The interval itself is analysis::meanInterval (shared with `samsim compare`); the report only
// draws a single replicate as a point (low = high = mean) instead of leaving a gap.
MeanCi meanCi(std::span<const double> values) {
  MeanCi result;
  result.n = values.size();
  if (values.empty()) return result;
  const Interval interval = meanInterval(std::vector<double>(values.begin(), values.end()));
  result.mean = interval.mean;
  result.low = values.size() < 2 ? interval.mean : interval.low;
  result.high = values.size() < 2 ? interval.mean : interval.high;
  return result;
}

}  // namespace samsim::analysis::report
