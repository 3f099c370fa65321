#pragma once
// A sweep's runs.csv, tidy: assembled from the per-run summary files (app/sweep_run.hpp) with the
// columns that are empty in every run left out (unless all are asked for), and columns.csv beside
// it saying of each column of runs.csv whether it is a parameter (a setting the sweep varies), an
// outcome (a measure of the run) or identity (which run the row is, and its bookkeeping), with its
// unit and what it means. Column names stay as they were (the varied settings by their dotted
// path), so scripts written for earlier runs.csv files keep working.
#include <filesystem>
#include <string>
#include <vector>

#include "app/sweep_plan.hpp"

namespace samsim::app {

enum class ColumnKind { Parameter, Outcome, Identity };

struct ColumnDescription {
  std::string name;
  ColumnKind kind = ColumnKind::Outcome;
  std::string unit;
  std::string description;
};

// What columns.csv says of a column of runs.csv, given the names of the sweep's parameters.
ColumnDescription describeRunsColumn(const std::string& column, const std::vector<std::string>& parameters);

// "parameter", "outcome" or "identity".
std::string kindName(ColumnKind kind);

struct RunsTable {
  std::vector<std::string> columns;  // written to runs.csv, in order
  std::vector<std::string> leftOut;  // empty in every run, not written (none with allColumns)
};

// Writes DIR/runs.csv and DIR/columns.csv from the finished runs of `plan` under DIR/runs/.
// Throws sim::InputError when a run file is missing or damaged.
RunsTable writeRunsTable(const SweepPlan& plan, const std::filesystem::path& dir, bool allColumns);

}  // namespace samsim::app
