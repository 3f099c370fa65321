// `samsim sweep SWEEP.yaml`: parallel parameter sweep that resumes after an interruption.
//
// Each finished run is written as its own pair of files under DIR/runs/ (timeseries first, then the
// summary row, each sealed with its length and checksum and renamed into place when complete), so
// a run either exists whole or not at all and memory does not grow with the number of runs.
// Re-running the same command skips the runs whose two files pass their seal check and redoes the
// rest. runs.csv and timeseries.csv are assembled by streaming those files in run order, then
// manifest.json is written last. The directory is locked for the whole sweep (sim/output_directory).
#include <fstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/commands.hpp"
#include "app/run_output.hpp"
#include "app/sweep_plan.hpp"
#include "models/municipality_model.hpp"
#include "sim/atomic_file.hpp"
#include "sim/executor.hpp"
#include "sim/input_error.hpp"
#include "sim/output_directory.hpp"
#include "sim/progress.hpp"
#include "sim/sealed_file.hpp"
#include "sim/table.hpp"
#include "sim/text.hpp"

namespace samsim::app {
namespace {

namespace fs = std::filesystem;

struct SweepOptions {
  std::string file;
  fs::path out;
  int threads = 0;
  bool quiet = false;
  bool dryRun = false;
  bool large = false;
};

fs::path runFile(const fs::path& dir, std::size_t point, int replicate, const char* kind) {
  return dir / "runs" / fmt::format("p{:06}-r{:04}.{}.csv", point, replicate, kind);
}

void runOne(const SweepPlan& plan, const fs::path& dir, std::size_t point, int replicate) {
  const auto scenario = models::loadScenario(plan.base, plan.overrides(point));
  const std::uint64_t seed = plan.runSeed(point, replicate);
  auto result = models::runMunicipality(scenario, sim::ReplicateSpec{replicate, seed});

  std::vector<sim::Cell> prefix{static_cast<std::int64_t>(point), scenario.name,
                                static_cast<std::int64_t>(replicate), std::to_string(seed)};
  for (const auto& v : plan.points[point].values) prefix.emplace_back(v);
  std::vector<std::string> header{"point", "scenario", "replicate", "seed"};
  header.insert(header.end(), plan.parameters.begin(), plan.parameters.end());

  std::string series;
  for (const auto& p : result.series) {
    auto row = prefix;
    row.emplace_back(static_cast<std::int64_t>(p.day));
    row.emplace_back(result.seriesNames[static_cast<std::size_t>(p.metric)]);
    row.emplace_back(p.value);
    series += sim::Table::csvLine(row);
  }
  sim::writeFileAtomically(runFile(dir, point, replicate, "timeseries"), sim::sealed(series));

  auto summaryHeader = header;
  auto row = prefix;
  for (const auto& [name, value] : result.summary) {
    summaryHeader.push_back(name);
    row.emplace_back(value);
  }
  summaryHeader.emplace_back("agent_steps");
  row.emplace_back(static_cast<std::int64_t>(result.agentSteps));
  // wall_seconds is left out of sweep rows so a resumed sweep ends byte-identical to a fresh one.
  sim::writeFileAtomically(runFile(dir, point, replicate, "summary"),
                           sim::sealed(sim::Table::csvHeader(summaryHeader) + sim::Table::csvLine(row)));
}

// Streams the per-run files into one CSV; `header` is the first line of the first file.
void assemble(const SweepPlan& plan, const fs::path& dir, const char* kind, const fs::path& target,
              const std::string& seriesHeader) {
  sim::AtomicWriter writer(target);
  bool first = true;
  for (std::size_t p = 0; p < plan.points.size(); ++p) {
    for (int r = 0; r < plan.replicates; ++r) {
      const auto content = sim::readSealed(runFile(dir, p, r, kind));
      if (!content)
        throw sim::InputError(runFile(dir, p, r, kind).string() +
                              ": missing or damaged run file; re-run the sweep");
      std::string_view body = *content;
      if (!seriesHeader.empty()) {
        if (first) writer.stream() << seriesHeader;
      } else {
        const auto eol = body.find('\n');
        if (first) writer.stream() << body.substr(0, eol + 1);
        body.remove_prefix(eol == std::string_view::npos ? body.size() : eol + 1);
      }
      first = false;
      writer.stream() << body;
    }
  }
  writer.commit();
}

// The sweep's identity: its plan, the samsim version and the resolved base scenario (every value
// the runs read), so a resume after any of them changed is refused instead of mixing results.
void checkOrWritePlan(const SweepPlan& plan, const fs::path& dir) {
  const auto path = dir / "sweep.json";
  nlohmann::json planJson = plan.toJson();
  planJson["samsim_version"] = samsimVersion();
  planJson["base_scenario"] = models::scenarioSchema().toJson(models::loadScenario(plan.base, {}));
  if (fs::exists(path)) {
    std::ifstream in(path);
    nlohmann::json existing = nlohmann::json::parse(in, nullptr, false);
    if (existing.is_discarded())
      throw sim::InputError(fmt::format(
          "{}: damaged; expected the sweep.json samsim wrote, or a new --out directory", path.string()));
    if (existing != planJson) {
      const auto patch = nlohmann::json::diff(existing, planJson);
      const std::string changed = patch.empty() ? std::string("?") : patch[0].value("path", std::string("?"));
      throw sim::InputError(
          fmt::format("{}: holds a different sweep ({} changed); expected the same sweep file, "
                      "base scenario and samsim version to resume, or a new --out directory",
                      path.string(), sim::quoted(changed)));
    }
    return;
  }
  sim::writeFileAtomically(path, planJson.dump(2) + "\n");
}

// A run is done when both its files pass their seal check; a damaged pair is removed and redone.
bool runIsComplete(const fs::path& dir, std::size_t point, int replicate) {
  const auto summary = runFile(dir, point, replicate, "summary");
  const auto series = runFile(dir, point, replicate, "timeseries");
  if (!fs::exists(summary)) return false;
  if (sim::readSealed(summary) && sim::readSealed(series)) return true;
  fs::remove(summary);
  fs::remove(series);
  return false;
}

void runSweep(const SweepOptions& options) {
  const std::string start = utcNow();
  const SweepPlan plan = loadSweepPlan(options.file, options.large ? SweepLimits::none() : SweepLimits{});
  if (options.dryRun) {
    fmt::print("{}: valid sweep '{}': {} points × {} replicates = {} runs of {}\n", options.file, plan.name,
               plan.points.size(), plan.replicates, plan.runs(), plan.base.string());
    return;
  }
  const fs::path dir = options.out.empty() ? fs::path("out") / plan.name : options.out;
  const sim::OutputDirectory output(dir, "sweep", {"summary.csv", "comparison.csv"});
  fs::create_directories(dir / "runs");
  checkOrWritePlan(plan, dir);
  output.removeStaleTemporaries("runs");  // leftovers of an interrupted write

  std::vector<std::pair<std::size_t, int>> missing;
  for (std::size_t p = 0; p < plan.points.size(); ++p)
    for (int r = 0; r < plan.replicates; ++r)
      if (!runIsComplete(dir, p, r)) missing.emplace_back(p, r);

  sim::Progress progress("sweep", plan.runs(), plan.runs() - missing.size(), options.quiet);
  auto executor = sim::makeExecutor(options.threads);
  executor->forEach(missing.size(), [&](std::size_t k) {
    runOne(plan, dir, missing[k].first, missing[k].second);
    progress.advance();
  });
  progress.finish();

  std::vector<std::string> header{"point", "scenario", "replicate", "seed"};
  header.insert(header.end(), plan.parameters.begin(), plan.parameters.end());
  for (const char* c : {"day", "metric", "value"}) header.emplace_back(c);
  assemble(plan, dir, "summary", dir / "runs.csv", "");
  assemble(plan, dir, "timeseries", dir / "timeseries.csv", sim::Table::csvHeader(header));

  nlohmann::json manifest;
  manifest["samsim_version"] = samsimVersion();
  manifest["command"] = "sweep";
  manifest["sweep_file"] = options.file;
  manifest["sweep"] = plan.toJson();
  manifest["scenario"] = models::scenarioSchema().toJson(models::loadScenario(plan.base, plan.overrides(0)));
  manifest["threads"] = executor->threads();
  manifest["runs"] = plan.runs();
  manifest["runs_resumed_from_disk"] = plan.runs() - missing.size();
  manifest["start_time"] = start;
  manifest["end_time"] = utcNow();
  sim::writeFileAtomically(dir / "manifest.json", manifest.dump(2) + "\n");
  if (!options.quiet)
    fmt::print("samsim: sweep '{}' complete: {} points × {} replicates in {}\n", plan.name,
               plan.points.size(), plan.replicates, (dir / "runs.csv").string());
}

}  // namespace

void addSweepCommand(CLI::App& app) {
  auto options = std::make_shared<SweepOptions>();
  auto* sweep = app.add_subcommand("sweep", "Run a parameter sweep (grid or Latin hypercube); resumable");
  sweep->add_option("sweep", options->file, "Sweep YAML file")->required();
  sweep->add_option("--threads,-t", options->threads, "Worker threads (0 = all cores)")->check(kThreadRange);
  sweep->add_option("--out,-o", options->out, "Output directory (default out/<sweep name>)");
  sweep->add_flag("--quiet,-q", options->quiet, "No progress output");
  sweep->add_flag("--dry-run", options->dryRun, "Validate the sweep and every point, run nothing");
  sweep->add_flag(
      "--yes-really", options->large,
      fmt::format("Accept a plan of more than {} runs or {} points", kMaxSweepRuns, kMaxSweepPoints));
  sweep->callback([options] { runSweep(*options); });
}

}  // namespace samsim::app
