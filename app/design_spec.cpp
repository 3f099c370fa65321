#include "app/design_spec.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include <fmt/format.h>

#include "sim/experiment_design.hpp"
#include "sim/input_error.hpp"

namespace samsim::app {
namespace {

std::string number(double v, bool integer) {
  return integer ? fmt::format("{}", static_cast<long long>(std::llround(v))) : fmt::format("{}", v);
}

// Value of parameter p at unit coordinate u. `onGrid` (Morris): u lies on a grid that includes 1,
// so levels are rounded to the nearest; otherwise [0,1) is cut into equal strata.
std::string valueAt(const ParameterSpec& p, double u, bool onGrid) {
  if (!p.isRange) {
    const auto n = p.values.size();
    const double scaled =
        onGrid ? std::round(u * static_cast<double>(n - 1)) : std::floor(u * static_cast<double>(n));
    return p.values[std::min(n - 1, static_cast<std::size_t>(scaled))];
  }
  if (p.log) {
    const double v = std::exp(std::log(p.min) + u * (std::log(p.max) - std::log(p.min)));
    return number(std::clamp(v, p.min, p.max), p.integer);
  }
  if (p.integer && !onGrid) return number(std::min(p.max, std::floor(p.min + u * (p.max - p.min + 1))), true);
  return number(p.min + u * (p.max - p.min), p.integer);
}

[[noreturn]] void fail(const std::string& file, const std::string& what) {
  throw sim::InputError(fmt::format("{}: {}", file, what));
}

}  // namespace

bool isSensitivityDesign(const std::string& design) {
  return design == "morris" || design == "sobol";
}

ParameterSpec readParameter(const YAML::Node& item, const sim::Origin& origin, const std::string& at,
                            const std::function<bool(const std::string&)>& isKnown) {
  if (!item.IsMap()) sim::failInput(origin, at, "a mapping with path and values (or min, max)", item);
  ParameterSpec p;
  const char* keys =
      isKnown ? "path, values, min, max, steps, integer, log" : "name, values, min, max, steps, integer, log";
  for (const auto& kv : item) {
    const std::string key = kv.first.Scalar();
    const std::string where = at + "." + key;
    if (key == "path" || (!isKnown && key == "name")) {
      p.path = sim::readString(kv.second, origin, where);
    } else if (key == "values") {
      if (!kv.second.IsSequence() || kv.second.size() == 0)
        sim::failInput(origin, where, "a non-empty list", kv.second);
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
    } else if (key == "log") {
      p.log = sim::readBoolean(kv.second, origin, where);
    } else {
      throw sim::InputError(fmt::format("{}unknown key '{}' (expected {})", origin.prefix(), where, keys));
    }
  }
  if (p.path.empty())
    sim::failInput(origin, at + (isKnown ? ".path" : ".name"),
                   isKnown ? "a dotted scenario key" : "a parameter name", YAML::Node());
  if (isKnown && !isKnown(p.path))
    throw sim::InputError(fmt::format("{}{}.path: unknown scenario key '{}'", origin.prefix(), at, p.path));
  if (p.isRange == !p.values.empty())
    throw sim::InputError(fmt::format("{}{}: expected either values or min and max", origin.prefix(), at));
  if (p.isRange && !(p.min < p.max))
    throw sim::InputError(fmt::format("{}{}: expected min < max", origin.prefix(), at));
  // Points are min + u·(max − min): a width beyond double (−1e308..1e308) would give inf.
  if (p.isRange && !std::isfinite(p.max - p.min))
    throw sim::InputError(fmt::format("{}{}: expected max − min to be a finite number, got min {} and max {}",
                                      origin.prefix(), at, p.min, p.max));
  // Integer points are rounded to a 64-bit integer: beyond 2^53 neither is exact (1e20 gave INT64_MIN).
  constexpr double kMaxExactInteger = 9007199254740992.0;  // 2^53
  if (p.isRange && p.integer && (std::fabs(p.min) > kMaxExactInteger || std::fabs(p.max) > kMaxExactInteger))
    throw sim::InputError(
        fmt::format("{}{}: expected min and max within ±9007199254740992 (2^53) for an "
                    "integer parameter, got min {} and max {}",
                    origin.prefix(), at, p.min, p.max));
  if (p.log && !(p.isRange && p.min > 0))
    throw sim::InputError(fmt::format("{}{}: log needs min > 0", origin.prefix(), at));
  return p;
}

namespace {

std::uint64_t saturatingProduct(std::uint64_t a, std::uint64_t b) {
  if (a != 0 && b > UINT64_MAX / a) return UINT64_MAX;
  return a * b;
}

std::string countText(std::uint64_t n) {
  return n == UINT64_MAX ? std::string("more than 18446744073709551615") : std::to_string(n);
}

}  // namespace

std::uint64_t designPointCount(const DesignSpec& spec) {
  const auto k = static_cast<std::uint64_t>(spec.parameters.size());
  const auto atLeastOne = [](int n) { return static_cast<std::uint64_t>(std::max(n, 1)); };
  if (spec.design == "grid") {
    std::uint64_t points = 1;
    for (const auto& p : spec.parameters)
      points = saturatingProduct(
          points, p.isRange ? atLeastOne(p.steps) : std::max<std::uint64_t>(p.values.size(), 1));
    return points;
  }
  if (spec.design == "morris") return saturatingProduct(atLeastOne(spec.trajectories), k + 1);
  if (spec.design == "sobol") return saturatingProduct(atLeastOne(spec.samples), k + 2);
  return atLeastOne(spec.samples);
}

void checkDesignSize(const DesignSpec& spec, const std::string& file, std::uint64_t copies) {
  const auto k = static_cast<std::uint64_t>(spec.parameters.size());
  const std::uint64_t points = saturatingProduct(designPointCount(spec), copies);
  const std::uint64_t values = saturatingProduct(points, std::max<std::uint64_t>(k, 1));
  if (spec.design == "morris" && values <= kMaxDesignValues) {
    // Morris makes every candidate trajectory before it chooses `trajectories` of them.
    const int chosen = std::max(spec.trajectories, 1);
    const auto made = static_cast<std::uint64_t>(
        std::max(chosen, spec.candidates > 0 ? spec.candidates : std::min(10 * chosen, 500)));
    const std::uint64_t candidateValues = saturatingProduct(made * (k + 1), std::max<std::uint64_t>(k, 1));
    if (candidateValues > kMaxDesignValues)
      throw sim::InputError(
          fmt::format("{}: candidates: {} trajectories × ({} + 1) points × {} parameters = {} "
                      "values; expected at most {} values (points × parameters)",
                      file, made, k, k, countText(candidateValues), kMaxDesignValues));
  }
  if (values <= kMaxDesignValues) return;
  std::string how;
  if (spec.design == "grid")
    how = fmt::format("parameters: the grid's levels multiply to {} points", countText(points));
  else if (spec.design == "morris")
    how = fmt::format("trajectories: {} × ({} + 1) = {} points", spec.trajectories, k, countText(points));
  else if (spec.design == "sobol")
    how = fmt::format("samples: {} × ({} + 2) = {} points", spec.samples, k, countText(points));
  else
    how = fmt::format("samples: {} points", countText(points));
  if (copies > 1) how += fmt::format(" (over {} base scenarios)", copies);
  throw sim::InputError(
      fmt::format("{}: {} × {} parameters = {} values; expected at most {} values "
                  "(points × parameters)",
                  file, how, k, countText(values), kMaxDesignValues));
}

DesignPoints generateDesign(const DesignSpec& spec, const std::string& file) {
  checkDesignSize(spec, file);
  DesignPoints out;
  const std::size_t k = spec.parameters.size();
  const auto seed = spec.seed >= 0 ? static_cast<std::uint64_t>(spec.seed) : 0;
  if (spec.design == "grid") {
    std::vector<std::size_t> levels;
    for (const auto& p : spec.parameters) {
      if (p.isRange && p.steps == 0)
        fail(file, fmt::format("parameter '{}': a grid over min..max needs steps", p.path));
      levels.push_back(p.isRange ? static_cast<std::size_t>(p.steps) : p.values.size());
    }
    for (const auto& idx : sim::gridIndices(levels)) {
      std::vector<std::string> point;
      for (std::size_t d = 0; d < k; ++d) {
        const auto& p = spec.parameters[d];
        point.push_back(p.isRange
                            ? valueAt(p, static_cast<double>(idx[d]) / static_cast<double>(p.steps - 1), true)
                            : p.values[idx[d]]);
      }
      out.values.push_back(std::move(point));
    }
    return out;
  }
  if (spec.design == "latin_hypercube") {
    if (spec.samples < 1) fail(file, "samples: expected a positive number of points for latin_hypercube");
    out.unit = sim::latinHypercube(static_cast<std::size_t>(spec.samples), k, seed);
  } else if (spec.design == "sobol") {
    if (spec.samples < 2) fail(file, "samples: expected N ≥ 2 for sobol (N·(k+2) points)");
    for (const auto& p : spec.parameters)
      if (!p.isRange)
        fail(file, fmt::format("parameter '{}': sobol needs min and max (values only with morris)", p.path));
    if (2 * k > 3667) fail(file, "parameters: sobol supports at most 1833 parameters");
    out.unit = sim::saltelliPoints(static_cast<std::size_t>(spec.samples), k, spec.scramble, seed);
  } else {
    if (spec.trajectories < 2) fail(file, "trajectories: expected r ≥ 2 for morris (r·(k+1) points)");
    if (spec.levels % 2 != 0)
      fail(file, fmt::format("levels: expected an even number for morris, got {}", spec.levels));
    const int candidates = spec.candidates > 0 ? spec.candidates : std::min(10 * spec.trajectories, 500);
    if (candidates < spec.trajectories) fail(file, "candidates: expected at least as many as trajectories");
    out.unit = sim::morrisTrajectories(static_cast<std::size_t>(spec.trajectories), k, spec.levels,
                                       static_cast<std::size_t>(candidates), seed);
  }
  const bool onGrid = spec.design == "morris";
  for (const auto& u : out.unit) {
    std::vector<std::string> point;
    for (std::size_t d = 0; d < k; ++d) point.push_back(valueAt(spec.parameters[d], u[d], onGrid));
    out.values.push_back(std::move(point));
  }
  if (spec.design == "latin_hypercube") out.unit.clear();
  return out;
}

nlohmann::json designJson(const DesignSpec& spec, const DesignPoints& points) {
  nlohmann::json j;
  j["design"] = spec.design;
  j["seed"] = std::to_string(spec.seed >= 0 ? spec.seed : 0);
  j["bootstrap"] = spec.bootstrap;
  j["parameters"] = nlohmann::json::array();
  for (const auto& p : spec.parameters) {
    nlohmann::json q{{"name", p.path}};
    if (p.isRange) {
      q["min"] = p.min;
      q["max"] = p.max;
      q["integer"] = p.integer;
      q["log"] = p.log;
    } else {
      q["values"] = p.values;
    }
    j["parameters"].push_back(q);
  }
  const std::size_t k = spec.parameters.size();
  if (spec.design == "sobol") {
    j["samples"] = spec.samples;
    j["scramble"] = spec.scramble;
    j["block"] = k + 2;
    j["structure"] = "blocks of k+2 points: A, A with parameter i from B (i = 1..k), B";
  } else if (spec.design == "morris") {
    j["trajectories"] = spec.trajectories;
    j["levels"] = spec.levels;
    j["block"] = k + 1;
    j["structure"] = "trajectories of k+1 points; each step moves one parameter by ±delta";
  }
  j["points"] = points.values.size();
  if (!points.unit.empty()) j["unit_points"] = points.unit;
  return j;
}

}  // namespace samsim::app
