#pragma once
// A sweep spread over the ranks of an MPI job (`mpirun -np N samsim sweep ...`, or `srun` under
// Slurm). Rank 0 plans, validates and hands out runs one at a time from a queue (runs differ in
// length, so a rank that finishes early asks for the next); every rank, rank 0 included, runs
// them on its own --threads and writes their run files into the shared DIR/runs/ exactly as a
// local sweep does; rank 0 then assembles the outputs. Without an MPI launcher, or when samsim
// is built without SAMSIM_MPI, the sweep is inactive here and runs locally.
#include <filesystem>
#include <memory>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/sweep_run.hpp"

namespace samsim::sim {
class Progress;
}

namespace samsim::app {

class RunQueue;

class ClusterSweep {
 public:
  ClusterSweep();   // joins the MPI job when this process was started by an MPI launcher
  ~ClusterSweep();  // rank 0 releases the waiting ranks if it never handed out runs
  ClusterSweep(const ClusterSweep&) = delete;
  ClusterSweep& operator=(const ClusterSweep&) = delete;

  [[nodiscard]] bool active() const;  // part of an MPI job (any number of ranks)
  [[nodiscard]] bool worker() const;  // active and not rank 0: serve() is all it does

  // Ranks > 0: runs what rank 0 hands out, on `threads` threads (0 = all cores), until told to stop.
  void serve(int threads);
  // Rank 0: hands out `runs` to every rank, runs its share on `threads` threads, and returns when
  // every rank has finished. A failed run stops the handing out; the ranks finish the runs they
  // hold, and this throws naming the run, the rank and why.
  void distribute(const std::vector<PlannedRun>& runs, const std::filesystem::path& dir, int threads,
                  sim::Progress& progress);
  // Ranks, threads, runs and the coordinator's time per run, for manifest.json.
  [[nodiscard]] nlohmann::json manifest() const;

 private:
  void serveRuns(int threads);
  void coordinate(const std::vector<PlannedRun>& runs, const std::filesystem::path& dir, int threads,
                  RunQueue& queue);
  struct State;
  std::unique_ptr<State> m_state;
};

#ifndef SAMSIM_MPI
struct ClusterSweep::State {};
inline ClusterSweep::ClusterSweep() = default;
inline ClusterSweep::~ClusterSweep() = default;
inline bool ClusterSweep::active() const {
  return false;
}
inline bool ClusterSweep::worker() const {
  return false;
}
inline void ClusterSweep::serve(int) {}
inline void ClusterSweep::distribute(const std::vector<PlannedRun>&, const std::filesystem::path&, int,
                                     sim::Progress&) {}
inline nlohmann::json ClusterSweep::manifest() const {
  return {};
}
#endif

}  // namespace samsim::app
