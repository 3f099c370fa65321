#pragma once
// A finished workshop run as a standard output directory (summary.csv, timeseries.csv,
// comparison.csv, manifest.json) plus the three scenario files, so `samsim report` and
// `samsim compare` can take it up after the workshop. Written only under the chosen directory.
#include <filesystem>

#include "app/serve/workshop_run.hpp"

namespace samsim::app::serve {

// Creates OUT when missing and writes and removes a probe file in it, so an --out that is a file, a
// read-only folder or on a full disk stops the server before it starts. Throws sim::InputError.
void checkOutputFolder(const std::filesystem::path& out);

// OUT/run-<id>/ (or the next free number); returns that directory. `threads` is the --threads the
// runs used (0: all cores), recorded in the manifest. On any failure the run's directory is removed
// again, so no partial result or temporary stays behind, and the error is thrown.
std::filesystem::path writeWorkshopRun(const std::filesystem::path& out, int id, const WorkshopRun& run,
                                       int threads);

}  // namespace samsim::app::serve
