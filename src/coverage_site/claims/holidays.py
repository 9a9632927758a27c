"""Named days of the calendar that news dates things by: fixed ones, Easter's, and US federal holidays.

Each name maps to a rule that gives its date in a year; `dates` finds the names
and resolves them like a year-less date (the most recent one, or the next one
when the verb looks ahead). Lunar and regional calendars (Ramadan, Diwali,
Lunar New Year) need tables by year and are not read.
"""

from __future__ import annotations

import datetime as dt
import re

from coverage_site.claims.calendar_math import nth_weekday
from coverage_site.claims.wordscan import expand, trie

_THU, _MON, _SUN = 3, 0, 6


def easter(y: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(y, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _fixed(month: int, day: int):
    return lambda y: dt.date(y, month, day)


def _easter(offset: int):
    return lambda y: easter(y) + dt.timedelta(days=offset)


def _nth(month: int, weekday: int, n: int):
    return lambda y: nth_weekday(y, month, weekday, n)


_RULES = {
    "new year's day": _fixed(1, 1), "new year's eve": _fixed(12, 31), "christmas eve": _fixed(12, 24),
    "christmas": _fixed(12, 25), "christmas day": _fixed(12, 25), "xmas": _fixed(12, 25), "boxing day": _fixed(12, 26),
    "valentine's day": _fixed(2, 14), "halloween": _fixed(10, 31), "independence day": _fixed(7, 4),
    "veterans day": _fixed(11, 11), "armistice day": _fixed(11, 11), "st. patrick's day": _fixed(3, 17),
    "easter": _easter(0), "easter sunday": _easter(0), "easter monday": _easter(1), "good friday": _easter(-2),
    "maundy thursday": _easter(-3), "palm sunday": _easter(-7), "ash wednesday": _easter(-46),
    "shrove tuesday": _easter(-47), "mardi gras": _easter(-47), "pentecost": _easter(49), "whit monday": _easter(50),
    "thanksgiving": _nth(11, _THU, 4), "thanksgiving day": _nth(11, _THU, 4),
    "black friday": lambda y: nth_weekday(y, 11, _THU, 4) + dt.timedelta(days=1),
    "memorial day": _nth(5, _MON, -1), "labor day": _nth(9, _MON, 1), "martin luther king day": _nth(1, _MON, 3),
    "mlk day": _nth(1, _MON, 3), "presidents day": _nth(2, _MON, 3), "columbus day": _nth(10, _MON, 2),
    "mother's day": _nth(5, _SUN, 2), "father's day": _nth(6, _SUN, 3),
}
_SPELLINGS = [("’", "'"), ("saint ", "st. "), ("st ", "st. "), ("valentines", "valentine's"), ("valentine day", "valentine's day"),
              ("new years", "new year's"), ("presidents'", "presidents"), ("president's", "presidents"),
              ("veterans'", "veterans"), ("veteran's", "veterans"), ("labour", "labor"), ("mothers", "mother's"),
              ("fathers", "father's"), ("king jr. day", "king day"), ("king's day", "king day"), ("patricks", "patrick's")]
_WORDS = sorted({w for name in _RULES for w in re.findall(r"[a-z]+", name)} | {"saint", "valentines", "labour", "jr"})
_NAMES = (r"new\s+year['’]?s\s+(?:day|eve)|christmas(?:\s+(?:eve|day))?|xmas|boxing\s+day|valentine(?:['’]?s)?\s+day|"
          r"halloween|independence\s+day|veterans['’]?\s+day|veteran['’]s\s+day|armistice\s+day|"
          r"(?:st\.?|saint)\s+patrick['’]?s\s+day|easter(?:\s+(?:sunday|monday))?|good\s+friday|maundy\s+thursday|"
          r"palm\s+sunday|ash\s+wednesday|shrove\s+tuesday|mardi\s+gras|pentecost|whit\s+monday|"
          r"thanksgiving(?:\s+day)?|black\s+friday|memorial\s+day|labou?r\s+day|"
          r"martin\s+luther\s+king(?:['’]s|\s+jr\.?)?\s+day|mlk\s+day|presidents['’]?\s+day|president['’]s\s+day|"
          r"columbus\s+day|mothers?['’]?s?\s+day|fathers?['’]?s?\s+day")
# The names as a trie (the same matches, the longer first where one name is a prefix of another, as in the list):
# the date grammar tries this form first at every weekday and unit word, and a trie fails after a letter or two.
PATTERN = (rf"(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<name>{trie(expand(_NAMES))})"
           r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b|\s+of\s+(?P<which>this|last|next)\s+year\b)?")
# Names that are also modifiers ("Christmas party"): read as a day only before a pause or a function word.
BARE = frozenset("christmas xmas easter halloween thanksgiving pentecost".split())
# Words of the names: the date reader tries the holiday form around them.
WORDS = frozenset(_WORDS)


def key(name: str) -> str:
    """The rule's name for a spelling found in text: "Valentines Day" -> "valentine's day"."""
    k = " ".join(name.lower().split())
    for a, b in _SPELLINGS:
        k = k.replace(a, b)
    return k.replace("mother's's", "mother's").replace("father's's", "father's")


def date_in(name: str, year: int) -> dt.date | None:
    rule = _RULES.get(key(name))
    return rule(year) if rule else None
