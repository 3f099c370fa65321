#pragma once
// Every outcome and scenario setting the report shows, in words a municipal manager uses. This is
// the one place where column names meet plain language; charts, the verdict and docs/outputs.md
// look labels, units and definitions up here.
#include <string>
#include <string_view>
#include <vector>

namespace samsim::analysis::report {

// Where a metric appears on the page. Main: the headline outcomes the verdict compares designs
// on, always shown; every other group is a collapsed part, in this order, so the page stays
// readable as the model gains columns. Other: columns the catalog does not know yet.
enum class MetricGroup {
  Main,
  Speed,
  Kinds,
  Solvers,
  KeyPeople,
  Crisis,
  Network,
  Meetings,
  Initiatives,
  Other
};
inline constexpr int kMetricGroupCount = 10;

// What a value counts. Shares are written as fractions 0–1 and shown as percentages; counts and
// shares have a natural zero and bounds that intervals are clipped to.
enum class MetricUnit { Count, Share, Days, Hours, Index, Flag };

// The files of a run a column is written to: summary.csv (one value per replicate; also runs.csv of
// a sweep and comparison.csv), timeseries.csv (weekly), both, or network.csv (per pair of
// sectors). tests/models/outputs/metrics_test.cpp checks that the model writes each column there.
enum class WrittenTo { Summary, Series, SummaryAndSeries, Network };

// The smallest difference that matters for an outcome the catalogue gives none: 1 % of the value.
inline constexpr double kDefaultSmallestDifference = 0.01;

struct MetricInfo {
  std::string label;        // chart title / axis label, e.g. "Days to resolve a cross-sector case"
  std::string explanation;  // under the title, ending with which direction is better
  bool higherIsBetter = false;
  bool known = false;  // false: a column the catalog does not know; label derived from the name
  MetricGroup group = MetricGroup::Other;
  MetricUnit unit = MetricUnit::Index;
  bool neutral = true;    // describes the situation; neither direction is better
  std::string censoring;  // what is left out or cut off, and when the value is empty ("" if nothing)
  WrittenTo writtenTo = WrittenTo::Summary;
  // The smallest difference between designs that matters, as a part of the value compared with (of
  // what is left undone, for a share above one half): clear_difference.hpp.
  double smallestDifference = kDefaultSmallestDifference;
};

struct GroupInfo {
  std::string_view title;  // name of the group, e.g. "Load on key people" (docs/outputs.md)
  std::string_view intro;  // one sentence on what the group tells a workshop
  std::string_view question =
      {};  // heading of its collapsed part in the report, e.g. "Why? Load on key people"
};

// Outcome columns (summary.csv, runs.csv, timeseries.csv metrics). Unknown names get a readable
// label from the name itself ("foo_bar_days" → "Foo bar (days)") and the group Other.
[[nodiscard]] MetricInfo describeMetric(const std::string& column);

[[nodiscard]] GroupInfo describeGroup(MetricGroup group);

// Unit words: "share (0–1, shown as %)", "days", … and the short suffix used after values ("%", " days").
[[nodiscard]] std::string_view unitName(MetricUnit unit);

// The file names of WrittenTo: "summary.csv", "timeseries.csv", "summary.csv, timeseries.csv", "network.csv".
[[nodiscard]] std::string_view fileNames(WrittenTo writtenTo);

// Every column the catalog describes, in catalog order (for tests and documentation).
[[nodiscard]] std::vector<std::string> catalogedMetrics();

// The columns of a record file ("cases.csv", "people.csv") after scenario and replicate, in the
// order written; empty for any other file.
[[nodiscard]] std::vector<std::string> recordColumnNames(std::string_view file);

// Columns of summary.csv / runs.csv that are bookkeeping, not outcomes (seed, wall time, …).
[[nodiscard]] bool isBookkeepingColumn(const std::string& column);

// Scenario settings varied in a sweep, by dotted path ("hub.size" → "Size of the coordination
// group (people)"); unknown paths are shown as written.
[[nodiscard]] std::string describeParameter(const std::string& dottedPath);

// The natural order of a setting's named values ("hub.mandate": information, advisory, decisive);
// empty when the setting has none (numbers sort as numbers, other text as it first appears).
[[nodiscard]] std::vector<std::string> naturalOrder(const std::string& dottedPath);

// English gloss of a Norwegian sector name ("Helse og velferd" → "Health and welfare", short:
// "Health & welfare" for chart labels); the name itself when there is none.
[[nodiscard]] std::string sectorGloss(const std::string& sector, bool shortForm = false);

// docs/outputs.md: the data dictionary, generated from this catalog (checked by a test).
[[nodiscard]] std::string outputsMarkdown();

}  // namespace samsim::analysis::report
