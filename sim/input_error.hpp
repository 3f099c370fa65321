#pragma once
// Bad input (scenario files, CSV, command line): one line naming file, key or line, and what was
// expected. The CLI turns it into exit code 2; nothing else in samsim may print a stack trace.
#include <stdexcept>
#include <string>

namespace samsim::sim {

class InputError : public std::runtime_error {
 public:
  explicit InputError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace samsim::sim
