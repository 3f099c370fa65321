#pragma once
// What a section of the scenario schema is written with (models/scenario/sections/*.cpp only):
// SAMSIM_FIELD binds a key to a plain field, SAMSIM_CHOICE binds a key whose YAML names map to an
// enum, and failAcrossKeys reports a check that needs more than one key.
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "models/scenario/scenario.hpp"
#include "sim/params.hpp"

namespace samsim::models {

// A setting that is a choice: the YAML names map to an enum when the scenario is loaded, and the
// manifest shows the name again.
template <class E, class Access>
sim::ParamEntry<Scenario>& choiceField(sim::Schema<Scenario>& s, const std::string& path, Access access,
                                       const std::vector<std::pair<std::string, E>>& names) {
  std::vector<std::string> labels;
  labels.reserve(names.size());
  for (const auto& entry : names) labels.push_back(entry.first);
  auto read = [path, names, access](Scenario& c, const YAML::Node& node, const sim::Origin& origin) {
    const std::string text = sim::readString(node, origin, path);
    for (const auto& [name, value] : names)
      if (name == text) {
        access(c) = value;
        return;
      }
    std::string expected = "one of ";
    for (std::size_t i = 0; i < names.size(); ++i) expected += (i > 0 ? " | " : "") + names[i].first;
    sim::failInput(origin, path, expected, node);
  };
  auto show = [names, access](const Scenario& c) -> nlohmann::json {
    for (const auto& [name, value] : names)
      if (value == access(c)) return name;
    return nullptr;
  };
  return s.custom(path, "string", read, show).oneOf(std::move(labels));
}

// A check across keys blames `key` where it was set — or, when the user changed one of the keys
// it depends on with --set and not `key` itself, that --set, since it is what made the value wrong
// (`--set days=8` against a crisis starting on day 10). Otherwise the key's line in the file, or
// the file when the key is a default. Returns the message prefix ("file.yaml:12: ").
std::string originForCheck(const sim::YamlDocument& doc, const std::string& key,
                           std::initializer_list<const char*> dependsOn);

// Throws InputError "<origin>: <key>: expected <expected>, got <got>".
[[noreturn]] void failAcrossKeys(const sim::YamlDocument& doc, const std::string& key,
                                 std::initializer_list<const char*> dependsOn, const std::string& expected,
                                 const std::string& got);

}  // namespace samsim::models

#define SAMSIM_CHOICE(path, member, ...)                  \
  choiceField(                                            \
      s, path, [](auto& c) -> auto& { return c.member; }, \
      std::vector<std::pair<std::string, decltype(Scenario{}.member)>>{__VA_ARGS__})

#define SAMSIM_FIELD(path, member) \
  s.field(                         \
      path, [](Scenario & c) -> auto& { return c.member; })
