// Workshop requests go through the scenario schema like `--set`: the same checks, one-line messages
// naming the key, no file path accepted, limits on the work of one request.
#include <catch2/catch.hpp>

#include "app/serve/workshop_plan.hpp"
#include "app/serve/workshop_run.hpp"
#include "sim/input_error.hpp"

using samsim::app::serve::DesignCatalog;
using samsim::app::serve::Limits;
using samsim::app::serve::planWorkshop;
using Json = nlohmann::json;

namespace {

std::string messageOf(const Json& request) {
  const DesignCatalog catalog("scenarios", {});
  try {
    planWorkshop(request, catalog, Limits{});
  } catch (const samsim::sim::InputError& e) {
    return e.what();
  }
  return "(accepted)";
}

}  // namespace

TEST_CASE("a workshop plan holds unedited, edited and line-only scenarios with one seed") {
  const DesignCatalog catalog("scenarios", {});
  const auto plan = planWorkshop(
      Json{{"design", "designs/coordinator-group"},
           {"settings", {{"municipality.staff", 600}, {"hub.size", 12}, {"hub.mandate", "advisory"}}},
           {"replicates", 4}},
      catalog, Limits{});
  REQUIRE(plan.roles == std::vector<std::string>{"unedited", "edited", "line-only"});
  // World settings reach all three; the group's only the edited design.
  for (const auto& s : plan.scenarios) CHECK(s.municipality.staff == 600);
  CHECK(plan.scenarios[0].hub.size == 8);
  CHECK(plan.scenarios[1].hub.size == 12);
  CHECK(plan.scenarios[1].hub.mandate == samsim::models::Mandate::Advisory);
  CHECK_FALSE(plan.scenarios[2].hub.enabled);
  CHECK(plan.scenarios[1].name == "coordinator-group-edited");
  CHECK(plan.seed == plan.scenarios[0].seed);
  for (const auto& s : plan.scenarios) CHECK(s.seed == plan.seed);
  CHECK(plan.yaml[1].find("size: 12") != std::string::npos);
  CHECK(plan.changes == std::vector<std::string>{"hub.mandate=advisory", "hub.size=12"});
  // Each scenario says what it is: the base file's description, the room's changes in the page's
  // words, the line alone; the files `samsim compare` gets carry the same.
  const auto base = samsim::models::loadScenario("scenarios/designs/coordinator-group.yaml", {});
  CHECK(plan.scenarios[0].description == base.description);
  CHECK(plan.scenarios[0].descriptionNb == base.descriptionNb);
  CHECK(plan.scenarios[1].description ==
        "coordinator-group as changed in the room — What it may do with a case: advisory; Members of the "
        "group: 12.");
  CHECK(plan.scenarios[1].descriptionNb ==
        "coordinator-group slik verkstedet endret den — hub.mandate=advisory; hub.size=12.");
  CHECK(plan.scenarios[2].description.starts_with("The same world with no coordination group"));
  CHECK(plan.scenarios[2].descriptionNb.starts_with("Samme verden uten samordningsgruppe"));
  CHECK(plan.yaml[2].find("The same world with no coordination group") != std::string::npos);
  CHECK(plan.yaml[2].find("description_nb:") != std::string::npos);
  // The file comment lists the room's changes only, not the descriptions.
  CHECK(plan.yaml[1].find("# changed: municipality.staff=600, hub.mandate=advisory, hub.size=12, "
                          "name=coordinator-group-edited\n") != std::string::npos);
}

TEST_CASE("a base design without an arena is compared with its edit only") {
  const DesignCatalog catalog("scenarios", {});
  const auto plan = planWorkshop(Json{{"design", "designs/line-only"}, {"settings", {{"hub.enabled", true}}}},
                                 catalog, Limits{});
  CHECK(plan.roles == std::vector<std::string>{"unedited", "edited"});
  CHECK(plan.scenarios[1].hub.enabled);
}

TEST_CASE("bad workshop requests are refused with one line naming the key") {
  const Json base{{"design", "designs/coordinator-group"}};
  auto with = [&](const std::string& key, const Json& value) {
    Json request = base;
    request["settings"][key] = value;
    return messageOf(request);
  };
  CHECK(with("hub.size", 0) == "hub.size: expected an integer in [1, 500], got '0'");
  CHECK(with("hub.size", 2.5) == "hub.size: expected an integer, got '2.5'");
  CHECK(with("hub.mandate", "boss") ==
        "hub.mandate: expected one of information | advisory | decisive, got 'boss'");
  CHECK(with("hub.mandate", "[decisive]") == "hub.mandate: expected a number, true/false or a plain word");
  CHECK(with("hub.liaison", "yes") == "hub.liaison: expected true or false, got 'yes'");
  CHECK(with("hub.pool", "all") == "hub.pool: expected a setting the workshop page offers");
  CHECK(with("days", 50) == "crisis.start_day: expected a measured day before days (50), got 60");
  CHECK(with("municipality.staff", 20000) ==
        "municipality.staff: expected at most 15000 in a workshop run, got 20000");
  CHECK(messageOf(Json{{"design", "../../etc/passwd"}}) ==
        "design: expected one of the offered designs, got '../../etc/passwd'");
  CHECK(messageOf(Json{{"design", "designs/coordinator-group"}, {"file", "x.yaml"}}) ==
        "file: expected only design, settings, replicates and seed");
  CHECK(messageOf(Json{{"design", "designs/coordinator-group"}, {"replicates", 0}}) ==
        "replicates: expected an integer in [1, 100]");
  CHECK(messageOf(Json::array()) == "request: expected a JSON object with design, settings and replicates");
  // 15,000 staff × 460 days × 3 scenarios × 40 replicates is more than one request may ask for.
  const std::string tooMuch = messageOf(Json{{"design", "designs/coordinator-group"},
                                             {"settings", {{"municipality.staff", 15000}}},
                                             {"replicates", 40}});
  CHECK(tooMuch.rfind("replicates: expected staff × days × replicates × scenarios at most", 0) == 0);
}

TEST_CASE(
    "a difference is better or worse only when its whole interval is on one side of zero and it is at "
    "least the smallest difference that matters") {
  using samsim::analysis::Interval;
  using samsim::app::serve::verdict;
  const double nan = std::nan("");
  // Days to resolve: lower is better; the smallest difference that matters is 2 % of the value.
  const auto days = samsim::analysis::report::describeMetric("rmst_days");
  // Cases solved: higher is better; 5 % of what is left unsolved.
  const auto solved = samsim::analysis::report::describeMetric("resolved_share");
  CHECK(std::string(verdict(Interval{5, -1.2, -2.0, -0.5}, 20.0, days)) == "better");
  CHECK(std::string(verdict(Interval{5, 1.2, 0.5, 2.0}, 20.0, days)) == "worse");
  CHECK(std::string(verdict(Interval{5, -1.0, -2.0, 0.1}, 20.0, days)) == "no clear difference");
  // Certain but too small: 0.3 of 20 days is 1.5 %, under 2 % (0.4 days); 0.5 days is over.
  CHECK(std::string(verdict(Interval{5, -0.3, -0.35, -0.25}, 20.0, days)) == "no clear difference");
  CHECK(std::string(verdict(Interval{5, -0.5, -0.55, -0.45}, 20.0, days)) == "better");
  // 99.8 % solved leaves 0.2 % undone, 5 % of which is 0.01 points: +0.02 points is clear, +0.005 not.
  CHECK(std::string(verdict(Interval{5, 0.0002, 0.0001, 0.0003}, 0.998, solved)) == "better");
  CHECK(std::string(verdict(Interval{5, 0.00005, 0.00002, 0.00008}, 0.998, solved)) == "no clear difference");
  CHECK(std::string(verdict(Interval{1, 0.3, nan, nan}, 20.0, days)) == "too early");
}
