#pragma once
// A workshop request turned into the scenarios of one comparison. The room picks a base design and
// changes a few settings; the page then compares three scenarios with common random numbers:
//   unedited  the base design in the room's world (organisation size, run length, crisis),
//   edited    the same with the room's changes to the coordination arena,
//   line-only the same world with no arena at all (dropped when the base has none).
// Everything goes through the scenario schema exactly as `--set` does, so a bad value gets the
// message the CLI gives. No file path is ever taken from a request: designs are chosen by id.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "models/scenario/scenario.hpp"

namespace samsim::app::serve {

// A setting the page offers. World settings apply to all three scenarios, design settings to the
// edited one only. Slider bounds are the workshop's; the schema's range is checked as well.
struct Control {
  std::string path;
  std::string label;  // plain words for the room
  bool world = false;
  double sliderLow = 0;
  double sliderHigh = 0;
  double step = 1;
};
const std::vector<Control>& workshopControls();

struct Design {
  std::string id;  // "designs/coordinator-group", "file/my-scenario"
  std::string label;
  std::filesystem::path file;
};

// The shipped designs (DIR/designs/*.yaml and DIR/normal/*.yaml) and any files given on the
// command line; each is loaded once so a broken file stops the server before it starts.
class DesignCatalog {
 public:
  DesignCatalog(const std::filesystem::path& scenariosDir, const std::vector<std::string>& files);
  [[nodiscard]] const std::vector<Design>& designs() const { return m_designs; }
  [[nodiscard]] const Design& find(const std::string& id) const;  // throws InputError naming `design`

 private:
  std::vector<Design> m_designs;
};

// Bounds on one request, so a room cannot queue a day of work by accident.
struct Limits {
  int maxStaff = 15000;  // Trondheim's size (003 l. 1293)
  int maxReplicates = 100;
  double maxStaffDays = 15000.0 * 460 * 30;  // staff × days × replicates × scenarios
};

struct WorkshopPlan {
  std::vector<std::string> roles;  // "unedited", "edited", "line-only"
  std::vector<models::Scenario> scenarios;
  std::vector<std::string> yaml;  // each scenario as a file `samsim compare` accepts
  std::uint64_t seed = 0;         // common base seed: the base design's, or the request's
  int replicates = 10;
  std::string design;                // base design id
  std::vector<std::string> changes;  // "hub.size=12", … as applied to the edited scenario
};

// Throws sim::InputError with one line naming the key and what was expected.
WorkshopPlan planWorkshop(const nlohmann::json& request, const DesignCatalog& catalog, const Limits& limits);

// What the page needs to draw its controls: designs with their current values, and per control the
// schema's unit, range, source and description.
nlohmann::json setupJson(const DesignCatalog& catalog, const Limits& limits);

}  // namespace samsim::app::serve
