"""Which sources are independent: shared passages betray wire copy and rewrites.

Articles are cut into overlapping 8-word shingles; two articles that share
runs of shingles share passages, and enough of them make the pair dependent. Corroboration is counted by independent
origins (groups of articles linked by copying), not by outlets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coverage_site.model import Article
from coverage_site.partition import Partition

SHINGLE = 8
# Rewrites of one wire story share stock phrases ("the detention of hundreds of South
# Korean workers"); copying shows as three passages, one long passage, or a fifth of the text.
MIN_PASSAGES = 3
LONG_PASSAGE = 20  # words
MIN_SHARE = 0.2
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class SharedPassages:
    a: str
    b: str
    passages: int
    words: int  # words of `a` inside shared passages
    example: str  # the longest shared passage, as `a` prints it
    dependent: bool


def _shingles(article: Article) -> tuple[list[tuple[int, int]], dict[int, list[int]]]:
    words = [(m.start(), m.end()) for m in _WORD.finditer(article.text)]
    lowered = [article.text[s:e].lower() for s, e in words]
    index: dict[int, list[int]] = {}
    for i in range(len(words) - SHINGLE + 1):
        index.setdefault(hash(tuple(lowered[i:i + SHINGLE])), []).append(i)
    return words, index


def compare(articles: list[Article]) -> tuple[list[SharedPassages], list[list[str]]]:
    """Shared passages of every pair, and the groups of articles that share an origin."""
    data = {a.id: (a, *_shingles(a)) for a in articles}
    pairs: list[SharedPassages] = []
    for n, a in enumerate(articles):
        words_a, index_a = data[a.id][1], data[a.id][2]
        for b in articles[n + 1:]:
            index_b = data[b.id][2]
            hits = sorted(i for h, starts in index_a.items() if h in index_b for i in starts)
            if not hits:
                continue
            runs: list[tuple[int, int]] = []
            for i in hits:
                if runs and i <= runs[-1][1] + 1:
                    runs[-1] = (runs[-1][0], i)
                else:
                    runs.append((i, i))
            covered = sum(end - start + SHINGLE for start, end in runs)
            longest = max(runs, key=lambda r: r[1] - r[0])
            s, e = words_a[longest[0]][0], words_a[longest[1] + SHINGLE - 1][1]
            shorter = min(len(index_a), len(index_b)) or 1
            longest_words = longest[1] - longest[0] + SHINGLE
            dependent = len(runs) >= MIN_PASSAGES or longest_words >= LONG_PASSAGE or len(hits) / shorter >= MIN_SHARE
            pairs.append(SharedPassages(a.id, b.id, len(runs), covered, a.text[s:e], dependent))
    return pairs, _origins([a.id for a in articles], pairs)


def _origins(ids: list[str], pairs: list[SharedPassages]) -> list[list[str]]:
    origins = Partition(ids)
    for p in pairs:
        if p.dependent:
            origins.join(p.a, p.b)
    return origins.groups()
