#pragma once
// Names of earlier versions: outcome columns samsim no longer writes, each with the column that
// replaced it and the samsim version (and date) of the change. The report reads result
// directories of earlier versions through this table, so an old result is shown, compared and
// judged under today's names and words; docs/outputs.md lists it. A column that is renamed gets a
// row here and its catalogue entry (metric_entries.cpp) moves to the new name.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "analysis/report/csv_file.hpp"

namespace samsim::analysis::report {

struct EarlierColumn {
  std::string_view name;        // as earlier versions wrote it
  std::string_view replacedBy;  // the column that took its place (itself perhaps renamed later)
  std::string_view version;     // samsim version whose output first has the new name
  std::string_view date;        // day of the change (versions before 1.0 share a number)
  std::string_view why;         // one sentence: what changed, so a reader trusts the mapping
};

// In the order of the changes, oldest first.
[[nodiscard]] std::span<const EarlierColumn> earlierColumns();

// Today's name of a column: `column` itself unless an earlier version wrote it under another
// name (followed through successive renames).
[[nodiscard]] std::string currentColumnName(const std::string& column);

// Gives the columns of `file` (summary.csv, runs.csv) today's names, except where the file also
// has a column of that name already.
void adoptCurrentColumnNames(CsvFile& file);

// Gives the cells of `column` (the metric column of timeseries.csv or comparison.csv, the output
// column of sensitivity.csv) today's names, except where the file also uses that name already.
void adoptCurrentMetricNames(CsvFile& file, std::size_t column);

}  // namespace samsim::analysis::report
