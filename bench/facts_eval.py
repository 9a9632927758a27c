"""`make eval`, verdicts: how the site's markers hold on hand-labelled real coverage.

Writes the 24 hand-labelled ECB+ stories of `../shared/gold/facts/ecbplus/` as a
project, builds it with the installed `coverage-site`, and scores the build with
the gold's own `facts.py` (facts found, verdict right, conflict precision and
recall, look-alikes aligned). `--verbose` lists every miss and false alarm;
`--keep DIR` leaves the project there for reading the site by eye.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "facts"
TARGETS = {"conflict_precision": (">=", 0.90), "conflict_recall": (">=", 0.60), "fact_recall": (">=", 0.70),
           "verdict_accuracy": (">=", 0.90), "lookalike_merge_rate": ("<=", 0.05)}


def scorer():
    spec = importlib.util.spec_from_file_location("facts", GOLD / "facts.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build(project: Path) -> dict:
    facts = scorer()
    facts.cmd_corpus(GOLD / "ecbplus", project)
    exe = Path(sys.executable).with_name("coverage-site")
    subprocess.run([str(exe), "build", "--root", str(project), "--out", str(project / "_site"), "--clean"],
                   check=True, stdout=subprocess.DEVNULL)
    return json.loads((project / "_site" / "data" / "coverage.json").read_text(encoding="utf-8"))


def report(data: dict, verbose: bool) -> dict:
    facts = scorer()
    gold = facts.load_gold(GOLD / "ecbplus")
    r = facts.score(gold, data, verbose=True)
    kinds = Counter(x["kind"] for g in gold for x in g["facts"])
    missed_kinds = Counter()
    by_id = {(g["story"], x["id"]): x["kind"] for g in gold for x in g["facts"]}
    for line in r["missed"]:
        story, fid = line.split(" ")[0].split(":")
        missed_kinds[by_id[(story, fid)]] += 1
    if verbose:
        for k in ("false_alarms", "wrong_verdict", "missed", "lookalikes_merged"):
            for line in r[k]:
                print(f"{k}: {line}")
    print(f"Verdicts on hand-labelled ECB+ facts ({r['stories']} stories, {r['facts']} facts, {r['gold_conflicts']} conflicts):")
    for key, (op, target) in TARGETS.items():
        value = r[key]
        ok = value >= target if op == ">=" else value <= target
        extra = f" ({r['site_conflicts']} marked)" if key == "conflict_precision" else ""
        print(f"  {key:22} {value:.3f}{extra}  target {op} {target:.2f}  {'met' if ok else 'NOT MET'}")
    print("  found by kind: " + ", ".join(f"{k} {1 - missed_kinds[k] / n:.2f}" for k, n in kinds.most_common()))
    return r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--keep", type=Path, help="build the project here and keep it")
    a = ap.parse_args()
    if a.keep:
        report(build(a.keep), a.verbose)
        return
    with tempfile.TemporaryDirectory() as tmp:
        report(build(Path(tmp)), a.verbose)


if __name__ == "__main__":
    main()
