#!/usr/bin/env bash
# Runs every libFuzzer target of the fuzz preset for SECONDS each (default 600), one after the
# other, starting from the committed corpus (fuzz/corpus/TARGET) with the target's dictionary.
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
status=0
printf '%-26s %8s %12s  %s\n' target seconds inputs result
for t in "${targets[@]}"; do
  work=build-fuzz/corpus/$t   # new inputs go here, never into the committed corpus
  mkdir -p "$work"
  log=build-fuzz/logs/$t.log
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
    status=1
  fi
  printf '%-26s %8s %12s  %s\n' "$t" "$took" "${runs:-?}" "$result"
done
exit $status
