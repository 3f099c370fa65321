#include "app/sweep_plan.hpp"

#include "app/design_spec.hpp"

#include <cmath>
#include <set>

#include <fmt/format.h>

#include "models/organisation/organisation_import.hpp"
#include "models/scenario/scenario.hpp"
#include "sim/description_text.hpp"
#include "sim/experiment_design.hpp"
#include "sim/input_error.hpp"
#include "sim/params.hpp"
#include "sim/random.hpp"
#include "sim/text.hpp"

namespace samsim::app {
namespace {

struct SweepFile {
  int version = 1;
  std::string name;
  std::string description;         // for people: what the sweep asks (sim/description_text.hpp)
  std::string descriptionNb;       // the same in Norwegian (bokmål)
  std::vector<std::string> bases;  // `base:` one scenario file or a list, crossed with the points
  int replicates = 5;
  std::string seedPolicy = "common";
  bool timeseries = true;
  std::vector<std::string> fixed;
  DesignSpec design;
};

sim::Schema<SweepFile> sweepSchema() {
  sim::Schema<SweepFile> s;
  s.field(
       "version", [](SweepFile & f) -> auto& { return f.version; })
      .range(1, 1)
      .required();
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
  for (const auto& text : {std::pair{"description", &SweepFile::description},
                           std::pair{"description_nb", &SweepFile::descriptionNb}}) {
    const std::string key = text.first;
    std::string SweepFile::*member = text.second;
    s.custom(
        key, "string",
        [key, member](SweepFile& f, const YAML::Node& node, const sim::Origin& origin) {
          f.*member = sim::readDescription(node, origin, key);
        },
        [member](const SweepFile& f) { return nlohmann::json(f.*member); });
  }
  s.custom(
       "base", "scenario file or list",
       [](SweepFile& f, const YAML::Node& node, const sim::Origin& origin) {
         if (node.IsSequence() && node.size() > 0) {
           for (const auto& item : node) f.bases.push_back(sim::readString(item, origin, "base"));
         } else if (node.IsScalar()) {
           f.bases.push_back(sim::readString(node, origin, "base"));
         } else {
           sim::failInput(origin, "base", "a scenario file or a non-empty list of them", node);
         }
       },
       [](const SweepFile& f) { return nlohmann::json(f.bases); })
      .required();
  s.field(
       "replicates", [](SweepFile & f) -> auto& { return f.replicates; })
      .range(1, 100000);
  s.field(
       "seed_policy", [](SweepFile & f) -> auto& { return f.seedPolicy; })
      .oneOf({"common", "independent"});
  s.field(
      "timeseries", [](SweepFile & f) -> auto& { return f.timeseries; });
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
  addDesignKeys(
      s, [](SweepFile& f) -> DesignSpec& { return f.design; },
      [](const std::string& path) { return models::scenarioSchema().isKnown(path); });
  return s;
}

// A key varied twice, or both varied and fixed, or a setting of the other design: refused rather
// than one silently winning.
void checkConsistent(const SweepFile& spec, const std::filesystem::path& file) {
  std::set<std::string> varied;
  for (const auto& p : spec.design.parameters)
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
  if (spec.design.design == "grid" && spec.design.samples != 0)
    throw sim::InputError(
        fmt::format("{}: samples: only for designs latin_hypercube and sobol; a grid's size follows from "
                    "its parameters",
                    file.string()));
}

// The number of points and runs, computed from the file before anything is allocated: first the
// design's values (refused even with --yes-really, app/design_spec.hpp), then the runs.
void checkSize(const SweepFile& spec, const std::filesystem::path& file, const SweepLimits& limits,
               int replicateCount) {
  constexpr std::uint64_t kAbsurd = std::uint64_t{1} << 40;  // refused even with --yes-really
  const auto bases = static_cast<std::uint64_t>(std::max<std::size_t>(spec.bases.size(), 1));
  checkDesignSize(spec.design, file.string(), bases);
  const std::uint64_t points = designPointCount(spec.design) * bases;  // ≤ kMaxDesignValues
  const auto replicates = static_cast<std::uint64_t>(replicateCount);
  const std::uint64_t runs = points * replicates;  // ≤ 10^7 · 10^5
  if (runs >= kAbsurd)
    throw sim::InputError(fmt::format("{}: the plan has more than {} runs; expected a plan that can finish",
                                      file.string(), kAbsurd));
  if (points > limits.points || runs > limits.runs)
    throw sim::InputError(
        fmt::format("{}: the plan has {} points × {} replicates = {} runs; expected at most {} "
                    "points and {} runs (add --yes-really to run it anyway)",
                    file.string(), points, replicates, runs, limits.points, limits.runs));
}

// organisation.from.* names files: in the sweep file's `set:` relative to the sweep file's folder,
// like `base:`; with --set relative to the working directory, as any path on a command line. Either
// is made absolute, so the runs, MPI ranks started elsewhere and a resume from another working
// directory read the same files by the same names.
std::string resolveFileSetting(const std::string& assignment, const std::filesystem::path& folder) {
  const auto equals = assignment.find('=');
  if (equals == std::string::npos || assignment.rfind("organisation.from.", 0) != 0) return assignment;
  const std::filesystem::path value = assignment.substr(equals + 1);
  if (value.empty()) return assignment;
  return assignment.substr(0, equals + 1) +
         std::filesystem::weakly_canonical(std::filesystem::absolute(folder / value)).string();
}

}  // namespace

std::vector<std::string> SweepPlan::overrides(std::size_t point) const {
  std::vector<std::string> out = fixed;
  for (std::size_t d = 0; d < parameters.size(); ++d)
    out.push_back(parameters[d] + "=" + points[point].values[d]);
  return out;
}

std::uint64_t SweepPlan::runSeed(std::size_t point, int replicate) const {
  // common: replicate r of every point shares its seed (common random numbers across points).
  const std::uint64_t pointSeed =
      seedPolicy == "common" ? seed : sim::replicateSeed(seed, 1'000'000'007ULL + point);
  return sim::replicateSeed(pointSeed, static_cast<std::uint64_t>(replicate));
}

nlohmann::json SweepPlan::toJson() const {
  nlohmann::json j;
  j["name"] = name;
  // Only when given, so a sweep written before descriptions existed keeps its identity (resume).
  if (!description.empty()) j["description"] = description;
  if (!descriptionNb.empty()) j["description_nb"] = descriptionNb;
  j["base"] = base.string();
  if (bases.size() > 1) {
    j["bases"] = nlohmann::json::array();
    for (const auto& b : bases) j["bases"].push_back(b.string());
  }
  j["set"] = fixed;
  j["parameters"] = parameters;
  j["design"] = design;
  j["replicates"] = replicates;
  j["seed"] = std::to_string(seed);
  j["seed_policy"] = seedPolicy;
  if (!timeseries) j["timeseries"] = false;
  if (!sensitivity.is_null()) j["sensitivity"] = sensitivity;
  j["points"] = nlohmann::json::array();
  for (const auto& p : points) j["points"].push_back(p.values);
  return j;
}

SweepPlan loadSweepPlan(const std::filesystem::path& file, const std::vector<std::string>& extraSet,
                        int replicates, const SweepLimits& limits) {
  const auto doc = sim::YamlDocument::fromFile(file);
  // A scenario given where a sweep belongs: say so, rather than "unknown key 'days'".
  if (const YAML::Node& root = doc.root();
      root.IsMap() && !root["parameters"] && (root["days"] || root["municipality"]))
    throw sim::InputError(
        fmt::format("{}: a scenario file (it has days and municipality, no parameters); expected a "
                    "sweep file with base and parameters — run a scenario with samsim run",
                    file.string()));
  const SweepFile spec = sweepSchema().load(doc);
  checkConsistent(spec, file);
  checkSize(spec, file, limits, replicates > 0 ? replicates : spec.replicates);
  SweepPlan plan;
  plan.name = spec.name;
  plan.description = spec.description;
  plan.descriptionNb = spec.descriptionNb;
  for (const auto& b : spec.bases) plan.bases.push_back(file.parent_path() / b);
  plan.base = plan.bases.front();
  for (const auto& assignment : spec.fixed)
    plan.fixed.push_back(resolveFileSetting(assignment, file.parent_path()));
  // A --set of a key the sweep varies would be overridden at every point without a word: refused.
  for (const auto& assignment : extraSet) {
    const std::string path = assignment.substr(0, assignment.find('='));
    for (const auto& p : spec.design.parameters)
      if (p.path == path)
        throw sim::InputError(
            fmt::format("--set {}: {} is varied by the sweep {}; expected a key the sweep does not vary",
                        assignment, sim::quoted(path), file.string()));
  }
  for (const auto& assignment : extraSet) plan.fixed.push_back(resolveFileSetting(assignment, {}));
  plan.design = spec.design.design;
  plan.replicates = replicates > 0 ? replicates : spec.replicates;
  plan.seedPolicy = spec.seedPolicy;
  plan.timeseries = spec.timeseries;
  for (const auto& p : spec.design.parameters) plan.parameters.push_back(p.path);
  const auto points = generateDesign(spec.design, file.string());
  for (std::size_t b = 0; b < plan.bases.size(); ++b)  // base-major: point = b · (design points) + i
    for (const auto& values : points.values) plan.points.push_back(SweepPoint{values, b});
  if (isSensitivityDesign(plan.design)) {
    plan.sensitivity = designJson(spec.design, points);
    for (auto& p : plan.sensitivity["parameters"])  // plain words for the report, from the schema
      for (const auto& entry : models::scenarioSchema().entries())
        if (entry.info.path == p["name"] && !entry.info.doc.empty())
          p["label"] = entry.info.unit.empty() ? entry.info.doc
                                               : fmt::format("{} ({})", entry.info.doc, entry.info.unit);
  }

  // Validate every point up front: a bad value stops the sweep before any run.
  models::Scenario first;
  for (std::size_t k = 0; k < plan.points.size(); ++k) {
    try {
      auto scenario = models::loadScenario(plan.baseOf(k), plan.overrides(k));
      // A sweep writes runs.csv only: records asked for would cost time and appear nowhere.
      if (scenario.output.recordCases)
        throw sim::InputError(
            "output.record_cases: a sweep writes no case records; expected false (record with samsim run or "
            "compare)");
      if (scenario.output.peopleEveryDays > 0)
        throw sim::InputError(
            "output.people_every_days: a sweep writes no person records; expected 0 (record with samsim run "
            "or compare)");
      if (k == 0) first = scenario;
      if (scenario.organisation.data)
        for (const auto& read : scenario.organisation.data->files)
          plan.organisationFiles.emplace(
              std::filesystem::weakly_canonical(std::filesystem::absolute(read.path)).string(), read.sha256);
    } catch (const sim::InputError& e) {
      throw sim::InputError(fmt::format("{}: point {}: {}", file.string(), k, e.what()));
    }
  }
  plan.seed = spec.design.seed >= 0 ? static_cast<std::uint64_t>(spec.design.seed) : first.seed;
  return plan;
}

}  // namespace samsim::app
