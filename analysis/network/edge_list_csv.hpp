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

// Splits one CSV line; double-quoted fields may hold commas and "" escapes (RFC 4180, one line);
// unquoted fields are trimmed. `where` ("file:line") prefixes the error of an unterminated quote.
std::vector<std::string> splitCsvLine(const std::string& line, const std::string& where);

LabelledEdgeList readEdgeListCsv(const std::filesystem::path& path);
LabelledEdgeList parseEdgeListCsv(const std::string& text, const std::string& sourceName);

// Node -> group from `node,group` lines (header optional), for brokerage and sector summaries.
// Every node of `nodeLabels` needs a group; rows for other nodes are ignored.
struct NodeGroups {
  std::vector<int> group;                // per node of nodeLabels
  std::vector<std::string> groupLabels;  // group index -> label, in order of first appearance
};
NodeGroups readNodeGroupsCsv(const std::filesystem::path& path, const std::vector<std::string>& nodeLabels);
NodeGroups parseNodeGroupsCsv(const std::string& text, const std::string& sourceName,
                              const std::vector<std::string>& nodeLabels);

}  // namespace samsim::analysis
