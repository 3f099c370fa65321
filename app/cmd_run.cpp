// `samsim run` and `samsim validate` (README.md, docs/outputs.md).
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "app/commands.hpp"
#include "app/run_output.hpp"
#include "sim/input_error.hpp"
#include "sim/output_directory.hpp"
#include "sim/text.hpp"

namespace samsim::app {

void addRunOptions(CLI::App& command, RunOptions& options) {  // shared with compare
  command.add_option("--set", options.overrides, "Override a scenario key: dotted.path=value (repeatable)");
  command.add_option("--replicates,-n", options.replicates, "Replicates per scenario")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  command.add_option("--seed", options.seed, "Base seed (default: the scenario's seed)")->check(kSeedCheck);
  command
      .add_option("--threads,-t", options.threads,
                  "Worker threads (0 = all cores); output is identical for any")
      ->check(kThreadRange)
      ->capture_default_str();
  command.add_option("--out,-o", options.out,
                     "Output directory (default: out/<scenario file stem> for run, out/compare for compare)");
  command.add_flag("--quiet,-q", options.quiet, "No progress output");
  // Sugar for --set output.network_every_days=N (network_export.hpp; docs/outputs.md).
  command
      .add_option_function<std::string>(
          "--export-network",
          [&options](const std::string& spec) {
            const std::string prefix = "every:";
            const std::string n = spec.rfind(prefix, 0) == 0 ? spec.substr(prefix.size()) : std::string();
            const bool digits = !n.empty() && n.size() <= 6 &&
                                n.find_first_not_of("0123456789") == std::string::npos && std::stoi(n) > 0;
            if (!digits)
              throw sim::InputError(
                  "--export-network: expected every:N with N a whole number of days in [1, "
                  "100000], got " +
                  sim::quoted(spec));
            options.overrides.push_back("output.network_every_days=" + n);
          },
          "Write the informal network every N simulated days (day 0 = initial state) and at the end, as "
          "GraphML and CSV under OUT/networks/ (docs/outputs.md)")
      ->type_name("every:N");
}

void addRunCommand(CLI::App& app) {
  auto options = std::make_shared<RunOptions>();
  auto file = std::make_shared<std::string>();
  auto* run = app.add_subcommand("run",
                                 "Run replicates of a scenario; writes summary.csv, timeseries.csv, "
                                 "network.csv, sectors.csv, manifest.json (docs/outputs.md)");
  run->add_option("scenario", *file, "Scenario YAML file")->required();
  addRunOptions(*run, *options);
  run->callback([options, file] {
    const std::string start = utcNow();
    if (options->out.empty())
      options->out = std::filesystem::path("out") / std::filesystem::path(*file).stem();
    (void)models::loadScenario(*file, options->overrides);  // bad input stops before the directory is touched
    const sim::OutputDirectory output(options->out, "run",
                                      {"comparison.csv", "sweep.json", "runs.csv", "runs"});
    RunDataStream stream(options->out);
    const auto runs = runScenarios({*file}, *options, stream);
    writeRunData(options->out, runs, stream);
    writeManifest(options->out, "run", runs, *options, start);
    if (!options->quiet)
      fmt::print("samsim: {} replicate(s) of '{}' written to {}\n", options->replicates,
                 runs.front().scenario.name, options->out.string());
  });

  auto overrides = std::make_shared<std::vector<std::string>>();
  auto* validate = app.add_subcommand("validate", "Check a scenario file without running it");
  validate->add_option("scenario", *file, "Scenario YAML file")->required();
  validate->add_option("--set", *overrides, "Override a scenario key: dotted.path=value (repeatable)");
  validate->callback([file, overrides] {
    const auto scenario = models::loadScenario(*file, *overrides);
    fmt::print("{}: valid (scenario '{}', {} days, {} staff)\n", *file, scenario.name, scenario.days,
               scenario.municipality.staff);
  });
}

}  // namespace samsim::app
