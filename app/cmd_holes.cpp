#include "app/commands.hpp"
namespace samsim::app {
void addHolesCommand(CLI::App& /*app*/) {}
}  // namespace samsim::app
