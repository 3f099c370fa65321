#pragma once
// Running shipped scenarios at small scale and averaging summary metrics over replicates.
#include <string>
#include <vector>

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

}  // namespace samsim::models::test
