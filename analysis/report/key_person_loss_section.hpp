#pragma once
// The report's before/after table of a key-person loss (docs/report.md "Key-person loss"): shown
// only when summary.csv holds a run with the event (key_persons_lost not empty).
#include <optional>

#include "analysis/report/chart_specs.hpp"
#include "analysis/report/output_dir.hpp"

namespace samsim::analysis::report {

std::optional<Section> keyPersonLossSection(const OutputDir& output);

}  // namespace samsim::analysis::report
