// Prints docs/ODD.md's parameter tables from the scenario schema (one table per top-level group):
//   build-model/tests/models/samsim_odd_params > /tmp/params.md
// With --schedule, prints §3's table of the day's steps instead (scripts/odd-schedule.sh).
// odd_doc_test.cpp checks that docs/ODD.md still lists every key with its source.
#include <algorithm>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "models/scenario/scenario.hpp"
#include "models/schedule.hpp"

int main(int argc, char** argv) {
  using samsim::models::Scenario;
  if (argc > 1 && std::string_view(argv[1]) == "--schedule") {
    std::cout << samsim::models::scheduleMarkdown();
    return 0;
  }
  const auto& schema = samsim::models::scenarioSchema();
  Scenario defaults;
  // One table per top-level group, groups in order of first appearance, keys in schema order
  // (keys of a group may be declared in more than one place of the schema).
  const auto groupOf = [](const std::string& path) {
    const auto dot = path.find('.');
    return dot == std::string::npos ? std::string("run") : path.substr(0, dot);
  };
  std::vector<std::string> groups;
  for (const auto& e : schema.entries())
    if (std::find(groups.begin(), groups.end(), groupOf(e.info.path)) == groups.end())
      groups.push_back(groupOf(e.info.path));
  std::vector<const samsim::sim::ParamEntry<Scenario>*> ordered;
  for (const auto& g : groups)
    for (const auto& e : schema.entries())
      if (groupOf(e.info.path) == g) ordered.push_back(&e);
  std::string group;
  for (const auto* entry : ordered) {
    const auto& e = *entry;
    const std::string g = groupOf(e.info.path);
    if (g != group) {
      group = g;
      std::cout << "\n#### `" << group
                << "`\n\n| key | default | unit | range | source | meaning |\n|---|---|---|---|---|---|\n";
    }
    std::string def = e.show(defaults).dump();
    std::string range = e.info.range;
    for (std::size_t at = range.find('|'); at != std::string::npos; at = range.find('|', at + 2))
      range.replace(at, 1, "\\|");
    if (e.info.path == "municipality.sectors") def = "7 (Trondheim 2021)";
    std::cout << "| `" << e.info.path << "` | " << def << " | " << e.info.unit << " | " << range << " | "
              << e.info.source << " | " << e.info.doc << (e.info.required ? " (required)" : "") << " |\n";
  }
}
