// What the report accepts as a result directory (analysis/report/output_dir.hpp): only a finished
// one, with UTF-8 text.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "analysis/report/output_dir.hpp"
#include "sim/input_error.hpp"

namespace fs = std::filesystem;
using samsim::analysis::report::loadOutputDir;

namespace {

fs::path copyOf(const std::string& fixture, const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("samsim_report_dir_" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy(fs::path(SAMSIM_SOURCE_DIR) / "tests/analysis/report/fixtures" / fixture, dir,
           fs::copy_options::recursive);
  return dir;
}

}  // namespace

TEST_CASE("report: a directory without manifest.json is an unfinished run and refused", "[report][errors]") {
  for (const std::string fixture : {"run", "compare", "sweep"}) {
    INFO(fixture);
    const fs::path dir = copyOf(fixture, "unfinished-" + fixture);
    CHECK_NOTHROW(loadOutputDir(dir));
    fs::remove(dir / "manifest.json");
    CHECK_THROWS_WITH(loadOutputDir(dir),
                      dir.string() +
                          ": manifest.json is missing, so the run did not finish "
                          "(interrupted or still running); expected a finished output directory");
    fs::remove_all(dir);
  }
}

TEST_CASE("report: a byte that is not UTF-8 is refused naming file and line", "[report][errors]") {
  const fs::path dir = copyOf("run", "latin1");
  std::ifstream in(dir / "summary.csv", std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  const auto secondLine = text.find('\n') + 1;
  text.insert(secondLine, "Tr\xF8");
  std::ofstream(dir / "summary.csv", std::ios::binary | std::ios::trunc) << text;
  CHECK_THROWS_WITH(loadOutputDir(dir),
                    (dir / "summary.csv").string() + ":2: byte '\\xF8' is not UTF-8; expected UTF-8 text");
  fs::remove_all(dir);
}
