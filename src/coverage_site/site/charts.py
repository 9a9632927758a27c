"""Geometry for the inline SVG charts: the verdict bar and the story timeline. Pure numbers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coverage_site.model import Facet


@dataclass(frozen=True)
class Segment:
    verdict: str
    count: int
    x: float
    width: float


def verdict_bar(counts: list[tuple[str, int]], width: float = 200.0) -> list[Segment]:
    """Segments of one bar, in verdict order, each as wide as its share."""
    total = sum(n for _, n in counts)
    out = []
    x = 0.0
    for verdict, n in counts:
        if n and total:
            w = width * n / total
            out.append(Segment(verdict, n, round(x, 2), round(w, 2)))
            x += w
    return out


@dataclass(frozen=True)
class Point:
    facet: str
    label: str
    verdict: str
    start: str
    end: str
    x: float
    x_end: float
    row: int


def timeline(facets: list[Facet], width: float = 640.0, margin: float = 40.0) -> tuple[list[Point], list[tuple[float, str]]]:
    """Dated facets placed on a time axis; returns the points and the axis ticks."""
    dated = []
    for f in facets:
        if f.kind != "date":
            continue
        spans = [(c.value["start"], c.value["end"]) for c in f.claims if c.value.get("start")]
        if spans:
            dated.append((min(s for s, _ in spans), max(e for _, e in spans), f))
    if not dated:
        return [], []
    first = dt.date.fromisoformat(min(s for s, _, _ in dated))
    last = dt.date.fromisoformat(max(e for _, e, _ in dated))
    days = max((last - first).days, 1)
    scale = (width - 2 * margin) / days

    def x(day: str) -> float:
        return round(margin + (dt.date.fromisoformat(day) - first).days * scale, 2)

    points = []
    for row, (start, end, f) in enumerate(sorted(dated, key=lambda d: (d[0], d[1]))):
        points.append(Point(f.id, f.label, f.verdict, start, end, x(start), max(x(end), x(start) + 4), row))
    ticks = [(x(first.isoformat()), first.isoformat())]
    if last != first:
        ticks.append((x(last.isoformat()), last.isoformat()))
    return points, ticks
