"""Problems inside one article: dates that cannot both hold, a number stated two ways."""

from __future__ import annotations

import datetime as dt

from coverage_site.align.verdicts import quantity_interval
from coverage_site.model import Article, Claim, Finding


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
        mine = [c for c in g if c.article == article.id and quantity_interval(c) is not None]
        for n, a in enumerate(mine):
            for b in mine[n + 1:]:
                ia, ib = quantity_interval(a), quantity_interval(b)
                if not ia.overlaps(ib):
                    out.append(Finding(
                        article.id, a.kind, "conflict",
                        f"The article gives “{a.text}” ({ia.describe()}) and “{b.text}” ({ib.describe()}) for the same thing.",
                        (a, b),
                    ))
    return out
