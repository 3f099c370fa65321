#!/usr/bin/env bash
# Side-by-side benchmark: samsim's network measures vs python-igraph's constraint on the same
# Trondheim-scale graph. Usage: bench/holes/run.sh [BUILD_DIR] [REPEATS]
# Installs python3-igraph from Debian when it is missing (needs root, as the set-up commands do).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
repeats="${2:-15}"
python=/usr/bin/python3  # Debian's interpreter: the one python3-igraph installs into
if ! "$python" -c "import igraph" 2>/dev/null; then
  echo "installing python3-igraph from Debian"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-igraph >/dev/null
fi
cmake --build "$build" --target bench_holes -j2 >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/bench/holes/bench_holes" --repeats "$repeats" --edges "$work/edges.csv" --constraint "$work/constraint.csv"
"$python" "$root/bench/holes/igraph_constraint.py" "$work/edges.csv" "$work/constraint.csv" "$repeats"
