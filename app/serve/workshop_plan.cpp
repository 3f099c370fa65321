#include "app/serve/workshop_plan.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "sim/description_text.hpp"
#include "sim/input_error.hpp"
#include "sim/text.hpp"

namespace samsim::app::serve {
namespace {

// Keys come from the request: escaped, so a key with a line break or a NUL stays on one line.
[[noreturn]] void fail(const std::string& key, const std::string& expected) {
  throw sim::InputError(fmt::format("{}: expected {}", sim::escaped(key), expected));
}

std::string pointerOf(const std::string& dotted) {
  std::string pointer = "/" + dotted;
  std::replace(pointer.begin(), pointer.end(), '.', '/');
  return pointer;
}

const Control* findControl(const std::string& path) {
  for (const auto& control : workshopControls())
    if (control.path == path) return &control;
  return nullptr;
}

// A request value as the text of a `--set` assignment. Strings are limited to plain words, so a
// request cannot smuggle YAML structure in; the schema then checks type and range.
std::string valueText(const std::string& key, const nlohmann::json& value) {
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  // As sent: 18446744073709551615 stays that number (as a signed integer it would read -1).
  if (value.is_number_unsigned()) return std::to_string(value.get<std::uint64_t>());
  if (value.is_number_integer()) return std::to_string(value.get<std::int64_t>());
  if (value.is_number()) return fmt::format("{}", value.get<double>());
  if (value.is_string()) {
    auto text = value.get<std::string>();
    const bool plain =
        !text.empty() && text.size() <= 40 && std::all_of(text.begin(), text.end(), [](char c) {
          return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
        });
    if (!plain) fail(key, "a number, true/false or a plain word");
    return text;
  }
  fail(key, "a number, true/false or a plain word");
}

// The CLI's message names the override or the file first; the page shows the key and the rest.
std::string withoutOrigin(std::string message, const std::vector<std::string>& assignments,
                          const std::filesystem::path& file) {
  for (const auto& assignment : assignments) {
    const std::string prefix = "--set " + assignment + ": ";
    if (message.rfind(prefix, 0) == 0) return message.substr(prefix.size());
  }
  const std::string filePrefix = file.string();
  if (message.rfind(filePrefix, 0) == 0) {
    const auto colon = message.find(": ", filePrefix.size());
    if (colon != std::string::npos) return message.substr(colon + 2);
  }
  return message;
}

struct Loaded {
  models::Scenario scenario;
  std::string yaml;
};

// What a scenario of the comparison is, as `description=` and `description_nb=` assignments (JSON
// strings are YAML scalars, so the text cannot turn into YAML structure). Empty texts: the base
// design's own description stays.
struct Described {
  std::string text;
  std::string textNb;
  [[nodiscard]] std::vector<std::string> assignments() const {
    std::vector<std::string> out;
    if (!text.empty()) out.push_back("description=" + nlohmann::json(text).dump());
    if (!textNb.empty()) out.push_back("description_nb=" + nlohmann::json(textNb).dump());
    return out;
  }
};

// At most sim::kMaxDescriptionChars characters, cut at a character boundary with "…".
std::string fitted(std::string text) {
  std::size_t characters = 0;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if ((static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) continue;
    if (++characters == sim::kMaxDescriptionChars) {
      text.resize(at);
      return text + "…";
    }
  }
  return text;
}

Loaded load(const Design& design, const std::vector<std::string>& assignments,
            const Described& described = {}) {
  Loaded out;
  std::vector<std::string> all = assignments;
  const auto texts = described.assignments();
  all.insert(all.end(), texts.begin(), texts.end());
  try {
    out.scenario = models::loadScenario(design.file, all);
  } catch (const sim::InputError& e) {
    throw sim::InputError(withoutOrigin(e.what(), assignments, design.file));
  }
  // The same document with the same overrides, written back as a scenario file.
  auto doc = sim::YamlDocument::fromFile(design.file);
  for (const auto& assignment : all)
    doc.applyOverride(assignment,
                      [](const std::string& path) { return models::scenarioSchema().isKnown(path); });
  YAML::Emitter emitter;
  emitter << doc.root();
  out.yaml = fmt::format(
      "# samsim workshop scenario, based on {}\n# changed: {}\n{}\n", design.file.filename().string(),
      assignments.empty() ? std::string("nothing") : fmt::format("{}", fmt::join(assignments, ", ")),
      emitter.c_str());
  return out;
}

// The room's changes in the page's words: "… — Members of the group: 12; Days between its meetings: 10".
Described describeEdit(const std::string& base, const std::vector<std::string>& changes) {
  if (changes.empty())
    return {fmt::format("{} as it is, in the room's world.", base),
            fmt::format("{} som den er, i verkstedets verden.", base)};
  std::vector<std::string> words;
  for (const auto& change : changes) {
    const auto eq = change.find('=');
    const Control* control = findControl(change.substr(0, eq));
    words.push_back(
        fmt::format("{}: {}", control ? control->label : change.substr(0, eq), change.substr(eq + 1)));
  }
  return {fitted(fmt::format("{} as changed in the room — {}.", base, fmt::join(words, "; "))),
          fitted(fmt::format("{} slik verkstedet endret den — {}.", base, fmt::join(changes, "; ")))};
}

Described lineOnlyDescription() {
  return {
      "The same world with no coordination group: cases that cross sectors go through personal contacts or "
      "up the line.",
      "Samme verden uten samordningsgruppe: saker på tvers av sektorer går via personlige kontakter eller "
      "tjenestevei."};
}

int integerField(const nlohmann::json& request, const std::string& key, int fallback, int low, int high) {
  if (!request.contains(key)) return fallback;
  const auto& value = request.at(key);
  if (!value.is_number_integer() || value.get<std::int64_t>() < low || value.get<std::int64_t>() > high)
    fail(key, fmt::format("an integer in [{}, {}]", low, high));
  return static_cast<int>(value.get<std::int64_t>());
}

}  // namespace

const std::vector<Control>& workshopControls() {
  static const std::vector<Control> controls{
      {"municipality.staff", "Staff in the organisation", true, 300, 15000, 100},
      {"days", "Length of the run", true, 40, 1000, 5},
      {"crisis.enabled", "A crisis happens", true, 0, 1, 1},
      {"crisis.kind", "Kind of crisis", true, 0, 0, 1},
      {"crisis.start_day", "Crisis starts on day", true, 0, 600, 5},
      {"crisis.duration_days", "Length of the crisis", true, 5, 600, 5},
      {"hub.enabled", "A coordination group exists", false, 0, 1, 1},
      {"hub.size", "Members of the group", false, 1, 40, 1},
      {"hub.cadence_days", "Days between its meetings", false, 1, 40, 1},
      {"hub.mandate", "What it may do with a case", false, 0, 0, 1},
      {"hub.liaison", "Its chair sits in crisis management", false, 0, 1, 1},
      {"hub.visibility", "Share of staff who know it exists", false, 0, 1, 0.05},
      {"hub.membership", "Members fixed or chosen per meeting", false, 0, 0, 1},
  };
  return controls;
}

DesignCatalog::DesignCatalog(const std::filesystem::path& scenariosDir,
                             const std::vector<std::string>& files) {
  for (const char* group : {"designs", "normal"}) {
    const auto dir = scenariosDir / group;
    if (!std::filesystem::is_directory(dir)) continue;
    std::vector<std::filesystem::path> found;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
      if (entry.path().extension() == ".yaml") found.push_back(entry.path());
    std::sort(found.begin(), found.end());
    for (const auto& file : found) {
      const auto scenario = models::loadScenario(file, {});
      m_designs.push_back({std::string(group) + "/" + file.stem().string(), scenario.name, file});
    }
  }
  for (const auto& file : files) {
    const auto scenario = models::loadScenario(file, {});
    m_designs.push_back(
        {"file/" + std::filesystem::path(file).stem().string(), scenario.name + " (file)", file});
  }
  if (m_designs.empty())
    throw sim::InputError(
        fmt::format("{}: no designs found (expected designs/*.yaml there: run from the samsim directory, or "
                    "give --designs DIR or a scenario file)",
                    scenariosDir.string()));
}

const Design& DesignCatalog::find(const std::string& id) const {
  for (const auto& design : m_designs)
    if (design.id == id) return design;
  fail("design", "one of the offered designs, got " + sim::quoted(id));
}

WorkshopPlan planWorkshop(const nlohmann::json& request, const DesignCatalog& catalog, const Limits& limits) {
  if (!request.is_object()) fail("request", "a JSON object with design, settings and replicates");
  for (const auto& [key, value] : request.items())
    if (key != "design" && key != "settings" && key != "replicates" && key != "seed")
      fail(key, "only design, settings, replicates and seed");
  if (!request.contains("design") || !request.at("design").is_string()) fail("design", "the id of a design");
  WorkshopPlan plan;
  plan.design = request.at("design").get<std::string>();
  const Design& design = catalog.find(plan.design);
  plan.replicates = integerField(request, "replicates", 10, 1, limits.maxReplicates);

  std::vector<std::string> world;
  const nlohmann::json settings = request.value("settings", nlohmann::json::object());
  if (!settings.is_object()) fail("settings", "an object of setting → value");
  for (const auto& [key, value] : settings.items()) {
    const Control* control = findControl(key);
    if (control == nullptr) fail(key, "a setting the workshop page offers");
    const std::string assignment = key + "=" + valueText(key, value);
    (control->world ? world : plan.changes).push_back(assignment);
  }
  if (request.contains("seed")) {
    const auto& seed = request.at("seed");
    if (!seed.is_number_unsigned()) fail("seed", "a non-negative integer");
    world.push_back(fmt::format("seed={}", seed.get<std::uint64_t>()));
  }

  const Loaded unedited = load(design, world);
  plan.seed = unedited.scenario.seed;
  std::vector<std::string> edited = world;
  edited.insert(edited.end(), plan.changes.begin(), plan.changes.end());
  edited.push_back("name=" + unedited.scenario.name + "-edited");
  // The edited and line-only scenarios are not what the base file describes: each says what it is.
  std::vector<Loaded> loaded{unedited,
                             load(design, edited, describeEdit(unedited.scenario.name, plan.changes))};
  plan.roles = {"unedited", "edited"};
  if (unedited.scenario.hub.enabled) {
    std::vector<std::string> line = world;
    line.insert(line.end(), {"hub.enabled=false", "name=line-only"});
    if (unedited.scenario.name != "line-only") {
      loaded.push_back(load(design, line, lineOnlyDescription()));
      plan.roles.emplace_back("line-only");
    }
  }
  // Common random numbers: every scenario carries the unedited one's seed, also in its file.
  for (auto& item : loaded) {
    plan.scenarios.push_back(item.scenario);
    plan.yaml.push_back(item.yaml);
  }

  const auto& base = plan.scenarios.front();
  if (base.municipality.staff > limits.maxStaff)
    fail("municipality.staff",
         fmt::format("at most {} in a workshop run, got {}", limits.maxStaff, base.municipality.staff));
  const double work = static_cast<double>(base.municipality.staff) * base.days * plan.replicates *
                      static_cast<double>(plan.scenarios.size());
  if (work > limits.maxStaffDays)
    fail("replicates",
         fmt::format("staff × days × replicates × scenarios at most {:.0f}, got {:.0f}; use fewer "
                     "replicates, days or staff",
                     limits.maxStaffDays, work));
  return plan;
}

nlohmann::json setupJson(const DesignCatalog& catalog, const Limits& limits) {
  nlohmann::json out;
  const auto& schema = models::scenarioSchema();
  out["controls"] = nlohmann::json::array();
  for (const auto& control : workshopControls()) {
    const auto entry = std::find_if(schema.entries().begin(), schema.entries().end(),
                                    [&](const auto& e) { return e.info.path == control.path; });
    if (entry == schema.entries().end()) continue;  // the schema is the authority
    const double low = std::max(control.sliderLow, entry->lo);
    double high = std::min(control.sliderHigh, entry->hi);
    if (control.path == "municipality.staff") high = std::min(high, static_cast<double>(limits.maxStaff));
    nlohmann::json item = nlohmann::json::object();
    item["path"] = control.path;
    item["label"] = control.label;
    item["world"] = control.world;
    item["type"] = entry->info.type;
    item["unit"] = entry->info.unit;
    item["range"] = entry->info.range;
    item["source"] = entry->info.source;
    item["doc"] = entry->info.doc;
    item["choices"] = entry->choices;
    item["low"] = low;
    item["high"] = high;
    item["step"] = control.step;
    out["controls"].push_back(item);
  }
  out["designs"] = nlohmann::json::array();
  for (const auto& design : catalog.designs()) {
    const auto values = schema.toJson(models::loadScenario(design.file, {}));
    nlohmann::json current = nlohmann::json::object();
    for (const auto& control : workshopControls())
      current[control.path] =
          values.value(nlohmann::json::json_pointer(pointerOf(control.path)), nlohmann::json());
    // Not offered as controls, but the page needs them to say when a run is too short to observe
    // the restricted mean time to resolution.
    const auto scenario = models::loadScenario(design.file, {});
    out["designs"].push_back({{"id", design.id},
                              {"label", design.label},
                              {"description", scenario.description},
                              {"description_nb", scenario.descriptionNb},
                              {"values", current},
                              {"warmup_days", scenario.warmupDays},
                              {"horizon_days", scenario.outcomes.horizonDays}});
  }
  out["limits"] = {{"max_staff", limits.maxStaff},
                   {"max_replicates", limits.maxReplicates},
                   {"max_staff_days", limits.maxStaffDays}};
  return out;
}

}  // namespace samsim::app::serve
