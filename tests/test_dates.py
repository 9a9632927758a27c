"""Dates found in text and resolved against an anchor, across month and year boundaries."""

from __future__ import annotations

import datetime as dt

import pytest

from coverage_site.claims.dates import find, resolve

D = dt.date


def resolved(text: str, anchor: dt.date | None):
    return [(m.text, resolve(m, anchor)) for m in find(text)]


def day(d: dt.date):
    return (d, d)


@pytest.mark.parametrize("text,anchor,expected", [
    # A bare weekday is the most recent one on or before the anchor.
    ("returned home on Friday", D(2025, 9, 14), [("on Friday", day(D(2025, 9, 12)))]),
    ("met on Sunday", D(2025, 9, 14), [("on Sunday", day(D(2025, 9, 14)))]),
    ("In Sunday’s meeting", D(2025, 9, 14), [("Sunday’s", day(D(2025, 9, 14)))]),
    # "last Friday" is strictly before the anchor, even when the anchor is a Friday.
    ("last Friday", D(2025, 9, 14), [("last Friday", day(D(2025, 9, 12)))]),
    ("last Friday", D(2025, 9, 12), [("last Friday", day(D(2025, 9, 5)))]),
    # Across a month and a year boundary.
    ("on Wednesday", D(2025, 10, 2), [("on Wednesday", day(D(2025, 10, 1)))]),
    ("on Saturday", D(2026, 1, 1), [("on Saturday", day(D(2025, 12, 27)))]),
    ("next Monday", D(2025, 12, 30), [("next Monday", day(D(2026, 1, 5)))]),
    # Year-less dates take the year nearest the anchor, and the weekday when one is given.
    ("Since Sept. 30, the ministry", D(2025, 10, 21), [("Sept. 30", day(D(2025, 9, 30)))]),
    ("on Dec. 30 the fire began", D(2026, 1, 2), [("Dec. 30", day(D(2025, 12, 30)))]),
    ("Sunday, January 4", D(2025, 12, 28), [("Sunday, January 4", day(D(2026, 1, 4)))]),
    # Absolute dates need no anchor.
    ("Last updated: 29 October 2023 (BST)", None, [("29 October 2023", day(D(2023, 10, 29)))]),
    ("May 2, 2013 | 5: 03pm", None, [("May 2, 2013", day(D(2013, 5, 2)))]),
    ("released on 2025-09-14", None, [("2025-09-14", day(D(2025, 9, 14)))]),
    # Relative periods.
    ("yesterday", D(2025, 3, 1), [("yesterday", day(D(2025, 2, 28)))]),
    ("earlier this month", D(2025, 9, 14), [("earlier this month", (D(2025, 9, 1), D(2025, 9, 14)))]),
    ("last week", D(2025, 9, 14), [("last week", (D(2025, 9, 1), D(2025, 9, 7)))]),
    ("the first six months of this year", D(2024, 10, 8), [("the first six months of this year", (D(2024, 1, 1), D(2024, 6, 30)))]),
    ("As of last year", D(2024, 10, 8), [("last year", (D(2023, 1, 1), D(2023, 12, 31)))]),
    ("two days ago", D(2025, 1, 1), [("two days ago", day(D(2024, 12, 30)))]),
    ("in 2010 and again in 2016", None, [("in 2010", (D(2010, 1, 1), D(2010, 12, 31))), ("in 2016", (D(2016, 1, 1), D(2016, 12, 31)))]),
    ("In March, he left", D(2025, 9, 14), [("In March", (D(2025, 3, 1), D(2025, 3, 31)))]),
])
def test_resolution(text, anchor, expected):
    assert resolved(text, anchor) == expected


def test_unresolvable_stays_open():
    assert resolved("on Tuesday", None) == [("on Tuesday", None)]


@pytest.mark.parametrize("text", ["She may go.", "The 300 workers", "a 1,200-page report", "Route 2010"])
def test_not_dates(text):
    assert find(text) == []
