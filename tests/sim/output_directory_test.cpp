// Output directories: one command at a time, one result per directory, only our own temporaries
// removed (sim/output_directory.hpp, sim/atomic_file.hpp).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <unistd.h>

#include "sim/atomic_file.hpp"
#include "sim/input_error.hpp"
#include "sim/output_directory.hpp"

namespace fs = std::filesystem;
using samsim::sim::InputError;
using samsim::sim::isTemporaryName;
using samsim::sim::OutputDirectory;

namespace {

fs::path freshDir(const std::string& name) {
  auto dir = fs::temp_directory_path() / ("samsim_outdir_" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  return dir;
}

void touch(const fs::path& path) {
  std::ofstream(path) << "x";
}

std::string readText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("temporary names: exactly the pattern atomic_file writes", "[sim][output]") {
  CHECK(isTemporaryName(".runs.csv.tmp12345"));
  CHECK(isTemporaryName(".p000001-r0002.summary.csv.tmp7"));
  CHECK_FALSE(isTemporaryName(".notes"));
  CHECK_FALSE(isTemporaryName(".git"));
  CHECK_FALSE(isTemporaryName(".samsim.lock"));
  CHECK_FALSE(isTemporaryName(".x.tmp"));
  CHECK_FALSE(isTemporaryName(".x.tmp12a"));
  CHECK_FALSE(isTemporaryName("runs.csv.tmp123"));
  CHECK_FALSE(isTemporaryName(".tmp123"));
}

TEST_CASE("a second claim on a directory is refused while the first holds it", "[sim][output]") {
  const auto dir = freshDir("lock");
  {
    const OutputDirectory first(dir, "sweep", {});
    CHECK_THROWS_WITH(OutputDirectory(dir, "run", {}),
                      Catch::Contains("in use by samsim sweep (pid " + std::to_string(::getpid()) + ")"));
  }
  CHECK_NOTHROW(OutputDirectory(dir, "run", {}));  // released with the first object
  fs::remove_all(dir);
}

TEST_CASE("claiming removes the old manifest and our stale temporaries, nothing else", "[sim][output]") {
  const auto dir = freshDir("claim");
  fs::create_directories(dir / "runs" / ".hidden-folder");
  std::ofstream(dir / "manifest.json") << R"({"samsim_version": "0.1.0", "command": "run"})";
  touch(dir / ".summary.csv.tmp999");
  touch(dir / ".notes");
  touch(dir / "runs" / ".notes");
  touch(dir / "runs" / ".p000000-r0000.summary.csv.tmp42");
  const OutputDirectory output(dir, "run", {});
  output.removeStaleTemporaries("runs");
  CHECK_FALSE(fs::exists(dir / "manifest.json"));
  CHECK_FALSE(fs::exists(dir / ".summary.csv.tmp999"));
  CHECK_FALSE(fs::exists(dir / "runs" / ".p000000-r0000.summary.csv.tmp42"));
  CHECK(fs::exists(dir / ".notes"));
  CHECK(fs::exists(dir / "runs" / ".notes"));
  CHECK(fs::is_directory(dir / "runs" / ".hidden-folder"));
  fs::remove_all(dir);
}

TEST_CASE("a directory holding another command's result is refused", "[sim][output]") {
  const auto dir = freshDir("foreign");
  fs::create_directories(dir);
  touch(dir / "comparison.csv");
  CHECK_THROWS_WITH(OutputDirectory(dir, "run", {"comparison.csv"}), Catch::Contains("(comparison.csv)"));
  fs::remove(dir / "comparison.csv");
  std::ofstream(dir / "manifest.json") << R"({"samsim_version": "0.1.0", "command": "compare"})";
  CHECK_THROWS_WITH(OutputDirectory(dir, "run", {}), Catch::Contains("manifest.json of samsim compare"));
  CHECK(fs::exists(dir / "manifest.json"));  // refused: nothing removed
  fs::remove_all(dir);
}

// Before: a manifest.json samsim did not write (empty, another program's, no samsim_version) was taken
// for an earlier result of the same command and deleted.
TEST_CASE("a manifest.json samsim did not write is never removed: the directory is refused",
          "[sim][output]") {
  const auto dir = freshDir("foreign-manifest");
  fs::create_directories(dir);
  for (const std::string text : {"", "{\"command\": \"run\"}", "{\"name\": \"my project\"}", "[1, 2]"}) {
    INFO(text);
    std::ofstream(dir / "manifest.json", std::ios::trunc) << text;
    CHECK_THROWS_WITH(OutputDirectory(dir, "run", {}),
                      Catch::Contains("a manifest.json samsim did not write"));
    CHECK(readText(dir / "manifest.json") == text);
  }
  fs::remove_all(dir);
}

TEST_CASE("an output directory that cannot be created is bad input", "[sim][output]") {
  const auto dir = freshDir("blocked");
  fs::create_directories(dir);
  touch(dir / "file");
  CHECK_THROWS_AS(OutputDirectory(dir / "file" / "out", "run", {}), InputError);
  CHECK_THROWS_WITH(OutputDirectory(dir / "file", "run", {}),
                    Catch::Contains("expected a directory, found a file"));
  fs::remove_all(dir);
}
