#pragma once
// Running shipped scenarios at small scale and averaging summary metrics over replicates.
#include <string>
#include <vector>

#include "analysis/statistics.hpp"
#include "models/municipality_model.hpp"
#include "sim/random.hpp"

namespace samsim::models::test {

inline double metric(const sim::RunResult& r, const std::string& name) {
  for (const auto& [key, value] : r.summary)
    if (key == name) return value;
  throw std::logic_error("no metric " + name);
}

// Mean of `name` over `replicates` replicates (common seeds) of `file` with overrides.
inline double meanMetric(const std::string& file, std::vector<std::string> overrides, const std::string& name,
                         int replicates = 4) {
  const Scenario s = loadScenario(file, overrides);
  double sum = 0;
  for (int r = 0; r < replicates; ++r)
    sum += metric(runMunicipality(s, {r, sim::replicateSeed(s.seed, static_cast<std::uint64_t>(r))}), name);
  return sum / replicates;
}

// Per-replicate values of `name` (replicate r has seed replicateSeed(scenario seed, r): common random
// numbers across scenarios that share a seed, as the shipped designs do).
inline std::vector<double> perReplicate(const std::string& file, const std::vector<std::string>& overrides,
                                        const std::string& name, int replicates) {
  const Scenario s = loadScenario(file, overrides);
  std::vector<double> out;
  out.reserve(static_cast<std::size_t>(replicates));
  for (int r = 0; r < replicates; ++r)
    out.push_back(
        metric(runMunicipality(s, {r, sim::replicateSeed(s.seed, static_cast<std::uint64_t>(r))}), name));
  return out;
}

// Paired difference (b − a) of `name` over `replicates` common seeds, with its 95 % interval.
inline analysis::Interval pairedMetric(const std::string& file, const std::vector<std::string>& a,
                                       const std::vector<std::string>& b, const std::string& name,
                                       int replicates = 5) {
  std::vector<double> xs;
  std::vector<double> ys;
  for (const auto* overrides : {&a, &b}) {
    const Scenario s = loadScenario(file, *overrides);
    auto& out = overrides == &a ? xs : ys;
    for (int r = 0; r < replicates; ++r)
      out.push_back(
          metric(runMunicipality(s, {r, sim::replicateSeed(s.seed, static_cast<std::uint64_t>(r))}), name));
  }
  return analysis::pairedDifference(xs, ys);
}

}  // namespace samsim::models::test
