#include "app/serve/workshop_run.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "analysis/report/metric_catalog.hpp"
#include "analysis/report/verdict.hpp"
#include "analysis/statistics.hpp"
#include "models/municipality_model.hpp"
#include "sim/random.hpp"
#include "sim/replicate_runner.hpp"

namespace samsim::app::serve {
namespace {

constexpr int kDaysPerWeek = 5;  // a step is a working day
// Outcomes the timeline can play, in the order the page offers them.
const std::vector<std::string> kTimelineSeries{"issues_open", "overload_share", "service_continuity",
                                               "solved_latency_mean_days"};
// Shown after the report's headline outcomes, marked as covering solved cases only.
const std::vector<std::string> kSolvedOnly{"solved_latency_mean_days"};

const char* unitWord(analysis::report::MetricUnit unit) {
  using U = analysis::report::MetricUnit;
  switch (unit) {
    case U::Share:
      return "share";
    case U::Days:
      return "days";
    case U::Hours:
      return "hours";
    case U::Count:
      return "count";
    case U::Flag:
      return "flag";
    case U::Index:
      break;
  }
  return "index";
}

const char* direction(double low, double high) {
  if (!std::isfinite(low) || !std::isfinite(high)) return "too early";
  if (low > 0) return "higher";
  if (high < 0) return "lower";
  return "no clear difference";
}

nlohmann::json number(double value) {
  return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json();
}

nlohmann::json intervalJson(const analysis::Interval& interval) {
  return {{"n", interval.n},
          {"mean", number(interval.mean)},
          {"low", number(interval.low)},
          {"high", number(interval.high)}};
}

std::vector<double> column(const std::vector<sim::RunResult>& runs, int count, std::size_t metric) {
  std::vector<double> values;
  values.reserve(static_cast<std::size_t>(std::max(count, 0)));
  for (int r = 0; r < count; ++r) values.push_back(runs[static_cast<std::size_t>(r)].summary[metric].second);
  return values;
}

nlohmann::json timelineJson(const WorkshopPlan& plan, const std::vector<std::vector<sim::RunResult>>& results,
                            int done) {
  const auto& first = results.front().front();
  nlohmann::json series = nlohmann::json::array();
  for (const auto& name : kTimelineSeries) {
    const auto it = std::find(first.seriesNames.begin(), first.seriesNames.end(), name);
    if (it == first.seriesNames.end()) continue;
    const int metric = static_cast<int>(it - first.seriesNames.begin());
    nlohmann::json points = nlohmann::json::array();
    bool observed = false;
    for (std::size_t s = 0; s < results.size(); ++s) {
      std::map<int, std::pair<double, int>> weeks;  // week → sum, count over days and replicates
      for (int r = 0; r < done; ++r)
        for (const auto& point : results[s][static_cast<std::size_t>(r)].series) {
          if (point.metric != metric) continue;
          auto& cell = weeks[point.day / kDaysPerWeek];  // a sampled week, observed or not
          if (!std::isfinite(point.value)) continue;
          cell.first += point.value;
          cell.second += 1;
        }
      // A week with nothing observed is null: the line breaks there instead of dropping to zero.
      for (const auto& [week, cell] : weeks) {
        observed = observed || cell.second > 0;
        points.push_back(
            {{"week", week},
             {"scenario", plan.roles[s]},
             {"value", cell.second > 0 ? nlohmann::json(cell.first / cell.second) : nlohmann::json()}});
      }
    }
    if (!observed) continue;  // not observed in any week: nothing to play
    series.push_back(
        {{"metric", name}, {"label", analysis::report::describeMetric(name).label}, {"points", points}});
  }
  const auto& world = plan.scenarios.front();
  nlohmann::json crisis;
  if (world.crisis.enabled)
    crisis = {
        {"start_week", world.crisis.startDay / kDaysPerWeek},
        {"end_week", std::min(world.days, world.crisis.startDay + world.crisis.durationDays) / kDaysPerWeek},
        {"kind", world.crisis.kind == models::CrisisKind::Acute ? "acute" : "long"}};
  return {{"weeks", (world.days + kDaysPerWeek - 1) / kDaysPerWeek}, {"crisis", crisis}, {"series", series}};
}

}  // namespace

const char* verdict(const analysis::Interval& difference, double reference,
                    const analysis::report::MetricInfo& info) {
  if (!std::isfinite(difference.low) || !std::isfinite(difference.high)) return "too early";
  if (!analysis::report::isClearDifference(difference, reference, info)) return "no clear difference";
  return (difference.mean > 0) == info.higherIsBetter ? "better" : "worse";
}

WorkshopRun::WorkshopRun(WorkshopPlan plan)
    : m_plan(std::move(plan)),
      m_results(m_plan.scenarios.size(),
                std::vector<sim::RunResult>(static_cast<std::size_t>(m_plan.replicates))) {}

bool WorkshopRun::step(sim::Executor& executor) {
  if (m_done >= m_plan.replicates) return false;
  const int batch = std::min(m_plan.replicates - m_done, m_done == 0 ? 1 : std::max(1, executor.threads()));
  const std::size_t scenarios = m_plan.scenarios.size();
  executor.forEach(scenarios * static_cast<std::size_t>(batch), [&](std::size_t job) {
    const std::size_t s = job % scenarios;
    const int r = m_done + static_cast<int>(job / scenarios);
    const sim::ReplicateSpec spec{r, sim::replicateSeed(m_plan.seed, static_cast<std::uint64_t>(r))};
    m_results[s][static_cast<std::size_t>(r)] = models::runMunicipality(m_plan.scenarios[s], spec);
  });
  m_done += batch;
  return m_done < m_plan.replicates;
}

nlohmann::json WorkshopRun::snapshot() const {
  nlohmann::json out{{"done", m_done}, {"total", m_plan.replicates}, {"seed", std::to_string(m_plan.seed)}};
  out["scenarios"] = nlohmann::json::array();
  for (std::size_t s = 0; s < m_plan.scenarios.size(); ++s)
    out["scenarios"].push_back({{"role", m_plan.roles[s]},
                                {"name", m_plan.scenarios[s].name},
                                {"description", m_plan.scenarios[s].description},
                                {"description_nb", m_plan.scenarios[s].descriptionNb}});
  const auto& world = m_plan.scenarios.front();
  out["world"] = {
      {"days", world.days}, {"warmup_days", world.warmupDays}, {"horizon_days", world.outcomes.horizonDays}};
  out["clear_rule"] = std::string(analysis::report::clearDifferenceRule());  // the page states it as is
  out["metrics"] = nlohmann::json::array();
  if (m_done == 0) return out;
  const auto& summary = m_results.front().front().summary;
  const std::size_t lineOnly = m_plan.scenarios.size() > 2 ? 2 : 0;
  // The report's verdict outcomes, then the solved-only average beside them.
  std::vector<std::pair<std::string, bool>> shown;
  for (const auto& name : analysis::report::headlineMetrics()) shown.emplace_back(name, false);
  for (const auto& name : kSolvedOnly) shown.emplace_back(name, true);
  for (const auto& [name, solvedOnly] : shown) {
    const auto at =
        std::find_if(summary.begin(), summary.end(), [&n = name](const auto& e) { return e.first == n; });
    if (at == summary.end()) continue;
    const auto m = static_cast<std::size_t>(at - summary.begin());
    const auto info = analysis::report::describeMetric(name);
    nlohmann::json metric{{"name", name},
                          {"label", info.label},
                          {"explanation", info.explanation},
                          {"censoring", info.censoring},
                          {"unit", unitWord(info.unit)},
                          {"solved_only", solvedOnly},
                          {"higher_is_better", info.higherIsBetter}};
    std::vector<std::vector<double>> values;
    for (const auto& runs : m_results) values.push_back(column(runs, m_done, m));
    for (const auto& v : values) metric["scenarios"].push_back(intervalJson(analysis::meanInterval(v)));
    auto diff = [&](std::size_t reference) {
      const auto d = analysis::pairedDifference(values[reference], values[1]);
      const double compared = analysis::meanInterval(values[reference]).mean;
      auto json = intervalJson(d);
      json["smallest"] = number(analysis::report::smallestDifference(info, compared));
      // Missing in every replicate stays missing: no difference, not a difference of 0.
      json["verdict"] = d.n == 0       ? "not observed"
                        : info.neutral ? direction(d.low, d.high)
                                       : verdict(d, compared, info);
      return json;
    };
    metric["vs_unedited"] = diff(0);
    if (lineOnly != 0) metric["vs_line_only"] = diff(lineOnly);
    out["metrics"].push_back(metric);
  }
  out["timeline"] = timelineJson(m_plan, m_results, m_done);
  return out;
}

}  // namespace samsim::app::serve
