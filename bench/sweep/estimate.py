#!/usr/bin/env python3
"""Scaling table of bench/sweep/run.sh and a paper estimate for 64 and 1,024 ranks.

Usage: estimate.py RESULTS.tsv TRONDHEIM_SUMMARY.csv POINTS VERSION DRY NOOP MPI_NOOP
RESULTS.tsv rows: ranks, median wall seconds, manifest.json of that sweep, identical|DIFFERENT.
The wall time is the whole command (mpirun, MPI start-up, planning, runs, assembly); the run phase
(manifest.json) is rank 0's time from handing out the first run to the last rank's stop.
VERSION, DRY, NOOP, MPI_NOOP: median wall seconds of `samsim --version`, `samsim sweep --dry-run`,
re-running the finished sweep (nothing to run), and the same under `mpirun -np 1`.

The estimate, for a sweep of P points and R runs on N ranks of one thread each (rank 0 computes too):
    T(N) = L + N*f + P*v + R*s + max(R*(t + w)/N, R*c) + t
      L  launch, MPI start-up and shutdown = MPI_NOOP - NOOP
      f  rank 0's CPU time for its first exchange with a rank (connection set-up), per rank
      v  planning and validating one point on rank 0 = (DRY - VERSION) / points
      s  checking and assembling one finished run on rank 0 = (NOOP - DRY) / runs
      t  time of one run (mean over the sweep at 1 rank, or a Trondheim-scale replicate)
      w  a rank's threads' idle time between runs, per run (manifest.json, ranks > 0)
      c  CPU time rank 0's coordinating thread spends receiving and answering, per run it serves
         after the first exchange (manifest.json); R*c bounds the run phase from below once the coordinator is saturated,
         i.e. beyond N = (t + w)/c ranks
      +t the last run, which may start just before the others finish
    efficiency E(N) = R*t / (N * T(N)).
"""
import csv
import os
import json
import sys


def load(results_path):
    rows = []
    with open(results_path) as f:
        for ranks, wall, manifest_path, same in csv.reader(f, delimiter="\t"):
            with open(manifest_path) as m:
                manifest = json.load(m)
            mpi = manifest["mpi"]
            per_rank = mpi["per_rank"]
            others = per_rank[1:]
            other_runs = sum(r["runs"] for r in others)
            rows.append({
                "ranks": int(ranks), "wall": float(wall), "runs": sum(r["runs"] for r in per_rank),
                "run_seconds": sum(r["run_seconds"] for r in per_rank),
                "coordinator": mpi["coordinator_handling_cpu_seconds_per_run"] if other_runs else None,
                "coordinator_median": mpi["coordinator_median_cpu_seconds_per_run"] if other_runs else None,
                "first": mpi["coordinator_first_contact_cpu_seconds"] / (int(ranks) - 1) if other_runs else None,
                "wait": sum(r["wait_seconds"] for r in others) / other_runs if other_runs else None,
                "phase": mpi["run_phase_seconds"], "same": same, "per_rank_runs": [r["runs"] for r in per_rank]})
    return rows


def trondheim_run_seconds(summary_path):
    with open(summary_path) as f:
        walls = [float(r["wall_seconds"]) for r in csv.DictReader(f)]
    return sum(walls) / len(walls)


def estimate(P, R, N, k, t):
    T = k["L"] + N * k["f"] + P * k["v"] + R * k["s"] + max(R * (t + k["w"]) / N, R * k["c"]) + t
    return T, R * t / (N * T)


def ms(x):
    return "–" if x is None else f"{x * 1e3:.3f}"


def main():
    rows = load(sys.argv[1])
    t_trondheim = trondheim_run_seconds(sys.argv[2])
    points = int(sys.argv[3])
    version, dry, noop, mpi_noop = map(float, sys.argv[4:8])
    base = next(r for r in rows if r["ranks"] == 1)

    print()
    print("| ranks | wall s | speed-up | efficiency | run phase s | its speed-up | runs per rank "
          "| coordinator CPU ms/run (median) | idle ms/run | outputs vs local |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        speedup = base["wall"] / r["wall"]
        phase = base["phase"] / r["phase"]
        print(f"| {r['ranks']} | {r['wall']:.2f} | {speedup:.2f}× | {speedup / r['ranks']:.0%} | {r['phase']:.2f} | "
              f"{phase:.2f}× | {'/'.join(map(str, r['per_rank_runs']))} | {ms(r['coordinator'])} ({ms(r['coordinator_median'])}) | {ms(r['wait'])} "
              f"| {r['same']} |")

    R0 = base["runs"]
    # w and c from runs with no more ranks than cores where there are such (oversubscribed ranks
    # wait for a core, which says nothing about a cluster with a core per rank).
    cores = os.cpu_count() or 1
    multi = [r for r in rows if r["ranks"] > 1 and r["ranks"] <= cores] or [r for r in rows if r["ranks"] > 1]
    k = {"L": max(0.0, mpi_noop - noop), "v": max(0.0, (dry - version) / points), "s": max(0.0, (noop - dry) / R0),
         "w": max((r["wait"] for r in multi), default=0.0), "c": max((r["coordinator"] for r in multi), default=0.0),
         "f": max((r["first"] for r in multi), default=0.0)}
    t = base["run_seconds"] / R0
    print()
    print(f"measured: L = {k['L']:.3f} s, f = {k['f'] * 1e3:.2f} ms/rank, v = {k['v'] * 1e3:.2f} ms/point, s = {k['s'] * 1e3:.2f} ms/run, "
          f"w = {k['w'] * 1e3:.2f} ms/run, c = {k['c'] * 1e3:.3f} ms/run (largest measured at ≤ {cores} ranks); "
          f"run t = {t * 1e3:.1f} ms (this sweep), {t_trondheim * 1e3:.0f} ms (Trondheim scale, 1 thread)")
    if k["c"] > 0:
        print(f"the coordinator saturates beyond N = (t + w)/c = {(t + k['w']) / k['c']:,.0f} ranks at this "
              f"sweep's run time, {(t_trondheim + k['w']) / k['c']:,.0f} at Trondheim scale")
    print()
    P, R = 12288, 12288 * 10  # Sobol, 10 settings, N = 1,024: 12,288 points × 10 replicates
    print(f"paper estimate: Sobol analysis of 10 settings, {P:,} points × 10 replicates = {R:,} runs")
    print()
    print("| runs like | run t | ranks | T(N) | efficiency | one thread on one core |")
    print("|---|---|---|---|---|---|")
    for label, run in (("this sweep", t), ("Trondheim scale (15,000 staff)", t_trondheim)):
        for N in (64, 1024):
            T, E = estimate(P, R, N, k, run)
            print(f"| {label} | {run * 1e3:.0f} ms | {N:,} | {T / 60:.1f} min | {E:.0%} | {R * run / 3600:.1f} h |")


if __name__ == "__main__":
    main()
