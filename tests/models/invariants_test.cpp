// Invariants that hold every day of every run: issues are conserved (raised = resolved + dropped +
// open), every agent-day over contracted hours is counted as overload, tie weights stay in [0, 1]
// and ties stay symmetric.
#include <catch2/catch.hpp>

#include "models/make_world.hpp"
#include "models/mechanisms/mechanisms.hpp"
#include "models/organisation/organisation.hpp"
#include "sim/random.hpp"

using namespace samsim::models;

namespace {

void checkRun(const std::string& file) {
  INFO(file);
  const Scenario s = loadScenario(file, {"municipality.staff=600", "warmup_days=0", "days=150",
                                         "crisis.start_day=30", "crisis.duration_days=80"});
  World w = makeWorld(s, 99);
  for (int d = 0; d < s.days; ++d) {
    const auto overBefore = w.counters.overloadDays;
    runDay(w, d);
    std::int64_t over = 0;
    for (int i = 0; i < w.agents.size(); ++i) {
      const auto ui = static_cast<std::size_t>(i);
      if (w.agents.present[ui] && w.agents.opLoad[ui] + w.agents.coord[ui] > w.agents.capacity[ui] + 1e-9)
        ++over;
      REQUIRE(w.agents.budget[ui] >= -1e-12);
    }
    REQUIRE(w.counters.overloadDays - overBefore == over);
    REQUIRE(w.counters.raised ==
            w.counters.resolved + w.counters.dropped + static_cast<std::int64_t>(w.issues.open.size()));
    if (d % 25 == 0) REQUIRE(w.ties.consistent(d));
  }
  CHECK(w.counters.raised > 0);
  CHECK(w.ties.consistent(s.days));
}

}  // namespace

TEST_CASE("issues are conserved, overload is counted, ties stay bounded and symmetric",
          "[models][invariants]") {
  for (const char* f : {"scenarios/designs/line-only.yaml", "scenarios/designs/adhoc-crisis-group.yaml",
                        "scenarios/designs/coordinator-group.yaml", "scenarios/designs/flexible-arena.yaml",
                        "scenarios/designs/small-staff.yaml"})
    checkRun(f);
}

TEST_CASE("tie slots: strengthening saturates at 1, decays towards the floor, evicts the weakest",
          "[models][network]") {
  InformalNetwork net;
  net.init(4, 2, 10.0);
  net.set(0, 1, 0.8, 0, 0.2);
  CHECK(net.weight(1, 0, 0) == Approx(0.8));
  // Half-life 10 days: after 10 days the excess over the floor halves: 0.2 + 0.6 / 2.
  CHECK(net.weight(0, 1, 10) == Approx(0.5));
  net.strengthen(0, 1, 0.5, 10, 0.0);
  CHECK(net.weight(0, 1, 10) == Approx(0.75));  // 0.5 + 0.5·(1 − 0.5)
  net.set(0, 2, 0.1, 10, 0.0);
  net.set(0, 3, 0.9, 10, 0.0);  // slots full: the weakest tie (0–2) goes, on both sides
  CHECK(net.weight(0, 2, 10) == 0.0);
  CHECK(net.weight(2, 0, 10) == 0.0);
  CHECK(net.weight(3, 0, 10) == Approx(0.9));
  for (int k = 0; k < 50; ++k) net.strengthen(0, 1, 0.9, 10, 0.0);
  CHECK(net.weight(0, 1, 10) <= 1.0);
  CHECK(net.consistent(10));
  CHECK(net.consistent(500));
}
