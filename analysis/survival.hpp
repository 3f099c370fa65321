#pragma once
// Time to an event with dropped and censored cases: the Kaplan–Meier estimator (Kaplan & Meier
// 1958) and the restricted mean time to the event (RMST, Royston & Parmar 2013). Pure functions of
// the episodes; nothing here knows what the events are.
//
// An episode ends in one of three ways:
// - Event: the event happened at `time` (T = time);
// - Never: the event can no longer happen (a dropped case): T = ∞, so the episode stays in the
//   risk set for ever and contributes the whole horizon τ;
// - Censored: observation stopped at `time` with no event yet (T > time); the episode leaves the
//   risk set after `time` (censoring after events at the same time).
#include <cstddef>
#include <limits>
#include <vector>

namespace samsim::analysis {

enum class EpisodeEnd { Event, Never, Censored };

struct Episode {
  double time = 0.0;  // event time or censoring time; ignored for Never
  EpisodeEnd end = EpisodeEnd::Event;
};

// The Kaplan–Meier step function S(t) = P(T > t): S is 1 before times[0] and survival[k] on
// [times[k], times[k+1]). `times` are the distinct event times. Beyond the last observed time S is
// held at its last value (Gill 1980): cases whose fate is unknown count as not yet resolved, which
// can only make the restricted mean longer, never flatter a result.
struct SurvivalCurve {
  std::vector<double> times;
  std::vector<double> survival;
  bool empty = true;
  [[nodiscard]] double at(double t) const;  // S(t); NaN for no episodes
};

SurvivalCurve kaplanMeier(const std::vector<Episode>& episodes);

// The same from tabulated episodes: at each time (strictly increasing) how many events and how many
// censorings; `never` episodes never end. Whole-day times tabulate without sorting.
struct TimeCount {
  double time = 0.0;
  std::size_t events = 0;
  std::size_t censored = 0;
};
SurvivalCurve kaplanMeier(const std::vector<TimeCount>& counts, std::size_t never);

struct Restricted {
  std::size_t n = 0;        // episodes
  double rmst = 0.0;        // ∫₀^τ S(t) dt
  double eventShare = 0.0;  // 1 − S(τ): share with the event by the horizon
};

// RMST and 1 − S(τ) at horizon τ > 0. Both NaN (missing) when there are no episodes, or when no
// episode could have been followed up to τ: `maxFollowUp` is the longest possible observation
// (with censoring only at the end of a run: from the first possible start to the end).
Restricted restrictedMean(const std::vector<Episode>& episodes, double tau,
                          double maxFollowUp = std::numeric_limits<double>::infinity());
Restricted restrictedMean(const std::vector<TimeCount>& counts, std::size_t never, double tau,
                          double maxFollowUp = std::numeric_limits<double>::infinity());

// The p-quantile of the time to the event: the first event time t ≤ τ with S(t) ≤ 1 − p (as R's
// survival::quantile.survfit, except where S equals 1 − p exactly over an interval: R then takes
// the interval's midpoint, this its start, the earliest time at which the share was reached). NaN (missing)
// when S stays above 1 − p up to the horizon: then more than a share 1 − p of the cases are still unresolved
// at τ and the quantile is not observed. A dropped case never reaches the event, so dropping raises it.
double quantileTime(const SurvivalCurve& curve, double p, double tau);

}  // namespace samsim::analysis
