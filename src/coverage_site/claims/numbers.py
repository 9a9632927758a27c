"""Counts and amounts: `coverage_site.claims.numbers.find(text)`.

Returns counts, money, percentages, ages and measures with interval values
(see `quantities` for the grammar and the documented tolerances).
"""

from __future__ import annotations

from coverage_site.claims.quantities import Quantity, scan


def find(text: str, exclude: tuple[tuple[int, int], ...] = ()) -> list[Quantity]:
    """Return the counts and amounts of `text`; spans in `exclude` (dates) are skipped."""
    return [q for q in scan(text, exclude) if q.kind != "duration"]
