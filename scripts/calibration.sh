#!/bin/sh
# Measures the seed-observation patterns of docs/calibration.md (section 6) at 15,000 staff and
# prints their table in markdown, paste-ready, with paired 95 % intervals and met / not met.
#   scripts/calibration.sh [replicates] [threads] [out-dir]      (defaults: 10, 2, out/calibration)
# Two `samsim compare` runs with common random numbers (one base seed for every scenario, so
# replicate r has the same seed in both runs and in every scenario):
#   crisis: scenarios/designs/line-only.yaml, adhoc-crisis-group.yaml,
#           scenarios/calibration/adhoc-crisis-group-30.yaml
#   normal: scenarios/normal/line-only.yaml, scenarios/calibration/line-only-normal-central-240.yaml
# Paired differences (B − A per replicate) are computed here from the runs' summary.csv and
# timeseries.csv; interval = mean ± t(0.975, n−1)·sd/√n. Needs a release build (build/samsim).
set -eu
cd "$(dirname "$0")/.."
N=${1:-10}
T=${2:-2}
OUT=${3:-out/calibration}
SEED=2021
BIN=build/samsim
[ -x "$BIN" ] || { echo "calibration.sh: build first ($BIN missing)" >&2; exit 2; }
case "$N" in '' | *[!0-9]*) echo "calibration.sh: replicates: expected a number ≥ 2, got '$N'" >&2; exit 2 ;; esac
[ "$N" -ge 2 ] || { echo "calibration.sh: replicates: expected a number ≥ 2, got '$N'" >&2; exit 2; }

start=$(date +%s)
"$BIN" compare scenarios/designs/line-only.yaml scenarios/designs/adhoc-crisis-group.yaml \
  scenarios/calibration/adhoc-crisis-group-30.yaml --seed "$SEED" -n "$N" -t "$T" -q --out "$OUT/crisis"
"$BIN" compare scenarios/normal/line-only.yaml scenarios/calibration/line-only-normal-central-240.yaml \
  --seed "$SEED" -n "$N" -t "$T" -q --out "$OUT/normal"
secs=$(($(date +%s) - start))

C="$OUT/crisis/summary.csv"
M="$OUT/normal/summary.csv"
CT="$OUT/crisis/timeseries.csv"

# Per replicate value of a summary column: values FILE SCENARIO COLUMN -> "replicate value" lines.
values() {
  awk -F, -v s="$2" -v col="$3" '
    NR == 1 { for (i = 1; i <= NF; i++) if ($i == col) c = i; if (!c) { print "no column " col > "/dev/stderr"; exit 2 } next }
    $1 == s && $c != "" && $c != "nan" { print $2, $c }' "$1"
}
# Per replicate value of a weekly series on a day: series FILE SCENARIO METRIC DAY.
series() {
  awk -F, -v s="$2" -v m="$3" -v d="$4" '$1 == s && $4 == m && $3 == d && $5 != "" && $5 != "nan" { print $2, $5 }' "$1"
}
# Paired change of a weekly series between two days in one scenario: change FILE SCENARIO METRIC
# DAY_A DAY_B -> "mean lo hi n" of (value on DAY_B − value on DAY_A) per replicate.
change() {
  series "$1" "$2" "$3" "$4" > "$tmp/a"
  series "$1" "$2" "$3" "$5" > "$tmp/b"
  paired "$tmp/a" "$tmp/b"
}
# Paired difference B − A of two "replicate value" streams (files): prints "mean lo hi n".
paired() {
  awk '
    function t975(df) {  # Student t, 0.975 quantile
      split("12.706 4.303 3.182 2.776 2.571 2.447 2.365 2.306 2.262 2.228 2.201 2.179 2.160 2.145 2.131 2.120 2.110 2.101 2.093 2.086 2.080 2.074 2.069 2.064 2.060 2.056 2.052 2.048 2.045 2.042", q, " ")
      return df <= 30 ? q[df] : (df <= 60 ? 2.000 : 1.960)
    }
    FNR == NR { a[$1] = $2; next }
    ($1 in a) { d = $2 - a[$1]; n++; s += d; ss += d * d }
    END {
      if (n < 2) { print "nan nan nan", n; exit }
      m = s / n; v = (ss - n * m * m) / (n - 1); if (v < 0) v = 0
      h = t975(n - 1) * sqrt(v / n)
      printf "%.6g %.6g %.6g %d\n", m, m - h, m + h, n
    }' "$1" "$2"
}
# A single quantity: mean and interval of "replicate value" lines (paired against zero).
single() {
  awk '{ print $1, 0 }' "$1" > "$tmp/zero"
  paired "$tmp/zero" "$1"
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fmt() { echo "$1" | awk '{ printf "%+.4g [%+.4g, %+.4g]", $1, $2, $3 }'; }
fmtv() { echo "$1" | awk '{ printf "%.4g [%.4g, %.4g]", $1, $2, $3 }'; }
# Criteria on "mean lo hi n": below (hi < 0), above (lo > 0), notabove (hi >= 0 … i.e. not
# significantly below 0), within LOW HIGH (interval inside [LOW, HIGH]).
judge() {
  echo "$1" | awk -v k="$2" -v a="${3:-}" -v b="${4:-}" '{
    met = (k == "below" && $3 < 0) || (k == "above" && $2 > 0) || (k == "notbelow" && $3 >= 0) ||
          (k == "within" && $2 >= a && $3 <= b)
    print ($1 == "nan" ? "no data" : (met ? "met" : "**not met**")) }'
}
row() {  # row ID PATTERN SOURCE MEASURE EXPECTED RESULT-TEXT VERDICT
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$5" "$6" "$7"
}

echo "Measured with \`scripts/calibration.sh $N $T\`: 15,000 staff, $N replicates per scenario, base seed $SEED"
echo "(common random numbers), $(git rev-parse --short HEAD 2>/dev/null || echo 'unknown commit'), run time ${secs} s."
echo "Differences are B − A per replicate, mean [paired 95 % interval]."
echo
echo "| # | pattern | source | measure (B − A) | expected | measured | met |"
echo "|---|---|---|---|---|---|---|"

values "$C" line-only crisis_cross_sector_rmst_days > "$tmp/a"
values "$C" adhoc-crisis-group crisis_cross_sector_rmst_days > "$tmp/b"
r=$(paired "$tmp/a" "$tmp/b")
row S1 "In the crisis the ad hoc group shortened cross-sector resolution" "000 §5.2, §7" \
  "\`crisis_cross_sector_rmst_days\`, ad hoc group − line only (crisis)" "< 0" "$(fmt "$r") days" "$(judge "$r" below)"

values "$C" line-only duplicate_solutions > "$tmp/a"
values "$C" adhoc-crisis-group duplicate_solutions > "$tmp/b"
r=$(paired "$tmp/a" "$tmp/b")
row S2 "The group harmonised practice across areas: fewer parallel local solutions" "000 §5.3 (execution: harmonised practice)" \
  "\`duplicate_solutions\`, ad hoc group − line only" "< 0" "$(fmt "$r")" "$(judge "$r" below)"

values "$C" line-only weak_signals_early_share > "$tmp/a"
values "$C" adhoc-crisis-group weak_signals_early_share > "$tmp/b"
r=$(paired "$tmp/a" "$tmp/b")
row S3 "Members brought budding concerns from their areas: a potential to catch weak signals early" "000 §5.2" \
  "\`weak_signals_early_share\`, ad hoc group − line only" "> 0 (small)" "$(fmt "$r")" "$(judge "$r" above)"

values "$C" line-only service_continuity > "$tmp/a"
values "$C" adhoc-crisis-group service_continuity > "$tmp/b"
r=$(paired "$tmp/a" "$tmp/b")
row S4 "The group made a difference on employer questions and redeployment of staff" "000 §5.2" \
  "\`service_continuity\` (critical sector), ad hoc group − line only" "> 0 (small)" "$(fmt "$r")" "$(judge "$r" above)"

values "$C" adhoc-crisis-group crisis_cross_sector_rmst_days > "$tmp/a"
values "$C" adhoc-crisis-group-30 crisis_cross_sector_rmst_days > "$tmp/b"
r=$(paired "$tmp/a" "$tmp/b")
values "$C" adhoc-crisis-group arena_meeting_hours > "$tmp/a"
values "$C" adhoc-crisis-group-30 arena_meeting_hours > "$tmp/b"
h=$(paired "$tmp/a" "$tmp/b")
row S5 "Small is beautiful: more coordination does not follow from a larger group" "000 §6.3 (\"Small is beautiful?\")" \
  "\`crisis_cross_sector_rmst_days\`, group of 30 − group of 10 (\`arena_meeting_hours\`: $(fmt "$h"))" \
  "≥ 0 (not faster)" "$(fmt "$r") days" "$(judge "$r" notbelow)"

values "$M" line-only-normal cross_sector_rmst_days > "$tmp/a"
values "$M" line-only-normal-central-240 cross_sector_rmst_days > "$tmp/b"
r=$(paired "$tmp/a" "$tmp/b")
row S6 "A large central staff is complex and hard to overview" "000 §5.1 (\"stor, kompleks og uoversiktlig\"), §7" \
  "\`cross_sector_rmst_days\`, central staff 240 − 120 (normal, line only)" "> 0" "$(fmt "$r") days" "$(judge "$r" above)"

values "$M" line-only-normal q1_rmst_days > "$tmp/a"
values "$M" line-only-normal cross_sector_rmst_days > "$tmp/b"
r=$(paired "$tmp/a" "$tmp/b")
ratio=$(paste -d' ' "$tmp/a" "$tmp/b" | awk '{ s += $4 / $2; n++ } END { printf "%.2f", s / n }')
row S7 "The line is slow for cross-sector issues in normal times" "000 §6.1, §7" \
  "\`cross_sector_rmst_days\` − \`q1_rmst_days\` (normal, line only; ratio $ratio, assumed ≥ 1.5)" "> 0" \
  "$(fmt "$r") days" "$(judge "$r" above)"

values "$M" line-only-normal cross_sector_rmst_days > "$tmp/a"
values "$C" line-only cross_sector_rmst_days > "$tmp/b"
r=$(paired "$tmp/a" "$tmp/b")
row S8 "In a crisis the leadership's attention is pulled outward: the line is slower still" "000 §5.2 (\"eksterne gravitasjonskrefter\")" \
  "\`cross_sector_rmst_days\`, line only crisis − normal" "> 0" "$(fmt "$r") days" "$(judge "$r" above)"

values "$M" line-only-normal key_person_share > "$tmp/a"
r=$(single "$tmp/a")
row S9 "Cross-sector coordination depends on key persons" "000 §6.3 (personavhengighet), §5.3" \
  "\`key_person_share\` (top 1 % of brokers, normal, line only)" "0.1–0.5 (assumed)" "$(fmtv "$r")" "$(judge "$r" within 0.1 0.5)"

r=$(change "$CT" adhoc-crisis-group cross_sector_tie_density 359 459)
row S10 "Drift: when coordination is no longer pressing, cross-sector relations fade" "000 §5.3, §6.1" \
  "\`cross_sector_tie_density\` day 459 − day 359 (ad hoc group dissolved at the crisis end)" "< 0" "$(fmt "$r")" "$(judge "$r" below)"

r=$(change "$CT" adhoc-crisis-group cross_sector_tie_density 59 359)
row S11 "Regular meetings across areas build relations and trust in the crisis" "000 §6.3 (kontinuitet i relasjonene), §5.3" \
  "\`cross_sector_tie_density\` day 359 − day 59 (ad hoc group)" "> 0" "$(fmt "$r")" "$(judge "$r" above)"

# S10m, S11m: the same patterns at the level of those who met (section 6).
r=$(change "$CT" adhoc-crisis-group arena_members_cross_sector_strength 359 459)
row S10m "Drift: the coordinators' relations across areas fade once the group no longer meets" "000 §5.3, §6.1" \
  "\`arena_members_cross_sector_strength\` day 459 − day 359 (ad hoc group dissolved at the crisis end)" "< 0" "$(fmt "$r")" "$(judge "$r" below)"

r=$(change "$CT" adhoc-crisis-group arena_members_cross_sector_strength 84 359)
row S11m "Meeting regularly across areas builds the members' relations" "000 §6.3 (kontinuitet i relasjonene), §5.3" \
  "\`arena_members_cross_sector_strength\` day 359 − day 84 (ad hoc group; first sample after its first meeting)" "> 0" "$(fmt "$r")" "$(judge "$r" above)"
