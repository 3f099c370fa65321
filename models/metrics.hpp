#pragma once
// Declared outputs of a replicate (docs/ODD.md): the summary columns of docs/outputs.md in their
// fixed order followed by further metrics, weekly time series, and the sector-to-sector table.
#include "models/world.hpp"
#include "sim/data_collector.hpp"

namespace samsim::models {

class Metrics {
 public:
  explicit Metrics(const World& world) : m_w(world) {}
  void declare(sim::DataCollector& collector);
  void weekEnded();  // call after sampling: resets the weekly accumulators
  [[nodiscard]] sim::Table networkTable() const;

  // Summary values (also used by tests).
  [[nodiscard]] double latencyMean() const;
  [[nodiscard]] double latencyQuantile(double q) const;
  [[nodiscard]] double duplicateSolutions() const;
  [[nodiscard]] double overloadShare() const;
  [[nodiscard]] double serviceContinuity() const;
  [[nodiscard]] double weakSignalsEarlyShare() const;

 private:
  const World& m_w;
  std::size_t m_latencyMark = 0;
  std::int64_t m_agentDaysMark = 0, m_overloadMark = 0;
};

}  // namespace samsim::models
