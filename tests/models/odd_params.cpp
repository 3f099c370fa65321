// Prints docs/ODD.md's parameter tables from the scenario schema (one table per top-level group):
//   build-model/tests/models/samsim_odd_params > /tmp/params.md
// odd_doc_test.cpp checks that docs/ODD.md still lists every key with its source.
#include <iostream>
#include <string>

#include "models/scenario.hpp"

int main() {
  using samsim::models::Scenario;
  const auto& schema = samsim::models::scenarioSchema();
  Scenario defaults;
  std::string group;
  for (const auto& e : schema.entries()) {
    const auto dot = e.info.path.find('.');
    const std::string g = dot == std::string::npos ? "run" : e.info.path.substr(0, dot);
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
