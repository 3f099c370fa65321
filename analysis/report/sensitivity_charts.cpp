// Sensitivity charts: one per outcome (and base scenario), parameters in plain words.
#include "analysis/report/sensitivity_charts.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "analysis/report/earlier_columns.hpp"

namespace samsim::analysis::report {
namespace {

constexpr std::size_t kLabelled = 8;  // Morris: settings named on the chart (the rest in the tooltip)

// The catalog's words for a setting, else the schema's one-line description recorded in the plan.
std::string settingLabel(const OutputDir& output, const std::string& path) {
  std::string label = describeParameter(path);
  if (label != path) return label;
  for (const auto& p : output.sweep["sensitivity"].value("parameters", nlohmann::json::array()))
    if (p.value("name", std::string()) == path && p.contains("label")) return p["label"].get<std::string>();
  return path;
}

struct Row {
  std::string parameter;              // label
  double a = 0, aLow = 0, aHigh = 0;  // S1 or μ*
  double b = 0, bLow = 0, bHigh = 0;  // ST or σ
};

double cellOr0(const CsvFile& file, std::size_t row, std::size_t column) {
  const auto v = parseNumber(file.cell(row, column));
  return v ? *v : 0.0;
}

nlohmann::json sobolChart(std::vector<Row> rows) {
  std::sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) { return x.b > y.b; });
  nlohmann::json values = nlohmann::json::array();
  std::vector<std::string> order;
  for (const Row& r : rows) {
    const std::string& label = r.parameter;
    order.push_back(label);
    values.push_back({{"setting", label},
                      {"kind", "Alone"},
                      {"value", rounded(r.a)},
                      {"low", rounded(r.aLow)},
                      {"high", rounded(r.aHigh)}});
    values.push_back({{"setting", label},
                      {"kind", "With interactions"},
                      {"value", rounded(r.b)},
                      {"low", rounded(r.bLow)},
                      {"high", rounded(r.bHigh)}});
  }
  const nlohmann::json y = {{"field", "setting"},
                            {"type", "nominal"},
                            {"sort", order},
                            {"title", nullptr},
                            {"axis", {{"labelLimit", 320}}}};
  const nlohmann::json kinds = {{"field", "kind"},
                                {"type", "nominal"},
                                {"sort", {"Alone", "With interactions"}},
                                {"title", "Share of the variation"},
                                {"legend", {{"orient", "bottom"}}}};
  const nlohmann::json x = {{"field", "value"},
                            {"type", "quantitative"},
                            {"title", "Share of the variation"},
                            {"scale", {{"domain", {0, 1}}, {"clamp", true}}}};
  nlohmann::json layers = nlohmann::json::array();
  layers.push_back({{"mark", "bar"},
                    {"encoding",
                     {{"y", y},
                      {"yOffset", {{"field", "kind"}, {"sort", {"Alone", "With interactions"}}}},
                      {"x", x},
                      {"color", kinds},
                      {"tooltip", nlohmann::json::array({{{"field", "setting"}, {"title", "Setting"}},
                                                         {{"field", "kind"}, {"title", "Index"}},
                                                         {{"field", "value"}, {"title", "Estimate"}},
                                                         {{"field", "low"}, {"title", "95 % from"}},
                                                         {{"field", "high"}, {"title", "95 % to"}}})}}}});
  layers.push_back({{"mark", {{"type", "rule"}, {"color", "black"}}},
                    {"encoding",
                     {{"y", y},
                      {"yOffset", {{"field", "kind"}, {"sort", {"Alone", "With interactions"}}}},
                      {"x", {{"field", "low"}, {"type", "quantitative"}}},
                      {"x2", {{"field", "high"}}}}}});
  return {{"width", 360}, {"height", {{"step", 14}}}, {"data", {{"values", values}}}, {"layer", layers}};
}

nlohmann::json morrisChart(std::vector<Row> rows) {
  std::sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) { return x.a > y.a; });
  nlohmann::json values = nlohmann::json::array();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    // Named on the chart: the leading settings, unless they sit in the crowd near the origin.
    const bool named = i < kLabelled && rows[i].a >= 0.1 * rows.front().a;
    const std::string& label = rows[i].parameter;
    values.push_back({{"setting", label},
                      {"shown", named ? label : std::string()},
                      {"mu_star", rounded(rows[i].a)},
                      {"low", rounded(rows[i].aLow)},
                      {"high", rounded(rows[i].aHigh)},
                      {"sigma", rounded(rows[i].b)}});
  }
  const nlohmann::json x = {
      {"field", "mu_star"}, {"type", "quantitative"}, {"title", "How much it moves the outcome (μ*)"}};
  const nlohmann::json y = {{"field", "sigma"},
                            {"type", "quantitative"},
                            {"title", "How much that depends on the other settings (σ)"}};
  nlohmann::json layers = nlohmann::json::array();
  layers.push_back(
      {{"mark", {{"type", "rule"}, {"opacity", 0.5}}},
       {"encoding",
        {{"x", {{"field", "low"}, {"type", "quantitative"}}}, {"x2", {{"field", "high"}}}, {"y", y}}}});
  layers.push_back({{"mark", {{"type", "point"}, {"filled", true}, {"size", 60}}},
                    {"encoding",
                     {{"x", x},
                      {"y", y},
                      {"tooltip", nlohmann::json::array({{{"field", "setting"}, {"title", "Setting"}},
                                                         {{"field", "mu_star"}, {"title", "μ*"}},
                                                         {{"field", "low"}, {"title", "μ* 95 % from"}},
                                                         {{"field", "high"}, {"title", "μ* 95 % to"}},
                                                         {{"field", "sigma"}, {"title", "σ"}}})}}}});
  layers.push_back({{"mark", {{"type", "text"}, {"align", "left"}, {"dx", 6}, {"dy", -6}, {"fontSize", 12}}},
                    {"encoding", {{"x", x}, {"y", y}, {"text", {{"field", "shown"}}}}}});
  return {{"width", 420}, {"height", 280}, {"data", {{"values", values}}}, {"layer", layers}};
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
      sobol ? "For each outcome, how much of its variation across the sweep comes from each setting: alone, "
              "and "
              "together with the other settings (interactions). Bars are estimates, black lines their 95 % "
              "intervals; the settings are sorted by their total share."
            : "For each outcome, each setting is a point: the further right, the more changing the setting "
              "moves the outcome on average; the higher, the more that effect depends on the other settings. "
              "Settings near the lower left hardly matter for this outcome. Lines are 95 % intervals.";
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
        rows.push_back({settingLabel(output, file.cell(r, cParameter)), cellOr0(file, r, cA),
                        cellOr0(file, r, cALow), cellOr0(file, r, cAHigh), cellOr0(file, r, cB),
                        cellOr0(file, r, cBLow), cellOr0(file, r, cBHigh)});
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
      chart.spec = sobol ? sobolChart(rows) : morrisChart(rows);
      section.charts.push_back(std::move(chart));
    }
  }
  if (unexplained > 0)
    section.notes.push_back(
        fmt::format("Indices of {} further measures are in sensitivity.csv, not charted here.",
                    unexplained / std::max<std::size_t>(1, scenarios.size())));
  if (constant > 0)
    section.notes.push_back(
        fmt::format("{} outcome charts are left out: those outcomes did not change across the "
                    "sweep, so no setting drives them.",
                    constant));
  return section;
}

}  // namespace samsim::analysis::report
