#include "analysis/report/earlier_columns.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace samsim::analysis::report {
namespace {

constexpr std::string_view kSolvedOnly =
    "Renamed when the restricted mean time to resolution (rmst_days) came in: a mean over solved cases "
    "only says so in its name; same definition.";

constexpr std::array kEarlier = {
    EarlierColumn{"latency_mean_days", "solved_latency_mean_days", "0.1.0", "2026-11-23", kSolvedOnly},
    EarlierColumn{"latency_median_days", "solved_latency_median_days", "0.1.0", "2026-11-23", kSolvedOnly},
    EarlierColumn{"latency_p90_days", "solved_latency_p90_days", "0.1.0", "2026-11-23", kSolvedOnly},
    EarlierColumn{"cross_sector_latency_mean_days", "cross_sector_solved_latency_mean_days", "0.1.0",
                  "2026-11-23", kSolvedOnly},
    EarlierColumn{"q1_latency_mean_days", "q1_solved_latency_mean_days", "0.1.0", "2026-11-23", kSolvedOnly},
    EarlierColumn{"q2_latency_mean_days", "q2_solved_latency_mean_days", "0.1.0", "2026-11-23", kSolvedOnly},
    EarlierColumn{"q3_latency_mean_days", "q3_solved_latency_mean_days", "0.1.0", "2026-11-23", kSolvedOnly},
    EarlierColumn{"q4_latency_mean_days", "q4_solved_latency_mean_days", "0.1.0", "2026-11-23", kSolvedOnly},
};

}  // namespace

std::span<const EarlierColumn> earlierColumns() {
  return kEarlier;
}

std::string currentColumnName(const std::string& column) {
  std::string name = column;
  // Later rows rename what earlier rows produced; one pass in table order follows the chain.
  for (const EarlierColumn& e : kEarlier)
    if (e.name == name) name = std::string(e.replacedBy);
  return name;
}

void adoptCurrentColumnNames(CsvFile& file) {
  const std::set<std::string> present(file.columns().begin(), file.columns().end());
  for (std::size_t c = 0; c < file.columns().size(); ++c) {
    const std::string current = currentColumnName(file.columns()[c]);
    if (current != file.columns()[c] && !present.contains(current)) file.renameColumn(c, current);
  }
}

void adoptCurrentMetricNames(CsvFile& file, std::size_t column) {
  std::set<std::string> present;
  for (std::size_t r = 0; r < file.rowCount(); ++r) present.insert(file.cell(r, column));
  for (std::size_t r = 0; r < file.rowCount(); ++r) {
    const std::string current = currentColumnName(file.cell(r, column));
    if (current != file.cell(r, column) && !present.contains(current)) file.setCell(r, column, current);
  }
}

}  // namespace samsim::analysis::report
