#pragma once
// Declared data collection (after Mesa's DataCollector): a model registers named reporters; the
// collector samples the series reporters on the days the model chooses and evaluates the summary
// reporters once at the end. The result is plain data, tagged later with scenario and replicate.
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "sim/table.hpp"

namespace samsim::sim {

struct SeriesPoint {
  int day;
  int metric;  // index into RunResult::seriesNames
  double value;
};

struct RunResult {
  std::vector<std::pair<std::string, double>> summary;  // in declaration order
  std::vector<std::string> seriesNames;
  std::vector<SeriesPoint> series;  // by day, then metric
  // Further per-run tables (e.g. "network": sector-to-sector ties); the CLI writes each as
  // DIR/<name>.csv with scenario and replicate columns in front.
  std::vector<std::pair<std::string, Table>> tables;
  // Records (e.g. "cases": one row per case), written the same way; kept as CSV text (table.hpp).
  std::vector<std::pair<std::string, CsvRows>> records;
  // Further per-run files (relative path, content), e.g. network snapshots; the CLI writes each
  // under DIR/<folder of the run>/.
  std::vector<std::pair<std::string, std::string>> files;
  std::uint64_t agentSteps = 0;
  double wallSeconds = 0.0;
};

class DataCollector {
 public:
  using Reporter = std::function<double()>;
  void addSeries(std::string name, Reporter reporter);
  void addSummary(std::string name, Reporter reporter);
  void sample(int day);
  // Evaluates the summary reporters and hands over everything collected.
  RunResult finish();

 private:
  std::vector<std::pair<std::string, Reporter>> m_series;
  std::vector<std::pair<std::string, Reporter>> m_summary;
  std::vector<SeriesPoint> m_points;
};

}  // namespace samsim::sim
