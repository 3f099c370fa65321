// Design comparison: for each outcome, the mean over replicates and its 95 % confidence interval
// per scenario; for compare output also the paired difference against the first scenario, which
// is what tells whether a design really changes an outcome (common random numbers, issue 5).
#include <fmt/format.h>

#include <map>

#include "analysis/report/chart_specs.hpp"
#include "analysis/report/mean_ci.hpp"
#include "analysis/report/metric_catalog.hpp"

namespace samsim::analysis::report {
namespace {

struct Estimate {
  std::string scenario;
  double n = 0;
  double mean = 0, low = 0, high = 0;
  std::optional<double> diffMean, diffLow, diffHigh;
};

nlohmann::json intervalLayer(const std::string& axisTitle, const std::vector<std::string>& order,
                             const char* mean, const char* low, const char* high) {
  const nlohmann::json y = {
      {"field", "scenario"}, {"type", "nominal"},
      {"sort", order},       {"scale", {{"domain", order}}},  // same rows in both panels
      {"title", nullptr},    {"axis", {{"labelLimit", 260}}}};
  const nlohmann::json tooltip =
      nlohmann::json::array({{{"field", "scenario"}, {"title", "Design"}},
                             {{"field", mean}, {"title", "Average"}, {"format", ".4~g"}},
                             {{"field", low}, {"title", "95 % interval from"}, {"format", ".4~g"}},
                             {{"field", high}, {"title", "95 % interval to"}, {"format", ".4~g"}},
                             {{"field", "n"}, {"title", "Replicates"}}});
  return nlohmann::json::array(
      {{{"mark", {{"type", "rule"}, {"strokeWidth", 3}}},
        {"encoding",
         {{"y", y},
          {"x",
           {{"field", low}, {"type", "quantitative"}, {"title", axisTitle}, {"scale", {{"zero", false}}}}},
          {"x2", {{"field", high}}}}}},
       {{"mark", {{"type", "point"}, {"filled", true}, {"size", 140}, {"opacity", 1}}},
        {"encoding",
         {{"y", y},
          {"x", {{"field", mean}, {"type", "quantitative"}, {"title", axisTitle}}},
          {"tooltip", tooltip}}}}});
}

nlohmann::json estimateChart(const std::vector<Estimate>& rows, const std::vector<std::string>& order,
                             const std::string& label) {
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
  const nlohmann::json height = {{"step", 34}};
  nlohmann::json level = {{"data", {{"values", values}}},
                          {"width", 280},
                          {"height", height},
                          {"layer", intervalLayer(label, order, "mean", "low", "high")}};
  if (diffs.empty()) return level;
  nlohmann::json diffLayers =
      intervalLayer(fmt::format("Difference from {}", order.front()), order, "diff", "diff_low", "diff_high");
  // The zero line: an interval that crosses it means no clear difference from the baseline.
  const nlohmann::json zeroLine = {{"mark", {{"type", "rule"}, {"color", "#888"}, {"strokeDash", {4, 4}}}},
                                   {"encoding", {{"x", {{"datum", 0}, {"type", "quantitative"}}}}}};
  diffLayers.insert(diffLayers.begin(), zeroLine);
  nlohmann::json difference = {
      {"data", {{"values", diffs}}}, {"width", 200}, {"height", height}, {"layer", diffLayers}};
  difference["layer"][1]["encoding"]["y"]["axis"] = {{"labels", false}, {"ticks", false}};
  difference["layer"][2]["encoding"]["y"]["axis"] = {{"labels", false}, {"ticks", false}};
  return {{"hconcat", {level, difference}}, {"spacing", 24}};
}

// From comparison.csv (compare): metric order and estimates as the compare command computed them.
std::vector<std::pair<std::string, std::vector<Estimate>>> fromComparison(const CsvFile& file) {
  std::vector<std::pair<std::string, std::vector<Estimate>>> metrics;
  const std::size_t cScenario = file.requireColumn("scenario"), cMetric = file.requireColumn("metric");
  const std::size_t cN = file.requireColumn("n"), cMean = file.requireColumn("mean");
  const std::size_t cLow = file.requireColumn("ci_low"), cHigh = file.requireColumn("ci_high");
  const auto cDiff = file.findColumn("diff_mean"), cDiffLow = file.findColumn("diff_ci_low"),
             cDiffHigh = file.findColumn("diff_ci_high");
  for (std::size_t r = 0; r < file.rowCount(); ++r) {
    const std::string& metric = file.cell(r, cMetric);
    if (isBookkeepingColumn(metric)) continue;
    const auto mean = file.number(r, cMean);
    if (!mean) continue;  // no value for this metric (e.g. no cross-sector issue was solved)
    Estimate e;
    e.scenario = file.cell(r, cScenario);
    e.n = file.number(r, cN).value_or(0);
    e.mean = *mean;
    e.low = file.number(r, cLow).value_or(*mean);
    e.high = file.number(r, cHigh).value_or(*mean);
    if (cDiff && cDiffLow && cDiffHigh) {
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

// From summary.csv (run): mean and CI over replicates, computed here.
std::vector<std::pair<std::string, std::vector<Estimate>>> fromSummary(
    const CsvFile& file, const std::vector<std::string>& order) {
  std::vector<std::pair<std::string, std::vector<Estimate>>> metrics;
  const std::size_t cScenario = file.requireColumn("scenario");
  for (std::size_t c : outcomeColumns(file, {})) {
    std::vector<Estimate> estimates;
    for (const std::string& scenario : order) {
      std::vector<double> values;
      for (std::size_t r = 0; r < file.rowCount(); ++r)
        if (file.cell(r, cScenario) == scenario)
          if (auto v = file.number(r, c)) values.push_back(*v);
      if (values.empty()) continue;
      const MeanCi ci = meanCi(values);
      estimates.push_back({scenario, static_cast<double>(ci.n), ci.mean, ci.low, ci.high, {}, {}, {}});
    }
    if (!estimates.empty()) metrics.emplace_back(file.columns()[c], std::move(estimates));
  }
  return metrics;
}

}  // namespace

Section comparisonSection(const OutputDir& output) {
  Section section;
  section.heading = output.scenarios.size() > 1 ? "How the designs compare" : "Outcomes of the run";
  section.intro =
      "Each dot is the average over all simulated repetitions; the bar around it is the 95 % confidence "
      "interval: where the true average most likely lies. Bars that do not overlap point to a real "
      "difference.";
  std::vector<std::pair<std::string, std::vector<Estimate>>> metrics;
  if (output.comparison) {
    metrics = fromComparison(*output.comparison);
    section.intro += fmt::format(
        " The right-hand panel shows each design minus '{}', replicate by replicate; an interval that does "
        "not cross the dashed zero line is a clear difference.",
        output.scenarios.front());
  } else if (output.summary) {
    metrics = fromSummary(*output.summary, output.scenarios);
  } else {
    section.notes.push_back("No summary.csv or comparison.csv in this directory, so there is no comparison.");
    return section;
  }
  for (auto& [metric, estimates] : metrics) {
    const MetricInfo info = describeMetric(metric);
    Chart chart{info.label, info.explanation, estimateChart(estimates, output.scenarios, info.label),
                info.group};
    section.charts.push_back(std::move(chart));
  }
  if (section.charts.empty()) section.notes.push_back("The files hold no outcome values to compare.");
  return section;
}

}  // namespace samsim::analysis::report
