// samsim: agent-based simulation of cross-sector coordination in a municipality.
// Exit codes: 0 success, 2 bad input (one line naming file, key or line), 1 internal error.
#include <malloc.h>

#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "app/commands.hpp"
#include "app/run_output.hpp"
#include "sim/input_error.hpp"
#include "sim/text.hpp"

namespace {

// The model and its network measures allocate and free large buffers every few simulated weeks.
// By default glibc returns such blocks to the kernel and faults them in again next time, which
// was half the wall time of a Trondheim-scale run on a virtual machine (bench/README.md). Keep
// freed memory in the process instead; peak memory is unchanged.
void keepFreedMemory() {
  mallopt(M_MMAP_THRESHOLD, 512 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  mallopt(M_TOP_PAD, 64 << 20);
}

// Messages quote user values already; this keeps any message to one line whatever it holds.
std::string oneLine(const char* message) {
  return samsim::sim::escaped(message, 4096);
}

}  // namespace

int main(int argc, char** argv) {
  keepFreedMemory();
  CLI::App app{"samsim — agent-based simulation of coordination across the sectors of a municipality"};
  app.set_version_flag("--version,-V", "samsim " + samsim::app::samsimVersion());
  app.require_subcommand(1);
  samsim::app::addRunCommand(app);
  samsim::app::addCompareCommand(app);
  samsim::app::addSweepCommand(app);
  samsim::app::addReportCommand(app);
  samsim::app::addHolesCommand(app);
  samsim::app::addServeCommand(app);
  samsim::app::addDesignCommand(app);
  samsim::app::addSensitivityCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "samsim: error: %s (see samsim --help)\n", oneLine(e.what()).c_str());
    return 2;
  } catch (const samsim::sim::InputError& e) {
    std::fprintf(stderr, "samsim: error: %s\n", oneLine(e.what()).c_str());
    return 2;
  } catch (const std::filesystem::filesystem_error& e) {
    // A path the user gave that cannot be read or written (permissions, a file where a folder
    // belongs, a full disk) is bad input, not a fault of samsim.
    std::fprintf(stderr, "samsim: error: %s\n", oneLine(e.what()).c_str());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "samsim: internal error: %s\n", oneLine(e.what()).c_str());
    return 1;
  }
  return 0;
}
