#include "app/commands.hpp"
namespace samsim::app {
void addReportCommand(CLI::App& /*app*/) {}
}  // namespace samsim::app
