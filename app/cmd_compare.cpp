// `samsim compare`: several scenarios with common random numbers, means with 95 % confidence
// intervals and paired differences against the first scenario (docs/outputs.md).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "analysis/statistics.hpp"
#include "app/commands.hpp"
#include "app/run_output.hpp"
#include "sim/atomic_file.hpp"
#include "sim/output_directory.hpp"
#include "sim/table.hpp"

namespace samsim::app {
namespace {

std::vector<double> column(const ScenarioRuns& runs, std::size_t metric) {
  std::vector<double> values;
  for (const auto& result : runs.results) values.push_back(result.summary[metric].second);
  return values;
}

sim::Cell orMissing(double value, bool present) { return present ? sim::Cell{value} : sim::Cell{std::string()}; }

}  // namespace

std::string comparisonCsv(const std::vector<ScenarioRuns>& runs) {
  sim::Table table({"scenario", "metric", "n", "mean", "ci_low", "ci_high", "diff_mean", "diff_ci_low", "diff_ci_high"});
  const auto names = metricNames(runs.front());
  for (std::size_t s = 0; s < runs.size(); ++s) {
    for (std::size_t m = 0; m < names.size(); ++m) {
      const auto values = column(runs[s], m);
      const auto ci = analysis::meanInterval(values);
      const bool paired = s > 0;
      const auto diff = paired ? analysis::pairedDifference(column(runs.front(), m), values) : analysis::Interval{};
      table.add({runs[s].scenario.name, names[m], static_cast<std::int64_t>(ci.n), ci.mean, ci.low, ci.high,
                 orMissing(diff.mean, paired), orMissing(diff.low, paired), orMissing(diff.high, paired)});
    }
  }
  return table.toCsv();
}

void addCompareCommand(CLI::App& app) {
  auto options = std::make_shared<RunOptions>();
  options->replicates = 10;
  auto files = std::make_shared<std::vector<std::string>>();
  auto* compare = app.add_subcommand(
      "compare", "Run scenarios with common random numbers; writes comparison.csv (mean, 95 % CI, paired differences)");
  compare->add_option("scenarios", *files, "Scenario YAML files (the first is the reference)")->required();
  addRunOptions(*compare, *options);
  compare->callback([options, files] {
    const std::string start = utcNow();
    if (options->out.empty()) options->out = "out/compare";
    for (const auto& file : *files) (void)models::loadScenario(file, options->overrides);
    const sim::OutputDirectory output(options->out, "compare", {"sweep.json", "runs.csv", "runs"});
    RunDataStream stream(options->out);
    const auto runs = runScenarios(*files, *options, stream);
    writeRunData(options->out, runs, stream);
    sim::writeFileAtomically(options->out / "comparison.csv", comparisonCsv(runs));
    writeManifest(options->out, "compare", runs, *options, start);
    if (!options->quiet)
      fmt::print("samsim: {} scenario(s) × {} replicate(s) compared in {}\n", runs.size(),
                 options->replicates, (options->out / "comparison.csv").string());
  });
}

}  // namespace samsim::app
