#!/usr/bin/env python3
"""Stationarity of a run's weekly series over a window of measured days (docs/calibration.md §5).

Usage: scripts/stationarity.py RUN_DIR [--from DAY] [--to DAY] [--metrics a,b,c]

Reads RUN_DIR/timeseries.csv (samsim run or compare), averages each series over replicates per
sampled day, keeps the days in [from, to] (default the second measured year, 230–459) and fits an
ordinary least-squares line. For each series it prints the slope per week with two 95 % intervals:
  - OLS: Student t with n − 2 degrees of freedom (assumes independent points);
  - HAC: Newey–West (Bartlett kernel, lag L = floor(4 (n/100)^(2/9))), normal quantile, which
    allows for the autocorrelation of weekly queue lengths and slowly moving network measures.
Network measures are taken every network.measure_every_days and repeated in the weekly series in
between; only distinct consecutive values are fitted (the days on which a measurement changed).
Standard library only.
"""
import argparse
import csv
import math
import sys
from collections import defaultdict

DEFAULT_METRICS = ["issues_open", "cross_sector_tie_density", "mean_constraint"]
NETWORK_METRICS = {"cross_sector_tie_density", "mean_constraint", "key_person_share", "cross_sector_tie_share"}
DAYS_PER_WEEK = 5.0


def t975(df):
    """Two-sided 95 % Student-t quantile (Cornish-Fisher expansion; exact to 1e-4 for df >= 3)."""
    z = 1.959963984540054
    g1 = (z**3 + z) / 4
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
    g4 = (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / 92160
    return z + g1 / df + g2 / df**2 + g3 / df**3 + g4 / df**4


def fit(x, y):
    """OLS slope of y on x with OLS and Newey-West standard errors; returns a dict."""
    n = len(x)
    mx = sum(x) / n
    my = sum(y) / n
    sxx = sum((a - mx) ** 2 for a in x)
    slope = sum((a - mx) * (b - my) for a, b in zip(x, y)) / sxx
    intercept = my - slope * mx
    e = [b - intercept - slope * a for a, b in zip(x, y)]
    s2 = sum(r * r for r in e) / (n - 2)
    se_ols = math.sqrt(s2 / sxx)
    # Newey-West: var(slope) = sum_t sum_s w(|t-s|) u_t u_s / sxx^2 with u_t = (x_t - mx) e_t.
    lag = int(math.floor(4 * (n / 100.0) ** (2.0 / 9.0)))
    u = [(a - mx) * r for a, r in zip(x, e)]
    s = sum(v * v for v in u)
    for ell in range(1, lag + 1):
        w = 1.0 - ell / (lag + 1.0)
        s += 2.0 * w * sum(u[t] * u[t - ell] for t in range(ell, n))
    se_hac = math.sqrt(max(s, 0.0)) / sxx
    return {"n": n, "mean": my, "slope": slope, "se_ols": se_ols, "se_hac": se_hac, "lag": lag,
            "t": t975(n - 2)}


def series(path, metric, first, last):
    by_day = defaultdict(list)
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            if row["metric"] != metric or row["value"] == "":
                continue
            day = int(row["day"])
            if first <= day <= last:
                by_day[day].append(float(row["value"]))
    days = sorted(by_day)
    values = [sum(by_day[d]) / len(by_day[d]) for d in days]
    if metric in NETWORK_METRICS:  # keep the days on which a new measurement shows
        kept = [(d, v) for k, (d, v) in enumerate(zip(days, values)) if k == 0 or v != values[k - 1]]
        days = [d for d, _ in kept]
        values = [v for _, v in kept]
    return [d / DAYS_PER_WEEK for d in days], values


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("run_dir")
    p.add_argument("--from", dest="first", type=int, default=230)
    p.add_argument("--to", dest="last", type=int, default=459)
    p.add_argument("--metrics", default=",".join(DEFAULT_METRICS))
    a = p.parse_args()
    path = a.run_dir.rstrip("/") + "/timeseries.csv"
    try:
        open(path).close()
    except OSError as e:
        print(f"stationarity.py: {path}: {e.strerror}", file=sys.stderr)
        return 2
    print("| series | points | mean | slope per week | OLS 95 % interval | HAC 95 % interval (lag) "
          "| change per year | OLS contains 0 | HAC contains 0 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for metric in a.metrics.split(","):
        x, y = series(path, metric, a.first, a.last)
        if len(x) < 4:
            print(f"| `{metric}` | {len(x)} | too few points to fit | | | | | | |")
            continue
        r = fit(x, y)
        ols = (r["slope"] - r["t"] * r["se_ols"], r["slope"] + r["t"] * r["se_ols"])
        hac = (r["slope"] - 1.959963984540054 * r["se_hac"], r["slope"] + 1.959963984540054 * r["se_hac"])
        per_year = r["slope"] * 230 / DAYS_PER_WEEK / r["mean"] * 100 if r["mean"] else float("nan")
        yes = lambda lo, hi: "yes" if lo <= 0 <= hi else "no"  # noqa: E731
        print(f"| `{metric}` | {r['n']} | {r['mean']:.4g} | {r['slope']:+.3g} | [{ols[0]:+.3g}, {ols[1]:+.3g}] "
              f"| [{hac[0]:+.3g}, {hac[1]:+.3g}] ({r['lag']}) | {per_year:+.1f} % | {yes(*ols)} | {yes(*hac)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
