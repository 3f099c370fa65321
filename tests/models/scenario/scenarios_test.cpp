// Every shipped scenario runs at small scale; outputs keep the documented column order; the same
// seed gives the same numbers; bad keys are rejected with a one-line InputError; every shipped file
// says what it is in plain words.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>

#include <yaml-cpp/yaml.h>

#include "models/municipality_model.hpp"
#include "sim/description_text.hpp"
#include "sim/input_error.hpp"
#include "tests/models/run_helpers.hpp"

using namespace samsim;
using namespace samsim::models;

namespace {
const std::vector<std::string> kShipped = {"scenarios/default.yaml",
                                           "scenarios/designs/line-only.yaml",
                                           "scenarios/designs/adhoc-crisis-group.yaml",
                                           "scenarios/designs/small-staff.yaml",
                                           "scenarios/designs/coordinator-group.yaml",
                                           "scenarios/designs/flexible-arena.yaml",
                                           "scenarios/normal/line-only.yaml",
                                           "scenarios/normal/adhoc-crisis-group.yaml",
                                           "scenarios/normal/small-staff.yaml",
                                           "scenarios/normal/coordinator-group.yaml",
                                           "scenarios/normal/flexible-arena.yaml",
                                           "scenarios/normal/adhoc-crisis-group-continues.yaml",
                                           "scenarios/normal/flexible-arena-decisive.yaml",
                                           "scenarios/robustness/line-only.yaml",
                                           "scenarios/robustness/adhoc-crisis-group.yaml",
                                           "scenarios/robustness/small-staff.yaml",
                                           "scenarios/robustness/coordinator-group.yaml",
                                           "scenarios/robustness/flexible-arena.yaml",
                                           "scenarios/initiatives/leader-teams.yaml",
                                           "scenarios/initiatives/leader-teams-arena.yaml",
                                           "scenarios/initiatives/expert-models.yaml",
                                           "scenarios/initiatives/expert-models-arena.yaml",
                                           "scenarios/initiatives/formal-organisation.yaml",
                                           "scenarios/initiatives/formal-organisation-arena.yaml",
                                           "scenarios/initiatives/informal-organisation.yaml",
                                           "scenarios/initiatives/informal-organisation-arena.yaml"};
// Initiative columns: missing exactly when initiatives are off; the per-adoption means are missing
// when nothing was adopted.
bool initiativeColumn(const std::string& key) {
  return key.starts_with("initiative") || key.starts_with("co_creation");
}
// A horizon well inside the run, so that every restricted mean is observable.
const std::vector<std::string> kSmall = {"municipality.staff=300",   "days=120",
                                         "crisis.start_day=20",      "crisis.duration_days=80",
                                         "outcomes.horizon_days=20", "events.key_person_loss.day=50"};

// The before/after columns of a key-person loss (docs/outputs.md): missing exactly without one.
bool lossColumn(const std::string& key) {
  return key.starts_with("before_loss_") || key.starts_with("after_loss_") || key.starts_with("loss_") ||
         key == "key_persons_lost" || key == "key_person_items_returned" ||
         key == "key_person_seats_refilled";
}
}  // namespace

TEST_CASE("all shipped scenarios run at small scale with the documented columns first",
          "[models][scenarios]") {
  // docs/outputs.md: the main outcome columns after scenario, replicate, seed (agent_steps and
  // wall_seconds are added by the writer).
  const std::vector<std::string> required = {"issues_raised",
                                             "issues_resolved",
                                             "issues_dropped",
                                             "resolved_share",
                                             "cross_sector_resolved_share",
                                             "rmst_days",
                                             "cross_sector_rmst_days",
                                             "q1_rmst_days",
                                             "q2_rmst_days",
                                             "q3_rmst_days",
                                             "q4_rmst_days",
                                             "q1_resolved_share",
                                             "q2_resolved_share",
                                             "q3_resolved_share",
                                             "q4_resolved_share",
                                             "crisis_rmst_days",
                                             "crisis_cross_sector_rmst_days",
                                             "crisis_resolved_share",
                                             "crisis_cross_sector_resolved_share",
                                             "solved_latency_mean_days",
                                             "duplicate_solutions",
                                             "action_items_lost",
                                             "overload_share",
                                             "service_continuity",
                                             "weak_signals_early_share",
                                             "innovations",
                                             "meeting_hours",
                                             "mean_constraint",
                                             "cross_sector_tie_density"};
  for (const auto& file : kShipped) {
    INFO(file);
    const Scenario s = loadScenario(file, kSmall);
    const auto r = runMunicipality(s, {0, 42});
    REQUIRE(r.summary.size() >= required.size());
    for (std::size_t k = 0; k < required.size(); ++k) CHECK(r.summary[k].first == required[k]);
    // Every value is a number or missing (NaN, written empty); crisis measures are missing exactly
    // when there is no crisis; the rest is observed in every shipped scenario.
    for (const auto& [key, value] : r.summary) {
      INFO(key);
      CHECK(!std::isinf(value));
      // The 90th percentiles of the time to resolution (not of solved cases only) are missing while
      // more than a tenth is unsolved at the horizon.
      const bool p90 = key.ends_with("p90_days") && !key.starts_with("solved_");
      if (p90) CHECK((std::isnan(value) || (value >= 0 && value <= s.outcomes.horizonDays)));
      if (p90 && key.starts_with("crisis_") && !s.crisis.enabled)
        CHECK(std::isnan(value));
      else if (p90)
        continue;
      else if (key.starts_with("crisis_"))
        CHECK(std::isnan(value) == !s.crisis.enabled);
      else if (lossColumn(key) && s.events.keyPersonLoss.count == 0)
        CHECK(std::isnan(value));
      else if (lossColumn(key) && key.find("cross_sector_r") != std::string::npos)
        CHECK(!std::isinf(value));  // a window may hold no cross-sector issue at 300 staff
      else if (initiativeColumn(key))
        CHECK((!s.initiatives.enabled
                   ? std::isnan(value)
                   : std::isfinite(value) || key.ends_with("_spread_units") || key.ends_with("_share")));
      else if (key != "weak_signals_early_share" && key != "q4_solved_latency_mean_days" &&
               key != "resolved_workaround_share")
        CHECK(std::isfinite(value));
    }
    CHECK(test::metric(r, "issues_raised") > 0);
    if (s.events.keyPersonLoss.count > 0) CHECK(test::metric(r, "key_persons_lost") > 0);
    CHECK(r.agentSteps ==
          std::uint64_t{300} * static_cast<std::uint64_t>(s.warmupDays + 120));  // warm-up included
    REQUIRE(r.tables.size() == 2);
    CHECK(r.tables[0].first == "network");
    // sectors: every staff member in exactly one sector; coordination-group members only where a
    // group formed (a crisis-triggered one by day 40 here: crisis day 20 + forms_after_days).
    REQUIRE(r.tables[1].first == "sectors");
    const auto& sectors = r.tables[1].second;
    REQUIRE(sectors.columns() == std::vector<std::string>{"sector", "staff", "hub_members"});
    std::int64_t staff = 0, members = 0;
    for (const auto& row : sectors.rows()) {
      staff += std::get<std::int64_t>(row[1]);
      members += std::get<std::int64_t>(row[2]);
    }
    CHECK(staff == 300);
    if (s.hub.enabled && (s.hub.trigger == Trigger::Always || s.crisis.enabled))
      CHECK(members > 0);
    else
      CHECK(members == 0);
    CHECK(!r.series.empty());
  }
}

TEST_CASE("same scenario and seed give identical results", "[models][determinism]") {
  const Scenario s = loadScenario("scenarios/designs/flexible-arena.yaml", kSmall);
  const auto a = runMunicipality(s, {0, 7});
  const auto b = runMunicipality(s, {0, 7});
  REQUIRE(a.summary.size() == b.summary.size());
  auto same = [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); };
  for (std::size_t k = 0; k < a.summary.size(); ++k) CHECK(same(a.summary[k].second, b.summary[k].second));
  REQUIRE(a.series.size() == b.series.size());
  for (std::size_t k = 0; k < a.series.size(); ++k) CHECK(same(a.series[k].value, b.series[k].value));
  const auto c = runMunicipality(s, {0, 8});
  CHECK(test::metric(a, "issues_raised") != test::metric(c, "issues_raised"));
}

TEST_CASE("initiatives: same seed, same results; runs without them are unchanged", "[models][determinism]") {
  const Scenario s = loadScenario("scenarios/initiatives/informal-organisation-arena.yaml", kSmall);
  const auto a = runMunicipality(s, {0, 7});
  const auto b = runMunicipality(s, {0, 7});
  REQUIRE(a.summary.size() == b.summary.size());
  auto same = [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); };
  for (std::size_t k = 0; k < a.summary.size(); ++k) CHECK(same(a.summary[k].second, b.summary[k].second));
  CHECK(test::metric(a, "initiatives_started") > 0);
  // Switching initiatives on and off with zero starts leaves every other column as it was.
  auto off = loadScenario("scenarios/initiatives/informal-organisation-arena.yaml", kSmall);
  off.initiatives.enabled = false;
  auto idle = off;
  idle.initiatives.enabled = true;
  idle.initiatives.startsPerYear = 0;
  const auto x = runMunicipality(off, {0, 7});
  const auto y = runMunicipality(idle, {0, 7});
  for (std::size_t k = 0; k < x.summary.size(); ++k)
    if (!initiativeColumn(x.summary[k].first)) CHECK(same(x.summary[k].second, y.summary[k].second));
}

TEST_CASE("bad scenario input is one InputError naming the key", "[models][input]") {
  const std::string file = "scenarios/default.yaml";
  CHECK_THROWS_WITH(loadScenario(file, {"hub.mandate=bossy"}), Catch::Contains("hub.mandate"));
  CHECK_THROWS_WITH(loadScenario(file, {"hub.sise=3"}), Catch::Contains("hub.sise"));
  CHECK_THROWS_WITH(loadScenario(file, {"municipality.critical_sector=9"}),
                    Catch::Contains("municipality.critical_sector"));
  // A description is for one line of the terminal and a table row: a page of text is refused.
  CHECK_THROWS_WITH(loadScenario(file, {"description=" + std::string(401, 'x')}),
                    Catch::EndsWith("description: expected one line of plain text of at most 400 characters, "
                                    "got 401 characters"));
  // Too few staff for seven sectors' structure: rejected when the organisation is built.
  CHECK_THROWS_AS(runMunicipality(loadScenario(file, {"municipality.staff=20"}), {0, 1}), sim::InputError);
}

TEST_CASE("every shipped scenario and sweep says what it is, in English and in bokmål",
          "[models][scenarios]") {
  // Every file, so a new one cannot be shipped without it (kShipped lists only the scenarios).
  std::size_t scenarios = 0, sweeps = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator("scenarios")) {
    if (entry.path().extension() != ".yaml") continue;
    const std::string file = entry.path().string();
    INFO(file);
    std::string text, textNb;
    if (entry.path().parent_path().filename() == "sweeps") {
      // Sweep files are read by app/sweep_plan.cpp with the same reader.
      const YAML::Node root = YAML::LoadFile(file);
      REQUIRE(root["description"]);
      REQUIRE(root["description_nb"]);
      text = sim::readDescription(root["description"], {file}, "description");
      textNb = sim::readDescription(root["description_nb"], {file}, "description_nb");
      ++sweeps;
    } else {
      const Scenario s = loadScenario(file, {});
      text = s.description;
      textNb = s.descriptionNb;
      // manifest.json's resolved scenario carries both.
      const auto json = scenarioSchema().toJson(s);
      CHECK(json["description"] == text);
      CHECK(json["description_nb"] == textNb);
      ++scenarios;
    }
    CHECK(text.size() > 40);
    CHECK(textNb.size() > 40);
    CHECK(text != textNb);
    CHECK(text.back() == '.');
    CHECK(textNb.back() == '.');
    // Plain words for the room: the model's own terms stay in the code and the ODD.
    for (const char* jargon : {"hub", "liaison", "arena", "broker", "agent", "Hub", "Liaison", "Arena"}) {
      CHECK(text.find(jargon) == std::string::npos);
      CHECK(textNb.find(jargon) == std::string::npos);
    }
  }
  CHECK(scenarios == kShipped.size() + 2);  // and the two calibration variants
  CHECK(sweeps == 8);
}
