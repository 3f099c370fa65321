#include "app/sweep_plan.hpp"

#include <cmath>
#include <set>

#include <fmt/format.h>

#include "models/scenario.hpp"
#include "sim/experiment_design.hpp"
#include "sim/input_error.hpp"
#include "sim/params.hpp"
#include "sim/random.hpp"
#include "sim/text.hpp"

namespace samsim::app {
namespace {

struct ParameterSpec {
  std::string path;
  std::vector<std::string> values;  // explicit levels (any scalar: numbers, names, booleans)
  double min = 0, max = 0;
  int steps = 0;
  bool integer = false;
  bool isRange = false;
};

struct SweepFile {
  int version = 1;
  std::string name;
  std::string base;
  std::string design = "grid";
  int samples = 0;
  int replicates = 5;
  std::int64_t seed = -1;
  std::string seedPolicy = "common";
  std::vector<std::string> fixed;
  std::vector<ParameterSpec> parameters;
};

std::string number(double v, bool integer) {
  return integer ? fmt::format("{}", static_cast<long long>(std::llround(v))) : fmt::format("{}", v);
}

ParameterSpec readParameter(const YAML::Node& item, const sim::Origin& origin, const std::string& at) {
  if (!item.IsMap()) sim::failInput(origin, at, "a mapping with path and values (or min, max)", item);
  ParameterSpec p;
  for (const auto& kv : item) {
    const std::string key = kv.first.Scalar();
    const std::string where = at + "." + key;
    if (key == "path") {
      p.path = sim::readString(kv.second, origin, where);
    } else if (key == "values") {
      if (!kv.second.IsSequence() || kv.second.size() == 0) sim::failInput(origin, where, "a non-empty list", kv.second);
      for (const auto& v : kv.second) p.values.push_back(sim::readString(v, origin, where));
    } else if (key == "min") {
      p.min = sim::readNumber(kv.second, origin, where);
      p.isRange = true;
    } else if (key == "max") {
      p.max = sim::readNumber(kv.second, origin, where);
      p.isRange = true;
    } else if (key == "steps") {
      p.steps = static_cast<int>(sim::readInteger(kv.second, origin, where));
      if (p.steps < 2 || p.steps > 1000) sim::failInput(origin, where, "an integer in [2, 1000]", kv.second);
    } else if (key == "integer") {
      p.integer = sim::readBoolean(kv.second, origin, where);
    } else {
      throw sim::InputError(fmt::format("{}unknown key {} (expected path, values, min, max, steps, integer)",
                                        origin.prefix(), sim::quoted(where)));
    }
  }
  if (p.path.empty()) sim::failInput(origin, at + ".path", "a dotted scenario key", YAML::Node());
  if (!models::scenarioSchema().isKnown(p.path))
    throw sim::InputError(
        fmt::format("{}{}.path: unknown scenario key {}", origin.prefix(), at, sim::quoted(p.path)));
  if (p.isRange == !p.values.empty())
    throw sim::InputError(fmt::format("{}{}: expected either values or min and max", origin.prefix(), at));
  if (p.isRange && !(p.min < p.max))
    throw sim::InputError(fmt::format("{}{}: expected min < max", origin.prefix(), at));
  return p;
}

sim::Schema<SweepFile> sweepSchema() {
  sim::Schema<SweepFile> s;
  s.field("version", [](SweepFile& f) -> auto& { return f.version; }).range(1, 1).required();
  s.custom(
       "name", "string",
       [](SweepFile& f, const YAML::Node& node, const sim::Origin& origin) {
         // The name is the default output folder (out/<name>): a name, never a path.
         f.name = sim::readString(node, origin, "name");
         if (f.name.empty() || f.name.front() == '.' || f.name.find_first_of("/\\") != std::string::npos)
           sim::failInput(origin, "name", "a name without path separators that does not start with '.'",
                          node);
       },
       [](const SweepFile& f) { return nlohmann::json(f.name); })
      .required();
  s.field("base", [](SweepFile& f) -> auto& { return f.base; }).required();
  s.field("design", [](SweepFile& f) -> auto& { return f.design; }).oneOf({"grid", "latin_hypercube"});
  s.field("samples", [](SweepFile& f) -> auto& { return f.samples; }).range(1, 1000000);
  s.field("replicates", [](SweepFile& f) -> auto& { return f.replicates; }).range(1, 100000);
  s.custom(
      "seed", "integer",
      [](SweepFile& f, const YAML::Node& node, const sim::Origin& origin) {
        f.seed = sim::readInteger(node, origin, "seed");
        if (f.seed < 0) sim::failInput(origin, "seed", sim::kSeedRangeText, node);
      },
      [](const SweepFile& f) { return nlohmann::json(f.seed); });
  s.field("seed_policy", [](SweepFile& f) -> auto& { return f.seedPolicy; }).oneOf({"common", "independent"});
  s.custom(
      "set", "mapping",
      [](SweepFile& f, const YAML::Node& node, const sim::Origin& origin) {
        if (!node.IsMap()) sim::failInput(origin, "set", "a mapping of dotted scenario keys to values", node);
        for (const auto& kv : node) {
          const std::string path = kv.first.Scalar();
          if (!models::scenarioSchema().isKnown(path))
            throw sim::InputError(
                fmt::format("{}set: unknown scenario key {}", origin.prefix(), sim::quoted(path)));
          f.fixed.push_back(path + "=" + sim::readString(kv.second, origin, "set." + path));
        }
      },
      [](const SweepFile& f) { return nlohmann::json(f.fixed); });
  s.custom(
       "parameters", "list",
       [](SweepFile& f, const YAML::Node& node, const sim::Origin& origin) {
         if (!node.IsSequence() || node.size() == 0) sim::failInput(origin, "parameters", "a non-empty list", node);
         for (std::size_t i = 0; i < node.size(); ++i) {
           const sim::Origin at{origin.where.substr(0, origin.where.rfind(':')) + ":" +
                                std::to_string(node[i].Mark().line + 1)};
           f.parameters.push_back(readParameter(node[i], at, fmt::format("parameters[{}]", i)));
         }
       },
       [](const SweepFile&) { return nlohmann::json(); })
      .required();
  return s;
}

// A key varied twice, or both varied and fixed, or a setting of the other design: refused rather
// than one silently winning.
void checkConsistent(const SweepFile& spec, const std::filesystem::path& file) {
  std::set<std::string> varied;
  for (const auto& p : spec.parameters)
    if (!varied.insert(p.path).second)
      throw sim::InputError(fmt::format("{}: parameters: {} is listed twice; expected each key once",
                                        file.string(), sim::quoted(p.path)));
  for (const auto& assignment : spec.fixed) {
    const std::string path = assignment.substr(0, assignment.find('='));
    if (varied.count(path) != 0)
      throw sim::InputError(
          fmt::format("{}: set: {} is also in parameters; expected a key either fixed or varied",
                      file.string(), sim::quoted(path)));
  }
  if (spec.design == "grid" && spec.samples != 0)
    throw sim::InputError(
        fmt::format("{}: samples: only for design latin_hypercube; a grid's size follows from "
                    "its parameters",
                    file.string()));
}

// The number of points and runs, computed from the file before anything is allocated.
void checkSize(const SweepFile& spec, const std::filesystem::path& file, const SweepLimits& limits) {
  constexpr std::size_t kAbsurd = std::size_t{1} << 40;  // refused even with --yes-really
  std::size_t points = 1;
  if (spec.design == "grid") {
    for (const auto& p : spec.parameters) {
      const auto levels =
          static_cast<std::size_t>(p.isRange ? std::max(p.steps, 1) : static_cast<int>(p.values.size()));
      points = points > kAbsurd / levels ? kAbsurd : points * levels;
    }
  } else {
    points = static_cast<std::size_t>(std::max(spec.samples, 1));
  }
  const auto replicates = static_cast<std::size_t>(spec.replicates);
  const std::size_t runs = points > kAbsurd / replicates ? kAbsurd : points * replicates;
  if (runs >= kAbsurd)
    throw sim::InputError(fmt::format("{}: the plan has more than {} runs; expected a plan that can finish",
                                      file.string(), kAbsurd));
  if (points > limits.points || runs > limits.runs)
    throw sim::InputError(
        fmt::format("{}: the plan has {} points × {} replicates = {} runs; expected at most {} "
                    "points and {} runs (add --yes-really to run it anyway)",
                    file.string(), points, replicates, runs, limits.points, limits.runs));
}

}  // namespace

std::vector<std::string> SweepPlan::overrides(std::size_t point) const {
  std::vector<std::string> out = fixed;
  for (std::size_t d = 0; d < parameters.size(); ++d) out.push_back(parameters[d] + "=" + points[point].values[d]);
  return out;
}

std::uint64_t SweepPlan::runSeed(std::size_t point, int replicate) const {
  // common: replicate r of every point shares its seed (common random numbers across points).
  const std::uint64_t pointSeed = seedPolicy == "common" ? seed : sim::replicateSeed(seed, 1'000'000'007ULL + point);
  return sim::replicateSeed(pointSeed, static_cast<std::uint64_t>(replicate));
}

nlohmann::json SweepPlan::toJson() const {
  nlohmann::json j;
  j["name"] = name;
  j["base"] = base.string();
  j["set"] = fixed;
  j["parameters"] = parameters;
  j["design"] = design;
  j["replicates"] = replicates;
  j["seed"] = std::to_string(seed);
  j["seed_policy"] = seedPolicy;
  j["points"] = nlohmann::json::array();
  for (const auto& p : points) j["points"].push_back(p.values);
  return j;
}

SweepPlan loadSweepPlan(const std::filesystem::path& file, const SweepLimits& limits) {
  const auto doc = sim::YamlDocument::fromFile(file);
  const SweepFile spec = sweepSchema().load(doc);
  checkConsistent(spec, file);
  checkSize(spec, file, limits);
  SweepPlan plan;
  plan.name = spec.name;
  plan.base = file.parent_path() / spec.base;
  plan.fixed = spec.fixed;
  plan.design = spec.design;
  plan.replicates = spec.replicates;
  plan.seedPolicy = spec.seedPolicy;
  for (const auto& p : spec.parameters) plan.parameters.push_back(p.path);

  if (spec.design == "grid") {
    std::vector<std::size_t> levels;
    for (const auto& p : spec.parameters) {
      if (p.isRange && p.steps == 0)
        throw sim::InputError(fmt::format("{}: parameter '{}': a grid over min..max needs steps", file.string(), p.path));
      levels.push_back(p.isRange ? static_cast<std::size_t>(p.steps) : p.values.size());
    }
    for (const auto& idx : sim::gridIndices(levels)) {
      SweepPoint point;
      for (std::size_t d = 0; d < idx.size(); ++d) {
        const auto& p = spec.parameters[d];
        point.values.push_back(p.isRange ? number(p.min + (p.max - p.min) * static_cast<double>(idx[d]) /
                                                              static_cast<double>(p.steps - 1), p.integer)
                                         : p.values[idx[d]]);
      }
      plan.points.push_back(std::move(point));
    }
  } else {
    if (spec.samples < 1)
      throw sim::InputError(fmt::format("{}: samples: expected a positive number of points for latin_hypercube", file.string()));
    const auto seedForDesign = spec.seed >= 0 ? static_cast<std::uint64_t>(spec.seed) : 0;
    for (const auto& u : sim::latinHypercube(static_cast<std::size_t>(spec.samples), spec.parameters.size(), seedForDesign)) {
      SweepPoint point;
      for (std::size_t d = 0; d < u.size(); ++d) {
        const auto& p = spec.parameters[d];
        if (!p.isRange) {
          point.values.push_back(p.values[static_cast<std::size_t>(u[d] * static_cast<double>(p.values.size()))]);
        } else if (p.integer) {
          point.values.push_back(number(std::floor(p.min + u[d] * (p.max - p.min + 1)), true));
        } else {
          point.values.push_back(number(p.min + u[d] * (p.max - p.min), false));
        }
      }
      plan.points.push_back(std::move(point));
    }
  }

  // Validate every point up front: a bad value stops the sweep before any run.
  models::Scenario first;
  for (std::size_t k = 0; k < plan.points.size(); ++k) {
    try {
      auto scenario = models::loadScenario(plan.base, plan.overrides(k));
      if (k == 0) first = scenario;
    } catch (const sim::InputError& e) {
      throw sim::InputError(fmt::format("{}: point {}: {}", file.string(), k, e.what()));
    }
  }
  plan.seed = spec.seed >= 0 ? static_cast<std::uint64_t>(spec.seed) : first.seed;
  return plan;
}

}  // namespace samsim::app
