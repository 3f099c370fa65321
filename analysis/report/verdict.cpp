// Computing the verdict: estimates, paired differences, best and ties, and the sentences.
#include "analysis/report/verdict.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>

#include "analysis/statistics.hpp"
#include "sim/input_error.hpp"
#include "sim/text.hpp"

namespace samsim::analysis::report {
namespace {

// How a sentence names an outcome: better/worse than the baseline, best/worst of all designs.
struct Phrases {
  std::string_view metric, better, worse, best, worst;
};

constexpr Phrases kPhrases[] = {
    {"resolved_share", "solves more cases", "solves fewer cases", "solves the most cases",
     "leaves the most cases unsolved"},
    {"rmst_days", "resolves cases sooner", "takes longer to resolve cases", "resolves cases fastest",
     "takes longest to resolve cases"},
    {"cross_sector_rmst_days", "resolves cross-sector cases sooner", "takes longer with cross-sector cases",
     "resolves cross-sector cases fastest", "takes longest with cross-sector cases"},
    {"service_continuity", "keeps more critical services running", "keeps fewer critical services running",
     "keeps the most critical services running", "keeps the fewest critical services running"},
    {"overload_share", "overloads staff less often", "overloads staff more often", "overloads staff least",
     "overloads staff most"},
    {"meeting_hours", "spends fewer hours in meetings", "spends more hours in meetings",
     "spends the fewest hours in meetings", "spends the most hours in meetings"},
    {"solved_latency_mean_days", "solves the cases it does solve sooner",
     "solves the cases it does solve more slowly", "solves the cases it does solve fastest",
     "solves the cases it does solve most slowly"},
};

struct OwnedPhrases {
  std::string better, worse, best, worst;
};
OwnedPhrases owned(const VerdictColumn& column) {
  for (const Phrases& p : kPhrases)
    if (p.metric == column.metric)
      return {std::string(p.better), std::string(p.worse), std::string(p.best), std::string(p.worst)};
  const std::string label = column.info.label;
  return {"does better on " + label, "does worse on " + label, "does best on " + label,
          "does worst on " + label};
}

std::string shortHeading(const std::string& metric, const MetricInfo& info) {
  static const std::map<std::string, std::string> headings = {
      {"resolved_share", "Cases solved (%)"},          {"rmst_days", "Days to resolve"},
      {"cross_sector_rmst_days", "Cross-sector days"}, {"service_continuity", "Services kept (%)"},
      {"overload_share", "Days overloaded (%)"},       {"meeting_hours", "Meeting hours"},
  };
  auto it = headings.find(metric);
  return it != headings.end() ? it->second : info.label;
}

double better(const MetricInfo& info, double a, double b) {  // > 0 when a is better than b
  return info.higherIsBetter ? a - b : b - a;
}

void clip(VerdictCell& cell, MetricUnit unit) {
  const bool bounded = unit == MetricUnit::Share || unit == MetricUnit::Flag;
  if (unit != MetricUnit::Index) {
    cell.low = std::max(cell.low, 0.0);
    cell.high = std::max(cell.high, 0.0);
  }
  if (bounded) {
    cell.low = std::min(cell.low, 1.0);
    cell.high = std::min(cell.high, 1.0);
  }
}

// Per design: replicate → value (empty cells left out).
using Samples = std::vector<std::map<std::string, double>>;

// One outcome across the designs.
struct ColumnData {
  VerdictColumn column;
  Samples samples;
  std::vector<std::optional<VerdictCell>> cells;
  std::optional<std::size_t> best;   // best mean
  bool bestAlone = false;            // every other design is clearly worse
  std::optional<std::size_t> worst;  // worst mean, clearly worse than the best
};

Interval paired(const std::map<std::string, double>& a, const std::map<std::string, double>& b) {
  std::vector<double> x, y;
  for (const auto& [replicate, value] : a)
    if (auto it = b.find(replicate); it != b.end()) {
      x.push_back(value);
      y.push_back(it->second);
    }
  return pairedDifference(x, y);
}

ColumnData estimate(const CsvFile& summary, std::size_t c, const std::vector<std::string>& designs) {
  ColumnData data;
  const std::string& metric = summary.columns()[c];
  data.column.metric = metric;
  data.column.info = describeMetric(metric);
  data.column.heading = shortHeading(metric, data.column.info);
  const std::size_t cScenario = summary.requireColumn("scenario"),
                    cReplicate = summary.requireColumn("replicate");
  data.samples.resize(designs.size());
  std::vector<std::size_t> rows(designs.size(), 0);
  for (std::size_t r = 0; r < summary.rowCount(); ++r) {
    const auto d = std::find(designs.begin(), designs.end(), summary.cell(r, cScenario));
    if (d == designs.end()) continue;
    ++rows[static_cast<std::size_t>(d - designs.begin())];
    if (auto value = summary.number(r, c))
      data.samples[static_cast<std::size_t>(d - designs.begin())][summary.cell(r, cReplicate)] = *value;
  }
  const MetricInfo& info = data.column.info;
  // A design missing the value in some replicates is judged on no difference: a measure can be
  // missing exactly in a design's worst runs (a 90th percentile beyond the horizon), and comparing
  // only the runs where it exists would flatter that design.
  std::vector<bool> complete(designs.size());
  for (std::size_t d = 0; d < designs.size(); ++d) complete[d] = data.samples[d].size() == rows[d];
  const bool allComplete = std::all_of(complete.begin(), complete.end(), [](bool b) { return b; });
  for (std::size_t d = 0; d < designs.size(); ++d) {
    if (data.samples[d].empty()) {
      data.cells.emplace_back();
      continue;
    }
    std::vector<double> values;
    for (const auto& [replicate, value] : data.samples[d]) values.push_back(value);
    const Interval ci = meanInterval(values);
    VerdictCell cell;
    cell.n = ci.n;
    cell.mean = ci.mean;
    cell.low = std::isfinite(ci.low) ? ci.low : ci.mean;
    cell.high = std::isfinite(ci.high) ? ci.high : ci.mean;
    clip(cell, info.unit);
    if (d > 0 && !data.samples[0].empty()) {
      const Interval diff = paired(data.samples[0], data.samples[d]);
      cell.hasDiff = diff.n > 0;
      cell.diffMean = diff.mean;
      cell.diffLow = diff.low;
      cell.diffHigh = diff.high;
      cell.clear = complete[0] && complete[d] && isClearDifference(diff, data.cells[0]->mean, info);
      if (cell.clear && !info.neutral) cell.versusBaseline = better(info, diff.mean, 0.0) > 0 ? 1 : -1;
    }
    data.cells.push_back(cell);
    if (!data.best || better(info, cell.mean, data.cells[*data.best]->mean) > 0) data.best = d;
    if (!data.worst || better(info, cell.mean, data.cells[*data.worst]->mean) < 0) data.worst = d;
  }
  if (!allComplete) data.worst.reset();
  if (!data.best || info.neutral || !allComplete) return data;
  std::size_t tied = 0;
  for (std::size_t d = 0; d < designs.size(); ++d) {
    if (!data.cells[d]) continue;
    const bool same = d == *data.best || !isClearDifference(paired(data.samples[*data.best], data.samples[d]),
                                                            data.cells[*data.best]->mean, info);
    data.cells[d]->best = same;
    tied += same ? 1 : 0;
  }
  data.bestAlone = tied == 1;
  if (data.worst && data.cells[*data.worst]->best) data.worst.reset();
  return data;
}

std::string joinPhrases(const std::vector<std::string>& parts) {
  std::string text;
  for (std::size_t i = 0; i < parts.size(); ++i)
    text += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
  return text;
}

int decimalsFor(const std::vector<std::optional<VerdictCell>>& cells, MetricUnit unit) {
  // Enough decimals that the narrowest interval is not rounded away, within two of the default.
  const int base = unit == MetricUnit::Hours || unit == MetricUnit::Count ? 0 : 1;
  const double scale = unit == MetricUnit::Share ? 100.0 : 1.0;
  double narrowest = std::numeric_limits<double>::infinity();
  for (const auto& cell : cells)
    if (cell && cell->high > cell->low) narrowest = std::min(narrowest, (cell->high - cell->low) * scale / 2);
  int decimals = base;
  while (decimals < base + 2 && std::isfinite(narrowest) && narrowest < std::pow(10.0, -decimals)) ++decimals;
  return decimals;
}

std::string valueOf(const ColumnData& data, std::size_t d) {
  return formatValue(data.cells[d]->mean, data.column.info.unit,
                     decimalsFor(data.cells, data.column.info.unit));
}

void differenceSentences(Verdict& v, const std::vector<ColumnData>& columns) {
  for (std::size_t d = 1; d < v.designs.size(); ++d) {
    std::vector<std::string> gains, losses;
    for (const ColumnData& data : columns) {
      const auto& cell = data.cells[d];
      if (!cell || !data.cells[0] || cell->versusBaseline == 0) continue;
      const OwnedPhrases p = owned(data.column);
      (cell->versusBaseline > 0 ? gains : losses)
          .push_back(fmt::format("{} ({} against {})", cell->versusBaseline > 0 ? p.better : p.worse,
                                 valueOf(data, d), valueOf(data, 0)));
    }
    if (gains.empty() && losses.empty())
      v.sentences.push_back(
          fmt::format("{} shows no clear difference from {} on these outcomes.", v.designs[d], v.baseline));
    else if (gains.empty())
      v.sentences.push_back(
          fmt::format("Compared with {}, {} {}.", v.baseline, v.designs[d], joinPhrases(losses)));
    else
      v.sentences.push_back(fmt::format("Compared with {}, {} {}{}.", v.baseline, v.designs[d],
                                        joinPhrases(gains),
                                        losses.empty() ? "" : ", but " + joinPhrases(losses)));
  }
}

// A design best on some outcomes, alone, and clearly worst on others: one sentence per design.
void tradeOffSentences(Verdict& v, const std::vector<ColumnData>& headline,
                       const std::vector<ColumnData>& side) {
  std::vector<const ColumnData*> candidates;
  candidates.reserve(side.size() + headline.size());
  for (const ColumnData& data : side) candidates.push_back(&data);
  for (const ColumnData& data : headline) candidates.push_back(&data);
  for (std::size_t d = 0; d < v.designs.size(); ++d) {
    std::vector<std::string> strengths, weaknesses;
    for (const ColumnData* strong : candidates)
      if (strong->bestAlone && strong->best == d)
        strengths.push_back(fmt::format("{} ({})", owned(strong->column).best, valueOf(*strong, d)));
    for (const ColumnData& weak : headline)
      if (weak.worst == d)
        weaknesses.push_back(fmt::format("{} ({})", owned(weak.column).worst, valueOf(weak, d)));
    if (!strengths.empty() && !weaknesses.empty())
      v.sentences.push_back(fmt::format("Trade-off: {} {}, but {}.", v.designs[d], joinPhrases(strengths),
                                        joinPhrases(weaknesses)));
  }
}

}  // namespace

std::vector<std::optional<VerdictCell>> estimateDesigns(const CsvFile& summary, std::size_t column,
                                                        const std::vector<std::string>& designs) {
  return estimate(summary, column, designs).cells;
}

const std::vector<std::string>& headlineMetrics() {
  // The catalogue's headline group, in its order (metric_entries.cpp).
  static const std::vector<std::string> metrics = [] {
    std::vector<std::string> out;
    for (const std::string& column : catalogedMetrics())
      if (describeMetric(column).group == MetricGroup::Main) out.push_back(column);
    return out;
  }();
  return metrics;
}

std::string chooseBaseline(const OutputDir& output, const std::string& requested) {
  const auto& designs = output.scenarios;
  if (!requested.empty()) {
    // As `compare --baseline`: the first scenario, in the manifest's order, whose file, file stem
    // or name is the one asked for; a result without those records is matched by name only.
    if (const auto list = output.manifest.find("scenarios");
        output.manifest.is_object() && list != output.manifest.end() && list->is_array())
      for (const auto& s : *list) {
        const auto name = s.find("name");
        if (name == s.end() || !name->is_string()) continue;
        const auto file = s.find("file");
        const std::string path =
            file != s.end() && file->is_string() ? file->get<std::string>() : std::string();
        const bool matches = name->get<std::string>() == requested ||
                             (!path.empty() && (path == requested ||
                                                std::filesystem::path(path).stem().string() == requested));
        if (matches && std::find(designs.begin(), designs.end(), name->get<std::string>()) != designs.end())
          return name->get<std::string>();
      }
    if (std::find(designs.begin(), designs.end(), requested) != designs.end()) return requested;
    std::string names;
    for (const std::string& d : designs) names += (names.empty() ? "" : ", ") + d;
    throw sim::InputError(
        fmt::format("--baseline: {} is not a design, file or file stem in {}; expected one of: {}",
                    sim::quoted(requested), output.dir.string(), names));
  }
  if (const auto list = output.manifest.find("scenarios");
      output.manifest.is_object() && list != output.manifest.end() && list->is_array())
    for (const auto& s : *list) {
      const auto hub = s.find("hub");
      const auto name = s.find("name");
      if (hub == s.end() || name == s.end() || !hub->is_object() || !name->is_string()) continue;
      const auto enabled = hub->find("enabled");
      if (enabled != hub->end() && enabled->is_boolean() && !enabled->get<bool>() &&
          std::find(designs.begin(), designs.end(), name->get<std::string>()) != designs.end())
        return name->get<std::string>();
    }
  return designs.empty() ? std::string() : designs.front();
}

Verdict computeVerdict(const CsvFile& summary, const std::vector<std::string>& designs,
                       const std::string& baseline) {
  Verdict v;
  v.baseline = baseline;
  v.designs.push_back(baseline);
  for (const std::string& d : designs)
    if (d != baseline) v.designs.push_back(d);
  std::vector<ColumnData> headline, side;
  for (const std::string& metric : headlineMetrics())
    if (auto c = summary.findColumn(metric)) headline.push_back(estimate(summary, *c, v.designs));
  // The solved-only average (an older output's name for it is read as this one: earlier_columns.hpp).
  if (auto c = summary.findColumn("solved_latency_mean_days"))
    side.push_back(estimate(summary, *c, v.designs));
  v.cells.assign(v.designs.size(), {});
  for (const ColumnData& data : headline) {
    v.columns.push_back(data.column);
    for (std::size_t d = 0; d < v.designs.size(); ++d) {
      v.cells[d].push_back(data.cells[d]);
      if (data.cells[d]) v.replicates = std::max(v.replicates, data.cells[d]->n);
    }
  }
  differenceSentences(v, headline);
  tradeOffSentences(v, headline, side);
  return v;
}

int columnDecimals(const Verdict& verdict, std::size_t column) {
  std::vector<std::optional<VerdictCell>> cells;
  for (const auto& row : verdict.cells) cells.push_back(row[column]);
  return decimalsFor(cells, verdict.columns[column].info.unit);
}

std::string formatValue(double value, MetricUnit unit, int decimals) {
  if (!std::isfinite(value)) return "–";
  if (unit == MetricUnit::Share) return fmt::format("{:.{}f} %", value * 100.0, decimals);
  std::string number = fmt::format("{:.{}f}", value, decimals);
  // Thousands separated by commas: 3,230.
  const auto dot = number.find('.');
  std::size_t digitsEnd = dot == std::string::npos ? number.size() : dot;
  const std::size_t digitsStart = number[0] == '-' ? 1 : 0;
  for (std::size_t at = digitsEnd; at > digitsStart + 3; at -= 3) number.insert(at - 3, ",");
  if (unit == MetricUnit::Days) return number + " days";
  if (unit == MetricUnit::Hours) return number + " h";
  return number;
}

}  // namespace samsim::analysis::report
