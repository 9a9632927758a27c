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
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from coverage_site.claims import calendar_math as cal
from coverage_site.claims import holidays
from coverage_site.claims.calendar_math import ORDINALS, WEEKDAYS, day_range
from coverage_site.claims.date_grammar import FORM_GROUPS, NUM, UNIT, matches
from coverage_site.claims.wordscan import expand, trie
from coverage_site.text import MONTHS

_NUMWORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1}
# Words that put what follows in the future; only whether one is there counts, so they can be a trie.
_FUTURE_WORDS = expand(r"will|shall|won['’]t|going\s+to|due\s+to|scheduled|slated|expected\s+to|set\s+to|set\s+for|"
                       r"plans?\s+to|planned|intends?\s+to|is\s+to|are\s+to|upcoming")
_FUTURE = re.compile(rf"(?=[{''.join(sorted({w[0] for w in _FUTURE_WORDS}))}'’])(?:\b{trie(_FUTURE_WORDS)}\b|['’]ll\b)", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    form: str  # md | range | nth | wdweek | wdoffset | dom | my | weekday | part | quarter | halfyear | relative | offset | span | sequel | shifted | day | year | ...
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relation: str | None = None  # last | next | this | earlier | later | past | ago | hence
    unit: str | None = None
    n: int = 0
    future: bool = False  # the verb before it looks ahead: "will meet Friday"
    day2: int | None = None  # a range's last day ("July 13-15"), and its month when it differs
    month2: int | None = None
    offsets: tuple[tuple[float, str], ...] = ()  # "1 month 21 days ago": ((1, "month"), (21, "day"))
    base: DateMention | None = None  # the date "the next day" counts from

    @property
    def needs_anchor(self) -> bool:
        return self.year is None


def find(text: str) -> list[DateMention]:
    """Return the date expressions of `text`, left to right."""
    out: list[DateMention] = []
    for m in matches(text):
        form = m.lastgroup
        g = {short: v for full, short in FORM_GROUPS[form] if (v := m.group(full)) is not None}
        mention = _mention(form, g, m, text)
        if mention:
            if form == "sequel":
                base = next((o for o in reversed(out) if o.form not in ("sequel", "year", "my")), None)
                mention = replace(mention, base=base)
            out.append(_shifted(text, mention))
    return out


# "three days after Easter", "a week before Dec. 25", "the day after Christmas": counted from the date named
# right after, when that date is one day (a span has no one day to count from).
_SHIFT = re.compile(rf"\b(?:(?P<offs>{NUM}\s+{UNIT}(?:,?\s+(?:and\s+)?{NUM}\s+{UNIT})*)|the\s+(?P<the>day|night))\s+"
                    rf"(?P<dir>after|before)\s+$", re.IGNORECASE)
_ONE_DAY = frozenset("md holiday weekday dom nth day".split())


def _shifted(text: str, m: DateMention) -> DateMention:
    if m.form not in _ONE_DAY or (m.form == "md" and m.day2):
        return m
    s = _SHIFT.search(text, max(0, m.start - 60), m.start)
    if not s:
        return m
    if s.group("the"):
        offsets: tuple[tuple[float, str], ...] = ((1, "day"),)
    else:
        parts = re.findall(rf"({NUM})\s+({UNIT})", s.group("offs"), re.IGNORECASE)
        offsets = tuple((_amount(n), u.lower().rstrip("s")) for n, u in parts)
    return DateMention(s.start(), m.end, text[s.start():m.end], "shifted", year=m.year, future=m.future,
                       relation=s.group("dir").lower(), offsets=offsets, base=m)


def _future(text: str, start: int) -> bool:
    window = text[max(0, start - 80):start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
    return bool(_FUTURE.search(window[cut + 1:]))


def _int(word: str) -> int:
    w = word.lower()
    return _NUMWORDS.get(w) or ORDINALS.get(w) or int(re.sub(r"\D", "", w))


def _mention(form: str, g: dict, m: re.Match, text: str) -> DateMention | None:
    start, end = m.span()
    span = text[start:end]
    mk = lambda **kw: DateMention(start, end, span, kw.pop("form", form), future=_future(text, start), **kw)  # noqa: E731
    year = int(g["y"]) if g.get("y") else None
    month = MONTHS.get(g["mon"].lower().rstrip(".")) if g.get("mon") else None
    wd = _weekday(g.get("wd") or g.get("wd2"))
    if form == "season":
        rel = " ".join((g.get("rel") or "").lower().split())
        if not rel and not year or g["s"].lower() == "fall" and not (year or rel in ("last", "this", "next", "this past", "this coming", "in the")):
            return None  # "summer" alone, "fall" the verb
        rel = {"past": "last", "this past": "last", "coming": "next", "this coming": "next", "current": "this"}.get(rel, rel)
        return mk(year=year, unit={"fall": "autumn"}.get(g["s"].lower(), g["s"].lower()),
                  relation=rel if rel in ("last", "this", "next") else None)
    if form == "holiday":
        noun = _NEXT_WORD.match(text, end)
        if noun and g["name"].lower() in holidays.BARE and noun.group(1) not in _AFTER_HOLIDAY:
            return None  # "Christmas party", "Halloween costumes": a modifier, not a day
        rel = {"coming": "next", "past": "last"}.get((g.get("rel") or "").lower(), (g.get("rel") or "").lower() or None)
        if g.get("which"):
            rel = g["which"].lower() + " year"
        return mk(year=year, unit=holidays.key(g["name"]), relation=rel)
    if form == "range":
        month = month or MONTHS.get(g["emon"].lower().rstrip("."))
        d, d2 = int(g.get("d") or g["e"]), int(g.get("d2") or g["e2"])
        month2 = MONTHS.get(g["mon2"].lower().rstrip(".")) if g.get("mon2") else None
        if not (1 <= d <= 31 and 1 <= d2 <= 31) or (month2 is None and d2 <= d):
            return None
        return mk(year=year, month=month, day=d, day2=d2, month2=month2)
    if form in ("md", "dm"):
        if month is None:
            return None
        day = _int(g["d"])
        if not 1 <= day <= 31 or (g["mon"] == "may" and not g["d"][0].isdigit() and not year):
            return None
        return mk(form="md", year=year, month=month, day=day, weekday=wd)
    if form == "my":
        if month is None or (g["mon"].lower() == "may" and not year):
            return None  # "may" the verb
        if not year and not re.match(r"(?i)in|since|until|by|during|from|of|early|late|mid|next|last|this", span):
            return None
        rel = span.split()[0].lower() if re.match(r"(?i)next|last|this", span) else None
        return mk(year=year, month=month, relation=rel)
    if form == "numeric":
        if g.get("y"):
            y, mo, d = int(g["y"]), int(g["a"]), int(g["b"])
        else:
            p, q, yy = int(g["p"]), int(g["q"]), g["yy"]
            y = int(yy) if len(yy) == 4 else 2000 + int(yy) if int(yy) < 50 else 1900 + int(yy)
            mo, d = (q, p) if p > 12 else (p, q)  # month first unless the first cannot be a month
        if not 1 <= mo <= 12:
            return None
        return mk(form="md", year=y, month=mo, day=d)
    if form == "nummonth":
        y = int(g.get("y") or g["y2"])
        mo = int(g.get("a") or g["b"])
        if g.get("y") and mo > y % 100:
            # "2009-10", "2010/12": the second number can end a range of years, and in prose it does (a season,
            # a fiscal year). Read as the year form reads it: "in 2009-10" is 2009, "2009/10" is left alone.
            if g["s"] == "/":
                return None
            end = m.end("nummonth_y")
            if not _year_ok(text, start, text[start:end]):
                return None
            return DateMention(start, end, text[start:end], "year", year=y, future=_future(text, start))
        return mk(form="my", year=y, month=mo)
    if form == "dmysep":
        yy = g["y"]
        y = int(yy) if len(yy) == 4 else 2000 + int(yy) if int(yy) < 50 else 1900 + int(yy)
        return mk(form="md", year=y, month=month, day=int(g["d"]))
    if form == "slash":
        mo, d = int(g["a"]), int(g["b"])
        before = text[max(0, start - 12):start].lower()
        if not (1 <= mo <= 12 and 1 <= d <= 31) or re.match(r"\s+of\b", text[end:end + 4]) or re.search(r"\b(?:a|an|about|nearly|almost|some)\s+$", before):
            return None  # "1/2 of", "a 2/3 majority": fractions
        return mk(form="md", month=mo, day=d)
    if form == "nth":
        n = -1 if g["nth"].lower() == "last" else _int(g["nth"])
        rel = (g.get("rel") or "").lower() or None
        return mk(year=year, month=month, weekday=wd, n=n, relation=None if rel == "the" else rel)
    if form == "wdweek":
        rel = (g.get("rel") or g.get("rel2")).lower().split()[-1]
        return mk(weekday=wd, relation={"following": "next", "previous": "last"}.get(rel, rel))
    if form == "afternext":
        return mk(form="weekday", weekday=wd, relation="after next")
    if form == "wdoffset":
        ago = g["dir"].lower() == "ago"
        return mk(weekday=wd, n=_NUMWORDS.get(g["n"].lower()) or int(g["n"]), relation="ago" if ago else "hence")
    if form == "wddom":
        return mk(form="dom", weekday=wd, day=int(g["d"]))
    if form == "domrel":
        d = _int(g["d"])
        return mk(form="dom", day=d, relation=_rel(g["rel"])) if 1 <= d <= 31 else None
    if form == "weekofmonth":
        if g.get("mon2"):
            month = MONTHS.get(g["mon2"].lower().rstrip("."))
            return mk(form="week", year=int(g["y2"]) if g.get("y2") else None, month=month, day=int(g["d"]))
        nth = (g.get("nth") or "").lower()
        n = -_int(g["back"]) if g.get("back") else {"last": -1, "penultimate": -2}.get(nth) or _int(nth)
        return mk(form="week" if g["unit"].lower() == "week" else "nthday", year=int(g["yy"]) if g.get("yy") else year,
                  month=month, n=n)
    if form == "dom":
        d = _int(g.get("d") or g["d2"])
        return mk(day=d) if 1 <= d <= 31 else None
    if form == "weekday":
        rel = (g.get("rel") or "").lower()
        rel = {"on": None, "early": None, "late": None, "": None, "past": "last", "coming": "this", "this coming": "this"}.get(rel, rel.split()[-1] if rel else None)
        if rel == "following":
            rel = "next"
        return mk(weekday=wd, relation=rel)
    if form == "halfyear":
        n = _NUMWORDS.get(g["n"].lower()) or int(g["n"])
        return mk(relation=g["which"].lower(), unit=g["part"].lower(), n=n)
    if form == "quarter":
        if g.get("q") or g.get("q3"):
            return mk(year=int(g.get("y2") or g["y3"]), n=int(g.get("q") or g["q3"]))
        if g.get("rel"):
            return mk(relation=_rel(g["rel"]), unit="quarter")
        n = 4 if g["nth"].lower() == "last" else _int(g["nth"])
        return mk(year=year, n=n, relation=_rel(g.get("which") or "this"))
    if form == "part":
        part = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}.get(g["part"].lower(), g["part"].lower())
        if g.get("y2"):
            return mk(year=int(g["y2"]), unit="year", relation=part)
        if month:
            return mk(year=year, month=month, unit="month", relation=part)
        return mk(unit=g["unit"].lower(), relation=part, n={"last": -1, "next": 1}.get(_rel(g.get("rel") or "this"), 0))
    if form == "relative":
        rel = _rel(g["rel"])
        unit = "year" if g["unit"].lower() == "yr" else g["unit"].lower()
        return mk(relation=rel, unit=unit)
    if form == "offset":
        parts = re.findall(rf"({NUM})\s+({UNIT})", g.get("offs") or g["fwd"], re.IGNORECASE)
        offsets = tuple((_amount(n), u.lower().rstrip("s")) for n, u in parts)
        direction = "hence" if g.get("fwd") or (g.get("dir") or "").lower().startswith(("hence", "from", "later")) else "ago"
        if (g.get("dir") or "").lower() in ("later", "earlier", "before"):
            return None  # "two days later": counted from an event, not from the anchor
        return mk(relation=direction, offsets=offsets)
    if form == "span":
        rel = _rel(g["rel"])
        n = g["n"].lower()
        return mk(relation="last" if rel in ("last", "past") else "next", unit=g["unit"].lower(), n=int(n) if n.isdigit() else _NUMWORDS.get(n, 3))
    if form == "sequel":
        rel = (g.get("rel") or g.get("rel2")).lower()
        return mk(relation="next" if rel in ("next", "following", "after") else "previous", unit="day")
    if form == "day":
        word = " ".join(g["word"].lower().split())
        word = {"the day after tomorrow": "day after tomorrow", "the day before yesterday": "day before yesterday"}.get(word, word)
        return mk(relation=word)
    if form == "era":
        y = int(g.get("y") or g["y2"])
        return mk(form="year", year=y) if y >= 1 else None
    if form == "year":
        return mk(year=int(g["y"])) if _year_ok(text, start, span) else None
    return None


def _year_ok(text: str, start: int, span: str) -> bool:
    """A bare four-digit number is a year only with a preposition or inside a phrase like "the 2010 vote"."""
    if not re.match(r"(?i)in|since|until|by|during|from|of|early|late|mid", span) and not re.search(r"(?i)\b(?:the|its|a|an)\s+$", text[max(0, start - 6):start]):
        before = text[max(0, start - 2):start]
        if not (before.endswith(",") or before.endswith("(")):
            return False
    return True


_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_AFTER_HOLIDAY = frozenset("""morning afternoon evening night day eve week weekend holiday holidays in on at and or to of
    with for this last next the a an we he she they i it was is will would when as""".split())


def _weekday(word: str | None) -> int | None:
    if not word:
        return None
    w = word.lower().rstrip(".")
    return next((i for name, i in WEEKDAYS.items() if name.startswith(w[:3])), None)


def _rel(word: str) -> str:
    w = " ".join(word.lower().split()).replace("the ", "")
    return {"past": "last", "previous": "last", "current": "this", "coming": "next", "upcoming": "next", "following": "next"}.get(w, w)


def _amount(word: str) -> float:
    w = " ".join(word.lower().split())
    return {"a few": 3, "a couple of": 2, "several": 4}.get(w) or _NUMWORDS.get(w) or int(w)


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
        for amount, unit in m.offsets:
            d = cal.shift(d, amount, unit, 1 if m.relation == "after" else -1)
        return d, d
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
    """A named day: in its year when given, else the latest one (the next one when looking ahead)."""
    if m.year:
        return day_range(holidays.date_in(m.unit, m.year))
    if anchor is None:
        return None
    if m.relation and m.relation.endswith(" year"):
        y = anchor.year + {"next year": 1, "last year": -1}.get(m.relation, 0)
        return day_range(holidays.date_in(m.unit, y))
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := holidays.date_in(m.unit, y))]
    if m.relation == "this":
        return day_range(holidays.date_in(m.unit, anchor.year))
    if m.relation == "next" or (m.relation is None and ahead):
        later = [d for d in options if d > anchor or (d == anchor and m.relation is None)]
        return day_range(min(later)) if later else None
    earlier = [d for d in options if d < anchor or (d == anchor and m.relation is None)]
    return day_range(max(earlier)) if earlier else None
