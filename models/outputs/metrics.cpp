#include "models/outputs/metrics.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "models/mechanisms/mechanisms.hpp"

namespace samsim::models {
namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

double mean(const std::vector<double>& v, std::size_t from = 0) {
  if (v.size() <= from) return kMissing;
  return std::accumulate(v.begin() + static_cast<std::ptrdiff_t>(from), v.end(), 0.0) /
         static_cast<double>(v.size() - from);
}

double ratio(double a, double b) {
  return b > 0 ? a / b : kMissing;
}

}  // namespace

double Metrics::latencyQuantile(double q) const {
  std::vector<double> v = m_w.counters.latencies;
  if (v.empty()) return kMissing;
  // Nearest-rank quantile.
  const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(v.size())));
  const std::size_t k = std::min(v.size() - 1, rank == 0 ? 0 : rank - 1);
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
  return v[k];
}

double Metrics::duplicateSolutions() const {
  double d = 0;
  // Broad problems that arose after the warm-up (the outcome book's).
  for (const auto& p : m_w.issues.problems)
    if (p.arrival >= m_w.measureFrom) d += std::max(0, p.solutions - 1);
  return d;
}

double Metrics::overloadShare() const {
  return ratio(m_w.counters.referenceOverload, m_w.counters.referenceDays);
}

double Metrics::serviceContinuity() const {
  return m_w.counters.criticalDemand > 0 ? m_w.counters.criticalMet / m_w.counters.criticalDemand : kMissing;
}

double Metrics::weakSignalsEarlyShare() const {
  const auto& c = m_w.counters;
  return ratio(static_cast<double>(c.weakEarly), static_cast<double>(c.weakEarly + c.weakLate));
}

const OutcomeBook& Metrics::book() const {
  if (m_bookDay != m_w.day || m_bookIssues != m_w.issues.all.size()) {
    m_book = outcomeBook(m_w);
    m_bookDay = m_w.day;
    m_bookIssues = m_w.issues.all.size();
  }
  return m_book;
}

void Metrics::declare(sim::DataCollector& dc) {
  const World& w = m_w;
  const Counters& c = w.counters;
  auto d = [](std::int64_t x) { return static_cast<double>(x); };
  // A group of the outcome book by name: "" all, "cross_sector_", "crisis_", "crisis_cross_sector_".
  auto group = [this](const std::string& prefix) -> const OutcomeGroup& {
    const OutcomeBook& b = book();
    if (prefix == "cross_sector_") return b.cross;
    if (prefix == "crisis_") return b.crisis;
    if (prefix == "crisis_cross_sector_") return b.crisisCross;
    if (prefix.size() == 3 && prefix[0] == 'q') return b.quadrant[static_cast<std::size_t>(prefix[1] - '1')];
    return b.all;
  };
  auto rmst = [group](std::string prefix) { return [group, prefix] { return group(prefix).rmstDays; }; };
  auto share = [group](std::string prefix) {
    return [group, prefix] { return group(prefix).resolvedShare; };
  };
  const std::vector<std::string> quadrants = {"q1_", "q2_", "q3_", "q4_"};
  // The documented columns (docs/outputs.md), in order; missing values are NaN (written empty).
  dc.addSummary("issues_raised", [&] { return d(c.raised); });
  dc.addSummary("issues_resolved", [&] { return d(c.resolved); });
  dc.addSummary("issues_dropped", [&] { return d(c.dropped); });
  dc.addSummary("resolved_share", share(""));
  dc.addSummary("cross_sector_resolved_share", share("cross_sector_"));
  dc.addSummary("rmst_days", rmst(""));
  dc.addSummary("cross_sector_rmst_days", rmst("cross_sector_"));
  for (const auto& q : quadrants) dc.addSummary(q + "rmst_days", rmst(q));
  for (const auto& q : quadrants) dc.addSummary(q + "resolved_share", share(q));
  dc.addSummary("crisis_rmst_days", rmst("crisis_"));
  dc.addSummary("crisis_cross_sector_rmst_days", rmst("crisis_cross_sector_"));
  dc.addSummary("crisis_resolved_share", share("crisis_"));
  dc.addSummary("crisis_cross_sector_resolved_share", share("crisis_cross_sector_"));
  dc.addSummary("solved_latency_mean_days", [group] { return group("").solvedLatencyMean; });
  dc.addSummary("duplicate_solutions", [this] { return duplicateSolutions(); });
  dc.addSummary("action_items_lost", [&] { return d(c.actionItemsLost); });
  dc.addSummary("overload_share", [this] { return overloadShare(); });
  dc.addSummary("service_continuity", [this] { return serviceContinuity(); });
  dc.addSummary("weak_signals_early_share", [this] { return weakSignalsEarlyShare(); });
  dc.addSummary("innovations", [&] { return d(c.innovations); });
  dc.addSummary("meeting_hours", [&] { return c.meetingHours; });
  dc.addSummary("mean_constraint", [&] { return w.network.meanConstraint; });
  dc.addSummary("cross_sector_tie_density", [&] { return w.network.crossDensity; });
  // Further metrics.
  dc.addSummary("issues_open", [group] { return static_cast<double>(group("").open); });
  dc.addSummary("backlog", [&] { return d(static_cast<std::int64_t>(w.issues.open.size())); });
  dc.addSummary("resolved_by_horizon_share", [group] { return group("").resolvedByHorizon; });
  dc.addSummary("cross_sector_resolved_by_horizon_share",
                [group] { return group("cross_sector_").resolvedByHorizon; });
  dc.addSummary("crisis_issues_raised", [&w, group] {
    return w.sc().crisis.enabled ? static_cast<double>(group("crisis_").raised) : kMissing;
  });
  dc.addSummary("solved_latency_median_days", [this] { return latencyQuantile(0.5); });
  dc.addSummary("solved_latency_p90_days", [this] { return latencyQuantile(0.9); });
  dc.addSummary("cross_sector_solved_latency_mean_days",
                [group] { return group("cross_sector_").solvedLatencyMean; });
  for (std::size_t k = 0; k < quadrants.size(); ++k) {
    const std::string& q = quadrants[k];
    dc.addSummary(q + "raised", [group, q] { return static_cast<double>(group(q).raised); });
    dc.addSummary(q + "resolved", [group, q] { return static_cast<double>(group(q).resolved); });
    dc.addSummary(q + "dropped", [group, q] { return static_cast<double>(group(q).dropped); });
    dc.addSummary(q + "open", [group, q] { return static_cast<double>(group(q).open); });
    dc.addSummary(q + "solved_latency_mean_days", [group, q] { return group(q).solvedLatencyMean; });
  }
  const char* routes[] = {"local", "informal", "line", "arena", "workaround"};
  for (int r = 0; r < 5; ++r)
    dc.addSummary(std::string("resolved_") + routes[r] + "_share", [&c, r] {
      return ratio(static_cast<double>(c.resolvedByRoute[r]), static_cast<double>(c.resolved));
    });
  dc.addSummary("director_overload_share", [&] { return ratio(d(c.directorOverload), d(c.directorDays)); });
  dc.addSummary("central_staff_overload_share",
                [&] { return ratio(d(c.centralOverload), d(c.centralDays)); });
  dc.addSummary("key_person_share", [&] { return w.network.keyPersonShare; });
  dc.addSummary("sector_pairs_without_bridge", [&] {
    return w.network.pairsWithoutBridge < 0 ? kMissing : static_cast<double>(w.network.pairsWithoutBridge);
  });
  dc.addSummary("cross_sector_tie_share", [&] { return w.network.crossShare; });
  dc.addSummary("informal_search_success", [&] { return ratio(d(c.searchesFound), d(c.searches)); });
  dc.addSummary("decisions_contested", [&] { return d(c.contested); });
  dc.addSummary("redeployed_staff", [&] { return d(c.redeployed); });
  dc.addSummary("innovations_meeting", [&] { return d(c.innovationsMeeting); });
  dc.addSummary("innovations_informal", [&] { return d(c.innovationsInformal); });
  dc.addSummary("arena_meeting_hours", [&] { return c.hubMeetingHours; });
  dc.addSummary("arena_meetings", [&] { return d(c.arenaMeetings); });
  // --- Initiatives and co-creation (initiatives.cpp); missing when initiatives are off. ---------
  {
    const InitiativeCounters& ic = w.initiatives.counters;
    auto on = [&w](double x) { return w.sc().initiatives.enabled ? x : kMissing; };
    dc.addSummary("initiatives_started", [&, on] { return on(d(ic.started)); });
    dc.addSummary("initiatives_adopted", [&, on] { return on(d(ic.adopted)); });
    dc.addSummary("initiatives_faded", [&, on] { return on(d(ic.faded)); });
    dc.addSummary("initiative_hours", [&, on] { return on(ic.hours); });
    dc.addSummary("initiatives_adopted_professional", [&, on] { return on(d(ic.byProfessional)); });
    dc.addSummary("initiatives_adopted_line", [&, on] { return on(d(ic.byLine)); });
    dc.addSummary("initiatives_adopted_arena", [&, on] { return on(d(ic.byArena)); });
    dc.addSummary("initiative_spread_units",
                  [&, on] { return on(ratio(d(ic.reachedUnits), d(ic.adopted))); });
    dc.addSummary("initiative_single_carrier_share",
                  [&, on] { return on(ratio(d(ic.singleCarrier), d(ic.adopted))); });
    dc.addSummary("co_creation_started", [&, on] { return on(d(ic.coStarted)); });
    dc.addSummary("co_creation_blocked", [&, on] { return on(d(ic.coBlocked)); });
    dc.addSummary("co_creation_adopted", [&, on] { return on(d(ic.coAdopted)); });
    dc.addSummary("co_creation_spread_units",
                  [&, on] { return on(ratio(d(ic.coReachedUnits), d(ic.coAdopted))); });
  }
  // --- End of initiatives. ----------------------------------------------------------------------

  // Weekly series (outcome-book measures as of the end of the week; open issues censored).
  dc.addSeries("issues_open", [group] { return static_cast<double>(group("").open); });
  dc.addSeries("backlog", [&] { return d(static_cast<std::int64_t>(w.issues.open.size())); });
  dc.addSeries("issues_raised", [&] { return d(c.raised); });
  dc.addSeries("issues_resolved", [&] { return d(c.resolved); });
  dc.addSeries("issues_dropped", [&] { return d(c.dropped); });
  dc.addSeries("resolved_share", share(""));
  dc.addSeries("rmst_days", rmst(""));
  dc.addSeries("cross_sector_rmst_days", rmst("cross_sector_"));
  dc.addSeries("solved_latency_mean_days", [this, &c] { return mean(c.latencies, m_latencyMark); });
  dc.addSeries("overload_share", [this, &c] {
    return ratio(c.referenceOverload - m_overloadMark, c.referenceDays - m_agentDaysMark);
  });
  dc.addSeries("service_continuity", [this] { return serviceContinuity(); });
  dc.addSeries("duplicate_solutions", [this] { return duplicateSolutions(); });
  dc.addSeries("weak_signals_early_share", [this] { return weakSignalsEarlyShare(); });
  dc.addSeries("innovations", [&] { return d(c.innovations); });
  dc.addSeries("meeting_hours", [&] { return c.meetingHours; });
  dc.addSeries("mean_constraint", [&] { return w.network.meanConstraint; });
  dc.addSeries("cross_sector_tie_density", [&] { return w.network.crossDensity; });
  dc.addSeries("redeployed_now", [&] { return static_cast<double>(w.redeploy.moved.size()); });
  dc.addSeries("crisis_phase", [&] { return static_cast<double>(w.crisis.phase + 1); });
  dc.addSeries("arena_active", [&] { return w.hub.active ? 1.0 : 0.0; });
  dc.addSeries("arena_members_cross_sector_strength",
               [&] { return memberCrossSectorStrength(w, w, w.ties, w.hub); });
  declareKeyPersonLoss(dc, w);
}

void Metrics::weekEnded() {
  m_latencyMark = m_w.counters.latencies.size();
  m_agentDaysMark = m_w.counters.referenceDays;
  m_overloadMark = m_w.counters.referenceOverload;
}

sim::Table Metrics::networkTable() const {
  sim::Table t({"sector_a", "sector_b", "tie_density", "bridges"});
  const auto S = static_cast<std::size_t>(m_w.sectors);
  if (m_w.sectorPairTies.size() != S * S) return t;
  for (std::size_t a = 0; a < S; ++a)
    for (std::size_t b = a; b < S; ++b) {
      const double ties = a == b ? m_w.sectorPairTies[a * S + a]
                                 : m_w.sectorPairTies[a * S + b] + m_w.sectorPairTies[b * S + a];
      const double na = m_w.sectorList[a].count, nb = m_w.sectorList[b].count;
      const double pairs = a == b ? na * (na - 1) / 2.0 : na * nb;
      t.add({m_w.sectorList[a].name, m_w.sectorList[b].name, pairs > 0 ? ties / pairs : 0.0,
             static_cast<std::int64_t>(std::llround(ties))});
    }
  return t;
}

}  // namespace samsim::models
