#pragma once
// One planned run of a sweep: everything needed to run it and write its two run files under
// DIR/runs/, so the same step serves a local sweep and a sweep spread over MPI ranks (a rank
// receives a PlannedRun as JSON and needs no other part of the plan).
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/sweep_plan.hpp"

namespace samsim::app {

struct PlannedRun {
  std::size_t point = 0;
  int replicate = 0;
  std::uint64_t seed = 0;
  std::filesystem::path base;           // scenario file
  std::vector<std::string> overrides;   // "path=value", fixed settings first
  std::vector<std::string> parameters;  // names of the varied settings (column headers)
  std::vector<std::string> values;      // their values at this point
  bool timeseries = true;               // write <name>.timeseries.csv (the sweep's `timeseries:`)

  [[nodiscard]] std::string name() const;  // p000003-r0001, as in the run file names
  [[nodiscard]] nlohmann::json toJson() const;
  static PlannedRun fromJson(const nlohmann::json& j);
};

PlannedRun planRun(const SweepPlan& plan, std::size_t point, int replicate);

std::filesystem::path runFile(const std::filesystem::path& dir, std::size_t point, int replicate,
                              const char* kind);

// Run file (point, replicate, kind) sealed with what it holds ("p000003-r0001.summary"), so a file
// copied over another run's is not taken for it; readRunFile gives nullopt for a missing, damaged
// or misplaced file.
std::string sealRunFile(std::string_view content, std::size_t point, int replicate, const char* kind);
std::optional<std::string> readRunFile(const std::filesystem::path& dir, std::size_t point, int replicate,
                                       const char* kind);

// A run is done when its files pass their seal check (sim/sealed_file.hpp); a damaged pair is
// removed so that the run is redone.
bool runIsComplete(const std::filesystem::path& dir, std::size_t point, int replicate, bool timeseries);

// Runs not yet complete in DIR/runs/, in point and replicate order.
std::vector<PlannedRun> missingRuns(const SweepPlan& plan, const std::filesystem::path& dir);

// Runs the simulation and writes DIR/runs/<name>.timeseries.csv, then <name>.summary.csv, each
// sealed and renamed into place when complete. A failure is rethrown (same kind) with the run named first.
void executeRun(const PlannedRun& run, const std::filesystem::path& dir);

}  // namespace samsim::app
