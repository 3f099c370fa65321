#pragma once
// Runs the built samsim binary for end-to-end tests and captures exit code and output.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace samsim::test {

struct CliResult {
  int exitCode;
  std::string out;
  std::string err;
};

inline std::string readText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::filesystem::path scratchDir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("samsim_test_" + std::to_string(::getpid())) / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// SAMSIM_TEST_BINARY runs the same tests against another build (e.g. to show a test fails
// before a fix); by default the binary built with the tests.
inline std::string samsimBinary() {
  const char* other = std::getenv("SAMSIM_TEST_BINARY");
  return other != nullptr && *other != '\0' ? std::string(other) : std::string(SAMSIM_BINARY);
}

inline CliResult runCli(const std::string& args) {
  const auto dir = scratchDir("cli_capture");
  const std::string command = samsimBinary() + " " + args + " >" + (dir / "out").string() + " 2>" +
                              (dir / "err").string() + " </dev/null";
  const int status = std::system(command.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, readText(dir / "out"), readText(dir / "err")};
}

// The CSV without its wall_seconds column (the only field allowed to differ between runs).
inline std::string withoutWallSeconds(const std::string& csv) {
  std::stringstream in(csv);
  std::string out;
  for (std::string line; std::getline(in, line);) out += line.substr(0, line.rfind(',')) + "\n";
  return out;
}

// Rows of a CSV without quoted fields (samsim's own output); a trailing comma is an empty cell.
inline std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> cells;
    std::stringstream cellsIn(line);
    for (std::string cell; std::getline(cellsIn, cell, ',');) cells.push_back(cell);
    if (!line.empty() && line.back() == ',') cells.emplace_back();
    rows.push_back(cells);
  }
  return rows;
}

}  // namespace samsim::test
