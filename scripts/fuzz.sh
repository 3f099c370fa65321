#!/usr/bin/env bash
# Runs every libFuzzer target of the fuzz preset for SECONDS each (default 600), FUZZ_JOBS targets
# at a time (default: the number of cores; each target is one process), starting from the
# committed corpus (fuzz/corpus/TARGET) with the target's dictionary.
# A crash, a hang (one input > 1 s), a leak, an out-of-memory or an exception other than bad
# input stops that target and fails the script; the input is saved under build-fuzz/findings/
# (add it to tests/fuzz/TARGET once fixed). Prints per target: seconds, inputs tried, result.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
targets=(scenario_reader sweep_reader edge_list_reader report_directory_reader)
(($# > 1)) && targets=("${@:2}")  # scripts/fuzz.sh SECONDS [TARGET...]
bin=build-fuzz/fuzz
mkdir -p build-fuzz/findings build-fuzz/logs
jobs=${FUZZ_JOBS:-$(nproc)}
((jobs >= 1)) || jobs=1

# fuzz_one TARGET: runs it and writes its line of the table to build-fuzz/logs/TARGET.result.
fuzz_one() {
  local t=$1 work=build-fuzz/corpus/$1 log=build-fuzz/logs/$1.log start rc took runs result
  mkdir -p "$work"  # new inputs go here, never into the committed corpus
  start=$(date +%s)
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$bin/fuzz_$t" "$work" "fuzz/corpus/$t" -dict="fuzz/$t.dict" -max_total_time="$seconds" -timeout=1 \
    -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 -artifact_prefix="build-fuzz/findings/$t-" \
    >"$log" 2>&1
  rc=$?
  took=$(($(date +%s) - start))
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  if ((rc == 0)); then
    result=ok
  else
    result="FAILED (exit $rc): $(grep -m1 -E 'ERROR: |==ERROR|deadly signal|timeout|out-of-memory|leak' "$log" | cut -c1-120)"
  fi
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
