"""Problems inside one article: dates that cannot both hold, a number stated two ways."""

from __future__ import annotations

import datetime as dt

from coverage_site.align.verdicts import quantity_interval
from coverage_site.model import Article, Claim, Finding

# One article's claims of one slot: compared among at most MAX_VALUES distinct values, and at most
# MAX_CONFLICTS contradictions reported per slot (a page of 5,000 "conflicts" helps no reader).
MAX_VALUES = 64
MAX_CONFLICTS = 10


def find(article: Article, claims: list[Claim], groups: list[list[Claim]]) -> list[Finding]:
    """Return the internal contradictions of one article."""
    out: list[Finding] = []
    published = article.published_date
    for c in claims:
        if c.kind != "date" or not c.value.get("start") or not published:
            continue
        day = dt.date.fromisoformat(c.value["end"])
        # "Last updated" before the article was even published cannot be right.
        if c.event == "update" and day < published:
            gap = (published - day).days
            out.append(Finding(
                article.id, "date", "conflict",
                f"{c.text} is given as the last update, {gap} days before the publication date {published.isoformat()}.",
                (c,),
            ))
    for g in groups:
        # Each distinct interval once (a claim repeated 5,000 times is one value), at most MAX_VALUES of them:
        # the pairs compared stay bounded by MAX_VALUES × claims, not claims².
        distinct: dict[object, tuple[Claim, object]] = {}
        for c in g:
            if c.article != article.id:
                continue
            interval = quantity_interval(c)
            if interval is None:
                continue
            distinct.setdefault(_key(interval), (c, interval))
            if len(distinct) >= MAX_VALUES:
                break
        mine = list(distinct.values())
        shown = 0
        for n, (a, ia) in enumerate(mine):
            for b, ib in mine[n + 1:]:
                if shown < MAX_CONFLICTS and not ia.overlaps(ib):
                    shown += 1
                    out.append(Finding(
                        article.id, a.kind, "conflict",
                        f"The article gives “{a.text}” ({ia.describe()}) and “{b.text}” ({ib.describe()}) for the same thing.",
                        (a, b),
                    ))
    return out


def _key(interval) -> object:
    """What tells two intervals apart: equal values are one value."""
    try:
        hash(interval)
        return interval
    except TypeError:
        return repr(interval)
