// `samsim serve` over HTTP on an ephemeral loopback port: a streamed run ends with exactly the
// numbers `samsim compare` writes for the same scenario files and seeds; bad requests get 400 with
// the key named; the work is bounded; a page that goes away cancels its run and frees the server.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <string>
#include <thread>

#include "analysis/report/clear_difference.hpp"
#include "analysis/report/csv_file.hpp"
#include "app/serve/workshop_server.hpp"
#include "tests/app/cli_runner.hpp"
#include "tests/app/serve/test_server.hpp"

using Json = nlohmann::json;
namespace serve = samsim::app::serve;

namespace {

using samsim::test::Event;
using samsim::test::parseEvents;
using samsim::test::post;
using samsim::test::TestServer;
using samsim::test::tinyRequest;

serve::ServeOptions options(const std::string& name, int waiting = 4) {
  serve::ServeOptions o;
  o.host = "127.0.0.1";
  o.port = 0;
  o.out = samsim::test::scratchDir(name);
  o.threads = 2;
  o.maxWaiting = waiting;
  return o;
}

// The cell of comparison.csv for one scenario, metric and column, as written.
std::string csvCell(const samsim::analysis::report::CsvFile& csv, const std::string& scenario,
                    const std::string& metric, const std::string& column) {
  const auto s = csv.requireColumn("scenario");
  const auto m = csv.requireColumn("metric");
  for (std::size_t row = 0; row < csv.rowCount(); ++row)
    if (csv.cell(row, s) == scenario && csv.cell(row, m) == metric)
      return csv.cell(row, csv.requireColumn(column));
  FAIL("no row for " << scenario << " / " << metric);
  return {};
}

// Missing stays missing end to end: JSON null exactly where the CSV cell is empty, and otherwise the
// same number (never a missing value turned into 0, never a number dropped).
void checkSame(const Json& streamed, const samsim::analysis::report::CsvFile& csv,
               const std::string& scenario, const std::string& metric, const std::string& column) {
  const std::string cell = csvCell(csv, scenario, metric, column);
  INFO(scenario << " / " << metric << " / " << column << ": streamed " << streamed.dump() << ", csv '" << cell
                << "'");
  if (cell.empty()) {
    CHECK(streamed.is_null());
    return;
  }
  REQUIRE(streamed.is_number());
  CHECK(streamed.get<double>() == std::stod(cell));
}

}  // namespace

TEST_CASE("a streamed workshop run ends with the numbers of samsim compare for the same files and seeds") {
  TestServer server(options("serve_determinism"));
  auto client = server.client();
  const auto run = post(client, "/api/run", tinyRequest(3));
  REQUIRE(run);
  REQUIRE(run->status == 200);
  const auto events = parseEvents(run->body);
  REQUIRE(events.size() >= 3);
  CHECK(events.front().name == "started");
  CHECK(events.back().name == "done");
  // Replicate by replicate: the count only grows, the first answer comes after one replicate.
  CHECK(events[1].data["done"] == 1);
  for (std::size_t i = 2; i < events.size(); ++i) CHECK(events[i].data["done"] > events[i - 1].data["done"]);
  const Json& done = events.back().data;
  REQUIRE(done["done"] == 3);
  REQUIRE_FALSE(done["metrics"].empty());
  // Each compared scenario says what it is; the line alone is not described as the base design.
  REQUIRE(done["scenarios"].size() == 3);
  for (const auto& scenario : done["scenarios"])
    CHECK_FALSE(scenario["description"].get<std::string>().empty());
  CHECK(done["scenarios"][2]["description"].get<std::string>().starts_with(
      "The same world with no coordination"));
  CHECK_FALSE(done["timeline"]["series"].empty());
  // The rule in the report's words, and per comparison the smallest difference that matters.
  CHECK(done["clear_rule"] == std::string(samsim::analysis::report::clearDifferenceRule()));
  for (const auto& metric : done["metrics"])
    if (metric["vs_unedited"]["smallest"].is_number()) CHECK(metric["vs_unedited"]["smallest"] >= 0.0);

  // The same three scenarios as files, compared by the CLI.
  const auto files = post(client, "/api/scenarios", tinyRequest(3));
  REQUIRE(files->status == 200);
  const Json yaml = Json::parse(files->body);
  const auto dir = samsim::test::scratchDir("serve_determinism_cli");
  std::vector<std::string> names;
  for (const char* role : {"unedited", "edited", "line-only"}) {
    std::ofstream(dir / (std::string(role) + ".yaml")) << yaml[role].get<std::string>();
    names.push_back((dir / (std::string(role) + ".yaml")).string());
  }
  const auto cli = samsim::test::runCli("compare " + names[0] + " " + names[1] + " " + names[2] +
                                        " --replicates 3 --quiet --out " + (dir / "cmp").string());
  REQUIRE(cli.exitCode == 0);
  const auto csv = samsim::analysis::report::CsvFile::read(dir / "cmp" / "comparison.csv");
  const auto cliLine = samsim::test::runCli("compare " + names[2] + " " + names[1] +
                                            " --replicates 3 --quiet --out " + (dir / "cmp-line").string());
  REQUIRE(cliLine.exitCode == 0);
  const auto csvLine = samsim::analysis::report::CsvFile::read(dir / "cmp-line" / "comparison.csv");

  for (const auto& metric : done["metrics"]) {
    const std::string name = metric["name"];
    for (std::size_t s = 0; s < 3; ++s) {
      const std::string scenario = done["scenarios"][s]["name"];
      checkSame(metric["scenarios"][s]["mean"], csv, scenario, name, "mean");
      checkSame(metric["scenarios"][s]["low"], csv, scenario, name, "ci_low");
      checkSame(metric["scenarios"][s]["high"], csv, scenario, name, "ci_high");
    }
    const std::string edited = done["scenarios"][1]["name"];
    checkSame(metric["vs_unedited"]["mean"], csv, edited, name, "diff_mean");
    checkSame(metric["vs_unedited"]["low"], csv, edited, name, "diff_ci_low");
    checkSame(metric["vs_line_only"]["mean"], csvLine, edited, name, "diff_mean");
    checkSame(metric["vs_line_only"]["high"], csvLine, edited, name, "diff_ci_high");
  }

  // The page shows the report's headline outcomes, in its order, then the solved-only average.
  std::vector<std::string> shown;
  for (const auto& metric : done["metrics"]) shown.push_back(metric["name"]);
  CHECK(shown == std::vector<std::string>{"resolved_share", "rmst_days", "cross_sector_rmst_days",
                                          "service_continuity", "overload_share", "cross_sector_p90_days",
                                          "overtime_hours", "director_coordination_hours_per_day",
                                          "meeting_hours", "cross_sector_resolved_by_horizon_share",
                                          "solved_latency_mean_days"});
  CHECK(done["metrics"].back()["solved_only"] == true);
  // 60 measured days are fewer than the 120-day horizon: the restricted means are not observed, and
  // say so rather than showing 0.
  CHECK(done["world"]["days"] == 60);
  CHECK(done["world"]["horizon_days"] == 120);
  for (const auto& metric : done["metrics"])
    if (metric["name"] == "rmst_days") {
      for (const auto& scenario : metric["scenarios"]) {
        CHECK(scenario["n"] == 0);
        CHECK(scenario["mean"].is_null());
      }
      CHECK(metric["vs_unedited"]["verdict"] == "not observed");
    } else if (metric["name"] == "resolved_share") {
      CHECK(metric["scenarios"][0]["mean"].is_number());
    }
}

TEST_CASE("bad workshop requests get HTTP 400 with one line naming the key") {
  TestServer server(options("serve_bad"));
  auto client = server.client();
  Json request = tinyRequest(2);
  request["settings"]["hub.size"] = 0;
  auto result = post(client, "/api/run", request);
  REQUIRE(result);
  CHECK(result->status == 400);
  CHECK(result->body == "hub.size: expected an integer in [1, 500], got '0'\n");

  result = post(client, "/api/run", Json{{"design", "designs/coordinator-group"}, {"replicates", 5000}});
  CHECK(result->status == 400);
  CHECK(result->body == "replicates: expected an integer in [1, 100]\n");

  result = client.Post("/api/run", "{not json", "application/json");
  CHECK(result->status == 400);
  CHECK(result->body == "request: expected a JSON object\n");

  // A form post from another site cannot start a run: JSON only.
  result = client.Post("/api/run", tinyRequest(2).dump(), "text/plain");
  CHECK(result->status == 400);
  CHECK(result->body == "Content-Type: expected application/json\n");

  // Requests addressed to another host name (DNS rebinding) are refused.
  result = client.Get("/api/setup", httplib::Headers{{"Host", "evil.example:80"}});
  CHECK(result->status == 403);

  CHECK(client.Get("/nothing")->status == 404);
  const auto page = client.Get("/");
  REQUIRE(page->status == 200);
  CHECK(page->get_header_value("Content-Security-Policy").find("default-src 'none'") == 0);
  CHECK(page->body.find("<script>/* vega.min.js */") != std::string::npos);
  const auto setup = Json::parse(client.Get("/api/setup")->body);
  CHECK(setup["controls"].size() >= 10);
  CHECK(setup["designs"].size() >= 10);  // the five shipped designs, with and without a crisis
  // The design picker says what each design is, in English and bokmål (from the scenario files).
  for (const auto& design : setup["designs"]) {
    INFO(design["id"]);
    CHECK(design["description"].get<std::string>().size() > 40);
    CHECK(design["description_nb"].get<std::string>().size() > 40);
  }
}

TEST_CASE("a page that goes away cancels its run; the line is bounded; the server carries on") {
  TestServer server(options("serve_cancel", 1));
  Json longRequest = tinyRequest(100);
  longRequest["settings"]["municipality.staff"] = 600;
  longRequest["settings"]["days"] = 200;
  longRequest["settings"]["crisis.duration_days"] = 100;

  // The first page reads two events, then closes its connection.
  std::atomic<int> seen{0};
  std::thread first([&] {
    auto client = server.client();
    httplib::Request req;
    req.method = "POST";
    req.path = "/api/run";
    req.body = longRequest.dump();
    req.set_header("Content-Type", "application/json");
    req.content_receiver = [&](const char* data, std::size_t size, std::uint64_t, std::uint64_t) {
      const std::string text(data, size);
      for (std::size_t at = text.find("event: "); at != std::string::npos; at = text.find("event: ", at + 1))
        ++seen;
      return seen < 2 || (std::this_thread::sleep_for(std::chrono::milliseconds(1500)), false);
    };
    client.send(req);
  });
  while (seen < 1) std::this_thread::sleep_for(std::chrono::milliseconds(20));

  // While it runs: a second request waits in line, a third finds the line full.
  // (Catch2 assertions stay on the test's own thread.)
  int secondStatus = 0;
  std::vector<Event> secondEvents;
  std::thread second([&] {
    auto client = server.client();
    const auto result = post(client, "/api/run", tinyRequest(2));
    if (!result) return;
    secondStatus = result->status;
    secondEvents = parseEvents(result->body);
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  {
    auto client = server.client();
    const auto third = post(client, "/api/run", tinyRequest(2));
    REQUIRE(third);
    CHECK(third->status == 503);
  }
  first.join();
  // The cancelled run gave its slot to the waiting one, which finished long before 100 replicates
  // of the first could have.
  const auto start = std::chrono::steady_clock::now();
  second.join();
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(30));
  CHECK(secondStatus == 200);
  REQUIRE_FALSE(secondEvents.empty());
  CHECK(secondEvents.front().name == "queued");
  CHECK(secondEvents.back().name == "done");
}
