#pragma once
// `samsim report DIR`: from an output directory of run, compare or sweep to one self-contained HTML
// page for a workshop. Pure function of the directory's files, so the same input gives the same page.
#include <filesystem>
#include <string>

namespace samsim::analysis::report {

// Throws sim::InputError for a missing directory, no recognised files or a malformed file.
std::string buildReport(const std::filesystem::path& dir);

// buildReport, written atomically to `out` (default DIR/report.html when `out` is empty).
// Returns the path written.
std::filesystem::path writeReport(const std::filesystem::path& dir, std::filesystem::path out = {});

}  // namespace samsim::analysis::report
