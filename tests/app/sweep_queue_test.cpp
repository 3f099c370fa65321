// The run queue of a cluster sweep (hand-out order, stop after a failure, failure messages) and
// the planned run that travels between ranks.
#include <catch2/catch.hpp>

#include "app/sweep_queue.hpp"
#include "sim/input_error.hpp"

using namespace samsim::app;

namespace {

RunOutcome finished(std::size_t index, bool failed = false, std::string message = {}, bool badInput = false) {
  RunOutcome o;
  o.index = index;
  o.failed = failed;
  o.badInput = badInput;
  o.message = std::move(message);
  return o;
}

}  // namespace

TEST_CASE("run queue: every run is handed out once, in plan order, whoever asks", "[sweep][queue]") {
  samsim::sim::Progress progress("t", 4, 0, true);
  RunQueue queue(4, progress);
  CHECK(queue.next(2, {}) == std::optional<std::size_t>(0));
  CHECK(queue.next(0, {}) == std::optional<std::size_t>(1));
  CHECK(queue.next(2, finished(0)) == std::optional<std::size_t>(2));
  CHECK(queue.next(1, {}) == std::optional<std::size_t>(3));
  CHECK(queue.next(1, finished(3)) == std::nullopt);
  CHECK(queue.next(0, finished(1)) == std::nullopt);
  CHECK(queue.next(2, finished(2)) == std::nullopt);
  CHECK(queue.handedOut() == 4);
  CHECK_NOTHROW(queue.throwIfFailed());
}

TEST_CASE("run queue: a report of a run the rank was not given is a logic error", "[sweep][queue]") {
  samsim::sim::Progress progress("t", 3, 0, true);
  RunQueue queue(3, progress);
  REQUIRE(queue.next(1, {}) == std::optional<std::size_t>(0));
  CHECK_THROWS_AS(queue.next(2, finished(0)), std::logic_error);  // rank 1 holds it
  CHECK_THROWS_AS(queue.next(1, finished(2)), std::logic_error);  // never handed out
  queue.report(1, finished(0));
  CHECK_THROWS_AS(queue.report(1, finished(0)), std::logic_error);  // reported twice
}

TEST_CASE("run queue: a rank may take several runs at once, never more than are left", "[sweep][queue]") {
  samsim::sim::Progress progress("t", 5, 0, true);
  RunQueue queue(5, progress);
  CHECK(queue.take(1, 2) == std::vector<std::size_t>{0, 1});
  CHECK(queue.take(2, 2) == std::vector<std::size_t>{2, 3});
  queue.report(1, finished(1));
  CHECK(queue.take(1, 3) == std::vector<std::size_t>{4});
  CHECK(queue.take(2, 1).empty());
  CHECK(queue.handedOut() == 5);
}

TEST_CASE("run queue: after a failure nothing more is handed out, and the failure names run and rank",
          "[sweep][queue]") {
  samsim::sim::Progress progress("t", 10, 0, true);
  RunQueue queue(10, progress);
  REQUIRE(queue.next(0, {}) == std::optional<std::size_t>(0));
  REQUIRE(queue.next(1, {}) == std::optional<std::size_t>(1));
  REQUIRE(queue.next(2, {}) == std::optional<std::size_t>(2));
  CHECK(queue.next(1, finished(1, true, "run p000001-r0000 (point 1, replicate 0): disk full")) ==
        std::nullopt);
  // The others finish what they hold; one of them fails too.
  CHECK(queue.next(0, finished(0)) == std::nullopt);
  CHECK(queue.next(2, finished(2, true, "run p000002-r0000 (point 2, replicate 0): bad value", true)) ==
        std::nullopt);
  CHECK(queue.handedOut() == 3);
  try {
    queue.throwIfFailed();
    FAIL("expected the failure to be thrown");
  } catch (const samsim::sim::InputError&) {
    FAIL("the first failure was internal, not bad input");
  } catch (const std::runtime_error& e) {
    const std::string what = e.what();
    CHECK(what.starts_with("rank 1: run p000001-r0000 (point 1, replicate 0): disk full"));
    CHECK(what.find("also rank 2: run p000002-r0000") != std::string::npos);
    CHECK(what.find("re-running the same command finishes the rest") != std::string::npos);
  }
}

TEST_CASE("run queue: a first failure from bad input keeps its kind (exit 2)", "[sweep][queue]") {
  samsim::sim::Progress progress("t", 2, 0, true);
  RunQueue queue(2, progress);
  REQUIRE(queue.next(3, {}) == std::optional<std::size_t>(0));
  CHECK(queue.next(3, finished(0, true, "run p000000-r0000: cannot open", true)) == std::nullopt);
  CHECK_THROWS_AS(queue.throwIfFailed(), samsim::sim::InputError);
}

TEST_CASE("run outcome and planned run survive the trip between ranks", "[sweep][queue]") {
  const RunOutcome o = finished(7, true, "why", true);
  const RunOutcome back = RunOutcome::fromJson(nlohmann::json::parse(o.toJson().dump()));
  CHECK(back.index == std::optional<std::size_t>(7));
  CHECK(back.failed);
  CHECK(back.badInput);
  CHECK(back.message == "why");
  CHECK_FALSE(RunOutcome::fromJson(RunOutcome{}.toJson()).index.has_value());

  PlannedRun run;
  run.point = 12;
  run.replicate = 3;
  run.seed = 18'446'744'073'709'551'557ULL;  // above 2^63: must not pass through a double or int64
  run.base = "/data/scenarios/default.yaml";
  run.overrides = {"days=60", "hub.size=7"};
  run.parameters = {"hub.size"};
  run.values = {"7"};
  const PlannedRun copy = PlannedRun::fromJson(nlohmann::json::parse(run.toJson().dump()));
  CHECK(copy.point == 12);
  CHECK(copy.replicate == 3);
  CHECK(copy.seed == run.seed);
  CHECK(copy.base == run.base);
  CHECK(copy.overrides == run.overrides);
  CHECK(copy.parameters == run.parameters);
  CHECK(copy.values == run.values);
  CHECK(copy.name() == "p000012-r0003");
}
