// One policy for a tool a test needs and cannot find (docs/reliability.md): `make test` installs
// every tool (scripts/install-deps.sh), so a missing one fails the test with a message naming the
// package; SAMSIM_SKIP_MISSING_TOOLS=1 in the environment skips instead, with the same message.
// ctest reports the skip as skipped (tests/CMakeLists.txt, SKIP_REGULAR_EXPRESSION).
#pragma once

#include <cstdlib>
#include <iostream>
#include <string>

#include <catch2/catch.hpp>

namespace samsim::test {

// True when the tool is present. Otherwise fails the test case naming `what` and the Debian
// package, or, with SAMSIM_SKIP_MISSING_TOOLS=1, prints the skip and returns false (the caller
// returns at once).
inline bool toolPresent(bool present, const std::string& what, const std::string& package) {
  if (present) return true;
  const char* skip = std::getenv("SAMSIM_SKIP_MISSING_TOOLS");
  if (skip != nullptr && std::string(skip) == "1") {
    std::cout << "samsim: skipped (SAMSIM_SKIP_MISSING_TOOLS=1): " << what << " is missing; install "
              << package << '\n';
    SUCCEED("skipped: " << what << " is missing");  // an assertion, for --warn NoAssertions
    return false;
  }
  FAIL("samsim: missing tool: "
       << what << " is missing; install " << package
       << " (scripts/install-deps.sh installs it), or set SAMSIM_SKIP_MISSING_TOOLS=1 to skip");
  return false;
}

}  // namespace samsim::test
