// `samsim compare`: several scenarios with common random numbers, means with 95 % confidence
// intervals and paired differences against the first scenario (docs/outputs.md).
#include <algorithm>
#include <filesystem>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include "analysis/statistics.hpp"
#include "app/commands.hpp"
#include "app/run_output.hpp"
#include "sim/atomic_file.hpp"
#include "sim/input_error.hpp"
#include "sim/output_directory.hpp"
#include "sim/table.hpp"
#include "sim/text.hpp"

namespace samsim::app {
namespace {

std::vector<double> column(const ScenarioRuns& runs, std::size_t metric) {
  std::vector<double> values;
  for (const auto& result : runs.results) values.push_back(result.summary[metric].second);
  return values;
}

sim::Cell orMissing(double value, bool present) {
  return present ? sim::Cell{value} : sim::Cell{std::string()};
}

// `--baseline`: the matching scenario (by path, file stem or scenario name) becomes the reference;
// the others keep their order. A shell glob lists files alphabetically, so without this the
// reference would be whichever design sorts first.
void moveBaselineFirst(std::vector<std::string>& files, const std::vector<std::string>& names,
                       const std::string& baseline) {
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::filesystem::path path(files[i]);
    if (files[i] == baseline || path.stem().string() == baseline || names[i] == baseline) {
      std::rotate(files.begin(), files.begin() + static_cast<std::ptrdiff_t>(i),
                  files.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      return;
    }
  }
  std::vector<std::string> known;
  known.reserve(names.size());
  for (const auto& name : names) known.push_back(sim::quoted(name));
  throw sim::InputError(
      fmt::format("--baseline {}: no scenario given has this file, file stem or name; expected one of {}",
                  sim::quoted(baseline), fmt::join(known, ", ")));
}

}  // namespace

std::string comparisonCsv(const std::vector<ScenarioRuns>& runs) {
  sim::Table table(
      {"scenario", "metric", "n", "mean", "ci_low", "ci_high", "diff_mean", "diff_ci_low", "diff_ci_high"});
  const auto names = metricNames(runs.front());
  for (std::size_t s = 0; s < runs.size(); ++s) {
    for (std::size_t m = 0; m < names.size(); ++m) {
      const auto values = column(runs[s], m);
      const auto ci = analysis::meanInterval(values);
      const bool paired = s > 0;
      const auto diff =
          paired ? analysis::pairedDifference(column(runs.front(), m), values) : analysis::Interval{};
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
      "compare",
      "Run scenarios with common random numbers; writes comparison.csv (mean, 95 % CI, paired differences)");
  compare->add_option("scenarios", *files, "Scenario YAML files (the first is the reference)")->required();
  auto baseline = std::make_shared<std::string>();
  compare->add_option(
      "--baseline", *baseline,
      "The reference scenario, by file, file stem or scenario name (default: the first file)");
  addRunOptions(*compare, *options);
  compare->callback([options, files, baseline] {
    const std::string start = utcNow();
    if (options->out.empty()) options->out = "out/compare";
    std::vector<std::string> names;
    for (const auto& file : *files) names.push_back(models::loadScenario(file, options->overrides).name);
    // Refused before the output folder is created or claimed (runScenarios checks it again).
    for (std::size_t i = 0; i < names.size(); ++i)
      for (std::size_t j = 0; j < i; ++j) {
        if (names[i] != names[j]) continue;
        for (const auto& assignment : options->overrides)
          if (assignment.rfind("name=", 0) == 0)
            throw sim::InputError(
                fmt::format("--set {}: gives every scenario the same name; expected distinct "
                            "scenario names in a comparison",
                            sim::escaped(assignment)));
        throw sim::InputError(
            fmt::format("{}: name: {} is also the name of {}; expected distinct scenario names", (*files)[i],
                        sim::quoted(names[i]), (*files)[j]));
      }
    if (!baseline->empty()) moveBaselineFirst(*files, names, *baseline);
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
