#include "app/sweep_mpi.hpp"

#include <mpi.h>

#include <chrono>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>

#include <fmt/format.h>

#include "app/sweep_queue.hpp"
#include "sim/executor.hpp"
#include "sim/input_error.hpp"

namespace samsim::app {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Message tags: a rank asks for a run (reporting how its previous one went), rank 0 answers with
// a run or null (stop), and a rank reports its totals once all its threads have stopped.
constexpr int kRequest = 1;
constexpr int kAssign = 2;
constexpr int kFinished = 3;

// Idle ranks sleep between polls rather than spin in a blocking receive, so a rank waiting for
// its next run, or rank 0 waiting for requests, leaves its core to the runs.
constexpr auto kPoll = std::chrono::microseconds(200);

double secondsSince(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

bool startedByMpiLauncher() {
  for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_RANK", "PMI_SIZE", "MPI_LOCALNRANKS"})
    if (std::getenv(name) != nullptr) return true;
  return false;
}

int slurmTasks() {
  const char* tasks = std::getenv("SLURM_STEP_NUM_TASKS");
  return tasks != nullptr ? std::atoi(tasks) : 1;
}

void send(const nlohmann::json& message, int dest, int tag) {
  const std::string text = message.dump();
  MPI_Send(text.data(), static_cast<int>(text.size()), MPI_CHAR, dest, tag, MPI_COMM_WORLD);
}

nlohmann::json receiveProbed(const MPI_Status& probed) {
  int size = 0;
  MPI_Get_count(&probed, MPI_CHAR, &size);
  std::string text(static_cast<std::size_t>(size), '\0');
  MPI_Recv(text.data(), size, MPI_CHAR, probed.MPI_SOURCE, probed.MPI_TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
  return nlohmann::json::parse(text);
}

std::optional<MPI_Status> poll(int source, int tag) {
  int flag = 0;
  MPI_Status status;
  MPI_Iprobe(source, tag, MPI_COMM_WORLD, &flag, &status);
  if (flag == 0) return std::nullopt;
  return status;
}

nlohmann::json receive(int source, int tag) {
  for (;;) {
    if (const auto status = poll(source, tag)) return receiveProbed(*status);
    std::this_thread::sleep_for(kPoll);
  }
}

void waitForAll() {  // a barrier that sleeps instead of spinning while rank 0 assembles
  MPI_Request request;
  MPI_Ibarrier(MPI_COMM_WORLD, &request);
  for (int done = 0; MPI_Test(&request, &done, MPI_STATUS_IGNORE), done == 0;)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

// Runs `threads` copies of `loop` and waits for them; each returns its totals.
RankTotals runThreads(int threads, const std::function<RankTotals()>& loop) {
  RankTotals totals;
  std::mutex mutex;
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t)
    pool.emplace_back([&] {
      const RankTotals mine = loop();
      const std::lock_guard lock(mutex);
      totals.add(mine);
    });
  for (auto& thread : pool) thread.join();
  totals.threads = threads;
  return totals;
}

int resolveThreads(int threads) {
  return sim::makeExecutor(threads)->threads();
}

}  // namespace

struct ClusterSweep::State {
  int rank = 0;
  int size = 1;
  bool distributed = false;
  nlohmann::json manifest;
};

ClusterSweep::ClusterSweep() {
  if (!startedByMpiLauncher()) {
    if (slurmTasks() > 1)
      throw sim::InputError(
          "srun started several tasks but not as one MPI job: use `srun --mpi=pmix` (or mpirun), "
          "see docs/cluster.md");
    return;
  }
  int provided = 0;
  MPI_Init_thread(nullptr, nullptr, MPI_THREAD_SERIALIZED, &provided);
  m_state = std::make_unique<State>();
  MPI_Comm_rank(MPI_COMM_WORLD, &m_state->rank);
  MPI_Comm_size(MPI_COMM_WORLD, &m_state->size);
  if (provided < MPI_THREAD_SERIALIZED || (m_state->size == 1 && slurmTasks() > 1)) {
    MPI_Finalize();
    m_state.reset();
    throw sim::InputError(
        provided < MPI_THREAD_SERIALIZED
            ? "this MPI library cannot serve several threads per rank (MPI_THREAD_SERIALIZED)"
            : "srun started several tasks but MPI sees one rank each: use `srun --mpi=pmix`, "
              "see docs/cluster.md");
  }
}

ClusterSweep::~ClusterSweep() {
  if (!m_state) return;
  if (m_state->rank == 0 && !m_state->distributed) {
    // Rank 0 stopped before handing out runs (bad input, --dry-run): tell every rank to stop.
    try {
      sim::Progress quiet("sweep", 0, 0, true);
      distribute({}, {}, 1, quiet);
    } catch (...) {  // nothing was handed out, so nothing can have failed
    }
  }
  waitForAll();
  MPI_Finalize();
}

bool ClusterSweep::active() const {
  return m_state != nullptr;
}
bool ClusterSweep::worker() const {
  return m_state != nullptr && m_state->rank != 0;
}

void ClusterSweep::serve(int threads) {
  std::mutex mpi;  // MPI_THREAD_SERIALIZED: one thread of this rank talks to rank 0 at a time
  const RankTotals totals = runThreads(resolveThreads(threads), [&] {
    RankTotals mine;
    RunOutcome outcome;
    for (;;) {
      nlohmann::json assignment;
      {
        const auto asked = Clock::now();
        const std::lock_guard lock(mpi);
        send(outcome.toJson(), 0, kRequest);
        assignment = receive(0, kAssign);
        mine.waitSeconds += secondsSince(asked);
      }
      if (assignment.is_null()) return mine;
      outcome =
          attemptRun(PlannedRun::fromJson(assignment.at("run")), assignment.at("index").get<std::size_t>(),
                     assignment.at("dir").get<std::string>());
      mine.record(outcome);
    }
  });
  send(totals.toJson(), 0, kFinished);
}

void ClusterSweep::distribute(const std::vector<PlannedRun>& runs, const fs::path& dir, int threads,
                              sim::Progress& progress) {
  m_state->distributed = true;
  const std::string shared = runs.empty() ? std::string() : fs::absolute(dir).string();
  RunQueue queue(runs.size(), progress);
  std::vector<nlohmann::json> ranks(static_cast<std::size_t>(m_state->size));

  // Rank 0's own threads take runs from the queue directly; this thread serves the other ranks.
  std::thread own([&] {
    const RankTotals totals = runThreads(runs.empty() ? 0 : resolveThreads(threads), [&] {
      RankTotals mine;
      RunOutcome outcome;
      while (const auto k = queue.next(0, outcome)) {
        outcome = attemptRun(runs[*k], *k, dir);
        mine.record(outcome);
      }
      return mine;
    });
    ranks[0] = totals.toJson();
  });

  double coordinating = 0;
  std::size_t requests = 0;
  for (int running = m_state->size - 1; running > 0;) {
    const auto status = poll(MPI_ANY_SOURCE, MPI_ANY_TAG);
    if (!status) {
      std::this_thread::sleep_for(kPoll);
      continue;
    }
    const auto start = Clock::now();
    const auto message = receiveProbed(*status);
    if (status->MPI_TAG == kRequest) {
      ++requests;
      const auto k = queue.next(status->MPI_SOURCE, RunOutcome::fromJson(message));
      send(k ? nlohmann::json{{"index", *k}, {"run", runs[*k].toJson()}, {"dir", shared}} : nlohmann::json(),
           status->MPI_SOURCE, kAssign);
    } else {
      ranks[static_cast<std::size_t>(status->MPI_SOURCE)] = message;
      --running;
    }
    coordinating += secondsSince(start);
  }
  own.join();

  const std::size_t handed = queue.handedOut();
  auto& m = m_state->manifest;
  m["ranks"] = m_state->size;
  m["per_rank"] = ranks;
  m["coordinator_requests"] = requests;
  m["coordinator_seconds"] = coordinating;
  m["coordinator_seconds_per_run"] = handed > 0 ? coordinating / static_cast<double>(handed) : 0.0;
  queue.throwIfFailed();
}

nlohmann::json ClusterSweep::manifest() const {
  return m_state ? m_state->manifest : nlohmann::json();
}

}  // namespace samsim::app
