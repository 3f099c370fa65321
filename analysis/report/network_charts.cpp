// The sector-to-sector picture: for each design a grid of sectors, coloured by how densely people
// in the two sectors work together, with the number of people bridging them. An empty cell with no
// bridge is a structural hole (Burt 1992) — a gap nobody spans, where cross-sector problems stall.
#include <fmt/format.h>

#include <map>

#include "analysis/report/chart_specs.hpp"
#include "analysis/report/metric_catalog.hpp"

namespace samsim::analysis::report {
namespace {

struct Cell {
  double densitySum = 0.0;
  double bridgesSum = 0.0;
  int densityCount = 0;
  int bridgesCount = 0;
};

nlohmann::json heatMap(const std::map<std::pair<std::string, std::string>, Cell>& cells,
                       const std::vector<std::string>& sectors, bool hasBridges) {
  nlohmann::json values = nlohmann::json::array();
  for (const auto& [key, cell] : cells) {
    nlohmann::json row = {{"a", key.first}, {"b", key.second}};
    row["density"] = cell.densityCount ? rounded(cell.densitySum / cell.densityCount) : nlohmann::json();
    if (hasBridges && cell.bridgesCount) {
      const double bridges = cell.bridgesSum / cell.bridgesCount;
      row["bridges"] = rounded(bridges);
      row["label"] = bridges == 0.0 && key.first != key.second ? "hole" : fmt::format("{:.3g}", bridges);
    }
    values.push_back(std::move(row));
  }
  const nlohmann::json x = {{"field", "a"},
                            {"type", "nominal"},
                            {"sort", sectors},
                            {"title", "Sector"},
                            {"axis", {{"labelAngle", -35}}}};
  const nlohmann::json y = {{"field", "b"}, {"type", "nominal"}, {"sort", sectors}, {"title", "Sector"}};
  const MetricInfo density = describeMetric("tie_density");
  nlohmann::json layers = nlohmann::json::array();
  layers.push_back({{"mark", {{"type", "rect"}, {"stroke", "white"}}},
                    {"encoding",
                     {{"x", x},
                      {"y", y},
                      {"color",
                       {{"field", "density"},
                        {"type", "quantitative"},
                        {"title", density.label},
                        {"scale", {{"scheme", "blues"}, {"domainMin", 0}}},
                        {"legend", {{"orient", "bottom"}, {"gradientLength", 200}}}}},
                      {"tooltip", nlohmann::json::array(
                                      {{{"field", "a"}, {"title", "Sector"}},
                                       {{"field", "b"}, {"title", "and sector"}},
                                       {{"field", "density"}, {"title", density.label}, {"format", ".2f"}},
                                       {{"field", "bridges"}, {"title", "People bridging them"}}})}}}});
  if (hasBridges)
    layers.push_back(
        {{"mark", {{"type", "text"}, {"fontSize", 13}}},
         {"encoding",
          {{"x", x},
           {"y", y},
           {"text", {{"field", "label"}}},
           {"color",
            {{"condition", {{"test", "datum.label === 'hole'"}, {"value", "#c00"}}}, {"value", "black"}}}}}});
  const int side = static_cast<int>(std::max<std::size_t>(sectors.size(), 1) * 48);
  return {{"width", std::clamp(side, 200, 520)},
          {"height", std::clamp(side, 200, 520)},
          {"data", {{"values", values}}},
          {"layer", layers}};
}

}  // namespace

Section networkSection(const OutputDir& output) {
  Section section;
  section.heading = "Who works with whom across sectors";
  section.intro =
      "Each square pairs two sectors. Darker blue means more working ties between their people at the end of "
      "the simulated period; the number is how many people have contacts in both. 'hole' marks two sectors "
      "that nobody bridges: problems that need both tend to stall there.";
  if (!output.network) {
    section.notes.push_back(
        "No network.csv in this directory (the model writes it at the end of a run), so the sector picture "
        "is "
        "not shown.");
    return section;
  }
  const CsvFile& file = *output.network;
  const std::size_t cScenario = file.requireColumn("scenario"), cA = file.requireColumn("sector_a");
  const std::size_t cB = file.requireColumn("sector_b"), cDensity = file.requireColumn("tie_density");
  const auto cBridges = file.findColumn("bridges");

  // Averages over replicates when the file has several rows per pair; mirrors a pair given one way
  // only, so the grid is complete whichever triangle the model wrote.
  std::map<std::string, std::map<std::pair<std::string, std::string>, Cell>> byScenario;
  std::map<std::string, std::vector<std::string>> sectors;
  for (std::size_t r = 0; r < file.rowCount(); ++r) {
    const std::string& scenario = file.cell(r, cScenario);
    const std::string& a = file.cell(r, cA);
    const std::string& b = file.cell(r, cB);
    Cell& cell = byScenario[scenario][{a, b}];
    if (auto d = file.number(r, cDensity)) {
      cell.densitySum += *d;
      ++cell.densityCount;
    }
    if (auto n = cBridges ? file.number(r, *cBridges) : std::nullopt) {
      cell.bridgesSum += *n;
      ++cell.bridgesCount;
    }
    for (const std::string& s : {a, b})
      if (std::find(sectors[scenario].begin(), sectors[scenario].end(), s) == sectors[scenario].end())
        sectors[scenario].push_back(s);
  }
  for (auto& [scenario, cells] : byScenario) {
    std::vector<std::pair<std::pair<std::string, std::string>, Cell>> mirrored;
    for (const auto& [key, cell] : cells)
      if (!cells.contains({key.second, key.first})) mirrored.push_back({{key.second, key.first}, cell});
    for (auto& [key, cell] : mirrored) cells[key] = cell;
  }
  std::vector<std::string> order = output.scenarios;
  for (const auto& [scenario, cells] : byScenario)
    if (std::find(order.begin(), order.end(), scenario) == order.end()) order.push_back(scenario);
  for (const std::string& scenario : order) {
    auto it = byScenario.find(scenario);
    if (it == byScenario.end()) continue;
    section.charts.push_back({fmt::format("Ties between sectors — {}", scenario),
                              "Working ties and bridging people for each pair of sectors in this design.",
                              heatMap(it->second, sectors[scenario], cBridges.has_value())});
  }
  return section;
}

}  // namespace samsim::analysis::report
