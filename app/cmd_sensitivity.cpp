// `samsim sensitivity DIR` (a finished morris or sobol sweep) or
// `samsim sensitivity --plan plan.json --results results.csv` (outputs from any program):
// writes sensitivity.csv with Sobol S1/ST or Morris μ, μ*, σ per output and parameter, each index
// with a seeded 95 % bootstrap interval. Replicates of a point are averaged first.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <stdexcept>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "analysis/report/csv_file.hpp"
#include "analysis/sensitivity.hpp"
#include "app/commands.hpp"
#include "sim/atomic_file.hpp"
#include "sim/input_error.hpp"
#include "sim/random.hpp"
#include "sim/table.hpp"
#include "sim/text.hpp"

namespace samsim::app {
namespace {

namespace fs = std::filesystem;
using analysis::report::CsvFile;

struct SensitivityOptions {
  fs::path dir;
  fs::path plan;
  fs::path results;
  fs::path out;
  int bootstrap = -1;
};

constexpr std::int64_t kMaxBootstrap = 100000;  // as the design file's `bootstrap:` and --bootstrap

nlohmann::json readJson(const fs::path& path) {
  std::ifstream in(path);
  if (!in) throw sim::InputError(fmt::format("{}: cannot read the file", path.string()));
  auto j = nlohmann::json::parse(in, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    throw sim::InputError(fmt::format("{}: expected a JSON object", path.string()));
  return j;
}

// The plan's settings for the bootstrap, each checked against its range.
struct PlanSettings {
  std::size_t bootstrap = 0;
  std::uint64_t seed = 0;
};

// Checks the plan names a sensitivity design with its structure, so analysis cannot misread it, and
// that its bootstrap and seed are in range (a hand-edited -1 or 2,000,000,000 resamples ran for
// ever; a seed beyond 64 bits ended in an uncaught out_of_range).
PlanSettings checkPlan(const nlohmann::json& plan, const fs::path& where) {
  const auto design = plan.value("design", std::string());
  if (design != "morris" && design != "sobol")
    throw sim::InputError(
        fmt::format("{}: design: expected morris or sobol, got '{}'", where.string(), design));
  for (const char* key : {"parameters", "points", "block", "unit_points", "seed", "bootstrap"})
    if (!plan.contains(key)) throw sim::InputError(fmt::format("{}: missing key '{}'", where.string(), key));
  const auto k = plan["parameters"].size();
  const auto points = plan["points"].get<std::size_t>();
  const auto block = plan["block"].get<std::size_t>();
  if (k == 0 || block != k + (design == "sobol" ? 2 : 1) || plan["unit_points"].size() != points ||
      points == 0 || points % block != 0)
    throw sim::InputError(
        fmt::format("{}: points, block and unit_points do not fit together", where.string()));
  PlanSettings settings;
  const auto& bootstrap = plan["bootstrap"];
  if (!bootstrap.is_number_integer() || bootstrap.get<std::int64_t>() < 0 ||
      bootstrap.get<std::int64_t>() > kMaxBootstrap)
    throw sim::InputError(fmt::format("{}: bootstrap: expected an integer in [0, {}], got {}", where.string(),
                                      kMaxBootstrap, sim::quoted(bootstrap.dump())));
  settings.bootstrap = bootstrap.get<std::size_t>();
  // The seed is written as text (JSON readers lose integers beyond 2^53); a number is accepted too.
  const auto& seed = plan["seed"];
  const std::string text = seed.is_string() ? seed.get<std::string>() : seed.dump();
  const bool digits = !text.empty() && text.size() <= 19 &&
                      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || std::stoull(text) > static_cast<std::uint64_t>(sim::kMaxSeed))
    throw sim::InputError(
        fmt::format("{}: seed: expected {}, got {}", where.string(), sim::kSeedRangeText, sim::quoted(text)));
  settings.seed = std::stoull(text);
  return settings;
}

struct PointMeans {
  std::vector<std::string> outputs;
  std::vector<std::vector<double>> values;    // per output, per point
  std::string replicates;                     // rows averaged per point: "3" or "2-3"
  std::vector<std::string> neverObserved;     // left out: empty in every row (a feature never active)
  std::vector<std::string> sometimesMissing;  // left out: empty in some rows
  std::vector<std::string> notNumbers;        // left out: a cell that is not a number
  std::string firstNotNumber;                 // where: "runs.csv:5 'oops'"
};

// "a, b, c and 4 more": the first few names of a list that may be long.
std::string someNames(const std::vector<std::string>& names) {
  constexpr std::size_t kShown = 4;
  std::string text;
  for (std::size_t i = 0; i < names.size() && i < kShown; ++i) text += (i ? ", " : "") + names[i];
  if (names.size() > kShown) text += fmt::format(" and {} more", names.size() - kShown);
  return text;
}

// `rows`: the rows of one scenario. With a scenario column (a sweep whose base is a list, run
// base-major), design point = point mod the plan's points; without one, point must be below it.
PointMeans averageByPoint(const nlohmann::json& plan, const CsvFile& results,
                          const std::vector<std::size_t>& rows, bool crossed) {
  const auto points = plan["points"].get<std::size_t>();
  std::set<std::string> skip{"point", "scenario", "replicate", "seed", "agent_steps", "wall_seconds"};
  for (const auto& p : plan["parameters"]) skip.insert(p["name"].get<std::string>());
  const auto pointColumn = results.requireColumn("point");
  std::vector<std::size_t> rowsAt(points, 0);
  std::vector<std::size_t> pointOf(results.rowCount());
  for (std::size_t r : rows) {
    const auto v = results.number(r, pointColumn);
    if (!v || *v < 0 || *v != std::floor(*v) || (!crossed && *v >= static_cast<double>(points)))
      throw sim::InputError(fmt::format("{}:{}: point: expected an integer in [0, {}), got '{}'",
                                        results.path().string(), results.lineOf(r), points,
                                        results.cell(r, pointColumn)));
    pointOf[r] = static_cast<std::size_t>(*v) % points;
    ++rowsAt[pointOf[r]];
  }
  for (std::size_t p = 0; p < points; ++p)
    if (rowsAt[p] == 0)
      throw sim::InputError(
          fmt::format("{}: point {} has no results (expected every point 0..{} of the plan)",
                      results.path().string(), p, points - 1));
  const auto [lo, hi] = std::minmax_element(rowsAt.begin(), rowsAt.end());
  PointMeans out;
  out.replicates = *lo == *hi ? std::to_string(*lo) : fmt::format("{}-{}", *lo, *hi);
  for (std::size_t c = 0; c < results.columns().size(); ++c) {
    const auto& name = results.columns()[c];
    if (skip.count(name)) continue;
    std::vector<double> sum(points, 0.0);
    bool numeric = true;
    std::size_t missing = 0;
    std::size_t row = 0;  // the first cell that is not a number
    for (std::size_t r : rows) {
      const auto v = analysis::report::parseNumber(results.cell(r, c));
      if (v) {
        sum[pointOf[r]] += *v;
      } else if (results.cell(r, c).empty() || results.cell(r, c) == "NA") {
        ++missing;
      } else {
        numeric = false;
        row = r;
        break;
      }
    }
    if (!numeric) {
      if (out.notNumbers.empty())
        out.firstNotNumber = fmt::format("{}:{} {}", results.path().filename().string(), results.lineOf(row),
                                         sim::quoted(results.cell(row, c)));
      out.notNumbers.push_back(name);
      continue;
    }
    if (missing > 0) {
      (missing == rows.size() ? out.neverObserved : out.sometimesMissing).push_back(name);
      continue;
    }
    for (std::size_t p = 0; p < points; ++p) sum[p] /= static_cast<double>(rowsAt[p]);
    out.outputs.push_back(name);
    out.values.push_back(std::move(sum));
  }
  if (out.outputs.empty())
    throw sim::InputError(fmt::format(
        "{}: no numeric output columns besides point and the parameters{}", results.path().string(),
        out.notNumbers.empty() ? std::string()
                               : fmt::format(" ({} has a cell that is not a number at {})",
                                             sim::quoted(out.notNumbers.front()), out.firstNotNumber)));
  return out;
}

sim::Cell orNa(double v) {
  return std::isfinite(v) ? sim::Cell{v} : sim::Cell{std::string("NA")};
}

std::string sensitivityCsv(const nlohmann::json& plan, const PlanSettings& settings, const CsvFile& results,
                           int bootstrapOverride) {
  const auto design = plan["design"].get<std::string>();
  const auto k = plan["parameters"].size();
  const std::size_t bootstrap =
      bootstrapOverride >= 0 ? static_cast<std::size_t>(bootstrapOverride) : settings.bootstrap;
  const auto seed = settings.seed;
  const auto unit = plan["unit_points"].get<sim::UnitPoints>();
  sim::Table table({"scenario", "output", "parameter", "method", "S1", "S1_low", "S1_high", "ST", "ST_low",
                    "ST_high", "mu", "mu_star", "mu_star_low", "mu_star_high", "sigma", "points",
                    "replicates", "bootstrap"});
  const sim::Cell none{std::string()};
  // Groups of rows by scenario (a sweep over several base scenarios), in order of appearance.
  const auto scenarioColumn = results.findColumn("scenario");
  std::vector<std::pair<std::string, std::vector<std::size_t>>> groups;
  for (std::size_t r = 0; r < results.rowCount(); ++r) {
    const std::string name = scenarioColumn ? results.cell(r, *scenarioColumn) : std::string();
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == name; });
    if (it == groups.end()) it = groups.insert(groups.end(), {name, {}});
    it->second.push_back(r);
  }
  for (const auto& [scenario, rows] : groups) {
    const auto means = averageByPoint(plan, results, rows, scenarioColumn.has_value());
    // One line per cause, not one per output.
    const std::string where = groups.size() > 1 ? fmt::format(" of '{}'", scenario) : std::string();
    const auto note = [&where](const std::vector<std::string>& names, const char* cause) {
      if (names.empty()) return;
      fmt::print(stderr, "samsim: note: {} output{}{} {} empty in {} and left out: {}\n", names.size(),
                 names.size() == 1 ? "" : "s", where, names.size() == 1 ? "is" : "are", cause,
                 someNames(names));
    };
    note(means.neverObserved, "every run (never observed)");
    note(means.sometimesMissing, "some runs");
    if (!means.notNumbers.empty())
      fmt::print(
          stderr,
          "samsim: note: {} output{}{} {} a cell that is not a number and {} left out: {} (first at {})\n",
          means.notNumbers.size(), means.notNumbers.size() == 1 ? "" : "s", where,
          means.notNumbers.size() == 1 ? "has" : "have", means.notNumbers.size() == 1 ? "is" : "are",
          someNames(means.notNumbers), means.firstNotNumber);
    for (std::size_t o = 0; o < means.outputs.size(); ++o) {
      const auto outputSeed = sim::replicateSeed(seed, o);  // one bootstrap stream per output
      if (design == "sobol") {
        const auto s = analysis::sobolIndices(means.values[o], k, bootstrap, outputSeed);
        for (std::size_t i = 0; i < k; ++i)
          table.add({scenario, means.outputs[o], plan["parameters"][i]["name"].get<std::string>(), "sobol",
                     orNa(s.first[i].value), orNa(s.first[i].low), orNa(s.first[i].high),
                     orNa(s.total[i].value), orNa(s.total[i].low), orNa(s.total[i].high), none, none, none,
                     none, none, static_cast<std::int64_t>(unit.size()), means.replicates,
                     static_cast<std::int64_t>(bootstrap)});
      } else {
        const auto m = analysis::morrisIndices(unit, means.values[o], k, bootstrap, outputSeed);
        for (std::size_t i = 0; i < k; ++i)
          table.add({scenario, means.outputs[o], plan["parameters"][i]["name"].get<std::string>(), "morris",
                     none, none, none, none, none, none, orNa(m.mu[i]), orNa(m.muStar[i].value),
                     orNa(m.muStar[i].low), orNa(m.muStar[i].high), orNa(m.sigma[i]),
                     static_cast<std::int64_t>(unit.size()), means.replicates,
                     static_cast<std::int64_t>(bootstrap)});
      }
    }
  }
  return table.toCsv();
}

void runSensitivity(SensitivityOptions o) {
  nlohmann::json plan;
  fs::path planPath;
  if (!o.dir.empty()) {
    if (!o.plan.empty() || !o.results.empty())
      throw sim::InputError("sensitivity: expected either DIR or --plan and --results, not both");
    planPath = o.dir / "sweep.json";
    if (!fs::exists(planPath))
      throw sim::InputError(fmt::format(
          "{}: not found; expected the output directory of a morris or sobol sweep", planPath.string()));
    const auto sweep = readJson(planPath);
    if (!sweep.contains("sensitivity"))
      throw sim::InputError(fmt::format("{}: not a morris or sobol sweep (design '{}')", planPath.string(),
                                        sweep.value("design", std::string())));
    plan = sweep["sensitivity"];
    // manifest.json is written last: without it the sweep is unfinished (runs.csv may be an
    // earlier, partial one), as `report` refuses it.
    if (!fs::exists(o.dir / "manifest.json"))
      throw sim::InputError(
          fmt::format("{}: no manifest.json; expected a finished sweep (resume it with "
                      "samsim sweep, which writes manifest.json last)",
                      o.dir.string()));
    o.results = o.dir / "runs.csv";
    if (o.out.empty()) o.out = o.dir;
  } else {
    if (o.plan.empty() || o.results.empty())
      throw sim::InputError(
          "sensitivity: expected a sweep directory, or --plan plan.json and --results results.csv");
    planPath = o.plan;
    plan = readJson(planPath);
    if (o.out.empty()) o.out = o.results.parent_path().empty() ? fs::path(".") : o.results.parent_path();
  }
  PlanSettings settings;
  try {
    settings = checkPlan(plan, planPath);
  } catch (const nlohmann::json::exception& e) {
    throw sim::InputError(fmt::format("{}: malformed plan ({})", planPath.string(), e.what()));
  }
  if (!fs::exists(o.results))
    throw sim::InputError(fmt::format("{}: no such file{}", o.results.string(),
                                      o.dir.empty() ? "" : " (is the sweep finished?)"));
  const auto results = CsvFile::read(o.results);
  std::string csv;
  try {
    csv = sensitivityCsv(plan, settings, results, o.bootstrap);
  } catch (const nlohmann::json::exception& e) {  // a hand-edited plan with a wrong type
    throw sim::InputError(fmt::format("{}: malformed plan ({})", planPath.string(), e.what()));
  } catch (const std::invalid_argument& e) {  // e.g. a Morris step moving two parameters
    throw sim::InputError(fmt::format("{}: {}", planPath.string(), e.what()));
  }
  fs::create_directories(o.out);
  sim::writeFileAtomically(o.out / "sensitivity.csv", csv);
  fmt::print("samsim: {} indices for {} parameters in {}\n", plan["design"].get<std::string>(),
             plan["parameters"].size(), (o.out / "sensitivity.csv").string());
}

}  // namespace

void addSensitivityCommand(CLI::App& app) {
  auto o = std::make_shared<SensitivityOptions>();
  auto* cmd = app.add_subcommand(
      "sensitivity", "Sobol or Morris sensitivity indices with bootstrap intervals; writes sensitivity.csv");
  cmd->add_option("dir", o->dir, "A finished morris or sobol sweep directory");
  cmd->add_option("--plan", o->plan, "plan.json written by `samsim design`");
  cmd->add_option("--results", o->results,
                  "CSV with a point column and output columns (replicates averaged)");
  cmd->add_option("--out,-o", o->out,
                  "Directory for sensitivity.csv (default: the sweep or results directory)");
  cmd->add_option("--bootstrap", o->bootstrap, "Bootstrap resamples (default: the plan's, 1000)")
      ->check(CLI::Range(0, 100000));
  cmd->callback([o] { runSensitivity(*o); });
}

}  // namespace samsim::app
