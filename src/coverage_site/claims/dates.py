"""Dates: `coverage_site.claims.dates.find(text)` and `resolve(mention, anchor)`.

Finding is separate from resolving because the anchor is not always known when
an article is read: a story may lend a date to an undated article. Rules
(also in the README):

* News reports the past: a bare weekday ("Friday", "this Friday") is the most
  recent one on or before the anchor, "last Friday" strictly before it; when
  the verb before it is future ("will meet Friday", "is due to ... this
  Friday") it is the next one after the anchor. "next Friday" is the Friday of
  the following Monday–Sunday week.
* A year-less date takes the year that puts it nearest the anchor (after it
  when the verb is future) and, with a weekday, on that weekday.
* Numeric dates are month first (02/22/2016, 4/22) unless the first number
  cannot be a month (22/04/2016, 13.5.2015: day first); a leading four-digit
  number is a year (2015/08/12, 2019-09-01). A month and a year in digits
  (2014-10, 2014/10, 10/2014) are that month, unless the second number can end
  a range of years that starts at the first ("2009-10", "2010/12": a season,
  a fiscal year): then "2009-10" is read as 2009 and "2010/12" not at all. "31-Oct-74" and
  "31/Oct/1974" are day, month, year (a two-digit year under 50 is 20xx).
* Offsets count calendar units: "three months ago" from 12 February is
  12 November, not 90 days before; "the next day" counts from the date the text
  gave last, else from the anchor. Impossible dates ("Feb. 30") stay unresolved.
* An offset before a date counts from that date when it names one day: "three
  days after Easter", "the day before Christmas 2002", "a week before Dec. 25";
  before a span ("two weeks before March 2020") the span alone is read.
* "two Sundays ago", "three Fridays from now": the second Sunday before the
  anchor, the third Friday after it (the anchor's own day not counted).
* Weeks and days counted from a period's end: "the last week of 2023", "the
  second-to-last week of October", "the penultimate day of June", "the third
  last week of 2018" (whole Monday–Sunday weeks inside the month or year).
* Years of an era in capitals: "79 AD", "AD 79", "476 CE", "14 A.D." (a
  lower-case "ad" is an advertisement).
* A weekday with its date is one date, the weekday choosing the year:
  "Friday, March 8", "Oct 4, Fri", "Thu 21st", "Mon, Apr8" (a day and month
  written together need a weekday or a year: "3march 2022").
* A weekday counted from a day: "the first Monday after Easter 2025", "the
  second Friday before Christmas"; the n-th nearest one: "the closest Sunday
  to July 4" (of two as near, the earlier). A day and a length are a span:
  "from June 3 for two weeks" is 3–17 June.
* A month or named day in the year an offset reaches: "November in two
  years", "Thanksgiving three years ago" (on the side of the anchor the offset
  points to). "April after next", "January before last".
* A week is named by its first day: "the week of" a Sunday is the
  Monday–Sunday week that follows it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from coverage_site.claims import calendar_math as cal
from coverage_site.claims import holidays
from coverage_site.claims.calendar_math import day_range
from coverage_site.claims.date_forms import DateMention, int_of, offsets_of, weekday_of
from coverage_site.claims.date_forms import mention as mention_of
from coverage_site.claims.date_grammar import ANY_WEEKDAY, FORM_GROUPS, NUM, ORD_WORD, UNIT, matches

__all__ = ["DateMention", "find", "resolve"]


def find(text: str) -> list[DateMention]:
    """Return the date expressions of `text`, left to right."""
    out: list[DateMention] = []
    for m in matches(text):
        form = m.lastgroup
        g = {short: v for full, short in FORM_GROUPS[form] if (v := m.group(full)) is not None}
        mention = mention_of(form, g, m, text)
        if mention:
            if form == "sequel":
                base = next((o for o in reversed(out) if o.form not in ("sequel", "year", "my")), None)
                mention = replace(mention, base=base)
            if form == "offset" and out and out[-1].form == "holiday" and not out[-1].year and not out[-1].relation \
                    and all(u in ("year", "month") for _, u in mention.offsets) and not text[out[-1].end:mention.start].strip():
                # "Thanksgiving three years ago": the named day in the year the offset reaches.
                day_named = out.pop()
                mention = DateMention(day_named.start, mention.end, text[day_named.start:mention.end], "yearof",
                                      future=day_named.future, relation=mention.relation, offsets=mention.offsets,
                                      base=day_named)
            mention = _closest(text, _shifted(text, mention), out)
            while out and out[-1].start >= mention.start:
                out.pop()  # a weekday inside "the first Monday after Easter" is part of it
            out.append(_lasting(text, mention))
    return out


# Dates counted from a date the text names right after, when that date is one day (a span has no one day to
# count from): "three days after Easter", "a week before Dec. 25", "the day after Christmas"; and a weekday
# counted from it, "the first Monday after Easter", "the third Tuesday after Christmas 2014" (with an ordinal or
# "the" before it: in "on Friday before Christmas" Friday may be a date of its own).
_NTH = rf"(?:{ORD_WORD}|\d{{1,2}}(?:st|nd|rd|th))"
_SHIFT = re.compile(rf"\b(?:(?P<offs>{NUM}\s+{UNIT}(?:,?\s+(?:and\s+)?{NUM}\s+{UNIT})*)|the\s+(?P<the>day|night)"
                    rf"|(?:the\s+(?:(?P<nth>{_NTH}|last)\s+)?|(?P<nth2>{_NTH})\s+)(?P<wd>{ANY_WEEKDAY}))\s+"
                    rf"(?P<dir>after|before)\s+$", re.IGNORECASE)
_ONE_DAY = frozenset("md holiday weekday dom nth day".split())
# "the closest Monday to Oct. 5", "the second nearest Christmas to today": that weekday or named day, the n-th
# nearest to the one day named after "to" (of two as near, the earlier first).
_CLOSEST = re.compile(rf"\bthe\s+(?:(?P<nth>{_NTH})\s+)?(?:closest|nearest)\s+(?:(?P<wd>{ANY_WEEKDAY})|(?P<what>\S[^,;.]*?))\s+to\s+$",
                      re.IGNORECASE)
# "from June 3 for two weeks", "for ten days from 5 May": the span from that day to the end of the length.
_FOR_AFTER = re.compile(rf"\s+for\s+(?P<offs>{NUM}\s+{UNIT}(?:,?\s+(?:and\s+)?{NUM}\s+{UNIT})*)(?![-\w])", re.IGNORECASE)
_FOR_BEFORE = re.compile(rf"\bfor\s+(?P<offs>{NUM}\s+{UNIT}(?:,?\s+(?:and\s+)?{NUM}\s+{UNIT})*)\s+(?:from|starting(?:\s+on)?|beginning(?:\s+on)?)\s+$",
                         re.IGNORECASE)


def _one_day(m: DateMention) -> bool:
    return m.form in _ONE_DAY and not (m.form == "md" and m.day2) or m.form in ("shifted", "closest")


def _closest(text: str, m: DateMention, before: list[DateMention]) -> DateMention:
    if not _one_day(m):
        return m
    if not text[max(0, m.start - 8):m.start].rstrip().lower().endswith("to"):
        return m
    c = _CLOSEST.search(text, max(0, m.start - 80), m.start)
    if not c:
        return m
    n = int_of(c.group("nth")) if c.group("nth") else 1
    if c.group("wd"):
        return DateMention(c.start(), m.end, text[c.start():m.end], "closest", year=m.year, future=m.future,
                           weekday=weekday_of(c.group("wd")), n=n, base=m)
    named = before[-1] if before else None
    if not named or named.form != "holiday" or named.year or (named.start, named.end) != c.span("what"):
        return m
    return DateMention(c.start(), m.end, text[c.start():m.end], "closest", year=m.year, future=m.future, unit=named.unit, n=n,
                       base=m)


def _lasting(text: str, m: DateMention) -> DateMention:
    if not _one_day(m):
        return m
    after = _FOR_AFTER.match(text, m.end) if text[m.end:m.end + 6].lower().split()[:1] == ["for"] else None
    before = None
    if not after and "for" in text[max(0, m.start - 60):m.start].lower():
        before = _FOR_BEFORE.search(text, max(0, m.start - 60), m.start)
    if not (after or before):
        return m
    start, end = (m.start, after.end()) if after else (before.start(), m.end)
    return DateMention(start, end, text[start:end], "lasting", year=m.year, future=m.future,
                       offsets=offsets_of((after or before).group("offs")), base=m)


def _shifted(text: str, m: DateMention) -> DateMention:
    if m.form not in _ONE_DAY or (m.form == "md" and m.day2):
        return m
    if not text[max(0, m.start - 12):m.start].rstrip().lower().endswith(("after", "before")):
        return m  # what the prefix must end with, checked before the search
    s = _SHIFT.search(text, max(0, m.start - 60), m.start)
    if not s:
        return m
    weekday, n = None, 0
    if s.group("wd"):
        weekday = weekday_of(s.group("wd"))
        nth = (s.group("nth") or s.group("nth2") or "").lower()
        n = 1 if nth in ("", "last") else int_of(nth)
        offsets: tuple[tuple[float, str], ...] = ()
    elif s.group("the"):
        offsets = ((1, "day"),)
    else:
        offsets = offsets_of(s.group("offs"))
    return DateMention(s.start(), m.end, text[s.start():m.end], "shifted", year=m.year, future=m.future,
                       relation=s.group("dir").lower(), offsets=offsets, base=m, weekday=weekday, n=n)


def resolve(m: DateMention, anchor: dt.date | None, ahead: bool | None = None) -> tuple[dt.date, dt.date] | None:
    """Return the first and last day a mention means, or None when it cannot be known.

    `ahead` reads forms with no direction of their own forward ("friday" is the
    coming one); by default they look back, as news does, unless the verb
    before them is future.
    """
    ahead = m.future if ahead is None else ahead
    if m.form == "holiday":
        return _holiday(m, anchor, ahead)
    if m.form == "season":
        return cal.season(m.unit, m.year, m.relation, anchor, ahead)
    if m.form == "md" and m.year:
        return cal.day(m.year, m.month, m.day)
    if m.form == "range" and m.year:
        return cal.span(m.year, m.month, m.day, m.month2 or m.month, m.day2)
    if m.form == "my" and m.year:
        return cal.month(m.year, m.month)
    if m.form == "year":
        return dt.date(m.year, 1, 1), dt.date(m.year, 12, 31)
    if m.form == "decade":  # its early, middle or late years: 0-3, 3-6, 6-9; "the 1800s" is a century
        parts = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}
        scale = 11 if m.year % 100 == 0 and m.year < 2000 else 1
        first, last = parts.get(m.relation, (0, 9))
        return dt.date(m.year + first * scale, 1, 1), dt.date(m.year + min(99, last * scale + scale - 1), 12, 31)
    if m.form == "quarter" and m.year:
        return cal.quarter(m.year, m.n)
    if m.form == "part" and m.year:
        return cal.part(m.year, m.month, m.unit, m.relation)
    if m.form in ("week", "nthday") and m.year:
        return cal.within_month(m, m.year)
    if m.form == "nth" and m.year:
        return day_range(cal.nth_weekday(m.year, m.month, m.weekday, m.n))
    if m.form == "shifted":
        base = resolve(m.base, anchor, ahead)
        if base is None or base[0] != base[1]:
            return None
        d = base[0]
        if m.weekday is not None:
            return day_range(cal.nth_weekday_from(d, m.weekday, m.n if m.relation == "after" else -m.n))
        for amount, unit in m.offsets:
            d = cal.shift(d, amount, unit, 1 if m.relation == "after" else -1)
        return d, d
    if m.form == "closest":
        base = resolve(m.base, anchor, ahead)
        if base is None or base[0] != base[1]:
            return None
        if m.weekday is not None:
            return day_range(cal.closest_weekday(base[0], m.weekday, m.n))
        days = [d for y in range(base[0].year - m.n - 1, base[0].year + m.n + 2) if (d := holidays.date_in(m.unit, y))]
        days.sort(key=lambda d: (abs((d - base[0]).days), d))
        return day_range(days[m.n - 1]) if len(days) >= m.n else None
    if m.form == "lasting":
        base = resolve(m.base, anchor, ahead)
        if base is None or base[0] != base[1]:
            return None
        d = base[0]
        for amount, unit in m.offsets:
            d = cal.shift(d, amount, unit, 1)
        return base[0], d
    if m.form == "yearof":
        if anchor is None:
            return None
        reached = anchor
        for amount, unit in m.offsets:
            reached = cal.shift(reached, amount, unit, -1 if m.relation == "ago" else 1)
        # In the year the offset reaches, on the side of the anchor it points to: "Christmas a month ago" in
        # March is the last Christmas, not the one in the reached year, which is still to come.
        ago = m.relation == "ago"
        for y in (reached.year, reached.year + (-1 if ago else 1)):
            span = day_range(holidays.date_in(m.base.unit, y)) if m.base is not None else cal.month(y, m.month)
            if span is None or (span[0] <= anchor if ago else span[1] >= anchor):
                return span
        return None
    if m.form == "sequel":
        base = resolve(m.base, anchor, ahead) if m.base else None
        if base is None and anchor is None:
            return None
        d = base[1] + dt.timedelta(days=1) if m.relation == "next" and base else base[0] - dt.timedelta(days=1) if base else \
            anchor + dt.timedelta(days=1 if m.relation == "next" else -1)
        return d, d
    if anchor is None:
        return None
    return cal.relative(m, anchor, ahead)


def _holiday(m: DateMention, anchor: dt.date | None, ahead: bool) -> tuple[dt.date, dt.date] | None:
    """A named day (or season, such as Lent): in its year when given, else the latest one (the next one when
    looking ahead), counted by its first day; with "weekend", the days off around it (`cal.holiday_weekend`)."""
    day = _holiday_day(m, anchor, ahead)
    return cal.holiday_weekend(day[0], m.unit) if day and m.weekend else day


def _holiday_day(m: DateMention, anchor: dt.date | None, ahead: bool) -> tuple[dt.date, dt.date] | None:
    if m.year:
        return holidays.span_in(m.unit, m.year)
    if anchor is None:
        return None
    if m.relation and m.relation.endswith(" year"):
        y = anchor.year + {"next year": 1, "last year": -1}.get(m.relation, 0)
        return holidays.span_in(m.unit, y)
    options = [s for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (s := holidays.span_in(m.unit, y))]
    if m.relation == "this":
        return holidays.span_in(m.unit, anchor.year)
    if m.relation == "next" or (m.relation is None and ahead):
        later = [s for s in options if s[0] > anchor or (s[0] == anchor and m.relation is None)]
        return min(later) if later else None
    earlier = [s for s in options if s[0] < anchor or (s[0] == anchor and m.relation is None)]
    return max(earlier) if earlier else None
