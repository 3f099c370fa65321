#pragma once
// The verdict: what each design trades off. For the headline outcomes of the metric catalog, the
// mean and 95 % interval per design, the paired difference to a baseline design (common random
// numbers: replicate r of every design shares its seed), the best design per outcome with ties
// where the difference to the best is not clear (one rule: clear_difference.hpp), and sentences that
// state the clear differences and trade-offs. Used by the report's first section and by the terminal after
// `make run`.
#include <optional>
#include <string>
#include <vector>

#include "analysis/report/clear_difference.hpp"
#include "analysis/report/csv_file.hpp"
#include "analysis/report/metric_catalog.hpp"
#include "analysis/report/output_dir.hpp"
#include "analysis/statistics.hpp"

namespace samsim::analysis::report {

struct VerdictCell {
  std::size_t n = 0;
  double mean = 0.0, low = 0.0, high = 0.0;  // interval clipped to the unit's bounds
  bool hasDiff = false;                      // paired difference to the baseline (not for the baseline)
  double diffMean = 0.0, diffLow = 0.0, diffHigh = 0.0;
  bool clear = false;      // the difference to the baseline is clear (clear_difference.hpp)
  int versusBaseline = 0;  // +1 clearly better than the baseline, −1 clearly worse, 0 no clear difference
  bool best = false;       // best mean, or no clear difference from the best
};

struct VerdictColumn {
  std::string metric;   // summary.csv column
  std::string heading;  // short heading with unit, e.g. "Cases solved (%)"
  MetricInfo info;
};

struct Verdict {
  std::string baseline;
  std::vector<std::string> designs;       // the baseline first
  std::vector<Description> descriptions;  // [design] what it is, from manifest.json; may be empty
  std::vector<VerdictColumn> columns;
  std::vector<std::vector<std::optional<VerdictCell>>> cells;  // [design][column]; empty value: no data
  std::vector<std::string> sentences;
  std::size_t replicates = 0;  // most replicates of any design
};

// One summary.csv column per design: mean, interval clipped to the unit's bounds, paired difference
// to designs.front(), best and ties; empty where a design has no value.
std::vector<std::optional<VerdictCell>> estimateDesigns(const CsvFile& summary, std::size_t column,
                                                        const std::vector<std::string>& designs);

// The headline outcome columns: the catalogue's group Main, in its order (columns absent from a file
// are left out).
const std::vector<std::string>& headlineMetrics();

// `requested` when given (InputError naming --baseline when it is not one of the designs); else the
// design whose scenario has no coordination arena (hub.enabled false in manifest.json); else the
// first design.
std::string chooseBaseline(const OutputDir& output, const std::string& requested);

// From summary.csv; `designs` in display order, `baseline` among them.
Verdict computeVerdict(const CsvFile& summary, const std::vector<std::string>& designs,
                       const std::string& baseline);

// A value in plain units: "78.2 %", "12.5 days", "3,230 h"; `decimals` as chosen per column.
std::string formatValue(double value, MetricUnit unit, int decimals);
int columnDecimals(const Verdict& verdict, std::size_t column);

// The verdict as a fixed-width table for a terminal, with a legend and the sentences.
std::string verdictText(const Verdict& verdict);
// The verdict as an HTML fragment: table, legend and sentences.
std::string verdictHtml(const Verdict& verdict);

}  // namespace samsim::analysis::report
