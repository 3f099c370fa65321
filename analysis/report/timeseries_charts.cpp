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

// metric → scenario → day → values over replicates (ordered maps: stable, sorted days).
struct Series {
  std::vector<std::string> metricOrder;
  double lastDay = 0.0;
  std::map<std::string, std::map<std::string, std::map<double, std::vector<double>>>> values;
};

Series readSeries(const CsvFile& file) {
  const std::size_t cScenario = file.requireColumn("scenario"), cDay = file.requireColumn("day");
  const std::size_t cMetric = file.requireColumn("metric"), cValue = file.requireColumn("value");
  Series series;
  for (std::size_t r = 0; r < file.rowCount(); ++r) {
    const auto day = file.number(r, cDay);
    const auto value = file.number(r, cValue);
    const std::string& metric = file.cell(r, cMetric);
    if (!day)
      throw sim::InputError(
          fmt::format("{}:{}: column 'day' is empty", file.path().string(), file.lineOf(r)));
    if (std::find(series.metricOrder.begin(), series.metricOrder.end(), metric) == series.metricOrder.end())
      series.metricOrder.push_back(metric);
    series.lastDay = std::max(series.lastDay, *day);
    auto& values = series.values[metric][file.cell(r, cScenario)][*day];
    if (value) values.push_back(*value);  // empty: not observed; the day stays, as a gap
  }
  return series;
}

// A crisis may outlast the simulated period (start 60, 300 days long, 80 days simulated): shade
// only the part the charts show, so the day axis stays that of the data.
std::vector<CrisisPeriod> shownCrises(const OutputDir& output, double lastDay,
                                      std::vector<std::string>& notes) {
  std::vector<CrisisPeriod> periods;
  for (CrisisPeriod p : crisisPeriods(output)) {
    p.endDay = std::min(p.endDay, lastDay);
    if (p.startDay < p.endDay) periods.push_back(p);
  }
  if (periods.empty() && !crisisPeriods(output).empty())
    notes.push_back("The crisis starts after the last simulated day, so no period is shaded.");
  else if (periods.empty())
    notes.push_back(output.manifest.is_null()
                        ? "No manifest.json in this directory, so the crisis period cannot be shown."
                        : "No scenario here has a crisis, so no period is shaded.");
  return periods;
}

std::optional<Chart> seriesChart(const OutputDir& output, const Series& series, const std::string& metric,
                                 const std::vector<CrisisPeriod>& periods, bool wide) {
  const MetricInfo info = describeMetric(metric);
  const bool share = info.unit == MetricUnit::Share;
  const bool natural = info.unit == MetricUnit::Share || info.unit == MetricUnit::Count ||
                       info.unit == MetricUnit::Hours || info.unit == MetricUnit::Days;
  nlohmann::json values = nlohmann::json::array();
  const auto perMetric = series.values.find(metric);
  if (perMetric == series.values.end()) return std::nullopt;
  bool any = false;
  for (const std::string& scenario : output.scenarios) {
    auto perScenario = perMetric->second.find(scenario);
    if (perScenario == perMetric->second.end()) continue;
    for (const auto& [day, samples] : perScenario->second) {
      if (samples.empty()) {  // a gap in the line, not a drop to zero
        values.push_back(
            {{"scenario", scenario}, {"day", day}, {"mean", nullptr}, {"low", nullptr}, {"high", nullptr}});
        continue;
      }
      any = true;
      const MeanCi ci = meanCi(samples);
      double low = ci.low, high = ci.high;
      if (natural) low = std::max(low, 0.0);
      if (share) high = std::min(high, 1.0);
      values.push_back({{"scenario", scenario},
                        {"day", day},
                        {"mean", rounded(ci.mean)},
                        {"low", rounded(low)},
                        {"high", rounded(high)}});
    }
  }
  if (!any) return std::nullopt;
  const nlohmann::json x = {{"field", "day"},
                            {"type", "quantitative"},
                            {"title", kDayTitle},
                            {"axis", {{"tickCount", 6}, {"labelOverlap", true}}}};
  nlohmann::json yAxis = {{"tickCount", 5}, {"labelOverlap", true}};
  if (share) yAxis["format"] = ".0%";
  const nlohmann::json yScale = {{"zero", natural}};
  const nlohmann::json color = {
      {"field", "scenario"},
      {"type", "nominal"},
      {"sort", output.scenarios},
      {"scale", {{"domain", output.scenarios}}},
      {"title", "Design"},
      {"legend", output.scenarios.size() > 1 ? nlohmann::json{{"orient", "bottom"}, {"columns", wide ? 3 : 2}}
                                             : nlohmann::json(nullptr)}};  // one design: no legend
  nlohmann::json layers = periods.empty() ? nlohmann::json::array() : crisisLayers(periods);
  layers.push_back({{"mark", {{"type", "area"}, {"opacity", 0.18}, {"invalid", kBreakAtGaps}}},
                    {"encoding",
                     {{"x", x},
                      {"y",
                       {{"field", "low"},
                        {"type", "quantitative"},
                        {"title", info.label},
                        {"scale", yScale},
                        {"axis", yAxis}}},
                      {"y2", {{"field", "high"}}},
                      {"color", color}}}});
  layers.push_back({{"mark", {{"type", "line"}, {"strokeWidth", wide ? 3 : 2}, {"invalid", kBreakAtGaps}}},
                    {"encoding",
                     {{"x", x},
                      {"y",
                       {{"field", "mean"},
                        {"type", "quantitative"},
                        {"title", info.label},
                        {"scale", yScale},
                        {"axis", yAxis}}},
                      {"color", color},
                      {"tooltip", nlohmann::json::array({{{"field", "scenario"}, {"title", "Design"}},
                                                         {{"field", "day"}, {"title", kDayTitle}},
                                                         {{"field", "mean"},
                                                          {"title", "Average"},
                                                          {"format", share ? ".1%" : ",.4~g"}}})}}}});
  nlohmann::json spec = {{"width", "container"},
                         {"height", wide ? 300 : 240},
                         {"autosize", {{"type", "fit-x"}, {"contains", "padding"}}},
                         {"data", {{"values", values}}},
                         {"layer", layers},
                         {"usermeta", {{"metric", metric}}}};  // which outcome, for tests and readers
  return Chart{info.label, info.explanation, std::move(spec), info.group};
}

}  // namespace

Section timeseriesSection(const OutputDir& output) {
  Section section;
  section.heading = "Over time";
  section.intro =
      "How each outcome develops week by week. Lines are averages over the simulated repetitions, the "
      "shaded band around each line its 95 % confidence interval; the grey area marks the crisis.";
  if (!output.timeseries) {
    section.notes.push_back("No timeseries.csv in this directory, so there are no charts over time.");
    return section;
  }
  const Series series = readSeries(*output.timeseries);
  const auto periods = shownCrises(output, series.lastDay, section.notes);
  for (const std::string& metric : series.metricOrder)
    if (auto chart = seriesChart(output, series, metric, periods, false))
      section.charts.push_back(std::move(*chart));
  if (section.charts.empty()) section.notes.push_back("timeseries.csv holds no values.");
  return section;
}

Section timelineSection(const OutputDir& output, const std::string& metric) {
  Section section;
  section.heading = "The crisis, week by week";
  if (!output.timeseries) return section;
  const Series series = readSeries(*output.timeseries);
  std::vector<std::string> notes;
  const auto periods = shownCrises(output, series.lastDay, notes);
  if (auto chart = seriesChart(output, series, metric, periods, true)) {
    section.intro = fmt::format(
        "{}: one line per design, the average over the simulated repetitions with its 95 % "
        "band; the grey area is the crisis.",
        chart->title);
    chart->group = MetricGroup::Main;
    section.charts.push_back(std::move(*chart));
  }
  return section;
}

}  // namespace samsim::analysis::report
