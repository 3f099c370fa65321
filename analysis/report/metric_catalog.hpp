#pragma once
// Every outcome and scenario setting the report shows, in words a municipal manager uses. This is
// the one place where column names meet plain language; charts look labels and groups up here.
#include <string>
#include <string_view>
#include <vector>

namespace samsim::analysis::report {

// Where a metric appears on the page. Main: the outcomes of INTERFACE.md, always shown; every
// other group is a collapsed section, in this order, so the page stays readable as the model
// gains columns. Other: columns the catalog does not know yet.
enum class MetricGroup { Main, Speed, Kinds, Solvers, KeyPeople, Crisis, Network, Meetings, Other };
inline constexpr int kMetricGroupCount = 9;

struct MetricInfo {
  std::string label;        // chart title / axis label, e.g. "Days to solve a cross-sector case"
  std::string explanation;  // under the title, ending with which direction is better
  bool higherIsBetter = false;
  bool known = false;  // false: a column the catalog does not know; label derived from the name
  MetricGroup group = MetricGroup::Other;
};

struct GroupInfo {
  std::string_view title;  // heading of the collapsed section, e.g. "Load on key people"
  std::string_view intro;  // one sentence on what the group tells a workshop
};

// Outcome columns (summary.csv, runs.csv, timeseries.csv metrics). Unknown names get a readable
// label from the name itself ("foo_bar_days" → "Foo bar (days)") and the group Other.
[[nodiscard]] MetricInfo describeMetric(const std::string& column);

[[nodiscard]] GroupInfo describeGroup(MetricGroup group);

// Every column the catalog describes, in catalog order (for tests and documentation).
[[nodiscard]] std::vector<std::string> catalogedMetrics();

// Columns of summary.csv / runs.csv that are bookkeeping, not outcomes (seed, wall time, …).
[[nodiscard]] bool isBookkeepingColumn(const std::string& column);

// Scenario settings varied in a sweep, by dotted path ("hub.size" → "Size of the coordination
// group (people)"); unknown paths are shown as written.
[[nodiscard]] std::string describeParameter(const std::string& dottedPath);

}  // namespace samsim::analysis::report
