#include "models/scenario.hpp"

#include <fmt/format.h>

#include "sim/input_error.hpp"

namespace samsim::models {
namespace {

// 003 l. 1293: Trondheim's seven areas (2021); relative sizes are assumptions.
std::vector<SectorSpec> defaultSectors(int count) {
  static const std::vector<SectorSpec> trondheim = {
      {"Helse og velferd", 0.40},      {"Oppvekst og utdanning", 0.35}, {"Byutvikling", 0.08},
      {"Kultur og idrett", 0.04},      {"Naering, samferdsel, klima og miljo", 0.04},
      {"Finans", 0.04},                {"Organisasjon", 0.05}};
  std::vector<SectorSpec> out;
  for (int i = 0; i < count; ++i)
    out.push_back(i < static_cast<int>(trondheim.size()) ? trondheim[static_cast<std::size_t>(i)]
                                                          : SectorSpec{fmt::format("Sector {}", i + 1), 0.05});
  return out;
}

void readSectors(Scenario& s, const YAML::Node& node, const sim::Origin& origin) {
  const std::string path = "municipality.sectors";
  const std::string expected = "a sector count in [1, 50] or a list of names or {name, share} entries";
  if (node.IsScalar()) {
    const auto count = sim::readInteger(node, origin, path);
    if (count < 1 || count > 50) sim::failInput(origin, path, expected, node);
    s.municipality.sectors = defaultSectors(static_cast<int>(count));
    return;
  }
  if (!node.IsSequence() || node.size() == 0) sim::failInput(origin, path, expected, node);
  s.municipality.sectors.clear();
  for (const auto& item : node) {
    SectorSpec spec;
    if (item.IsScalar()) {
      spec.name = item.Scalar();
      spec.share = 1.0;
    } else if (item.IsMap() && item["name"]) {
      spec.name = sim::readString(item["name"], origin, path + ".name");
      if (item["share"]) {
        spec.share = sim::readNumber(item["share"], origin, path + ".share");
        if (spec.share <= 0) sim::failInput(origin, path + ".share", "a positive number", item["share"]);
      }
    } else {
      sim::failInput(origin, path, expected, item);
    }
    s.municipality.sectors.push_back(spec);
  }
}

nlohmann::json showSectors(const Scenario& s) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& sector : s.municipality.sectors) out.push_back({{"name", sector.name}, {"share", sector.share}});
  return out;
}

sim::Schema<Scenario> buildSchema() {
  sim::Schema<Scenario> s;
  s.field("version", [](Scenario& c) -> auto& { return c.version; }).range(1, 1).required()
      .doc("Scenario file format version").source("samsim");
  s.field("name", [](Scenario& c) -> auto& { return c.name; }).required().doc("Scenario name in outputs");
  s.field("seed", [](Scenario& c) -> auto& { return c.seed; }).required().doc("Base random seed");
  s.field("days", [](Scenario& c) -> auto& { return c.days; }).range(1, 20000).required().unit("working days")
      .doc("Length of the run");
  s.field("municipality.staff", [](Scenario& c) -> auto& { return c.municipality.staff; }).range(20, 1000000)
      .required().unit("persons").source("003 l. 1293 (Trondheim ≈14–15,000)").doc("Total staff");
  s.custom("municipality.sectors", "count or list", readSectors, showSectors).required()
      .source("000 §3; Trondheim 2021 has seven areas").doc("Sectors (areas) and their relative sizes");
  s.field("crisis.enabled", [](Scenario& c) -> auto& { return c.crisis.enabled; }).required()
      .doc("Whether a crisis happens");
  s.field("crisis.start_day", [](Scenario& c) -> auto& { return c.crisis.startDay; }).range(0, 20000).required()
      .unit("working day").doc("Day the crisis starts");
  s.field("crisis.duration_days", [](Scenario& c) -> auto& { return c.crisis.durationDays; }).range(1, 20000)
      .required().unit("working days").doc("Length of the crisis");
  s.field("hub.enabled", [](Scenario& c) -> auto& { return c.hub.enabled; }).required()
      .doc("Whether a cross-sector coordination arena exists");
  s.field("hub.size", [](Scenario& c) -> auto& { return c.hub.size; }).range(2, 500).required().unit("members")
      .source("000 §3: one per sector plus four").doc("Members of the arena");
  s.field("hub.cadence_days", [](Scenario& c) -> auto& { return c.hub.cadenceDays; }).range(1, 260).required()
      .unit("working days").source("000 §4.1: weekly").doc("Days between meetings");
  s.field("hub.mandate", [](Scenario& c) -> auto& { return c.hub.mandate; })
      .oneOf({"information", "advisory", "decisive"}).required().source("000 §6.5").doc("What the arena may do");
  s.field("hub.liaison", [](Scenario& c) -> auto& { return c.hub.liaison; }).required().source("000 §5.4")
      .doc("Arena leader sits in crisis management");
  s.field("hub.membership", [](Scenario& c) -> auto& { return c.hub.membership; }).oneOf({"fixed", "flexible"})
      .required().source("000 §6.3").doc("Fixed members or chosen per meeting from the agenda");
  return s;
}

}  // namespace

const sim::Schema<Scenario>& scenarioSchema() {
  static const sim::Schema<Scenario> schema = buildSchema();
  return schema;
}

Scenario loadScenario(const std::filesystem::path& file, const std::vector<std::string>& overrides) {
  auto doc = sim::YamlDocument::fromFile(file);
  const auto& schema = scenarioSchema();
  for (const auto& assignment : overrides)
    doc.applyOverride(assignment, [&](const std::string& path) { return schema.isKnown(path); });
  Scenario scenario = schema.load(doc);
  if (scenario.crisis.enabled && scenario.crisis.startDay >= scenario.days)
    throw sim::InputError(fmt::format("{}: crisis.start_day: expected a day before days ({}), got {}", file.string(),
                                      scenario.days, scenario.crisis.startDay));
  return scenario;
}

}  // namespace samsim::models
