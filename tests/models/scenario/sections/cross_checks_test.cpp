// Checks across keys (models/scenario/sections/, run by loadScenario after the keys are read): each
// names the key it blames, or the --set of a key it depends on when that is what made it wrong.
// scenarios/default.yaml: 460 measured days, 7 sectors, 15,000 staff, a long crisis from day 60
// with three phases.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "models/scenario/scenario.hpp"
#include "sim/input_error.hpp"

using samsim::models::loadScenario;

namespace {
const char* const kFile = "scenarios/default.yaml";

// The one-line message of loading the default scenario with these overrides ("" when it loads).
std::string messageOf(const std::vector<std::string>& overrides) {
  try {
    (void)loadScenario(kFile, overrides);
  } catch (const samsim::sim::InputError& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST_CASE("the default scenario passes every check across keys", "[models][scenario][input]") {
  CHECK(messageOf({}).empty());
}

TEST_CASE("crisis: the start lies within the run, the acute sector exists, phases have factors",
          "[models][scenario][input]") {
  CHECK(messageOf({"crisis.start_day=460"}) ==
        "--set crisis.start_day=460: crisis.start_day: expected a measured day before days (460), got 460");
  // The crisis starts on day 60 as the file says; --set days=60 is what made it wrong.
  CHECK(messageOf({"days=60"}) ==
        "--set days=60: crisis.start_day: expected a measured day before days (60), got 60");
  CHECK(messageOf({"crisis.enabled=false", "days=60"}).empty());
  CHECK(messageOf({"crisis.kind=acute", "crisis.acute_sector=7"}) ==
        "--set crisis.acute_sector=7: crisis.acute_sector: expected a sector index below 7, got 7");
  CHECK(messageOf({"crisis.kind=acute", "crisis.acute_sector=6"}).empty());
  CHECK(messageOf({"crisis.phase_shares=[0, 0]"}) ==
        "--set crisis.phase_shares=[0, 0]: crisis.phase_shares: expected shares with a positive sum, got "
        "all zero");
  CHECK(messageOf({"crisis.phase_broad_factor=[1, 2]"}) ==
        "--set crisis.phase_broad_factor=[1, 2]: crisis.phase_broad_factor: expected one factor per phase "
        "of crisis.phase_shares (3), got 2 factors");
}

TEST_CASE("municipality: the critical sector exists and the organisation fits the staff",
          "[models][scenario][input]") {
  CHECK(messageOf({"municipality.critical_sector=7"}) ==
        "--set municipality.critical_sector=7: municipality.critical_sector: expected a sector index "
        "below 7, got 7");
  // Fewer sectors: the critical sector 0 still exists.
  CHECK(messageOf({"municipality.sectors=1"}).empty());
}

TEST_CASE("issues and network: shares that add up, tie slots that hold the initial ties",
          "[models][scenario][input]") {
  CHECK(messageOf({"issues.q2_share=0.75", "issues.q3_share=0.5"}) ==
        "--set issues.q3_share=0.5: issues.q3_share: expected q2_share + q3_share <= 1, got 1.25");
  CHECK(messageOf({"issues.q2_share=0.5", "issues.q3_share=0.5"}).empty());
  CHECK(messageOf({"network.unit_ties=2", "network.sector_ties=2", "network.max_ties=7"}) ==
        "--set network.max_ties=7: network.max_ties: expected at least unit_ties + sector_ties + 4, got 7");
  CHECK(messageOf({"network.unit_ties=2", "network.sector_ties=2", "network.max_ties=8"}).empty());
}

TEST_CASE("events: key persons leave on a day of the run, fewer than the staff",
          "[models][scenario][input]") {
  CHECK(messageOf({"events.key_person_loss.day=460"}) ==
        "--set events.key_person_loss.day=460: events.key_person_loss.day: expected a measured day before "
        "days (460), got 460");
  CHECK(messageOf({"events.key_person_loss.count=15000"}) ==
        "--set events.key_person_loss.count=15000: events.key_person_loss.count: expected a count in [0, "
        "municipality.staff) = [0, 15000), got 15000");
  CHECK(messageOf({"events.key_person_loss.count=14999", "events.key_person_loss.day=459"}).empty());
}

TEST_CASE("organisation.from: units and staff come together", "[models][scenario][input]") {
  // Neither key blames the other, so the message points at the scenario file.
  CHECK(messageOf({"organisation.from.units=units.csv"}) ==
        "scenarios/default.yaml: organisation.from.staff: expected both units and staff files (ties is "
        "optional), got only one of them");
}
