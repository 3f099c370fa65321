#include "sim/scheduler.hpp"

#include <stdexcept>

namespace samsim::sim {

void Scheduler::daily(std::string name, Action action) {
  m_recurring.push_back({std::move(name), 1, 0, std::move(action)});
}

void Scheduler::every(int periodDays, int offsetDays, std::string name, Action action) {
  if (periodDays < 1 || offsetDays < 0)
    throw std::invalid_argument("Scheduler::every: period ≥ 1, offset ≥ 0");
  m_recurring.push_back({std::move(name), periodDays, offsetDays, std::move(action)});
}

void Scheduler::at(int day, std::string name, Action action) {
  m_oneOff.push_back({std::move(name), 0, day, std::move(action)});
}

void Scheduler::runDay(const Clock& clock) {
  for (const auto& e : m_oneOff)
    if (e.offset == clock.day) e.action(clock);
  for (const auto& e : m_recurring)
    if (clock.day >= e.offset && (clock.day - e.offset) % e.period == 0) e.action(clock);
}

void Scheduler::run(int days) {
  for (int d = 0; d < days; ++d) runDay(Clock{d});
}

}  // namespace samsim::sim
