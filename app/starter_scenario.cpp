// The starter scenario of `samsim init` (starter_scenario.hpp): the schema's keys grouped into
// YAML sections in the schema's order, each under its description.
#include "app/starter_scenario.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "app/run_output.hpp"
#include "models/scenario/scenario.hpp"

namespace samsim::app {
namespace {

constexpr std::size_t kWidth = 100;  // comment lines are wrapped to this many characters

// A key as the starter writes it.
struct Item {
  std::string key;    // last part of the path
  std::string value;  // YAML
  std::string comment;
  bool active = true;  // written as a setting, else commented out
};

// A section of the file (or the file itself): its keys and subsections in the schema's order.
struct Section {
  std::string name;
  std::vector<Item> items;
  std::vector<Section> sections;
  std::vector<std::pair<bool, std::size_t>> order;  // (is a section, index)

  [[nodiscard]] bool active() const {
    return std::any_of(items.begin(), items.end(), [](const Item& i) { return i.active; }) ||
           std::any_of(sections.begin(), sections.end(), [](const Section& s) { return s.active(); });
  }
  void add(const std::string& path, Item item) {
    const auto dot = path.find('.');
    if (dot == std::string::npos) {
      item.key = path;
      order.emplace_back(false, items.size());
      items.push_back(std::move(item));
      return;
    }
    const std::string head = path.substr(0, dot);
    auto it =
        std::find_if(sections.begin(), sections.end(), [&](const Section& s) { return s.name == head; });
    if (it == sections.end()) {
      order.emplace_back(true, sections.size());
      sections.push_back(Section{head, {}, {}, {}});
      it = sections.end() - 1;
    }
    it->add(path.substr(dot + 1), std::move(item));
  }
};

bool plainWord(const std::string& s) {
  static const std::vector<std::string> special = {"true", "false", "yes", "no", "on",
                                                   "off",  "null",  "y",   "n"};
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return false;
  const bool simple = std::all_of(s.begin(), s.end(),
                                  [](unsigned char c) { return std::isalnum(c) || c == '_' || c == '-'; });
  std::string lower = s;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return simple && std::find(special.begin(), special.end(), lower) == special.end();
}

// `text` as comment lines of at most kWidth characters, each starting with `indent` and "# ".
std::string commentLines(const std::string& text, const std::string& indent) {
  std::istringstream words(text);
  std::string out, line, word;
  while (words >> word) {
    if (!line.empty() && indent.size() + 2 + line.size() + 1 + word.size() > kWidth) {
      out += indent + "# " + line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) out += indent + "# " + line + "\n";
  return out;
}

// What the key is, in the schema's words, with its unit, what it allows and its default.
// `note` says why the starter writes another value than the default.
std::string describe(const sim::ParamInfo& info, const nlohmann::json& fallback, const std::string& note) {
  std::string text = info.doc + ".";
  if (!info.unit.empty()) text += " Unit: " + info.unit + ".";
  if (info.range.find(" | ") != std::string::npos)
    text += " One of: " + info.range + ".";
  else if (!info.range.empty())
    text += " Allowed: " + info.range + ".";
  else if (info.type == "boolean")
    text += " true or false.";
  const bool noDefault = fallback.is_null() || (fallback.is_array() && fallback.empty());
  const bool empty = noDefault || (fallback.is_string() && fallback.get_ref<const std::string&>().empty());
  if (!info.required)
    text += " Default: " + (empty ? std::string("none") : yamlValue(fallback)) + ".";
  else if (empty || !note.empty())
    text += " Required.";
  else
    text += " Required (samsim's own default: " + yamlValue(fallback) + ").";
  return note.empty() ? text : text + " " + note;
}

void write(const Section& section, int depth, bool parentActive, std::string& out) {
  const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  for (const auto& [isSection, index] : section.order) {
    if (isSection) {
      const Section& s = section.sections[index];
      const bool active = parentActive && s.active();
      if (depth == 0) out += "\n";
      out += indent + (active ? "" : "# ") + s.name + ":\n";
      write(s, depth + 1, active, out);
      continue;
    }
    const Item& item = section.items[index];
    out += commentLines(item.comment, indent);
    out += indent + (item.active && parentActive ? "" : "# ") + item.key + ": " + item.value + "\n";
  }
}

// The keys the organisation decides, and where the scenario finds its files.
void addOrganisation(const StarterOrganisation& org,
                     std::map<std::string, std::pair<std::string, std::string>>& set) {
  const std::string decided = fmt::format(
      "Taken from the organisation's files in {}: they decide, and this value is not used.", org.source);
  set["municipality.staff"] = {std::to_string(std::max(org.staffCount, 20)), decided};
  nlohmann::json sectors = org.sectors;
  set["municipality.sectors"] = {yamlValue(sectors), decided + " The last is the central staff's sector."};
  const std::string folder = "Written here: the file in " + org.source + ".";
  set["organisation.from.units"] = {yamlValue(org.units), folder};
  set["organisation.from.staff"] = {yamlValue(org.staff), folder};
  if (!org.ties.empty()) set["organisation.from.ties"] = {yamlValue(org.ties), folder};
}

}  // namespace

std::string yamlValue(const nlohmann::json& value) {
  if (value.is_string()) {
    const auto& s = value.get_ref<const std::string&>();
    return plainWord(s) ? s : value.dump();
  }
  if (value.is_array()) {
    std::vector<std::string> parts;
    for (const auto& v : value) parts.push_back(yamlValue(v));
    return fmt::format("[{}]", fmt::join(parts, ", "));
  }
  if (value.is_object()) {
    std::vector<std::string> parts;
    for (const auto& [k, v] : value.items()) parts.push_back(k + ": " + yamlValue(v));
    return fmt::format("{{{}}}", fmt::join(parts, ", "));
  }
  return value.dump();
}

std::string starterScenario(const StarterOptions& options) {
  // Values the starter writes other than samsim's defaults: (value, note added to the comment).
  std::map<std::string, std::pair<std::string, std::string>> set;
  set["name"] = {yamlValue(options.name), "Written here: the file's name."};
  set["municipality.sectors"] = {"7", "Written here: 7, Trondheim's seven areas with their relative sizes."};
  if (options.organisation) addOrganisation(*options.organisation, set);
  const models::Scenario defaults{};
  Section file;
  for (const auto& e : models::scenarioSchema().entries()) {
    const auto it = set.find(e.info.path);
    const bool active = e.info.required || it != set.end();
    if (!active && !options.allKeys) continue;
    const nlohmann::json fallback = e.show(defaults);
    Item item;
    item.value = it != set.end() ? it->second.first : yamlValue(fallback);
    item.comment = describe(e.info, fallback, it != set.end() ? it->second.second : "");
    item.active = active;
    file.add(e.info.path, std::move(item));
  }
  std::string out = commentLines(
      fmt::format(
          "samsim scenario, a starter written by `samsim init` (samsim {}). Every key written here is "
          "required{}; every other key has a default ({}). As written it runs normal times without a "
          "coordination arena: set crisis.enabled and hub.enabled to true for a crisis and an arena "
          "(scenarios/designs/ holds five designs to copy from). Check the file with `samsim validate "
          "FILE`, run it with `samsim run FILE`.",
          samsimVersion(), options.organisation ? " or names the organisation's files" : "",
          options.allKeys ? "here commented out at its default; docs/ODD.md lists them all"
                          : "docs/ODD.md lists them all, and `samsim init --all` writes them"),
      "");
  out += "\n";
  write(file, 0, true, out);
  return out;
}

}  // namespace samsim::app
