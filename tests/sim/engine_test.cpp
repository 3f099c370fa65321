// Scheduler, executors, data collection, tables and atomic files.
#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "sim/atomic_file.hpp"
#include "sim/data_collector.hpp"
#include "sim/executor.hpp"
#include "sim/random.hpp"
#include "sim/replicate_runner.hpp"
#include "sim/scheduler.hpp"
#include "sim/table.hpp"

using namespace samsim::sim;

TEST_CASE("scheduler: one-off events first, then recurring in registration order", "[scheduler]") {
  Scheduler s;
  std::string log;
  s.daily("d", [&](const Clock& c) { log += "d" + std::to_string(c.day); });
  s.every(5, 4, "weekly", [&](const Clock& c) { log += "w" + std::to_string(c.day); });
  s.at(2, "phase", [&](const Clock& c) { log += "p" + std::to_string(c.day); });
  s.run(10);
  CHECK(log == "d0d1p2d2d3d4w4d5d6d7d8d9w9");
  CHECK_THROWS(s.every(0, 0, "bad", [](const Clock&) {}));
}

TEST_CASE("clock counts working weeks", "[clock]") {
  CHECK(Clock{4}.week() == 0);
  CHECK(Clock{5}.week() == 1);
  CHECK(Clock{9}.isWeekEnd());
  CHECK_FALSE(Clock{10}.isWeekEnd());
}

TEST_CASE("every executor runs every job exactly once", "[executor]") {
  for (int threads : {1, 2, 4}) {
    auto executor = makeExecutor(threads);
    CHECK(executor->threads() == (threads == 1 ? 1 : threads));
    std::vector<std::atomic<int>> hits(1000);
    executor->forEach(hits.size(), [&](std::size_t i) { hits[i]++; });
    for (const auto& h : hits) REQUIRE(h.load() == 1);
  }
}

TEST_CASE("replicate results do not depend on the thread count", "[executor][determinism]") {
  auto job = [](const ReplicateSpec& spec) {
    RandomStream s(spec.seed, 0, purpose("job"));
    RunResult r;
    double x = 0;
    for (int i = 0; i < 10000; ++i) x += s.normal(0, 1);
    r.summary.emplace_back("x", x);
    return r;
  };
  SerialExecutor serial;
  TbbExecutor parallel(2);
  const auto a = runReplicates(serial, 99, 16, job);
  const auto b = runReplicates(parallel, 99, 16, job);
  REQUIRE(a.size() == 16);
  for (std::size_t i = 0; i < a.size(); ++i) CHECK(a[i].summary == b[i].summary);
  CHECK(a[0].summary != a[1].summary);
}

TEST_CASE("data collector keeps declaration order and tags series points", "[data]") {
  DataCollector c;
  double v = 1;
  c.addSeries("a", [&] { return v; });
  c.addSeries("b", [&] { return 2 * v; });
  c.addSummary("total", [&] { return 10 * v; });
  c.sample(4);
  v = 3;
  c.sample(9);
  const auto r = c.finish();
  REQUIRE(r.series.size() == 4);
  CHECK(r.series[3].day == 9);
  CHECK(r.series[3].metric == 1);
  CHECK(r.series[3].value == 6);
  CHECK(r.seriesNames == std::vector<std::string>{"a", "b"});
  CHECK(r.summary.front() == std::pair<std::string, double>{"total", 30});
}

TEST_CASE("tables write CSV with escaping and shortest round-trip numbers", "[table]") {
  Table t({"name", "n", "x"});
  t.add({std::string("a,b"), std::int64_t{3}, 0.1});
  t.add({std::string("say \"hi\""), std::int64_t{-1}, -0.0});
  CHECK(t.toCsv() == "name,n,x\n\"a,b\",3,0.1\n\"say \"\"hi\"\"\",-1,0\n");
  CHECK(formatCell(std::nan("")).empty());
  CHECK_THROWS_AS(t.add({std::int64_t{1}}), std::logic_error);
}

TEST_CASE("atomic writer leaves nothing behind unless committed", "[atomic]") {
  const auto dir = std::filesystem::temp_directory_path() / ("samsim_atomic_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  {
    AtomicWriter w(dir / "a.csv");
    w.stream() << "partial";
  }
  CHECK_FALSE(std::filesystem::exists(dir / "a.csv"));
  CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator{}) == 0);
  writeFileAtomically(dir / "b.csv", "done\n");
  std::ifstream in(dir / "b.csv");
  std::stringstream text;
  text << in.rdbuf();
  CHECK(text.str() == "done\n");
  std::filesystem::remove_all(dir);
}
