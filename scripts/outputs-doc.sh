#!/bin/sh
# Regenerates docs/outputs.md from the column records (analysis/report/metric_entries.cpp and
# earlier_columns.cpp). Run after a release build; test_analysis_report fails while the page is stale.
set -eu
cd "$(dirname "$0")/.."
gen=build/tests/analysis/report/samsim_outputs_doc
[ -x "$gen" ] || { echo "outputs-doc.sh: build first ($gen missing)" >&2; exit 2; }
tmp=$(mktemp)
"$gen" > "$tmp"
mv "$tmp" docs/outputs.md
