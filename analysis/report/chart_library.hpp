#pragma once
// The chart library (Vega, Vega-Lite, vega-embed) compiled into samsim so a report inlines it and
// needs no network. The sources come from node_modules at build time (embed_chart_library.cmake);
// a build configured without them links chart_library_missing.cpp and the report command refuses.
#include <span>
#include <string_view>
#include <vector>

namespace samsim::analysis::report {

struct ChartLibraryFile {
  std::string_view name;                 // e.g. "vega.min.js"
  std::vector<std::string_view> pieces;  // concatenated in order they form the file
};

[[nodiscard]] bool chartLibraryAvailable();
[[nodiscard]] std::span<const ChartLibraryFile> chartLibraryFiles();  // load order: vega first

}  // namespace samsim::analysis::report
