#pragma once
// Declared parameters. A Schema binds dotted YAML paths ("hub.size") to fields of a plain config
// struct, with type, range, unit, provenance and a one-line description. It is the single source
// for loading and validating scenario files, for `--set` overrides, for the resolved scenario in
// manifest.json and for the parameter tables of docs/ODD.md. Defaults are the struct's own member
// initialisers.
//
// Loading validates everything up front; the first problem raises InputError with one line:
//   scenarios/x.yaml:12: hub.size: expected an integer in [1, 500], got '0'
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>
#include <nlohmann/json.hpp>

namespace samsim::sim {

// Where a value came from, for messages: "file.yaml:12" or "--set hub.size=0".
struct Origin {
  std::string where;
  [[nodiscard]] std::string prefix() const { return where + ": "; }
};

[[noreturn]] void failInput(const Origin& origin, const std::string& path, const std::string& expected,
                            const YAML::Node& got);

// Scalar readers shared by all schemas (strict: "3.5" is not an integer, "yes" is not a boolean).
std::int64_t readInteger(const YAML::Node& node, const Origin& origin, const std::string& path);
double readNumber(const YAML::Node& node, const Origin& origin, const std::string& path);
bool readBoolean(const YAML::Node& node, const Origin& origin, const std::string& path);
std::string readString(const YAML::Node& node, const Origin& origin, const std::string& path);

struct ParamInfo {
  std::string path;
  std::string type;    // "integer", "number", "boolean", "string", "list", …
  std::string unit;    // "days", "hours/day", "share", "" …
  std::string range;   // "[1, 500]", "information | advisory | decisive"
  std::string source;  // "000 §4.1" or "assumed"
  std::string doc;
  bool required = false;
};

// Type-erased entry; see Schema<Config>::field for the typed builder.
template <class Config>
struct ParamEntry {
  ParamInfo info;
  double lo = -1e300;
  double hi = 1e300;
  std::vector<std::string> choices;
  std::function<void(Config&, const YAML::Node&, const Origin&, const ParamEntry&)> read;
  std::function<nlohmann::json(const Config&)> show;

  ParamEntry& range(double low, double high);
  ParamEntry& oneOf(std::vector<std::string> names);
  ParamEntry& unit(std::string u) {
    info.unit = std::move(u);
    return *this;
  }
  ParamEntry& source(std::string s) {
    info.source = std::move(s);
    return *this;
  }
  ParamEntry& doc(std::string d) {
    info.doc = std::move(d);
    return *this;
  }
  ParamEntry& required() {
    info.required = true;
    return *this;
  }
};

// Non-template core of loading, shared by every schema.
class YamlDocument {
 public:
  static YamlDocument fromFile(const std::filesystem::path& file);
  // Applies "dotted.path=value"; `isKnown` decides which paths exist.
  void applyOverride(const std::string& assignment, const std::function<bool(const std::string&)>& isKnown);
  [[nodiscard]] const YAML::Node& root() const { return m_root; }
  [[nodiscard]] std::string fileName() const { return m_file; }
  // Where the value at `path` came from (override text or file:line).
  [[nodiscard]] Origin originOf(const std::string& path, const YAML::Node& node) const;
  // The same for a dotted path looked up in the document: the override, the key's line, or the file
  // when the key is not written (a default).
  [[nodiscard]] Origin originOf(const std::string& path) const;

 private:
  std::string m_file;
  YAML::Node m_root;
  std::vector<std::pair<std::string, std::string>> m_overrides;  // path → assignment text
};

// Closest known path for "did you mean" hints ("" if nothing is close).
std::string closestPath(const std::string& path, const std::vector<std::string>& known);

template <class Config>
class Schema {
 public:
  // `access` returns a reference to the field: [](Scenario& s) -> auto& { return s.hub.size; }.
  // Supported field types: bool, integers, double, std::string, std::vector<std::string|double>.
  template <class Access>
  ParamEntry<Config>& field(std::string path, Access access);

  ParamEntry<Config>& custom(std::string path, std::string type,
                             std::function<void(Config&, const YAML::Node&, const Origin&)> read,
                             std::function<nlohmann::json(const Config&)> show);

  [[nodiscard]] bool isKnown(const std::string& path) const;
  // What to say after "unknown key 'path'": that it is a section and one of its keys, or the closest
  // key or section (" (did you mean 'x'?)"), or nothing.
  [[nodiscard]] std::string unknownKeyHint(const std::string& path) const;
  [[nodiscard]] const std::vector<ParamEntry<Config>>& entries() const { return m_entries; }

  // Validates the whole document into a Config (defaults for absent keys). Throws InputError.
  Config load(const YamlDocument& doc) const;
  [[nodiscard]] nlohmann::json toJson(const Config& config) const;

 private:
  void walk(const YAML::Node& node, const std::string& prefix, const YamlDocument& doc, Config& config,
            std::vector<std::string>& seen) const;
  const ParamEntry<Config>* find(const std::string& path) const;
  [[nodiscard]] bool isPrefix(const std::string& path) const;
  std::vector<ParamEntry<Config>> m_entries;
};

}  // namespace samsim::sim

#include "sim/params_impl.hpp"
