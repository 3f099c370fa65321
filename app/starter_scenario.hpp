#pragma once
// The commented starter scenario `samsim init` writes, generated from the scenario schema's own
// descriptions (models/scenario/sections/) so that it cannot go stale: every required key with its
// value, each under a comment saying what it is, its unit, what it allows and its default; with
// `allKeys` every other key too, commented out at its default.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace samsim::app {

// An imported organisation the scenario points at (organisation.from).
struct StarterOrganisation {
  std::string units, staff, ties;    // as written: relative to the scenario file; ties may be empty
  int staffCount = 0;                // staff in the files
  std::vector<std::string> sectors;  // the files' sectors, the central staff's last
  std::string source;                // the folder, for the comments
};

struct StarterOptions {
  std::string name;  // the scenario's name
  std::optional<StarterOrganisation> organisation;
  bool allKeys = false;
};

std::string starterScenario(const StarterOptions& options);

// A value as YAML in flow style (what the manifest shows for a key, written back as a scenario
// value): booleans, numbers, plain words unquoted, other text double-quoted, lists and maps inline.
std::string yamlValue(const nlohmann::json& value);

}  // namespace samsim::app
