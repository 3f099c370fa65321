// Outcomes over time: per metric and scenario the daily mean over replicates with its 95 % band,
// the crisis period shaded so a workshop sees what happens when it hits and after it ends.
#include <fmt/format.h>

#include <map>

#include "analysis/report/chart_specs.hpp"
#include "analysis/report/mean_ci.hpp"
#include "analysis/report/metric_catalog.hpp"
#include "sim/input_error.hpp"

namespace samsim::analysis::report {
namespace {

constexpr const char* kDayTitle = "Working day";

nlohmann::json crisisLayers(const std::vector<CrisisPeriod>& periods) {
  nlohmann::json values = nlohmann::json::array();
  bool allSame = true;
  for (const CrisisPeriod& p : periods)
    allSame = allSame && p.startDay == periods.front().startDay && p.endDay == periods.front().endDay;
  if (allSame && !periods.empty()) {
    values.push_back(
        {{"start", periods.front().startDay}, {"end", periods.front().endDay}, {"label", "Crisis"}});
  } else {
    for (const CrisisPeriod& p : periods)
      values.push_back({{"start", p.startDay}, {"end", p.endDay}, {"label", "Crisis (" + p.scenario + ")"}});
  }
  const nlohmann::json x = {{"field", "start"}, {"type", "quantitative"}, {"title", kDayTitle}};
  return nlohmann::json::array(
      {{{"data", {{"values", values}}},
        {"mark", {{"type", "rect"}, {"color", "#888"}, {"opacity", allSame ? 0.22 : 0.1}}},
        {"encoding", {{"x", x}, {"x2", {{"field", "end"}}}}}},
       {{"data", {{"values", values}}},
        {"mark",
         {{"type", "text"},
          {"align", "left"},
          {"baseline", "top"},
          {"dx", 4},
          {"color", "#444"},
          {"fontSize", 13}}},
        {"encoding", {{"x", x}, {"y", {{"value", 4}}}, {"text", {{"field", "label"}}}}}}});
}

}  // namespace

Section timeseriesSection(const OutputDir& output) {
  Section section;
  section.heading = "Over time";
  section.intro =
      "How each outcome develops day by day. Lines are averages over the simulated repetitions, the "
      "shaded band around each line its 95 % confidence interval; the grey area marks the crisis.";
  if (!output.timeseries) {
    section.notes.push_back("No timeseries.csv in this directory, so there are no charts over time.");
    return section;
  }
  const CsvFile& file = *output.timeseries;
  const std::size_t cScenario = file.requireColumn("scenario"), cDay = file.requireColumn("day");
  const std::size_t cMetric = file.requireColumn("metric"), cValue = file.requireColumn("value");

  // metric → scenario → day → values over replicates (ordered maps: stable, sorted days).
  std::vector<std::string> metricOrder;
  double lastDay = 0.0;
  std::map<std::string, std::map<std::string, std::map<double, std::vector<double>>>> series;
  for (std::size_t r = 0; r < file.rowCount(); ++r) {
    const auto day = file.number(r, cDay);
    const auto value = file.number(r, cValue);
    const std::string& metric = file.cell(r, cMetric);
    if (!day)
      throw sim::InputError(
          fmt::format("{}:{}: column 'day' is empty", file.path().string(), file.lineOf(r)));
    if (std::find(metricOrder.begin(), metricOrder.end(), metric) == metricOrder.end())
      metricOrder.push_back(metric);
    lastDay = std::max(lastDay, *day);
    auto& values = series[metric][file.cell(r, cScenario)][*day];
    if (value) values.push_back(*value);
  }

  // A crisis may outlast the simulated period (start 60, 300 days long, 80 days simulated): shade
  // only the part the charts show, so the day axis stays that of the data.
  std::vector<CrisisPeriod> periods;
  for (CrisisPeriod p : crisisPeriods(output)) {
    p.endDay = std::min(p.endDay, lastDay);
    if (p.startDay < p.endDay) periods.push_back(p);
  }
  if (periods.empty() && !crisisPeriods(output).empty())
    section.notes.push_back("The crisis starts after the last simulated day, so no period is shaded.");
  else if (periods.empty())
    section.notes.push_back(output.manifest.is_null()
                                ? "No manifest.json in this directory, so the crisis period cannot be shown."
                                : "No scenario here has a crisis, so no period is shaded.");
  for (const std::string& metric : metricOrder) {
    const MetricInfo info = describeMetric(metric);
    nlohmann::json values = nlohmann::json::array();
    for (const std::string& scenario : output.scenarios) {
      auto perScenario = series[metric].find(scenario);
      if (perScenario == series[metric].end()) continue;
      for (const auto& [day, samples] : perScenario->second) {
        if (samples.empty()) continue;
        const MeanCi ci = meanCi(samples);
        values.push_back({{"scenario", scenario},
                          {"day", day},
                          {"mean", rounded(ci.mean)},
                          {"low", rounded(ci.low)},
                          {"high", rounded(ci.high)}});
      }
    }
    if (values.empty()) continue;
    const nlohmann::json x = {{"field", "day"}, {"type", "quantitative"}, {"title", kDayTitle}};
    const nlohmann::json color = {
        {"field", "scenario"},
        {"type", "nominal"},
        {"sort", output.scenarios},
        {"title", "Design"},
        {"legend", output.scenarios.size() > 1 ? nlohmann::json{{"orient", "bottom"}, {"columns", 2}}
                                               : nlohmann::json(nullptr)}};  // one design: no legend
    nlohmann::json layers = periods.empty() ? nlohmann::json::array() : crisisLayers(periods);
    layers.push_back({{"mark", {{"type", "area"}, {"opacity", 0.2}}},
                      {"encoding",
                       {{"x", x},
                        {"y", {{"field", "low"}, {"type", "quantitative"}, {"title", info.label}}},
                        {"y2", {{"field", "high"}}},
                        {"color", color}}}});
    layers.push_back({{"mark", {{"type", "line"}, {"strokeWidth", 2}}},
                      {"encoding",
                       {{"x", x},
                        {"y", {{"field", "mean"}, {"type", "quantitative"}, {"title", info.label}}},
                        {"color", color},
                        {"tooltip", nlohmann::json::array({{{"field", "scenario"}, {"title", "Design"}},
                                                           {{"field", "day"}, {"title", kDayTitle}},
                                                           {{"field", "mean"}, {"title", "Average"}}})}}}});
    nlohmann::json spec = {
        {"width", 520}, {"height", 240}, {"data", {{"values", values}}}, {"layer", layers}};
    // The crisis layers carry their own data; the series layers use the chart's.
    section.charts.push_back({info.label, info.explanation, std::move(spec), info.group});
  }
  if (section.charts.empty()) section.notes.push_back("timeseries.csv holds no values.");
  return section;
}

}  // namespace samsim::analysis::report
