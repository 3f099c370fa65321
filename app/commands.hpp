#pragma once
// Each subcommand of the samsim CLI registers itself here; main.cpp only assembles them.
// A command's callback throws sim::InputError for bad input (exit 2).
#include <charconv>
#include <cstdint>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "sim/random.hpp"

namespace samsim::app {

void addRunCommand(CLI::App& app);            // run, validate   (cmd_run.cpp)
void addCompareCommand(CLI::App& app);        // compare         (cmd_compare.cpp)
void addSweepCommand(CLI::App& app);          // sweep           (cmd_sweep.cpp)
void addReportCommand(CLI::App& app);         // report          (cmd_report.cpp)
void addHolesCommand(CLI::App& app);          // holes           (cmd_holes.cpp)
void addServeCommand(CLI::App& app);          // serve           (cmd_serve.cpp, app/serve/)
void addDesignCommand(CLI::App& app);         // design       (cmd_design.cpp)
void addSensitivityCommand(CLI::App& app);    // sensitivity  (cmd_sensitivity.cpp)
void addOrganisationCommands(CLI::App& app);  // check-org, init (cmd_organisation.cpp)

// One limit and one message for --threads and --seed on every command.
inline const CLI::Range kThreadRange(0, 1024);
inline const CLI::Validator kSeedCheck(
    [](std::string& text) -> std::string {
      std::int64_t value = -1;
      const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
      if (ec != std::errc() || end != text.data() + text.size() || value < 0)
        return std::string("expected ") + sim::kSeedRangeText;
      return {};
    },
    "SEED");

// `--record people every:N` is two words on the command line; they become the one value of
// --record ("people every:N") before parsing, so that the option never takes a scenario file that
// follows it as a value (main.cpp; cmd_run.cpp).
std::vector<std::string> joinRecordWords(std::vector<std::string> args);

struct RunOptions;
// --set, --replicates, --seed, --threads, --out, --quiet (cmd_run.cpp).
void addRunOptions(CLI::App& command, RunOptions& options);

}  // namespace samsim::app
