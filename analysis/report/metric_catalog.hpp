#pragma once
// Every outcome and scenario setting the report shows, in words a municipal manager uses. This is
// the one place where column names meet plain language; charts look labels up here.
#include <string>

namespace samsim::analysis::report {

struct MetricInfo {
  std::string label;        // chart title / axis label, e.g. "Days to solve a cross-sector problem"
  std::string explanation;  // one sentence under the title
  bool higherIsBetter = false;
  bool known = false;  // false: a column the catalog does not know; label derived from the name
};

// Outcome columns (summary.csv, runs.csv, timeseries.csv metrics). Unknown names get a readable
// label from the name itself ("foo_bar_days" → "Foo bar (days)").
[[nodiscard]] MetricInfo describeMetric(const std::string& column);

// Columns of summary.csv / runs.csv that are bookkeeping, not outcomes (seed, wall time, …).
[[nodiscard]] bool isBookkeepingColumn(const std::string& column);

// Scenario settings varied in a sweep, by dotted path ("hub.size" → "Size of the coordination
// group (people)"); unknown paths are shown as written.
[[nodiscard]] std::string describeParameter(const std::string& dottedPath);

}  // namespace samsim::analysis::report
