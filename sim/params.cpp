#include "sim/params.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include <fmt/format.h>

#include "sim/input_error.hpp"
#include "sim/text.hpp"

namespace samsim::sim {
namespace {

std::string describe(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return "nothing";
  if (node.IsScalar()) return sim::quoted(node.Scalar());
  if (node.IsSequence()) return "a list";
  return "a mapping";
}

std::vector<std::string> splitPath(const std::string& path) {
  std::vector<std::string> parts;
  std::stringstream in(path);
  for (std::string part; std::getline(in, part, '.');) parts.push_back(part);
  return parts;
}

std::size_t editDistance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

void failInput(const Origin& origin, const std::string& path, const std::string& expected,
               const YAML::Node& got) {
  throw InputError(fmt::format("{}{}: expected {}, got {}", origin.prefix(), path, expected, describe(got)));
}

std::int64_t readInteger(const YAML::Node& node, const Origin& origin, const std::string& path) {
  if (!node.IsScalar()) failInput(origin, path, "an integer", node);
  const std::string& text = node.Scalar();
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) failInput(origin, path, "an integer", node);
  return value;
}

double readNumber(const YAML::Node& node, const Origin& origin, const std::string& path) {
  if (!node.IsScalar()) failInput(origin, path, "a number", node);
  const std::string& text = node.Scalar();
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
    failInput(origin, path, "a finite number", node);
  return value;
}

bool readBoolean(const YAML::Node& node, const Origin& origin, const std::string& path) {
  if (node.IsScalar()) {
    if (node.Scalar() == "true") return true;
    if (node.Scalar() == "false") return false;
  }
  failInput(origin, path, "true or false", node);
}

std::string readString(const YAML::Node& node, const Origin& origin, const std::string& path) {
  if (!node.IsScalar()) failInput(origin, path, "a text value", node);
  return node.Scalar();
}

namespace {

// A scenario is a few kilobytes, a sweep or design file some tens: these bounds leave room for any
// hand-written file while a hostile one (an alias bomb, a million keys) is refused in well under a
// second instead of running for minutes.
constexpr std::size_t kMaxDocumentBytes = std::size_t{1} << 20;
constexpr std::size_t kMaxDocumentNodes = 1'000'000;  // counted with every alias expanded

struct NodeBudget {
  const std::string& file;
  std::size_t left = kMaxDocumentNodes;
  void spend(const YAML::Node& node) {
    if (left-- == 0)
      throw InputError(
          fmt::format("{}:{}: more than {} values once aliases are expanded; expected a "
                      "scenario, sweep or design file (an alias that repeats aliases?)",
                      file, node.Mark().line + 1, kMaxDocumentNodes));
  }
};

// yaml-cpp keeps both entries of a repeated key and lookups see only one of them: refuse instead.
// One pass over the document as its readers will see it (aliases expanded), within the node budget;
// keys are checked against a hash set, so a mapping of n keys costs n, not n².
void refuseDuplicateKeys(const YAML::Node& node, NodeBudget& budget) {
  budget.spend(node);
  if (node.IsSequence()) {
    for (const auto& item : node) refuseDuplicateKeys(item, budget);
  } else if (node.IsMap()) {
    std::unordered_set<std::string> keys;
    keys.reserve(node.size());
    for (const auto& kv : node) {
      if (!kv.first.IsScalar())
        throw InputError(fmt::format("{}:{}: expected a plain key, got {}", budget.file,
                                     kv.first.Mark().line + 1, describe(kv.first)));
      const std::string& key = kv.first.Scalar();
      if (!keys.insert(key).second)
        throw InputError(fmt::format("{}:{}: key {} appears twice in one mapping; expected each key once",
                                     budget.file, kv.first.Mark().line + 1, sim::quoted(key)));
      refuseDuplicateKeys(kv.second, budget);
    }
  }
}

// At most kMaxDocumentBytes, read in pieces: a huge file or an endless device (/dev/zero) is
// refused after that many bytes, not read into memory whole.
std::string readBounded(std::istream& in, const std::string& file) {
  std::string text;
  std::array<char, 65536> piece{};
  while (in.read(piece.data(), piece.size()) || in.gcount() > 0) {
    text.append(piece.data(), static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxDocumentBytes)
      throw InputError(fmt::format("{}: larger than {} MB; expected a scenario, sweep or design file", file,
                                   kMaxDocumentBytes >> 20));
  }
  if (in.bad()) throw InputError(fmt::format("{}: cannot read the file", file));
  return text;
}

}  // namespace

YamlDocument YamlDocument::fromFile(const std::filesystem::path& file) {
  YamlDocument doc;
  doc.m_file = escaped(file.string(), 4096);
  if (!isValidUtf8(file.string()))
    throw InputError(fmt::format("{}: file name is not valid UTF-8; expected a UTF-8 path", doc.m_file));
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec))
    throw InputError(fmt::format("{}: is a directory; expected a YAML file", doc.m_file));
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(fmt::format("{}: cannot open scenario file", doc.m_file));
  const std::string text = readBounded(in, doc.m_file);
  if (const auto bad = invalidUtf8At(text); bad != std::string::npos)
    throw InputError(fmt::format("{}:{}: byte {} is not UTF-8; expected UTF-8 text", doc.m_file,
                                 lineAt(text, bad), sim::quoted(text.substr(bad, 1))));
  if (text.find('\0') != std::string::npos)
    throw InputError(
        fmt::format("{}:{}: NUL character; expected YAML text", doc.m_file, lineAt(text, text.find('\0'))));
  try {
    doc.m_root = YAML::Load(text);
    NodeBudget budget{doc.m_file};
    refuseDuplicateKeys(doc.m_root, budget);
  } catch (const YAML::Exception& e) {
    throw InputError(fmt::format("{}:{}: not valid YAML ({})", doc.m_file, e.mark.line + 1, escaped(e.msg)));
  }
  if (!doc.m_root.IsMap())
    throw InputError(fmt::format("{}: expected a mapping of scenario keys at the top level", doc.m_file));
  return doc;
}

void YamlDocument::applyOverride(const std::string& assignment,
                                 const std::function<bool(const std::string&)>& isKnown) {
  if (!isValidUtf8(assignment))
    throw InputError(fmt::format("--set {}: not valid UTF-8; expected UTF-8 text", escaped(assignment)));
  const auto eq = assignment.find('=');
  if (eq == std::string::npos || eq == 0)
    throw InputError(fmt::format("--set {}: expected KEY=VALUE with a dotted key", escaped(assignment)));
  const std::string path = assignment.substr(0, eq);
  const std::string text = assignment.substr(eq + 1);
  if (!isKnown(path))
    throw InputError(fmt::format("--set {}: unknown key {}", escaped(assignment), sim::quoted(path)));
  YAML::Node value;
  try {
    value = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    throw InputError(
        fmt::format("--set {}: value is not valid YAML ({})", escaped(assignment), escaped(e.msg)));
  }
  const auto parts = splitPath(path);
  // yaml-cpp nodes are references: walk by rebinding through a vector of handles.
  std::vector<YAML::Node> chain{m_root};
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    YAML::Node child = chain.back()[parts[i]];
    if (child.IsDefined() && !child.IsNull() && !child.IsMap())
      throw InputError(fmt::format("--set {}: {} is not a mapping in {}", escaped(assignment),
                                   sim::quoted(parts[i]), m_file));
    if (!child.IsDefined() || child.IsNull()) {
      chain.back()[parts[i]] = YAML::Node(YAML::NodeType::Map);
      child = chain.back()[parts[i]];
    }
    chain.push_back(child);
  }
  chain.back()[parts.back()] = value;
  m_overrides.emplace_back(path, escaped(assignment));
}

Origin YamlDocument::originOf(const std::string& path, const YAML::Node& node) const {
  for (auto it = m_overrides.rbegin(); it != m_overrides.rend(); ++it)
    if (it->first == path) return {"--set " + it->second};
  const int line = node.Mark().line;
  if (line < 0) return {m_file};
  return {fmt::format("{}:{}", m_file, line + 1)};
}

Origin YamlDocument::originOf(const std::string& path) const {
  // Const lookups (a missing key adds nothing) and reset() to rebind: Node's operator= assigns.
  YAML::Node node;
  node.reset(m_root);
  std::size_t begin = 0;
  for (;;) {
    const auto dot = path.find('.', begin);
    if (!node.IsMap()) return originOf(path, YAML::Node());
    const YAML::Node& parent = node;
    const YAML::Node child = parent[path.substr(begin, dot == std::string::npos ? dot : dot - begin)];
    if (!child) return originOf(path, YAML::Node());
    if (dot == std::string::npos) return originOf(path, child);
    node.reset(child);
    begin = dot + 1;
  }
}

std::string closestPath(const std::string& path, const std::vector<std::string>& known) {
  std::string best;
  std::size_t bestDistance = std::max<std::size_t>(3, path.size() / 4) + 1;
  for (const auto& candidate : known) {
    const std::size_t d = editDistance(path, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

}  // namespace samsim::sim
