#pragma once
// Reads `source,target[,weight]` edge lists (header line optional) with string node labels, for
// `samsim holes`. Malformed input throws sim::InputError("file:line: what was expected").
#include <filesystem>
#include <string>
#include <vector>

#include "analysis/network/graph.hpp"

namespace samsim::analysis {

struct LabelledEdgeList {
  std::vector<std::string> labels;  // node index -> label, in order of first appearance
  std::vector<Edge> edges;
};

LabelledEdgeList readEdgeListCsv(const std::filesystem::path& path);
LabelledEdgeList parseEdgeListCsv(const std::string& text, const std::string& sourceName);

}  // namespace samsim::analysis
