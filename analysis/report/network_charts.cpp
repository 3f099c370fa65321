// The organisation picture: per design, the sectors as circles (area = staff) on a ring, a line
// for each pair of sectors whose width is the number of working ties across the pair, a red dashed
// line where there is none (a structural hole, Burt 1992, where cross-sector cases stall), and the
// coordination group as a diamond in the middle linked to the sectors its members come from.
// From network.csv and sectors.csv, averaged over replicates.
#include <fmt/format.h>

#include <cmath>
#include <map>
#include <numbers>

#include "analysis/report/chart_specs.hpp"
#include "analysis/report/metric_catalog.hpp"

namespace samsim::analysis::report {
namespace {

constexpr double kWidth = 280.0, kHeight = 220.0;  // one design's picture, in pixels

struct Mean {
  double sum = 0.0;
  int count = 0;
  void add(double v) { sum += v, ++count; }
  [[nodiscard]] double value() const { return count ? sum / count : 0.0; }
};

struct Design {
  std::map<std::pair<std::string, std::string>, Mean> ties;  // cross-sector pairs, a < b in sector order
  std::map<std::string, Mean> staff, members;
};

void addSector(std::vector<std::string>& sectors, const std::string& s) {
  if (std::find(sectors.begin(), sectors.end(), s) == sectors.end()) sectors.push_back(s);
}

// A label of more than 12 characters on two lines, split at the space nearest its middle.
nlohmann::json labelLines(const std::string& label) {
  if (label.size() <= 12) return nlohmann::json::array({label});
  const double middle = static_cast<double>(label.size()) / 2.0;
  std::size_t split = std::string::npos;
  for (std::size_t i = 0; i < label.size(); ++i)
    if (label[i] == ' ' && (split == std::string::npos || std::abs(static_cast<double>(i) - middle) <
                                                              std::abs(static_cast<double>(split) - middle)))
      split = i;
  if (split == std::string::npos) return nlohmann::json::array({label});
  return nlohmann::json::array({label.substr(0, split), label.substr(split + 1)});
}

nlohmann::json picture(const Design& design, const std::vector<std::string>& sectors, double maxTies,
                       double maxStaff, double maxMembers) {
  const auto n = sectors.size();
  std::map<std::string, std::pair<double, double>> at;
  nlohmann::json rows = nlohmann::json::array();
  for (std::size_t i = 0; i < n; ++i) {
    // Clockwise from the top, so the two big sectors sit side by side at the top.
    const double angle =
        std::numbers::pi / 2 - 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
    const double x = std::cos(angle), y = std::sin(angle);
    at[sectors[i]] = {x, y};
    const auto staff = design.staff.find(sectors[i]);
    const char* anchor = x > 0.2 ? "left" : x < -0.2 ? "right" : "center";
    // The label just outside the circle: its radius in pixels from the size scale below, turned
    // into axis units (kWidth / 4.6 pixels per unit across, kHeight / 2.9 up).
    const double staffValue = staff == design.staff.end() ? 1.0 : staff->second.value();
    const double size = 40.0 + 1360.0 * staffValue / (maxStaff > 0 ? maxStaff : 3.0);
    const double gap = std::sqrt(size / std::numbers::pi) + 7.0;
    const double lx = x + x * gap / (kWidth / 4.6);
    const double ly =
        y + y * gap / (kHeight / 2.9) + (std::string_view(anchor) == "center" ? (y > 0 ? 0.16 : -0.16) : 0.0);
    rows.push_back(
        {{"kind", "sector"},
         {"x", rounded(x)},
         {"y", rounded(y)},
         {"lx", rounded(lx)},
         {"ly", rounded(ly)},
         {"anchor", anchor},
         {"name", sectors[i]},
         {"label", labelLines(sectorGloss(sectors[i], true))},
         {"gloss", sectorGloss(sectors[i])},
         {"staff", staff == design.staff.end() ? nlohmann::json(1.0) : rounded(staff->second.value())}});
  }
  for (const auto& [pair, ties] : design.ties) {
    const auto a = at.at(pair.first), b = at.at(pair.second);
    rows.push_back({{"kind", ties.value() > 0 ? "tie" : "hole"},
                    {"x", rounded(a.first)},
                    {"y", rounded(a.second)},
                    {"x2", rounded(b.first)},
                    {"y2", rounded(b.second)},
                    {"name", sectorGloss(pair.first) + " – " + sectorGloss(pair.second)},
                    {"ties", rounded(ties.value())}});
  }
  bool hub = false;
  for (const auto& [sector, members] : design.members)
    if (members.value() > 0 && at.contains(sector)) {
      hub = true;
      rows.push_back({{"kind", "member"},
                      {"x", 0.0},
                      {"y", 0.0},
                      {"x2", rounded(at[sector].first)},
                      {"y2", rounded(at[sector].second)},
                      {"name", sectorGloss(sector)},
                      {"members", rounded(members.value())}});
    }
  if (hub) rows.push_back({{"kind", "hub"}, {"x", 0.0}, {"y", 0.0}, {"name", "Coordination group"}});

  const nlohmann::json domain = {-2.3, 2.3};
  const nlohmann::json x = {
      {"field", "x"}, {"type", "quantitative"}, {"scale", {{"domain", domain}}}, {"axis", nullptr}};
  const nlohmann::json y = {
      {"field", "y"}, {"type", "quantitative"}, {"scale", {{"domain", {-1.45, 1.45}}}}, {"axis", nullptr}};
  auto only = [](const char* kind) {
    return nlohmann::json::array({{{"filter", fmt::format("datum.kind === '{}'", kind)}}});
  };
  nlohmann::json layers = nlohmann::json::array();
  layers.push_back({{"transform", only("tie")},
                    {"mark", {{"type", "rule"}, {"color", "#3b6ea5"}, {"strokeCap", "round"}}},
                    {"encoding",
                     {{"x", x},
                      {"y", y},
                      {"x2", {{"field", "x2"}}},
                      {"y2", {{"field", "y2"}}},
                      {"strokeWidth",
                       {{"field", "ties"},
                        {"type", "quantitative"},
                        {"legend", nullptr},
                        {"scale", {{"domain", {0, maxTies > 0 ? maxTies : 1}}, {"range", {0.8, 12}}}}}},
                      {"tooltip", nlohmann::json::array({{{"field", "name"}, {"title", "Sectors"}},
                                                         {{"field", "ties"},
                                                          {"title", "Working ties across the pair"},
                                                          {"format", ",.0f"}}})}}}});
  layers.push_back(
      {{"transform", only("hole")},
       {"mark", {{"type", "rule"}, {"color", "#c62828"}, {"strokeWidth", 2}, {"strokeDash", {5, 4}}}},
       {"encoding",
        {{"x", x},
         {"y", y},
         {"x2", {{"field", "x2"}}},
         {"y2", {{"field", "y2"}}},
         {"tooltip", nlohmann::json::array({{{"field", "name"}, {"title", "No working tie between"}}})}}}});
  layers.push_back({{"transform", only("member")},
                    {"mark", {{"type", "rule"}, {"color", "#e07b00"}, {"opacity", 0.9}}},
                    {"encoding",
                     {{"x", x},
                      {"y", y},
                      {"x2", {{"field", "x2"}}},
                      {"y2", {{"field", "y2"}}},
                      {"strokeWidth",
                       {{"field", "members"},
                        {"type", "quantitative"},
                        {"legend", nullptr},
                        {"scale", {{"domain", {0, maxMembers > 0 ? maxMembers : 1}}, {"range", {1.5, 7}}}}}},
                      {"tooltip", nlohmann::json::array(
                                      {{{"field", "name"}, {"title", "Members from"}},
                                       {{"field", "members"}, {"title", "Members"}, {"format", ".1f"}}})}}}});
  layers.push_back({{"transform", only("sector")},
                    {"mark",
                     {{"type", "circle"},
                      {"color", "#1f4e79"},
                      {"opacity", 1},
                      {"stroke", "white"},
                      {"strokeWidth", 1.5}}},
                    {"encoding",
                     {{"x", x},
                      {"y", y},
                      {"size",
                       {{"field", "staff"},
                        {"type", "quantitative"},
                        {"legend", nullptr},
                        {"scale", {{"domain", {0, maxStaff > 0 ? maxStaff : 3}}, {"range", {40, 1400}}}}}},
                      {"tooltip", nlohmann::json::array(
                                      {{{"field", "gloss"}, {"title", "Sector"}},
                                       {{"field", "name"}, {"title", "Norwegian name"}},
                                       {{"field", "staff"}, {"title", "Staff"}, {"format", ",.0f"}}})}}}});
  layers.push_back({{"transform", only("hub")},
                    {"mark",
                     {{"type", "point"},
                      {"shape", "diamond"},
                      {"filled", true},
                      {"size", 420},
                      {"color", "#e07b00"},
                      {"opacity", 1}}},
                    {"encoding", {{"x", x}, {"y", y}, {"tooltip", {{"field", "name"}}}}}});
  for (const char* anchor : {"left", "right", "center"})
    layers.push_back(
        {{"transform",
          nlohmann::json::array(
              {{{"filter", fmt::format("datum.kind === 'sector' && datum.anchor === '{}'", anchor)}}})},
         {"mark",
          {{"type", "text"},
           {"align", anchor},
           {"baseline", "middle"},
           {"fontSize", 12},
           {"color", "#222"},
           {"limit", 120}}},
         {"encoding",
          {{"x",
            {{"field", "lx"}, {"type", "quantitative"}, {"scale", {{"domain", domain}}}, {"axis", nullptr}}},
           {"y",
            {{"field", "ly"},
             {"type", "quantitative"},
             {"scale", {{"domain", {-1.45, 1.45}}}},
             {"axis", nullptr}}},
           {"text", {{"field", "label"}}}}}});
  return {{"width", kWidth},
          {"height", kHeight},
          {"data", {{"values", rows}}},
          {"layer", layers},
          {"resolve", {{"scale", {{"strokeWidth", "independent"}}}}}};
}

}  // namespace

Section networkSection(const OutputDir& output) {
  Section section;
  section.heading = "The organisation: who works with whom across sectors";
  section.intro =
      "Each circle is a sector, its size the number of staff. A blue line joins two sectors; the thicker it "
      "is, "
      "the more working ties there are between their people at the end of the simulated period. A red dashed "
      "line marks two sectors with no working tie at all: problems that need both tend to stall there. The "
      "orange diamond is the coordination group, linked to the sectors its members come from.";
  section.compact = true;
  if (!output.network) {
    section.notes.push_back("No network.csv in this directory, so the organisation picture is not shown.");
    return section;
  }
  std::optional<CsvFile> sectorsFile;
  if (std::filesystem::exists(output.dir / "sectors.csv"))
    sectorsFile = CsvFile::read(output.dir / "sectors.csv");
  const CsvFile& file = *output.network;
  const std::size_t cScenario = file.requireColumn("scenario"), cA = file.requireColumn("sector_a");
  const std::size_t cB = file.requireColumn("sector_b");
  const auto cTies = file.findColumn("bridges");
  const std::size_t cDensity = file.requireColumn("tie_density");
  std::map<std::string, Design> designs;
  std::vector<std::string> sectors;
  if (sectorsFile) {
    const std::size_t cS = sectorsFile->requireColumn("scenario"),
                      cName = sectorsFile->requireColumn("sector");
    const std::size_t cStaff = sectorsFile->requireColumn("staff");
    const auto cMembers = sectorsFile->findColumn("hub_members");
    for (std::size_t r = 0; r < sectorsFile->rowCount(); ++r) {
      Design& d = designs[sectorsFile->cell(r, cS)];
      const std::string& name = sectorsFile->cell(r, cName);
      addSector(sectors, name);
      if (auto v = sectorsFile->number(r, cStaff)) d.staff[name].add(*v);
      if (auto v = cMembers ? sectorsFile->number(r, *cMembers) : std::nullopt) d.members[name].add(*v);
    }
  }
  for (std::size_t r = 0; r < file.rowCount(); ++r) {
    addSector(sectors, file.cell(r, cA));
    addSector(sectors, file.cell(r, cB));
  }
  for (std::size_t r = 0; r < file.rowCount(); ++r) {
    std::string a = file.cell(r, cA), b = file.cell(r, cB);
    if (a == b) continue;
    if (std::find(sectors.begin(), sectors.end(), a) > std::find(sectors.begin(), sectors.end(), b))
      std::swap(a, b);
    // Older files without tie counts: density stands in (0 still means no tie).
    if (auto v = cTies ? file.number(r, *cTies) : file.number(r, cDensity))
      designs[file.cell(r, cScenario)].ties[{a, b}].add(*v);
  }
  double maxTies = 0, maxStaff = 0, maxMembers = 0;
  for (const auto& [name, d] : designs) {
    for (const auto& [pair, m] : d.ties) maxTies = std::max(maxTies, m.value());
    for (const auto& [s, m] : d.staff) maxStaff = std::max(maxStaff, m.value());
    for (const auto& [s, m] : d.members) maxMembers = std::max(maxMembers, m.value());
  }
  std::vector<std::string> order = output.scenarios;
  for (const auto& [name, d] : designs)
    if (std::find(order.begin(), order.end(), name) == order.end()) order.push_back(name);
  for (const std::string& name : order) {
    auto it = designs.find(name);
    if (it == designs.end() || it->second.ties.empty()) continue;
    std::size_t holes = 0;
    for (const auto& [pair, m] : it->second.ties) holes += m.value() > 0 ? 0 : 1;
    section.charts.push_back({name,
                              holes == 0 ? "Every pair of sectors has working ties."
                                         : fmt::format("{} pair{} of sectors without any working tie.", holes,
                                                       holes == 1 ? "" : "s"),
                              picture(it->second, sectors, maxTies, maxStaff, maxMembers)});
  }
  if (!sectorsFile)
    section.notes.push_back(
        "No sectors.csv in this directory (older output), so circles are not sized by staff and the "
        "coordination group is not drawn.");
  return section;
}

}  // namespace samsim::analysis::report
