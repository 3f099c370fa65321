#!/usr/bin/env python3
"""Checks scripts/stationarity.py's fits against reference values and its reading of a run.

Reference: statsmodels 0.13.5 (Debian python3-statsmodels), for x = 1..12 and the y below,
  sm.OLS(y, sm.add_constant(x)).fit(cov_type='HAC', cov_kwds={'maxlags': 2, 'use_correction': False})
gives slope 0.7765734265734272 and HAC standard error 0.025858807570622408; the plain OLS
standard error is 0.04506421974708179. The lag rule floor(4 (12/100)^(2/9)) = 2.
"""
import csv
import importlib.util
import os
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("stationarity", os.path.join(here, "..", "..", "scripts", "stationarity.py"))
st = importlib.util.module_from_spec(spec)
spec.loader.exec_module(st)

failures = []


def close(name, got, want, tol=1e-12):
    if abs(got - want) > tol * max(1.0, abs(want)):
        failures.append(f"{name}: got {got!r}, expected {want!r}")


x = list(range(1, 13))
y = [2.0, 2.9, 4.2, 3.8, 5.5, 6.1, 6.0, 7.4, 8.8, 8.1, 9.9, 11.2]
r = st.fit(x, y)
close("slope", r["slope"], 0.7765734265734272)
close("HAC se", r["se_hac"], 0.025858807570622408)
close("OLS se", r["se_ols"], 0.04506421974708179)
if r["lag"] != 2:
    failures.append(f"lag: got {r['lag']}, expected 2")
close("t975(10)", r["t"], 2.2281388519649385, 1e-4)  # scipy.stats.t.ppf(0.975, 10)

# A run's network series repeats each measurement weekly: only distinct values are fitted, and
# replicates are averaged per day; days outside the window are left out.
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "timeseries.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["scenario", "replicate", "day", "metric", "value"])
        for rep, shift in ((0, 0.0), (1, 2.0)):
            for day, v in ((229, 9.0), (234, 1.0), (239, 1.0), (244, 2.0), (249, 2.0), (254, 4.0), (259, 3.0)):
                w.writerow(["s", rep, day, "mean_constraint", v + shift])
                w.writerow(["s", rep, day, "issues_open", v + shift])
    days, values = st.series(os.path.join(d, "timeseries.csv"), "mean_constraint", 230, 459)
    if values != [2.0, 3.0, 5.0, 4.0] or days != [234 / 5, 244 / 5, 254 / 5, 259 / 5]:
        failures.append(f"network series: got {days} {values}")
    days, values = st.series(os.path.join(d, "timeseries.csv"), "issues_open", 230, 459)
    if values != [2.0, 2.0, 3.0, 3.0, 5.0, 4.0]:
        failures.append(f"weekly series: got {values}")
    # Per replicate, by hand: weeks 46.8, 48.8, 50.8, 51.8 (sxx 14.75); replicate 0 has values
    # 1, 2, 4, 3 (sxy 7.5, slope 0.50847…, level 2.5), replicate 1 the same + 2 (level 4.5); the
    # trend is the slope × 46 weeks ÷ level.
    trends = sorted(st.replicate_trends(os.path.join(d, "timeseries.csv"), "mean_constraint", 230, 459))
    if len(trends) != 2:
        failures.append(f"replicate trends: got {trends}")
    else:
        close("trend, replicate 1", trends[0], 7.5 / 14.75 * 46 / 4.5)
        close("trend, replicate 0", trends[1], 7.5 / 14.75 * 46 / 2.5)

# Mean over replicates with a Student-t interval: 1, 2, 3, 4 has mean 2.5, standard error
# sqrt(5/3)/2 and t(3) = 3.182446305284263 (scipy.stats.t.ppf(0.975, 3)).
m, lo, hi = st.mean_interval([1.0, 2.0, 3.0, 4.0])
close("mean", m, 2.5)
close("interval low", lo, 2.5 - 3.182446305284263 * (5 / 3) ** 0.5 / 2)
close("interval high", hi, 2.5 + 3.182446305284263 * (5 / 3) ** 0.5 / 2)
close("t975(40)", st.t975(40), 2.0210753903062737, 1e-6)  # scipy.stats.t.ppf(0.975, 40)

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("stationarity.py: fit and series agree with the reference values")
