// Sensitivity charts: one per outcome (and base scenario), parameters in plain words.
#include "analysis/report/sensitivity_charts.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "analysis/report/earlier_columns.hpp"
#include "sim/text.hpp"

namespace samsim::analysis::report {
namespace {

// Every chart is at most about 540 px wide, the settings' keys on the axis included (at most
// kKeyLabelLimit px, cut with an ellipsis; the tooltip and the table have them whole), so it stays
// inside its column of the report's grid at any window width from 1,024 px.
constexpr int kKeyLabelLimit = 250;
constexpr int kPlotWidth = 270;

// The catalog's words for a setting, else the schema's one-line description recorded in the plan.
std::string settingLabel(const OutputDir& output, const std::string& path) {
  std::string label = describeParameter(path);
  if (label != path) return label;
  for (const auto& p : output.sweep["sensitivity"].value("parameters", nlohmann::json::array()))
    if (p.value("name", std::string()) == path && p.contains("label")) return p["label"].get<std::string>();
  return path;
}

struct Row {
  std::string key;                    // the setting's scenario key, as on the axis
  std::string label;                  // its plain words, in the tooltip and the table
  double a = 0, aLow = 0, aHigh = 0;  // S1 or μ*
  double b = 0, bLow = 0, bHigh = 0;  // ST or σ
};

double cellOr0(const CsvFile& file, std::size_t row, std::size_t column) {
  const auto v = parseNumber(file.cell(row, column));
  return v ? *v : 0.0;
}

nlohmann::json keyAxis(const std::vector<Row>& rows) {
  std::vector<std::string> order;
  for (const Row& r : rows) order.push_back(r.key);
  return {{"field", "key"},
          {"type", "nominal"},
          {"sort", order},
          {"title", nullptr},
          {"axis", {{"labelLimit", kKeyLabelLimit}}}};
}

nlohmann::json fitted(nlohmann::json layers, nlohmann::json values, int rowStep) {
  return {{"width", kPlotWidth},
          {"height", {{"step", rowStep}}},
          {"data", {{"values", std::move(values)}}},
          {"layer", std::move(layers)}};
}

// Sorted by total share (ST): two bars per setting, alone (S1) and with interactions (ST).
nlohmann::json sobolChart(const std::vector<Row>& rows) {
  nlohmann::json values = nlohmann::json::array();
  for (const Row& r : rows) {
    values.push_back({{"key", r.key},
                      {"setting", r.label},
                      {"kind", "Alone (S1)"},
                      {"value", rounded(r.a)},
                      {"low", rounded(r.aLow)},
                      {"high", rounded(r.aHigh)}});
    values.push_back({{"key", r.key},
                      {"setting", r.label},
                      {"kind", "With interactions (ST)"},
                      {"value", rounded(r.b)},
                      {"low", rounded(r.bLow)},
                      {"high", rounded(r.bHigh)}});
  }
  const nlohmann::json kindOrder = {"Alone (S1)", "With interactions (ST)"};
  const nlohmann::json y = keyAxis(rows);
  const nlohmann::json offset = {{"field", "kind"}, {"sort", kindOrder}};
  const nlohmann::json kinds = {
      {"field", "kind"},
      {"type", "nominal"},
      {"sort", kindOrder},
      {"title", nullptr},
      {"legend", {{"orient", "bottom"}, {"direction", "vertical"}, {"labelLimit", 480}}}};
  const nlohmann::json x = {{"field", "value"},
                            {"type", "quantitative"},
                            {"title", "Share of the variation"},
                            {"scale", {{"domain", {0, 1}}, {"clamp", true}}}};
  nlohmann::json layers = nlohmann::json::array();
  layers.push_back({{"mark", "bar"},
                    {"encoding",
                     {{"y", y},
                      {"yOffset", offset},
                      {"x", x},
                      {"color", kinds},
                      {"tooltip", nlohmann::json::array({{{"field", "key"}, {"title", "Setting"}},
                                                         {{"field", "setting"}, {"title", "What it is"}},
                                                         {{"field", "kind"}, {"title", "Index"}},
                                                         {{"field", "value"}, {"title", "Estimate"}},
                                                         {{"field", "low"}, {"title", "95 % from"}},
                                                         {{"field", "high"}, {"title", "95 % to"}}})}}}});
  layers.push_back({{"mark", {{"type", "rule"}, {"color", "black"}}},
                    {"encoding",
                     {{"y", y},
                      {"yOffset", offset},
                      {"x", {{"field", "low"}, {"type", "quantitative"}}},
                      {"x2", {{"field", "high"}}}}}});
  return fitted(std::move(layers), std::move(values), 14);
}

// Sorted by μ*: per setting a line for μ*'s 95 % interval, a filled dot at μ* and an open diamond at
// σ on the same scale, the setting's key on the axis, so that no label can sit on another.
nlohmann::json morrisChart(const std::vector<Row>& rows) {
  const std::string muStar = "μ*: how much it moves the outcome";
  const std::string sigma = "σ: how much that depends on the other settings";
  nlohmann::json values = nlohmann::json::array();
  for (const Row& r : rows)
    for (const bool isMu : {true, false})
      values.push_back({{"key", r.key},
                        {"setting", r.label},
                        {"index", isMu ? muStar : sigma},
                        {"value", rounded(isMu ? r.a : r.b)},
                        {"mu_star", rounded(r.a)},
                        {"low", rounded(r.aLow)},
                        {"high", rounded(r.aHigh)},
                        {"sigma", rounded(r.b)}});
  const nlohmann::json y = keyAxis(rows);
  const nlohmann::json tooltip = nlohmann::json::array({{{"field", "key"}, {"title", "Setting"}},
                                                        {{"field", "setting"}, {"title", "What it is"}},
                                                        {{"field", "mu_star"}, {"title", "μ*"}},
                                                        {{"field", "low"}, {"title", "μ* 95 % from"}},
                                                        {{"field", "high"}, {"title", "μ* 95 % to"}},
                                                        {{"field", "sigma"}, {"title", "σ"}}});
  const nlohmann::json legend = {{"orient", "bottom"}, {"direction", "vertical"}, {"labelLimit", 480}};
  nlohmann::json index = {{"field", "index"},
                          {"type", "nominal"},
                          {"sort", {muStar, sigma}},
                          {"title", nullptr},
                          {"legend", legend}};
  nlohmann::json shape = index;
  shape["scale"] = {{"range", {"circle", "diamond"}}};
  nlohmann::json layers = nlohmann::json::array();
  layers.push_back(
      {{"transform", nlohmann::json::array({{{"filter", {{"field", "index"}, {"equal", muStar}}}}})},
       {"mark", {{"type", "rule"}, {"color", "#4c78a8"}, {"opacity", 0.6}}},
       {"encoding",
        {{"y", y}, {"x", {{"field", "low"}, {"type", "quantitative"}}}, {"x2", {{"field", "high"}}}}}});
  layers.push_back(
      {{"mark", {{"type", "point"}, {"size", 60}, {"opacity", 1}}},
       {"encoding",
        {{"y", y},
         {"x",
          {{"field", "value"}, {"type", "quantitative"}, {"title", "Effect on the outcome, in its unit"}}},
         {"color", index},
         {"shape", shape},
         {"fill", index},
         {"tooltip", tooltip}}}});
  return fitted(std::move(layers), std::move(values), 18);
}

std::string number(double v) {
  return std::isfinite(v) ? fmt::format("{:.3g}", v) : std::string("—");
}

// How much of the spread between the design points' means is chance: the pooled variance between
// replicates of a point divided by the replicates per point, over the variance of the point means
// (runs.csv, one scenario). Empty without replicates to measure it or when the means do not vary.
std::optional<double> chanceShare(const OutputDir& output, const std::string& scenario,
                                  const std::string& outcome) {
  if (!output.runs) return std::nullopt;
  const CsvFile& runs = *output.runs;
  const auto cOutcome = runs.findColumn(outcome), cPoint = runs.findColumn("point");
  const auto cScenario = runs.findColumn("scenario");
  if (!cOutcome || !cPoint) return std::nullopt;
  std::map<std::string, std::vector<double>> byPoint;
  for (std::size_t r = 0; r < runs.rowCount(); ++r)
    if (!cScenario || runs.cell(r, *cScenario) == scenario)
      if (const auto v = parseNumber(runs.cell(r, *cOutcome))) byPoint[runs.cell(r, *cPoint)].push_back(*v);
  double within = 0, means = 0, meansSq = 0;
  std::size_t degrees = 0, runsSeen = 0;
  for (const auto& [point, values] : byPoint) {
    double mean = 0;
    for (double v : values) mean += v / static_cast<double>(values.size());
    for (double v : values) within += (v - mean) * (v - mean);
    degrees += values.size() - 1;
    runsSeen += values.size();
    means += mean;
    meansSq += mean * mean;
  }
  const auto points = static_cast<double>(byPoint.size());
  if (degrees == 0 || points < 2) return std::nullopt;
  const double between = (meansSq - means * means / points) / (points - 1);
  if (!(between > 0)) return std::nullopt;
  const double perPoint = static_cast<double>(runsSeen) / points;
  return within / static_cast<double>(degrees) / perPoint / between;
}

// The chart's ranking as a table (folded away under the chart): rank, key, the indices with their
// 95 % intervals.
std::string rankedTable(const std::vector<Row>& rows, bool sobol, std::optional<double> chance) {
  std::string html = fmt::format(
      "<details class=\"ranked\"><summary>Ranked table ({} settings{})</summary>\n<table class=\"ranked\">"
      "<thead><tr><th>#</th><th>setting</th>{}</tr></thead>\n<tbody>\n",
      rows.size(),
      !chance ? std::string()
      : *chance < 0.005
          ? std::string("; chance makes under 1 % of the spread between points")
          : fmt::format("; chance makes {:.0f} % of the spread between points", 100 * std::min(1.0, *chance)),
      sobol ? "<th>S1 alone</th><th>95 %</th><th>ST with interactions</th><th>95 %</th>"
            : "<th>μ*</th><th>95 %</th><th>σ</th>");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    html +=
        fmt::format("<tr><td class=\"num\">{}</td><td><code>{}</code><span class=\"label\">{}</span></td>",
                    i + 1, sim::escapeMarkup(r.key), r.label == r.key ? "" : sim::escapeMarkup(r.label));
    html += fmt::format("<td class=\"num\">{}</td><td class=\"ci\">{} – {}</td><td class=\"num\">{}</td>",
                        number(r.a), number(r.aLow), number(r.aHigh), number(r.b));
    if (sobol) html += fmt::format("<td class=\"ci\">{} – {}</td>", number(r.bLow), number(r.bHigh));
    html += "</tr>\n";
  }
  return html + "</tbody></table></details>\n";
}

}  // namespace

bool isSensitivitySweep(const OutputDir& output) {
  return output.sweep.is_object() && output.sweep.contains("sensitivity");
}

Section sensitivitySection(const OutputDir& output) {
  Section section;
  const std::string design = output.sweep["sensitivity"].value("design", std::string());
  const bool sobol = design == "sobol";
  section.heading = "Which settings matter most";
  section.intro =
      sobol
          ? "For each outcome, how much of its variation across the sweep comes from each setting (by its "
            "scenario key): alone, and together with the other settings (interactions). Bars are estimates, "
            "black lines their 95 % intervals; the settings are sorted by their total share. Under each "
            "chart, the same ranking as a table."
          : "For each outcome, one row per setting (by its scenario key), sorted by μ*: the dot is how much "
            "changing the setting moves the outcome on average (μ*, with its 95 % interval as a line), the "
            "diamond how much that effect depends on the other settings (σ), both in the outcome's unit. "
            "Settings at the bottom hardly matter for this outcome. Under each chart, the same ranking as a "
            "table.";
  const auto path = output.dir / "sensitivity.csv";
  if (!std::filesystem::exists(path)) {
    section.notes.push_back(
        fmt::format("No sensitivity.csv yet: run `samsim sensitivity {}` first.", output.dir.string()));
    return section;
  }
  CsvFile file = CsvFile::read(path);
  const std::size_t cScenario = file.requireColumn("scenario"), cOutput = file.requireColumn("output"),
                    cParameter = file.requireColumn("parameter");
  adoptCurrentMetricNames(file, cOutput);  // outcomes of earlier versions under today's names
  const std::size_t cA = file.requireColumn(sobol ? "S1" : "mu_star");
  const std::size_t cALow = file.requireColumn(sobol ? "S1_low" : "mu_star_low");
  const std::size_t cAHigh = file.requireColumn(sobol ? "S1_high" : "mu_star_high");
  const std::size_t cB = file.requireColumn(sobol ? "ST" : "sigma");
  const std::size_t cBLow = sobol ? file.requireColumn("ST_low") : cB;
  const std::size_t cBHigh = sobol ? file.requireColumn("ST_high") : cB;
  const auto scenarios = distinctValues(file, cScenario);

  std::size_t unexplained = 0, constant = 0;
  std::vector<std::string> noisy;  // outcomes whose point means differ mostly by chance
  for (const std::string& scenario : scenarios) {
    for (const std::string& outcome : distinctValues(file, cOutput)) {
      const MetricInfo info = describeMetric(outcome);
      if (!info.known) {
        ++unexplained;
        continue;
      }
      std::vector<Row> rows;
      for (std::size_t r = 0; r < file.rowCount(); ++r) {
        if (file.cell(r, cScenario) != scenario || file.cell(r, cOutput) != outcome) continue;
        rows.push_back({file.cell(r, cParameter), settingLabel(output, file.cell(r, cParameter)),
                        cellOr0(file, r, cA), cellOr0(file, r, cALow), cellOr0(file, r, cAHigh),
                        cellOr0(file, r, cB), cellOr0(file, r, cBLow), cellOr0(file, r, cBHigh)});
      }
      if (rows.empty()) continue;
      if (std::all_of(rows.begin(), rows.end(), [](const Row& r) { return r.a == 0 && r.b == 0; })) {
        ++constant;
        continue;
      }
      Chart chart;
      chart.title = scenarios.size() > 1 ? fmt::format("{} — {}", info.label, scenario) : info.label;
      chart.explanation = info.explanation;
      chart.group = info.group;
      // Sobol by total share, Morris by μ*: the chart and its table in the same order.
      std::stable_sort(rows.begin(), rows.end(),
                       [sobol](const Row& x, const Row& y) { return sobol ? x.b > y.b : x.a > y.a; });
      chart.spec = sobol ? sobolChart(rows) : morrisChart(rows);
      const auto chance = chanceShare(output, scenario, outcome);
      if (chance && *chance > 0.5) noisy.push_back(chart.title);
      chart.html = rankedTable(rows, sobol, chance);
      section.charts.push_back(std::move(chart));
    }
  }
  if (unexplained > 0)
    section.notes.push_back(
        fmt::format("Indices of {} further measures are in sensitivity.csv, not charted here.",
                    unexplained / std::max<std::size_t>(1, scenarios.size())));
  if (!noisy.empty()) {
    std::string names;
    for (std::size_t i = 0; i < noisy.size() && i < 4; ++i) names += (i ? "; " : "") + noisy[i];
    if (noisy.size() > 4) names += fmt::format("; and {} more", noisy.size() - 4);
    section.notes.push_back(fmt::format(
        "For {} outcome{}, chance makes more than half of the spread between design points (the spread "
        "between a point's replicates, divided by their number, against the spread of the points' "
        "means), so the indices mostly measure chance; more replicates per point would separate the "
        "settings' effect from it: {}.",
        noisy.size(), noisy.size() == 1 ? "" : "s", names));
  }
  if (constant > 0)
    section.notes.push_back(
        fmt::format("{} outcome charts are left out: those outcomes did not change across the "
                    "sweep, so no setting drives them.",
                    constant));
  return section;
}

}  // namespace samsim::analysis::report
