#include "app/sweep_mpi.hpp"

#include <mpi.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <functional>
#include <list>
#include <mutex>
#include <numeric>
#include <optional>
#include <string>
#include <thread>

#include "app/sweep_queue.hpp"
#include "sim/executor.hpp"
#include "sim/input_error.hpp"

namespace samsim::app {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Only each rank's main thread calls MPI (MPI_THREAD_FUNNELED). A rank > 0 asks rank 0 for runs
// (reporting the outcomes of finished ones) and keeps one run in reserve per thread, so a thread
// that finishes starts the next run at once while the request for more is under way; rank 0
// answers with runs or "stop"; once its threads have stopped a rank reports its totals.
constexpr int kRequest = 1;
constexpr int kAssign = 2;
constexpr int kFinished = 3;

// Idle main threads sleep between polls rather than spin in a blocking receive, so waiting for a
// message leaves the core to the runs.
constexpr auto kPoll = std::chrono::microseconds(200);

// Sleeps between polls that double while nothing arrives, from kPoll up to kPollMax, and start
// again from kPoll after a message. A fixed 200 µs poll woke each rank's main thread 5,000 times a
// second, which cost about 6 % of a core beside that rank's runs; every rank keeps a run in
// reserve per thread, so an answer a few milliseconds late delays no run.
constexpr auto kPollMax = std::chrono::milliseconds(4);
class IdleBackoff {
 public:
  void sleep() {
    std::this_thread::sleep_for(m_wait);
    m_wait = std::min<std::chrono::microseconds>(2 * m_wait, kPollMax);
  }
  void reset() { m_wait = kPoll; }

 private:
  std::chrono::microseconds m_wait = kPoll;
};

double secondsSince(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

double threadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
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

// Messages are sent without waiting for their delivery (a blocking send polls the network while it
// waits, which cost the coordinator more CPU than the answer itself); finished sends are released
// as the owner goes, and flush() waits, sleeping, for the rest.
class Outbox {
 public:
  void send(const nlohmann::json& message, int dest, int tag) {
    auto& sent = m_pending.emplace_back();
    sent.text = message.dump();
    MPI_Isend(sent.text.data(), static_cast<int>(sent.text.size()), MPI_CHAR, dest, tag, MPI_COMM_WORLD,
              &sent.request);
    // Every request is tested in release() and waited for in flush(); the analyzer cannot follow
    // the request through the member vector.
    release();  // NOLINT(clang-analyzer-optin.mpi.MPI-Checker)
  }
  void release() {
    std::erase_if(m_pending, [](Sent& sent) {
      int done = 0;
      MPI_Test(&sent.request, &done, MPI_STATUS_IGNORE);
      return done != 0;
    });
  }
  void flush() {
    for (release(); !m_pending.empty(); release()) std::this_thread::sleep_for(kPoll);
  }

 private:
  struct Sent {
    std::string text;
    MPI_Request request = MPI_REQUEST_NULL;
  };
  std::list<Sent> m_pending;  // a list: each text stays where MPI reads it from
};

std::optional<MPI_Status> poll(int source, int tag) {
  int flag = 0;
  MPI_Status status;
  MPI_Iprobe(source, tag, MPI_COMM_WORLD, &flag, &status);
  if (flag == 0) return std::nullopt;
  return status;
}

nlohmann::json receive(const MPI_Status& probed) {
  int size = 0;
  MPI_Get_count(&probed, MPI_CHAR, &size);
  std::string text(static_cast<std::size_t>(size), '\0');
  MPI_Recv(text.data(), size, MPI_CHAR, probed.MPI_SOURCE, probed.MPI_TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
  return nlohmann::json::parse(text);
}

void waitForAll() {  // a barrier that sleeps instead of spinning while rank 0 assembles the outputs
  MPI_Request request;
  MPI_Ibarrier(MPI_COMM_WORLD, &request);
  for (int done = 0; MPI_Test(&request, &done, MPI_STATUS_IGNORE), done == 0;)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

nlohmann::json outcomesJson(const std::vector<RunOutcome>& outcomes) {
  auto j = nlohmann::json::array();
  for (const auto& o : outcomes) j.push_back(o.toJson());
  return j;
}

// A failure outside a run (a run's own failure is reported to rank 0 as its outcome) would leave
// the other ranks waiting for this one: say why and end the whole job.
[[noreturn]] void abortJob(int rank, const char* what) {
  std::fprintf(stderr, "samsim: internal error on rank %d: %s\n", rank, what);
  MPI_Abort(MPI_COMM_WORLD, 1);
  std::abort();
}

int resolveThreads(int threads) {
  return sim::makeExecutor(threads)->threads();
}

// Runs handed to a rank > 0, waiting for its threads, and the outcomes waiting to be reported.
struct Inbox {
  std::mutex mutex;
  std::condition_variable work;      // a run arrived, or stop
  std::condition_variable finished;  // a thread finished a run
  std::deque<nlohmann::json> runs;
  std::size_t held = 0;  // waiting in `runs` or running
  bool stopped = false;
  std::vector<RunOutcome> outcomes;
  fs::path dir;
};

RankTotals runInboxThread(Inbox& inbox) {
  RankTotals mine;
  for (;;) {
    std::unique_lock lock(inbox.mutex);
    const auto waiting = Clock::now();
    inbox.work.wait(lock, [&] { return !inbox.runs.empty() || inbox.stopped; });
    (mine.runs == 0 ? mine.startSeconds : mine.waitSeconds) += secondsSince(waiting);
    if (inbox.runs.empty()) return mine;
    const nlohmann::json assignment = std::move(inbox.runs.front());
    inbox.runs.pop_front();
    const fs::path dir = inbox.dir;
    lock.unlock();
    const RunOutcome outcome = attemptRun(PlannedRun::fromJson(assignment.at("run")),
                                          assignment.at("index").get<std::size_t>(), dir);
    mine.record(outcome);
    lock.lock();
    --inbox.held;
    inbox.outcomes.push_back(outcome);
    inbox.finished.notify_one();
  }
}

// Runs `threads` copies of `loop` and returns their summed totals once all have returned.
RankTotals runThreads(int threads, const std::function<RankTotals()>& loop) {
  RankTotals totals;
  std::mutex mutex;
  std::vector<std::thread> pool;
  pool.reserve(static_cast<std::size_t>(threads));
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
  MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided);
  m_state = std::make_unique<State>();
  MPI_Comm_rank(MPI_COMM_WORLD, &m_state->rank);
  MPI_Comm_size(MPI_COMM_WORLD, &m_state->size);
  if (m_state->size == 1 && slurmTasks() > 1) {
    MPI_Finalize();
    m_state.reset();
    throw sim::InputError(
        "srun started several tasks but MPI sees one rank in each: use `srun --mpi=pmix`, "
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
  try {
    serveRuns(threads);
  } catch (const std::exception& e) {
    abortJob(m_state->rank, e.what());
  }
}

void ClusterSweep::distribute(const std::vector<PlannedRun>& runs, const fs::path& dir, int threads,
                              sim::Progress& progress) {
  m_state->distributed = true;
  RunQueue queue(runs.size(), progress);
  try {
    coordinate(runs, dir, threads, queue);
  } catch (const std::exception& e) {
    abortJob(0, e.what());
  }
  queue.throwIfFailed();
}

void ClusterSweep::serveRuns(int threads) {
  const int count = resolveThreads(threads);
  const std::size_t reserve = 2 * static_cast<std::size_t>(count);  // one running, one waiting per thread
  Inbox inbox;
  RankTotals totals;
  std::thread pool([&] { totals = runThreads(count, [&] { return runInboxThread(inbox); }); });

  Outbox outbox;
  IdleBackoff idle;
  bool asked = false;  // a request is waiting for rank 0's answer
  for (;;) {
    if (asked) {
      const auto status = poll(0, kAssign);
      if (!status) {
        idle.sleep();
        continue;
      }
      idle.reset();
      const auto answer = receive(*status);
      const std::lock_guard lock(inbox.mutex);
      inbox.dir = answer.at("dir").get<std::string>();
      for (const auto& run : answer.at("runs")) inbox.runs.push_back(run);
      inbox.held += answer.at("runs").size();
      inbox.stopped = answer.at("runs").empty();
      inbox.work.notify_all();
      if (inbox.stopped) break;
    }
    std::unique_lock lock(inbox.mutex);
    inbox.finished.wait(lock, [&] { return inbox.held < reserve; });
    const nlohmann::json request{{"outcomes", outcomesJson(inbox.outcomes)}, {"want", reserve - inbox.held}};
    inbox.outcomes.clear();
    lock.unlock();
    outbox.send(request, 0, kRequest);
    asked = true;
  }
  pool.join();  // the threads finish the runs they hold
  outbox.send({{"outcomes", outcomesJson(inbox.outcomes)}, {"totals", totals.toJson()}}, 0, kFinished);
  outbox.flush();
}

void ClusterSweep::coordinate(const std::vector<PlannedRun>& runs, const fs::path& dir, int threads,
                              RunQueue& queue) {
  const auto began = Clock::now();
  const std::string shared = runs.empty() ? std::string() : fs::absolute(dir).string();
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

  const double cpuStart = threadCpuSeconds();
  // The first exchange with each rank also sets up the connection; counted apart, since it is paid
  // once per rank rather than once per run.
  std::vector<char> contacted(static_cast<std::size_t>(m_state->size));
  double firstContact = 0;
  std::vector<double> answers;  // CPU time of each later answer
  std::size_t served = 0, servedLater = 0;
  auto record = [&](int rank, const nlohmann::json& outcomes) {
    for (const auto& o : outcomes) queue.report(rank, RunOutcome::fromJson(o));
  };
  Outbox outbox;
  IdleBackoff idle;
  for (int running = m_state->size - 1; running > 0;) {
    const auto status = poll(MPI_ANY_SOURCE, MPI_ANY_TAG);
    if (!status) {
      outbox.release();
      idle.sleep();
      continue;
    }
    idle.reset();
    const double start = threadCpuSeconds();
    const auto source = static_cast<std::size_t>(status->MPI_SOURCE);
    const auto message = receive(*status);
    record(status->MPI_SOURCE, message.at("outcomes"));
    if (status->MPI_TAG == kRequest) {
      nlohmann::json answer{{"dir", shared}, {"runs", nlohmann::json::array()}};
      for (const auto k : queue.take(status->MPI_SOURCE, message.at("want").get<std::size_t>()))
        answer["runs"].push_back({{"index", k}, {"run", runs[k].toJson()}});
      served += answer["runs"].size();
      if (contacted[source]) servedLater += answer["runs"].size();
      outbox.send(answer, status->MPI_SOURCE, kAssign);
    } else {
      ranks[source] = message.at("totals");
      --running;
    }
    const double spent = threadCpuSeconds() - start;
    if (contacted[source] && status->MPI_TAG == kRequest)
      answers.push_back(spent);
    else if (!contacted[source])
      firstContact += spent;
    contacted[source] = true;
  }
  outbox.flush();
  const double cpu = threadCpuSeconds() - cpuStart;
  own.join();

  auto& m = m_state->manifest;
  m["ranks"] = m_state->size;
  m["run_phase_seconds"] = secondsSince(began);  // from handing out the first run to the last rank's stop
  m["per_rank"] = ranks;
  m["runs_served_to_other_ranks"] = served;
  // CPU time of this thread: in all (with the polling while idle, which grows with the time the
  // sweep takes), in first exchanges with each rank, and receiving and answering after those
  // (which grows with the runs served).
  m["coordinator_cpu_seconds"] = cpu;
  m["coordinator_first_contact_cpu_seconds"] = firstContact;
  // Per run served: the mean, and the median answer (a machine shared with other work adds rare
  // long pauses to the mean) spread over the runs it carried.
  const double handling = std::accumulate(answers.begin(), answers.end(), 0.0);
  std::sort(answers.begin(), answers.end());
  const double median = answers.empty() ? 0.0 : answers[answers.size() / 2];
  const double perAnswer =
      servedLater > 0 ? static_cast<double>(answers.size()) / static_cast<double>(servedLater) : 0;
  m["coordinator_answers"] = answers.size();
  m["coordinator_handling_cpu_seconds"] = handling;
  m["coordinator_handling_cpu_seconds_per_run"] =
      servedLater > 0 ? handling / static_cast<double>(servedLater) : 0.0;
  m["coordinator_median_cpu_seconds_per_run"] = median * perAnswer;
}

nlohmann::json ClusterSweep::manifest() const {
  return m_state ? m_state->manifest : nlohmann::json();
}

}  // namespace samsim::app
