"""Benchmark: add one article to the 982-article ECB+ site; how much build work is the rebuild?

Target (issue): under 1 s of build work, and the same bytes as a clean build.
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


def run() -> dict:
    work = Path(tempfile.mkdtemp())
    root = work / "project"
    shutil.copytree(ecb(), root)
    out = work / "site"
    cold = build(load_config(root, out))
    (root / "content" / "articles" / "late-report.md").write_text(NEW, encoding="utf-8")
    twin = work / "twin"
    shutil.copytree(out, twin)
    warm = build(load_config(root, out))
    clean = build(load_config(root, twin, clean=True))
    same = files(out) == files(twin)
    shutil.rmtree(work)
    return {"articles": warm.articles, "cold": cold.seconds, "incremental": warm.seconds, "clean": clean.seconds,
            "identical": same}


if __name__ == "__main__":
    r = run()
    print(f"incremental: {r['articles']} articles; cold build {r['cold']:.2f} s, rebuild after adding one article "
          f"{r['incremental']:.2f} s (clean {r['clean']:.2f} s); byte-identical to clean build: {r['identical']}; target < 1 s")
