// Design comparison: for each outcome, the mean over replicates and its 95 % confidence interval
// per design, and the paired difference to the baseline (the first design), replicate by replicate
// — with common random numbers that is what tells whether a design really changes an outcome.
// A single design is a table: one-dot charts say nothing.
#include <fmt/format.h>

#include <cmath>
#include <map>

#include "analysis/report/chart_specs.hpp"
#include "analysis/report/html_page.hpp"
#include "analysis/report/metric_catalog.hpp"
#include "analysis/report/verdict.hpp"
#include "sim/text.hpp"

namespace samsim::analysis::report {
namespace {

struct Estimate {
  std::string scenario;
  double n = 0;
  double mean = 0, low = 0, high = 0;
  std::optional<double> diffMean, diffLow, diffHigh;
};

bool zeroBased(MetricUnit unit) {
  return unit != MetricUnit::Index;
}

// Intervals of counts and shares cannot leave their bounds.
void clip(Estimate& e, MetricUnit unit) {
  if (zeroBased(unit)) e.low = std::max(e.low, 0.0), e.high = std::max(e.high, 0.0);
  if (unit == MetricUnit::Share || unit == MetricUnit::Flag)
    e.low = std::min(e.low, 1.0), e.high = std::min(e.high, 1.0);
}

nlohmann::json intervalLayer(const nlohmann::json& axisTitle, const std::vector<std::string>& order,
                             const char* mean, const char* low, const char* high, bool share, bool zero,
                             int decimals = 0) {
  const nlohmann::json y = {
      {"field", "scenario"}, {"type", "nominal"},
      {"sort", order},       {"scale", {{"domain", order}}},  // same rows in both panels
      {"title", nullptr},    {"axis", {{"labelLimit", 170}}}};
  const char* format = share ? ".1%" : ",.4~g";
  const nlohmann::json tooltip =
      nlohmann::json::array({{{"field", "scenario"}, {"title", "Design"}},
                             {{"field", mean}, {"title", "Average"}, {"format", format}},
                             {{"field", low}, {"title", "95 % interval from"}, {"format", format}},
                             {{"field", high}, {"title", "95 % interval to"}, {"format", format}},
                             {{"field", "n"}, {"title", "Replicates"}}});
  nlohmann::json axis = {{"tickCount", 4}, {"labelOverlap", true}, {"labelFlush", true}};
  if (share)
    axis["format"] = std::string(mean) == "diff" ? fmt::format("+.{}%", decimals) : std::string(".0%");
  else
    axis["format"] = ",.4~g";  // no "0.000000" when every difference is zero
  const nlohmann::json x = {{"field", low},
                            {"type", "quantitative"},
                            {"title", axisTitle},
                            {"scale", {{"zero", zero}}},
                            {"axis", axis}};
  nlohmann::json xMean = x;
  xMean["field"] = mean;
  return nlohmann::json::array(
      {{{"mark", {{"type", "rule"}, {"strokeWidth", 3}}},
        {"encoding", {{"y", y}, {"x", x}, {"x2", {{"field", high}}}}}},
       {{"mark", {{"type", "point"}, {"filled", true}, {"size", 140}, {"opacity", 1}}},
        {"encoding", {{"y", y}, {"x", xMean}, {"tooltip", tooltip}}}}});
}

nlohmann::json estimateChart(const std::vector<Estimate>& rows, const std::vector<std::string>& order,
                             const MetricInfo& info) {
  const bool share = info.unit == MetricUnit::Share;
  nlohmann::json values = nlohmann::json::array();
  nlohmann::json diffs = nlohmann::json::array();
  for (const Estimate& e : rows) {
    values.push_back({{"scenario", e.scenario},
                      {"n", e.n},
                      {"mean", rounded(e.mean)},
                      {"low", rounded(e.low)},
                      {"high", rounded(e.high)}});
    if (e.diffMean && e.diffLow && e.diffHigh)
      diffs.push_back({{"scenario", e.scenario},
                       {"n", e.n},
                       {"diff", rounded(*e.diffMean)},
                       {"diff_low", rounded(*e.diffLow)},
                       {"diff_high", rounded(*e.diffHigh)}});
  }
  const std::string unitTitle = share                            ? "%"
                                : info.unit == MetricUnit::Days  ? "days"
                                : info.unit == MetricUnit::Hours ? "hours"
                                                                 : "";
  const nlohmann::json height = {{"step", 30}};
  nlohmann::json level = {
      {"data", {{"values", values}}},
      {"width", 230},
      {"height", height},
      {"layer", intervalLayer(unitTitle.empty() ? "Average" : "Average (" + unitTitle + ")", order, "mean",
                              "low", "high", share, zeroBased(info.unit))}};
  if (diffs.empty()) return level;
  // Enough decimals on the difference axis that its ticks differ (tiny differences of shares).
  double span = 0.0;
  for (const auto& d : diffs)
    for (const char* f : {"diff_low", "diff_high"})
      if (d[f].is_number()) span = std::max(span, std::fabs(d[f].get<double>()));
  const int decimals =
      span > 0 ? std::clamp(static_cast<int>(std::ceil(-std::log10(span * 100.0))) + 1, 0, 4) : 0;
  // A difference of shares is in percentage points (second line, so the panel keeps its width).
  const std::string diffTitle = fmt::format("Difference from {}", order.front());
  nlohmann::json diffLayers = intervalLayer(
      share ? nlohmann::json::array({diffTitle, "(percentage points)"}) : nlohmann::json(diffTitle), order,
      "diff", "diff_low", "diff_high", share, false, decimals);
  // The zero line: an interval that crosses it means no clear difference from the baseline.
  const nlohmann::json zeroLine = {{"mark", {{"type", "rule"}, {"color", "#666"}, {"strokeDash", {4, 4}}}},
                                   {"encoding", {{"x", {{"datum", 0}, {"type", "quantitative"}}}}}};
  diffLayers.insert(diffLayers.begin(), zeroLine);
  nlohmann::json difference = {
      {"data", {{"values", diffs}}}, {"width", 170}, {"height", height}, {"layer", diffLayers}};
  difference["layer"][1]["encoding"]["y"]["axis"] = {{"labels", false}, {"ticks", false}};
  difference["layer"][2]["encoding"]["y"]["axis"] = {{"labels", false}, {"ticks", false}};
  return {{"hconcat", {level, difference}}, {"spacing", 16}};
}

// From comparison.csv only (no summary.csv): estimates as the compare command computed them. Its
// differences are to its first scenario; against another baseline there are none to show.
std::vector<std::pair<std::string, std::vector<Estimate>>> fromComparison(const CsvFile& file,
                                                                          const std::string& baseline) {
  std::vector<std::pair<std::string, std::vector<Estimate>>> metrics;
  const std::size_t cScenario = file.requireColumn("scenario"), cMetric = file.requireColumn("metric");
  const std::size_t cN = file.requireColumn("n"), cMean = file.requireColumn("mean");
  const std::size_t cLow = file.requireColumn("ci_low"), cHigh = file.requireColumn("ci_high");
  const auto cDiff = file.findColumn("diff_mean"), cDiffLow = file.findColumn("diff_ci_low"),
             cDiffHigh = file.findColumn("diff_ci_high");
  const bool sameBaseline = file.rowCount() > 0 && file.cell(0, cScenario) == baseline;
  for (std::size_t r = 0; r < file.rowCount(); ++r) {
    const std::string& metric = file.cell(r, cMetric);
    if (isBookkeepingColumn(metric)) continue;
    const auto mean = file.number(r, cMean);
    if (!mean) continue;  // no value for this metric (e.g. no cross-sector case was solved)
    Estimate e;
    e.scenario = file.cell(r, cScenario);
    e.n = file.number(r, cN).value_or(0);
    e.mean = *mean;
    e.low = file.number(r, cLow).value_or(*mean);
    e.high = file.number(r, cHigh).value_or(*mean);
    if (cDiff && cDiffLow && cDiffHigh && sameBaseline) {
      e.diffMean = file.number(r, *cDiff);
      e.diffLow = file.number(r, *cDiffLow);
      e.diffHigh = file.number(r, *cDiffHigh);
    }
    auto it = std::find_if(metrics.begin(), metrics.end(), [&](const auto& m) { return m.first == metric; });
    if (it == metrics.end()) it = metrics.insert(metrics.end(), {metric, {}});
    it->second.push_back(std::move(e));
  }
  return metrics;
}

// From summary.csv: means, intervals and paired differences to order.front() (the verdict's
// statistics, one implementation).
std::vector<std::pair<std::string, std::vector<Estimate>>> fromSummary(
    const CsvFile& file, const std::vector<std::string>& order) {
  std::vector<std::pair<std::string, std::vector<Estimate>>> metrics;
  for (std::size_t c : outcomeColumns(file, {})) {
    const auto cells = estimateDesigns(file, c, order);
    std::vector<Estimate> estimates;
    for (std::size_t d = 0; d < order.size(); ++d) {
      if (!cells[d]) continue;
      Estimate e{
          order[d], static_cast<double>(cells[d]->n), cells[d]->mean, cells[d]->low, cells[d]->high, {}, {},
          {}};
      if (cells[d]->hasDiff && cells[d]->n >= 2 && order.size() > 1) {
        e.diffMean = cells[d]->diffMean;
        e.diffLow = cells[d]->diffLow;
        e.diffHigh = cells[d]->diffHigh;
      } else if (d == 0 && order.size() > 1) {
        e.diffMean = e.diffLow = e.diffHigh = 0.0;  // the baseline against itself
      }
      estimates.push_back(std::move(e));
    }
    if (!estimates.empty()) metrics.emplace_back(file.columns()[c], std::move(estimates));
  }
  return metrics;
}

// One design: a table of every outcome with its interval, grouped as the catalog groups them.
std::string singleDesignTable(const std::vector<std::pair<std::string, std::vector<Estimate>>>& metrics) {
  std::string html;
  for (int g = 0; g < kMetricGroupCount; ++g) {
    std::string rows;
    for (const auto& [metric, estimates] : metrics) {
      const MetricInfo info = describeMetric(metric);
      if (static_cast<int>(info.group) != g || estimates.empty()) continue;
      const Estimate& e = estimates.front();
      const int decimals = info.unit == MetricUnit::Count || info.unit == MetricUnit::Hours ? 0
                           : info.unit == MetricUnit::Index                                 ? 3
                                                                                            : 1;
      rows += fmt::format(
          "<tr><td title=\"{}\">{}</td><td class=\"num\">{}</td><td class=\"num ci\">{} – {}</td></tr>\n",
          sim::escapeMarkup(info.explanation), sim::escapeMarkup(info.label),
          sim::escapeMarkup(formatValue(e.mean, info.unit, decimals)),
          sim::escapeMarkup(formatValue(e.low, info.unit, decimals)),
          sim::escapeMarkup(formatValue(e.high, info.unit, decimals)));
    }
    if (rows.empty()) continue;
    html += fmt::format(
        "<h3>{}</h3>\n<table class=\"outcomes\"><thead><tr><th>Outcome</th><th>Average</th><th>95 % "
        "interval</th></tr></thead>\n<tbody>\n{}</tbody></table>\n",
        sim::escapeMarkup(std::string(describeGroup(static_cast<MetricGroup>(g)).title)), rows);
  }
  return html;
}

}  // namespace

Section comparisonSection(const OutputDir& output) {
  Section section;
  const bool several = output.scenarios.size() > 1;
  section.heading = several ? "How large are the differences?" : "Outcomes of the run";
  section.intro =
      several
          ? fmt::format(
                "Left: each dot is the average over all simulated repetitions, the bar around it the 95 % "
                "confidence interval. Right: how much each design differs from {}, measured on runs with the "
                "same random "
                "events; a bar that "
                "does not cross the dashed zero line is a difference beyond chance. Further questions are "
                "folded "
                "away below.",
                output.scenarios.front())
          : "Each value is the average over all simulated repetitions with its 95 % confidence interval.";
  std::vector<std::pair<std::string, std::vector<Estimate>>> metrics;
  if (output.summary) {
    metrics = fromSummary(*output.summary, output.scenarios);
  } else if (output.comparison && !output.scenarios.empty()) {
    metrics = fromComparison(*output.comparison, output.scenarios.front());
  } else if (output.comparison) {
    section.notes.push_back("comparison.csv names no scenario, so there is no comparison.");
    return section;
  } else {
    section.notes.push_back("No summary.csv or comparison.csv in this directory, so there is no comparison.");
    return section;
  }
  if (!several) {
    section.html = singleDesignTable(metrics);
    if (section.html.empty()) section.notes.push_back("The files hold no outcome values.");
    return section;
  }
  for (auto& [metric, estimates] : metrics) {
    const MetricInfo info = describeMetric(metric);
    for (Estimate& e : estimates) clip(e, info.unit);
    section.charts.push_back(
        {info.label, info.explanation, estimateChart(estimates, output.scenarios, info), info.group});
  }
  if (section.charts.empty()) section.notes.push_back("The files hold no outcome values to compare.");
  return section;
}

}  // namespace samsim::analysis::report
