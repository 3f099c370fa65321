#pragma once
// `samsim report DIR`: from an output directory of run, compare or sweep to one self-contained HTML
// page for a workshop. Pure function of the directory's files, so the same input gives the same page.
#include <filesystem>
#include <string>

namespace samsim::analysis::report {

struct ReportOptions {
  std::string
      baseline;  // design the others are compared with; empty: the one without an arena, else the first
};

// Throws sim::InputError for a missing directory, no recognised files or a malformed file.
std::string buildReport(const std::filesystem::path& dir, const ReportOptions& options = {});

// buildReport, written atomically to `out` (default DIR/report.html when `out` is empty).
// Returns the path written.
std::filesystem::path writeReport(const std::filesystem::path& dir, std::filesystem::path out = {},
                                  const ReportOptions& options = {});

// The verdict table and sentences for a terminal when DIR compares several designs; empty otherwise.
std::string terminalVerdict(const std::filesystem::path& dir, const ReportOptions& options = {});

}  // namespace samsim::analysis::report
