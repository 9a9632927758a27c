"""Times of day: `coverage_site.claims.times.find(text)`.

Reads "3:33 a.m.", "10 a.m.", "10:30 p.m.", "14:05 GMT", "noon", "midnight",
with the hedges newsrooms use ("about 1 a.m.", "around 10:30 a.m.", "shortly
after 2 p.m."). A time is held as an interval of minutes after midnight:
an exact time is one minute wide; "about"/"around" widen it by 10 minutes either
way, "shortly after"/"just after" by 15 minutes after it, "shortly before" by 15
minutes before, "early"/"late" in a part of the day are not read.
Spacing slips such as "3: 33 a. m." are read like "3:33 a.m.".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coverage_site.claims.intervals import Interval

HEDGE_MINUTES = 10  # "about 10 a.m." is 9:50 to 10:10: a reporter's rounding to the quarter hour, not to the hour
AFTER_MINUTES = 15  # "shortly after 2 p.m."

# The clock itself, found first (a plain scan, fast); a hedge is then looked for just before it. The leading
# lookahead names every character a clock can start with, so the engine skips to them (five times faster).
_ZONE = r"(?P<tz>GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|local\s+time)\b"
# A 12-hour clock's zone as US newsrooms write it: "2:37 p.m. ET", "11 a.m. PDT".
_ZONE_AFTER = r"(?:\s(?P<tz2>ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST)\b)?"
_CLOCK = re.compile(
    r"(?=[\dnm])(?:(?<![\d:.])(?P<h>[01]?\d|2[0-3])(?:\s?[:.]\s?(?P<m>[0-5]\d))?\s?(?P<ap>[ap])\.?\s?m\b\.?"
    + _ZONE_AFTER +
    # A 24-hour clock with its zone, the colon spaced as ECB+ writes it ("06: 00 BST", "17:06 hours local time"),
    # or run together as newsrooms write GMT ("1336 GMT").
    rf"|(?<![\d:])(?P<h24>[01]\d|2[0-3])(?:\s?:\s?|(?=[0-5]\d\s?(?:GMT|UTC)))(?P<m24>[0-5]\d)\s?(?:h(?:ou)?rs?\.?\s+)?{_ZONE}"
    r"|\b(?P<word>noon|midday|midnight)\b)",
    re.IGNORECASE,
)
_HEDGE_BEFORE = re.compile(
    r"\b(?P<hedge>about|around|approximately|roughly|at\s+about|at\s+around|shortly\s+after|just\s+after|"
    r"shortly\s+before|just\s+before)\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    minutes: Interval  # minutes after midnight
    zone: str | None = None  # "UTC" for GMT and UTC, the zone as written otherwise; None for local time

    def value(self) -> dict:
        low, high = int(self.minutes.low), int(self.minutes.high)
        out = {"start": _clock(low), "end": _clock(high), "low": low, "high": high}
        if self.zone:
            out["zone"] = self.zone
        return out


def find(text: str) -> list[TimeMention]:
    """Return the times of day in `text`, left to right."""
    out = []
    for m in _CLOCK.finditer(text):
        if m.group("word"):
            at = 0 if m.group("word").lower() == "midnight" else 720
        elif m.group("h24"):
            at = int(m.group("h24")) * 60 + int(m.group("m24"))
        else:
            hour = int(m.group("h"))
            if hour == 0 or hour > 12 and not m.group("m"):
                continue
            if hour > 12:  # "17:06 pm": a 24-hour clock with a stray suffix
                at = hour * 60 + int(m.group("m"))
            else:
                at = (hour % 12 + (12 if m.group("ap").lower() == "p" else 0)) * 60 + int(m.group("m") or 0)
        hedge = _HEDGE_BEFORE.search(text, max(0, m.start() - 24), m.start())
        start = hedge.start() if hedge else m.start()
        out.append(TimeMention(start, m.end(), _widen(at, hedge.group("hedge").lower() if hedge else ""), _zone(m)))
    if "hours" in text:
        out += [TimeMention(m.start(), m.end(), Interval(0, SMALL_HOURS_END, False, False)) for m in _SMALL_HOURS.finditer(text)]
        out.sort(key=lambda t: t.start)
    return out


# "In the early hours of the morning", "the small hours of Sunday": after midnight and before dawn, read as
# midnight to 6 a.m.
SMALL_HOURS_END = 360
_SMALL_HOURS = re.compile(r"\bthe\s+(?:early|small|wee)\s+hours(?:\s+of\s+(?:the\s+morning|[A-Z][a-z]+day(?:\s+morning)?))?\b",
                          re.IGNORECASE)


def _zone(m: re.Match) -> str | None:
    """The zone a clock is given in: GMT and UTC are one, and so are a US zone's standard and daylight times
    ("EST", "EDT", "ET"); "local time" is no zone."""
    tz = (m.group("tz") or m.group("tz2") or "").upper()
    if not tz or tz.startswith("LOCAL"):
        return None
    return _ONE_ZONE.get(tz, tz)


# Names of one zone: GMT is UTC, and a US zone's standard and daylight times are the zone ("EST", "EDT": "ET").
_ONE_ZONE = {"GMT": "UTC", **{f"{z}{kind}": f"{z}T" for z in "ECMP" for kind in ("ST", "DT")}}


def _widen(at: int, hedge: str) -> Interval:
    if not hedge:
        return Interval(at, at)
    if hedge.endswith("after"):
        return Interval(at, at + AFTER_MINUTES)
    if hedge.endswith("before"):
        return Interval(at - AFTER_MINUTES, at)
    return Interval(at - HEDGE_MINUTES, at + HEDGE_MINUTES)


def _clock(minutes: int) -> str:
    minutes %= 1440
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
