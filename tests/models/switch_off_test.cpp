// Switch-off tests of the line, the liaison and crisis priority at 1,500 staff: paired differences
// (same seeds with and without the mechanism) with a 95 % Student-t interval, which must exclude 0
// in the direction the mechanism implies (000 §5.1–5.2, §5.4, §6.1, §7).
#include <catch2/catch.hpp>

#include "analysis/statistics.hpp"
#include "run_helpers.hpp"

using samsim::analysis::Interval;
using samsim::analysis::pairedDifference;
using samsim::models::test::metric;

namespace {

const std::string kLine = "scenarios/designs/line-only.yaml";
const std::string kAdhoc = "scenarios/designs/adhoc-crisis-group.yaml";
constexpr int kReplicates = 8;

std::vector<std::string> small(std::vector<std::string> extra = {}) {
  std::vector<std::string> o = {"municipality.staff=1500", "days=200", "crisis.start_day=40",
                                "crisis.duration_days=120"};
  o.insert(o.end(), extra.begin(), extra.end());
  return o;
}

// Per-replicate values of several metrics (common seeds across calls).
std::vector<std::vector<double>> values(const std::string& file, const std::vector<std::string>& overrides,
                                        const std::vector<std::string>& names, int replicates) {
  using namespace samsim;
  const models::Scenario s = models::loadScenario(file, overrides);
  std::vector<std::vector<double>> out(names.size());
  for (int r = 0; r < replicates; ++r) {
    const auto run =
        models::runMunicipality(s, {r, sim::replicateSeed(s.seed, static_cast<std::uint64_t>(r))});
    for (std::size_t k = 0; k < names.size(); ++k) out[k].push_back(metric(run, names[k]));
  }
  return out;
}

// Mean of (off − on) with its 95 % interval, per metric.
std::vector<Interval> switchOff(const std::string& file, const std::vector<std::string>& on,
                                const std::vector<std::string>& off, const std::vector<std::string>& names,
                                int replicates = kReplicates) {
  const auto a = values(file, small(on), names, replicates);
  const auto b = values(file, small(off), names, replicates);
  std::vector<Interval> d;
  for (std::size_t k = 0; k < names.size(); ++k) {
    d.push_back(pairedDifference(a[k], b[k]));
    WARN(names[k] << ": off − on = " << d.back().mean << " [" << d.back().low << ", " << d.back().high
                  << "]");
  }
  return d;
}

}  // namespace

TEST_CASE("switch-off, crisis priority (000 §6.1): coordination gains hours, service continuity loses them",
          "[models][switchoff]") {
  const auto d = switchOff(kLine, {}, {"crisis.coordination_priority=false"},
                           {"service_continuity", "crisis_rmst_days"});
  CHECK(d[0].low > 0.0);  // without priority more operational hours are met
  CHECK(d[1].low > 0.0);  // and issues wait longer for coordination hours
}

TEST_CASE(
    "switch-off, the line's hours (000 §5.2, §7): heads without hours for the line leave items "
    "waiting until they are given up",
    "[models][switchoff]") {
  // An organisation of 1,500 as itself: its directors give the line a full share of their hours. (As
  // a scale model of 15,000 their line share is a third — span, docs/ODD.md §2 — and removing it
  // no longer measurably changes how often they are over their hours.)
  const auto d = switchOff(kLine, {"municipality.reference_staff=1500"},
                           {"municipality.reference_staff=1500", "line.head_line_share=0"},
                           {"q2_rmst_days", "dropped_waiting_line"});
  CHECK(d[0].low > 0.0);  // quadrant-2 issues take longer through the line
  CHECK(d[1].low > 0.0);  // and some wait in the line until they are given up
  // Directors are not measurably less often over their hours without the line share: a head who
  // finds nobody that agrees to hold a broad problem owns it (line.cpp, decide) and works it, so
  // the hours go to the problem instead of to the search (accepting_work.cpp).
}

TEST_CASE(
    "switch-off, knowing the structures (000 §5.2, §5.3): heads who know only whom they know "
    "find holders less often, and quadrant-2 issues wait longer",
    "[models][switchoff]") {
  // Most holders are found through ties anyway, so the effect is small: 16 replicates.
  const auto d = switchOff(kLine, {}, {"line.holder_lookups=0"}, {"q2_solved_latency_mean_days"}, 16);
  CHECK(d[0].low > 0.0);
}

TEST_CASE("switch-off, the liaison (000 §5.1, §5.4): the chair attends and spends the meeting's hours",
          "[models][switchoff]") {
  const auto d =
      switchOff(kAdhoc, {"hub.liaison_after_days=0"}, {"hub.liaison=false"}, {"meeting_hours", "rmst_days"});
  CHECK(d[0].high < 0.0);  // without a liaison fewer meeting hours are spent
}
