#include "app/serve/workshop_output.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

#include <fmt/format.h>

#include "app/run_output.hpp"
#include "sim/atomic_file.hpp"
#include "sim/input_error.hpp"
#include "sim/random.hpp"

namespace samsim::app::serve {
namespace {

void writeInto(const std::filesystem::path& dir, const WorkshopRun& run, int threads) {
  const auto& plan = run.plan();
  const std::string start = utcNow();
  std::vector<ScenarioRuns> runs;
  for (std::size_t s = 0; s < plan.scenarios.size(); ++s) {
    ScenarioRuns item;
    item.scenario = plan.scenarios[s];
    item.file = plan.roles[s] + ".yaml";
    item.baseSeed = plan.seed;
    for (int r = 0; r < run.done(); ++r)
      item.seeds.push_back(sim::replicateSeed(plan.seed, static_cast<std::uint64_t>(r)));
    item.results = run.results()[s];
    item.results.resize(static_cast<std::size_t>(run.done()));
    runs.push_back(std::move(item));
  }
  for (std::size_t s = 0; s < plan.scenarios.size(); ++s)
    sim::writeFileAtomically(dir / (plan.roles[s] + ".yaml"), plan.yaml[s]);
  // The workshop keeps its replicates in memory (the page charts them); stream them in scenario and
  // replicate order as `run` and `compare` do.
  RunDataStream stream(dir);
  for (const auto& item : runs)
    for (std::size_t r = 0; r < item.results.size(); ++r)
      stream.add(item.scenario.name, r, item.results[r], item.scenario.warmupDays);
  writeRunData(dir, runs, stream);
  sim::writeFileAtomically(dir / "comparison.csv", comparisonCsv(runs));
  RunOptions options;
  options.replicates = run.done();
  options.overrides = plan.changes;
  options.seed = static_cast<std::int64_t>(plan.seed);
  options.threads = threads;
  options.out = dir;
  writeManifest(dir, "serve", runs, options, start);
}

}  // namespace

void checkOutputFolder(const std::filesystem::path& out) {
  const auto refuse = [&out](const std::string& why) {
    throw sim::InputError(fmt::format("--out {}: expected a folder samsim can write runs to ({})",
                                      sim::quoted(out.string()), why));
  };
  std::error_code error;
  std::filesystem::create_directories(out, error);
  if (!std::filesystem::is_directory(out)) refuse(error ? error.message() : "it is not a folder");
  const auto probe = out / fmt::format(".samsim-serve.tmp{}", ::getpid());
  const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) refuse(std::strerror(errno));
  const bool written = ::write(fd, "x", 1) == 1 && ::fsync(fd) == 0;
  const int writeError = errno;
  ::close(fd);
  std::filesystem::remove(probe, error);
  if (!written) refuse(std::strerror(writeError));
}

std::filesystem::path writeWorkshopRun(const std::filesystem::path& out, int id, const WorkshopRun& run,
                                       int threads) {
  // Numbered from the run's id, skipping names an earlier session (or a run finishing at the same
  // time) took: create_directory is the claim.
  std::filesystem::create_directories(out);
  std::filesystem::path dir;
  for (int n = id;; ++n) {
    dir = out / fmt::format("run-{:03}", n);
    if (!std::filesystem::exists(dir) && std::filesystem::create_directory(dir)) break;
  }
  try {
    writeInto(dir, run, threads);
  } catch (...) {
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
    throw;
  }
  return dir;
}

}  // namespace samsim::app::serve
