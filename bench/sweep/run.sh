#!/usr/bin/env bash
# A sweep across MPI ranks: wall time of one 40-run sweep (10 points × 4 replicates of the ad hoc
# crisis group design) on 1, 2 and 4 ranks of one thread each (4 is oversubscribed on 2 cores),
# speed-up and efficiency against 1 rank, the coordinator's time per run and a rank's wait per run
# (manifest.json), a check that every output equals the local sweep's, and a paper estimate for 64
# and 1,024 ranks (bench/sweep/estimate.py).
# Usage: bench/sweep/run.sh [--staff 1500] [--days 460] [--reps 3] [--ranks "1 2 4"] [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
staff=1500
days=460
reps=3
ranks="1 2 4"
build="$root/build"
while (($#)); do
  case $1 in
    --staff) staff=$2; shift 2 ;;
    --days) days=$2; shift 2 ;;
    --reps) reps=$2; shift 2 ;;
    --ranks) ranks=$2; shift 2 ;;
    *) build=$1; shift ;;
  esac
done
cd "$root"
if [[ $build == "$root/build" ]]; then
  cmake --preset release >/dev/null && cmake --build build -j2 --target samsim >/dev/null
fi
bin="$build/samsim"
if ! ldd "$bin" | grep -q libmpi; then
  echo "bench/sweep: $bin is built without MPI (scripts/install-deps.sh installs Open MPI; configure again)" >&2
  exit 1
fi
# Loopback only (pml ob1 over the shared-memory btl: the UCX pml that Open MPI prefers probes for
# network hardware at start-up, about 0.2 s, which a one-node sweep does not need); as root mpirun
# needs --allow-run-as-root. No core binding: on a machine shared with
# other work a rank pinned to a busy core cannot move.
mpirun=(mpirun --allow-run-as-root --oversubscribe --bind-to none --mca pml ob1 --mca btl self,vader
        --mca btl_vader_single_copy_mechanism none)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/sweep.yaml" <<EOF
version: 1
name: bench-sweep
base: $root/scenarios/designs/adhoc-crisis-group.yaml
set: {municipality.staff: $staff, days: $days, crisis.start_day: 80, crisis.duration_days: 300}
design: grid
parameters:
  - {path: hub.size, values: [5, 9, 14, 20, 26]}
  - {path: hub.mandate, values: [advisory, decisive]}
replicates: 4
seed: 2021
EOF

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
timed() {  # command... → wall seconds
  local s e; s=$(date +%s.%N); "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }; e=$(date +%s.%N)
  python3 -c "print($e - $s)"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg) at start"
echo "sweep: 40 runs (10 points × 4 replicates), $staff staff, $days days, one thread per rank; medians of $reps"

# The serial parts, for the estimate: process start, planning and validating every point (dry
# run), checking and assembling a finished sweep (re-running it runs nothing), and the same under
# mpirun (launch, MPI start-up and shutdown).
"$bin" sweep "$work/sweep.yaml" -t 1 --quiet --out "$work/local" >/dev/null
cp -r "$work/local" "$work/done"
declare -A serial=()
for step in version dry noop mpi_noop; do
  walls=()
  for ((i = 0; i < reps; i++)); do
    case $step in
      version) walls+=("$(timed "$bin" --version)") ;;
      dry) walls+=("$(timed "$bin" sweep "$work/sweep.yaml" --dry-run)") ;;
      noop) walls+=("$(timed "$bin" sweep "$work/sweep.yaml" -t 1 --quiet --out "$work/done")") ;;
      mpi_noop) walls+=("$(timed "${mpirun[@]}" -np 1 "$bin" sweep "$work/sweep.yaml" -t 1 --quiet --out "$work/done")") ;;
    esac
  done
  serial[$step]=$(printf '%s\n' "${walls[@]}" | median)
done
results="$work/results.tsv"
for n in $ranks; do
  walls=()
  for ((i = 0; i < reps; i++)); do
    rm -rf "$work/mpi$n"
    walls+=("$(timed "${mpirun[@]}" -np "$n" "$bin" sweep "$work/sweep.yaml" -t 1 --quiet --out "$work/mpi$n")")
  done
  same=identical
  for f in runs.csv timeseries.csv sweep.json; do cmp -s "$work/local/$f" "$work/mpi$n/$f" || same=DIFFERENT; done
  diff -rq "$work/local/runs" "$work/mpi$n/runs" >/dev/null || same=DIFFERENT
  printf '%s\t%s\t%s\t%s\n' "$n" "$(printf '%s\n' "${walls[@]}" | median)" "$work/mpi$n/manifest.json" "$same" >>"$results"
done
# One Trondheim-scale replicate (15,000 staff) for the estimate of the issue's example.
"$bin" run scenarios/designs/adhoc-crisis-group.yaml --set days=460 --set crisis.start_day=80 \
  --set crisis.duration_days=300 -n 2 -t 1 --quiet --out "$work/trondheim" >/dev/null
python3 "$root/bench/sweep/estimate.py" "$results" "$work/trondheim/summary.csv" 10 \
  "${serial[version]}" "${serial[dry]}" "${serial[noop]}" "${serial[mpi_noop]}"
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
