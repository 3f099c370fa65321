// Regimes (000 §1, §5.1–5.2, §6.1). A long crisis (pandemic-like) touches every sector at once and
// changes character over phases — redeployment first, then harmonisation and situation reports,
// then endurance and scenario work; it raises broad urgent problems, absence, and demand in health
// and care, and pulls leadership attention outward ("eksterne gravitasjonskrefter", 000 §5.2).
// A short acute crisis (landslide, large fire) is local and mostly external: it pulls attention
// and raises demand in one sector, with few internal broad problems — what the plans are built for.
#include <algorithm>

#include "models/mechanisms/mechanisms.hpp"

namespace samsim::models {

void updateCrisis(const RunContext& now, CrisisState& crisis) {
  const auto& c = now.sc().crisis;
  const int start = now.crisisStart();
  const int end = start + c.durationDays;
  crisis.acute = c.kind == CrisisKind::Acute;
  crisis.active = c.enabled && now.day >= start && now.day < end;
  if (!crisis.active) {
    crisis.phase = -1;
    return;
  }
  const double t = static_cast<double>(now.day - start) / c.durationDays;
  double total = 0;
  for (double x : c.phaseShares) total += x;
  double acc = 0;
  int phase = 0;
  for (std::size_t p = 0; p < c.phaseShares.size(); ++p) {
    acc += c.phaseShares[p] / total;
    if (t < acc) {
      phase = static_cast<int>(p);
      break;
    }
    phase = static_cast<int>(p);
  }
  crisis.phase = phase;
}

double broadProblemsPerWeek(const CrisisState& crisis, const Scenario& s) {
  if (!crisis.active) return s.issues.broadPerWeek;
  const auto& f = s.crisis.phaseBroadFactor;
  // One factor per phase whenever a crisis is on (scenario.cpp checks it).
  const double factor = f[static_cast<std::size_t>(crisis.phase)];
  // An acute, external crisis makes few internal cross-sector problems (000 §5.1).
  const double crisisRate =
      crisis.acute ? s.crisis.acuteBroadShare * s.crisis.broadPerWeek : s.crisis.broadPerWeek;
  return s.issues.broadPerWeek + crisisRate * factor;
}

double absenceRate(const CrisisState& crisis, const Scenario& s, int sector) {
  double rate = s.municipality.absenceRate;
  if (crisis.active && !crisis.acute) {
    rate += s.crisis.absenceRate;
    if (sector == s.municipality.criticalSector) rate += s.crisis.criticalAbsenceExtra;
  }
  return std::min(s.crisis.maxAbsenceRate, rate);
}

double demandFactor(const CrisisState& crisis, const Scenario& s, int sector) {
  if (!crisis.active) return 1.0;
  const int hit = crisis.acute ? s.crisis.acuteSector : s.municipality.criticalSector;
  if (sector == hit) return 1.0 + s.crisis.criticalDemandIncrease;
  // Closed schools and venues free some capacity elsewhere in a long crisis (000 §5.1 Fig. 3).
  return crisis.acute ? 1.0 : std::max(s.crisis.minDemandFactor, 1.0 + s.crisis.otherDemandChange);
}

double attentionLeft(const CrisisState& crisis, const Scenario& s) {
  if (!crisis.active) return 1.0;
  return std::clamp(1.0 - s.crisis.attentionPull, 0.0, 1.0);
}

}  // namespace samsim::models
