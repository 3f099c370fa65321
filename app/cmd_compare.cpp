// Placeholder until the compare command lands; registers nothing yet.
#include "app/commands.hpp"

namespace samsim::app {
void addCompareCommand(CLI::App& /*app*/) {}
}  // namespace samsim::app
