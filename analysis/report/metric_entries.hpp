#pragma once
// The catalog's table of outcome columns (metric_entries.cpp), shared by metric_catalog.cpp and
// metric_docs.cpp. Internal to the report. Only columns samsim writes today: names of earlier
// versions are in earlier_columns.hpp.
#include <span>
#include <string_view>

#include "analysis/report/metric_catalog.hpp"

namespace samsim::analysis::report::detail {

// Which way a workshop should read a metric. Neutral: it describes the situation (how many cases
// came up, which route solved them), not how well the municipality did.
enum class Better { Higher, Lower, Neutral };

struct Entry {
  std::string_view column;
  std::string_view label;
  std::string_view explanation;
  Better better;
  MetricGroup group;
  MetricUnit unit;
  std::string_view censoring;                // "" when nothing is left out and the value is always present
  WrittenTo writtenTo = WrittenTo::Summary;  // most columns are one value per replicate
  // The smallest difference between designs that matters, as a part of the value compared with
  // (clear_difference.hpp); most outcomes 1 %, the headline outcomes as a room would notice.
  double smallestDifference = kDefaultSmallestDifference;
};

std::span<const Entry> metricEntries();

// Columns of summary.csv and runs.csv that identify a row or time it, not outcomes.
struct Bookkeeping {
  std::string_view column;
  std::string_view meaning;
};
std::span<const Bookkeeping> bookkeepingColumns();

// The columns of the case and person records (models/outputs/records.cpp), in the order written
// after scenario and replicate. tests/models/outputs/metrics_test.cpp keeps them equal to what the
// model writes, file by file.
struct RecordColumn {
  std::string_view file;  // "cases.csv" or "people.csv"
  std::string_view column;
  std::string_view unit;     // "" for identifiers and names
  std::string_view meaning;  // including when it is empty
};
std::span<const RecordColumn> recordColumns();

}  // namespace samsim::analysis::report::detail
