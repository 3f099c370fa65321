// `samsim sweep SWEEP.yaml`: parallel parameter sweep that resumes after an interruption.
//
// Each finished run is written as its own pair of files under DIR/runs/ (timeseries first, then the
// summary row, each renamed into place when complete), so a run either exists whole or not at all
// and memory does not grow with the number of runs. Re-running the same command skips the runs
// whose summary exists. runs.csv and timeseries.csv are assembled by streaming those files in run
// order, then manifest.json is written last. Under mpirun or srun the runs are spread over the
// ranks of the job (app/sweep_mpi.hpp) and the result is the same.
#include <fstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/commands.hpp"
#include "app/run_output.hpp"
#include "app/sweep_mpi.hpp"
#include "app/sweep_plan.hpp"
#include "app/sweep_run.hpp"
#include "models/municipality_model.hpp"
#include "sim/atomic_file.hpp"
#include "sim/executor.hpp"
#include "sim/input_error.hpp"
#include "sim/progress.hpp"
#include "sim/table.hpp"

namespace samsim::app {
namespace {

namespace fs = std::filesystem;

struct SweepOptions {
  std::string file;
  fs::path out;
  int threads = 0;
  bool quiet = false;
  bool dryRun = false;
  std::vector<std::string> set;
  int replicates = 0;
};

// Streams the per-run files into one CSV; `header` is the first line of the first file.
void assemble(const SweepPlan& plan, const fs::path& dir, const char* kind, const fs::path& target,
              const std::string& seriesHeader) {
  sim::AtomicWriter writer(target);
  bool first = true;
  for (std::size_t p = 0; p < plan.points.size(); ++p) {
    for (int r = 0; r < plan.replicates; ++r) {
      std::ifstream in(runFile(dir, p, r, kind), std::ios::binary);
      if (!in) throw sim::InputError(runFile(dir, p, r, kind).string() + ": missing run file; re-run the sweep");
      std::string line;
      if (!seriesHeader.empty()) {
        if (first) writer.stream() << seriesHeader;
      } else if (std::getline(in, line) && first) {
        writer.stream() << line << '\n';
      }
      first = false;
      writer.stream() << in.rdbuf();
    }
  }
  writer.commit();
}

void checkOrWritePlan(const SweepPlan& plan, const fs::path& dir) {
  const auto path = dir / "sweep.json";
  nlohmann::json planJson = plan.toJson();
  planJson["samsim_version"] = samsimVersion();
  if (fs::exists(path)) {
    std::ifstream in(path);
    nlohmann::json existing = nlohmann::json::parse(in, nullptr, false);
    if (existing.is_discarded() || existing != planJson)
      throw sim::InputError(fmt::format("{}: holds a different sweep; expected the same sweep file and samsim "
                                        "version to resume, or a new --out directory",
                                        path.string()));
    return;
  }
  sim::writeFileAtomically(path, planJson.dump(2) + "\n");
}

void runSweep(const SweepOptions& options) {
  ClusterSweep cluster;  // under mpirun or srun: rank 0 continues here, the other ranks serve it
  if (cluster.worker()) return cluster.serve(options.threads);
  const std::string start = utcNow();
  const SweepPlan plan = loadSweepPlan(options.file, options.set, options.replicates);
  if (options.dryRun) {
    fmt::print("{}: valid sweep '{}': {} points × {} replicates = {} runs of {}\n", options.file, plan.name,
               plan.points.size(), plan.replicates, plan.runs(), plan.bases.size() > 1 ? fmt::format("{} scenarios", plan.bases.size()) : plan.base.string());
    return;
  }
  const fs::path dir = options.out.empty() ? fs::path("out") / plan.name : options.out;
  fs::create_directories(dir / "runs");
  checkOrWritePlan(plan, dir);
  for (const auto& entry : fs::directory_iterator(dir / "runs"))  // leftovers of an interrupted write
    if (entry.path().filename().string().starts_with(".")) fs::remove(entry.path());

  const std::vector<PlannedRun> missing = missingRuns(plan, dir);
  sim::Progress progress("sweep", plan.runs(), plan.runs() - missing.size(), options.quiet);
  auto executor = sim::makeExecutor(options.threads);
  if (cluster.active()) {
    cluster.distribute(missing, dir, options.threads, progress);
  } else {
    executor->forEach(missing.size(), [&](std::size_t k) {
      executeRun(missing[k], dir);
      progress.advance();
    });
  }
  progress.finish();

  std::vector<std::string> header{"point", "scenario", "replicate", "seed"};
  header.insert(header.end(), plan.parameters.begin(), plan.parameters.end());
  for (const char* c : {"day", "metric", "value"}) header.emplace_back(c);
  assemble(plan, dir, "summary", dir / "runs.csv", "");
  if (plan.timeseries) assemble(plan, dir, "timeseries", dir / "timeseries.csv", sim::Table::csvHeader(header));

  nlohmann::json manifest;
  manifest["samsim_version"] = samsimVersion();
  manifest["command"] = "sweep";
  manifest["sweep_file"] = options.file;
  manifest["sweep"] = plan.toJson();
  manifest["scenario"] = models::scenarioSchema().toJson(models::loadScenario(plan.base, plan.overrides(0)));
  manifest["threads"] = executor->threads();
  manifest["runs"] = plan.runs();
  manifest["runs_resumed_from_disk"] = plan.runs() - missing.size();
  if (cluster.active()) manifest["mpi"] = cluster.manifest();
  manifest["start_time"] = start;
  manifest["end_time"] = utcNow();
  sim::writeFileAtomically(dir / "manifest.json", manifest.dump(2) + "\n");
  fmt::print("samsim: sweep '{}' complete: {} points × {} replicates in {}\n", plan.name, plan.points.size(),
             plan.replicates, (dir / "runs.csv").string());
}

}  // namespace

void addSweepCommand(CLI::App& app) {
  auto options = std::make_shared<SweepOptions>();
  auto* sweep = app.add_subcommand(
      "sweep", "Run a parameter sweep (grid, Latin hypercube, Morris or Sobol); resumable");
  sweep->add_option("sweep", options->file, "Sweep YAML file")->required();
  sweep->add_option("--threads,-t", options->threads, "Worker threads, per rank under MPI (0 = all cores)")
      ->check(CLI::Range(0, 1024));
  sweep->add_option("--out,-o", options->out, "Output directory (default out/<sweep name>)");
  sweep->add_flag("--quiet,-q", options->quiet, "No progress output");
  sweep->add_flag("--dry-run", options->dryRun, "Validate the sweep and every point, run nothing");
  sweep->add_option("--set", options->set, "Override a scenario key for every point: --set path=value (repeatable)");
  sweep->add_option("--replicates,-n", options->replicates, "Replicates per point (replaces the file's)")
      ->check(CLI::Range(1, 100000));
  sweep->callback([options] { runSweep(*options); });
}

}  // namespace samsim::app
