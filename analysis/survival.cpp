#include "analysis/survival.hpp"

#include <algorithm>
#include <limits>

namespace samsim::analysis {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<TimeCount> tabulate(const std::vector<Episode>& episodes) {
  std::vector<std::pair<double, bool>> ends;  // (time, is event)
  for (const auto& e : episodes)
    if (e.end != EpisodeEnd::Never) ends.emplace_back(e.time, e.end == EpisodeEnd::Event);
  std::sort(ends.begin(), ends.end());
  std::vector<TimeCount> counts;
  for (const auto& [t, event] : ends) {
    if (counts.empty() || counts.back().time != t) counts.push_back({t, 0, 0});
    ++(event ? counts.back().events : counts.back().censored);
  }
  return counts;
}

}  // namespace

double SurvivalCurve::at(double t) const {
  if (empty) return kNaN;
  const auto past = std::upper_bound(times.begin(), times.end(), t);
  if (past == times.begin()) return 1.0;
  return survival[static_cast<std::size_t>(past - times.begin()) - 1];
}

SurvivalCurve kaplanMeier(const std::vector<TimeCount>& counts, std::size_t never) {
  SurvivalCurve curve;
  std::size_t atRisk = never;
  for (const auto& c : counts) atRisk += c.events + c.censored;
  if (atRisk == 0) return curve;
  curve.empty = false;
  double s = 1.0;
  for (const auto& c : counts) {
    if (c.events > 0) {
      s *= 1.0 - static_cast<double>(c.events) / static_cast<double>(atRisk);
      curve.times.push_back(c.time);
      curve.survival.push_back(s);
    }
    atRisk -= c.events + c.censored;  // censored after the events at the same time
  }
  return curve;
}

SurvivalCurve kaplanMeier(const std::vector<Episode>& episodes) {
  return kaplanMeier(tabulate(episodes), static_cast<std::size_t>(std::count_if(
                                             episodes.begin(), episodes.end(),
                                             [](const Episode& e) { return e.end == EpisodeEnd::Never; })));
}

Restricted restrictedMean(const std::vector<Episode>& episodes, double tau, double maxFollowUp) {
  const auto never = static_cast<std::size_t>(std::count_if(
      episodes.begin(), episodes.end(), [](const Episode& e) { return e.end == EpisodeEnd::Never; }));
  return restrictedMean(tabulate(episodes), never, tau, maxFollowUp);
}

Restricted restrictedMean(const std::vector<TimeCount>& counts, std::size_t never, double tau,
                          double maxFollowUp) {
  Restricted out;
  out.n = never;
  for (const auto& c : counts) out.n += c.events + c.censored;
  const SurvivalCurve curve = kaplanMeier(counts, never);
  if (out.n == 0 || maxFollowUp < tau) {
    out.rmst = out.eventShare = kNaN;
    return out;
  }
  double area = 0.0, from = 0.0, s = 1.0;
  for (std::size_t k = 0; k < curve.times.size() && curve.times[k] <= tau; ++k) {
    area += s * (curve.times[k] - from);
    from = curve.times[k];
    s = curve.survival[k];
  }
  area += s * (tau - from);
  out.rmst = area;
  out.eventShare = 1.0 - s;
  return out;
}

double quantileTime(const SurvivalCurve& curve, double p, double tau) {
  for (std::size_t k = 0; k < curve.times.size() && curve.times[k] <= tau; ++k)
    if (curve.survival[k] <= 1.0 - p + 1e-12) return curve.times[k];
  return kNaN;
}

}  // namespace samsim::analysis
