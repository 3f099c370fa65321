// Sweep response: how each outcome changes as one setting varies. Every design point is averaged
// over its replicates (mean, 95 % CI); when the other varied settings take a few values, one line
// per combination shows whether the effect depends on them (interaction), else points with bars.
#include <fmt/format.h>

#include <map>

#include "analysis/report/chart_specs.hpp"
#include "analysis/report/mean_ci.hpp"
#include "analysis/report/metric_catalog.hpp"

namespace samsim::analysis::report {
namespace {

constexpr std::size_t kMaxLines = 6;  // more lines than this is unreadable on a projector

struct DesignPoint {
  std::vector<std::string> settings;                  // one per varied parameter, as written
  std::map<std::size_t, std::vector<double>> values;  // metric column → values over replicates
};

std::string otherSettings(const OutputDir& output, const DesignPoint& point, std::size_t except) {
  std::string text;
  for (std::size_t p = 0; p < output.sweepParameters.size(); ++p) {
    if (p == except) continue;
    if (!text.empty()) text += ", ";
    text += describeParameter(output.sweepParameters[p]) + " = " + point.settings[p];
  }
  return text;
}

nlohmann::json responseChart(const OutputDir& output, const std::vector<DesignPoint>& points,
                             std::size_t param, std::size_t metric, const std::string& label, bool numericX,
                             const std::string& metricName) {
  const MetricInfo info = describeMetric(metricName);
  const bool share = info.unit == MetricUnit::Share;
  nlohmann::json values = nlohmann::json::array();
  std::vector<std::string> groups;
  bool any = false;
  for (const DesignPoint& point : points) {
    const std::string& setting = point.settings[param];
    const std::optional<double> numeric = parseNumber(setting);
    if (numericX && !numeric) continue;  // a run without this setting cannot be placed on the axis
    const nlohmann::json xValue = numericX ? nlohmann::json(*numeric) : nlohmann::json(setting);
    const std::string group = otherSettings(output, point, param);
    auto it = point.values.find(metric);
    if (it == point.values.end() || it->second.empty()) {  // not observed here: a gap in its line
      values.push_back({{"x", xValue},
                        {"group", group},
                        {"mean", nullptr},
                        {"low", nullptr},
                        {"high", nullptr},
                        {"n", 0}});
      continue;
    }
    any = true;
    const MeanCi ci = meanCi(it->second);
    const MetricUnit unit = info.unit;
    double low = ci.low, high = ci.high;  // intervals of counts and shares stay within their bounds
    if (unit != MetricUnit::Index) low = std::max(low, 0.0);
    if (unit == MetricUnit::Share) high = std::min(high, 1.0);
    if (std::find(groups.begin(), groups.end(), group) == groups.end()) groups.push_back(group);
    values.push_back({{"x", xValue},
                      {"group", group},
                      {"mean", rounded(ci.mean)},
                      {"low", rounded(low)},
                      {"high", rounded(high)},
                      {"n", ci.n}});
  }
  if (!any) return {{"data", {{"values", nlohmann::json::array()}}}};  // nothing observed: no chart
  // Gaps only within lines that are drawn: a combination never observed gets no legend entry.
  nlohmann::json drawn = nlohmann::json::array();
  for (nlohmann::json& row : values)
    if (std::find(groups.begin(), groups.end(), row["group"].get<std::string>()) != groups.end())
      drawn.push_back(std::move(row));
  values = std::move(drawn);
  const std::string xTitle = describeParameter(output.sweepParameters[param]);
  nlohmann::json x =
      numericX ? nlohmann::json{{"field", "x"},
                                {"type", "quantitative"},
                                {"title", xTitle},
                                {"scale", {{"zero", false}}}}
               : nlohmann::json{
                     {"field", "x"}, {"type", "ordinal"}, {"title", xTitle}, {"axis", {{"labelAngle", 0}}}};
  // Named settings in their natural order (information, advisory, decisive), not alphabetically.
  if (!numericX) {
    const auto order = naturalOrder(output.sweepParameters[param]);
    if (!order.empty()) x["sort"] = order;
  }
  nlohmann::json yAxis = {{"tickCount", 5}, {"labelOverlap", true}};
  if (share) yAxis["format"] = ".0%";
  const nlohmann::json y = {{"field", "mean"},
                            {"type", "quantitative"},
                            {"title", label},
                            {"scale", {{"zero", info.unit != MetricUnit::Index}}},
                            {"axis", yAxis}};
  const nlohmann::json tooltip = nlohmann::json::array({{{"field", "x"}, {"title", xTitle}},
                                                        {{"field", "group"}, {"title", "Other settings"}},
                                                        {{"field", "mean"}, {"title", "Average"}},
                                                        {{"field", "n"}, {"title", "Replicates"}}});
  const bool lines = groups.size() <= kMaxLines;
  nlohmann::json color = nullptr;
  if (lines && groups.size() > 1)
    color = {{"field", "group"},
             {"type", "nominal"},
             {"sort", groups},
             {"title", "Other settings"},
             {"legend", {{"orient", "bottom"}, {"columns", 1}, {"labelLimit", 400}}}};
  auto withColor = [&](nlohmann::json encoding) {
    if (!color.is_null()) encoding["color"] = color;
    return encoding;
  };
  nlohmann::json layers = nlohmann::json::array();
  if (lines) {
    layers.push_back(
        {{"mark", {{"type", numericX ? "area" : "bar"}, {"opacity", 0.18}}},
         {"encoding", withColor({{"x", x},
                                 {"y", {{"field", "low"}, {"type", "quantitative"}, {"title", label}}},
                                 {"y2", {{"field", "high"}}}})}});
    layers.push_back({{"mark", {{"type", "line"}, {"point", true}, {"strokeWidth", 2}}},
                      {"encoding", withColor({{"x", x}, {"y", y}, {"tooltip", tooltip}})}});
  } else {
    layers.push_back({{"mark", {{"type", "rule"}, {"opacity", 0.5}}},
                      {"encoding",
                       {{"x", x},
                        {"y", {{"field", "low"}, {"type", "quantitative"}, {"title", label}}},
                        {"y2", {{"field", "high"}}}}}});
    layers.push_back({{"mark", {{"type", "point"}, {"filled", true}}},
                      {"encoding", {{"x", x}, {"y", y}, {"tooltip", tooltip}}}});
  }
  if (!numericX && lines) layers[0]["mark"] = {{"type", "rule"}, {"opacity", 0.4}, {"strokeWidth", 6}};
  return {{"width", 420}, {"height", 240}, {"data", {{"values", values}}}, {"layer", layers}};
}

}  // namespace

Section sweepSection(const OutputDir& output) {
  Section section;
  section.heading = "What changes when a setting changes";
  section.intro =
      "Each chart varies one setting of the sweep. Points are averages over the simulated repetitions of a "
      "design point, with their 95 % confidence interval; lines join points that share the other settings.";
  if (!output.runs) return section;
  const CsvFile& file = *output.runs;
  const std::size_t cPoint = file.requireColumn("point");
  std::vector<std::size_t> paramColumns;
  for (const std::string& p : output.sweepParameters) paramColumns.push_back(file.requireColumn(p));
  // Only the outcomes the catalog explains: a sweep multiplies charts by settings, and a workshop
  // needs the main outcomes; every column stays in runs.csv for analysis.
  std::vector<std::size_t> metrics;
  std::size_t unexplained = 0;
  for (std::size_t c : outcomeColumns(file, output.sweepParameters)) {
    if (describeMetric(file.columns()[c]).known)
      metrics.push_back(c);
    else
      ++unexplained;
  }
  if (metrics.empty())
    metrics = outcomeColumns(file, output.sweepParameters);
  else if (unexplained > 0)
    section.notes.push_back(
        fmt::format("{} further measures in runs.csv are not charted here.", unexplained));
  if (output.timeseries)
    section.notes.push_back(
        "Day-by-day results of every design point are in timeseries.csv; they are not charted "
        "here because one line per point would be unreadable.");

  std::vector<std::string> pointOrder;
  std::map<std::string, DesignPoint> points;
  for (std::size_t r = 0; r < file.rowCount(); ++r) {
    const std::string& id = file.cell(r, cPoint);
    auto [it, inserted] = points.try_emplace(id);
    DesignPoint& point = it->second;
    if (inserted) {
      pointOrder.push_back(id);
      for (std::size_t c : paramColumns) point.settings.push_back(file.cell(r, c));
    }
    for (std::size_t c : metrics)
      if (auto v = file.number(r, c)) point.values[c].push_back(*v);
  }
  std::vector<DesignPoint> ordered;
  ordered.reserve(pointOrder.size());
  for (const std::string& id : pointOrder) ordered.push_back(points[id]);

  for (std::size_t m : metrics) {
    const MetricInfo info = describeMetric(file.columns()[m]);
    for (std::size_t p = 0; p < paramColumns.size(); ++p) {
      const bool numericX = file.isNumericColumn(paramColumns[p]);
      nlohmann::json spec = responseChart(output, ordered, p, m, info.label, numericX, file.columns()[m]);
      if (spec["data"]["values"].empty()) continue;
      section.charts.push_back(
          {fmt::format("{} by {}", info.label, describeParameter(output.sweepParameters[p])),
           info.explanation, std::move(spec), info.group});
    }
  }
  if (section.charts.empty()) section.notes.push_back("runs.csv holds no finished runs with outcome values.");
  return section;
}

}  // namespace samsim::analysis::report
