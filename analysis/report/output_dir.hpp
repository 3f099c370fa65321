#pragma once
// What `samsim report` finds in an output directory written by run, compare or sweep (formats in
// docs/outputs.md and docs/report.md), loaded and checked once, before any chart is built.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis/report/csv_file.hpp"

namespace samsim::analysis::report {

enum class OutputKind { Run, Compare, Sweep };

struct CrisisPeriod {
  std::string scenario;
  double startDay = 0.0;
  double endDay = 0.0;  // start + duration
};

struct OutputDir {
  std::filesystem::path dir;
  OutputKind kind = OutputKind::Run;
  std::optional<CsvFile> summary;            // summary.csv: one row per replicate
  std::optional<CsvFile> timeseries;         // timeseries.csv: scenario,replicate,day,metric,value
  std::optional<CsvFile> comparison;         // comparison.csv (compare)
  std::optional<CsvFile> network;            // network.csv: scenario,sector_a,sector_b,tie_density,bridges
  std::optional<CsvFile> runs;               // runs.csv (sweep)
  nlohmann::json manifest;                   // manifest.json, null when absent
  nlohmann::json sweep;                      // sweep.json, null when absent
  std::vector<std::string> scenarios;        // in order of first appearance; the first is the baseline
  std::vector<std::string> sweepParameters;  // dotted paths, from sweep.json or runs.csv
};

// Throws sim::InputError when `dir` does not exist, holds no recognised file, or a file is
// malformed (naming the file and line).
OutputDir loadOutputDir(const std::filesystem::path& dir);

// Crisis periods of the scenarios in manifest.json (enabled ones only), one per scenario.
std::vector<CrisisPeriod> crisisPeriods(const OutputDir& output);

// What a scenario or a sweep is, in plain words: its file's `description:` and `description_nb:`
// (bokmål). Empty when the file had none (a user's scenario, a result of an earlier version).
struct Description {
  std::string text;
  std::string textNb;
  [[nodiscard]] bool empty() const { return text.empty() && textNb.empty(); }
};

// The description of the scenario named `scenario` in manifest.json (run, compare, serve) or, for
// a sweep, of the base scenario of that name (sweep.json's resolved bases, else manifest.json's).
Description scenarioDescription(const OutputDir& output, const std::string& scenario);

// A sweep's own description (sweep.json, else manifest.json's sweep plan); empty otherwise.
Description sweepDescription(const OutputDir& output);

// Distinct values of a text column, in order of first appearance.
std::vector<std::string> distinctValues(const CsvFile& file, std::size_t column);

}  // namespace samsim::analysis::report
