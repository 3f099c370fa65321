#pragma once
// Runs a day at a time: first the one-off events due that day (phase changes), then every daily
// process and every periodic event due, in the order they were added. The order is part of the
// model and never depends on anything but registration.
#include <functional>
#include <string>
#include <vector>

#include "sim/clock.hpp"

namespace samsim::sim {

class Scheduler {
 public:
  using Action = std::function<void(const Clock&)>;

  void daily(std::string name, Action action);
  // Runs on days offset, offset + period, offset + 2·period, … (period ≥ 1, offset ≥ 0).
  void every(int periodDays, int offsetDays, std::string name, Action action);
  void at(int day, std::string name, Action action);

  void runDay(const Clock& clock);
  void run(int days);  // days 0 .. days-1

 private:
  struct Entry {
    std::string name;
    int period;  // 0 = one-off at `offset`
    int offset;
    Action action;
  };
  std::vector<Entry> m_oneOff;
  std::vector<Entry> m_recurring;
};

}  // namespace samsim::sim
