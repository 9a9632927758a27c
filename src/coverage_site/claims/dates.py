"""Dates: `coverage_site.claims.dates.find(text)` and `resolve(mention, anchor)`.

Finding is separate from resolving because the anchor is not always known when
an article is read: a story may lend a date to an undated article. Rules:
news reports the past, so a bare weekday is the most recent one on or before
the anchor ("last Friday" strictly before it); a year-less date takes the year
that puts it nearest the anchor and, when a weekday is given, on that weekday.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from coverage_site.read.dateline import MONTHS

WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMWORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "eleven": 11, "twelve": 12, "a": 1}
_PATTERNS = [
    ("iso", rf"\b(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})\b"),
    ("md", rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?"),
    ("dm", rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<y>\d{{4}})\b)?"),
    ("my", rf"\b(?:(?:in|since|until|by|during|from|of|early|late|mid-?)\s+)?(?P<mon>(?:January|February|March|April|May|June|July|August|September|October|November|December))(?:\s+(?P<y>\d{{4}}))?\b"),
    ("weekday", rf"\b(?:(?P<rel>last|this|next|past|on|early|late|on\s+the\s+following)\s+)?(?P<wd>{_WEEKDAY})(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\b"),
    ("halfyear", r"\b(?:the\s+)?(?P<part>first|second|last)\s+(?P<n>six|three|nine|\d)\s+months\s+of\s+(?P<which>this|last|the)\s+year\b"),
    ("relative", r"\b(?P<rel>(?:earlier|later)\s+this|last|this|next|past)\s+(?P<unit>week|month|year|weekend)\b"),
    ("ago", r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?P<unit>day|week|month|year)s?\s+ago\b"),
    ("day", r"\b(?P<word>today|yesterday|tomorrow|tonight|last\s+night|this\s+morning|this\s+afternoon|this\s+evening)\b"),
    ("year", r"\b(?:(?:in|since|until|by|during|from|of|early|late|mid-?)\s+)?(?P<y>(?:19|20)\d\d)\b(?![,.]?\d)"),
]
# The leading guard tries the alternation only at word starts (about twice as fast).
_REGEX = re.compile(r"(?<![\w])(?=\w)(?:" + "|".join(f"(?P<{name}>{p.replace('(?P<', f'(?P<{name}_')})" for name, p in _PATTERNS) + ")",
                    re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    form: str  # iso | md | dm | my | weekday | halfyear | relative | ago | day | year
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relation: str | None = None  # last | next | this | earlier | later | past | ago
    unit: str | None = None
    n: int = 0

    @property
    def needs_anchor(self) -> bool:
        return self.year is None


def find(text: str) -> list[DateMention]:
    """Return the date expressions of `text`, left to right."""
    out: list[DateMention] = []
    for m in _REGEX.finditer(text):
        form = m.lastgroup
        g = {k.split("_", 1)[1]: v for k, v in m.groupdict().items() if v is not None and k.startswith(form + "_")}
        mention = _mention(form, g, m, text)
        if mention:
            out.append(mention)
    return out


def _mention(form: str, g: dict, m: re.Match, text: str) -> DateMention | None:
    start, end = m.span()
    span = text[start:end]
    year = int(g["y"]) if g.get("y") else None
    if form in ("md", "dm", "my"):
        month = MONTHS.get(g["mon"].lower().rstrip("."))
        if month is None:
            return None
        if form == "my":
            if g["mon"].lower() == "may" and not year:
                return None  # "may" the verb
            if not year and not re.match(r"(?i)in|since|until|by|during|from|of|early|late|mid", span):
                return None
            return DateMention(start, end, span, form, year, month)
        day = int(g["d"])
        if not 1 <= day <= 31:
            return None
        wd = WEEKDAYS.get(g["wd"].lower()) if g.get("wd") else None
        return DateMention(start, end, span, "md", year, month, day, wd)
    if form == "iso":
        try:
            d = dt.date(year, int(g["m"]), int(g["d"]))
        except ValueError:
            return None
        return DateMention(start, end, span, form, d.year, d.month, d.day)
    if form == "weekday":
        rel = (g.get("rel") or "").lower()
        rel = {"on": None, "early": None, "late": None, "": None, "past": "last"}.get(rel, rel.split()[-1] if rel else None)
        if rel == "following":
            rel = "next"
        return DateMention(start, end, span, form, weekday=WEEKDAYS[g["wd"].lower()], relation=rel)
    if form == "halfyear":
        n = _NUMWORDS.get(g["n"].lower()) or int(g["n"])
        return DateMention(start, end, span, form, relation=g["which"].lower(), unit=g["part"].lower(), n=n)
    if form == "relative":
        rel = " ".join(g["rel"].lower().split())
        return DateMention(start, end, span, form, relation=rel, unit=g["unit"].lower())
    if form == "ago":
        n = _NUMWORDS.get(g["n"].lower()) or int(g["n"])
        return DateMention(start, end, span, form, relation="ago", unit=g["unit"].lower(), n=n)
    if form == "day":
        return DateMention(start, end, span, form, relation=" ".join(g["word"].lower().split()))
    if form == "year":
        y = int(g["y"])
        # A bare four-digit number is a year only with a preposition or inside a phrase like "the 2010 vote".
        if not re.match(r"(?i)in|since|until|by|during|from|of|early|late|mid", span) and not re.search(r"(?i)\b(?:the|its|a|an)\s+$", text[max(0, start - 6):start]):
            before = text[max(0, start - 2):start]
            if not (before.endswith(",") or before.endswith("(")):
                return None
        return DateMention(start, end, span, form, year=y)
    return None


def resolve(m: DateMention, anchor: dt.date | None, ahead: bool | None = None) -> tuple[dt.date, dt.date] | None:
    """Return the first and last day a mention means, or None when it cannot be known."""
    if m.form in ("iso", "md") and m.year:
        return _day(m.year, m.month, m.day)
    if m.form == "my" and m.year:
        return _month(m.year, m.month)
    if m.form == "year":
        return dt.date(m.year, 1, 1), dt.date(m.year, 12, 31)
    if anchor is None:
        return None
    if m.form == "md":
        return _yearless(m, anchor)
    if m.form == "my":
        # News reports the past: the latest such month on or before the anchor,
        # unless the phrase looks ahead ("until November", "by March").
        ahead = re.match(r"(?i)until|by|next", m.text)
        year = anchor.year + (1 if ahead and m.month < anchor.month else 0) if ahead else anchor.year - (m.month > anchor.month)
        return _month(year, m.month)
    if m.form == "weekday":
        back = (anchor.weekday() - m.weekday) % 7
        if m.relation == "last" and back == 0:
            back = 7
        if m.relation == "next":
            ahead = (m.weekday - anchor.weekday()) % 7 or 7
            d = anchor + dt.timedelta(days=ahead)
        else:
            d = anchor - dt.timedelta(days=back)
        return d, d
    if m.form == "day":
        shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(m.relation, 0)
        d = anchor + dt.timedelta(days=shift)
        return d, d
    if m.form == "ago":
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[m.unit] * m.n
        d = anchor - dt.timedelta(days=days)
        return d, d
    if m.form == "relative":
        return _relative(m.relation, m.unit, anchor)
    if m.form == "halfyear":
        year = anchor.year - (1 if m.relation == "last" else 0)
        if m.unit == "first":
            return dt.date(year, 1, 1), _month(year, m.n)[1]
        return _month(year, 13 - m.n)[0], dt.date(year, 12, 31)
    return None


def _day(y: int, mo: int, d: int) -> tuple[dt.date, dt.date] | None:
    try:
        day = dt.date(y, mo, d)
    except ValueError:
        return None
    return day, day


def _month(y: int, mo: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])


def _yearless(m: DateMention, anchor: dt.date) -> tuple[dt.date, dt.date] | None:
    candidates = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = dt.date(y, m.month, m.day)
        except ValueError:
            continue
        weekday_ok = m.weekday is None or d.weekday() == m.weekday
        # Prefer the weekday match, then the nearest date, then the past over the future.
        candidates.append((not weekday_ok, abs((d - anchor).days), d > anchor, d))
    if not candidates:
        return None
    d = min(candidates)[3]
    return d, d


def _relative(rel: str, unit: str, a: dt.date) -> tuple[dt.date, dt.date]:
    if unit in ("week", "weekend"):
        monday = a - dt.timedelta(days=a.weekday())
        if rel in ("last", "past"):
            start = monday - dt.timedelta(days=7)
            return (start + dt.timedelta(days=5), start + dt.timedelta(days=6)) if unit == "weekend" else (start, start + dt.timedelta(days=6))
        if rel == "next":
            start = monday + dt.timedelta(days=7)
            return start, start + dt.timedelta(days=6)
        if rel == "earlier this":
            return monday, a
        if unit == "weekend":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        if rel in ("last", "past"):
            prev = a.replace(day=1) - dt.timedelta(days=1)
            return _month(prev.year, prev.month)
        if rel == "next":
            nxt = _month(a.year, a.month)[1] + dt.timedelta(days=1)
            return _month(nxt.year, nxt.month)
        if rel == "earlier this":
            return a.replace(day=1), a
        if rel == "later this":
            return a, _month(a.year, a.month)[1]
        return _month(a.year, a.month)
    # year
    if rel in ("last", "past"):
        return dt.date(a.year - 1, 1, 1), dt.date(a.year - 1, 12, 31)
    if rel == "next":
        return dt.date(a.year + 1, 1, 1), dt.date(a.year + 1, 12, 31)
    if rel == "earlier this":
        return dt.date(a.year, 1, 1), a
    if rel == "later this":
        return a, dt.date(a.year, 12, 31)
    return dt.date(a.year, 1, 1), dt.date(a.year, 12, 31)
