#!/usr/bin/env python3
"""Stationarity of a run's weekly series over a window of measured days (docs/calibration.md §5).

Usage: scripts/stationarity.py RUN_DIR [--from DAY] [--to DAY] [--metrics a,b,c]

Reads RUN_DIR/timeseries.csv (samsim run or compare), keeps the days in [from, to] (default the
second measured year, 230–459) and fits ordinary least-squares lines. It prints three 95 %
intervals for each series' trend:
  - replicates: each replicate's OLS slope as a change per year relative to its level; the mean
    over replicates with a Student-t interval (n − 1 degrees of freedom). Replicates are
    independent realisations, so this interval is the one for the expected trend of the process;
  - OLS and HAC on the series averaged over replicates per sampled day: Student t with n − 2
    degrees of freedom (independent points), and Newey–West (Bartlett kernel, lag
    L = floor(4 (n/100)^(2/9)), normal quantile) for autocorrelated points. Both take the one
    averaged path for the process: with a few replicates of a large organisation the path is so
    smooth that its slow wandering shows as a trend.
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


# Two-sided 95 % Student-t quantiles for 1–30 degrees of freedom (scipy.stats.t.ppf(0.975, df)).
T975_TABLE = [
    12.706204736174698, 4.302652729749464, 3.182446305284263, 2.7764451051977934, 2.570581835636314,
    2.4469118511449666, 2.3646242515927853, 2.306004135204168, 2.2621571628540993, 2.2281388519649385,
    2.200985160082949, 2.1788128296634177, 2.1603686564627917, 2.1447866879169273, 2.131449545559323,
    2.1199052992210112, 2.1098155778331806, 2.10092204024096, 2.093024054408263, 2.0859634472658364,
    2.0796138447276626, 2.0738730679040147, 2.068657610419041, 2.0638985616280205, 2.059538552753294,
    2.055529438642871, 2.0518305164802833, 2.048407141795244, 2.045229642132703, 2.0422724563012373,
]


def t975(df):
    """Two-sided 95 % Student-t quantile: the table up to 30 degrees of freedom, beyond it the
    Cornish-Fisher expansion (within 1e-6 of the exact value for df > 30)."""
    if df <= len(T975_TABLE):
        return T975_TABLE[df - 1]
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


def distinct(metric, days, values):
    """Network measures repeat between measurements: keep the days on which a new one shows."""
    if metric not in NETWORK_METRICS:
        return days, values
    kept = [(d, v) for k, (d, v) in enumerate(zip(days, values)) if k == 0 or v != values[k - 1]]
    return [d for d, _ in kept], [v for _, v in kept]


def read(path, metric, first, last):
    """{replicate: {day: value}} for one metric within [first, last]."""
    out = defaultdict(dict)
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            if row["metric"] != metric or row["value"] == "":
                continue
            day = int(row["day"])
            if first <= day <= last:
                out[(row.get("scenario", ""), row["replicate"])][day] = float(row["value"])
    return out


def series(path, metric, first, last):
    """The series averaged over replicates per sampled day (weeks, values)."""
    by_day = defaultdict(list)
    for per_day in read(path, metric, first, last).values():
        for day, v in per_day.items():
            by_day[day].append(v)
    days = sorted(by_day)
    days, values = distinct(metric, days, [sum(by_day[d]) / len(by_day[d]) for d in days])
    return [d / DAYS_PER_WEEK for d in days], values


def replicate_trends(path, metric, first, last):
    """Each replicate's OLS trend as a change per year (230 working days) relative to its level."""
    trends = []
    for per_day in read(path, metric, first, last).values():
        days = sorted(per_day)
        days, values = distinct(metric, days, [per_day[d] for d in days])
        if len(days) < 4:
            continue
        r = fit([d / DAYS_PER_WEEK for d in days], values)
        if r["mean"]:
            trends.append(r["slope"] * 230 / DAYS_PER_WEEK / r["mean"])
    return trends


def mean_interval(values):
    """Mean with a two-sided 95 % Student-t interval (None when fewer than two values)."""
    n = len(values)
    m = sum(values) / n
    if n < 2:
        return m, None, None
    sd = math.sqrt(sum((v - m) ** 2 for v in values) / (n - 1))
    h = t975(n - 1) * sd / math.sqrt(n)
    return m, m - h, m + h


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
    print("| series | replicates: change per year [95 %] | contains 0 | points | mean | slope per week "
          "| OLS 95 % interval | HAC 95 % interval (lag) | change per year | OLS contains 0 | HAC contains 0 |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    yes = lambda lo, hi: "yes" if lo <= 0 <= hi else "no"  # noqa: E731
    for metric in a.metrics.split(","):
        x, y = series(path, metric, a.first, a.last)
        if len(x) < 4:
            print(f"| `{metric}` | | | {len(x)} | too few points to fit | | | | | | |")
            continue
        trends = replicate_trends(path, metric, a.first, a.last)
        m, lo, hi = mean_interval(trends) if trends else (float("nan"), None, None)
        if lo is None:
            rep = (f"{m * 100:+.2f} % (one replicate)", "")
        else:
            rep = (f"{m * 100:+.2f} % [{lo * 100:+.2f}, {hi * 100:+.2f}] ({len(trends)})", yes(lo, hi))
        r = fit(x, y)
        ols = (r["slope"] - r["t"] * r["se_ols"], r["slope"] + r["t"] * r["se_ols"])
        hac = (r["slope"] - 1.959963984540054 * r["se_hac"], r["slope"] + 1.959963984540054 * r["se_hac"])
        per_year = r["slope"] * 230 / DAYS_PER_WEEK / r["mean"] * 100 if r["mean"] else float("nan")
        print(f"| `{metric}` | {rep[0]} | {rep[1]} | {r['n']} | {r['mean']:.4g} | {r['slope']:+.3g} "
              f"| [{ols[0]:+.3g}, {ols[1]:+.3g}] "
              f"| [{hac[0]:+.3g}, {hac[1]:+.3g}] ({r['lag']}) | {per_year:+.1f} % | {yes(*ols)} | {yes(*hac)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
