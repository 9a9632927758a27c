"""Benchmark: reading time grows linearly with the text, even for adversarial text.

For each pattern, read it at n and 2n repetitions; the ratio of times should be
near 2 (quadratic behaviour shows as 4). Not a test: timings vary by machine.
"""

from __future__ import annotations

import time

from coverage_site.claims import extract_claims
from coverage_site.read import parse_article

PATTERNS = {
    "digits": "9", "separators": "1,", "curly quotes": "“", "straight quotes": '"', "honorifics": "Mr. ",
    "bounds": "more than ", "ranges": "between 1 and ", "parentheses": "(", "titles": "Deputy ", "prepositions": "in ",
    "prose": "Some 300 workers were detained in Georgia on Friday, Deputy Secretary Christopher Landau said. ",
    "brackets (Markdown)": "[", "link openers (Markdown)": "[a](",
}


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


if __name__ == "__main__":
    print("| pattern | 40k chars | 80k chars | ratio (2 = linear) |")
    print("| --- | --- | --- | --- |")
    for label, t1, t2 in run():
        print(f"| {label} | {t1 * 1000:.0f} ms | {t2 * 1000:.0f} ms | {t2 / t1 if t1 else 0:.1f} |")
