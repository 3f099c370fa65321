#!/bin/sh
# Regenerates the parameter tables of docs/ODD.md §10 from the scenario schema (everything from
# the first "#### `run`" heading to the end of the file). Run after a release build.
set -eu
cd "$(dirname "$0")/.."
gen=build/tests/models/samsim_odd_params
[ -x "$gen" ] || { echo "odd-params.sh: $gen missing: cmake --build --preset release --target samsim_odd_params" >&2; exit 2; }
tmp=$(mktemp)
sed '/^#### `run`/,$d' docs/ODD.md > "$tmp"
"$gen" | sed '1{/^$/d}' >> "$tmp"
mv "$tmp" docs/ODD.md
