"""The public data export, `data/coverage.json` (the contract is in the README)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any

from coverage_site.model import Article, Claim, Facet, Finding, Story

# 2: verdict "framing" (worded differently) joins agree, compatible, conflict, single;
# 3: an event claim may be a statement two sources share in the same words ({"statement", "polarity"});
# 4: status and weapon facets; 5: a statement claim may be a term ("term": true), listed with the mentions.
VERSION = 5


def article_json(a: Article) -> dict[str, Any]:
    d = a.dateline
    return {
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "title_derived": a.title_derived,
        "source": a.source,
        "published": a.published.isoformat() if a.published else None,
        "url": a.url,
        "author": a.author,
        "dateline": None if d is None else {"text": d.text, "place": d.place, "region": d.region,
                                              "month": d.month, "day": d.day, "year": d.year},
        "story": a.story,
        "text": a.text,
    }


def facet_json(f: Facet) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": f.id,
        "label": f.label,
        "kind": f.kind,
        "verdict": f.verdict,
        "explanation": f.explanation,
        "claims": [c.to_json() for c in f.claims],
    }
    if f.conflict_type:
        out["conflict_type"] = f.conflict_type
    if f.ladder:
        out["ladder"] = list(f.ladder)
    out["silent"] = list(f.silent)
    return out


def finding_json(f: Finding) -> dict[str, Any]:
    return {"article": f.article, "kind": f.kind, "verdict": f.verdict, "explanation": f.explanation,
            "claims": [c.to_json() for c in f.claims]}


def story_json(s: Story) -> dict[str, Any]:
    return {"id": s.id, "title": s.title, "articles": list(s.articles),
            "anchor": s.anchor.isoformat() if s.anchor else None,
            "independence": {
                "independent": len(s.origins),
                "origins": [list(o) for o in s.origins],
                "shared": [{"articles": [p.a, p.b], "passages": p.passages, "words": p.words,
                            "example": p.example, "dependent": p.dependent} for p in s.shared],
            },
            "facets": [facet_json(f) for f in s.facets],
            "related": related_json(s.related)}


def related_json(links: tuple[Any, ...]) -> list[dict[str, Any]]:
    """A story's related stories (`align.related`): id, title, relation, date."""
    return [{"id": r.id, "title": r.title, "relation": r.relation, "date": r.date.isoformat() if r.date else None}
            for r in links]


def extract_json(article: Article, claims: list[Claim]) -> dict[str, Any]:
    """What `coverage-site extract --json` prints."""
    return {"article": article_json(article), "claims": [c.to_json() for c in claims]}


def fragment(data: Any) -> bytes:
    # Compact: with `indent`, json falls back to its pure-Python encoder (ten times slower).
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def dumps(data: Any) -> bytes:
    return fragment(data) + b"\n"


@dataclass(frozen=True)
class Piece:
    """Where one item of a big JSON list lies: bytes [start, end) of `file`.

    `file` is an output path of the previous site ("data/coverage.json") or
    SPOOL, this build's scratch file. A story kept from the previous build
    keeps its pieces where they are, so no build holds the whole export in memory.
    """

    file: str
    start: int
    end: int


SPOOL = ""


CSV_COLUMNS = ["story", "facet", "facet_label", "verdict", "conflict_type", "claim", "article", "source", "kind",
               "text", "value", "start", "end", "sentence"]


def story_csv(story: Story, sources: dict[str, str]) -> bytes:
    """One row per claim of a story, for spreadsheets."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for f in story.facets:
        for c in f.claims:
            w.writerow([neutralise(cell) for cell in (
                story.id, f.id, f.label, f.verdict, f.conflict_type or "", c.id, c.article,
                sources.get(c.article, ""), c.kind, c.text, json.dumps(c.value, ensure_ascii=False),
                c.start, c.end, c.sentence)])
    return buf.getvalue().encode("utf-8")


def neutralise(cell: object) -> object:
    """A text cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, tab, CR) is prefixed
    with `'`, as OWASP's CSV injection advice says; numbers stay numbers."""
    if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + cell
    return cell


def search_docs(articles: list[Article], story: Story, hrefs: dict[str, str]) -> list[tuple[str, dict[str, Any]]]:
    """What the search box searches, as (href, entry): article titles and text, and every facet's claims."""
    docs = []
    for a in articles:
        docs.append((hrefs[a.id], {"href": hrefs[a.id], "title": a.title, "kind": "article", "source": a.source,
                                   "text": a.text}))
    for f in story.facets:
        if f.id not in hrefs:
            continue  # named in passing: no page of its own
        text = " · ".join(dict.fromkeys(c.text for c in f.claims))
        docs.append((hrefs[f.id], {"href": hrefs[f.id], "title": f.label, "kind": f.verdict, "source": story.title,
                                   "text": f"{text} — {f.explanation}"}))
    return docs
