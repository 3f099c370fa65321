// samsim: agent-based simulation of cross-sector coordination in a municipality.
// Exit codes: 0 success, 2 bad input (one line per problem naming file, key or line), 1 internal error.
#include <malloc.h>

#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include "app/build_id.hpp"
#include "app/commands.hpp"
#include "app/run_output.hpp"
#include "sim/input_error.hpp"
#include "sim/input_errors.hpp"
#include "sim/params.hpp"
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

// The first argument when it is not an option must name a command: "runn" gets its own message
// with the closest command, not CLI11's "A subcommand is required".
std::string unknownCommand(const CLI::App& app, const std::string& word) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
  for (const auto& name : names)
    if (name == word) return {};
  const std::string closest = samsim::sim::closestPath(word, names);
  return fmt::format("unknown command {}; expected one of {}{}", samsim::sim::quoted(word),
                     fmt::join(names, ", "),
                     closest.empty() ? "" : fmt::format(" (did you mean '{}'?)", closest));
}

// The help to point at after a parse error: the command's own when one was named.
std::string helpFor(const CLI::App& app) {
  for (const CLI::App* sub : app.get_subcommands()) return "samsim " + sub->get_name() + " --help";
  return "samsim --help";
}

}  // namespace

int main(int argc, char** argv) {
  keepFreedMemory();
  CLI::App app{"samsim — agent-based simulation of coordination across the sectors of a municipality"};
  app.name("samsim");
  app.set_version_flag("--version,-V",
                       "samsim " + samsim::app::samsimVersion() + " (build " + samsim::app::kBuildId + ")");
  app.require_subcommand(1);
  samsim::app::addRunCommand(app);
  samsim::app::addCompareCommand(app);
  samsim::app::addSweepCommand(app);
  samsim::app::addReportCommand(app);
  samsim::app::addHolesCommand(app);
  samsim::app::addServeCommand(app);
  samsim::app::addDesignCommand(app);
  samsim::app::addSensitivityCommand(app);
  samsim::app::addOrganisationCommands(app);
  if (argc > 1 && std::string(argv[1]) == "help") {  // `samsim help` as `samsim --help`
    std::fputs(app.help().c_str(), stdout);
    return 0;
  }
  if (argc > 1 && argv[1][0] != '-') {
    if (const std::string message = unknownCommand(app, argv[1]); !message.empty()) {
      std::fprintf(stderr, "samsim: error: %s (see samsim --help)\n", oneLine(message.c_str()).c_str());
      return 2;
    }
  }
  std::vector<std::string> words = samsim::app::joinRecordWords({argv, argv + argc});
  std::vector<char*> args;
  args.reserve(words.size());
  for (std::string& word : words) args.push_back(word.data());
  try {
    app.parse(static_cast<int>(args.size()), args.data());
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "samsim: error: %s (see %s)\n", oneLine(e.what()).c_str(), helpFor(app).c_str());
    return 2;
  } catch (const samsim::sim::InputErrors& e) {  // every problem of an input, one line each
    for (const auto& line : samsim::sim::listedProblems(e.problems()))
      std::fprintf(stderr, "samsim: error: %s\n", oneLine(line.c_str()).c_str());
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
