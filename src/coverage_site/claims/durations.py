"""Durations in days: `a week`, `nearly a week`, `48 hours`, `three days`."""

from __future__ import annotations

from coverage_site.claims.quantities import Quantity, scan


def find(text: str, exclude: tuple[tuple[int, int], ...] = ()) -> list[Quantity]:
    """Return the durations of `text` as intervals in days."""
    return [q for q in scan(text, exclude) if q.kind == "duration"]
