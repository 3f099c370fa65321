#include "analysis/survival.hpp"

#include <algorithm>
#include <limits>

namespace samsim::analysis {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace

double SurvivalCurve::at(double t) const {
  if (empty) return kNaN;
  const auto past = std::upper_bound(times.begin(), times.end(), t);
  if (past == times.begin()) return 1.0;
  return survival[static_cast<std::size_t>(past - times.begin()) - 1];
}

SurvivalCurve kaplanMeier(const std::vector<Episode>& episodes) {
  SurvivalCurve curve;
  if (episodes.empty()) return curve;
  curve.empty = false;
  // (time, is event); Never episodes are at risk at every time.
  std::vector<std::pair<double, bool>> ends;
  for (const auto& e : episodes)
    if (e.end != EpisodeEnd::Never) ends.emplace_back(e.time, e.end == EpisodeEnd::Event);
  std::sort(ends.begin(), ends.end());
  std::size_t atRisk = episodes.size();
  double s = 1.0;
  for (std::size_t k = 0; k < ends.size();) {
    const double t = ends[k].first;
    std::size_t events = 0, leaving = 0;
    for (; k < ends.size() && ends[k].first == t; ++k, ++leaving) events += ends[k].second ? 1 : 0;
    if (events > 0) {
      s *= 1.0 - static_cast<double>(events) / static_cast<double>(atRisk);
      curve.times.push_back(t);
      curve.survival.push_back(s);
    }
    atRisk -= leaving;
  }
  return curve;
}

Restricted restrictedMean(const std::vector<Episode>& episodes, double tau, double maxFollowUp) {
  Restricted out;
  out.n = episodes.size();
  const SurvivalCurve curve = kaplanMeier(episodes);
  if (episodes.empty() || maxFollowUp < tau) {
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

}  // namespace samsim::analysis
