"""Cut facets along their referents: the same predicate said of two people, values that
cannot all hold and whose referent is not clearly one (see `referents`).

`by_participants` splits by the people the clauses name; `refine` splits
values that cannot all hold into runs and keeps two runs together, as a
conflict, only when they are clearly about one thing. Each part carries the
close calls it was kept apart from, so its page can say why it was not compared.
"""

from __future__ import annotations

import re

from coverage_site.align import referents
from coverage_site.align.verdicts import QUANTITIES, date_interval, quantity_interval, time_interval, weekday_of
from coverage_site.claims.events import FRAMINGS, OPPOSITES
from coverage_site.model import Claim
from coverage_site.partition import Partition


def refine(claims: list[Claim], names: dict[tuple[str, str], frozenset[str]]) -> list[tuple[list[Claim], list[tuple[Claim, str]]]]:
    """Split a facet whose values cannot all hold into the referents it really holds.

    The claims are first cut into runs of values that can all hold together.
    Two runs stay in one facet (which then is a conflict) only when a claim of
    one and a claim of the other, from different sources, are clearly about one
    thing (`referents.not_compared` finds no reason against it); every other run
    is a facet of its own, not compared. So "died Thursday" against "died on
    Friday" in clauses that both name Felt is a conflict, while "in 1984" in the
    same facet is set apart. Each part comes with the close calls it was not
    compared with: (a claim of another part, the reason).
    """
    kind = claims[0].kind
    if len({c.article for c in claims}) < 2 or kind not in _BY_VALUE or "predicate" not in claims[0].value and kind == "event":
        return [(claims, [])]
    value = _BY_VALUE[kind]
    vals = {c.id: value(c) for c in claims}
    readable = [c for c in claims if vals[c.id] is not None]
    if all(_fits(kind, a, b, vals) for n, a in enumerate(readable) for b in readable[n + 1:]):
        return [(claims, [])]
    runs: list[list[Claim]] = []
    for c in sorted(readable, key=lambda c: _width(vals[c.id])):
        for run in runs:
            if all(_fits(kind, c, x, vals) for x in run):
                run.append(c)
                break
        else:
            runs.append([c])
    max(runs, key=len).extend(c for c in claims if vals[c.id] is None)
    joined = Partition(range(len(runs)))
    root = joined.find
    sources = _SameValues(claims, names, vals)
    reasons: dict[tuple[int, int], tuple[Claim, Claim, str]] = {}
    apart: set[tuple[int, int]] = set()  # runs of two different happenings (referents.OTHER_SCALE)
    clear_pairs = []
    for i, run in enumerate(runs):
        for j in range(i + 1, len(runs)):
            pairs = [(a, b) for a in run if vals[a.id] is not None for b in runs[j]
                     if vals[b.id] is not None and a.article != b.article and not _fits(kind, a, b, vals)]
            why = [(a, b, sources.why_not(a, b)) for a, b in pairs]
            if any(w == referents.OTHER_SCALE for _, _, w in why):
                apart.add((i, j))
            if any(w is None for _, _, w in why):
                clear_pairs.append((i, j))
            elif why and kind != "event":  # an event's words are its value: "not compared with X" would only confuse
                reasons[(i, j)] = why[0]
    for i, j in clear_pairs:
        groups = [[k for k in range(len(runs)) if root(k) == root(x)] for x in (i, j)]
        if not any((min(x, y), max(x, y)) in apart for x in groups[0] for y in groups[1]):
            joined.join(i, j)
        else:
            reasons.setdefault((i, j), next((a, b, referents.OTHER_SCALE) for a in runs[i] for b in runs[j]))
    merged: dict[int, list[Claim]] = {}
    for i, run in enumerate(runs):
        merged.setdefault(root(i), []).extend(run)
    notes: dict[int, list[tuple[Claim, str]]] = {}
    for (i, j), (a, b, why) in reasons.items():
        if root(i) != root(j):
            notes.setdefault(root(i), []).append((b, why))
            notes.setdefault(root(j), []).append((a, why))
    order = {c.id: n for n, c in enumerate(claims)}
    return [(sorted(m, key=lambda c: order[c.id]), notes.get(r, [])) for r, m in merged.items()]


class _SameValues:
    """`referents.not_compared` for two clashing claims, read with every sentence in which their sources give
    the same values: an article that says "ten killed" three times may name where in only one of them, and a
    sentence that names other people or places than the other source's ("ten killed on Qeshm island" against
    "more than a dozen killed by a quake in eastern China") tells the two figures apart. Each pair of
    (source, value) is read once, so a story of many sources giving a few values stays cheap."""

    def __init__(self, claims: list[Claim], names: dict[tuple[str, str], frozenset[str]], vals: dict) -> None:
        self.names, self.vals = names, vals
        self.same: dict[tuple[str, str], list[Claim]] = {}
        for c in claims:
            self.same.setdefault((c.article, repr(vals[c.id])), []).append(c)
        self.apart: dict[tuple, list[tuple[str, str]]] = {}  # sentence pairs that name different people or places

    def why_not(self, a: Claim, b: Claim) -> str | None:
        why = referents.not_compared(a, b, self.names, self.vals[a.id], self.vals[b.id])
        if why is not None or a.kind == "event":
            return why
        ka, kb = (a.article, repr(self.vals[a.id])), (b.article, repr(self.vals[b.id]))
        if (ka, kb) not in self.apart:
            self.apart[(ka, kb)] = [(x.id, y.id) for x in self.same[ka] for y in self.same[kb]
                                    if referents.shared_participants(x, y, self.names) is False]
        # The pair itself was read above, with its own exceptions (one street spelt two ways is one street).
        return referents.DIFFERENT_NAMES if any(p != (a.id, b.id) for p in self.apart[(ka, kb)]) else None


def clear(a: Claim, b: Claim, names: dict[tuple[str, str], frozenset[str]]) -> bool:
    """May these two claims of one facet be called a conflict (see `referents.clear_pair`)?"""
    value = _BY_VALUE.get(a.kind)
    if value is None:
        return True
    va, vb = value(a), value(b)
    return va is not None and vb is not None and referents.clear_pair(a, b, names, va, vb)


def _width(v) -> float:
    if isinstance(v, tuple):
        v = v[0]
    return v.width if v is not None and hasattr(v, "width") else 0.0


def _fits(kind: str, a: Claim, b: Claim, vals: dict) -> bool:
    """Can the two values both hold? Places: one lies within the other; events: no opposite or negation."""
    va, vb = vals[a.id], vals[b.id]
    if kind == "place":
        return va == vb or va in b.value.get("within", []) or vb in a.value.get("within", [])
    if kind == "event":
        (pa, pola, moda), (pb, polb, modb) = va, vb
        if pa == pb:
            return pola == polb and moda == modb
        return frozenset((pa, pb)) not in OPPOSITES | FRAMINGS
    if kind == "date":
        (ia, wa), (ib, wb) = va, vb
        if ia is not None and ib is not None:
            return ia.overlaps(ib)
        return wa is None or wb is None or wa == wb
    return va.overlaps(vb)


def _date_value(c: Claim):
    """A date as (interval of days or None, weekday or None); None when neither can be read."""
    i, w = date_interval(c), weekday_of(c)
    return None if i is None and w is None else (i, w)


def _event_value(c: Claim) -> tuple[str, str, str]:
    return (c.value["predicate"], c.value["polarity"], c.value["modality"])


_BY_VALUE = {
    **{k: quantity_interval for k in QUANTITIES}, "duration": quantity_interval, "date": _date_value, "time": time_interval,
    "place": lambda c: c.value["name"], "event": _event_value,
}


def by_scale(claims: list[Claim]) -> list[list[Claim]]:
    """Split a facet of a happening whose sentences give it different magnitudes ("a magnitude-5.2 quake" /
    "a 5.6 magnitude earthquake"): two happenings of one kind. Claims whose sentences give none join the
    happening most claims name. Figures are split in `refine` (referents.OTHER_SCALE)."""
    if claims[0].kind not in ("event", "date", "time", "place"):
        return [claims]
    scales = {c.id: referents.scale(c.sentence) for c in claims}
    parts: dict[str, list[Claim]] = {}
    for c in claims:
        if scales[c.id]:
            parts.setdefault(scales[c.id], []).append(c)
    if len(parts) <= 1:
        return [claims]
    biggest = max(parts.values(), key=lambda p: (len({c.article for c in p}), len(p)))
    biggest += [c for c in claims if not scales[c.id]]
    order = {c.id: n for n, c in enumerate(claims)}
    return [sorted(p, key=lambda c: order[c.id]) for p in parts.values()]


def by_participants(claims: list[Claim], names: dict[tuple[str, str], frozenset[str]],
                    people: frozenset[str] = frozenset()) -> list[list[Claim]]:
    """Split a facet of one predicate by the people its clauses name.

    "Arrested" in a story that recalls a teammate's earlier arrest: one
    predicate, two referents. Claims whose clauses name a person in common stay
    together; a clause that names nobody joins the largest group; a clause whose
    people meet no other's stands alone. Places and organisations do not split
    (clauses name many of them in passing). Only for events and the dates, times
    and places tied to them: figures are already told apart by what they count.
    """
    if len({c.article for c in claims}) < 2 or claims[0].kind not in ("event", "date", "time", "place") \
            or not all(c.event for c in claims):
        return [claims]
    own = {c.id: names.get((c.article, c.sentence), frozenset()) & people for c in claims}
    happenings = Partition(c.id for c in claims)
    first: dict[str, str] = {}
    for c in claims:
        for n in own[c.id]:
            happenings.join(first.setdefault(n, c.id), c.id)
    parts: dict[str, list[Claim]] = {}
    for c in claims:
        if own[c.id]:
            parts.setdefault(happenings.find(c.id), []).append(c)
    if len(parts) <= 1:
        return [claims]
    biggest = max(parts.values(), key=lambda p: (len({c.article for c in p}), len(p)))
    nameless = [c for c in claims if not own[c.id]]
    order = {c.id: n for n, c in enumerate(claims)}
    if claims[0].kind == "event":
        # "the second arrest for the team", "a previous arrest": a happening that says it is another one stays apart.
        apart = [c for c in nameless if _ANOTHER.search(c.sentence[:referents.offset(c)][-ANOTHER_CHARS:])]
        nameless = [c for c in nameless if c not in apart]
        biggest += nameless
        return [sorted(p, key=lambda c: order[c.id]) for p in parts.values()] + [[c] for c in apart]
    biggest += nameless
    return [sorted(p, key=lambda c: order[c.id]) for p in parts.values()]


ANOTHER_CHARS = 60  # how far before a predicate a word may say it is another occurrence
_ANOTHER = re.compile(r"\b(?:previous|prior|earlier|another|other|such|similar|second|third|fourth|fifth|first|latest|"
                      r"separate|again)\b", re.IGNORECASE)
