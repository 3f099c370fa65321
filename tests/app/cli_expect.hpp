#pragma once
// Expectations on the samsim binary's answers shared by the end-to-end reliability tests: a refusal
// (exit 2, one line naming what was expected) and a command run under a time limit.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <string>

#include "tests/app/cli_runner.hpp"

namespace samsim::test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddressSanitizer = true;
#else
inline constexpr bool kAddressSanitizer = false;
#endif

inline std::size_t lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

inline void expectRefused(const CliResult& r, const std::string& expected) {
  INFO("exit " << r.exitCode << ", stderr: " << r.err);
  CHECK(r.exitCode == 2);
  CHECK(r.err.find(expected) != std::string::npos);
  CHECK(lines(r.err) == 1);
}

// The command with a time limit (exit 124 when it is reached), and how long it took; `before` is
// shell text run first in the same shell (e.g. a ulimit).
inline CliResult runWithin(int seconds, const std::string& args, double* took = nullptr,
                           const std::string& before = "") {
  const auto dir = scratchDir("cli_capture_within");
  const std::string command = before + "timeout " + std::to_string(seconds) + " " + samsimBinary() + " " +
                              args + " >" + (dir / "out").string() + " 2>" + (dir / "err").string() +
                              " </dev/null";
  const auto start = std::chrono::steady_clock::now();
  const int status = std::system(command.c_str());
  if (took != nullptr)
    *took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, readText(dir / "out"), readText(dir / "err")};
}

}  // namespace samsim::test
