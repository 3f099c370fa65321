#include "app/sweep_columns.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "analysis/report/csv_file.hpp"
#include "analysis/report/metric_catalog.hpp"
#include "analysis/report/metric_entries.hpp"
#include "app/sweep_run.hpp"
#include "models/municipality_model.hpp"
#include "sim/atomic_file.hpp"
#include "sim/input_error.hpp"
#include "sim/table.hpp"

namespace samsim::app {

namespace fs = std::filesystem;
using analysis::report::CsvFile;

std::string kindName(ColumnKind kind) {
  switch (kind) {
    case ColumnKind::Parameter:
      return "parameter";
    case ColumnKind::Identity:
      return "identity";
    case ColumnKind::Outcome:
      break;
  }
  return "outcome";
}

ColumnDescription describeRunsColumn(const std::string& column, const std::vector<std::string>& parameters) {
  if (std::find(parameters.begin(), parameters.end(), column) != parameters.end()) {
    ColumnDescription d{column, ColumnKind::Parameter, "", ""};
    const std::string label = analysis::report::describeParameter(column);
    for (const auto& entry : models::scenarioSchema().entries())
      if (entry.info.path == column) {
        d.unit = entry.info.unit;
        d.description = entry.info.doc;
      }
    if (label != column) d.description = d.description.empty() ? label : label + ": " + d.description;
    if (d.description.empty()) d.description = "the scenario setting " + column + ", varied by the sweep";
    return d;
  }
  for (const auto& b : analysis::report::detail::bookkeepingColumns())
    if (b.column == column) {
      const bool count = column == "agent_steps";
      return {column, ColumnKind::Identity, count ? "staff × days" : "", std::string(b.meaning)};
    }
  const auto info = analysis::report::describeMetric(column);
  std::string description = info.label;
  if (!info.explanation.empty()) description += ": " + info.explanation;
  return {column, ColumnKind::Outcome, std::string(analysis::report::unitName(info.unit)), description};
}

namespace {

// The summary file of run (p, r), parsed; throws when it is missing, damaged or has other columns
// than the first run's.
CsvFile readRun(const fs::path& dir, std::size_t p, int r, const std::vector<std::string>* columns) {
  const auto path = runFile(dir, p, r, "summary");
  const auto content = readRunFile(dir, p, r, "summary");
  if (!content) throw sim::InputError(path.string() + ": missing or damaged run file; re-run the sweep");
  auto file = CsvFile::parse(*content, path);
  if (file.rowCount() != 1 || (columns != nullptr && file.columns() != *columns))
    throw sim::InputError(
        fmt::format("{}: expected one row with the columns of the sweep's first run; "
                    "re-run the sweep into a new --out directory",
                    path.string()));
  return file;
}

}  // namespace

RunsTable writeRunsTable(const SweepPlan& plan, const fs::path& dir, bool allColumns) {
  // First pass: which columns hold a value in some run.
  std::vector<std::string> header;
  std::vector<bool> used;
  for (std::size_t p = 0; p < plan.points.size(); ++p)
    for (int r = 0; r < plan.replicates; ++r) {
      const auto file = readRun(dir, p, r, header.empty() ? nullptr : &header);
      if (header.empty()) {
        header = file.columns();
        used.assign(header.size(), allColumns);
      }
      for (std::size_t c = 0; c < header.size(); ++c)
        if (!file.cell(0, c).empty()) used[c] = true;
    }
  RunsTable table;
  std::vector<std::size_t> kept;
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (used[c]) {
      kept.push_back(c);
      table.columns.push_back(header[c]);
    } else {
      table.leftOut.push_back(header[c]);
    }
  }
  // Second pass: the kept cells, each as it was written.
  sim::AtomicWriter writer(dir / "runs.csv");
  writer.stream() << sim::Table::csvHeader(table.columns);
  for (std::size_t p = 0; p < plan.points.size(); ++p)
    for (int r = 0; r < plan.replicates; ++r) {
      const auto file = readRun(dir, p, r, &header);
      std::string line;
      for (std::size_t k = 0; k < kept.size(); ++k) {
        if (k) line += ',';
        line += sim::csvEscape(file.cell(0, kept[k]));
      }
      writer.stream() << line << '\n';
    }
  writer.commit();

  sim::Table columns({"name", "kind", "unit", "description"});
  for (const auto& name : table.columns) {
    const auto d = describeRunsColumn(name, plan.parameters);
    columns.add({d.name, kindName(d.kind), d.unit, d.description});
  }
  sim::writeFileAtomically(dir / "columns.csv", columns.toCsv());
  return table;
}

}  // namespace samsim::app
