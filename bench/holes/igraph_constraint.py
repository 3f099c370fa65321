#!/usr/bin/env python3
"""Times python-igraph's Graph.constraint on an edge list and checks samsim's values against it.

usage: igraph_constraint.py EDGES.csv SAMSIM_CONSTRAINT.csv [REPEATS]
Median over REPEATS runs after one warm-up (graph built once, outside the timing, as for samsim).
"""
import csv
import statistics
import sys
import time

import igraph


def main():
    edges_path, ours_path = sys.argv[1], sys.argv[2]
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    pairs, weights = [], []
    with open(edges_path) as f:
        for row in csv.DictReader(f):
            pairs.append((int(row["source"]), int(row["target"])))
            weights.append(float(row["weight"]))
    n = 1 + max(max(p) for p in pairs)
    g = igraph.Graph(n=n, edges=pairs, directed=False)
    ref = g.constraint(weights=weights)  # warm-up and reference values
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        g.constraint(weights=weights)
        times.append((time.perf_counter() - t0) * 1000.0)
    with open(ours_path) as f:
        ours = [float(r["constraint"]) for r in csv.DictReader(f)]
    worst = max(abs(a - b) for a, b in zip(ours, ref))
    print(f"igraph {igraph.__version__} constraint     median {statistics.median(times):9.2f} ms   "
          f"min {min(times):9.2f} ms")
    print(f"max |samsim - igraph| constraint over {n} nodes: {worst:.3g}")
    return 0 if worst < 1e-9 else 1


if __name__ == "__main__":
    sys.exit(main())
