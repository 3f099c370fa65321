// `samsim run` and `samsim validate` (README.md, docs/outputs.md).
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "app/commands.hpp"
#include "app/run_output.hpp"
#include "sim/input_error.hpp"
#include "sim/output_directory.hpp"
#include "sim/text.hpp"

namespace samsim::app {

namespace {

constexpr std::string_view kRecordExpected =
    "expected cases or people every:N with N a whole number of measured days in [1, 100000]";

// `--record cases` / `--record people every:N` as the scenario key it stands for (docs/outputs.md).
std::string recordOverride(const std::string& spec) {
  if (spec == "cases") return "output.record_cases=true";
  const std::string prefix = "people every:";
  const std::string n = spec.rfind(prefix, 0) == 0 ? spec.substr(prefix.size()) : std::string();
  const bool digits = !n.empty() && n.size() <= 6 && n.find_first_not_of("0123456789") == std::string::npos &&
                      std::stoi(n) > 0 && std::stoi(n) <= 100000;
  if (!digits) throw sim::InputError(fmt::format("--record: {}, got {}", kRecordExpected, sim::quoted(spec)));
  return "output.people_every_days=" + n;
}

}  // namespace

std::vector<std::string> joinRecordWords(std::vector<std::string> args) {
  for (std::size_t i = 0; i + 1 < args.size(); ++i) {
    const bool separate = args[i] == "--record" && i + 2 < args.size() && args[i + 1] == "people";
    const bool attached = args[i] == "--record=people";
    const std::size_t every = separate ? i + 2 : i + 1;
    if (!(separate || attached) || args[every].rfind("every:", 0) != 0) continue;
    args[every - 1] += " " + args[every];
    args.erase(args.begin() + static_cast<std::ptrdiff_t>(every));
  }
  return args;
}

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
  // Sugar for --set output.record_cases=true and --set output.people_every_days=N (records.hpp).
  command
      .add_option_function<std::vector<std::string>>(
          "--record",
          [&options](const std::vector<std::string>& specs) {
            for (const auto& spec : specs) options.overrides.push_back(recordOverride(spec));
          },
          "Also write cases.csv (one row per case raised after the warm-up) or people.csv (every person "
          "at the end of every N-th measured day); repeatable (docs/outputs.md)")
      ->type_name("cases|people every:N")
      ->allow_extra_args(false);
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
