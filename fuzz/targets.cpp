#include "fuzz/targets.hpp"

#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "analysis/network/edge_list_csv.hpp"
#include "analysis/network/structural_holes.hpp"
#include "analysis/report/report.hpp"
#include "app/sweep_plan.hpp"
#include "models/scenario/scenario.hpp"
#include "sim/input_error.hpp"

namespace samsim::fuzz {
namespace {

namespace fs = std::filesystem;

// One scratch folder per process, created once (fuzzing runs millions of inputs).
struct Scratch {
  Scratch() : dir(fs::temp_directory_path() / ("samsim_fuzz_" + std::to_string(::getpid()))) {
    fs::create_directories(dir);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  fs::path dir;
};

const fs::path& scratch() {
  static const Scratch folder;
  return folder.dir;
}

void writeFile(const fs::path& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
}

// Bad input is the expected outcome for most inputs; every other escape is a finding.
template <class F>
bool expectInputErrorOnly(F&& f) {
  try {
    f();
    return true;
  } catch (const sim::InputError&) {
    return false;
  }
}

}  // namespace

bool scenarioReader(std::string_view input) {
  const fs::path file = scratch() / "scenario.yaml";
  writeFile(file, input);
  return expectInputErrorOnly([&] { (void)models::loadScenario(file, {}); });
}

bool sweepReader(std::string_view input) {
  // The shipped scenarios, so `base: ../designs/x.yaml` in the corpus resolves as in the repository.
  static const fs::path root = [] {
    fs::path to = scratch() / "scenarios";
    fs::remove_all(to);
    fs::copy(fs::path(SAMSIM_SOURCE_DIR) / "scenarios", to, fs::copy_options::recursive);
    return to;
  }();
  const fs::path file = root / "sweeps" / "fuzz-input.yaml";
  writeFile(file, input);
  // Small limits: a plan's size is checked before its points are made, and validating each of
  // 100,000 allowed points is slow by design, not a hang.
  return expectInputErrorOnly([&] { (void)app::loadSweepPlan(file, {}, 0, app::SweepLimits{500, 5000}); });
}

bool edgeListReader(std::string_view input) {
  return expectInputErrorOnly([&] {
    const auto list = analysis::parseEdgeListCsv(std::string(input), "edges.csv");
    const auto graph = analysis::Graph::fromEdges(static_cast<int>(list.labels.size()), list.edges, false);
    for (const auto& m : analysis::burtMeasures(graph)) {
      // NaN marks an undefined measure (an isolate); an infinity is never a right answer.
      if (std::isinf(m.constraint) || std::isinf(m.effectiveSize) || std::isinf(m.efficiency) ||
          std::isinf(m.hierarchy))
        std::abort();
    }
  });
}

bool reportDirectoryReader(std::string_view input) {
  static const char* const kNames[] = {"summary.csv", "timeseries.csv", "comparison.csv", "network.csv",
                                       "runs.csv",    "manifest.json",  "sweep.json"};
  const fs::path dir = scratch() / "result";
  fs::remove_all(dir);
  fs::create_directories(dir);
  // "=== NAME\n" starts a file; NAME must be one the report reads (others are skipped).
  std::size_t at = input.find("=== ");
  while (at != std::string_view::npos) {
    const std::size_t nameEnd = input.find('\n', at);
    if (nameEnd == std::string_view::npos) break;
    const std::string_view name = input.substr(at + 4, nameEnd - at - 4);
    std::size_t next = input.find("\n=== ", nameEnd);
    const std::string_view body = input.substr(
        nameEnd + 1, next == std::string_view::npos ? std::string_view::npos : next + 1 - (nameEnd + 1));
    for (const char* known : kNames)
      if (name == known) writeFile(dir / known, body);
    at = next == std::string_view::npos ? next : next + 1;
  }
  return expectInputErrorOnly([&] { (void)analysis::report::buildReport(dir); });
}

}  // namespace samsim::fuzz
