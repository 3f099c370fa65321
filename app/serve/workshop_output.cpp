#include "app/serve/workshop_output.hpp"

#include <fmt/format.h>

#include "app/run_output.hpp"
#include "sim/atomic_file.hpp"
#include "sim/random.hpp"

namespace samsim::app::serve {

std::filesystem::path writeWorkshopRun(const std::filesystem::path& out, int id, const WorkshopRun& run) {
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
  // Numbered from the run's id, skipping directories an earlier session left.
  auto dir = out / fmt::format("run-{:03}", id);
  for (int n = id + 1; std::filesystem::exists(dir); ++n) dir = out / fmt::format("run-{:03}", n);
  std::filesystem::create_directories(dir);
  for (std::size_t s = 0; s < plan.scenarios.size(); ++s)
    sim::writeFileAtomically(dir / (plan.roles[s] + ".yaml"), plan.yaml[s]);
  // The workshop keeps its replicates in memory (the page charts them); stream them in scenario and
  // replicate order as `run` and `compare` do.
  RunDataStream stream(dir);
  for (const auto& item : runs)
    for (std::size_t r = 0; r < item.results.size(); ++r) stream.add(item.scenario.name, r, item.results[r]);
  writeRunData(dir, runs, stream);
  sim::writeFileAtomically(dir / "comparison.csv", comparisonCsv(runs));
  RunOptions options;
  options.replicates = run.done();
  options.overrides = plan.changes;
  options.seed = static_cast<std::int64_t>(plan.seed);
  options.out = dir;
  writeManifest(dir, "serve", runs, options, start);
  return dir;
}

}  // namespace samsim::app::serve
