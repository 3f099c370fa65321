// A steady state and results that hold at scale (VALIDATION method §2–3). Stochastic: fixed seeds,
// a few replicates at 1,500–3,000 staff (not a few hundred); tolerances are stated per check.
// (a) In normal times, over the second simulated year, the weekly series of open issues,
//     cross-sector tie density and mean constraint have a trend whose 95 % interval over
//     replicates contains 0.
// (b) Per-head outcomes of each normal-times design agree within 10 % at 1,500 and 3,000 staff
//     (resolution measures, overload share per head of the reference organisation, and the sign of
//     each design's difference to line only: docs/calibration.md §5).
#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "analysis/statistics.hpp"
#include "models/make_world.hpp"
#include "models/mechanisms/mechanisms.hpp"
#include "models/organisation/organisation.hpp"
#include "run_helpers.hpp"

namespace {

struct Slope {
  double estimate = 0.0, low = 0.0, high = 0.0;
};

// OLS slope of y on x with its 95 % interval (t with n − 2 degrees of freedom).
Slope olsSlope(const std::vector<double>& x, const std::vector<double>& y) {
  const auto n = x.size();
  double mx = 0, my = 0;
  for (std::size_t i = 0; i < n; ++i) {
    mx += x[i] / static_cast<double>(n);
    my += y[i] / static_cast<double>(n);
  }
  double sxx = 0, sxy = 0;
  for (std::size_t i = 0; i < n; ++i) {
    sxx += (x[i] - mx) * (x[i] - mx);
    sxy += (x[i] - mx) * (y[i] - my);
  }
  const double b = sxy / sxx;
  double sse = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double r = y[i] - my - b * (x[i] - mx);
    sse += r * r;
  }
  const double se = std::sqrt(sse / static_cast<double>(n - 2) / sxx);
  const double t = samsim::analysis::tQuantile975(n - 2);
  return {b, b - t * se, b + t * se};
}

}  // namespace

TEST_CASE("OLS slope interval by hand", "[models][steady]") {
  // y = 2x exactly plus ±1 alternating: slope 2 within a narrow interval.
  const std::vector<double> x = {0, 1, 2, 3, 4, 5};
  const std::vector<double> y = {1, 1, 5, 5, 9, 9};
  const Slope s = olsSlope(x, y);
  CHECK(s.estimate == Approx(1.8285714286));
  // se = sqrt(SSE/4/17.5), SSE = 10.971…, t(4) = 2.776445
  CHECK(s.low == Approx(1.0513287079));
  CHECK(s.high == Approx(2.6058141493));
}

// Each replicate is one realisation of the organisation: its second-year trend is fitted by OLS,
// and the trends of independent replicates give a Student-t interval for the expected trend. An
// OLS or HAC interval on the replicates' average path would take that one path for the process and
// detect its slow wandering (docs/calibration.md §5).
TEST_CASE("normal times are stationary over the second year (2,000 staff, line only)", "[models][steady]") {
  using namespace samsim::models;
  const Scenario s = loadScenario("scenarios/normal/line-only.yaml", {"municipality.staff=2000", "days=460"});
  const std::vector<std::string> names = {"issues_open", "cross_sector_tie_density", "mean_constraint"};
  const int replicates = 8;
  std::vector<std::vector<double>> trends(names.size());  // per replicate: change per year ÷ level
  for (int r = 0; r < replicates; ++r) {
    const auto run =
        runMunicipality(s, {r, samsim::sim::replicateSeed(s.seed, static_cast<std::uint64_t>(r))});
    for (std::size_t m = 0; m < names.size(); ++m) {
      // The network is measured every network.measure_every_days and the weekly sample repeats the
      // last measurement: fit on the distinct measurements, not on repeats of them.
      std::vector<double> x, y;
      for (const auto& p : run.series) {
        if (run.seriesNames[static_cast<std::size_t>(p.metric)] != names[m] || p.day < 230) continue;
        REQUIRE(std::isfinite(p.value));
        if (m > 0 && !y.empty() && p.value == y.back()) continue;
        x.push_back(p.day / 5.0);
        y.push_back(p.value);
      }
      REQUIRE(x.size() >= 10);
      double level = 0.0;
      for (double v : y) level += v / static_cast<double>(y.size());
      trends[m].push_back(olsSlope(x, y).estimate * 46.0 / level);  // 46 weeks a year
    }
  }
  for (std::size_t m = 0; m < names.size(); ++m) {
    const auto trend = samsim::analysis::meanInterval(trends[m]);
    INFO(names[m] << ": change per year " << trend.mean << " of the level [" << trend.low << ", "
                  << trend.high << "] over " << replicates << " replicates");
    CHECK(trend.low <= 0.0);
    CHECK(trend.high >= 0.0);
  }
}

namespace {

// Per-replicate values of each measure for a normal-times design at `staff` (common seeds).
std::vector<std::vector<double>> perReplicate(const std::string& design, const std::string& staff,
                                              const std::vector<std::string>& measures, int replicates) {
  using namespace samsim::models;
  const Scenario s = loadScenario("scenarios/normal/" + design + ".yaml", {"municipality.staff=" + staff});
  std::vector<std::vector<double>> out(measures.size());
  for (int r = 0; r < replicates; ++r) {
    const auto run =
        runMunicipality(s, {r, samsim::sim::replicateSeed(s.seed, static_cast<std::uint64_t>(r))});
    for (std::size_t m = 0; m < measures.size(); ++m) out[m].push_back(test::metric(run, measures[m]));
  }
  return out;
}

double meanOf(const std::vector<double>& v) {
  double sum = 0.0;
  for (double x : v) sum += x;
  return sum / static_cast<double>(v.size());
}

const std::vector<std::string> kDesigns = {"line-only", "small-staff", "coordinator-group", "flexible-arena"};
constexpr int kScaleReplicates = 6;

}  // namespace

// Issue of scale (docs/calibration.md §5): a 1,500-staff run is a scale model of the reference
// organisation, so per-head resolution measures agree with a 3,000-staff run, and no design's
// paired difference to line only changes sign between the sizes where both intervals exclude 0.
TEST_CASE("every normal design: per-head resolution agrees at 1,500 and 3,000 staff (within 10 %)",
          "[models][steady]") {
  const std::vector<std::string> measures = {"resolved_share", "rmst_days", "cross_sector_rmst_days"};
  std::vector<std::vector<std::vector<double>>> small;
  std::vector<std::vector<std::vector<double>>> large;
  for (const std::string& design : kDesigns) {
    small.push_back(perReplicate(design, "1500", measures, kScaleReplicates));
    large.push_back(perReplicate(design, "3000", measures, kScaleReplicates));
  }
  for (std::size_t d = 0; d < kDesigns.size(); ++d)
    for (std::size_t m = 0; m < measures.size(); ++m) {
      const double a = meanOf(small[d][m]);
      const double b = meanOf(large[d][m]);
      INFO(kDesigns[d] << " " << measures[m] << ": 1,500 -> " << a << ", 3,000 -> " << b);
      CHECK(std::abs(b - a) <= 0.10 * std::abs(a));
      if (d == 0) continue;
      const auto at1500 = samsim::analysis::pairedDifference(small[0][m], small[d][m]);
      const auto at3000 = samsim::analysis::pairedDifference(large[0][m], large[d][m]);
      INFO("difference to line only: 1,500 " << at1500.mean << " [" << at1500.low << ", " << at1500.high
                                             << "], 3,000 " << at3000.mean << " [" << at3000.low << ", "
                                             << at3000.high << "]");
      const bool opposite =
          (at1500.low > 0.0 && at3000.high < 0.0) || (at1500.high < 0.0 && at3000.low > 0.0);
      CHECK_FALSE(opposite);
    }
}

// overload_share counts per head of the reference organisation (a post or seat that exists once
// counts with weight staff ÷ reference, shrunken staff units share work with their unsimulated
// members, line units keep the reference organisation's size): docs/calibration.md §5.
TEST_CASE("every normal design: overload share agrees at 1,500 and 3,000 staff (within 10 %)",
          "[models][steady]") {
  for (const std::string& design : kDesigns) {
    const double a = meanOf(perReplicate(design, "1500", {"overload_share"}, kScaleReplicates)[0]);
    const double b = meanOf(perReplicate(design, "3000", {"overload_share"}, kScaleReplicates)[0]);
    INFO(design << " overload_share: 1,500 -> " << a << ", 3,000 -> " << b);
    CHECK(std::abs(b - a) <= 0.10 * std::abs(a));
  }
}

// Pattern P4 (docs/calibration.md): leaders and staff roles bridge more than front-line staff —
// trusted ties into other sectors per person, by role, in the network as formation and its
// pre-history leave it (2,000 staff).
TEST_CASE("trusted cross-sector contacts by role: front-line < unit leader < director", "[models][steady]") {
  using namespace samsim::models;
  const Scenario s = loadScenario("scenarios/normal/line-only.yaml", {"municipality.staff=2000"});
  World w = makeWorld(s, samsim::sim::replicateSeed(s.seed, 0));
  std::vector<double> ties(7, 0.0), people(7, 0.0);
  for (int i = 0; i < w.agents.size(); ++i) {
    const auto ui = static_cast<std::size_t>(i);
    const auto r = static_cast<std::size_t>(w.agents.role[ui]);
    people[r] += 1.0;
    const TieSlot* row = w.ties.row(i);
    for (int k = 0; k < w.ties.slots(); ++k)
      if (row[k].other >= 0 &&
          w.agents.sector[static_cast<std::size_t>(row[k].other)] != w.agents.sector[ui] &&
          w.ties.weightOf(row[k], w.day) >= s.network.trustThreshold)
        ties[r] += 1.0;
  }
  auto perHead = [&](Role r) {
    return ties[static_cast<std::size_t>(r)] / people[static_cast<std::size_t>(r)];
  };
  const double staff = perHead(Role::Staff), leader = perHead(Role::UnitLeader),
               director = perHead(Role::Director), central = perHead(Role::CentralAdvisor);
  WARN("trusted cross-sector contacts per person: front-line "
       << staff << ", unit leader " << leader << ", director " << director << ", central advisor "
       << central);
  CHECK(staff < leader);
  CHECK(leader < director);
  CHECK(director >= 6.0);  // the other directors of the leadership group, at least
}
