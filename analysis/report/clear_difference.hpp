#pragma once
// The one rule for a clear difference between two designs, used by the verdict table, the
// comparison charts, the terminal verdict and the workshop page: on runs with the same random
// events (paired replicates), the difference's 95 % interval excludes zero AND its mean is at
// least the smallest difference that matters for the outcome. The smallest difference is a share
// of the value compared with, recorded per outcome in the metric catalogue; for a share it is a
// share of what is left undone when the share is above one half (99.8 % of services kept: of the
// 0.2 % not kept), else of the share itself.
#include <string>
#include <string_view>

#include "analysis/report/metric_catalog.hpp"
#include "analysis/statistics.hpp"

namespace samsim::analysis::report {

// The smallest difference that matters when `reference` (the value compared with) is the outcome's
// value, in the outcome's unit (a fraction for shares): never negative.
[[nodiscard]] double smallestDifference(const MetricInfo& info, double reference);

// The rule: at least two pairs, a finite interval on one side of zero, and |mean| at least
// smallestDifference(info, reference).
[[nodiscard]] bool isClearDifference(const Interval& difference, double reference, const MetricInfo& info);

// The rule in one sentence, for every place that states it (legend, captions, terminal, page).
[[nodiscard]] std::string_view clearDifferenceRule();

// What the smallest difference is for one outcome, in words: "5 % of what is left undone (of the
// share itself below 50 %)", "2 % of the value".
[[nodiscard]] std::string smallestDifferenceInWords(const MetricInfo& info);

}  // namespace samsim::analysis::report
