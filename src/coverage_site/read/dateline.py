"""Datelines: `Seoul:`, `Seoul [South Korea], September 14 :`, `WASHINGTON (Reuters) —`."""

from __future__ import annotations

import re

from coverage_site.gazetteer import gazetteer
from coverage_site.model import Dateline
from coverage_site.read.limits import YEARS
from coverage_site.text import MONTHS

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATELINE = re.compile(
    rf"""^(?P<place>[A-Z][A-Za-z.'’-]+(?:[ ][A-Z][A-Za-z.'’-]+){{0,3}})
    (?:\s*[\[(](?P<region>[^\])\n]{{2,40}})[\])])?
    (?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?))?
    (?:\s*\((?P<agency>[A-Z][\w.&' ]{{1,30}})\))?
    \s*(?::|—|–|--|-)\s+(?=\S)""",
    re.VERBOSE,
)


def find(paragraph: str) -> tuple[Dateline, int] | None:
    """Return the dateline at the start of a paragraph and where the body starts."""
    m = _DATELINE.match(paragraph)
    if not m:
        return None
    place = m.group("place")
    name = place.title() if place.isupper() else place
    if not gazetteer().lookup(name):
        return None
    month = day = year = None
    if m.group("date"):
        month, day, year = _parse_date(m.group("date"))
    region = m.group("region")
    if region and not gazetteer().lookup(region.strip()):
        region = None  # "(Reuters)": an agency, not a place
    text = paragraph[: m.end()].rstrip(" :—–-")
    return Dateline(text=text.strip(), place=name, region=region, month=month, day=day, year=year), m.end()


def agency(paragraph: str) -> str | None:
    """The wire agency a dateline names: "SEOUL, Sept 13 (Example Wire) -" -> "Example Wire"."""
    m = _DATELINE.match(paragraph)
    if not m or not find(paragraph):
        return None
    if m.group("agency"):
        return m.group("agency").strip()
    region = m.group("region")
    if region and not gazetteer().lookup(region.strip()):
        return region.strip()
    return None


def _parse_date(text: str) -> tuple[int | None, int | None, int | None]:
    words = re.findall(r"[A-Za-z]+|\d+", text)
    month = day = year = None
    for w in words:
        if w.isdigit():
            if len(w) == 4:
                year = int(w) if YEARS[0] <= int(w) <= YEARS[1] else None  # 0001 or 9999: no date to count from
            else:
                day = int(w)
        else:
            month = MONTHS.get(w.lower())
    return month, day, year
