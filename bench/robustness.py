"""Benchmark: time and output grow linearly with the input, even for adversarial input.

Two tables. Readers: each pattern is read and its claims extracted at n and 2n
characters; the ratio of times should be near 2 (quadratic shows as 4).
Builds: each hostile shape of issue #17 is one article, built into a site in a
fresh process at growing sizes up to the 2 MiB file limit; the table gives
build time, output size and peak memory (linear: ×4 per row, as the input).
Not a test: timings vary by machine.

    python bench/robustness.py            # both tables
    python bench/robustness.py --builds 8192,16384   # the build table at other sizes
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from coverage_site.claims import extract_claims
from coverage_site.read import parse_article

PATTERNS = {
    "digits": "9", "separators": "1,", "curly quotes": "“", "straight quotes": '"', "honorifics": "Mr. ",
    "bounds": "more than ", "ranges": "between 1 and ", "parentheses": "(", "titles": "Deputy ", "prepositions": "in ",
    "prose": "Some 300 workers were detained in Georgia on Friday, Deputy Secretary Christopher Landau said. ",
    "brackets (Markdown)": "[", "link openers (Markdown)": "[a](",
}

# Issue #17's shapes: (file name, front matter, repeated unit).
SHAPES = {
    "numbers `1 `": ("a.txt", "", "1 "),
    "percentages `5% `": ("a.txt", "", "5% "),
    "quotes `“a” `": ("a.txt", "", "“a” "),
    "dates `on Friday `": ("a.md", "---\npublished: 2025-09-12\n---\n", "on Friday "),
    "capitalised words": ("a.txt", "", "Word "),
    "sentences `More than 300 workers in Seoul. `": ("a.txt", "", "More than 300 workers in Seoul. "),
    "nested list `- `": ("a.md", "---\ntitle: L\n---\n", "- "),
}
BUILD_SIZES = (32 * 1024, 128 * 1024, 512 * 1024, 2 * 1024 * 1024 - 4096)


def seconds(text: str, name: str) -> float:
    start = time.perf_counter()
    article, _ = parse_article(text, name)
    extract_claims(article)
    return time.perf_counter() - start


def run(chars: int = 40_000) -> list[tuple[str, float, float]]:
    rows = []
    for label, unit in PATTERNS.items():
        name = "x.md" if "Markdown" in label else "x.txt"
        n = max(1, chars // len(unit))
        t1 = min(seconds(unit * n, name) for _ in range(2))
        t2 = min(seconds(unit * (2 * n), name) for _ in range(2))
        rows.append((label, t1, t2))
    return rows


def build_one(shape: str, size: int) -> dict:
    """Build a project of one article of `shape`, `size` bytes; runs in its own process (see `build_row`)."""
    from coverage_site.build import build
    from coverage_site.config import load_config

    name, front, unit = SHAPES[shape]
    body = unit * max(1, (size - len(front.encode())) // len(unit.encode()))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "p"
        (root / "content" / "articles").mkdir(parents=True)
        (root / "content" / "articles" / name).write_text(front + body, encoding="utf-8")
        start = time.perf_counter()
        build(load_config(root, Path(tmp) / "out", clean=True, jobs=1))
        took = time.perf_counter() - start
        out = sum(p.stat().st_size for p in (Path(tmp) / "out").rglob("*") if p.is_file())
    return {"seconds": took, "output": out, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def build_row(shape: str, size: int, timeout: float = 600) -> dict:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    try:
        done = subprocess.run([sys.executable, __file__, "--one", shape, str(size)], capture_output=True, text=True,
                              timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"error": f"over {timeout:g} s"}
    if done.returncode:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1][:80]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def _size(n: float) -> str:
    return f"{n / 1024 / 1024:.1f} MiB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KiB"


def main(argv: list[str]) -> None:
    if argv[:1] == ["--one"]:
        print(json.dumps(build_one(argv[1], int(argv[2]))))
        return
    sizes = BUILD_SIZES
    if argv[:1] == ["--builds"]:
        sizes = tuple(int(s) for s in argv[1].split(","))
    else:
        print("| pattern | 40k chars | 80k chars | ratio (2 = linear) |")
        print("| --- | --- | --- | --- |")
        for label, t1, t2 in run():
            print(f"| {label} | {t1 * 1000:.0f} ms | {t2 * 1000:.0f} ms | {t2 / t1 if t1 else 0:.1f} |")
        print()
    print("| shape | input | build | output | peak memory |")
    print("| --- | --- | --- | --- | --- |")
    for shape in SHAPES:
        for size in sizes:
            row = build_row(shape, size)
            if "error" in row:
                print(f"| {shape} | {_size(size)} | {row['error']} | | |", flush=True)
                break
            print(f"| {shape} | {_size(size)} | {row['seconds']:.2f} s | {_size(row['output'])} | {row['peak_mb']:.0f} MB |",
                  flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
