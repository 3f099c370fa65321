// Placeholder until the sweep command lands; registers nothing yet.
#include "app/commands.hpp"

namespace samsim::app {
void addSweepCommand(CLI::App& /*app*/) {}
}  // namespace samsim::app
