#include "models/outputs/outcome_book.hpp"

#include <algorithm>
#include <limits>
#include <vector>

#include "analysis/survival.hpp"

namespace samsim::models {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Episodes tabulated by whole working days (no sorting: the book is read every week).
struct Collect {
  OutcomeGroup group;
  std::vector<analysis::TimeCount> byDay;  // index = days since raised
  std::size_t never = 0;
  double solvedDays = 0.0;

  explicit Collect(int longest) : byDay(static_cast<std::size_t>(std::max(0, longest) + 1)) {
    for (std::size_t t = 0; t < byDay.size(); ++t) byDay[t].time = static_cast<double>(t);
  }

  void add(const Issue& is, int today) {
    ++group.raised;
    if (is.state == IssueState::Done) {
      ++group.resolved;
      const int t = is.closedDay - is.arrival;
      solvedDays += t;
      ++byDay[static_cast<std::size_t>(t)].events;
    } else if (is.state == IssueState::Dropped) {
      ++group.dropped;
      ++never;
    } else {
      ++group.open;
      ++byDay[static_cast<std::size_t>(today - is.arrival)].censored;
    }
  }

  // maxFollowUp: age the oldest possible issue of the group would have today.
  OutcomeGroup finish(double tau, double maxFollowUp) {
    const auto r = analysis::restrictedMean(byDay, never, tau, maxFollowUp);
    group.rmstDays = r.rmst;
    group.resolvedByHorizon = r.eventShare;
    group.resolvedShare =
        group.raised > 0 ? static_cast<double>(group.resolved) / static_cast<double>(group.raised) : kNaN;
    group.solvedLatencyMean = group.resolved > 0 ? solvedDays / static_cast<double>(group.resolved) : kNaN;
    group.p90Days = analysis::quantileTime(analysis::kaplanMeier(byDay, never), 0.9, tau);
    return group;
  }
};

}  // namespace

bool raisedInCrisis(const World& w, const Issue& is) {
  const auto& c = w.sc().crisis;
  return c.enabled && is.arrival >= w.crisisStart() && is.arrival < w.crisisStart() + c.durationDays;
}

OutcomeBook outcomeBook(const World& w) {
  const int longest = w.day - w.measureFrom;
  Collect all(longest), cross(longest), crisis(longest), crisisCross(longest);
  std::array<Collect, 4> quadrant{Collect(longest), Collect(longest), Collect(longest), Collect(longest)};
  // Issue ids follow arrival, so the book is a suffix of the list.
  const auto& issues = w.issues.all;
  const auto first =
      std::partition_point(issues.begin(), issues.end(), [&](const Issue& is) { return !inBook(w, is); });
  for (auto it = first; it != issues.end(); ++it) {
    const Issue& is = *it;
    all.add(is, w.day);
    quadrant[static_cast<std::size_t>(is.quadrant - 1)].add(is, w.day);
    if (is.cross) cross.add(is, w.day);
    if (raisedInCrisis(w, is)) {
      crisis.add(is, w.day);
      if (is.cross) crisisCross.add(is, w.day);
    }
  }
  const double tau = w.sc().outcomes.horizonDays;
  OutcomeBook book;
  const double followUp = w.day - w.measureFrom;
  const double crisisFollowUp = w.day - w.crisisStart();
  book.all = all.finish(tau, followUp);
  book.cross = cross.finish(tau, followUp);
  book.crisis = crisis.finish(tau, crisisFollowUp);
  book.crisisCross = crisisCross.finish(tau, crisisFollowUp);
  for (std::size_t q = 0; q < 4; ++q) book.quadrant[q] = quadrant[q].finish(tau, followUp);
  if (!w.sc().crisis.enabled) {
    // No crisis: the crisis window does not exist (missing, not an empty group with zeros).
    for (OutcomeGroup* g : {&book.crisis, &book.crisisCross})
      g->rmstDays = g->resolvedShare = g->p90Days = kNaN;
  }
  return book;
}

OutcomeGroup outcomeWindow(const World& w, int from, int to, bool crossOnly) {
  const int longest = w.day - from;
  Collect c(longest);
  for (const Issue& is : w.issues.all)
    if (is.arrival >= from && is.arrival < to && is.arrival <= w.day && (is.cross || !crossOnly))
      c.add(is, w.day);
  OutcomeGroup g = c.finish(w.sc().outcomes.horizonDays, longest);
  if (g.raised == 0) g.rmstDays = kNaN;
  return g;
}

}  // namespace samsim::models
