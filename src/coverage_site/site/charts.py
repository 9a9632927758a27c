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


def verdict_bar(counts: list[tuple[str, int]], floor: float = 12.0) -> list[Segment]:
    """Segments of one bar in percent of its width, in verdict order, each wide enough for its label.

    The bar scales with the page; a segment is at least `floor` % wide so that "✗1" always
    fits and no segment is an unlabelled sliver (issue #16).
    """
    present = [(v, n) for v, n in counts if n > 0]
    total = sum(n for _, n in present)
    if not total:
        return []
    widths = [max(floor, 100.0 * n / total) for _, n in present]
    # Give the floor's extra back from the segments above it, in proportion.
    extra = sum(widths) - 100.0
    big = sum(w - floor for w in widths if w > floor)
    if extra > 0 and big > 0:
        widths = [w - extra * (w - floor) / big if w > floor else w for w in widths]
    out = []
    x = 0.0
    for (verdict, n), w in zip(present, widths):
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
    label_x: float = 0.0  # where the label goes: after the span, before it, or inside a long one
    anchor: str = "start"


MIN_SPAN = 4  # px: a one-day event is still a mark one can see and point at
LABEL_GAP = 6  # px between a mark and its label
LABEL_AFTER = 0.65  # a mark ending left of this share of the width has its label after it
LABEL_BEFORE = 0.35  # else one starting right of this share has it before; a span across both carries it on top


def timeline(facets: list[Facet], width: float = 640.0, margin: float = 40.0,
             skip: set[str] | frozenset[str] = frozenset()) -> tuple[list[Point], list[tuple[float, str]]]:
    """Dated facets placed on a time axis; returns the points and the axis ticks.

    Claims in `skip` (findings, such as a stray "Last updated" line) neither appear nor stretch the scale.
    """
    dated = []
    for f in facets:
        if f.kind != "date":
            continue
        spans = [(c.value["start"], c.value["end"]) for c in f.claims if c.value.get("start") and c.id not in skip]
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
        x0, x1 = x(start), max(x(end), x(start) + MIN_SPAN)
        if x1 < width * LABEL_AFTER:
            lx, anchor = x1 + LABEL_GAP, "start"
        elif x0 > width * LABEL_BEFORE:
            lx, anchor = x0 - LABEL_GAP, "end"
        else:
            lx, anchor = x0 + LABEL_GAP, "start"  # a long span: the label sits on it
        points.append(Point(f.id, f.label, f.verdict, start, end, x0, x1, row, round(lx, 2), anchor))
    ticks = [(x(first.isoformat()), first.isoformat())]
    if last != first:
        ticks.append((x(last.isoformat()), last.isoformat()))
    return points, ticks
