"""Profile our build on ECB+ with cProfile: a cold build and a rebuild after adding one article.

Writes bench/profile.md: stage times and the functions that take the most time
(own time, and time including what they call). Run: .venv/bin/python bench/profiling.py
"""

from __future__ import annotations

import cProfile
import io
import pstats
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import ecb  # noqa: E402
from incremental import NEW  # noqa: E402

from coverage_site.build import build  # noqa: E402
from coverage_site.config import load_config  # noqa: E402


def profiled(config) -> tuple[object, str]:
    profile = cProfile.Profile()
    profile.enable()
    result = build(config)
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(15)
    stats.sort_stats("cumulative").print_stats(25)
    return result, out.getvalue()


def section(title: str, result, text: str) -> str:
    stages = ", ".join(f"{k} {v:.2f} s" for k, v in result.stages.items())
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith(("   Ordered", "   List"))]
    return f"## {title}\n\n{result.seconds:.2f} s under the profiler ({stages}).\n\n```\n" + "\n".join(lines) + "\n```\n"


def main() -> int:
    work = Path(tempfile.mkdtemp())
    root = work / "project"
    shutil.copytree(ecb(), root, ignore=shutil.ignore_patterns(".cache"))  # cold: no build cache of earlier runs
    out = work / "site"
    cold, cold_text = profiled(load_config(root, out, jobs=1))  # one process, so the profile sees extraction
    (root / "content" / "articles" / "late-report.md").write_text(NEW, encoding="utf-8")
    warm, warm_text = profiled(load_config(root, out))
    shutil.rmtree(work)
    (HERE / "profile.md").write_text(
        "# Profile of our build (cProfile, ECB+, 982 articles)\n\nMade by `bench/profiling.py`. The profiler slows "
        "Python code about twofold; the stage shares are what matter.\n\n"
        + section("Cold build (--jobs 1)", cold, cold_text) + "\n"
        + section("Rebuild after adding one article", warm, warm_text), encoding="utf-8")
    print((HERE / "profile.md").read_text(encoding="utf-8")[:3000])
    return 0


if __name__ == "__main__":
    sys.exit(main())
