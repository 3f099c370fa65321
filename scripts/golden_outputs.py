#!/usr/bin/env python3
"""The guard of a restructuring: SHA-256 of summary.csv and timeseries.csv of every shipped scenario.

Runs each scenario under scenarios/ (the sweeps excepted) at 1,500 staff with 3 replicates and its
own seed, hashes the two outputs that the determinism contract covers, and compares the hashes with
tests/golden/outputs-1500.sha256. summary.csv is hashed without its wall_seconds column, the one
column that is a measurement of the machine rather than of the model.

    scripts/golden_outputs.py            # check: exit 0 when every hash agrees, 1 listing each that differs
    scripts/golden_outputs.py --write    # record the hashes of the current build (a commit that means to
                                         # change results says so and gives before/after figures)

A change meant to alter results is its own commit, records the new hashes with --write, and says in
its message which scenarios moved and by how much (--keep DIR keeps the outputs to compare).
"""
import argparse
import csv
import hashlib
import io
import os
import pathlib
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = pathlib.Path(__file__).resolve().parent.parent
RECORD = ROOT / "tests" / "golden" / "outputs-1500.sha256"
STAFF = 1500
REPLICATES = 3


def shipped_scenarios():
    return sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "scenarios").rglob("*.yaml")
                  if "sweeps" not in p.parts)


def summary_bytes(path):
    """summary.csv without wall_seconds, re-serialised byte for byte otherwise."""
    text = path.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return b""
    drop = [i for i, name in enumerate(rows[0]) if name == "wall_seconds"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow([v for i, v in enumerate(row) if i not in drop])
    return out.getvalue().encode("utf-8")


def run_one(binary, scenario, keep):
    with tempfile.TemporaryDirectory(prefix="samsim-golden-") as tmp:
        out = pathlib.Path(keep) / scenario.replace("/", "_").removesuffix(".yaml") if keep else pathlib.Path(tmp) / "out"
        cmd = [str(binary), "run", str(ROOT / scenario), "--set", f"municipality.staff={STAFF}",
               "-n", str(REPLICATES), "--threads", "1", "--out", str(out)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            return scenario, None, f"exit {proc.returncode}: {proc.stderr.strip()[:300]}"
        summary = hashlib.sha256(summary_bytes(out / "summary.csv")).hexdigest()
        series = hashlib.sha256((out / "timeseries.csv").read_bytes()).hexdigest()
        return scenario, (summary, series), None


def read_record():
    record = {}
    if RECORD.exists():
        for line in RECORD.read_text().splitlines():
            if line and not line.startswith("#"):
                digest, name = line.split(None, 1)
                record[name] = digest
    return record


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="record the hashes instead of checking them")
    parser.add_argument("--binary", default=str(ROOT / "build" / "samsim"))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", help="keep each scenario's outputs under this folder")
    parser.add_argument("scenarios", nargs="*", help="only these (default: every shipped scenario)")
    args = parser.parse_args()
    if not pathlib.Path(args.binary).exists():
        print(f"golden_outputs: {args.binary} is missing: build it first (make build)", file=sys.stderr)
        return 2
    scenarios = args.scenarios or shipped_scenarios()
    if args.keep:
        pathlib.Path(args.keep).mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda s: run_one(args.binary, s, args.keep), scenarios))

    failed = [(s, err) for s, _, err in results if err]
    for s, err in failed:
        print(f"golden_outputs: {s}: the run failed: {err}", file=sys.stderr)
    if failed:
        return 1
    current = {}
    for scenario, (summary, series), _ in results:
        current[f"{scenario} summary.csv"] = summary
        current[f"{scenario} timeseries.csv"] = series

    if args.write:
        record = read_record() if args.scenarios else {}
        record.update(current)
        RECORD.parent.mkdir(parents=True, exist_ok=True)
        lines = [f"# SHA-256 of every shipped scenario's outputs at {STAFF} staff, {REPLICATES} replicates,",
                 "# summary.csv without wall_seconds (scripts/golden_outputs.py --write)"]
        lines += [f"{record[k]}  {k}" for k in sorted(record)]
        RECORD.write_text("\n".join(lines) + "\n")
        print(f"golden_outputs: recorded {len(current)} hashes in {RECORD.relative_to(ROOT)}")
        return 0

    record = read_record()
    differ = [k for k in sorted(current) if record.get(k) != current[k]]
    for k in differ:
        print(f"golden_outputs: {k}: {'not recorded' if k not in record else 'differs from the record'}")
    if differ:
        print(f"golden_outputs: {len(differ)} of {len(current)} outputs differ", file=sys.stderr)
        return 1
    print(f"golden_outputs: all {len(current)} outputs byte-identical to the record")
    return 0


if __name__ == "__main__":
    sys.exit(main())
