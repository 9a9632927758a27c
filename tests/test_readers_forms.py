"""Issue #15, more forms newsrooms write: our own sentences, expected values against a stated reference date.

Reference date: Wednesday 2024-03-13 (as in test_dates.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from coverage_site.claims import durations, numbers
from coverage_site.claims.dates import find, resolve

D = dt.date
REF = D(2024, 3, 13)


def resolved(text: str, anchor: dt.date | None = REF):
    return [(m.text, resolve(m, anchor)) for m in find(text)]


def day(d: dt.date):
    return (d, d)


@pytest.mark.parametrize("text,expected", [
    # Counted from the end of a month or a year: whole Monday–Sunday weeks (June 2023's are the 5th–11th,
    # 12th–18th and 19th–25th), or days.
    ("Ballots are due the second-to-last week of October 2022.", [("the second-to-last week of October 2022", (D(2022, 10, 17), D(2022, 10, 23)))]),
    ("The audit covered the 2nd last week of June 2023.", [("the 2nd last week of June 2023", (D(2023, 6, 12), D(2023, 6, 18)))]),
    ("Sales slumped in the third last week of 2021.", [("the third last week of 2021", (D(2021, 12, 6), D(2021, 12, 12)))]),
    ("The strike began on the penultimate day of January.", [("the penultimate day of January", day(D(2024, 1, 30)))]),
    ("Filing closed the fourth-last day of February 2023.", [("the fourth-last day of February 2023", day(D(2023, 2, 25)))]),
    ("The ferry stopped running the last week of 2023.", [("the last week of 2023", (D(2023, 12, 25), D(2023, 12, 31)))]),
    ("Hiring froze in the first week of 2024.", [("the first week of 2024", (D(2024, 1, 1), D(2024, 1, 7)))]),
])
def test_counted_from_the_end(text, expected):
    assert resolved(text) == expected


@pytest.mark.parametrize("text,expected", [
    # A count of weekdays back or ahead; the reference day itself is not counted.
    ("The club last played three Saturdays ago.", [("three Saturdays ago", day(D(2024, 2, 24)))]),
    ("He was hurt 2 Wednesdays ago.", [("2 Wednesdays ago", day(D(2024, 2, 28)))]),
    ("The market reopens two Mondays from now.", [("two Mondays from now", day(D(2024, 3, 25)))]),
    # A plural weekday alone says how often, not when.
    ("Services are held on Sundays in June.", [("in June", (D(2023, 6, 1), D(2023, 6, 30)))]),
])
def test_weekdays_counted(text, expected):
    assert resolved(text) == expected


@pytest.mark.parametrize("text,expected", [
    # Counted from the one day named right after.
    ("Shops were shut three days after Easter.", [("three days after Easter", day(D(2023, 4, 12)))]),
    ("The shelter filled the night before Christmas 2019.", [("the night before Christmas 2019", day(D(2019, 12, 24)))]),
    ("The ban took effect two weeks before Oct. 1, 2020.", [("two weeks before Oct. 1, 2020", day(D(2020, 9, 17)))]),
    ("Crews returned a day after Monday's storm.", [("a day after Monday's", day(D(2024, 3, 12)))]),
    # A span has no one day to count from: the span alone is read.
    ("Two weeks before March 2020 the plan was dropped.", [("March 2020", (D(2020, 3, 1), D(2020, 3, 31)))]),
])
def test_counted_from_a_named_day(text, expected):
    assert resolved(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The temple was rebuilt in 70 AD.", [("in 70 AD", (D(70, 1, 1), D(70, 12, 31)))]),
    ("Pompeii was buried in AD 79.", [("in AD 79", (D(79, 1, 1), D(79, 12, 31)))]),
    ("Records from 1204 C.E. survive.", [("from 1204 C.E.", (D(1204, 1, 1), D(1204, 12, 31)))]),
    # "ad" in lower case is an advertisement.
    ("Spending in 2014 ad campaigns rose.", [("in 2014", (D(2014, 1, 1), D(2014, 12, 31)))]),
    ("Tourism fell during the current summer.", [("current summer", (D(2023, 6, 21), D(2023, 9, 22)))]),
])
def test_eras_and_seasons(text, expected):
    assert resolved(text) == expected


def read(sentence: str):
    return [(sentence[q.start:q.end], q.kind, q.interval.notation(), q.unit) for q in numbers.find(sentence)]


@pytest.mark.parametrize("sentence,expected", [
    # A number word that more often is a pronoun or an idiom is a figure when it stands alone.
    ("Dead: one. Injured: zero.", [("one", "count", "[1,1]", None), ("zero", "count", "[0,0]", None)]),
    ("Casualties: nil.", [("nil", "count", "[0,0]", None)]),
    ("one", [("one", "count", "[1,1]", None)]),
    ("One of the guards fled and no one followed.", []),
    ("The city has zero tolerance for it.", []),
    ("They filed a nil return.", []),
    ("United won two-nil.", []),
    # A currency written against the amount, after it.
    ("Tickets sold for 9.50US$ each.", [("9.50US$", "money", "[9.5,9.5]", "USD")]),
    ("A model 3US retail code", []),
])
def test_bare_words_and_trailing_currency(sentence, expected):
    assert read(sentence) == expected


def test_a_date_is_not_a_duration():
    """ "Two weeks before Christmas" names a day; its "two weeks" is no length of anything."""
    assert durations.find("Two weeks before Christmas, the mall was full.", ((0, 26),)) == []


@pytest.mark.parametrize("text,expected", [
    # A name, a comma, then an age, an appositive or "who": one branch of the speaker grammar reads all three.
    ("Teodora Vasquez, 47, was charged.", ["Teodora Vasquez"]),
    ("Daniel Okafor, a local farmer, found it.", ["Daniel Okafor"]),
    ("Priya Raman, who runs the clinic, spoke.", ["Priya Raman"]),
    # An appositive follows places too: a first word that is no given name is not a person.
    ("Lakeside Mill, a textile plant, closed.", []),
])
def test_a_name_before_a_comma(text, expected):
    from coverage_site.claims import people

    assert [p.name for p in people.find(text)] == expected


def test_the_fraction_of_a_mixed_number_is_not_a_date():
    from coverage_site.claims import dates

    for text in ("He served a 2-1/2 year sentence.", "She got a 3 1/2-year term.", "It lasted 1/2 years."):
        assert not [m for m in dates.find(text)], text
    assert [m for m in dates.find("The 4/22 meeting was held.")]
