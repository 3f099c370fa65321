#include "analysis/report/chart_specs.hpp"

#include <algorithm>
#include <cmath>

#include "analysis/report/metric_catalog.hpp"

namespace samsim::analysis::report {

nlohmann::json rounded(double value) {
  if (!std::isfinite(value) || value == 0.0)
    return std::isfinite(value) ? nlohmann::json(0.0) : nlohmann::json();
  const double magnitude = std::pow(10.0, 5 - std::floor(std::log10(std::fabs(value))));
  return std::round(value * magnitude) / magnitude;
}

nlohmann::json chartConfig() {
  return {
      {"font", "sans-serif"},
      // Tick labels that would touch are left out: "0.25 0.30", never "0.250.30".
      {"axis",
       {{"labelFontSize", 13}, {"titleFontSize", 14}, {"titleFontWeight", "normal"}, {"labelSeparation", 6}}},
      // Legends readable on a projector: large, opaque swatches and thick line samples.
      {"legend",
       {{"labelFontSize", 14},
        {"titleFontSize", 14},
        {"titleFontWeight", "normal"},
        {"labelLimit", 300},
        {"symbolSize", 260},
        {"symbolStrokeWidth", 4},
        {"symbolOpacity", 1}}},
      {"range",
       {{"category",
         {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"}}}},
      {"header", {{"labelFontSize", 13}, {"titleFontSize", 14}}},
      {"view", {{"stroke", nullptr}}},
      // An empty cell is "not observed": no mark, and a line breaks there instead of dropping to zero.
      {"mark", {{"invalid", kBreakAtGaps}}},
  };
}

std::vector<std::size_t> outcomeColumns(const CsvFile& file, const std::vector<std::string>& excluded) {
  std::vector<std::size_t> columns;
  for (std::size_t c = 0; c < file.columns().size(); ++c) {
    const std::string& name = file.columns()[c];
    if (isBookkeepingColumn(name)) continue;
    if (std::find(excluded.begin(), excluded.end(), name) != excluded.end()) continue;
    // Known outcomes must be numbers (number() names the bad cell); unknown text columns are
    // extra information the report has no chart for.
    if (describeMetric(name).known) {
      for (std::size_t r = 0; r < file.rowCount(); ++r) (void)file.number(r, c);
      columns.push_back(c);
    } else if (file.isNumericColumn(c)) {
      columns.push_back(c);
    }
  }
  return columns;
}

}  // namespace samsim::analysis::report
