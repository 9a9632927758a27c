"""Related stories: one topic, kept apart as separate stories, linked instead of merged.

Grouping keeps two stories apart for one of two reasons: time (episodes of one
topic a week apart: weekly jobless figures, successive votes) or the
look-alike check (two title fights of one boxer, both undated). Either way
their articles are alike on their words alone, and a reader of one wants to
find the other. The rule (`RELATED_FLOOR`): two stories are related when the
average similarity across their articles, with the time and year discount
taken back out, is above the join threshold. So they would have joined on
their words alone; what kept them apart was when they were filed, or that each
is far closer within itself. Stories that were never that alike are not
linked, however they share a word or two.

Related stories are told apart by the date their articles agree on: an
earlier one is "Earlier in this topic", a later one "Later in this topic";
when either date is unknown (or both are the same day) it is "Related". Only
the closest few are kept (`MAX_RELATED`). Pinned stories (metadata or
`content/stories.yaml`) are outside the similarity graph and get no links.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from coverage_site.align import stories

RELATED_FLOOR = stories.Rule().threshold  # time-free average similarity above which stories are one topic
MAX_RELATED = 5  # links per story, the closest first


@dataclass(frozen=True)
class RelatedStory:
    """A link from one story to another of its topic."""

    id: str
    title: str
    relation: str  # "earlier", "later" or "related" (dates unknown or the same)
    date: dt.date | None = None  # the date the other story's articles agree on, if any


def similar_pairs(graph: stories.Graph, clusters: list[list[str]]) -> dict[tuple[int, int], float]:
    """(x, y) with x < y -> the average time-free similarity across clusters x and y, when above RELATED_FLOOR."""
    where = {i: n for n, c in enumerate(clusters) for i in c}
    sums: Counter = Counter()
    for (a, b), w in graph.edges.items():
        x, y = where.get(a), where.get(b)
        if x is None or y is None or x == y:
            continue
        # Integers, so the sum is exact in any order (an incremental build's edges come in another).
        sums[(min(x, y), max(x, y))] += round(w / stories.discount(graph.docs[a], graph.docs[b]))
    unit = stories.SCALE * stories.SCALE
    out = {}
    for (x, y), w in sorted(sums.items()):
        average = w / unit / (len(clusters[x]) * len(clusters[y]))
        if average > RELATED_FLOOR:
            out[(x, y)] = average
    return out


def links(graph: stories.Graph, groups: list[tuple[str, list[str], str, dt.date | None]]
          ) -> dict[str, tuple[RelatedStory, ...]]:
    """Each story's related stories, closest first; `groups` is (id, article ids, title, date) per story."""
    pairs = similar_pairs(graph, [ids for _, ids, _, _ in groups])
    near: dict[int, list[tuple[float, int]]] = {}
    for (x, y), average in pairs.items():
        near.setdefault(x, []).append((average, y))
        near.setdefault(y, []).append((average, x))
    out = {}
    for x, others in near.items():
        sid, _, _, mine = groups[x]
        chosen = sorted(others, key=lambda o: (-o[0], groups[o[1]][0]))[:MAX_RELATED]
        out[sid] = tuple(RelatedStory(groups[y][0], groups[y][2], _relation(mine, groups[y][3]), groups[y][3])
                         for _, y in chosen)
    return out


def _relation(mine: dt.date | None, other: dt.date | None) -> str:
    if mine is None or other is None or mine == other:
        return "related"
    return "earlier" if other < mine else "later"
