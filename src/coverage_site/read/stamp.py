"""Date stamps: the line a web page prints above its story ("Published: May 2, 2013, 1:32 PM").

An article copied from a news site usually carries its publication date as a
paragraph of its own near the top: a full date, perhaps a weekday, a clock
time and zone, and a label such as "Published", "Posted on" or "Last updated".
Such a line is page furniture, not reporting: when the metadata gives no
`published` date, it is taken out of the body and dates the article (so
"yesterday" and "on Friday" can be resolved). A paragraph is a stamp only
when nothing but those parts is in it: "End of Watch: Friday, June 24, 2005"
or "She died on Friday, June 7, 2013." are not stamps.
"""

from __future__ import annotations

import datetime as dt
import re

from coverage_site.read.limits import YEARS
from coverage_site.text import MONTHS

# Parts a stamp is made of, each removed in turn; a stamp is what leaves only separators behind.
_LABEL = re.compile(
    r"\b(?:(?:first|last)\s+)?(?:published|posted|updated|modified|edited|created|story\s+created|date"
    r"|for\s+immediate\s+release)(?:\s+(?:on|at|time))?\b\s*:?", re.IGNORECASE)
_JOINER = re.compile(r"(?:\b(?:at|on)\b|@)", re.IGNORECASE)
_WEEKDAY = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?", re.IGNORECASE)
_OFFSET = re.compile(r"\(?\b(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?:\s?:\s?\d{1,2})?\)?")
_ZONE = re.compile(r"\b[A-Z]{2,4}T\b|\b(?:GMT|UTC|ET|PT|CT|MT|UK)\b")
_CLOCK = re.compile(
    r"\b\d{1,2}\s?[:.]\s?\d{2}(?:\s?:\s?\d{2})?(?:\s*(?:[ap]\.?\s?m\b\.?|[ap]\b|hrs\b|hours\b))?"
    r"|\b\d{1,2}\s*[ap]\.?\s?m\b\.?"
    r"|\b[0-2]\d[0-5]\d(?=\s*\(?\s*(?:GMT|UTC|[A-Z]{2,4}T)\b)", re.IGNORECASE)
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATES = (
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.IGNORECASE),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})\s+(?P<year>\d{{4}})\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
)
_LEFTOVER = re.compile(r"[\s,|•·/()\-–—:.]*")
_LATER = re.compile(r"\b(?:updated|modified|edited)\b", re.IGNORECASE)
MAX_STAMP = 90  # characters: a stamp is a short line
LOOK = 4  # a stamp stands among the first paragraphs of the body


def read(paragraph: str) -> tuple[dt.date, bool] | None:
    """The date a stamp paragraph gives, and whether it is only an update time; None when not a stamp."""
    text = paragraph.strip()
    if not text or len(text) > MAX_STAMP:
        return None
    dates = sorted((m for pattern in _DATES for m in pattern.finditer(text)), key=lambda m: m.start())
    day = _date(dates[0]) if dates else None
    if day is None:
        return None
    rest = text
    for m in reversed(dates):  # a stamp may give a second date: "Posted May 2, 2013 | Updated May 3, 2013"
        rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    for part in (_LABEL, _JOINER, _WEEKDAY, _OFFSET, _CLOCK, _ZONE):
        rest = part.sub(" ", rest)
    if not _LEFTOVER.fullmatch(rest):
        return None
    label = _LABEL.search(text[:dates[0].start()])
    only_update = bool(label and _LATER.search(label.group(0)))
    return day, only_update


def find(paragraphs: list[str]) -> tuple[dt.date | None, set[int]]:
    """The publication date the stamps among the first paragraphs give, and which paragraphs they are.

    The first publication stamp counts, else the first update stamp (many sites print only that; an
    update is most often the same day's).
    """
    stamps = [(i, r) for i, p in enumerate(paragraphs[:LOOK]) if (r := read(p))]
    if not stamps:
        return None, set()
    first = next((d for _, (d, later) in stamps if not later), stamps[0][1][0])
    return first, {i for i, _ in stamps}


def _date(m: re.Match) -> dt.date | None:
    month = m.group("month")
    number = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
    year = int(m.group("year"))
    if not number or not YEARS[0] <= year <= YEARS[1]:
        return None
    try:
        return dt.date(year, number, int(m.group("day")))
    except ValueError:
        return None
