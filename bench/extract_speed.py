"""Benchmark: claim extraction over the 982 ECB+ articles (issue #15 target: under 5 s).

Runs in a fresh interpreter so start-up and the lazy gazetteer load are counted
once, as a user running `coverage-site extract` over a corpus would pay them.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = r"""
import json, sys, time
sys.path.insert(0, %r)
from eval import article, load
docs = load()
t0 = time.perf_counter()
from coverage_site.claims import extract_claims
articles = [article(d) for d in docs]
t1 = time.perf_counter()
n = sum(len(extract_claims(a)) for a in articles)
t2 = time.perf_counter()
print(json.dumps({"articles": len(articles), "claims": n, "read": t1 - t0, "extract": t2 - t1}))
"""


def run(repeats: int = 3) -> dict:
    results = []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", CHILD % str(HERE)], capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout))
    best = {k: statistics.median(r[k] for r in results) for k in ("read", "extract")}
    return {"articles": results[0]["articles"], "claims": results[0]["claims"], **best, "runs": repeats}


if __name__ == "__main__":
    r = run()
    print(f"extract: {r['articles']} ECB+ articles, {r['claims']} claims, "
          f"read {r['read']:.2f} s + extract {r['extract']:.2f} s (median of {r['runs']}); target < 5 s")
