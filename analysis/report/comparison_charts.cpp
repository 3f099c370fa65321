// Design comparison: for each outcome, the mean over replicates and its 95 % confidence interval
// per design, and the paired difference to the baseline (the first design), replicate by replicate
// — with common random numbers that is what tells whether a design really changes an outcome.
// A single design is a table: one-dot charts say nothing.
#include <fmt/format.h>

#include <cmath>
#include <map>

#include "analysis/report/chart_specs.hpp"
#include "analysis/report/clear_difference.hpp"
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
  bool clear = false;  // the difference to the first design is clear (clear_difference.hpp)
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

// An axis whose labels never touch: at most four ticks, labels that would meet are left out.
nlohmann::json readableAxis(const std::string& format) {
  return {{"tickCount", 4},
          {"labelOverlap", "greedy"},
          {"labelSeparation", 8},
          {"labelFlush", true},
          {"format", format}};
}

struct Fields {
  const char* mean;
  const char* low;
  const char* high;
  std::string format;  // d3 format of axis and tooltip values
};

nlohmann::json intervalLayer(const nlohmann::json& axisTitle, const std::vector<std::string>& order,
                             const Fields& f, bool zero, nlohmann::json axis,
                             const nlohmann::json& color = nullptr) {
  const nlohmann::json y = {
      {"field", "scenario"}, {"type", "nominal"},
      {"sort", order},       {"scale", {{"domain", order}}},  // same rows in both panels
      {"title", nullptr},    {"axis", {{"labelLimit", 170}}}};
  nlohmann::json tooltip =
      nlohmann::json::array({{{"field", "scenario"}, {"title", "Design"}},
                             {{"field", f.mean}, {"title", "Average"}, {"format", f.format}},
                             {{"field", f.low}, {"title", "95 % interval from"}, {"format", f.format}},
                             {{"field", f.high}, {"title", "95 % interval to"}, {"format", f.format}},
                             {{"field", "n"}, {"title", "Replicates"}}});
  if (!color.is_null()) tooltip.push_back({{"field", "verdict"}, {"title", "Verdict"}});
  const nlohmann::json x = {{"field", f.low},
                            {"type", "quantitative"},
                            {"title", axisTitle},
                            {"scale", {{"zero", zero}}},
                            {"axis", std::move(axis)}};
  nlohmann::json xMean = x;
  xMean["field"] = f.mean;
  nlohmann::json rule = {{"y", y}, {"x", x}, {"x2", {{"field", f.high}}}};
  nlohmann::json point = {{"y", y}, {"x", xMean}, {"tooltip", tooltip}};
  if (!color.is_null()) rule["color"] = point["color"] = color;
  return nlohmann::json::array(
      {{{"mark", {{"type", "rule"}, {"strokeWidth", 3}}}, {"encoding", rule}},
       {{"mark", {{"type", "point"}, {"filled", true}, {"size", 140}, {"opacity", 1}}},
        {"encoding", point}}});
}

nlohmann::json estimateChart(const std::vector<Estimate>& rows, const std::vector<std::string>& order,
                             const MetricInfo& info) {
  const bool share = info.unit == MetricUnit::Share;
  // Differences of shares in percentage points, so that the axis reads "+0.02" under that title.
  const double diffScale = share ? 100.0 : 1.0;
  nlohmann::json values = nlohmann::json::array();
  nlohmann::json diffs = nlohmann::json::array();
  std::optional<double> reference;  // the first design's mean: what the others are compared with
  for (const Estimate& e : rows) {
    if (e.scenario == order.front()) reference = e.mean;
    values.push_back({{"scenario", e.scenario},
                      {"n", e.n},
                      {"mean", rounded(e.mean)},
                      {"low", rounded(e.low)},
                      {"high", rounded(e.high)}});
    if (e.diffMean && e.diffLow && e.diffHigh)
      diffs.push_back({{"scenario", e.scenario},
                       {"n", e.n},
                       {"diff", rounded(diffScale * *e.diffMean)},
                       {"diff_low", rounded(diffScale * *e.diffLow)},
                       {"diff_high", rounded(diffScale * *e.diffHigh)},
                       {"verdict", e.scenario == order.front() ? "the design compared with"
                                   : e.clear                   ? "clear difference"
                                                               : "no clear difference"}});
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
      {"layer", intervalLayer(unitTitle.empty() ? "Average" : "Average (" + unitTitle + ")", order,
                              {"mean", "low", "high", share ? ".1%" : ",.4~r"}, zeroBased(info.unit),
                              readableAxis(share ? ".0%" : ",.4~r"))}};
  if (diffs.empty()) return level;
  // The smallest difference that matters, around zero: a difference inside it is not clear however
  // certain (clear_difference.hpp).
  const double smallest = reference ? diffScale * smallestDifference(info, *reference) : 0.0;
  // Enough decimals that the ticks of tiny differences differ; trailing zeros left off.
  double span = smallest;
  for (const auto& d : diffs)
    for (const char* f : {"diff_low", "diff_high"})
      if (d[f].is_number()) span = std::max(span, std::fabs(d[f].get<double>()));
  const int decimals = span > 0 ? std::clamp(static_cast<int>(std::ceil(-std::log10(span))) + 1, 0, 4) : 0;
  const std::string diffFormat = share ? fmt::format("+,.{}~f", decimals) : std::string("+,.3~r");
  nlohmann::json diffAxis = readableAxis(diffFormat);
  diffAxis["labelExpr"] = fmt::format("datum.value === 0 ? '0' : format(datum.value, '{}')", diffFormat);
  const std::string diffTitle = fmt::format("Difference from {}", order.front());
  const nlohmann::json clearColor = {
      {"field", "verdict"},
      {"type", "nominal"},
      {"scale",
       {{"domain", {"clear difference", "no clear difference", "the design compared with"}},
        {"range", {"#1f4e79", "#9e9e9e", "#9e9e9e"}}}},
      {"legend", nullptr}};
  nlohmann::json diffLayers = intervalLayer(
      share ? nlohmann::json::array({diffTitle, "(percentage points)"}) : nlohmann::json(diffTitle), order,
      {"diff", "diff_low", "diff_high", diffFormat}, false, diffAxis, clearColor);
  // Behind the bars: the band of differences too small to matter, and the zero line.
  const nlohmann::json band = {
      {"data", {{"values", nlohmann::json::array({{{"from", -smallest}, {"to", smallest}}})}}},
      {"mark", {{"type", "rect"}, {"color", "#e0e0e0"}, {"opacity", 0.8}}},
      {"encoding",
       {{"x", {{"field", "from"}, {"type", "quantitative"}}},
        {"x2", {{"field", "to"}}},
        {"tooltip", nlohmann::json::array({{{"field", "to"},
                                            {"title", "Smallest difference that matters"},
                                            {"format", share ? ".3~f" : ",.3~r"}}})}}}};
  const nlohmann::json zeroLine = {{"mark", {{"type", "rule"}, {"color", "#666"}, {"strokeDash", {4, 4}}}},
                                   {"encoding", {{"x", {{"datum", 0}, {"type", "quantitative"}}}}}};
  diffLayers.insert(diffLayers.begin(), zeroLine);
  if (smallest > 0) diffLayers.insert(diffLayers.begin(), band);
  const std::size_t first = smallest > 0 ? 2 : 1;  // the interval layers after band and zero line
  nlohmann::json difference = {
      {"data", {{"values", diffs}}}, {"width", 170}, {"height", height}, {"layer", diffLayers}};
  difference["layer"][first]["encoding"]["y"]["axis"] = {{"labels", false}, {"ticks", false}};
  difference["layer"][first + 1]["encoding"]["y"]["axis"] = {{"labels", false}, {"ticks", false}};
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
  // The same rule as the verdict, on the differences compare wrote (to the baseline's mean).
  for (auto& [metric, estimates] : metrics) {
    const auto base = std::find_if(estimates.begin(), estimates.end(),
                                   [&](const Estimate& e) { return e.scenario == baseline; });
    if (base == estimates.end()) continue;
    const MetricInfo info = describeMetric(metric);
    for (Estimate& e : estimates)
      if (e.diffMean && e.diffLow && e.diffHigh && &e != &*base)
        e.clear = isClearDifference(
            Interval{static_cast<std::size_t>(e.n), *e.diffMean, *e.diffLow, *e.diffHigh}, base->mean, info);
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
        e.clear = cells[d]->clear;
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
                "confidence interval. Right: how much each design differs from {}, on runs with the same "
                "random events; dark bars are clear differences, grey ones are not, and the grey band around "
                "zero holds the differences too small to matter. {} Further questions are folded away below.",
                output.scenarios.front(), clearDifferenceRule())
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
