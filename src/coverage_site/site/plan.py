"""Plan the site: which pages exist and what each shows. Pure: no templates, no files."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from coverage_site.config import Config
from coverage_site.model import Article, Claim, Facet, Finding, Story
from coverage_site.site import export, markers
from coverage_site.site.markup import article_html, choose, marks_for


@dataclass(frozen=True)
class Page:
    path: str  # relative to the output folder, always ending in .html
    template: str
    context: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Site:
    pages: list[Page]
    data: dict[str, bytes]  # path -> bytes (JSON exports)
    nav: list[tuple[str, str]] = field(default_factory=list)  # (slug, title) of author pages


def story_path(sid: str) -> str:
    return f"stories/{sid}.html"


def article_path(aid: str) -> str:
    return f"articles/{aid}.html"


def _cell(f: Facet, article_id: str) -> list[tuple[Claim, int]]:
    """A source's words for a facet, each distinct wording once with how often it occurs."""
    seen: dict[str, list[Claim]] = {}
    for c in f.claims:
        if c.article == article_id:
            seen.setdefault(c.text, []).append(c)
    return [(cs[0], len(cs)) for cs in seen.values()]


def is_mention(f: Facet) -> bool:
    """A place or organisation named in passing: listed, but not a finding of the comparison."""
    return f.kind == "org" or (f.kind == "place" and not any(c.event for c in f.claims))


def _marked(f: Facet) -> bool:
    """Which facets are highlighted in the article text: events only where sources disagree."""
    return not is_mention(f) and (f.kind != "event" or f.verdict == "conflict")


def plan_site(config: Config, articles: list[Article], claims: dict[str, list[Claim]], stories: list[Story],
              findings: list[Finding], pages: list[tuple[str, str, Any]]) -> Site:
    """Return every page to render and every data file to write."""
    by_id = {a.id: a for a in articles}
    findings_of: dict[str, list[Finding]] = {}
    for f in findings:
        findings_of.setdefault(f.article, []).append(f)
    out: list[Page] = []
    summaries = []
    for s in stories:
        facet_of = {c.id: (f.id, f.verdict, f.label) for f in s.facets if _marked(f) for c in f.claims}
        counts = Counter(f.verdict for f in s.facets if not is_mention(f))
        dates = sorted(d for f in s.facets if f.kind == "date" for c in f.claims
                       for d in (c.value.get("start"), c.value.get("end")) if d)
        summary = {
            "id": s.id, "title": s.title, "href": story_path(s.id), "sources": len(s.articles),
            "independent": len(s.origins) or len(s.articles),
            "counts": [(v, counts.get(v, 0)) for v in markers.ORDER],
            "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
        }
        summaries.append(summary)
        arts = [by_id[a] for a in s.articles]
        columns = []
        in_text: set[str] = set()
        for a in arts:
            marks = marks_for(claims[a.id], facet_of, lambda fid: f"#{fid}")
            in_text.update(m.claim.id for m in choose(marks))
            columns.append({"article": a, "href": article_path(a.id), "blocks": article_html(a, marks),
                            "findings": findings_of.get(a.id, [])})
        facets = sorted((f for f in s.facets if not is_mention(f)), key=lambda f: markers.ORDER.index(f.verdict))
        rows = [{"facet": f, "cells": [_cell(f, a.id) for a in arts]} for f in facets]
        mentions = [{"facet": f, "sources": len(f.articles), "name": f.claims[0].value["name"]} for f in s.facets if is_mention(f)]
        out.append(Page(story_path(s.id), "story.html", {
            "title": s.title, "story": s, "summary": summary, "columns": columns, "rows": rows,
            "conflicts": [f for f in facets if f.verdict == "conflict"], "mentions": mentions, "in_text": in_text,
            "names": {a.id: a.source for a in arts},
            "shared": [{"a": by_id[p.a].source, "b": by_id[p.b].source, "passages": p.passages, "example": p.example,
                        "dependent": p.dependent} for p in s.shared],
        }))
        for a in arts:
            marks = marks_for(claims[a.id], facet_of, lambda fid, sid=s.id: f"../{story_path(sid)}#{fid}")
            out.append(Page(article_path(a.id), "article.html", {
                "title": a.title, "article": a, "story": summary, "blocks": article_html(a, marks),
                "findings": findings_of.get(a.id, []),
            }))
    out.insert(0, Page("index.html", "index.html", {"title": config.title, "stories": summaries,
                                                      "articles": len(articles)}))
    for slug, title, html in pages:
        out.append(Page(f"{slug}.html", "page.html", {"title": title, "body": html}))
    data = {"data/coverage.json": export.dumps(export.coverage(articles, stories, findings))}
    return Site(out, data, [(slug, title) for slug, title, _ in pages])
