"""Counts and amounts read as intervals, on real ECB+ sentences and hand-written hard cases."""

from __future__ import annotations

import pytest

from coverage_site.claims import durations, numbers


def read(sentence: str):
    return [(sentence[q.start:q.end], q.kind, q.interval.notation(), q.about) for q in numbers.find(sentence)]


@pytest.mark.parametrize("sentence,expected", [
    # Real sentences from ECB+ (CC BY 3.0).
    ("The policeman charged with killing Alexandros Grigoropoulos has been jailed along with a colleague pending trial, "
     "while more than 400 protesters have been detained over the unrest.",
     [("more than 400", "count", "(400,)", "protesters")]),
    ("One of the bombs landed in a school yard where about 300 students were attending class, but the bomb did not explode, Boyette said.",
     [("about 300", "count", "[270,330]", "students")]),
    ("Intel recently sold its cellular chip business to Marvell Technology (MRVL) for $600 million.",
     [("$600 million", "money", "[550000000,650000000]", None)]),
    ("The poll of 520 people published in the Kathimerini newspaper gave a 4.5 percent margin of error.",
     [("520", "count", "[520,520]", "people"), ("4.5 percent", "percent", "[4.5,4.5]", None)]),
    ("Fanning said the gunman, entered the party of at least a dozen people around 4:00 p.m.",
     [("at least a dozen", "count", "[12,)", "people")]),
    ("More than 50 firefighters tackled the blaze, which broke out on the roof of the supermarket at about 2045 GMT.",
     [("More than 50", "count", "(50,)", "firefighters")]),
    ("Only 5.8 million TV viewers tuned-in, far below the Globes' typical 20 million audience.",
     [("5.8 million", "count", "[5750000,5850000]", "TV viewers"), ("20 million", "count", "[18000000,22000000]", "audience")]),
    ("In 2003, he pleaded guilty to obstructing justice by misleading doctors about his mental state.", []),
    # The seeds' shapes.
    ("the detention of over 300 South Korean workers has sparked", [("over 300", "count", "(300,)", "South Korean workers")]),
    ("Some 300 South Korean workers, detained in a raid", [("Some 300", "count", "[270,330]", "South Korean workers")]),
    ("rounding up hundreds of South Korean nationals.", [("hundreds", "count", "[200,1000)", "South Korean nationals")]),
    # Bounds.
    ("at least 20 people", [("at least 20", "count", "[20,)", "people")]),
    ("no fewer than 20 people", [("no fewer than 20", "count", "[20,)", "people")]),
    ("fewer than 20 people", [("fewer than 20", "count", "[0,20)", "people")]),
    ("up to 40 homes", [("up to 40", "count", "[0,40]", "homes")]),
    ("no more than 40 homes", [("no more than 40", "count", "[0,40]", "homes")]),
    ("between 20 and 30 people", [("between 20 and 30", "count", "[20,30]", "people")]),
    ("20 to 30 people", [("20 to 30", "count", "[20,30]", "people")]),
    ("20-30 people", [("20-30", "count", "[20,30]", "people")]),
    ("300 or more workers", [("300 or more", "count", "[300,)", "workers")]),
    # Hedges: round numbers widen by 10 %, precise ones by 5 %; nearly/almost lie below.
    ("nearly 1,000 people", [("nearly 1,000", "count", "[900,1000)", "people")]),
    ("almost 50 percent of voters", [("almost 50 percent", "percent", "[47.5,50)", None)]),
    ("roughly 316 workers", [("roughly 316", "count", "[300.2,331.8]", "workers")]),
    ("2,000 people marched", [("2,000", "count", "[1800,2200]", "people")]),
    # Number words and vague quantities.
    ("three hundred and forty protesters", [("three hundred and forty", "count", "[340,340]", "protesters")]),
    ("twenty-five children", [("twenty-five", "count", "[25,25]", "children")]),
    ("tens of thousands of people marched", [("tens of thousands", "count", "[20000,100000)", "people")]),
    ("dozens of homes", [("dozens", "count", "[24,100)", "homes")]),
    # Ages, money and measures are their own kinds.
    ("The 33-year-old actress", [("33-year-old", "age", "[33,33]", None)]),
    ("a $7 billion plant", [("$7 billion", "money", "[6500000000,7500000000]", None)]),
    ("about 58km (36 miles) south-west of Bandar Abbas", [("about 58km", "measure", "[55.1,60.9]", None), ("36 miles", "measure", "[36,36]", None)]),
    # Not quantities: years, times, ordinals, phone numbers, numbers inside names.
    ("at 5:03pm on Boeing 737 flights", []),
    ("Call 555-123-4567 or (02) 555-1234", []),
    ("the 22nd time in the G7 and F-16 and COVID-19 era", []),
    ("the two nations met", []),
])
def test_quantities(sentence, expected):
    assert read(sentence) == expected


@pytest.mark.parametrize("sentence,interval", [
    ("held for approximately one week in a facility", "[5.25,8.75]"),
    ("After being held for nearly a week, the workers", "[5.25,7)"),
    ("after being held in a detention centre for a week", "[5.25,8.75]"),
    ("48 hours later", "[1.989583,2.010417]"),
    ("for three days", "[2.75,3.25]"),
])
def test_durations_in_days(sentence, interval):
    found = durations.find(sentence)
    assert [q.interval.notation() for q in found] == [interval]
    assert all(q.kind == "duration" and q.unit == "days" for q in found)


def test_counts_are_not_durations_and_vice_versa():
    s = "A total of 316 South Korean workers returned home Friday, after being held for a week."
    assert [q.kind for q in numbers.find(s)] == ["count"]
    assert [s[q.start:q.end] for q in durations.find(s)] == ["a week"]
