#include "models/outputs/metrics.hpp"

#include <algorithm>
#include <cmath>
#include <concepts>
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

template <std::integral Int>
double count(Int x) {
  return static_cast<double>(x);
}

// The four kinds of issue (000 Fig. 5) as prefixes of the outcome book's groups.
constexpr const char* kQuadrants[] = {"q1_", "q2_", "q3_", "q4_"};

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

const OutcomeGroup& Metrics::outcomes(std::string_view group) const {
  const OutcomeBook& b = book();
  if (group == "cross_sector_") return b.cross;
  if (group == "crisis_") return b.crisis;
  if (group == "crisis_cross_sector_") return b.crisisCross;
  if (group.size() == 3 && group[0] == 'q') return b.quadrant[static_cast<std::size_t>(group[1] - '1')];
  return b.all;
}

// The reporters of every column, each under the name the report's catalogue describes it by
// (analysis/report/metric_entries.cpp; tests/models/outputs/metrics_test.cpp keeps the two sets of
// names equal). The order of the calls is the order of the columns in summary.csv and of the
// metrics within a day of timeseries.csv.
void Metrics::declare(sim::DataCollector& dc) {
  declareOutcomeColumns(dc);
  declareFurtherColumns(dc);
  declareInitiativeColumns(dc);
  declareSeries(dc);
  declareKeyPersonLoss(dc, m_w);
}

Metrics::Reporter Metrics::resolvedShare(std::string group) const {
  return [this, group] { return outcomes(group).resolvedShare; };
}

Metrics::Reporter Metrics::rmstDays(std::string group) const {
  return [this, group] { return outcomes(group).rmstDays; };
}

// The documented columns that open summary.csv (docs/outputs.md), in order; a missing value is
// NaN (written empty).
void Metrics::declareOutcomeColumns(sim::DataCollector& dc) const {
  const Counters& c = m_w.counters;
  const NetworkSnapshot& net = m_w.network;
  dc.addSummary("issues_raised", [&c] { return count(c.raised); });
  dc.addSummary("issues_resolved", [&c] { return count(c.resolved); });
  dc.addSummary("issues_dropped", [&c] { return count(c.dropped); });
  dc.addSummary("resolved_share", resolvedShare(""));
  dc.addSummary("cross_sector_resolved_share", resolvedShare("cross_sector_"));
  dc.addSummary("rmst_days", rmstDays(""));
  dc.addSummary("cross_sector_rmst_days", rmstDays("cross_sector_"));
  for (const char* q : kQuadrants) dc.addSummary(q + std::string("rmst_days"), rmstDays(q));
  for (const char* q : kQuadrants) dc.addSummary(q + std::string("resolved_share"), resolvedShare(q));
  dc.addSummary("crisis_rmst_days", rmstDays("crisis_"));
  dc.addSummary("crisis_cross_sector_rmst_days", rmstDays("crisis_cross_sector_"));
  dc.addSummary("crisis_resolved_share", resolvedShare("crisis_"));
  dc.addSummary("crisis_cross_sector_resolved_share", resolvedShare("crisis_cross_sector_"));
  dc.addSummary("solved_latency_mean_days", [this] { return outcomes("").solvedLatencyMean; });
  dc.addSummary("duplicate_solutions", [this] { return duplicateSolutions(); });
  dc.addSummary("action_items_lost", [&c] { return count(c.actionItemsLost); });
  dc.addSummary("overload_share", [this] { return overloadShare(); });
  dc.addSummary("service_continuity", [this] { return serviceContinuity(); });
  dc.addSummary("weak_signals_early_share", [this] { return weakSignalsEarlyShare(); });
  dc.addSummary("innovations", [&c] { return count(c.innovations); });
  dc.addSummary("meeting_hours", [&c] { return c.meetingHours; });
  dc.addSummary("mean_constraint", [&net] { return net.meanConstraint; });
  dc.addSummary("cross_sector_tie_density", [&net] { return net.crossDensity; });
}

// Further summary columns: backlog, quadrants, routes, load on key people, network, meetings.
void Metrics::declareFurtherColumns(sim::DataCollector& dc) const {
  const World& w = m_w;
  const Counters& c = w.counters;
  const NetworkSnapshot& net = w.network;
  dc.addSummary("issues_open", [this] { return count(outcomes("").open); });
  dc.addSummary("backlog", [&w] { return static_cast<double>(w.issues.open.size()); });
  dc.addSummary("resolved_by_horizon_share", [this] { return outcomes("").resolvedByHorizon; });
  dc.addSummary("cross_sector_resolved_by_horizon_share",
                [this] { return outcomes("cross_sector_").resolvedByHorizon; });
  dc.addSummary("crisis_issues_raised",
                [this, &w] { return w.sc().crisis.enabled ? count(outcomes("crisis_").raised) : kMissing; });
  dc.addSummary("solved_latency_median_days", [this] { return latencyQuantile(0.5); });
  dc.addSummary("solved_latency_p90_days", [this] { return latencyQuantile(0.9); });
  dc.addSummary("cross_sector_solved_latency_mean_days",
                [this] { return outcomes("cross_sector_").solvedLatencyMean; });
  dc.addSummary("p90_days", [this] { return outcomes("").p90Days; });
  dc.addSummary("cross_sector_p90_days", [this] { return outcomes("cross_sector_").p90Days; });
  dc.addSummary("crisis_cross_sector_p90_days", [this] { return outcomes("crisis_cross_sector_").p90Days; });
  for (const std::string q : kQuadrants) {
    dc.addSummary(q + "raised", [this, q] { return count(outcomes(q).raised); });
    dc.addSummary(q + "resolved", [this, q] { return count(outcomes(q).resolved); });
    dc.addSummary(q + "dropped", [this, q] { return count(outcomes(q).dropped); });
    dc.addSummary(q + "open", [this, q] { return count(outcomes(q).open); });
    dc.addSummary(q + "solved_latency_mean_days", [this, q] { return outcomes(q).solvedLatencyMean; });
  }
  const char* reasons[] = {"waiting_line", "waiting_arena", "waiting_answer", "unworked", "too_old"};
  for (int r = 0; r < kDropReasons; ++r)
    dc.addSummary(std::string("dropped_") + reasons[r], [&c, r] { return count(c.droppedBy[r]); });
  const char* routes[] = {"local", "informal", "line", "arena", "workaround"};
  for (int r = 0; r < 5; ++r)
    dc.addSummary(std::string("resolved_") + routes[r] + "_share",
                  [&c, r] { return ratio(count(c.resolvedByRoute[r]), count(c.resolved)); });
  dc.addSummary("director_overload_share",
                [&c] { return ratio(count(c.directorOverload), count(c.directorDays)); });
  dc.addSummary("central_staff_overload_share",
                [&c] { return ratio(count(c.centralOverload), count(c.centralDays)); });
  dc.addSummary("overtime_hours", [&c] { return c.overtimeHours; });
  dc.addSummary("director_overtime_hours", [&c] { return c.directorOvertimeHours; });
  dc.addSummary("central_staff_overtime_hours", [&c] { return c.centralOvertimeHours; });
  dc.addSummary("director_coordination_hours_per_day",
                [&c] { return ratio(c.directorCoordHours, count(c.directorDays)); });
  dc.addSummary("key_person_share", [&net] { return net.keyPersonShare; });
  dc.addSummary("sector_pairs_without_bridge",
                [&net] { return net.pairsWithoutBridge < 0 ? kMissing : count(net.pairsWithoutBridge); });
  dc.addSummary("cross_sector_tie_share", [&net] { return net.crossShare; });
  dc.addSummary("informal_search_success", [&c] { return ratio(count(c.searchesFound), count(c.searches)); });
  dc.addSummary("decisions_contested", [&c] { return count(c.contested); });
  dc.addSummary("redeployed_staff", [&c] { return count(c.redeployed); });
  dc.addSummary("innovations_meeting", [&c] { return count(c.innovationsMeeting); });
  dc.addSummary("innovations_informal", [&c] { return count(c.innovationsInformal); });
  dc.addSummary("arena_meeting_hours", [&c] { return c.hubMeetingHours; });
  dc.addSummary("arena_meetings", [&c] { return count(c.arenaMeetings); });
}

// Initiatives and co-creation (initiatives.cpp); missing when initiatives are off.
void Metrics::declareInitiativeColumns(sim::DataCollector& dc) const {
  const World& w = m_w;
  const InitiativeCounters& ic = w.initiatives.counters;
  // A reporter of `value(counters)` that is missing when the scenario has no initiatives.
  auto on = [&w, &ic](auto value) -> Reporter {
    return [&w, &ic, value] { return w.sc().initiatives.enabled ? value(ic) : kMissing; };
  };
  using IC = const InitiativeCounters&;
  dc.addSummary("initiatives_started", on([](IC x) { return count(x.started); }));
  dc.addSummary("initiatives_adopted", on([](IC x) { return count(x.adopted); }));
  dc.addSummary("initiatives_faded", on([](IC x) { return count(x.faded); }));
  dc.addSummary("initiative_hours", on([](IC x) { return x.hours; }));
  dc.addSummary("initiatives_adopted_professional", on([](IC x) { return count(x.byProfessional); }));
  dc.addSummary("initiatives_adopted_line", on([](IC x) { return count(x.byLine); }));
  dc.addSummary("initiatives_adopted_arena", on([](IC x) { return count(x.byArena); }));
  dc.addSummary("initiative_spread_units",
                on([](IC x) { return ratio(count(x.reachedUnits), count(x.adopted)); }));
  dc.addSummary("initiative_single_carrier_share",
                on([](IC x) { return ratio(count(x.singleCarrier), count(x.adopted)); }));
  dc.addSummary("co_creation_started", on([](IC x) { return count(x.coStarted); }));
  dc.addSummary("co_creation_blocked", on([](IC x) { return count(x.coBlocked); }));
  dc.addSummary("co_creation_adopted", on([](IC x) { return count(x.coAdopted); }));
  dc.addSummary("co_creation_spread_units",
                on([](IC x) { return ratio(count(x.coReachedUnits), count(x.coAdopted)); }));
}

// Weekly series: outcome-book measures as of the end of the week (open issues censored); the
// solved-only mean and the overload share over the week just ended.
void Metrics::declareSeries(sim::DataCollector& dc) const {
  const World& w = m_w;
  const Counters& c = w.counters;
  const NetworkSnapshot& net = w.network;
  dc.addSeries("issues_open", [this] { return count(outcomes("").open); });
  dc.addSeries("backlog", [&w] { return static_cast<double>(w.issues.open.size()); });
  dc.addSeries("issues_raised", [&c] { return count(c.raised); });
  dc.addSeries("issues_resolved", [&c] { return count(c.resolved); });
  dc.addSeries("issues_dropped", [&c] { return count(c.dropped); });
  dc.addSeries("resolved_share", resolvedShare(""));
  dc.addSeries("rmst_days", rmstDays(""));
  dc.addSeries("cross_sector_rmst_days", rmstDays("cross_sector_"));
  dc.addSeries("solved_latency_mean_days", [this, &c] { return mean(c.latencies, m_latencyMark); });
  dc.addSeries("overload_share", [this, &c] {
    return ratio(c.referenceOverload - m_overloadMark, c.referenceDays - m_agentDaysMark);
  });
  dc.addSeries("service_continuity", [this] { return serviceContinuity(); });
  dc.addSeries("duplicate_solutions", [this] { return duplicateSolutions(); });
  dc.addSeries("weak_signals_early_share", [this] { return weakSignalsEarlyShare(); });
  dc.addSeries("innovations", [&c] { return count(c.innovations); });
  dc.addSeries("meeting_hours", [&c] { return c.meetingHours; });
  dc.addSeries("mean_constraint", [&net] { return net.meanConstraint; });
  dc.addSeries("cross_sector_tie_density", [&net] { return net.crossDensity; });
  dc.addSeries("redeployed_now", [&w] { return static_cast<double>(w.redeploy.moved.size()); });
  dc.addSeries("crisis_phase", [&w] { return static_cast<double>(w.crisis.phase + 1); });
  dc.addSeries("arena_active", [&w] { return w.hub.active ? 1.0 : 0.0; });
  dc.addSeries("arena_members_cross_sector_strength",
               [&w] { return memberCrossSectorStrength(w, w, w.ties, w.hub); });
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
