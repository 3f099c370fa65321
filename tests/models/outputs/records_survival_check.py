#!/usr/bin/env python3
"""The case records checked against the field's reference: a crisis scenario and a normal-times
scenario run at 1,500 staff with `--record cases`, and records_survival_check.R recomputes
summary.csv's counts, resolved shares, rmst_days and cross_sector_rmst_days from cases.csv with R's
survival package (survfit's restricted mean) to 1e-9. Cases are dropped after 60 days here, so
that solved, dropped and open cases all occur. The examples of docs/outputs.md ("Case and person
records") run on the crisis result: the R one must give its rmst_days, the Python one must run.
R or its survival package missing fails the check naming the Debian package, or skips it (exit 77)
with SAMSIM_SKIP_MISSING_TOOLS=1 (tests/missing_tool.py)."""
import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from missing_tool import missing  # noqa: E402  (tests/missing_tool.py)

RSCRIPT = shutil.which("Rscript")
if RSCRIPT is None:
    missing("R (Rscript)", "r-base-core")
if subprocess.run([RSCRIPT, "-e", "library(survival)"], capture_output=True).returncode != 0:
    missing("R's survival package", "r-cran-survival")

# (scenario file, folder under out/): the crisis result sits where the examples of docs/outputs.md
# look for it (out/default/cases.csv, scenario "default").
SCENARIOS = [("scenarios/default.yaml", "default"), ("scenarios/normal/line-only.yaml", "line-only-normal")]
SETTINGS = ["municipality.staff=1500", "warmup_days=60", "days=200", "issues.max_age_days=60"]


def code_block(doc, language):
    # The records example: the first block of that language that reads cases.csv (the page has
    # other examples, e.g. loading a sweep's runs.csv with pandas).
    blocks = [b for b in re.findall(r"```" + language + r"\n(.*?)```", doc, re.S) if "cases.csv" in b]
    assert blocks, f"docs/outputs.md has no {language} example that reads cases.csv"
    return blocks[0]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--samsim", required=True)
    p.add_argument("--source", required=True)
    p.add_argument("--workdir", required=True)
    a = p.parse_args()
    shutil.rmtree(a.workdir, ignore_errors=True)
    os.makedirs(a.workdir)
    for scenario, folder in SCENARIOS:
        out = os.path.join(a.workdir, "out", folder)
        command = [a.samsim, "run", os.path.join(a.source, scenario), "-n", "2", "-q", "-o", out, "--record",
                   "cases"]
        for setting in SETTINGS:
            command += ["--set", setting]
        subprocess.run(command, check=True)
        with open(os.path.join(out, "manifest.json")) as f:
            horizon = json.load(f)["scenarios"][0]["outcomes"]["horizon_days"]
        subprocess.run([RSCRIPT, os.path.join(HERE, "records_survival_check.R"), out, str(horizon)], check=True)
        with open(os.path.join(out, "cases.csv"), newline="") as f:
            in_crisis = sum(1 for row in csv.DictReader(f) if row["crisis"] == "1")
        assert (in_crisis > 0) == (folder == "default"), (folder, in_crisis)

    with open(os.path.join(a.source, "docs", "outputs.md")) as f:
        doc = f.read()
    with open(os.path.join(a.workdir, "out", "default", "summary.csv"), newline="") as f:
        first = next(row for row in csv.DictReader(f) if row["scenario"] == "default" and row["replicate"] == "0")
    with open(os.path.join(a.workdir, "example.R"), "w") as f:
        f.write(code_block(doc, "r"))
    r = subprocess.run([RSCRIPT, "-e", "cat(format(eval(parse('example.R')), digits = 17))"], cwd=a.workdir,
                       capture_output=True, text=True, check=True)
    assert abs(float(r.stdout) - float(first["rmst_days"])) <= 1e-9, (r.stdout, first["rmst_days"])
    py = subprocess.run([sys.executable, "-c", code_block(doc, "python")], cwd=a.workdir, capture_output=True,
                        text=True, check=True)
    assert py.stdout.count("\n") == 2 and py.stdout.startswith("default 0 "), py.stdout
    print("records_survival_check: R's survival package agrees with summary.csv; the examples of "
          "docs/outputs.md run")


if __name__ == "__main__":
    main()
