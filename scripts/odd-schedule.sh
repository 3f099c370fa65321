#!/bin/sh
# Regenerates docs/ODD.md §3's table of the day's steps from the step table (models/schedule.cpp),
# between the two "<!-- schedule: ... -->" markers. Run after a release build;
# tests/models/odd_doc_test.cpp fails when the document and the table differ.
set -eu
cd "$(dirname "$0")/.."
gen=build/tests/models/samsim_odd_params
[ -x "$gen" ] || { echo "odd-schedule.sh: build first ($gen missing)" >&2; exit 2; }
table=$(mktemp)
tmp=$(mktemp)
"$gen" --schedule > "$table"
awk -v table="$table" '
  /^<!-- schedule: generated/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
  /^<!-- schedule: end -->/ { skip = 0 }
  !skip { print }
' docs/ODD.md > "$tmp"
mv "$tmp" docs/ODD.md
rm -f "$table"
