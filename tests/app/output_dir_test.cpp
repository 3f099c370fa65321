// Output directories end to end: a sweep resumes only what it can trust, one command at a time
// writes a directory, and a directory holds one result (sim/output_directory, app/cmd_sweep).
#include <sys/file.h>

#include <fcntl.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/app/cli_runner.hpp"

using namespace samsim::test;
namespace fs = std::filesystem;

namespace {

const std::string kSmall = " --set municipality.staff=300 --set days=60 --set crisis.start_day=10";

// A copy of the default scenario (so the test may change it) and a 2-point × 2-replicate sweep.
fs::path writeSweep(const fs::path& dir) {
  std::string scenario = readText("scenarios/default.yaml");
  std::ofstream(dir / "base.yaml") << scenario;
  std::ofstream(dir / "sweep.yaml") << "version: 1\nname: t\nbase: base.yaml\n"
                                       "set: {municipality.staff: 300, days: 60, crisis.start_day: 10}\n"
                                       "replicates: 2\nseed: 9\n"
                                       "parameters:\n  - {path: hub.size, values: [4, 8]}\n";
  return dir / "sweep.yaml";
}

std::size_t lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

TEST_CASE("sweep: a changed base scenario is refused on resume, naming what changed",
          "[cli][sweep][output]") {
  const auto dir = scratchDir("sweep_identity");
  const auto sweep = writeSweep(dir);
  const std::string command = "sweep " + sweep.string() + " -q --out " + (dir / "o").string();
  REQUIRE(runCli(command).exitCode == 0);
  std::string base = readText(dir / "base.yaml");
  const auto at = base.find("  liaison: true\n");
  REQUIRE(at != std::string::npos);
  base.replace(at, 16, "  liaison: false\n");
  std::ofstream(dir / "base.yaml", std::ios::trunc) << base;
  const auto r = runCli(command);
  CHECK(r.exitCode == 2);
  CHECK(r.err.find("'/base_scenario/hub/liaison' changed") != std::string::npos);
  CHECK(lines(r.err) == 1);
}

TEST_CASE("sweep: only this program's temporaries are removed; damaged run files are redone",
          "[cli][sweep][output]") {
  const auto dir = scratchDir("sweep_resume");
  const auto sweep = writeSweep(dir);
  const std::string command = "sweep " + sweep.string() + " -q -t 2 --out ";
  REQUIRE(runCli(command + (dir / "full").string()).exitCode == 0);

  const auto out = dir / "cut";
  fs::create_directories(out / "runs" / ".hidden");
  std::ofstream(out / "runs" / ".notes") << "mine";
  std::ofstream(out / ".notes") << "mine";
  REQUIRE(runCli(command + out.string()).exitCode == 0);
  // Kills at the renames of the assembled files and a run file cut short by a full disk.
  std::ofstream(out / ".runs.csv.tmp4242") << "point,sc";
  std::ofstream(out / ".manifest.json.tmp4242") << "{";
  std::ofstream(out / ".timeseries.csv.tmp77") << "point";
  const auto damaged = out / "runs" / "p000001-r0000.summary.csv";
  const auto text = readText(damaged);
  std::ofstream(damaged, std::ios::trunc) << text.substr(0, text.size() / 2);
  const auto series = out / "runs" / "p000000-r0001.timeseries.csv";
  fs::resize_file(series, fs::file_size(series) - 10);
  fs::remove(out / "manifest.json");

  const auto r = runCli(command + out.string());
  REQUIRE(r.exitCode == 0);
  CHECK(readText(out / "runs.csv") == readText(dir / "full" / "runs.csv"));
  CHECK(readText(out / "timeseries.csv") == readText(dir / "full" / "timeseries.csv"));
  CHECK(nlohmann::json::parse(readText(out / "manifest.json"))["runs_resumed_from_disk"] == 2);
  for (const char* name : {".runs.csv.tmp4242", ".manifest.json.tmp4242", ".timeseries.csv.tmp77"})
    CHECK_FALSE(fs::exists(out / name));
  CHECK(readText(out / "runs" / ".notes") == "mine");
  CHECK(readText(out / ".notes") == "mine");
  CHECK(fs::is_directory(out / "runs" / ".hidden"));
}

TEST_CASE("a second command into a directory in use exits 2 naming the holder", "[cli][output]") {
  const auto dir = scratchDir("locked");
  fs::create_directories(dir / "o");
  // Another samsim holds the directory (the lock file names it).
  const int fd = ::open((dir / "o" / ".samsim.lock").c_str(), O_RDWR | O_CREAT, 0644);
  REQUIRE(fd >= 0);
  REQUIRE(::write(fd, "samsim sweep (pid 1)\n", 21) == 21);
  REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);
  const auto r = runCli("run scenarios/default.yaml -n 1 -q" + kSmall + " --out " + (dir / "o").string());
  CHECK(r.exitCode == 2);
  CHECK(r.err.find("in use by samsim sweep (pid 1)") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "o" / "summary.csv"));
  ::close(fd);
  CHECK(runCli("run scenarios/default.yaml -n 1 -q" + kSmall + " --out " + (dir / "o").string()).exitCode ==
        0);
}

TEST_CASE("a directory holds one result: another command's is refused, a failed run leaves no manifest",
          "[cli][output]") {
  const auto dir = scratchDir("one_result");
  const std::string options = " -n 2 -q" + kSmall + " --out ";
  const std::string small = options + (dir / "o").string();
  REQUIRE(runCli("compare scenarios/default.yaml scenarios/designs/line-only.yaml" + small).exitCode == 0);
  const auto r = runCli("run scenarios/default.yaml" + small);
  CHECK(r.exitCode == 2);
  CHECK(r.err.find("holds the result of another command (comparison.csv)") != std::string::npos);
  CHECK(fs::exists(dir / "o" / "manifest.json"));  // the earlier result is left alone

  REQUIRE(runCli("run scenarios/default.yaml" + options + (dir / "o2").string()).exitCode == 0);
  // A report of the earlier result does not stay beside the next result in the same directory.
  REQUIRE(runCli("report " + (dir / "o2").string()).exitCode == 0);
  REQUIRE(fs::exists(dir / "o2" / "report.html"));
  // -o with a folder (new, with a trailing slash, or existing) puts report.html in it.
  CHECK(runCli("report " + (dir / "o2").string() + " -o " + (dir / "reports").string() + "/").exitCode == 0);
  CHECK(fs::exists(dir / "reports" / "report.html"));
  CHECK(runCli("report " + (dir / "o2").string() + " -o " + (dir / "o2").string()).exitCode == 0);
  // A report of a folder that is not there makes no folder.
  CHECK(runCli("report " + (dir / "typo").string() + " -o " + (dir / "new").string() + "/").exitCode == 2);
  CHECK_FALSE(fs::exists(dir / "typo"));
  CHECK_FALSE(fs::exists(dir / "new"));
  REQUIRE(runCli("run scenarios/designs/line-only.yaml" + options + (dir / "o2").string()).exitCode == 0);
  CHECK_FALSE(fs::exists(dir / "o2" / "report.html"));
  // A later run that fails while writing must not leave the earlier manifest beside new files.
  fs::remove(dir / "o2" / "timeseries.csv");
  fs::create_directories(dir / "o2" / "timeseries.csv" / "blocked");
  const auto failed = runCli("run scenarios/default.yaml" + options + (dir / "o2").string());
  CHECK(failed.exitCode == 2);
  CHECK_FALSE(fs::exists(dir / "o2" / "manifest.json"));
}

TEST_CASE("-q prints nothing on success, also with more threads than cores", "[cli][output]") {
  const auto dir = scratchDir("quiet");
  const auto r =
      runCli("run scenarios/default.yaml -n 2 -q -t 64" + kSmall + " --out " + (dir / "o").string());
  CHECK(r.exitCode == 0);
  CHECK(r.out.empty());
  CHECK(r.err.empty());
}

TEST_CASE("an unusable --out is found before any run", "[cli][output]") {
  const auto dir = scratchDir("unusable_out");
  std::ofstream(dir / "file") << "x";
  // 100000 replicates would take hours: the answer must come at once.
  const auto r = runCli("run scenarios/default.yaml -n 100000 -q --out " + (dir / "file" / "o").string());
  CHECK(r.exitCode == 2);
  CHECK(r.err.find("cannot create the output directory") != std::string::npos);
  const auto s =
      runCli("sweep scenarios/sweeps/hub-size-x-crisis-length.yaml -q --out " + (dir / "file").string());
  CHECK(s.exitCode == 2);
  CHECK(s.err.find("expected a directory, found a file") != std::string::npos);
}
