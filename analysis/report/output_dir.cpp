#include "analysis/report/output_dir.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "analysis/report/earlier_columns.hpp"
#include "sim/input_error.hpp"

namespace samsim::analysis::report {
namespace {

namespace fs = std::filesystem;

std::optional<CsvFile> readIfPresent(const fs::path& path) {
  if (!fs::exists(path)) return std::nullopt;
  return CsvFile::read(path);
}

nlohmann::json readJsonIfPresent(const fs::path& path) {
  if (!fs::exists(path)) return nullptr;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw sim::InputError(fmt::format("{}: cannot open file", path.string()));
  std::ostringstream text;
  text << in.rdbuf();
  try {
    nlohmann::json json = nlohmann::json::parse(text.str());
    if (!json.is_object())
      throw sim::InputError(fmt::format("{}: expected a JSON object at the top level", path.string()));
    return json;
  } catch (const nlohmann::json::exception& e) {
    // e.what() is "[json.exception.parse_error.101] parse error at line L, column C: …", or
    // out_of_range.406 for a number beyond double ("2e308").
    std::string what = e.what();
    if (auto at = what.find("parse error"); at != std::string::npos) {
      what = what.substr(at);
    } else if (auto end = what.find("] "); end != std::string::npos) {
      what = what.substr(end + 2);
    }
    throw sim::InputError(fmt::format("{}: not valid JSON: {}", path.string(), what));
  }
}

void requireColumns(const CsvFile& file, std::initializer_list<const char*> names) {
  for (const char* name : names) (void)file.requireColumn(name);
}

void addScenarios(std::vector<std::string>& scenarios, const std::optional<CsvFile>& file) {
  if (!file) return;
  const std::size_t column = file->requireColumn("scenario");
  for (const std::string& s : distinctValues(*file, column))
    if (std::find(scenarios.begin(), scenarios.end(), s) == scenarios.end()) scenarios.push_back(s);
}

const nlohmann::json* findPath(const nlohmann::json& object, std::initializer_list<const char*> path) {
  const nlohmann::json* node = &object;
  for (const char* key : path) {
    if (!node->is_object() || !node->contains(key)) return nullptr;
    node = &(*node)[key];
  }
  return node;
}

// The resolved scenarios an output directory records: manifest.json's `scenarios` (run, compare,
// serve) or `scenario` (a sweep's first base), then sweep.json's `base_scenario` (one or a list).
std::vector<const nlohmann::json*> recordedScenarios(const OutputDir& output) {
  std::vector<const nlohmann::json*> scenarios;
  const auto add = [&scenarios](const nlohmann::json* node) {
    if (node && node->is_array()) {
      for (const auto& s : *node)
        if (s.is_object()) scenarios.push_back(&s);
    } else if (node && node->is_object()) {
      scenarios.push_back(node);
    }
  };
  add(findPath(output.manifest, {"scenarios"}));
  add(findPath(output.manifest, {"scenario"}));
  add(findPath(output.sweep, {"base_scenario"}));
  return scenarios;
}

std::string textAt(const nlohmann::json& object, const char* key) {
  const auto* node = findPath(object, {key});
  return node && node->is_string() ? node->get<std::string>() : std::string();
}

Description descriptionOf(const nlohmann::json& object) {
  return {textAt(object, "description"), textAt(object, "description_nb")};
}

}  // namespace

Description scenarioDescription(const OutputDir& output, const std::string& scenario) {
  for (const nlohmann::json* s : recordedScenarios(output))
    if (textAt(*s, "name") == scenario) return descriptionOf(*s);
  return {};
}

Description sweepDescription(const OutputDir& output) {
  if (output.sweep.is_object()) return descriptionOf(output.sweep);
  if (const auto* plan = findPath(output.manifest, {"sweep"}); plan && plan->is_object())
    return descriptionOf(*plan);
  return {};
}

std::vector<std::string> distinctValues(const CsvFile& file, std::size_t column) {
  std::vector<std::string> values;
  for (std::size_t r = 0; r < file.rowCount(); ++r) {
    const std::string& v = file.cell(r, column);
    if (std::find(values.begin(), values.end(), v) == values.end()) values.push_back(v);
  }
  return values;
}

OutputDir loadOutputDir(const fs::path& dir) {
  if (!fs::exists(dir)) throw sim::InputError(fmt::format("{}: directory does not exist", dir.string()));
  if (!fs::is_directory(dir))
    throw sim::InputError(
        fmt::format("{}: expected an output directory of samsim run, compare or sweep", dir.string()));
  OutputDir out;
  out.dir = dir;
  out.summary = readIfPresent(dir / "summary.csv");
  out.timeseries = readIfPresent(dir / "timeseries.csv");
  out.comparison = readIfPresent(dir / "comparison.csv");
  out.network = readIfPresent(dir / "network.csv");
  out.runs = readIfPresent(dir / "runs.csv");
  out.manifest = readJsonIfPresent(dir / "manifest.json");
  out.sweep = readJsonIfPresent(dir / "sweep.json");

  if (out.runs || !out.sweep.is_null()) {
    out.kind = OutputKind::Sweep;
    if (!out.runs)
      throw sim::InputError(
          fmt::format("{}: sweep.json found but runs.csv is missing (no finished runs yet?)", dir.string()));
  } else if (out.comparison) {
    out.kind = OutputKind::Compare;
  } else if (out.summary) {
    out.kind = OutputKind::Run;
  } else {
    throw sim::InputError(fmt::format(
        "{}: no samsim output found (expected summary.csv from run, comparison.csv from compare, or runs.csv "
        "from sweep)",
        dir.string()));
  }

  // manifest.json is written last: without it the command was interrupted or is still running,
  // and the files beside it may be old or partial (README "Every output file …").
  if (out.manifest.is_null())
    throw sim::InputError(
        fmt::format("{}: manifest.json is missing, so the run did not finish (interrupted or "
                    "still running); expected a finished output directory",
                    dir.string()));

  if (out.summary) requireColumns(*out.summary, {"scenario", "replicate"});
  if (out.timeseries) requireColumns(*out.timeseries, {"scenario", "replicate", "day", "metric", "value"});
  if (out.comparison)
    requireColumns(*out.comparison, {"scenario", "metric", "n", "mean", "ci_low", "ci_high"});
  if (out.network) requireColumns(*out.network, {"scenario", "sector_a", "sector_b", "tie_density"});
  if (out.runs) requireColumns(*out.runs, {"point", "scenario", "replicate"});

  // Result directories of earlier versions are read under today's column names.
  if (out.summary) adoptCurrentColumnNames(*out.summary);
  if (out.runs) adoptCurrentColumnNames(*out.runs);
  if (out.timeseries) adoptCurrentMetricNames(*out.timeseries, out.timeseries->requireColumn("metric"));
  if (out.comparison) adoptCurrentMetricNames(*out.comparison, out.comparison->requireColumn("metric"));

  addScenarios(out.scenarios, out.comparison);
  addScenarios(out.scenarios, out.summary);
  addScenarios(out.scenarios, out.runs);
  addScenarios(out.scenarios, out.timeseries);

  if (out.kind == OutputKind::Sweep) {
    if (const auto* params = findPath(out.sweep, {"parameters"}); params && params->is_array()) {
      for (const auto& p : *params) {
        // Either "hub.size" or {"path": "hub.size", ...}
        std::string path = p.is_string() ? p.get<std::string>()
                           : (p.is_object() && p.contains("path") && p["path"].is_string())
                               ? p["path"].get<std::string>()
                               : std::string();
        if (path.empty())
          throw sim::InputError(
              fmt::format("{}: 'parameters' entries must be dotted paths such as \"hub.size\"",
                          (dir / "sweep.json").string()));
        if (!out.runs->findColumn(path))
          throw sim::InputError(fmt::format("{}:1: missing column '{}' named in sweep.json's parameters",
                                            out.runs->path().string(), path));
        out.sweepParameters.push_back(path);
      }
    } else {
      // No sweep.json: varied parameters are the columns with a dot in their name.
      for (const std::string& c : out.runs->columns())
        if (c.find('.') != std::string::npos) out.sweepParameters.push_back(c);
    }
    if (out.sweepParameters.empty())
      throw sim::InputError(
          fmt::format("{}: cannot tell which parameters the sweep varied (expected "
                      "\"parameters\" in sweep.json or dotted column names in runs.csv)",
                      dir.string()));
  }
  return out;
}

std::vector<CrisisPeriod> crisisPeriods(const OutputDir& output) {
  std::vector<CrisisPeriod> periods;
  const nlohmann::json* list = findPath(output.manifest, {"scenarios"});
  std::vector<const nlohmann::json*> scenarios;
  if (list && list->is_array()) {
    for (const auto& s : *list) scenarios.push_back(&s);
  } else if (const auto* one = findPath(output.manifest, {"scenario"}); one && one->is_object()) {
    scenarios.push_back(one);
  }
  for (std::size_t i = 0; i < scenarios.size(); ++i) {
    const nlohmann::json& s = *scenarios[i];
    const auto* enabled = findPath(s, {"crisis", "enabled"});
    const auto* start = findPath(s, {"crisis", "start_day"});
    const auto* duration = findPath(s, {"crisis", "duration_days"});
    if (!enabled || !enabled->is_boolean() || !enabled->get<bool>()) continue;
    if (!start || !start->is_number() || !duration || !duration->is_number()) continue;
    const auto* name = findPath(s, {"name"});
    CrisisPeriod p;
    p.scenario = name && name->is_string()     ? name->get<std::string>()
                 : i < output.scenarios.size() ? output.scenarios[i]
                                               : fmt::format("scenario {}", i + 1);
    p.startDay = start->get<double>();
    p.endDay = p.startDay + duration->get<double>();
    periods.push_back(p);
  }
  return periods;
}

}  // namespace samsim::analysis::report
