// docs/ODD.md's parameter tables, made from the scenario schema: one table per top-level group,
// one row per key with its default, unit, range, source and meaning. Printed by samsim_odd_params
// (scripts/odd-params.sh writes them into docs/ODD.md) and compared with the document by
// odd_doc_test.cpp.
#pragma once

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "models/scenario/scenario.hpp"

namespace samsim::test {

// The group of a key: its first path component, or "run" for a top-level key.
inline std::string oddGroupOf(const std::string& path) {
  const auto dot = path.find('.');
  return dot == std::string::npos ? std::string("run") : path.substr(0, dot);
}

// The table row of one schema entry, as docs/ODD.md carries it.
inline std::string oddRow(const sim::ParamEntry<models::Scenario>& e, const models::Scenario& defaults) {
  std::string def = e.show(defaults).dump();
  std::string range = e.info.range;
  for (std::size_t at = range.find('|'); at != std::string::npos; at = range.find('|', at + 2))
    range.replace(at, 1, "\\|");
  if (e.info.path == "municipality.sectors") def = "7 (Trondheim 2021)";
  return "| `" + e.info.path + "` | " + def + " | " + e.info.unit + " | " + range + " | " + e.info.source +
         " | " + e.info.doc + (e.info.required ? " (required)" : "") + " |";
}

// Every table, from the first "#### `run`" heading to the end of docs/ODD.md. Groups in order of
// first appearance, keys in schema order (keys of a group may be declared in more than one place).
inline std::string oddParameterTables() {
  const auto& schema = models::scenarioSchema();
  const models::Scenario defaults;
  std::vector<std::string> groups;
  for (const auto& e : schema.entries())
    if (std::find(groups.begin(), groups.end(), oddGroupOf(e.info.path)) == groups.end())
      groups.push_back(oddGroupOf(e.info.path));
  std::ostringstream out;
  for (const auto& g : groups) {
    if (g != groups.front()) out << '\n';
    out << "#### `" << g
        << "`\n\n| key | default | unit | range | source | meaning |\n|---|---|---|---|---|---|\n";
    for (const auto& e : schema.entries())
      if (oddGroupOf(e.info.path) == g) out << oddRow(e, defaults) << '\n';
  }
  return out.str();
}

}  // namespace samsim::test
