// samsim: agent-based simulation of cross-sector coordination in a municipality.
// Exit codes: 0 success, 2 bad input (one line naming file, key or line), 1 internal error.
#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/commands.hpp"
#include "app/run_output.hpp"
#include "sim/input_error.hpp"

int main(int argc, char** argv) {
  CLI::App app{"samsim — agent-based simulation of coordination across the sectors of a municipality"};
  app.set_version_flag("--version,-V", "samsim " + samsim::app::samsimVersion());
  app.require_subcommand(1);
  samsim::app::addRunCommand(app);
  samsim::app::addCompareCommand(app);
  samsim::app::addSweepCommand(app);
  samsim::app::addReportCommand(app);
  samsim::app::addHolesCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "samsim: error: %s (see samsim --help)\n", e.what());
    return 2;
  } catch (const samsim::sim::InputError& e) {
    std::fprintf(stderr, "samsim: error: %s\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "samsim: internal error: %s\n", e.what());
    return 1;
  }
  return 0;
}
