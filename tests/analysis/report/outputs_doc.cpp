// Prints docs/outputs.md from the metric catalog:
//   build/tests/analysis/report/samsim_outputs_doc > docs/outputs.md (scripts/outputs-doc.sh)
// metric_catalog_test.cpp checks that docs/outputs.md is what this prints.
#include <iostream>

#include "analysis/report/metric_catalog.hpp"

int main() {
  std::cout << samsim::analysis::report::outputsMarkdown();
}
