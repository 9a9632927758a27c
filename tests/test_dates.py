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


# Issue #15, the forms added to reach the held-out suite's date target: our own sentences, reference date
# Wednesday 2024-03-13 (REF). Each group is one family of forms.
@pytest.mark.parametrize("text,expected", [
    # A weekday written with its date is one date, and the weekday picks the year.
    ("It opened on Friday, March 8.", [("Friday, March 8", day(D(2024, 3, 8)))]),
    ("Filed Oct 4, Fri, with the clerk.", [("Oct 4, Fri", day(D(2024, 10, 4)))]),
    ("It opened on Friday 8th March.", [("Friday 8th March", day(D(2024, 3, 8)))]),
    ("The recital will be on Thu 21st.", [("Thu 21st", day(D(2024, 3, 21)))]),
    ("The stall reopened Sat 9th.", [("Sat 9th", day(D(2024, 3, 9)))]),
    # Abbreviations that are no English word stand without a dot before a pause; "sat" and "sun" are words.
    ("Doors open Thu, 14 March.", [("Thu, 14 March", day(D(2024, 3, 14)))]),
    ("Office closed: Tue", [("Tue", day(D(2024, 3, 12)))]),
    ("We sat in the sun.", []),
    ("Closed: Sun.", [("Sun.", day(D(2024, 3, 10)))]),
    ("Hours: Sat", [("Sat", day(D(2024, 3, 9)))]),
    ("They sat down in the sun", []),
    ("The fair was on Sat.", [("on Sat.", day(D(2024, 3, 9)))]),
    # ... and never after a capitalised word or before one: "Thu" is a given name too.
    ("Nguyen Thi Thu, 34, was hurt.", []),
    ("Thu Trang said she left.", []),
    # A day and a month written together are a date with a year or a weekday beside them.
    ("Tickets dated 3march 2022 were void.", [("3march 2022", day(D(2022, 3, 3)))]),
    ("The rent is due Mon, Apr8.", [("Mon, Apr8", day(D(2024, 4, 8)))]),
    ("Code APR8 was used.", []),
    # A month is a whole word: "5 decades" is no 5 December; a day after a month belongs to it.
    ("Over 5 decades ago the mill closed.", []),
    ("Nothing has moved since September 30.", [("September 30", day(D(2023, 9, 30)))]),
    ("Bids are due by May 5.", [("May 5", day(D(2024, 5, 5)))]),
])
def test_weekdays_and_dates_written_together(text, expected):
    assert resolved(text, REF) == expected


@pytest.mark.parametrize("text,expected", [
    # Roman days: ides the 15th in March, May, July and October (else the 13th), nones the 7th (else the 5th).
    ("The vote falls on the ides of May.", [("the ides of May", day(D(2024, 5, 15)))]),
    ("Pay was due on the nones of June 2021.", [("the nones of June 2021", day(D(2021, 6, 5)))]),
    ("Rent came on the kalends of April.", [("the kalends of April", day(D(2024, 4, 1)))]),
    # A month after next, before last.
    ("The merger closes in April after next.", [("in April after next", (D(2025, 4, 1), D(2025, 4, 30)))]),
    ("The fair was held in January before last.", [("in January before last", (D(2023, 1, 1), D(2023, 1, 31)))]),
    # A month or a named day in the year an offset reaches.
    ("Elections are set for November in two years.", [("November in two years", (D(2026, 11, 1), D(2026, 11, 30)))]),
    ("Prices peaked in March three years ago.", [("in March three years ago", (D(2021, 3, 1), D(2021, 3, 31)))]),
    ("Turkeys sold out Thanksgiving three years ago.", [("Thanksgiving three years ago", day(D(2021, 11, 25)))]),
    ("Carols were sung Christmas a month ago.", [("Christmas a month ago", day(D(2023, 12, 25)))]),
    ("Prices fell in March in a year of turmoil.", [("in March", (D(2024, 3, 1), D(2024, 3, 31)))]),
    # "back" counts back like "ago".
    ("The mill closed three years back.", [("three years back", day(D(2021, 3, 13)))]),
    ("He was last seen two Tuesdays back.", [("two Tuesdays back", day(D(2024, 3, 5)))]),
])
def test_months_and_offsets(text, expected):
    assert resolved(text, REF) == expected


@pytest.mark.parametrize("text,expected", [
    # A weekday counted from a day named after it, with "the" or an ordinal.
    ("Schools reopen the first Monday after Easter 2025.", [("the first Monday after Easter 2025", day(D(2025, 4, 21)))]),
    ("The sale ended the second Friday before Christmas 2023.", [("the second Friday before Christmas 2023", day(D(2023, 12, 15)))]),
    ("Staff were paid the Friday before Christmas 2023.", [("the Friday before Christmas 2023", day(D(2023, 12, 22)))]),
    # The n-th nearest weekday or named day to a day; of two as near, the earlier.
    ("It falls on the closest Sunday to July 4 2025.", [("the closest Sunday to July 4 2025", day(D(2025, 7, 6)))]),
    ("It fell on the second nearest Sunday to July 4 2025.", [("the second nearest Sunday to July 4 2025", day(D(2025, 6, 29)))]),
    ("They met the closest Christmas to March 1 2024.", [("the closest Christmas to March 1 2024", day(D(2023, 12, 25)))]),
    # A day and a length: the span from it to the end of the length.
    ("The exhibit runs from June 3 for two weeks.", [("June 3 for two weeks", (D(2024, 6, 3), D(2024, 6, 17)))]),
    ("The road is closed for ten days from 5 May 2021.", [("for ten days from 5 May 2021", (D(2021, 5, 5), D(2021, 5, 15)))]),
    ("He spoke on Monday for a year-long inquiry.", [("on Monday", day(D(2024, 3, 11)))]),
    # A week is named by its first day: a Sunday opens the week after it.
    ("Talks were held the week of Oct. 6, 2024.", [("the week of Oct. 6, 2024", (D(2024, 10, 7), D(2024, 10, 13)))]),
    ("Talks were held the week of Oct. 9, 2024.", [("the week of Oct. 9, 2024", (D(2024, 10, 7), D(2024, 10, 13)))]),
])
def test_days_counted_from_days(text, expected):
    assert resolved(text, REF) == expected


@pytest.mark.parametrize("text,expected", [
    # End and beginning of month or year in capitals, the thirds of the `part` form; "BOY" is a boy.
    ("Payment is due EOM.", [("EOM", (D(2024, 3, 21), D(2024, 3, 31)))]),
    ("Invoices go out at the BOM.", [("at the BOM", (D(2024, 3, 1), D(2024, 3, 10)))]),
    ("Targets are set for EOY.", [("EOY", (D(2024, 9, 1), D(2024, 12, 31)))]),
    ("THE BOY WHO LIVED", []),
    # A hedge inside a part of a period leaves the period as it is.
    ("Work ends by the end of about next week.", [("the end of about next week", (D(2024, 3, 22), D(2024, 3, 24)))]),
    # A quarter with a two-digit year written against it.
    ("Guidance for 24Q3 was cut.", [("24Q3", (D(2024, 7, 1), D(2024, 9, 30)))]),
    # A bare ordinal quarter is left alone: in news it is as often a quarter of a game.
    ("They led 14-0 in the second quarter.", []),
])
def test_parts_of_periods(text, expected):
    assert resolved(text, REF) == expected


@pytest.mark.parametrize("text,expected", [
    ("Pubs filled on St. Paddy's Day 2022.", [("St. Paddy's Day 2022", day(D(2022, 3, 17)))]),
    ("Offices closed on Civil Rights Day 2024.", [("Civil Rights Day 2024", day(D(2024, 1, 15)))]),
    # Boss's Day moves off a weekend to the nearest weekday: 16 October 2021 was a Saturday.
    ("Cards were sent on Boss's Day 2021.", [("Boss's Day 2021", day(D(2021, 10, 15)))]),
    ("Fasting ends after Lent 2024.", [("Lent 2024", (D(2024, 2, 14), D(2024, 3, 30)))]),
    ("She lent him money.", []),
    ("Crowds gathered on Trinity Sunday 2024.", [("Trinity Sunday 2024", day(D(2024, 5, 26)))]),
    ("Stalls sold crepes on Pancake Day 2024.", [("Pancake Day 2024", day(D(2024, 2, 13)))]),
    ("The town fair falls on Whit Sunday 2024.", [("Whit Sunday 2024", day(D(2024, 5, 19)))]),
    # The Orthodox Easter is the Julian computus'; Orthodox Christmas is 7 January.
    ("Churches filled on Orthodox Easter 2024.", [("Orthodox Easter 2024", day(D(2024, 5, 5)))]),
    ("The fast began on Clean Monday 2024.", [("Clean Monday 2024", day(D(2024, 3, 18)))]),
    ("Great Lent 2024 ran to April 26.", [("Great Lent 2024", (D(2024, 3, 18), D(2024, 4, 26))), ("April 26", day(D(2024, 4, 26)))]),
    ("Bells rang for Orthodox Christmas 2024.", [("Orthodox Christmas 2024", day(D(2024, 1, 7)))]),
    # The Lunar New Year: two new moons after the one that begins the month of the December solstice (Beijing time).
    ("Markets shut for Lunar New Year's Day.", [("Lunar New Year's Day", day(D(2024, 2, 10)))]),
    ("Fireworks marked Chinese New Year 2023.", [("Chinese New Year 2023", day(D(2023, 1, 22)))]),
    # 1985: the solstice's month began on the solstice's own day (22 December 1984 in Beijing), so the year began
    # on 20 February, not with the new moon of 21 January ...
    ("Shops closed for Chinese New Year 1985.", [("Chinese New Year 1985", day(D(1985, 2, 20)))]),
    # ... and 2034 has a leap month before it: the year begins a month later than the count says.
    ("Flights are booked for Chinese New Year 2034.", [("Chinese New Year 2034", day(D(2034, 2, 19)))]),
    # Another calendar's new year is not 1 January.
    ("Prayers opened the Islamic New Year's Day.", []),
])
def test_more_named_days(text, expected):
    assert resolved(text, REF) == expected


def test_lunar_new_year_against_published_dates():
    from coverage_site.claims.holidays import lunar_new_year

    published = {2000: (2, 5), 2001: (1, 24), 2007: (2, 18), 2012: (1, 23), 2015: (2, 19), 2017: (1, 28), 2020: (1, 25),
                 2021: (2, 12), 2025: (1, 29), 2026: (2, 17), 2030: (2, 3), 2050: (1, 23)}
    assert {y: lunar_new_year(y) for y in published} == {y: D(y, *md) for y, md in published.items()}


def test_a_date_in_a_clause_with_its_own_verb_is_not_given_to_another_clauses_happening():
    """"found ... on March 3, but he died on March 1": the 3rd is when the body was found, not the death's day."""
    from tests.test_align import story_of
    story, _ = story_of("His body was found by a neighbour on March 3, but the coroner said the man died on March 1.",
                        "The man died on March 1, the coroner said.")
    death = [f for f in story.facets if f.kind == "date" and any(c.event == "die" for c in f.claims)]
    assert [f.verdict for f in death] == ["agree"] and all(c.text == "March 1" for c in death[0].claims)
    assert not any(f.verdict == "conflict" for f in story.facets)


def test_this_year_in_two_articles_is_not_a_shared_fact():
    """"this year", "last month" read from each article's own date are alike by construction: no row of their own."""
    from tests.test_align import story_of
    story, _ = story_of("Ticket sales at the harbour festival doubled this year.",
                        "The harbour festival drew record crowds, and organisers plan a bigger stage this year.")
    assert not any(f.kind == "date" and len({c.article for c in f.claims}) > 1 for f in story.facets)


def test_a_month_without_a_year_in_undated_articles_is_the_storys_month():
    """Undated reports of one story: "in February" and "in mid-February" name one month (a row of their own),
    "February 11" and "February 18" two days, never compared."""
    from tests.test_align import story_of
    story, _ = story_of("The carrier will start selling the phone in February.",
                        "The phone should reach stores in mid-February, a spokesman said.",
                        "It goes on sale on February 11.", "Rumours point to February 18 for the launch.",
                        published=[None] * 4)
    rows = {frozenset(c.text for c in f.claims): f for f in story.facets if f.kind == "date"}
    assert rows[frozenset({"in February", "in mid-February"})].verdict == "agree"
    assert "no year or publication date" in rows[frozenset({"in February", "in mid-February"})].explanation
    assert not any(f.verdict == "conflict" for f in story.facets)


@pytest.mark.parametrize("text, year", [
    ("The store burned down in February, 2003.", 2003),
    ("In October, 1972, the paper ran the story.", 1972),
    ("In March, 2000 workers walked out.", None),
])
def test_a_year_after_a_month_and_a_comma_ends_the_phrase(text, year):
    (m,) = [m for m in find(text) if m.month]
    assert m.year == year


@pytest.mark.parametrize("text,expected", [
    ("The warehouse was built in the 1930s.", [("in the 1930s", (D(1930, 1, 1), D(1939, 12, 31)))]),
    ("By the mid-1980s the dairy was failing.", [("By the mid-1980s", (D(1983, 1, 1), D(1986, 12, 31)))]),
    ("Prices rose in the early 2000s.", [("in the early 2000s", (D(2000, 1, 1), D(2003, 12, 31)))]),
    ("The mill dates from the late 1800s.", [("from the late 1800s", (D(1866, 1, 1), D(1899, 12, 31)))]),
])
def test_decades_and_centuries(text, expected):
    assert resolved(text, REF) == expected


def test_an_era_is_not_the_day_of_what_its_clause_tells():
    """"the 1950s pin-up queen died Thursday": the decade is her era, not the death's date."""
    from coverage_site.claims import extract_claims
    from coverage_site.read import parse_article
    a = parse_article("---\ntitle: x\nsource: S\n---\nThe 1950s pin-up queen died on Thursday in Los Angeles.\n",
                      "content/articles/a.md")[0]
    era = next(c for c in extract_claims(a) if c.kind == "date" and "1950s" in c.text)
    assert era.event is None


@pytest.mark.parametrize("text, expected", [
    ("Sales open in the second half of 2031.", ("2031-07-01", "2031-12-31")),
    ("It ships in the first half of next year.", ("2031-01-01", "2031-06-30")),
    ("Costs rose in the second half of the year.", ("2030-07-01", "2030-12-31")),
])
def test_a_half_of_a_year(text, expected):
    (m,) = find(text)
    low, high = resolve(m, dt.date(2030, 3, 4))
    assert (low.isoformat(), high.isoformat()) == expected


def test_a_decade_after_a_preposition_dates_its_clause_but_a_decade_as_a_modifier_does_not():
    from coverage_site.claims import extract_claims
    from coverage_site.read import parse_article

    art = parse_article("---\ntitle: T\nsource: S\n---\nThe mill was destroyed in the 1970s. "
                        "The 1950s film star died on Friday.\n", "content/articles/a.md")[0]
    dated = {c.text: c.event for c in extract_claims(art) if c.kind == "date"}
    assert dated["in the 1970s"] == "destroy"
    assert dated["The 1950s"] is None and dated["on Friday"] == "die"


def test_a_part_of_the_current_year_is_compared_with_the_same_part_written_out():
    from tests.test_align import story_of

    story, _ = story_of("The firm plans to ship the chips in the second half of the year, it said.",
                        "The firm plans to ship the chips in the second half of 2024.")
    assert any(f.kind == "date" and len({c.article for c in f.claims}) == 2 and f.verdict == "agree" for f in story.facets)
    bare, _ = story_of("The plan is for this year.", "The plan is for this year, the firm said.")
    assert not any(f.kind == "date" and len({c.article for c in f.claims}) == 2 for f in bare.facets)


# "Over the weekend", "on the weekend": the last weekend on or before the anchor, the coming one after a future verb.
@pytest.mark.parametrize("text,anchor,expected", [
    ("Two shops were looted over the weekend.", D(2024, 5, 15), [("over the weekend", (D(2024, 5, 11), D(2024, 5, 12)))]),
    ("He was detained on the weekend.", D(2024, 5, 12), [("on the weekend", (D(2024, 5, 11), D(2024, 5, 12)))]),
    ("Talks will resume over the weekend.", D(2024, 5, 15), [("over the weekend", (D(2024, 5, 18), D(2024, 5, 19)))]),
])
def test_the_weekend(text, anchor, expected):
    assert resolved(text, anchor) == expected


# A count before a singular unit cannot count it: the unit that many ahead. With the plural it is a span.
@pytest.mark.parametrize("text,expected", [
    ("the launch slipped to 3 upcoming week", (D(2024, 6, 3), D(2024, 6, 9))),
    ("voting is set for upcoming two day", (D(2024, 5, 17), D(2024, 5, 17))),
    ("the audit lands two coming month", (D(2024, 7, 1), D(2024, 7, 31))),
    ("results come upcoming 3 quarter", (D(2025, 1, 1), D(2025, 3, 31))),
    ("the games return in 2 upcoming year", (D(2026, 1, 1), D(2026, 12, 31))),
    ("over the upcoming two weeks", (D(2024, 5, 20), D(2024, 6, 2))),
])
def test_a_count_before_a_singular_unit_is_that_many_ahead(text, expected):
    assert [resolve(m, D(2024, 5, 15)) for m in find(text)] == [expected]


# "9/11" is the name of 11 September 2001; an ISO date keeps its time; two weeks, months or years back or on.
@pytest.mark.parametrize("text,expected", [
    ("Security changed after 9/11 for good.", (D(2001, 9, 11), D(2001, 9, 11))),
    ("Filed at 2023-03-04T09:15:00Z by the desk.", (D(2023, 3, 4), D(2023, 3, 4))),
    ("The plant shut the week before last.", (D(2024, 4, 29), D(2024, 5, 5))),
    ("Hearings resume the week after next.", (D(2024, 5, 27), D(2024, 6, 2))),
    ("Sales dipped the month before last.", (D(2024, 3, 1), D(2024, 3, 31))),
])
def test_named_dates_iso_times_and_units_two_away(text, expected):
    assert [resolve(m, D(2024, 5, 15)) for m in find(text)] == [expected]


# A holiday's weekend is the days off around it, not the holiday alone: "over the Thanksgiving weekend" may be
# the Saturday another outlet names.
@pytest.mark.parametrize("text,expected", [
    ("Two stores were robbed over the Thanksgiving weekend.", (D(2023, 11, 23), D(2023, 11, 26))),
    ("Traffic deaths rose over Memorial Day weekend.", (D(2023, 5, 27), D(2023, 5, 29))),
    ("The church was full over the Easter weekend.", (D(2023, 4, 7), D(2023, 4, 10))),
    ("Shops shut on Thanksgiving.", (D(2023, 11, 23), D(2023, 11, 23))),
])
def test_a_holidays_weekend(text, expected):
    assert [resolve(m, D(2023, 12, 4)) for m in find(text)] == [expected]
