#pragma once
// The outcome book (docs/ODD.md "Outcome measures", docs/outputs.md): every issue raised after the
// warm-up, as a time-to-resolution episode. Resolved: an event after (closed − raised) working
// days; dropped: never resolved (counts as unresolved for the whole horizon); still open: censored
// at its age. Restricted mean time to resolution (RMST) and Kaplan–Meier resolved share at the
// horizon `outcomes.horizon_days`, overall, cross-sector, per quadrant and for the crisis window.
#include <array>
#include <cstdint>

#include "models/state/world.hpp"

namespace samsim::models {

// One group of issues (all, cross-sector, a quadrant, the crisis window, …). Every share and
// time is NaN (missing) when it cannot be observed: no issues, or none solved for the mean.
struct OutcomeGroup {
  std::int64_t raised = 0, resolved = 0, dropped = 0, open = 0;
  double resolvedShare = 0.0;      // resolved ÷ raised
  double rmstDays = 0.0;           // ∫₀^τ S(t) dt
  double resolvedByHorizon = 0.0;  // 1 − S(τ)
  double solvedLatencyMean = 0.0;  // mean days over resolved issues only
  double p90Days = 0.0;            // 90th percentile of the time to resolution (Kaplan–Meier; NaN
                                   // when more than a tenth are unresolved at the horizon)
};

struct OutcomeBook {
  OutcomeGroup all, cross, crisis, crisisCross;
  std::array<OutcomeGroup, 4> quadrant;
};

// The book as of the end of day `w.day` (issues still open are censored at w.day − raised).
OutcomeBook outcomeBook(const World& w);

// Issues raised on simulated days [from, to) (cross-sector ones only with crossOnly), as of the
// end of day `w.day`; the windows before and after a key-person loss (key_person_outputs.cpp).
OutcomeGroup outcomeWindow(const World& w, int from, int to, bool crossOnly);

// Whether an issue was raised while the crisis was active.
bool raisedInCrisis(const World& w, const Issue& is);

}  // namespace samsim::models
