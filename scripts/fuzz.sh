#!/usr/bin/env bash
# Runs every libFuzzer target of the fuzz preset for SECONDS each (default 600), FUZZ_JOBS targets
# at a time (default: the number of cores; each target is one process), starting from the
# committed corpus (fuzz/corpus/TARGET) with the target's dictionary.
# A crash, a timeout (one input over 1 s: libFuzzer's -timeout, exit 70), a leak, an out-of-memory
# (over 2 GB), an exception other than bad input, or a target still running two minutes after its
# time (a hang libFuzzer's own timer missed) stops that target and fails the script; the input is
# saved under build-fuzz/findings/ (add it to tests/fuzz/TARGET once fixed). Prints per target:
# seconds, inputs tried, result.
# The scenario reader spends the second half of its SECONDS on large inputs (up to 1.1 MB, past
# the 1 MB a YAML file may have; 10 s per input for the sanitizers' cost on a whole megabyte),
# seeded with an alias bomb and 80,000 keys, so hostile YAML's size and repetition are fuzzed too;
# the whole run takes no longer than before.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
targets=(scenario_reader sweep_reader edge_list_reader report_directory_reader)
(($# > 1)) && targets=("${@:2}")  # scripts/fuzz.sh SECONDS [TARGET...]
bin=build-fuzz/fuzz
mkdir -p build-fuzz/findings build-fuzz/logs
jobs=${FUZZ_JOBS:-$(nproc)}
((jobs >= 1)) || jobs=1

# run_fuzzer TARGET WORK SECONDS MAX_LEN TIMEOUT LOG: one libFuzzer run; its exit code.
run_fuzzer() {
  local t=$1 work=$2 seconds=$3 max_len=$4 timeout=$5 log=$6
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    timeout -k 10 $((seconds + 120)) \
    "$bin/fuzz_$t" "$work" "fuzz/corpus/$t" -dict="fuzz/$t.dict" -max_total_time="$seconds" \
    -timeout="$timeout" -timeout_exitcode=70 -error_exitcode=77 -rss_limit_mb=2048 -max_len="$max_len" \
    -print_final_stats=1 -artifact_prefix="build-fuzz/findings/$t-" >>"$log" 2>&1
}

# large_seeds DIR: the scenario reader's large inputs to start from (never committed: 800 KB).
large_seeds() {
  mkdir -p "$1"
  {
    echo 'a0: &a0 [x, x, x, x, x, x, x, x, x]'
    for level in 1 2 3 4 5 6 7 8 9; do
      echo "a$level: &a$level [$(printf "*a$((level - 1)), %.0s" 1 2 3 4 5 6 7 8)*a$((level - 1))]"
    done
  } >"$1/alias-bomb.yaml"
  awk 'BEGIN { for (i = 0; i < 80000; ++i) print "k" i ": 1"; print "k0: again" }' >"$1/many-keys.yaml"
}

# verdict RC LOG SECONDS: what one run's exit code means.
verdict() {
  local rc=$1 log=$2 seconds=$3
  case $rc in
    0) echo ok ;;
    70) echo "FAILED (timeout): an input ran longer than -timeout; $(grep -m1 -E 'Test unit written|timeout after' "$log" | cut -c1-100)" ;;
    71) echo "FAILED (out-of-memory): $(grep -m1 -E 'out-of-memory|rss limit' "$log" | cut -c1-100)" ;;
    124 | 137) echo "FAILED (hang): still running $((seconds + 120)) s after it started" ;;
    *) echo "FAILED (exit $rc): $(grep -m1 -E 'ERROR: |==ERROR|deadly signal|leak' "$log" | cut -c1-120)" ;;
  esac
}

# fuzz_one TARGET: runs it and writes its line of the table to build-fuzz/logs/TARGET.result.
fuzz_one() {
  local t=$1 work=build-fuzz/corpus/$1 log=build-fuzz/logs/$1.log start rc took runs result half
  mkdir -p "$work"  # new inputs go here, never into the committed corpus
  : >"$log"
  start=$(date +%s)
  if [[ $t == scenario_reader ]]; then
    half=$(((seconds + 1) / 2))
    run_fuzzer "$t" "$work" "$half" 8192 1 "$log"
    rc=$?
    result=$(verdict "$rc" "$log" "$half")
    if ((rc == 0)); then
      large_seeds "$work-large"
      run_fuzzer "$t" "$work-large" "$((seconds - half))" 1100000 10 "$log"
      rc=$?
      result=$(verdict "$rc" "$log" "$((seconds - half))")
      [[ $result == ok ]] || result="${result/FAILED/FAILED on large inputs}"
    fi
  else
    run_fuzzer "$t" "$work" "$seconds" 8192 1 "$log"
    result=$(verdict $? "$log" "$seconds")
  fi
  took=$(($(date +%s) - start))
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | awk '{ n += $1 } END { if (NR) print n }')
  printf '%-26s %8s %12s  %s\n' "$t" "$took" "${runs:-?}" "$result" >"build-fuzz/logs/$t.result"
}

running=0
for t in "${targets[@]}"; do
  rm -f "build-fuzz/logs/$t.result"
  fuzz_one "$t" &
  running=$((running + 1))
  if ((running >= jobs)); then
    wait -n
    running=$((running - 1))
  fi
done
wait

status=0
printf '%-26s %8s %12s  %s\n' target seconds inputs result
for t in "${targets[@]}"; do
  if [[ -f build-fuzz/logs/$t.result ]]; then
    cat "build-fuzz/logs/$t.result"
    grep -q ' ok$' "build-fuzz/logs/$t.result" || status=1
  else
    printf '%-26s %8s %12s  %s\n' "$t" - - "FAILED: no result (see build-fuzz/logs/$t.log)"
    status=1
  fi
done
exit $status
