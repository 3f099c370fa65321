#pragma once
// Each subcommand of the samsim CLI registers itself here; main.cpp only assembles them.
// A command's callback throws sim::InputError for bad input (exit 2).
namespace CLI {
class App;
}

namespace samsim::app {

void addRunCommand(CLI::App& app);       // run, validate   (cmd_run.cpp)
void addCompareCommand(CLI::App& app);   // compare         (cmd_compare.cpp)
void addSweepCommand(CLI::App& app);     // sweep           (cmd_sweep.cpp)
void addReportCommand(CLI::App& app);    // report          (cmd_report.cpp)
void addHolesCommand(CLI::App& app);     // holes           (cmd_holes.cpp)
void addServeCommand(CLI::App& app);     // serve           (cmd_serve.cpp, app/serve/)
void addDesignCommand(CLI::App& app);       // design       (cmd_design.cpp)
void addSensitivityCommand(CLI::App& app);  // sensitivity  (cmd_sensitivity.cpp)

struct RunOptions;
// --set, --replicates, --seed, --threads, --out, --quiet (cmd_run.cpp).
void addRunOptions(CLI::App& command, RunOptions& options);

}  // namespace samsim::app
