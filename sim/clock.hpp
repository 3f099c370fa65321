#pragma once
// Simulated time is counted in working days; a week has five of them.
namespace samsim::sim {

inline constexpr int kDaysPerWeek = 5;

struct Clock {
  int day = 0;
  [[nodiscard]] int week() const { return day / kDaysPerWeek; }
  [[nodiscard]] bool isWeekEnd() const { return day % kDaysPerWeek == kDaysPerWeek - 1; }
};

}  // namespace samsim::sim
