#pragma once
// A sweep file: base scenario(s), parameters to vary (any dotted scenario path), design (grid,
// Latin hypercube, Morris or Sobol; app/design_spec.hpp), replicates and seed policy — parsed and
// validated into a plan of points.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace samsim::app {

struct SweepPoint {
  std::vector<std::string> values;  // one scalar text per parameter, as given to --set
  std::size_t base = 0;             // index into SweepPlan::bases
};

struct SweepPlan {
  std::string name;
  std::string description;     // the sweep file's `description:` (what it asks), empty when not given
  std::string descriptionNb;   // the same in Norwegian (bokmål)
  std::filesystem::path base;  // scenario file (the first of bases)
  std::vector<std::filesystem::path> bases;  // `base:` as a list: every point is run on each
  std::vector<std::string> fixed;            // "path=value" applied to every point
  std::vector<std::string> parameters;       // dotted paths
  std::string design;                        // grid | latin_hypercube | morris | sobol
  nlohmann::json sensitivity;                // morris, sobol: structure for `samsim sensitivity` (designJson)
  std::vector<SweepPoint> points;
  int replicates = 5;
  std::uint64_t seed = 0;
  std::string seedPolicy = "common";  // common | independent
  bool timeseries = true;             // false: runs.csv only (large screening sweeps)
  // Every organisation file a point reads (organisation.from.*): absolute path → SHA-256, as read
  // when the points were validated. For the sweep's identity; not in toJson.
  std::map<std::string, std::string> organisationFiles;

  [[nodiscard]] std::size_t runs() const { return points.size() * static_cast<std::size_t>(replicates); }
  [[nodiscard]] std::vector<std::string> overrides(std::size_t point) const;
  [[nodiscard]] const std::filesystem::path& baseOf(std::size_t point) const {
    return bases[points[point].base];
  }
  [[nodiscard]] std::uint64_t runSeed(std::size_t point, int replicate) const;
  [[nodiscard]] nlohmann::json toJson() const;
};

// Plans larger than these are refused unless the user confirms (--yes-really): their size is
// computed from the sweep file before any point is generated or validated.
inline constexpr std::size_t kMaxSweepPoints = 100'000;
inline constexpr std::size_t kMaxSweepRuns = 1'000'000;
struct SweepLimits {
  std::size_t points = kMaxSweepPoints;
  std::size_t runs = kMaxSweepRuns;
  static SweepLimits none() { return {SIZE_MAX, SIZE_MAX}; }  // --yes-really
};

// Throws sim::InputError naming the sweep file, line and key. Every point is validated against the
// scenario schema before anything runs.
// `extraSet` ("path=value", from --set) is applied after the file's `set:`; `replicates` > 0
// replaces the file's (-n).
SweepPlan loadSweepPlan(const std::filesystem::path& file, const std::vector<std::string>& extraSet = {},
                        int replicates = 0, const SweepLimits& limits = {});

}  // namespace samsim::app
