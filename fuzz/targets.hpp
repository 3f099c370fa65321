#pragma once
// The readers a hostile or careless user can feed, as fuzz targets. Each takes one input and
// returns normally for good input and for bad input reported as sim::InputError (exit 2 in the
// CLI); anything else — another exception, a crash, an infinite value where a measure must be
// finite — escapes and is a finding. The same functions run the committed corpus and regression
// inputs in the ordinary test suite (tests/fuzz), so a finding stays fixed.
#include <string_view>

namespace samsim::fuzz {

// Each returns true when the input was accepted, false when it was refused as bad input.

// A scenario file (models::loadScenario).
bool scenarioReader(std::string_view input);
// A sweep file beside a copy of the shipped scenarios (app::loadSweepPlan, every point validated).
bool sweepReader(std::string_view input);
// An edge list for `samsim holes` (parse, then Burt's measures on the graph read).
bool edgeListReader(std::string_view input);
// A result directory for `samsim report`, packed as "=== FILE\n" sections (see packDirectory).
bool reportDirectoryReader(std::string_view input);

}  // namespace samsim::fuzz
