#pragma once
// Meetings held on a working day of the week. Day 0 of a run is a Monday (weekday 1); a week has
// sim::kDaysPerWeek working days, so weekday 5 is a Friday.
#include "sim/clock.hpp"

namespace samsim::sim {

// Whether a body that meets every `periodDays` working days on `weekday` (1 = Monday … 5 =
// Friday) meets on `day`: day ≡ weekday − 1 (mod periodDays). With a whole number of weeks as the
// period this is that weekday of every (period ÷ 5)-th week, starting in the first week; with any
// other period the first meeting falls on the weekday of the first week that the rule reaches
// (the earliest day ≡ weekday − 1) and later meetings move through the week with the period.
[[nodiscard]] constexpr bool meetsOn(int day, int periodDays, int weekday) {
  return day % periodDays == (weekday - 1) % periodDays;
}

}  // namespace samsim::sim
