#!/usr/bin/env python3
"""Property test: `samsim holes` against the reference libraries on random graphs.

For random weighted directed and undirected graphs (with duplicate edges, self-loops, zero
weights, sinks and loop-only nodes) it compares every column of `samsim holes` with
  - igraph 0.10 `Graph.constraint` (constraint),
  - networkx 2.8 `constraint`, `effective_size` (weighted formula), and the efficiency and Burt
    hierarchy built from networkx's `local_constraint` and neighbour sets,
on the nodes where the reference is defined the way docs/network-measures.md says samsim is
(the disputed cases are masked here and pinned by the Catch2 edge-case tests instead).
Exit 0 all agree, 1 a mismatch or a reference library missing, 77 skipped (a library missing and
SAMSIM_SKIP_MISSING_TOOLS=1; tests/missing_tool.py), 2 usage.
"""
import argparse
import csv
import math
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from missing_tool import missing  # noqa: E402  (tests/missing_tool.py)

DEBIAN_PYTHON = "/usr/bin/python3"


def import_references():
    nx = ig = None
    try:
        import networkx as nx  # noqa: F811
    except ImportError:
        pass
    try:
        import igraph as ig  # noqa: F811
    except ImportError:
        pass
    return nx, ig


def random_edges(rng, n, m, zero_share):
    edges = []
    for _ in range(m):
        u, v = rng.randrange(n), rng.randrange(n)
        w = 0.0 if rng.random() < zero_share else round(rng.uniform(0.1, 5.0), 6)
        edges.append((u, v, w))
    # duplicates (summed by samsim and igraph) and a loop-only node (an isolate for samsim)
    edges += [edges[k] for k in range(0, len(edges), 7)]
    edges.append((n, n, 1.0))
    return edges


def run_samsim(binary, workdir, name, edges, directed):
    path = os.path.join(workdir, name + ".csv")
    out = os.path.join(workdir, name + ".holes.csv")
    with open(path, "w") as f:
        f.write("source,target,weight\n")
        for u, v, w in edges:
            f.write(f"n{u},n{v},{w!r}\n")
    cmd = [binary, "holes", path, "--out", out] + (["--directed"] if directed else [])
    subprocess.run(cmd, check=True)
    with open(out) as f:
        return {row["node"]: row for row in csv.DictReader(f)}


def close(a, b):
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def check_graph(nx, ig, ours, edges, directed, failures, counts):
    labels = sorted({u for u, _, _ in edges} | {v for _, v, _ in edges})
    summed = {}
    for u, v, w in edges:
        if u == v:
            continue
        key = (u, v) if directed or u < v else (v, u)
        summed[key] = summed.get(key, 0.0) + w
    strength = {x: 0.0 for x in labels}
    for (u, v), w in summed.items():
        strength[u] += w
        strength[v] += w
    neighbours = {x: set() for x in labels}
    for u, v in summed:
        neighbours[u].add(v)
        neighbours[v].add(u)
    # Disputed cases (see docs): zero-strength nodes and, for igraph, their neighbours.
    zero = {x for x in labels if strength[x] == 0.0}

    def compare(what, label, mine, ref):
        counts[0] += 1
        if not close(mine, ref):
            failures.append(f"{'directed' if directed else 'undirected'} n{label} {what}: samsim {mine!r} ref {ref!r}")

    if ig is not None:
        g = ig.Graph(n=max(labels) + 1, edges=[(u, v) for u, v, _ in edges], directed=directed)
        ref = g.constraint(weights=[w for _, _, w in edges])
        for x in labels:
            if x in zero or neighbours[x] & zero:
                continue
            compare("constraint/igraph", x, float(ours[f"n{x}"]["constraint"]), ref[x])
    if nx is not None:
        G = nx.DiGraph() if directed else nx.Graph()
        G.add_nodes_from(labels)
        for (u, v), w in summed.items():
            G.add_edge(u, v, weight=w)
        c = nx.constraint(G, weight="weight")
        e = nx.effective_size(G, weight="weight")
        for x in labels:
            row = ours[f"n{x}"]
            compare("degree", x, float(row["degree"]), float(len(neighbours[x])))
            if x in zero or (directed and G.out_degree(x) == 0):  # networkx 2.8: NaN for sinks
                continue
            compare("constraint/networkx", x, float(row["constraint"]), c[x])
            compare("effective_size/networkx", x, float(row["effective_size"]), e[x])
            compare("efficiency/networkx", x, float(row["efficiency"]), e[x] / len(neighbours[x]))
            local = [nx.local_constraint(G, x, j, weight="weight") for j in sorted(neighbours[x])]
            k = len(local)
            if k == 1:
                h = 0.0
            else:
                total = sum(local)
                r = [cij * k / total for cij in local]
                h = sum(t * math.log(t) for t in r if t > 0) / (k * math.log(k))
            compare("hierarchy/networkx-local_constraint", x, float(row["hierarchy"]), h)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--samsim", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--graphs", type=int, default=40)
    args = ap.parse_args()
    nx, ig = import_references()
    # Debian's python3 has both python3-networkx and python3-igraph; another python3 on PATH
    # (pyenv, venv) may lack them.
    if (nx is None or ig is None) and os.path.exists(DEBIAN_PYTHON) and \
            os.path.realpath(sys.executable) != os.path.realpath(DEBIAN_PYTHON) and \
            not os.environ.get("SAMSIM_REFERENCE_REEXEC"):
        os.environ["SAMSIM_REFERENCE_REEXEC"] = "1"
        os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON] + sys.argv)
    if nx is None:
        missing("the Python module networkx", "python3-networkx")
    if ig is None:
        missing("the Python module igraph", "python3-igraph")
    print(f"references: networkx {getattr(nx, '__version__', 'absent')}, igraph {getattr(ig, '__version__', 'absent')}")
    os.makedirs(args.workdir, exist_ok=True)
    rng = random.Random(20261123)
    failures, counts = [], [0]
    for k in range(args.graphs):
        directed = k % 2 == 1
        n = rng.randrange(5, 120)
        m = rng.randrange(n, 6 * n)
        edges = random_edges(rng, n, m, zero_share=0.05 if k % 4 >= 2 else 0.0)
        ours = run_samsim(args.samsim, args.workdir, f"graph{k}", edges, directed)
        check_graph(nx, ig, ours, edges, directed, failures, counts)
    for f in failures[:20]:
        print("MISMATCH", f)
    print(f"reference: {counts[0] - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
