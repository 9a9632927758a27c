"""Date forms: what one match of the date grammar says, as a `DateMention` (not yet resolved to days).

`dates.find` runs the grammar (`date_grammar`) and hands each match to `mention`, which reads the form's groups
into a record and drops the readings a form's guard refuses ("may" the verb, "Nguyen Thi Thu", "lent" the
verb, a "Christmas party"). Kept apart from `dates` so each stays short.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coverage_site.claims import holidays
from coverage_site.claims.calendar_math import ORDINALS, WEEKDAYS
from coverage_site.claims.date_grammar import BARE_WEEKDAYS, NUM, UNIT, WORD_WEEKDAYS
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
    # md | range | nth | wdweek | wdoffset | dom | my | weekday | part | quarter | halfyear | relative | offset | ahead | span
    # | sequel | day | year | decade | week | nthday | holiday | season, and the forms counted from another date (`base`):
    # shifted | closest | lasting | yearof
    form: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relation: str | None = None  # last | next | this | earlier | later | past | ago | hence | after next | before last
    unit: str | None = None
    n: int = 0
    future: bool = False  # the verb before it looks ahead: "will meet Friday"
    day2: int | None = None  # a range's last day ("July 13-15"), and its month when it differs
    month2: int | None = None
    offsets: tuple[tuple[float, str], ...] = ()  # "1 month 21 days ago": ((1, "month"), (21, "day"))
    base: DateMention | None = None  # the date "the next day", "the first Monday after", "for two weeks" count from
    weekend: bool = False  # a holiday's weekend: "the Thanksgiving weekend", "Memorial Day weekend"

    @property
    def needs_anchor(self) -> bool:
        return self.year is None


def future(text: str, start: int) -> bool:
    """Whether a future verb ("will", "is due to", "'ll") stands before `start` in its sentence."""
    window = text[max(0, start - 80):start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
    return bool(_FUTURE.search(window[cut + 1:]))


_WEEKEND_AFTER = re.compile(r"\s+weekend\b", re.IGNORECASE)


def int_of(word: str) -> int:
    """A count or ordinal in words or digits: "two", "third", "21st"."""
    w = word.lower()
    return _NUMWORDS.get(w) or ORDINALS.get(w) or int(re.sub(r"\D", "", w))


def mention(form: str, g: dict, m: re.Match, text: str) -> DateMention | None:
    """The mention one match of `form` reads, its groups `g` by their names within the form; None when refused."""
    start, end = m.span()
    span = text[start:end]
    mk = lambda **kw: DateMention(start, end, span, kw.pop("form", form), future=future(text, start), **kw)  # noqa: E731
    year = int(g["y"]) if g.get("y") else None
    month = MONTHS.get(g["mon"].lower().rstrip(".")) if g.get("mon") else None
    wd = weekday_of(g.get("wd") or g.get("wd2"))
    if form == "season":
        rel = " ".join((g.get("rel") or "").lower().split())
        if not rel and not year or g["s"].lower() == "fall" and not (year or rel in ("last", "this", "next", "this past", "this coming", "in the")):
            return None  # "summer" alone, "fall" the verb
        rel = {"past": "last", "this past": "last", "coming": "next", "this coming": "next", "current": "this"}.get(rel, rel)
        return mk(year=year, unit={"fall": "autumn"}.get(g["s"].lower(), g["s"].lower()),
                  relation=rel if rel in ("last", "this", "next") else None)
    if form == "holiday":
        noun = _NEXT_WORD.match(text, end)
        if noun and g["name"].lower() in holidays.BARE and noun.group(1) not in _AFTER_HOLIDAY and not _COUNT_AFTER.match(text, end):
            return None  # "Christmas party", "Halloween costumes": a modifier, not a day
        if g["name"].lower() == "lent" and g["name"][0] == "l" and not year:
            return None  # "lent" the verb
        if _OTHER_CALENDAR.search(text, max(0, start - 30), start):
            return None  # "Lunar New Year's Day", "the Jewish New Year": another calendar's, not 1 January
        rel = {"coming": "next", "past": "last"}.get((g.get("rel") or "").lower(), (g.get("rel") or "").lower() or None)
        if g.get("which"):
            rel = g["which"].lower() + " year"
        if weekend := _WEEKEND_AFTER.match(text, end):  # "the Thanksgiving weekend", "Memorial Day weekend"
            end = weekend.end()
            span = text[start:end]
            return mk(year=year, unit=holidays.key(g["name"]), relation=rel, weekend=True)
        return mk(year=year, unit=holidays.key(g["name"]), relation=rel)
    if form == "range":
        month = month or MONTHS.get(g["emon"].lower().rstrip("."))
        d, d2 = int(g.get("d") or g["e"]), int(g.get("d2") or g["e2"])
        month2 = MONTHS.get(g["mon2"].lower().rstrip(".")) if g.get("mon2") else None
        if not (1 <= d <= 31 and 1 <= d2 <= 31) or (month2 is None and d2 <= d):
            return None
        return mk(year=year, month=month, day=d, day2=d2, month2=month2)
    if form in ("md", "dm"):
        if month is None or ("joined" in g and not year and wd is None):
            return None  # "3march", "APR8" alone are codes as often as dates
        day = int_of(g["d"])
        if not 1 <= day <= 31 or (g["mon"] == "may" and not g["d"][0].isdigit() and not year):
            return None
        return mk(form="md", year=year, month=month, day=day, weekday=wd)
    if form == "roman":
        four = month in (3, 5, 7, 10)
        day = {"ides": 15 if four else 13, "nones": 7 if four else 5}.get(g["kind"].lower(), 1)
        return mk(form="md", year=year, month=month, day=day)
    if form == "monthoff":
        if g["mon"][0].islower() and g["mon"].lower() in ("may", "march"):
            return None  # the verbs
        direction = "hence" if g.get("fwd") or not g["dir"].lower().startswith(("ago", "back")) else "ago"
        return mk(form="yearof", month=month, relation=direction, offsets=offsets_of(g.get("fwd") or g["offs"]))
    if form == "my":
        after = " ".join(g.get("after", "").lower().split()) or None
        if month is None or (g["mon"].lower() == "may" and not year and not (after and g["mon"][0] == "M")):
            return None  # "may" the verb
        if not year and not after and not re.match(r"(?i)in|since|until|by|during|from|of|early|late|mid|next|last|this", span):
            return None
        rel = span.split()[0].lower() if re.match(r"(?i)next|last|this", span) else None
        return mk(year=year, month=month, relation=after or rel)
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
            return DateMention(start, end, text[start:end], "year", year=y, future=future(text, start))
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
        if text[start:end] == "9/11":
            return mk(form="md", year=2001, month=9, day=11)  # a name: the attacks of 11 September 2001
        return mk(form="md", month=mo, day=d)
    if form == "nth":
        n = -1 if g["nth"].lower() == "last" else int_of(g["nth"])
        rel = (g.get("rel") or "").lower() or None
        return mk(year=year, month=month, weekday=wd, n=n, relation=None if rel == "the" else rel)
    if form == "wdweek":
        rel = (g.get("rel") or g.get("rel2")).lower().split()[-1]
        return mk(weekday=wd, relation={"following": "next", "previous": "last"}.get(rel, rel))
    if form == "afternext":
        return mk(form="weekday", weekday=wd, relation="after next")
    if form == "wdoffset":
        ago = g["dir"].lower() in ("ago", "back")
        return mk(weekday=wd, n=_NUMWORDS.get(g["n"].lower()) or int(g["n"]), relation="ago" if ago else "hence")
    if form == "wddom":
        return mk(form="dom", weekday=wd, day=int(g["d"]))
    if form == "domrel":
        d = int_of(g["d"])
        return mk(form="dom", day=d, relation=_rel(g["rel"])) if 1 <= d <= 31 else None
    if form == "weekofmonth":
        if g.get("mon2"):
            month = MONTHS.get(g["mon2"].lower().rstrip("."))
            return mk(form="week", year=int(g["y2"]) if g.get("y2") else None, month=month, day=int(g["d"]))
        nth = (g.get("nth") or "").lower()
        n = -int_of(g["back"]) if g.get("back") else {"last": -1, "penultimate": -2}.get(nth) or int_of(nth)
        return mk(form="week" if g["unit"].lower() == "week" else "nthday", year=int(g["yy"]) if g.get("yy") else year,
                  month=month, n=n)
    if form == "dom":
        d = int_of(g.get("d") or g["d2"])
        return mk(day=d) if 1 <= d <= 31 else None
    if form == "weekday":
        abbr = g["wd"].lower().rstrip(".")
        if abbr in BARE_WEEKDAYS and not _weekday_alone(text, m.start("weekday_wd"), end):
            return None  # "Nguyen Thi Thu": a name
        if abbr in WORD_WEEKDAYS and (not g.get("rel") or abbr == g["wd"].lower()) and not _weekday_alone(text, start, end, strict=True):
            return None  # "in the sun.", "they wed"; "on Sat." is a day, and "Sun" on a line of its own
        rel = (g.get("rel") or "").lower()
        rel = {"on": None, "early": None, "late": None, "": None, "past": "last", "coming": "this", "this coming": "this"}.get(rel, rel.split()[-1] if rel else None)
        if rel == "following":
            rel = "next"
        return mk(weekday=wd, relation=rel)
    if form == "halfyear":
        if g.get("half"):
            part, n = g["half"].lower(), 6
        else:
            part, n = g["part"].lower(), _NUMWORDS.get(g["n"].lower()) or int(g["n"])
        if g.get("y"):
            return mk(year=int(g["y"]), unit=part, n=n)
        return mk(relation=g["which"].lower(), unit=part, n=n)
    if form == "quarter":
        if g.get("q") and not g.get("y2"):
            # "Q3" alone: a capital Q, not a model after a brand ("Audi Q3") nor a numbered question ("Q1:").
            q = m.start("quarter_q") - 1
            before = re.search(r"(\w+)(['’]s)?\W*$", text[max(0, q - 30):q])
            brand = before and before.group(1)[0].isupper() and not before.group(2) and before.group(1).lower() not in _Q_LEADS
            if text[q] != "Q" or text[end:end + 1] == ":" or brand:
                return None
            return mk(n=int(g["q"]))
        if g.get("q") or g.get("q3"):
            return mk(year=int(g.get("y2") or g["y3"]), n=int(g.get("q") or g["q3"]))
        if g.get("q4"):  # "24Q3": a two-digit year as elsewhere (under 50 is 20xx)
            yy = int(g["y4"])
            return mk(year=2000 + yy if yy < 50 else 1900 + yy, n=int(g["q4"]))
        if g.get("rel"):
            return mk(relation=_rel(g["rel"]), unit="quarter")
        n = 4 if g["nth"].lower() == "last" else int_of(g["nth"])
        return mk(year=year, n=n, relation=_rel(g.get("which") or "this"))
    if form == "eom":  # EOM, BOM, EOY: read as the `part` form reads "the end of the month"
        return mk(form="part", unit="month" if g["abbr"][2] == "M" else "year", relation="early" if g["abbr"][0] == "B" else "late", n=0)
    if form == "part":
        part = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}.get(g["part"].lower(), g["part"].lower())
        if g.get("y2"):
            return mk(year=int(g["y2"]), unit="year", relation=part)
        if month:
            return mk(year=year, month=month, unit="month", relation=part)
        return mk(unit=g["unit"].lower(), relation=part, n={"last": -1, "next": 1}.get(_rel(g.get("rel") or "this"), 0))
    if form == "relative":
        if g.get("bare"):
            return mk(relation="nearest", unit="weekend")
        if g.get("far"):  # "the week before last", "the month after next"
            return mk(relation=" ".join(g["far"].lower().split()), unit=g["unit2"].lower())
        rel = _rel(g["rel"])
        unit = "year" if g["unit"].lower() == "yr" else g["unit"].lower()
        return mk(relation=rel, unit=unit)
    if form == "offset":
        offsets = offsets_of(g.get("offs") or g["fwd"])
        direction = "hence" if g.get("fwd") or (g.get("dir") or "").lower().startswith(("hence", "from", "later")) else "ago"
        if (g.get("dir") or "").lower() in ("later", "earlier", "before"):
            return None  # "two days later": counted from an event, not from the anchor
        return mk(relation=direction, offsets=offsets)
    if form == "ahead":
        n = (g.get("n") or g["n2"]).lower()
        return mk(unit=g["unit"].lower(), n=int(n) if n.isdigit() else _NUMWORDS[n])
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
    if form == "decade":
        return mk(year=int(g["dec"]), relation=(g.get("part") or "").lower() or None)
    if form == "year":
        return mk(year=int(g["y"])) if _year_ok(text, start, span) else None
    return None


_AFTER_ALONE = re.compile(r"\s*(?:[,.;:)!?]|\n|$)")


def _weekday_alone(text: str, start: int, end: int, strict: bool = False) -> bool:
    """ "Thu", "Fri" with no dot are weekdays before a pause, and not after a capitalised word (a name); "sun.",
    "Sat." (`strict`) only with nothing before them on their line but a label and a colon ("Closed: Sun.")."""
    if not _AFTER_ALONE.match(text, end):
        return False
    line = text[max(0, start - 30):start]
    line = line[line.rfind("\n") + 1:]
    before = re.search(r"(\w+)\W*$", line)
    if not before or line[before.end(1):].strip() == ":":
        return True
    return not strict and not before.group(1)[0].isupper()


def _year_ok(text: str, start: int, span: str) -> bool:
    """A bare four-digit number is a year only with a preposition or inside a phrase like "the 2010 vote"."""
    if not re.match(r"(?i)in|since|until|by|during|from|of|early|late|mid", span) and not re.search(r"(?i)\b(?:the|its|a|an)\s+$", text[max(0, start - 6):start]):
        before = text[max(0, start - 2):start]
        if not (before.endswith(",") or before.endswith("(")):
            return False
    return True


_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_Q_LEADS = frozenset("the a an its their our his her in by for from of and during since until before after".split())
_OTHER_CALENDAR = re.compile(r"\b(?:lunar|chinese|jewish|hebrew|islamic|hijri|persian|iranian|tamil|sinhala|thai|tibetan|"
                             r"vietnamese|korean|orthodox|julian)\s+$", re.IGNORECASE)
_COUNT_AFTER = re.compile(rf"\s+{NUM}\s+{UNIT}\b", re.IGNORECASE)  # "Thanksgiving three years ago"
_AFTER_HOLIDAY = frozenset("""morning afternoon evening night day eve week weekend holiday holidays in on at and or to of
    with for this last next the a an we he she they i it was is will would when as""".split())


def weekday_of(word: str | None) -> int | None:
    """Monday 0 ... Sunday 6, from a weekday's name or abbreviation."""
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


def offsets_of(phrase: str) -> tuple[tuple[float, str], ...]:
    """ "1 month 21 days" -> ((1, "month"), (21, "day"))."""
    return tuple((_amount(n), u.lower().rstrip("s")) for n, u in re.findall(rf"({NUM})\s+({UNIT})", phrase, re.IGNORECASE))
