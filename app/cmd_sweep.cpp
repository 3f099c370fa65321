// `samsim sweep SWEEP.yaml`: parallel parameter sweep that resumes after an interruption.
//
// Each finished run is written as its own pair of files under DIR/runs/ (timeseries first, then the
// summary row, each sealed with its length and checksum and renamed into place when complete), so
// a run either exists whole or not at all and memory does not grow with the number of runs.
// Re-running the same command skips the runs whose files pass their seal check and redoes the
// rest. runs.csv (with columns.csv describing it, app/sweep_columns.hpp) and timeseries.csv are
// assembled by streaming those files in run order, then manifest.json is written last. The
// directory is locked for the whole sweep (sim/output_directory).
// Under mpirun or srun the runs are spread over the ranks of the job (app/sweep_mpi.hpp), rank 0
// holding the lock, and the result is the same.
#include <fstream>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "app/build_id.hpp"
#include "app/commands.hpp"
#include "app/run_output.hpp"
#include "app/sweep_columns.hpp"
#include "app/sweep_mpi.hpp"
#include "app/sweep_plan.hpp"
#include "app/sweep_run.hpp"
#include "models/municipality_model.hpp"
#include "models/organisation/organisation_import.hpp"
#include "sim/atomic_file.hpp"
#include "sim/executor.hpp"
#include "sim/input_error.hpp"
#include "sim/output_directory.hpp"
#include "sim/progress.hpp"
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
  std::vector<std::string> set;
  int replicates = 0;
  bool large = false;
  bool allColumns = false;
};

// Streams the per-run time series into one CSV under `header`.
void assembleSeries(const SweepPlan& plan, const fs::path& dir, const fs::path& target,
                    const std::string& header) {
  sim::AtomicWriter writer(target);
  writer.stream() << header;
  for (std::size_t p = 0; p < plan.points.size(); ++p) {
    for (int r = 0; r < plan.replicates; ++r) {
      const auto content = readRunFile(dir, p, r, "timeseries");
      if (!content)
        throw sim::InputError(runFile(dir, p, r, "timeseries").string() +
                              ": missing or damaged run file; re-run the sweep");
      writer.stream() << *content;
    }
  }
  writer.commit();
}

// The sweep's identity: its plan, the samsim version and build (app/build_id.hpp), the resolved base
// scenario (every value the runs read) and the SHA-256 of every file it reads (the sweep file, each
// base scenario, an imported organisation's CSV files), keyed by absolute path so the same sweep
// resumed from another working directory is the same. A resume after any of them changed is
// refused instead of mixing results.
nlohmann::json sweepIdentity(const SweepPlan& plan, const fs::path& sweepFile) {
  const auto resolved = [](const fs::path& path) {
    return fs::weakly_canonical(fs::absolute(path)).string();
  };
  nlohmann::json planJson = plan.toJson();
  // Paths as resolved, not as written relative to the working directory of the command.
  planJson["base"] = resolved(plan.base);
  if (planJson.contains("bases"))
    for (std::size_t b = 0; b < plan.bases.size(); ++b) planJson["bases"][b] = resolved(plan.bases[b]);
  planJson["samsim_version"] = samsimVersion();
  planJson["samsim_build"] = kBuildId;
  nlohmann::json files = nlohmann::json::object();
  files[resolved(sweepFile)] = models::sha256File(sweepFile);
  // Every base scenario the points run on, resolved (a sweep over several designs has several).
  nlohmann::json bases = nlohmann::json::array();
  for (const auto& base : plan.bases) {
    auto scenario = models::scenarioSchema().toJson(models::loadScenario(base, {}));
    if (scenario.contains("organisation") && scenario["organisation"].contains("from"))
      for (auto& [key, path] : scenario["organisation"]["from"].items())
        if (path.is_string() && !path.get<std::string>().empty()) path = resolved(path.get<std::string>());
    bases.push_back(scenario);
    files[resolved(base)] = models::sha256File(base);
  }
  // The organisation files the points read, as they were validated (a base's own or those of set:).
  for (const auto& [path, sha256] : plan.organisationFiles) files[path] = sha256;
  planJson["base_scenario"] = plan.bases.size() == 1 ? bases[0] : bases;
  planJson["files_sha256"] = files;
  return planJson;
}

// Refuses a directory that holds another sweep; runs before the directory is claimed, so a refused
// command leaves the finished sweep there as it was (its manifest included).
void checkSameSweep(const nlohmann::json& identity, const fs::path& dir) {
  const auto path = dir / "sweep.json";
  if (!fs::exists(path)) return;
  std::ifstream in(path);
  nlohmann::json existing = nlohmann::json::parse(in, nullptr, false);
  if (existing.is_discarded())
    throw sim::InputError(fmt::format(
        "{}: damaged; expected the sweep.json samsim wrote, or a new --out directory", path.string()));
  if (existing == identity) return;
  // What the runs read, resolved, first (it names the key); then the files' bytes (it names the file:
  // a changed staff.csv is not in the resolved scenario).
  auto withoutFiles = [](nlohmann::json json) {
    if (json.is_object()) json.erase("files_sha256");
    return json;
  };
  const auto patch = nlohmann::json::diff(withoutFiles(existing), withoutFiles(identity));
  if (patch.empty() && existing.contains("files_sha256") && existing["files_sha256"].is_object())
    for (const auto& [file, sha256] : identity["files_sha256"].items())
      if (existing["files_sha256"].value(file, nlohmann::json()) != sha256)
        throw sim::InputError(
            fmt::format("{}: {} changed since this sweep began (its SHA-256 differs); "
                        "expected the same files to resume, or a new --out directory",
                        path.string(), sim::quoted(file, 400)));
  const std::string changed =
      patch.empty() ? std::string("/files_sha256") : patch[0].value("path", std::string("?"));
  throw sim::InputError(
      fmt::format("{}: holds a different sweep ({} changed); expected the same sweep file, "
                  "base scenario and samsim version and build to resume, or a new --out directory",
                  path.string(), sim::quoted(changed)));
}

void runSweep(const SweepOptions& options) {
  ClusterSweep cluster;  // under mpirun or srun: rank 0 continues here, the other ranks serve it
  if (cluster.worker()) return cluster.serve(options.threads);
  const std::string start = utcNow();
  const SweepPlan plan = loadSweepPlan(options.file, options.set, options.replicates,
                                       options.large ? SweepLimits::none() : SweepLimits{});
  if (options.dryRun) {
    fmt::print("{}: valid sweep '{}': {} points × {} replicates = {} runs of {}\n", options.file, plan.name,
               plan.points.size(), plan.replicates, plan.runs(),
               plan.bases.size() > 1 ? fmt::format("{} scenarios", plan.bases.size()) : plan.base.string());
    return;
  }
  const fs::path dir = options.out.empty() ? fs::path("out") / plan.name : options.out;
  const nlohmann::json identity = sweepIdentity(plan, options.file);
  const sim::OutputDirectory output(dir, "sweep", {"summary.csv", "comparison.csv"},
                                    [&] { checkSameSweep(identity, dir); });
  fs::create_directories(dir / "runs");
  if (!fs::exists(dir / "sweep.json")) sim::writeFileAtomically(dir / "sweep.json", identity.dump(2) + "\n");
  output.removeStaleTemporaries("runs");  // leftovers of an interrupted write

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
  const RunsTable runs = writeRunsTable(plan, dir, options.allColumns);
  if (plan.timeseries) assembleSeries(plan, dir, dir / "timeseries.csv", sim::Table::csvHeader(header));

  nlohmann::json manifest;
  manifest["samsim_version"] = samsimVersion();
  manifest["samsim_build"] = kBuildId;
  manifest["command"] = "sweep";
  manifest["sweep_file"] = options.file;
  manifest["sweep"] = plan.toJson();
  manifest["scenario"] = models::scenarioSchema().toJson(models::loadScenario(plan.base, plan.overrides(0)));
  manifest["threads"] = executor->threads();
  manifest["runs"] = plan.runs();
  manifest["runs_resumed_from_disk"] = plan.runs() - missing.size();
  // Columns of runs.csv empty in every run, left out of it (none with --all-columns).
  manifest["columns_left_out"] = runs.leftOut;
  if (cluster.active()) manifest["mpi"] = cluster.manifest();
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
  auto* sweep = app.add_subcommand(
      "sweep", "Run a parameter sweep (grid, Latin hypercube, Morris or Sobol); resumable");
  sweep->add_option("sweep", options->file, "Sweep YAML file")->required();
  sweep->add_option("--threads,-t", options->threads, "Worker threads, per rank under MPI (0 = all cores)")
      ->check(kThreadRange);
  sweep->add_option("--out,-o", options->out, "Output directory (default out/<sweep name>)");
  sweep->add_flag("--quiet,-q", options->quiet, "No progress output");
  sweep->add_flag("--dry-run", options->dryRun, "Validate the sweep and every point, run nothing");
  sweep->add_option("--set", options->set,
                    "Override a scenario key for every point: --set path=value (repeatable)");
  sweep->add_option("--replicates,-n", options->replicates, "Replicates per point (replaces the file's)")
      ->check(CLI::Range(1, 100000));
  sweep->add_flag("--all-columns", options->allColumns,
                  "Keep the columns of runs.csv that are empty in every run (left out by default)");
  sweep->add_flag(
      "--yes-really", options->large,
      fmt::format("Accept a plan of more than {} runs or {} points", kMaxSweepRuns, kMaxSweepPoints));
  sweep->callback([options] { runSweep(*options); });
}

}  // namespace samsim::app
