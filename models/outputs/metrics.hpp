#pragma once
// Declared outputs of a replicate (docs/ODD.md): the summary columns of docs/outputs.md in their
// fixed order followed by further metrics, weekly time series, and the sector-to-sector table.
// Each column's words (label, unit, direction, definition) are its record in the report's catalogue
// (analysis/report/metric_entries.cpp) under the same name; tests/models/outputs/metrics_test.cpp
// keeps the names here and there equal, file by file.
#include <string>
#include <string_view>

#include "models/outputs/outcome_book.hpp"
#include "models/state/world.hpp"
#include "sim/data_collector.hpp"

namespace samsim::models {

class Metrics {
 public:
  explicit Metrics(const World& world) : m_w(world) {}
  void declare(sim::DataCollector& collector);
  void weekEnded();  // call after sampling: resets the weekly accumulators
  [[nodiscard]] sim::Table networkTable() const;

  // The outcome book as of the current day (computed once per day and issue count).
  [[nodiscard]] const OutcomeBook& book() const;
  // Summary values (also used by tests); NaN when not observed.
  [[nodiscard]] double latencyQuantile(double q) const;  // over solved issues of the book
  [[nodiscard]] double duplicateSolutions() const;
  [[nodiscard]] double overloadShare() const;
  [[nodiscard]] double serviceContinuity() const;
  [[nodiscard]] double weakSignalsEarlyShare() const;

 private:
  using Reporter = sim::DataCollector::Reporter;
  // A group of the outcome book by prefix: "" all, "cross_sector_", "crisis_",
  // "crisis_cross_sector_", "q1_" … "q4_".
  [[nodiscard]] const OutcomeGroup& outcomes(std::string_view group) const;
  [[nodiscard]] Reporter resolvedShare(std::string group) const;
  [[nodiscard]] Reporter rmstDays(std::string group) const;
  void declareOutcomeColumns(sim::DataCollector& dc) const;
  void declareFurtherColumns(sim::DataCollector& dc) const;
  void declareInitiativeColumns(sim::DataCollector& dc) const;
  void declareSeries(sim::DataCollector& dc) const;

  const World& m_w;
  std::size_t m_latencyMark = 0;
  double m_agentDaysMark = 0, m_overloadMark = 0;  // reference-weighted (outcome_counters.hpp)
  mutable OutcomeBook m_book;
  mutable int m_bookDay = -1;
  mutable std::size_t m_bookIssues = 0;
};

// key_person_outputs.cpp — the before/after columns of a key-person loss (appended last).
void declareKeyPersonLoss(sim::DataCollector& collector, const World& world);

}  // namespace samsim::models
