#pragma once
// A finished workshop run as a standard output directory (summary.csv, timeseries.csv,
// comparison.csv, manifest.json) plus the three scenario files, so `samsim report` and
// `samsim compare` can take it up after the workshop. Written only under the chosen directory.
#include <filesystem>

#include "app/serve/workshop_run.hpp"

namespace samsim::app::serve {

// OUT/run-<id>/; returns that directory.
std::filesystem::path writeWorkshopRun(const std::filesystem::path& out, int id, const WorkshopRun& run);

}  // namespace samsim::app::serve
