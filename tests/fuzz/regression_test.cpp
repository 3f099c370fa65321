// Replays the fuzz corpus (fuzz/corpus/TARGET) and every input that ever showed a problem
// (tests/fuzz/TARGET, named after the defect or finding they reproduce) through the fuzz targets:
// each must end normally or as bad input (sim::InputError), never otherwise. Inputs named
// `refused-*` must be refused as bad input, `accepted-*` accepted.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "fuzz/targets.hpp"

namespace fs = std::filesystem;

namespace {

std::size_t replay(const std::string& target, const std::function<bool(std::string_view)>& run) {
  std::size_t count = 0;
  for (const fs::path& root : {fs::path("fuzz/corpus") / target, fs::path("tests/fuzz") / target}) {
    if (!fs::is_directory(root)) continue;
    for (const auto& entry : fs::directory_iterator(root)) {
      if (!entry.is_regular_file()) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      INFO(entry.path().string());
      bool accepted = false;
      CHECK_NOTHROW(accepted = run(text.str()));
      const std::string name = entry.path().filename().string();
      if (name.starts_with("refused-")) CHECK_FALSE(accepted);
      if (name.starts_with("accepted-")) CHECK(accepted);
      ++count;
    }
  }
  return count;
}

}  // namespace

TEST_CASE("fuzz corpus and findings: scenario reader", "[fuzz]") {
  CHECK(replay("scenario_reader", samsim::fuzz::scenarioReader) >= 10);
}

TEST_CASE("fuzz corpus and findings: sweep reader", "[fuzz]") {
  CHECK(replay("sweep_reader", samsim::fuzz::sweepReader) >= 3);
}

TEST_CASE("fuzz corpus and findings: edge-list reader", "[fuzz]") {
  CHECK(replay("edge_list_reader", samsim::fuzz::edgeListReader) >= 3);
}

TEST_CASE("fuzz corpus and findings: report's result-directory reader", "[fuzz]") {
  CHECK(replay("report_directory_reader", samsim::fuzz::reportDirectoryReader) >= 3);
}
