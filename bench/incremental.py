"""Benchmark: add one article to the 982-article ECB+ site; how much build work is the rebuild?

Targets (issues #6 and #7): under 1 s, and under 0.3 s, of build work; the same bytes as a clean build.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import ecb  # noqa: E402

from coverage_site.build import build  # noqa: E402
from coverage_site.config import load_config  # noqa: E402

NEW = ("---\ntitle: Late report\nsource: Example Wire\n---\n"
       "Tara Reid checked into Promises Treatment Center in Malibu, her representative told People on Tuesday.\n")


def files(folder: Path) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def run() -> dict:
    """Add five articles one by one (each its own rebuild), then compare the last site with a clean build."""
    work = Path(tempfile.mkdtemp())
    root = work / "project"
    shutil.copytree(ecb(), root, ignore=shutil.ignore_patterns(".cache"))  # cold: no build cache of earlier runs
    out = work / "site"
    cold = build(load_config(root, out))
    same = build(load_config(root, out))
    added = []
    for n, day in enumerate(DAYS):
        (root / "content" / "articles" / f"late-report-{n}.md").write_text(NEW.replace("Tuesday", day), encoding="utf-8")
        twin = work / f"twin-{n}"
        if n == len(DAYS) - 1:
            shutil.copytree(out, twin)
        added.append(build(load_config(root, out)))
    clean = build(load_config(root, twin, clean=True))
    identical = files(out) == files(twin)
    shutil.rmtree(work)
    median = sorted(added, key=lambda r: r.seconds)[len(added) // 2]
    return {"articles": median.articles, "cold": cold.seconds, "unchanged": same.seconds,
            "incremental": median.seconds, "stages": median.stages, "clean": clean.seconds, "identical": identical}


if __name__ == "__main__":
    r = run()
    stages = ", ".join(f"{k} {v:.2f}" for k, v in r["stages"].items())
    print(f"incremental: {r['articles']} articles; cold build {r['cold']:.2f} s; rebuild with nothing changed "
          f"{r['unchanged']:.2f} s; rebuild after adding one article {r['incremental']:.2f} s (median of {len(DAYS)}; "
          f"{stages}); clean build {r['clean']:.2f} s; byte-identical to the clean build: {r['identical']}; "
          f"targets < 1 s (#6), < 0.3 s (#7)")
