// Sweeps across MPI ranks end to end, on loopback: the files equal those of a local sweep, a job
// that lost a rank resumes on another number of ranks to the same files, and a failing run is
// named. Where samsim was built without MPI or mpirun is missing, the MPI cases fail naming the
// package, or skip with SAMSIM_SKIP_MISSING_TOOLS=1 (tests/missing_tool.hpp).
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/app/cli_runner.hpp"
#include "tests/missing_tool.hpp"

using namespace samsim::test;
namespace fs = std::filesystem;

namespace {

bool mpiAvailable() {
#ifdef SAMSIM_MPI
  return toolPresent(std::system("command -v mpirun >/dev/null 2>&1") == 0, "mpirun", "openmpi-bin");
#else
  return toolPresent(false, "MPI (samsim was built without it; configure again once installed)",
                     "libopenmpi-dev openmpi-bin");
#endif
}

// Loopback only; root is allowed because CI runs as root; oversubscribed on a 2-core machine. Under
// AddressSanitizer, Open MPI's own allocations that live until exit are not reported as leaks.
std::string mpirun(int ranks) {
  return std::string("LSAN_OPTIONS=suppressions=") + SAMSIM_SOURCE_DIR +
         "/tests/app/mpi_lsan.supp:fast_unwind_on_malloc=0 mpirun -x LSAN_OPTIONS --allow-run-as-root "
         "--oversubscribe "
         "--mca pml ob1 --mca btl self,vader --mca btl_vader_single_copy_mechanism none -np " +
         std::to_string(ranks) + " " + SAMSIM_BINARY;
}

fs::path writeSweep(const fs::path& dir, const std::string& set, int samples, int replicates) {
  auto file = dir / "sweep.yaml";
  std::ofstream(file) << "version: 1\nname: t\nbase: " << fs::absolute("scenarios/default.yaml").string()
                      << "\nset: {" << set << "}\ndesign: latin_hypercube\nsamples: " << samples
                      << "\nreplicates: " << replicates
                      << "\nseed: 9\nparameters:\n  - {path: hub.size, min: 3, max: 15, integer: true}\n"
                         "  - {path: hub.mandate, values: [information, advisory, decisive]}\n";
  return file;
}

// Every output except manifest.json (which records times, ranks and threads) is identical.
void checkSameOutputs(const fs::path& a, const fs::path& b) {
  for (const char* name : {"runs.csv", "columns.csv", "timeseries.csv", "sweep.json"}) {
    INFO(name);
    CHECK(readText(a / name) == readText(b / name));
  }
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(a / "runs")) {
    INFO(entry.path().filename().string());
    CHECK(readText(entry.path()) == readText(b / "runs" / entry.path().filename()));
    ++files;
  }
  CHECK(files == static_cast<std::size_t>(
                     std::distance(fs::directory_iterator(b / "runs"), fs::directory_iterator())));
}

std::size_t finishedRuns(const fs::path& dir) {
  std::size_t n = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir / "runs", ec))
    if (entry.path().string().ends_with(".summary.csv")) ++n;
  return n;
}

// The process started by `parent` (mpirun) whose environment says it is MPI rank `rank`.
pid_t rankProcess(pid_t parent, int rank) {
  const std::string wanted = "OMPI_COMM_WORLD_RANK=" + std::to_string(rank);
  for (const auto& entry : fs::directory_iterator("/proc")) {
    const std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream stat(entry.path() / "stat");
    std::string pid, comm, state;
    pid_t ppid = 0;
    if (!(stat >> pid >> comm >> state >> ppid) || ppid != parent) continue;
    std::string environ = readText(entry.path() / "environ");
    for (std::size_t at = 0; at < environ.size(); at = environ.find('\0', at) + 1) {
      if (environ.compare(at, wanted.size() + 1, wanted + '\0') == 0) return std::stoi(name);
      if (environ.find('\0', at) == std::string::npos) break;
    }
  }
  return 0;
}

}  // namespace

TEST_CASE("sweep on 3 MPI ranks writes the same files as a local sweep", "[cli][sweep][mpi]") {
  if (!mpiAvailable()) return;
  const auto dir = scratchDir("cluster_same");
  const auto sweep =
      writeSweep(dir, "municipality.staff: 300, days: 60, crisis.start_day: 10", 5, 3).string();
  REQUIRE(runCli("sweep " + sweep + " --quiet -t 2 --out " + (dir / "local").string()).exitCode == 0);
  const std::string command = mpirun(3) + " sweep " + sweep + " --quiet -t 1 --out " + (dir / "mpi").string();
  REQUIRE(std::system((command + " >" + (dir / "log").string() + " 2>&1").c_str()) == 0);
  checkSameOutputs(dir / "local", dir / "mpi");
  const auto manifest = nlohmann::json::parse(readText(dir / "mpi" / "manifest.json"));
  CHECK(manifest["mpi"]["ranks"] == 3);
  int runs = 0;
  for (const auto& rank : manifest["mpi"]["per_rank"]) runs += rank["runs"].get<int>();
  CHECK(runs == 15);
  CHECK(manifest["runs_resumed_from_disk"] == 0);
}

TEST_CASE("a sweep whose rank was killed resumes on 2 ranks to the same files", "[cli][sweep][mpi]") {
  if (!mpiAvailable()) return;
  const auto dir = scratchDir("cluster_kill");
  const auto sweep =
      writeSweep(dir, "municipality.staff: 3000, days: 250, crisis.start_day: 10", 8, 3).string();
  const std::string out = " --quiet -t 1 --out " + (dir / "mpi").string();

  const pid_t launcher = fork();
  REQUIRE(launcher >= 0);
  if (launcher == 0) {
    const std::string command =
        "exec env " + mpirun(3) + " sweep " + sweep + out + " >" + (dir / "log").string() + " 2>&1";
    execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Kill rank 1 once the first run is on disk; mpirun then ends the job.
  pid_t victim = 0;
  for (int i = 0; i < 6000 && victim == 0; ++i) {
    if (finishedRuns(dir / "mpi") >= 1) victim = rankProcess(launcher, 1);
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  REQUIRE(victim > 0);
  ::kill(victim, SIGKILL);
  int status = 0;
  waitpid(launcher, &status, 0);
  CHECK_FALSE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  const std::size_t survived = finishedRuns(dir / "mpi");
  INFO("runs finished before the kill: " << survived);
  REQUIRE(survived < 24);  // otherwise the kill came too late to test anything
  CHECK_FALSE(fs::exists(dir / "mpi" / "runs.csv"));

  // Resumed on 2 ranks of 2 threads each.
  const std::string resume = mpirun(2) + " sweep " + sweep + " --quiet -t 2 --out " + (dir / "mpi").string() +
                             " >>" + (dir / "log").string() + " 2>&1";
  REQUIRE(std::system(resume.c_str()) == 0);
  const auto manifest = nlohmann::json::parse(readText(dir / "mpi" / "manifest.json"));
  CHECK(manifest["runs_resumed_from_disk"] == survived);
  CHECK(manifest["mpi"]["ranks"] == 2);
  CHECK(manifest["mpi"]["per_rank"][1]["threads"] == 2);

  REQUIRE(runCli("sweep " + sweep + " --quiet -t 1 --out " + (dir / "local").string()).exitCode == 0);
  checkSameOutputs(dir / "local", dir / "mpi");
}

TEST_CASE("a failing run on a rank is named; the job exits non-zero and keeps the finished runs",
          "[cli][sweep][mpi]") {
  if (!mpiAvailable()) return;
  const auto dir = scratchDir("cluster_fail");
  const auto sweep =
      writeSweep(dir, "municipality.staff: 300, days: 60, crisis.start_day: 10", 4, 2).string();
  // A directory where run p000002-r0000's time series should go: that run cannot be written.
  fs::create_directories(dir / "mpi" / "runs" / "p000002-r0000.timeseries.csv" / "x");
  const std::string command = mpirun(3) + " sweep " + sweep + " --quiet -t 1 --out " + (dir / "mpi").string();
  const int status = std::system((command + " >" + (dir / "log").string() + " 2>&1").c_str());
  CHECK(status != 0);
  const std::string log = readText(dir / "log");
  INFO(log);
  CHECK(log.find(": run p000002-r0000 (point 2, replicate 0): ") != std::string::npos);
  CHECK(log.find("re-running the same command finishes the rest") != std::string::npos);
  CHECK(finishedRuns(dir / "mpi") >= 1);
  CHECK_FALSE(fs::exists(dir / "mpi" / "runs.csv"));
}

TEST_CASE("a failing run in a local sweep is named too", "[cli][sweep]") {
  const auto dir = scratchDir("local_fail");
  const auto sweep =
      writeSweep(dir, "municipality.staff: 300, days: 60, crisis.start_day: 10", 4, 2).string();
  fs::create_directories(dir / "out" / "runs" / "p000001-r0001.timeseries.csv" / "x");
  const auto r = runCli("sweep " + sweep + " --quiet -t 1 --out " + (dir / "out").string());
  CHECK(r.exitCode == 2);
  CHECK(r.err.find("run p000001-r0001 (point 1, replicate 1): ") != std::string::npos);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

TEST_CASE("tasks started by srun without MPI are refused rather than each running the whole sweep",
          "[cli][sweep][mpi]") {
  if (!mpiAvailable()) return;
  const auto dir = scratchDir("srun_without_mpi");
  const auto sweep = writeSweep(dir, "municipality.staff: 300, days: 60", 2, 1).string();
  ::setenv("SLURM_STEP_NUM_TASKS", "4", 1);  // as srun sets it for each of 4 tasks
  const auto r = runCli("sweep " + sweep + " --quiet --out " + (dir / "out").string());
  ::unsetenv("SLURM_STEP_NUM_TASKS");
  CHECK(r.exitCode == 2);
  CHECK(r.err.find("srun started several tasks but not as one MPI job") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "out" / "sweep.json"));
}
