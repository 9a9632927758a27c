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


# Issue #15: forms newsrooms write, our own sentences. Reference date: Wednesday 2024-03-13.
REF = D(2024, 3, 13)


@pytest.mark.parametrize("text,expected", [
    # Numeric forms: month first unless the first number cannot be a month; a leading year is a year.
    ("The filing is dated 02/22/2016 in the docket.", [("02/22/2016", day(D(2016, 2, 22)))]),
    ("The letter, dated 22/04/2016, was unsigned.", [("22/04/2016", day(D(2016, 4, 22)))]),
    ("Records from 2015/08/12 were lost.", [("2015/08/12", day(D(2015, 8, 12)))]),
    ("The notice of 13.5.2015 was posted.", [("13.5.2015", day(D(2015, 5, 13)))]),
    ("Polls closed on 2019-09-01.", [("2019-09-01", day(D(2019, 9, 1)))]),
    ("The hearing on 4/22 was delayed.", [("4/22", day(D(2024, 4, 22)))]),
    # A month and a year in digits; a range of years is not a month.
    ("Exports peaked in 2021-06 and fell after.", [("in 2021-06", (D(2021, 6, 1), D(2021, 6, 30)))]),
    ("The permit expired 11/2022 without notice.", [("11/2022", (D(2022, 11, 1), D(2022, 11, 30)))]),
    ("The 2018-19 season ended early.", [("2018", (D(2018, 1, 1), D(2018, 12, 31)))]),
    ("The 2019/20 budget was cut.", []),
    # Day, abbreviated month and year joined by slashes or hyphens.
    ("The ship sailed on 07-Jun-98 from Hull.", [("07-Jun-98", day(D(1998, 6, 7)))]),
    ("The deed, signed 3/Mar/2011, was found.", [("3/Mar/2011", day(D(2011, 3, 3)))]),
    # Month and day in words.
    ("The fair opens Oct. 2 each year.", [("Oct. 2", day(D(2023, 10, 2)))]),
    ("He resigned Oct 2.", [("Oct 2", day(D(2023, 10, 2)))]),
    ("Payments resumed on the 27th.", [("on the 27th", day(D(2024, 2, 27)))]),
    ("It was the fifth time the 12th seed lost.", []),
    ("The notice went out Jan. first.", [("Jan. first", day(D(2024, 1, 1)))]),
    # A year-less date takes the year nearest the reference.
    ("The vote takes place May twenty-first.", [("May twenty-first", day(D(2024, 5, 21)))]),
    ("She left on the second of August.", [("the second of August", day(D(2024, 8, 2)))]),
    ("She left on the second of October.", [("the second of October", day(D(2023, 10, 2)))]),
    # Relative offsets, counted in calendar units.
    ("The board meets the day after tomorrow.", [("the day after tomorrow", day(D(2024, 3, 15)))]),
    ("The ruling is expected two weeks from now.", [("two weeks from now", day(D(2024, 3, 27)))]),
    ("Results will be known in 3 weeks.", [("in 3 weeks", day(D(2024, 4, 3)))]),
    ("The pipe burst 1 month 21 days ago.", [("1 month 21 days ago", day(D(2024, 1, 23)))]),
    ("Prices rose three months ago.", [("three months ago", day(D(2023, 12, 13)))]),
    ("The strike ended a few days ago.", [("a few days ago", day(D(2024, 3, 10)))]),
    ("The fire broke out on Jan. 31, 2024. The next day, crews left.",
     [("Jan. 31, 2024", day(D(2024, 1, 31))), ("The next day", day(D(2024, 2, 1)))]),
    # A weekday with a week or an ordinal.
    ("The panel sits Friday next week.", [("Friday next week", day(D(2024, 3, 22)))]),
    ("The race is held on the second Sunday of May.", [("the second Sunday of May", day(D(2023, 5, 14)))]),
    ("Rent is due the first Friday of next month.", [("the first Friday of next month", day(D(2024, 4, 5)))]),
    ("The show closed Friday the 15th.", [("Friday the 15th", day(D(2023, 12, 15)))]),
    # News looks back; a future verb looks ahead.
    ("The mayor spoke this Friday.", [("this Friday", day(D(2024, 3, 8)))]),
    ("The mayor will speak this Friday.", [("this Friday", day(D(2024, 3, 15)))]),
    ("The council will vote next Sunday.", [("next Sunday", day(D(2024, 3, 24)))]),
    # Ranges and parts of months.
    ("The festival runs July 13-15.", [("July 13-15", (D(2024, 7, 13), D(2024, 7, 15)))]),
    ("Talks resume in late March.", [("in late March", (D(2024, 3, 21), D(2024, 3, 31)))]),
    ("Earnings for the third quarter of 2023 fell.", [("the third quarter of 2023", (D(2023, 7, 1), D(2023, 9, 30)))]),
])
def test_newsroom_forms(text, expected):
    assert resolved(text, REF) == expected


def test_months_are_calendar_months_not_30_days():
    assert resolved("a month ago", D(2024, 3, 31)) == [("a month ago", day(D(2024, 2, 29)))]
    assert resolved("two years ago", D(2024, 2, 29)) == [("two years ago", day(D(2022, 2, 28)))]


@pytest.mark.parametrize("text", ["The memo is dated Feb. 30.", "Deadline: 02/30/2023."])
def test_impossible_dates_stay_unresolved(text):
    assert [r for _, r in resolved(text, REF)] == [None]


@pytest.mark.parametrize("text", ["Half the staff, or 1/2 of them, left.", "It runs 24/7 now.", "a 2/3 majority"])
def test_fractions_are_not_dates(text):
    assert find(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Shops closed on Christmas Day.", [("Christmas Day", day(D(2023, 12, 25)))]),
    ("The parade returns on Thanksgiving 2024.", [("Thanksgiving 2024", day(D(2024, 11, 28)))]),
    ("Services were held last Easter.", [("last Easter", day(D(2023, 4, 9)))]),
    ("The fair will open on Good Friday.", [("Good Friday", day(D(2024, 3, 29)))]),
    ("The bridge reopens after Labor Day.", [("Labor Day", day(D(2023, 9, 4)))]),
])
def test_holidays(text, expected):
    assert resolved(text, REF) == expected


def test_holiday_as_a_modifier_is_not_a_date():
    assert find("The Christmas party was cancelled.") == []


@pytest.mark.parametrize("text,expected", [
    ("Floods hit the valley last summer.", [("last summer", (D(2023, 6, 21), D(2023, 9, 22)))]),
    ("The dam will be finished next spring.", [("next spring", (D(2024, 3, 20), D(2024, 6, 20)))]),
    ("Snow closed the pass this winter.", [("this winter", (D(2023, 12, 21), D(2024, 3, 19)))]),
    ("It happened in the summer of 2019.", [("in the summer of 2019", (D(2019, 6, 21), D(2019, 9, 22)))]),
    ("Prices fall in winter.", []),
])
def test_seasons(text, expected):
    assert resolved(text, REF) == expected
