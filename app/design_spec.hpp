#pragma once
// The design part of a sweep file or of a stand-alone design file (`samsim design`): the
// parameters with their ranges or values, the design (grid, latin_hypercube, morris, sobol) and
// its settings. Turns them into points — one text value per parameter, as given to --set — and,
// for the sensitivity designs, the unit-cube coordinates and structure that `samsim sensitivity`
// needs to compute indices (plan JSON).
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sim/params.hpp"
#include "sim/sensitivity_design.hpp"

namespace samsim::app {

struct ParameterSpec {
  std::string path;                 // dotted scenario key, or any name in a design file
  std::vector<std::string> values;  // explicit levels (any scalar: numbers, names, booleans)
  double min = 0, max = 0;
  int steps = 0;
  bool integer = false;
  bool log = false;
  bool isRange = false;
};

struct DesignSpec {
  std::string design = "grid";  // grid | latin_hypercube | morris | sobol
  int samples = 0;              // latin_hypercube: points; sobol: N (N·(k+2) points)
  int trajectories = 0;         // morris: r (r·(k+1) points)
  int levels = 4;               // morris: grid levels (even)
  int candidates = 0;           // morris: candidate trajectories to choose from (default 10 r)
  bool scramble = false;        // sobol: linear matrix scrambling + digital shift from the seed
  int bootstrap = 1000;         // resamples for the intervals of the indices
  std::int64_t seed = -1;       // -1: not given
  std::vector<ParameterSpec> parameters;
};

struct DesignPoints {
  std::vector<std::vector<std::string>> values;  // per point, per parameter
  sim::UnitPoints unit;                          // morris and sobol only
};

// Reads one item of `parameters:`. `isKnown` (may be empty) checks the path names a scenario key;
// without it the item may use `name:` instead of `path:`.
ParameterSpec readParameter(const YAML::Node& item, const sim::Origin& origin, const std::string& at,
                            const std::function<bool(const std::string&)>& isKnown);

// Adds the design keys (design, samples, trajectories, levels, candidates, scramble, bootstrap,
// seed, parameters) to a file schema; `spec` picks the DesignSpec inside the file's struct.
template <class File, class Pick>
void addDesignKeys(sim::Schema<File>& s, Pick spec, std::function<bool(const std::string&)> isKnown);

// A design is made in memory (its points as text; morris and sobol also as unit coordinates), so
// it may have at most this many values (points × parameters), whatever the command or --yes-really.
inline constexpr std::uint64_t kMaxDesignValues = 10'000'000;

// The number of points the design makes, counted from its settings without making them
// (saturating at UINT64_MAX: a grid of 40 parameters of 10 steps is 10^40).
std::uint64_t designPointCount(const DesignSpec& spec);

// Throws sim::InputError naming `file`, the key that sets the size (parameters for a grid,
// trajectories for morris, samples otherwise) and kMaxDesignValues when `copies` (a sweep's base
// scenarios) times the design's values exceed it. Allocates nothing.
void checkDesignSize(const DesignSpec& spec, const std::string& file, std::uint64_t copies = 1);

// Throws sim::InputError naming `file` when the settings do not fit the design.
DesignPoints generateDesign(const DesignSpec& spec, const std::string& file);

// What `samsim sensitivity` needs: design, parameter names, block size, unit points, bootstrap, seed.
nlohmann::json designJson(const DesignSpec& spec, const DesignPoints& points);

bool isSensitivityDesign(const std::string& design);

}  // namespace samsim::app

#include "app/design_spec_impl.hpp"
