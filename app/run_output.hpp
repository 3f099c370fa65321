#pragma once
// Runs scenarios and writes the standard output directory: summary.csv, timeseries.csv, any extra
// per-run tables, and manifest.json last (its presence marks a finished directory).
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "models/scenario/scenario.hpp"
#include "sim/atomic_file.hpp"
#include "sim/data_collector.hpp"

namespace samsim::app {

struct RunOptions {
  std::vector<std::string> overrides;
  int replicates = 5;
  std::int64_t seed = -1;  // -1: the scenario's own seed
  int threads = 0;         // 0: all hardware threads
  std::filesystem::path out;
  bool quiet = false;
};

struct ScenarioRuns {
  models::Scenario scenario;
  std::string file;
  std::uint64_t baseSeed = 0;
  std::vector<std::uint64_t> seeds;     // per replicate
  std::vector<sim::RunResult> results;  // summaries only: series and tables go to a RunDataStream
};

// timeseries.csv and the extra per-run tables and records (<name>.csv), written to temporary files as
// replicates finish, in scenario and replicate order, so memory does not grow with -n. The files
// appear (renamed into place) only at commit().
class RunDataStream {
 public:
  explicit RunDataStream(std::filesystem::path dir);
  // `warmupDays`: the scenario's, so that network snapshot folders count measured days.
  void add(const std::string& scenario, std::size_t replicate, const sim::RunResult& result, int warmupDays);
  void commit();

 private:
  // The writer of DIR/<name>.csv, opened with its header on first use.
  std::ostream& tableStream(const std::string& name, const std::vector<std::string>& columns);

  std::filesystem::path m_dir;
  sim::AtomicWriter m_series;
  std::vector<std::pair<std::string, std::unique_ptr<sim::AtomicWriter>>> m_tables;
};

// Loads every file first (so a bad file fails before any work), then runs them with common
// random numbers: replicate r of every scenario gets the same seed. Each replicate's time series
// and tables go to `stream` as soon as its batch finishes.
std::vector<ScenarioRuns> runScenarios(const std::vector<std::string>& files, const RunOptions& options,
                                       RunDataStream& stream);

// summary.csv, then the streamed timeseries.csv and <table>.csv for all scenarios.
void writeRunData(const std::filesystem::path& dir, const std::vector<ScenarioRuns>& runs,
                  RunDataStream& stream);
// manifest.json, written last: its presence marks a finished directory.
void writeManifest(const std::filesystem::path& dir, const std::string& command,
                   const std::vector<ScenarioRuns>& runs, const RunOptions& options,
                   const std::string& startTime);
// Names of the metric columns of summary.csv (model metrics, agent_steps excluded).
std::vector<std::string> metricNames(const ScenarioRuns& runs);
// comparison.csv: mean and 95 % CI per scenario and metric, paired differences against the first
// scenario (cmd_compare.cpp).
std::string comparisonCsv(const std::vector<ScenarioRuns>& runs);

std::string utcNow();
std::string samsimVersion();

}  // namespace samsim::app
