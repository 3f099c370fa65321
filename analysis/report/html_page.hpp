#pragma once
// The report as one HTML document: styles, the inlined chart library, every chart specification
// as JSON, and a few lines of script that draw them. No external request is possible (the page's
// Content-Security-Policy forbids any), so it works offline and on a projector laptop.
#include <string>
#include <vector>

#include "analysis/report/chart_specs.hpp"

namespace samsim::analysis::report {

struct ReportPage {
  std::string title;               // <h1>
  std::vector<std::string> facts;  // short lines under the title: source, designs, replicates
  std::vector<Section> sections;
};

// Throws std::runtime_error when the chart library was not compiled in (see chart_library.hpp).
std::string renderHtml(const ReportPage& page);

}  // namespace samsim::analysis::report
