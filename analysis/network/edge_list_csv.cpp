#include "analysis/network/edge_list_csv.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include <fmt/format.h>

#include "sim/input_error.hpp"
#include "sim/text.hpp"

namespace samsim::analysis {
namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return {};
  const auto e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

}  // namespace

std::vector<std::string> splitCsvLine(const std::string& line, const std::string& where) {
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false;
  bool wasQuoted = false;
  bool blank = true;  // field holds only spaces so far (kept as a flag: trimming per quote was quadratic)
  auto append = [&](char c) {
    field += c;
    if (c != ' ' && c != '\t' && c != '\r') blank = false;
  };
  for (std::size_t k = 0; k < line.size(); ++k) {
    const char c = line[k];
    if (quoted) {
      if (c == '"' && k + 1 < line.size() && line[k + 1] == '"') {
        append('"');
        ++k;
      } else if (c == '"') {
        quoted = false;
      } else {
        append(c);
      }
    } else if (c == '"' && blank) {
      quoted = wasQuoted = true;
      field.clear();
    } else if (c == ',') {
      fields.push_back(wasQuoted ? field : trim(field));
      field.clear();
      wasQuoted = false;
      blank = true;
    } else {
      append(c);
    }
  }
  if (quoted) throw sim::InputError(where + ": unterminated quoted field");
  fields.push_back(wasQuoted ? field : trim(field));
  return fields;
}

namespace {

// Header cells compare case-insensitively ("Source,Target" is a header too).
bool sameName(const std::string& cell, const char* name) {
  std::string lower = cell;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower == name;
}

// A UTF-8 byte order mark (spreadsheet exports) is not part of the first cell.
std::string_view withoutBom(const std::string& text) {
  std::string_view view = text;
  if (view.substr(0, 3) == "\xEF\xBB\xBF") view.remove_prefix(3);
  return view;
}

// Burt's measures depend only on ratios of weights, but 1 / strength overflows for subnormal
// weights (1e-310) and strengths overflow for huge ones: when the weights leave a safe range they
// are rescaled so the largest is 1, which leaves every ratio, hence every measure, unchanged.
// Weights spanning more than 300 orders of magnitude cannot all be kept and are refused.
void normaliseWeights(std::vector<Edge>& edges, const std::vector<int>& lines,
                      const std::string& sourceName) {
  constexpr double kSafeLow = 1e-150;
  constexpr double kSafeHigh = 1e150;
  constexpr double kWidestSpan = 1e-300;
  double largest = 0.0;
  double smallest = 0.0;
  std::size_t smallestAt = 0;
  for (std::size_t k = 0; k < edges.size(); ++k) {
    const Edge& e = edges[k];
    if (e.source == e.target || e.weight == 0.0) continue;  // self-loops are not ties (graph.cpp)
    largest = std::max(largest, e.weight);
    if (smallest == 0.0 || e.weight < smallest) {
      smallest = e.weight;
      smallestAt = k;
    }
  }
  if (largest == 0.0) return;
  if (smallest < largest * kWidestSpan)
    throw sim::InputError(
        fmt::format("{}:{}: weight {} is more than 1e300 times smaller than the largest ({}); "
                    "expected weights within 300 orders of magnitude",
                    sourceName, lines[smallestAt], smallest, largest));
  if (smallest >= kSafeLow && largest <= kSafeHigh) return;
  for (Edge& e : edges)
    e.weight = e.source == e.target ? 0.0 : e.weight / largest;  // loops are dropped anyway
}

double parseWeight(const std::string& text, const std::string& where) {
  double w = 0.0;
  const char* first = text.data();
  const char* last = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(first, last, w);
  if (text.empty() || ec != std::errc() || ptr != last) {
    throw sim::InputError(where + ": weight " + sim::quoted(text) +
                          " is not a number; expected a finite number >= 0");
  }
  if (!std::isfinite(w) || w < 0.0) {
    throw sim::InputError(where + ": weight " + sim::quoted(text) + " must be a finite number >= 0");
  }
  return w;
}

}  // namespace

LabelledEdgeList parseEdgeListCsv(const std::string& text, const std::string& sourceName) {
  LabelledEdgeList out;
  std::unordered_map<std::string, int> index;
  auto nodeOf = [&](const std::string& label) {
    const auto [it, inserted] = index.try_emplace(label, static_cast<int>(out.labels.size()));
    if (inserted) out.labels.push_back(label);
    return it->second;
  };
  std::istringstream in{std::string(withoutBom(text))};
  std::string line;
  int lineNo = 0;
  std::size_t columns = 0;     // fixed by the header or the first data line
  std::vector<int> edgeLines;  // line of each edge, for messages
  bool sawContent = false;
  while (std::getline(in, line)) {
    ++lineNo;
    if (!line.empty() && line.back() == '\r') line.pop_back();  // CRLF files
    if (trim(line).empty()) continue;
    const std::string where = sourceName + ":" + std::to_string(lineNo);
    std::vector<std::string> f = splitCsvLine(line, where);
    if (!sawContent) {
      sawContent = true;
      if (f.size() < 2 || f.size() > 3) {
        throw sim::InputError(where + ": expected 2 or 3 columns `source,target[,weight]`, found " +
                              std::to_string(f.size()));
      }
      columns = f.size();
      if (sameName(f[0], "source") && sameName(f[1], "target")) {
        if (columns == 3 && !sameName(f[2], "weight")) {
          throw sim::InputError(where + ": expected header `source,target[,weight]`, third column is " +
                                sim::quoted(f[2]));
        }
        continue;
      }
    }
    if (f.size() != columns) {
      throw sim::InputError(where + ": expected " + std::to_string(columns) + " columns `source,target" +
                            (columns == 3 ? ",weight" : "") + "`, found " + std::to_string(f.size()));
    }
    if (f[0].empty() || f[1].empty())
      throw sim::InputError(where + ": empty node label; expected source,target");
    const double w = columns == 3 ? parseWeight(f[2], where) : 1.0;
    const int s = nodeOf(f[0]);
    const int t = nodeOf(f[1]);
    out.edges.push_back({s, t, w});
    edgeLines.push_back(lineNo);
  }
  if (out.labels.empty()) {
    throw sim::InputError(sourceName + ":" + std::to_string(std::max(lineNo, 1)) +
                          ": no edges; expected lines `source,target[,weight]`");
  }
  normaliseWeights(out.edges, edgeLines, sourceName);
  return out;
}

LabelledEdgeList readEdgeListCsv(const std::filesystem::path& path) {
  return parseEdgeListCsv(sim::readUserFile(path, "edge list"), path.string());
}

NodeGroups parseNodeGroupsCsv(const std::string& text, const std::string& sourceName,
                              const std::vector<std::string>& nodeLabels) {
  std::unordered_map<std::string, int> nodeIndex;
  for (std::size_t i = 0; i < nodeLabels.size(); ++i) nodeIndex.emplace(nodeLabels[i], static_cast<int>(i));
  NodeGroups out;
  out.group.assign(nodeLabels.size(), -1);
  std::unordered_map<std::string, int> groupIndex;
  std::istringstream in{std::string(withoutBom(text))};
  std::string line;
  int lineNo = 0;
  bool first = true;
  while (std::getline(in, line)) {
    ++lineNo;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty()) continue;
    const std::string where = sourceName + ":" + std::to_string(lineNo);
    const std::vector<std::string> f = splitCsvLine(line, where);
    const bool header = first && f.size() == 2 && sameName(f[0], "node") && sameName(f[1], "group");
    first = false;
    if (header) continue;
    if (f.size() != 2 || f[0].empty() || f[1].empty())
      throw sim::InputError(where + ": expected 2 non-empty columns `node,group`");
    const auto node = nodeIndex.find(f[0]);
    if (node == nodeIndex.end()) continue;  // not in the edge list: no ties to measure
    const auto [g, inserted] = groupIndex.try_emplace(f[1], static_cast<int>(out.groupLabels.size()));
    if (inserted) out.groupLabels.push_back(f[1]);
    int& slot = out.group[static_cast<std::size_t>(node->second)];
    if (slot >= 0 && slot != g->second)
      throw sim::InputError(where + ": node '" + f[0] + "' already has group '" +
                            out.groupLabels[static_cast<std::size_t>(slot)] + "'");
    slot = g->second;
  }
  for (std::size_t i = 0; i < out.group.size(); ++i) {
    if (out.group[i] < 0)
      throw sim::InputError(sourceName + ":" + std::to_string(std::max(lineNo, 1)) + ": node '" +
                            nodeLabels[i] + "' of the edge list has no `node,group` line");
  }
  return out;
}

NodeGroups readNodeGroupsCsv(const std::filesystem::path& path, const std::vector<std::string>& nodeLabels) {
  return parseNodeGroupsCsv(sim::readUserFile(path, "node groups"), path.string(), nodeLabels);
}

}  // namespace samsim::analysis
