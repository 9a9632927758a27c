"""Places with containment: `coverage_site.claims.places.find(text)`.

Names are looked up in the GeoNames gazetteer; an ambiguous name ("Georgia")
takes the reading inside a country the text already mentions, and a
qualifier ("Bryan County, Georgia", "Macon, Ga.") picks the right one and joins the span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coverage_site.gazetteer import Place, gazetteer

_CAPS = re.compile(r"(?:U\.S\.|U\.K\.|[A-Z][A-Za-z'’.]*)(?:(?:\s+(?:of|the|de|la|del)\s+|\s+|-)(?:U\.S\.|[A-Z][A-Za-z'’.]*))*")
_QUALIFIERS = [
    re.compile(r",\s+([A-Z][a-z]+\s+[A-Z][a-z]+)\b"),  # ", New York"
    re.compile(r",\s+((?:[A-Z]\.){2,3}|[A-Z][a-z]+\.)"),  # ", Ga.", ", N.Y."
    re.compile(r",\s+([A-Z][a-z]+)\b"),  # ", Georgia"
]
_SKIP_FIRST = frozenset("The A An In On At After Before During For From With This That It He She They We But And".split())


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    place: Place
    candidates: tuple[Place, ...]


def find(text: str) -> list[PlaceMention]:
    """Return the places named in `text`, ambiguous ones read in the text's own context."""
    g = gazetteer()
    raw: list[tuple[int, int, list[Place]]] = []
    for m in _CAPS.finditer(text):
        raw += _lookup_run(text, m.start(), m.end(), g)
    # Countries the text mentions without ambiguity set the context for the rest.
    countries: set[str] = set()
    for _, _, cands in raw:
        if len({c.country for c in cands}) == 1:
            countries.add(cands[0].country)
    out: list[PlaceMention] = []
    for start, end, cands in raw:
        best = next((c for c in cands if c.country in countries), cands[0])
        # "Bryan County, Georgia": a following place that contains a candidate decides it.
        for q in _QUALIFIERS:
            m = q.match(text, end)
            outer = g.lookup(m.group(1)) if m else []
            fitting = [c for c in cands for o in outer if o.name in c.within]
            if fitting:
                best = fitting[0]
                end = m.end()
                break
        out.append(PlaceMention(start, end, best, tuple(cands)))
    return _merge(out)


def _lookup_run(text: str, start: int, end: int, g) -> list[tuple[int, int, list[Place]]]:
    """Longest gazetteer names inside a run of capitalised words."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"U\.S\.|U\.K\.|[A-Za-z'’.]+", text[start:end])]
    found = []
    i = 0
    while i < len(words):
        hit = None
        for j in range(min(len(words), i + 5), i, -1):
            a, b = words[i][0], words[j - 1][1]
            name = re.sub(r"['’]s$", "", text[a:b]).rstrip(".") if not text[a:b].endswith(".S.") else text[a:b]
            if name in _SKIP_FIRST:
                break
            cands = g.lookup(name) or g.lookup(name + ".")
            inside = i > 0 and j < len(words)  # in the middle of a longer name ("Korean Confederation of ...")
            if inside and not any(c.type in ("country", "state") for c in cands):
                continue
            if cands and name[:1].isupper() and not _weak_start(text, a, cands):
                hit = (a, a + len(name), cands, j)
                break
        if hit:
            found.append(hit[:3])
            i = hit[3]
        else:
            i += 1
    return found


def _weak_start(text: str, start: int, cands: list[Place]) -> bool:
    """A small town's name opening a sentence is more likely an ordinary word ("Date of Raid")."""
    before = text[:start].rstrip()
    at_start = not before or before[-1] in ".!?:\"“\n"
    return at_start and all(c.type == "city" and c.population < 100_000 for c in cands)


def _merge(mentions: list[PlaceMention]) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    for p in mentions:
        if out and p.start < out[-1].end:
            continue
        out.append(p)
    return out
