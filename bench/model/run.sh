#!/usr/bin/env bash
# Model benchmarks (issue: Trondheim-scale performance). Medians over repeated runs of:
#   wall time per replicate, agent-days per second, peak memory (/usr/bin/time -v),
#   and the speed-up from 1 to 2 threads on a 16-replicate run.
# Usage: bench/model/run.sh [--reps K] [--configs "small trondheim large"] [REV_A [REV_B]]
#   With revisions, builds each in its own worktree (build-bench-<rev>) and reports them side by side.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
reps=5
configs="small trondheim"
revs=()
while (($#)); do
  case $1 in
    --reps) reps=$2; shift 2 ;;
    --configs) configs=$2; shift 2 ;;
    *) revs+=("$1"); shift ;;
  esac
done

# Configurations: the ad hoc crisis group design with a long crisis in the middle of two years.
declare -A sets=(
  [small]="--set municipality.staff=500 --set days=460 --set crisis.start_day=80 --set crisis.duration_days=300"
  [trondheim]="--set municipality.staff=15000 --set days=460 --set crisis.start_day=80 --set crisis.duration_days=300"
  [large]="--set municipality.staff=150000 --set days=460 --set crisis.start_day=80 --set crisis.duration_days=300"
)
scenario=scenarios/designs/adhoc-crisis-group.yaml

build_rev() {  # prints the path of a release binary for a revision ("" = this checkout)
  local rev=$1
  if [[ -z $rev ]]; then
    cmake --preset release >/dev/null && cmake --build build -j"$(nproc)" --target samsim >/dev/null
    echo "$root/build/samsim"; return
  fi
  local dir="$root/build-bench-$rev"
  [[ -d $dir/src ]] || git worktree add -f --detach "$dir/src" "$rev" >/dev/null 2>&1
  (cd "$dir/src" && git checkout -q --detach "$rev" && cmake -S . -B "$dir/build" -DCMAKE_BUILD_TYPE=Release \
     -DSAMSIM_BUILD_TESTS=OFF >/dev/null && cmake --build "$dir/build" -j"$(nproc)" --target samsim >/dev/null)
  echo "$dir/build/samsim"
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

measure() {  # binary config → "wall_per_replicate agent_days_per_s peak_MB"
  local bin=$1 cfg=$2 out; out=$(mktemp -d)
  local walls=() rates=() mems=()
  for ((i = 0; i < reps; i++)); do
    /usr/bin/time -v "$bin" run "$scenario" ${sets[$cfg]} -n 1 -t 1 --quiet --out "$out" 2>"$out/time.txt" >/dev/null
    local wall steps mem
    wall=$(python3 -c "import csv;r=list(csv.DictReader(open('$out/summary.csv')));print(r[0]['wall_seconds'])")
    steps=$(python3 -c "import csv;r=list(csv.DictReader(open('$out/summary.csv')));print(r[0]['agent_steps'])")
    mem=$(awk -F: '/Maximum resident/ {print $2/1024}' "$out/time.txt")
    walls+=("$wall"); rates+=("$(python3 -c "print($steps/$wall)")"); mems+=("$mem")
  done
  echo "$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${rates[@]}" | median) $(printf '%s\n' "${mems[@]}" | median)"
  rm -rf "$out"
}

speedup() {  # binary → median(T1)/median(T2) on a 16-replicate trondheim run
  local bin=$1 out; out=$(mktemp -d)
  local t1=() t2=()
  for ((i = 0; i < 3; i++)); do
    for t in 1 2; do
      local s e; s=$(date +%s.%N)
      "$bin" run "$scenario" ${sets[trondheim]} -n 16 -t $t --quiet --out "$out" >/dev/null
      e=$(date +%s.%N)
      if [[ $t == 1 ]]; then t1+=("$(python3 -c "print($e-$s)")"); else t2+=("$(python3 -c "print($e-$s)")"); fi
    done
  done
  python3 -c "print(round($(printf '%s\n' "${t1[@]}" | median)/$(printf '%s\n' "${t2[@]}" | median), 2))"
  rm -rf "$out"
}

[[ ${#revs[@]} -eq 0 ]] && revs=("")
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "medians over $reps runs, one thread, one replicate each"
printf '%-10s %-10s %16s %18s %12s\n' revision config wall_s/replicate agent_days/s peak_MB
for rev in "${revs[@]}"; do
  bin=$(build_rev "$rev")
  for cfg in $configs; do
    read -r wall rate mem < <(measure "$bin" "$cfg")
    printf '%-10s %-10s %16.3f %18.0f %12.0f\n' "${rev:-HEAD}" "$cfg" "$wall" "$rate" "$mem"
  done
  echo "${rev:-HEAD}: speed-up 1→2 threads, 16 replicates (trondheim): $(speedup "$bin")×"
done
