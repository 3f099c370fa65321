#!/usr/bin/env bash
# Time to the first answer and to the last of a workshop run, as the room sees it: starts
# `samsim serve` on a free loopback port, posts the default page request (base design
# coordinator-group, 1,500 staff, 460 days, one setting changed) and times, from the POST, the
# first "progress" event (first replicate of all three scenarios) and the "done" event.
# Usage: bench/serve/run.sh [BUILD_DIR] [REPLICATES] [REPEATS]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
replicates=${2:-10}
repeats=${3:-3}
out=$(mktemp -d)
trap 'kill -INT $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$out"' EXIT

"$build/samsim" serve --port 0 --out "$out/runs" >"$out/log" 2>&1 &
server=$!
for _ in $(seq 50); do grep -q 'http://' "$out/log" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$out/log")
body=$(printf '{"design":"designs/coordinator-group","settings":{"municipality.staff":1500,"hub.size":12},"replicates":%d}' "$replicates")

echo "samsim serve: 3 scenarios × $replicates replicates at 1,500 staff, 460 days; $(nproc) cores"
for r in $(seq "$repeats"); do
  start=$(date +%s.%N)
  curl -sN -X POST -H 'Content-Type: application/json' -d "$body" "$url/api/run" |
    while IFS= read -r line; do
      case "$line" in
        "event: progress") [[ -z ${first:-} ]] && first=$(date +%s.%N) ;;
        "event: done")
          done=$(date +%s.%N)
          awk -v r="$r" -v n="$replicates" -v s="$start" -v f="${first:-$done}" -v d="$done" \
        'BEGIN { printf "run %d: first result %.2f s, all %d replicates %.2f s\n", r, f - s, n, d - s }'
          ;;
      esac
    done
done
