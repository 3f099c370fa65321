#include "sim/data_collector.hpp"

namespace samsim::sim {

void DataCollector::addSeries(std::string name, Reporter reporter) {
  m_series.emplace_back(std::move(name), std::move(reporter));
}

void DataCollector::addSummary(std::string name, Reporter reporter) {
  m_summary.emplace_back(std::move(name), std::move(reporter));
}

void DataCollector::sample(int day) {
  for (std::size_t i = 0; i < m_series.size(); ++i)
    m_points.push_back({day, static_cast<int>(i), m_series[i].second()});
}

RunResult DataCollector::finish() {
  RunResult result;
  for (const auto& [name, reporter] : m_summary) result.summary.emplace_back(name, reporter());
  for (const auto& series : m_series) result.seriesNames.push_back(series.first);
  result.series = std::move(m_points);
  m_points.clear();
  return result;
}

}  // namespace samsim::sim
