#pragma once
// The scenario: plain, validated settings of one municipality run (INTERFACE.md keys and more).
// Defaults are the member initialisers; scenarioSchema() documents every key.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "sim/params.hpp"

namespace samsim::models {

struct SectorSpec {
  std::string name;
  double share = 1.0;  // relative size (normalised when the organisation is built)
};

struct Scenario {
  int version = 1;
  std::string name = "unnamed";
  std::uint64_t seed = 1;
  int days = 460;

  struct Municipality {
    int staff = 15000;
    std::vector<SectorSpec> sectors;
  } municipality;

  struct Crisis {
    bool enabled = false;
    int startDay = 60;
    int durationDays = 300;
  } crisis;

  struct Hub {
    bool enabled = false;
    int size = 11;
    int cadenceDays = 5;
    std::string mandate = "advisory";
    bool liaison = false;
    std::string membership = "fixed";
  } hub;
};

const sim::Schema<Scenario>& scenarioSchema();

// Loads, applies `--set` overrides ("hub.size=20") and validates; throws sim::InputError.
Scenario loadScenario(const std::filesystem::path& file, const std::vector<std::string>& overrides);

}  // namespace samsim::models
