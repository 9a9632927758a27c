"""Named days of the calendar that news dates things by: fixed ones, Easter's (Western and Orthodox), and US federal holidays.

Each name maps to a rule that gives its date in a year (or, for a season of the church year such as Lent, its
first and last day); `dates` finds the names and resolves them like a year-less date (the most recent one, or the
next one when the verb looks ahead). The Lunar (Chinese) New Year is computed from the Sun and the Moon; the other
lunar and regional calendars (Ramadan, Diwali, the Jewish holidays) are not read.
"""

from __future__ import annotations

import datetime as dt
import math
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


def orthodox_easter(y: int) -> dt.date:
    """Eastern Orthodox Easter Sunday: the Julian computus (Meeus), moved to the Gregorian calendar."""
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return dt.date(y, month, day + 1) + dt.timedelta(days=y // 100 - y // 400 - 2)


def _julian(month: int, day: int):
    """A fixed day of the Julian calendar, as the Orthodox churches keep it, in Gregorian dates (25 December is 7 January)."""
    def rule(y: int) -> dt.date:
        # The date falls in Gregorian year y for Julian dates after mid-December of y - 1 when they wrap.
        jy = y - 1 if month == 12 else y
        return dt.date(jy, month, day) + dt.timedelta(days=y // 100 - y // 400 - 2)
    return rule


def _orthodox(offset: int):
    return lambda y: orthodox_easter(y) + dt.timedelta(days=offset)


def _weekday_nearest(month: int, day: int):
    """A fixed day that moves to the nearest weekday when it falls on a weekend (Saturday to Friday, Sunday to Monday)."""
    def rule(y: int) -> dt.date:
        d = dt.date(y, month, day)
        return d + dt.timedelta(days={5: -1, 6: 1}.get(d.weekday(), 0))
    return rule


# The Lunar New Year. Month 11 of the Chinese calendar is the one holding the December solstice, and the year
# begins two new moons later (three in the rare year a leap month falls between, as in 2033-34: a start before
# 21 January gives that away), both counted in Beijing's dates (UTC+8). The Moon's phases follow Meeus,
# "Astronomical Algorithms" ch. 49 (new moon to a minute or so), the Sun's longitude his ch. 25 (to about 0.01°,
# a quarter of an hour of the solstice): a phase or solstice within minutes of Beijing's midnight may fall a day off.
def _new_moon(k: int) -> float:
    """The Julian (ephemeris) day of new moon number k, counted from that of 6 January 2000."""
    t = k / 1236.85
    e = 1 - 0.002516 * t - 0.0000074 * t * t
    m, mp, f, om = (math.radians(a) for a in (2.5534 + 29.10535670 * k, 201.5643 + 385.81693528 * k + 0.0107582 * t * t,
                                              160.7108 + 390.67050284 * k - 0.0016118 * t * t, 124.7746 - 1.56375588 * k))
    s = math.sin
    return (2451550.09766 + 29.530588861 * k + 0.00015437 * t * t
            - 0.40720 * s(mp) + 0.17241 * e * s(m) + 0.01608 * s(2 * mp) + 0.01039 * s(2 * f) + 0.00739 * e * s(mp - m)
            - 0.00514 * e * s(mp + m) + 0.00208 * e * e * s(2 * m) - 0.00111 * s(mp - 2 * f) - 0.00057 * s(mp + 2 * f)
            + 0.00056 * e * s(2 * mp + m) - 0.00042 * s(3 * mp) + 0.00042 * e * s(m + 2 * f) + 0.00038 * e * s(m - 2 * f)
            - 0.00024 * e * s(2 * mp - m) - 0.00017 * s(om) - 0.00007 * s(mp + 2 * m) + 0.00004 * s(2 * mp - 2 * f)
            + 0.00004 * s(3 * m) + 0.00003 * s(mp + m - 2 * f) + 0.00003 * s(2 * mp + 2 * f) - 0.00003 * s(mp + m + 2 * f)
            + 0.00003 * s(mp - m + 2 * f) - 0.00002 * s(mp - m - 2 * f) - 0.00002 * s(3 * mp + m) + 0.00002 * s(4 * mp))


def _sun_longitude(jd: float) -> float:
    t = (jd - 2451545.0) / 36525
    m = math.radians(357.52911 + 35999.05029 * t)
    centre = (1.914602 - 0.004817 * t) * math.sin(m) + 0.019993 * math.sin(2 * m) + 0.000289 * math.sin(3 * m)
    return (280.46646 + 36000.76983 * t + centre - 0.00569 - 0.00478 * math.sin(math.radians(125.04 - 1934.136 * t))) % 360


def _beijing(jd: float) -> dt.date:
    return (dt.datetime(2000, 1, 1, 12) + dt.timedelta(days=jd - 2451545.0, hours=8)).date()


def lunar_new_year(y: int) -> dt.date:
    """The first day of the Chinese lunar year that begins in Gregorian year `y`."""
    jd = 2451900.06 + 365.2422 * (y - 1 - 2000)  # the December solstice of y - 1, refined on the Sun's longitude
    for _ in range(4):
        jd += ((270 - _sun_longitude(jd) + 180) % 360 - 180) * 365.2422 / 360
    solstice = _beijing(jd)
    k = math.floor((y - 2000) * 12.3685) - 3
    while _beijing(_new_moon(k + 1)) <= solstice:
        k += 1
    first = _beijing(_new_moon(k + 2))
    return first if first >= dt.date(y, 1, 21) else _beijing(_new_moon(k + 3))


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
    # Martin Luther King Jr. Day is also Civil Rights Day (New Hampshire's name for it).
    "civil rights day": _nth(1, _MON, 3),
    # National Boss's Day (US): 16 October, or the nearest working day.
    "boss's day": _weekday_nearest(10, 16),
    # The Western church year around Easter.
    "easter mon": _easter(1), "pancake day": _easter(-47), "ascension day": _easter(39), "whitsunday": _easter(49),
    "whit sunday": _easter(49), "trinity sunday": _easter(56), "corpus christi": _easter(60),
    # The Orthodox one: Easter by the Julian computus, Great Lent from Clean Monday to the Friday before Lazarus Saturday.
    "orthodox easter": _orthodox(0), "orthodox easter sunday": _orthodox(0), "orthodox good friday": _orthodox(-2),
    "orthodox great friday": _orthodox(-2), "great friday": _orthodox(-2), "lazarus saturday": _orthodox(-8),
    "clean monday": _orthodox(-48), "lunar new year": lunar_new_year, "orthodox christmas": _julian(12, 25), "orthodox christmas day": _julian(12, 25),
}
# Seasons of the church year, named like a day but lasting weeks: their first and last day.
_SPANS = {
    "lent": lambda y: (easter(y) - dt.timedelta(days=46), easter(y) - dt.timedelta(days=1)),  # Ash Wednesday to Holy Saturday
    "great lent": lambda y: (orthodox_easter(y) - dt.timedelta(days=48), orthodox_easter(y) - dt.timedelta(days=9)),
}
_SPELLINGS = [("’", "'"), ("saint ", "st. "), ("st ", "st. "), ("valentines", "valentine's"), ("valentine day", "valentine's day"),
              ("new years", "new year's"), ("presidents'", "presidents"), ("president's", "presidents"),
              ("veterans'", "veterans"), ("veteran's", "veterans"), ("labour", "labor"), ("mothers", "mother's"),
              ("fathers", "father's"), ("king jr. day", "king day"), ("king's day", "king day"), ("kings day", "king day"),
              ("patricks", "patrick's"), ("paddy's", "patrick's"), ("paddys", "patrick's"), ("mlk jr. day", "mlk day"),
              ("mlk jr day", "mlk day"), ("bosses'", "boss's"), ("bosses", "boss's"), ("boss day", "boss's day")]
_WORDS = sorted({w for name in [*_RULES, *_SPANS] for w in re.findall(r"[a-z]+", name)}
                | {"saint", "valentines", "labour", "jr", "paddy", "paddys", "patricks", "bosses", "kings", "national", "chinese"})
_NAMES = (r"new\s+year['’]?s\s+(?:day|eve)|christmas(?:\s+(?:eve|day))?|xmas|boxing\s+day|valentine(?:['’]?s)?\s+day|"
          r"halloween|independence\s+day|veterans['’]?\s+day|veteran['’]s\s+day|armistice\s+day|"
          r"(?:st\.?|saint)\s+(?:patrick|paddy)['’]?s\s+day|easter(?:\s+(?:sunday|monday|mon\.?))?|good\s+friday|maundy\s+thursday|"
          r"orthodox\s+(?:easter(?:\s+sunday)?|good\s+friday|great\s+friday|christmas(?:\s+day)?)|great\s+friday|lazarus\s+saturday|clean\s+monday|"
          r"(?:great\s+)?lent|pancake\s+day|ascension\s+day|whitsunday|whit\s+sunday|trinity\s+sunday|corpus\s+christi|"
          r"civil\s+rights\s+day|(?:chinese\s+(?:lunar\s+)?|lunar\s+)new\s+year(?:['’]?s(?:\s+day)?)?|(?:national\s+)?boss(?:es)?(?:['’]s|['’])?\s+day|"
          r"palm\s+sunday|ash\s+wednesday|shrove\s+tuesday|mardi\s+gras|pentecost|whit\s+monday|"
          r"thanksgiving(?:\s+day)?|black\s+friday|memorial\s+day|labou?r\s+day|"
          r"martin\s+luther\s+king(?:['’]?s|\s+jr\.?)?\s+day|mlk(?:\s+jr\.?)?\s+day|presidents['’]?\s+day|president['’]s\s+day|"
          r"columbus\s+day|mothers?['’]?s?\s+day|fathers?['’]?s?\s+day")
# The names as a trie (the same matches, the longer first where one name is a prefix of another, as in the list):
# the date grammar tries this form first at every weekday and unit word, and a trie fails after a letter or two.
PATTERN = (rf"(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<name>{trie(expand(_NAMES))})(?![^\W\d_])"
           r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b|\s+of\s+(?P<which>this|last|next)\s+year\b)?")
# Names that are also modifiers ("Christmas party"): read as a day only before a pause or a function word.
BARE = frozenset("christmas xmas easter halloween thanksgiving pentecost lent".split())
# Words of the names: the date reader tries the holiday form around them.
WORDS = frozenset(_WORDS)


def key(name: str) -> str:
    """The rule's name for a spelling found in text: "Valentines Day" -> "valentine's day"."""
    k = " ".join(name.lower().split())
    for a, b in _SPELLINGS:
        k = k.replace(a, b)
    if k.startswith(("chinese ", "lunar ")):
        return "lunar new year"
    k = k.replace("mother's's", "mother's").replace("father's's", "father's").replace("boss's's", "boss's")
    return k.removeprefix("national ").replace("whit sunday", "whitsunday").replace("easter mon.", "easter mon")


def span_in(name: str, year: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a named day (the same day) or season of the church year in `year`."""
    k = key(name)
    if k in _SPANS:
        return _SPANS[k](year)
    rule = _RULES.get(k)
    d = rule(year) if rule else None
    return (d, d) if d else None


def date_in(name: str, year: int) -> dt.date | None:
    """The (first) day of a named day in `year`."""
    span = span_in(name, year)
    return span[0] if span else None
