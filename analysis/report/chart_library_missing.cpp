// Linked instead of the generated chart library when node_modules/ was missing at configure time,
// so everything else still builds; `samsim report` then explains how to get the library.
#include "analysis/report/chart_library.hpp"

namespace samsim::analysis::report {

bool chartLibraryAvailable() {
  return false;
}
std::span<const ChartLibraryFile> chartLibraryFiles() {
  return {};
}

}  // namespace samsim::analysis::report
