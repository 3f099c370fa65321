#!/usr/bin/env python3
"""The network export (models/outputs/network_export.cpp) read by the reference libraries: every GraphML
snapshot of a run on the example organisation parses with networkx (read_graphml) and, when
igraph, with node attributes and edge weights intact; Burt's constraint by networkx
equals samsim's constraint attribute and `samsim holes` on edges.csv (to 1e-9); the arena's members
are marked once the arena meets. networkx or igraph missing fails the check naming the package, or
skips it (exit 77) with SAMSIM_SKIP_MISSING_TOOLS=1 (tests/missing_tool.py)."""
import argparse
import csv
import math
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from missing_tool import missing  # noqa: E402  (tests/missing_tool.py)

try:
    import networkx as nx
except ImportError:
    missing("the Python module networkx", "python3-networkx")
try:
    import igraph
except ImportError:
    missing("the Python module igraph", "python3-igraph")

ATTRS = {"sector": str, "unit": str, "role": str, "tenure": float, "constraint": float, "hub_member": bool}


def close(a, b):
    return (math.isnan(a) and math.isnan(b)) or abs(a - b) <= 1e-9


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--samsim", required=True)
    p.add_argument("--source", required=True)
    p.add_argument("--workdir", required=True)
    a = p.parse_args()
    shutil.rmtree(a.workdir, ignore_errors=True)
    os.makedirs(a.workdir)
    out = os.path.join(a.workdir, "run")
    scenario = os.path.join(a.source, "examples", "own-organisation", "scenario.yaml")
    subprocess.run([a.samsim, "run", scenario, "-n", "1", "-q", "-o", out, "--export-network", "every:130",
                    "--set", "days=200"], check=True)
    root = os.path.join(out, "networks", "fjordvik-adhoc", "replicate0")
    # Folders count measured days as timeseries.csv does (warm-up 180 days: minus during it).
    days = sorted(os.listdir(root))
    assert days == ["day-00050", "day-00180", "day00080", "day00200"], days
    members_seen = 0
    for day in days:
        d = os.path.join(root, day)
        g = nx.read_graphml(os.path.join(d, "network.graphml"))
        assert g.number_of_nodes() == 303, g.number_of_nodes()
        assert not g.is_directed()
        for node, data in g.nodes(data=True):
            for name, kind in ATTRS.items():
                assert isinstance(data[name], kind), (day, node, name, data.get(name))
        members_seen += sum(1 for _, x in g.nodes(data=True) if x["hub_member"])
        with open(os.path.join(d, "edges.csv"), newline="") as f:
            edges = {(r["source"], r["target"]): float(r["weight"]) for r in csv.DictReader(f)}
        assert len(edges) == g.number_of_edges(), (len(edges), g.number_of_edges())
        for (s, t), w in edges.items():
            assert g[s][t]["weight"] == w, (s, t, w, g[s][t]["weight"])
        ref = nx.constraint(g, weight="weight")
        for node, data in g.nodes(data=True):
            assert close(ref[node], data["constraint"]), (day, node, ref[node], data["constraint"])
        holes = os.path.join(a.workdir, f"holes_{day}.csv")
        subprocess.run([a.samsim, "holes", os.path.join(d, "edges.csv"), "--out", holes], check=True)
        with open(holes, newline="") as f:
            for r in csv.DictReader(f):
                assert close(float(r["constraint"]), g.nodes[r["node"]]["constraint"]), r
        h = igraph.Graph.Read_GraphML(os.path.join(d, "network.graphml"))
        assert h.vcount() == 303 and h.ecount() == g.number_of_edges()
        by_id = {v["id"]: v for v in h.vs}
        for node, data in g.nodes(data=True):
            v = by_id[node]
            for name in ATTRS:
                x, y = v[name], data[name]
                ok = close(float(x), float(y)) if isinstance(y, float) else bool(x) == y if name == "hub_member" else x == y
                assert ok, (day, node, name, x, y)
        for e in h.es:
            s, t = h.vs[e.source]["id"], h.vs[e.target]["id"]
            assert e["weight"] == edges.get((s, t), edges.get((t, s))), (s, t)
    assert members_seen > 0, "no arena member marked in any snapshot"
    print(f"ok: {len(days)} snapshots; networkx and igraph agree; "
          f"{members_seen} arena-member marks")


if __name__ == "__main__":
    main()
