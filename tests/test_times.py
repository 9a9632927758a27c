"""Times of day (claims/times.py) and how clocks in zones and on two days are compared, on sentences of our own."""

from __future__ import annotations

import pytest

from coverage_site.claims import times
from tests.test_align import story_of


@pytest.mark.parametrize("text, start, end, zone", [
    ("The blast came shortly after 07: 00 BST.", "07:00", "07:15", "BST"),
    ("It was recorded at 21:40 hours local time.", "21:40", "21:40", None),
    ("Sensors logged it at 0915 GMT.", "09:15", "09:15", "UTC"),
    ("The strike came at 19:20 pm, the agency said.", "19:20", "19:20", None),
    ("at about 4 a.m.", "03:50", "04:10", None),
])
def test_clock_forms_newsrooms_write(text, start, end, zone):
    (t,) = times.find(text)
    value = t.value()
    assert (value["start"], value["end"], value.get("zone")) == (start, end, zone)


def test_clocks_in_two_zones_are_two_readings_of_one_moment_not_a_conflict():
    story, _ = story_of("The quake struck at 21:40 hours local time (18:10 GMT).",
                        "The quake struck at 21:40 pm (1810 GMT), officials said.")
    timed = [f for f in story.facets if f.kind == "time"]
    assert timed and all(f.verdict != "conflict" for f in timed)
    assert any(f.verdict == "agree" and len({c.article for c in f.claims}) == 2 for f in timed)


def test_a_clock_of_a_happening_an_article_dates_to_two_days_is_not_compared():
    story, _ = story_of("The quake struck at 9:12 p.m. on Tuesday.",
                        "Wednesday's quake followed the one on Tuesday. The quake struck at 9:30 p.m.")
    assert all(f.verdict != "conflict" for f in story.facets if f.kind == "time")


def test_the_early_hours_are_after_midnight_and_before_dawn():
    text = "Thieves rammed the shop in the early hours of the morning; in the small hours of Sunday it burned."
    found = [(text[t.start:t.end], t.value()["start"], t.value()["end"]) for t in times.find(text)]
    assert found == [("the early hours of the morning", "00:00", "06:00"), ("the small hours of Sunday", "00:00", "06:00")]


def test_a_us_zone_after_a_twelve_hour_clock_is_read_and_one_zone_is_one_zone():
    """"2:37 p.m. ET" and "11:37 a.m. PT" are one moment in two zones: read with their zones they are not
    compared as clocks of one zone; EST, EDT and ET are one zone."""
    from coverage_site.claims import times

    assert [t.value().get("zone") for t in times.find("It hit at 2:37 p.m. ET and again at 3 p.m. EDT.")] == ["ET", "ET"]
    from tests.test_align import story_of

    story, _ = story_of("The plane crashed at 2:37 p.m. ET on Monday, officials said.",
                        "The plane crashed at 11:37 a.m. PT on Monday, officials said.")
    assert not any(f.verdict == "conflict" for f in story.facets if f.kind == "time")
