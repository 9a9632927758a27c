"""Date forms added for issue #15, each with our own sentences and the ISO dates they mean.

Reference date: Wednesday 2025-05-14 (in the second quarter). News reads an undirected form back (the latest one
begun by the reference date) and forward after a future verb.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coverage_site.claims.dates import find, resolve

REFERENCE = dt.date(2025, 5, 14)


def resolved(text: str):
    return [(m.text, resolve(m, REFERENCE)) for m in find(text)]


def iso(first: str, last: str):
    return dt.date.fromisoformat(first), dt.date.fromisoformat(last)


@pytest.mark.parametrize("text,expected", [
    # A quarter written "Q" and its number, with its year after it (before, "2024 Q3" and "24Q3" were read but
    # "Q3 2024" never reached the grammar: its digit follows a letter).
    ("Revenue fell 4% in Q3 2024, the filing said.", [("Q3 2024", iso("2024-07-01", "2024-09-30"))]),
    ("Margins recovered in Q4 of 2023.", [("Q4 of 2023", iso("2023-10-01", "2023-12-31"))]),
    # Alone: the latest such quarter begun by the reference date (the current one included) ...
    ("The company's Q1 sales beat forecasts.", [("Q1", iso("2025-01-01", "2025-03-31"))]),
    ("The Q2 numbers are in.", [("The Q2", iso("2025-04-01", "2025-06-30"))]),
    ("Its Q3 loss widened, analysts noted.", [("Q3", iso("2024-07-01", "2024-09-30"))]),
    # ... and after a future verb the first one not yet over.
    ("The merger will close in Q4.", [("Q4", iso("2025-10-01", "2025-12-31"))]),
    ("Shipments will resume in Q2.", [("Q2", iso("2025-04-01", "2025-06-30"))]),
    # Not a quarter: a model after its brand, a numbered question, a lower-case q without a year.
    ("The Audi Q3 was recalled.", []),
    ("Q2: who pays for the repairs?", []),
    ("Pick answer q1 or q2.", []),
])
def test_q_quarters(text, expected):
    assert resolved(text) == expected
