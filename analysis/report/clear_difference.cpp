// The rule for a clear difference (clear_difference.hpp).
#include "analysis/report/clear_difference.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace samsim::analysis::report {
namespace {

bool isShare(MetricUnit unit) {
  return unit == MetricUnit::Share || unit == MetricUnit::Flag;
}

}  // namespace

double smallestDifference(const MetricInfo& info, double reference) {
  if (!std::isfinite(reference)) return 0.0;
  // A share is judged on the part that can still change: what is left undone near 100 %, the
  // share itself near 0 %.
  const double basis =
      isShare(info.unit) ? std::clamp(std::min(reference, 1.0 - reference), 0.0, 0.5) : std::fabs(reference);
  return info.smallestDifference * basis;
}

bool isClearDifference(const Interval& difference, double reference, const MetricInfo& info) {
  return difference.n >= 2 && std::isfinite(difference.low) && std::isfinite(difference.high) &&
         std::isfinite(difference.mean) && (difference.low > 0.0 || difference.high < 0.0) &&
         std::fabs(difference.mean) >= smallestDifference(info, reference);
}

std::string_view clearDifferenceRule() {
  return "A clear difference: compared on runs with the same random events, its 95 % interval excludes "
         "zero and it is at least the smallest difference that matters for the outcome, a set part of the "
         "value compared with (for a share, of what is left undone when the share is above one half).";
}

std::string smallestDifferenceInWords(const MetricInfo& info) {
  const std::string part = fmt::format("{:g} %", 100.0 * info.smallestDifference);
  return isShare(info.unit) ? part + " of what is left undone (of the share itself below 50 %)"
                            : part + " of the value";
}

}  // namespace samsim::analysis::report
