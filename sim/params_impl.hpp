#pragma once
// Template part of sim/params.hpp; included from there only.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>
#include <type_traits>

#include <fmt/format.h>

#include "sim/input_error.hpp"
#include "sim/text.hpp"

namespace samsim::sim {

template <class Config>
ParamEntry<Config>& ParamEntry<Config>::range(double low, double high) {
  lo = low;
  hi = high;
  const bool openTop = high >= 1e300;
  info.range = openTop ? fmt::format("≥ {}", low) : fmt::format("[{}, {}]", low, high);
  return *this;
}

template <class Config>
ParamEntry<Config>& ParamEntry<Config>::oneOf(std::vector<std::string> names) {
  choices = std::move(names);
  info.range = fmt::format("{}", fmt::join(choices, " | "));
  return *this;
}

namespace detail {

template <class Config>
std::string expectation(const ParamEntry<Config>& e) {
  if (!e.choices.empty()) return "one of " + e.info.range;
  if (e.info.range.empty()) return "a" + std::string(e.info.type == "integer" ? "n " : " ") + e.info.type;
  return fmt::format("{} {}", e.info.type == "integer" ? "an integer" : "a number",
                     e.info.range.rfind("≥", 0) == 0 ? e.info.range : "in " + e.info.range);
}

template <class Config>
void checkRange(double value, const YAML::Node& node, const Origin& origin, const ParamEntry<Config>& e) {
  if (value < e.lo || value > e.hi) failInput(origin, e.info.path, expectation(e), node);
}

template <class V>
constexpr const char* typeName() {
  if constexpr (std::is_same_v<V, bool>)
    return "boolean";
  else if constexpr (std::is_integral_v<V>)
    return "integer";
  else if constexpr (std::is_floating_point_v<V>)
    return "number";
  else if constexpr (std::is_same_v<V, std::string>)
    return "string";
  else
    return "list";
}

}  // namespace detail

template <class Config>
template <class Access>
ParamEntry<Config>& Schema<Config>::field(std::string path, Access access) {
  using V = std::remove_reference_t<std::invoke_result_t<Access, Config&>>;
  ParamEntry<Config> e;
  e.info.path = std::move(path);
  e.info.type = detail::typeName<V>();
  if constexpr (std::is_integral_v<V> && !std::is_same_v<V, bool>) {
    e.lo = static_cast<double>(std::numeric_limits<V>::lowest());
    e.hi = static_cast<double>(std::numeric_limits<V>::max());
  }
  e.read = [access](Config& c, const YAML::Node& node, const Origin& origin, const ParamEntry<Config>& self) {
    const std::string& p = self.info.path;
    if constexpr (std::is_same_v<V, bool>) {
      access(c) = readBoolean(node, origin, p);
    } else if constexpr (std::is_integral_v<V>) {
      const std::int64_t v = readInteger(node, origin, p);
      if constexpr (std::is_unsigned_v<V>) {
        if (v < 0) failInput(origin, p, "a non-negative integer", node);
      }
      detail::checkRange(static_cast<double>(v), node, origin, self);
      access(c) = static_cast<V>(v);
    } else if constexpr (std::is_floating_point_v<V>) {
      const double v = readNumber(node, origin, p);
      detail::checkRange(v, node, origin, self);
      access(c) = static_cast<V>(v);
    } else if constexpr (std::is_same_v<V, std::string>) {
      std::string v = readString(node, origin, p);
      if (!self.choices.empty() &&
          std::find(self.choices.begin(), self.choices.end(), v) == self.choices.end())
        failInput(origin, p, detail::expectation(self), node);
      access(c) = std::move(v);
    } else {
      if (!node.IsSequence()) failInput(origin, p, "a list", node);
      V values;
      for (const auto& item : node) {
        if constexpr (std::is_same_v<typename V::value_type, std::string>) {
          values.push_back(readString(item, origin, p));
        } else {
          const double v = readNumber(item, origin, p);
          detail::checkRange(v, item, origin, self);
          values.push_back(v);
        }
      }
      access(c) = std::move(values);
    }
  };
  e.show = [access](const Config& c) { return nlohmann::json(access(const_cast<Config&>(c))); };
  m_entries.push_back(std::move(e));
  return m_entries.back();
}

template <class Config>
ParamEntry<Config>& Schema<Config>::custom(
    std::string path, std::string type, std::function<void(Config&, const YAML::Node&, const Origin&)> read,
    std::function<nlohmann::json(const Config&)> show) {
  ParamEntry<Config> e;
  e.info.path = std::move(path);
  e.info.type = std::move(type);
  e.read = [read](Config& c, const YAML::Node& node, const Origin& origin, const ParamEntry<Config>&) {
    read(c, node, origin);
  };
  e.show = std::move(show);
  m_entries.push_back(std::move(e));
  return m_entries.back();
}

template <class Config>
const ParamEntry<Config>* Schema<Config>::find(const std::string& path) const {
  for (const auto& e : m_entries)
    if (e.info.path == path) return &e;
  return nullptr;
}

template <class Config>
bool Schema<Config>::isKnown(const std::string& path) const {
  return find(path) != nullptr;
}

template <class Config>
bool Schema<Config>::isPrefix(const std::string& path) const {
  const std::string withDot = path + ".";
  return std::any_of(m_entries.begin(), m_entries.end(),
                     [&](const auto& e) { return e.info.path.rfind(withDot, 0) == 0; });
}

template <class Config>
std::string Schema<Config>::unknownKeyHint(const std::string& path) const {
  if (isPrefix(path)) {
    const std::string withDot = path + ".";
    for (const auto& e : m_entries)
      if (e.info.path.rfind(withDot, 0) == 0)
        return fmt::format("; {} is a section, expected one of its keys such as '{}'", sim::quoted(path),
                           e.info.path);
  }
  // Candidates: every key and every section above a key, so a misspelt section is found too.
  std::vector<std::string> known;
  for (const auto& e : m_entries) {
    known.push_back(e.info.path);
    for (auto dot = e.info.path.find('.'); dot != std::string::npos; dot = e.info.path.find('.', dot + 1))
      known.push_back(e.info.path.substr(0, dot));
  }
  const std::string hint = closestPath(path, known);
  return hint.empty() ? "" : " (did you mean '" + hint + "'?)";
}

template <class Config>
void Schema<Config>::walk(const YAML::Node& node, const std::string& prefix, const YamlDocument& doc,
                          Config& config, std::vector<std::string>& seen) const {
  for (const auto& pair : node) {
    const YAML::Node keyNode = pair.first;
    const YAML::Node value = pair.second;
    const std::string key = keyNode.Scalar();
    const std::string path = prefix.empty() ? key : prefix + "." + key;
    const Origin origin = doc.originOf(path, value.IsNull() ? keyNode : value);
    if (const auto* entry = find(path)) {
      if (value.IsNull()) failInput(origin, path, detail::expectation(*entry), value);
      entry->read(config, value, origin, *entry);
      seen.push_back(path);
    } else if (isPrefix(path)) {
      if (!value.IsMap()) failInput(origin, path, "a mapping of keys", value);
      walk(value, path, doc, config, seen);
    } else {
      throw InputError(fmt::format("{}unknown key {}{}", doc.originOf(path, keyNode).prefix(),
                                   sim::quoted(path), unknownKeyHint(path)));
    }
  }
}

template <class Config>
Config Schema<Config>::load(const YamlDocument& doc) const {
  Config config{};
  std::vector<std::string> seen;
  walk(doc.root(), "", doc, config, seen);
  for (const auto& e : m_entries) {
    if (e.info.required && std::find(seen.begin(), seen.end(), e.info.path) == seen.end())
      throw InputError(fmt::format("{}: missing required key '{}' (expected {})", doc.fileName(), e.info.path,
                                   detail::expectation(e)));
  }
  return config;
}

template <class Config>
nlohmann::json Schema<Config>::toJson(const Config& config) const {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& e : m_entries) {
    std::string pointer = "/" + e.info.path;
    std::replace(pointer.begin(), pointer.end(), '.', '/');
    out[nlohmann::json::json_pointer(pointer)] = e.show(config);
  }
  return out;
}

}  // namespace samsim::sim
