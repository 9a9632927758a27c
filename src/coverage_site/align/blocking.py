"""Which pairs of articles story grouping scores in a clean build: blocking (issue #19).

The score (`stories`) counts only rare features (a word, number or name
found in at most `stories.BLOCK` articles), so two articles sharing none score
0 and are never compared. Of the others, a pair is scored when

- either article is undated: every pair sharing a rare feature (a year, if
  known, only halves the score, and words alone may join a story);
- both are dated and were filed at most `stories.WINDOW` (8) days apart:
  every pair sharing a rare feature (`near_sums`);
- both are dated and filed further apart: time leaves them a tenth of their
  similarity, its floor, so only near-copies (`stories.FAR`: 0.5 before time)
  can be an edge, and never a join on their own. Such a pair shares a feature
  of both articles' prefixes (`far_candidates`), and only those pairs are
  scored.

No edge is lost: each rule proposes every pair whose score can reach
`stories.MIN_SIM`, so the graph, the stories and the related links are those
of scoring every pair sharing a rare feature (`stories.exhaustive`; tested,
and compared on ECB+, the seeds and generated corpora by bench/blocking.py).
There is no block on names or places alone: two reports of one event may
share no rare name and join on their words. So the cost grows with the pairs
sharing a rare feature within the window, plus the near-copy candidates,
instead of with every pair sharing a rare feature; on a corpus with no dates
(ECB+) it is the same.

Pure functions of the articles' rare-feature weights and filing days; nothing
here knows the score beyond those two facts, and nothing of the package is
imported.
"""

from __future__ import annotations

from collections.abc import Iterable

Pair = tuple[str, str]  # (a, b), a < b


def near_sums(postings: Iterable[tuple[str, list[str]]], vectors: dict[str, dict[str, int]],
              day: dict[str, int | None], window: int) -> tuple[dict[Pair, int], set[str]]:
    """Per pair of articles that share a rare feature and are undated or filed at most `window` days apart, the
    sum over their shared features of their weights' products; and the dated articles sharing a rare feature
    with one filed more than `window` days away (only they can be in a pair `far_candidates` proposes).

    `postings` holds, per rare feature, the articles that have it; `vectors` each article's feature weights.
    """
    sums: dict[Pair, int] = {}
    apart: set[str] = set()
    for t, ids in postings:
        days = [day[i] for i in ids]
        if None not in days and max(days) - min(days) <= window:  # all filed within the window: every pair
            for x, a in enumerate(ids):
                wa = vectors[a][t]
                for b in ids[x + 1:]:
                    pair = (a, b) if a < b else (b, a)
                    sums[pair] = sums.get(pair, 0) + wa * vectors[b][t]
            continue
        undated = [(i, vectors[i][t]) for i in ids if day[i] is None]
        dated = sorted((day[i], i, vectors[i][t]) for i in ids if day[i] is not None)
        if dated and dated[-1][0] - dated[0][0] > window:
            apart.update(i for _, i, _ in dated)
        for x, (a, wa) in enumerate(undated):  # an undated article: any other one may be of its story
            for b, wb in undated[x + 1:]:
                pair = (a, b) if a < b else (b, a)
                sums[pair] = sums.get(pair, 0) + wa * wb
            for _, b, wb in dated:
                pair = (a, b) if a < b else (b, a)
                sums[pair] = sums.get(pair, 0) + wa * wb
        start = 0
        for x, (d, a, wa) in enumerate(dated):  # two dated ones: filed at most `window` days apart
            while dated[start][0] < d - window:
                start += 1
            for _, b, wb in dated[start:x]:
                pair = (a, b) if a < b else (b, a)
                sums[pair] = sums.get(pair, 0) + wa * wb
    return sums, apart


def far_candidates(rare: dict[str, dict[str, int]], day: dict[str, int], window: int, at_least: float) -> set[Pair]:
    """Pairs of articles filed more than `window` days apart whose weight sum may reach `at_least`: those sharing
    a feature of both their prefixes. `rare` holds the rare features and their weights of each dated article
    that may be in such a pair (`near_sums`).

    A prefix is an article's features in one order for all (fewest articles first), up to where the rest weighs
    too little: |rest| · M < at_least, M the largest length of the articles in `rare`. Why none is missed: let f
    be the first feature (in that order) two articles share. Every feature they share comes at f or after it,
    so their sum is at most |a from f on| · |b from f on| (Cauchy-Schwarz) ≤ |a from f on| · M; reaching
    `at_least`, f lies in a's prefix, and likewise in b's.
    """
    lengths = {i: sum(v * v for v in vec.values()) for i, vec in rare.items()}  # squared: exact integers
    if not lengths or not max(lengths.values()):
        return set()  # no article has a rare feature of any weight: no pair can reach `at_least`
    count: dict[str, int] = {}
    for vec in rare.values():
        for t in vec:
            count[t] = count.get(t, 0) + 1
    # Lowered by a hair against the float rounding of the score: a longer prefix only proposes more pairs.
    bound = (at_least * (1 - 1e-9)) ** 2 / max(lengths.values())
    prefixes: dict[str, list[tuple[int, str]]] = {}
    for i in sorted(rare):
        vec = rare[i]
        rest = lengths[i]
        for t in sorted(vec, key=lambda t: (count[t], t)):
            if rest < bound:
                break
            prefixes.setdefault(t, []).append((day[i], i))
            rest -= vec[t] * vec[t]
    out = set()
    for members in prefixes.values():
        members.sort()
        end = 0
        for d, b in members:
            while members[end][0] < d - window:
                end += 1
            for _, a in members[:end]:
                out.add((a, b) if a < b else (b, a))
    return out
