#pragma once
// Vega-Lite chart specifications for the report, grouped in sections. Each section builder turns
// one kind of output (comparison, time series, network, sweep) into charts with inline data, so
// the HTML page never loads anything. Titles and axes use metric_catalog's plain language.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis/report/metric_catalog.hpp"
#include "analysis/report/output_dir.hpp"

namespace samsim::analysis::report {

struct Chart {
  std::string title;                      // shown above the chart
  std::string explanation;                // one or two sentences under the title
  nlohmann::json spec;                    // Vega-Lite, data inline
  MetricGroup group = MetricGroup::Main;  // charts outside Main go into collapsed parts of the section
  std::string html{};                     // a ready HTML fragment under the chart (a ranked table), or ""
};

struct Section {
  std::string heading;
  std::string intro;
  std::vector<Chart> charts;
  std::vector<std::string> notes;  // why something is not shown
  std::string html;                // a ready HTML fragment shown before the charts (the verdict table)
  bool compact = false;            // small charts side by side (the organisation picture per design)
  bool collapsed = false;          // the whole section folded away under its heading
  bool glance = false;             // first screen: side by side with the next glance section on wide screens
};

Section comparisonSection(const OutputDir& output);  // mean and 95 % CI per outcome and design
Section timeseriesSection(const OutputDir& output);  // outcomes over time, crisis shaded
Section networkSection(const OutputDir& output);     // sector-to-sector ties and holes
Section sweepSection(const OutputDir& output);       // response of outcomes to each varied setting
// One outcome over time, one line per design, the crisis shaded (the first-screen timeline).
Section timelineSection(const OutputDir& output, const std::string& metric);

// Shared building blocks.
// Vega-Lite's mode for empty values (null, NaN): lines and bands break there, other marks are left
// out, and the axes still span the whole period. Vega-Lite's `null` mode would draw them at zero.
inline constexpr const char* kBreakAtGaps = "break-paths-show-domains";

nlohmann::json rounded(double value);  // 6 significant digits: smaller pages, same picture
nlohmann::json chartConfig();          // fonts large enough for a projector
// Outcome columns of a summary-like table: numeric, not bookkeeping, not excluded.
std::vector<std::size_t> outcomeColumns(const CsvFile& file, const std::vector<std::string>& excluded);

}  // namespace samsim::analysis::report
