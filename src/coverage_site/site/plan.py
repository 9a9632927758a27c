"""Plan the site: which pages exist and what each shows. Pure: no templates, no files."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from coverage_site.config import Config
from coverage_site.model import Article, Claim, Facet, Finding, Story
from coverage_site.read import slugify
from coverage_site.site import changes, charts, export, feeds, markers
from coverage_site.site.markup import article_html, choose, marks_for


@dataclass(frozen=True)
class Page:
    path: str  # relative to the output folder
    template: str
    context: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Site:
    pages: list[Page]
    data: dict[str, bytes]  # path -> bytes (JSON and CSV exports)
    nav: list[tuple[str, str]] = field(default_factory=list)  # (slug, title) of author pages


def story_path(sid: str) -> str:
    return f"stories/{sid}.html"


def article_path(aid: str) -> str:
    return f"articles/{aid}.html"


def facet_path(fid: str) -> str:
    return f"facets/{fid}.html"


def source_path(name: str) -> str:
    return f"sources/{slugify(name)}.html"


def is_mention(f: Facet) -> bool:
    """A place or organisation named in passing: listed, but not a finding of the comparison."""
    return f.kind == "org" or (f.kind == "place" and not any(c.event for c in f.claims))


def _marked(f: Facet) -> bool:
    """Which facets are highlighted in the article text: events only where sources disagree."""
    return not is_mention(f) and (f.kind != "event" or f.verdict == "conflict")


def _cell(f: Facet, article_id: str) -> list[tuple[Claim, int]]:
    """A source's words for a facet, each distinct wording once with how often it occurs."""
    seen: dict[str, list[Claim]] = {}
    for c in f.claims:
        if c.article == article_id:
            seen.setdefault(c.text, []).append(c)
    return [(cs[0], len(cs)) for cs in seen.values()]


def text_fragment(url: str, sentence: str) -> str:
    """A link that opens the original and highlights the sentence (Text Fragments)."""
    words = sentence.split()
    if len(words) > 8:
        target = quote(" ".join(words[:4]), safe="") + "," + quote(" ".join(words[-4:]), safe="")
    else:
        target = quote(sentence, safe="")
    return f"{url.split('#')[0]}#:~:text={target.replace('-', '%2D')}"


def plan_site(config: Config, articles: list[Article], claims: dict[str, list[Claim]], stories: list[Story],
              findings: list[Finding], pages: list[tuple[str, str, Any]],
              previous: tuple[dict | None, list[dict]] = (None, [])) -> Site:
    """Return every page to render and every data file to write.

    `previous` is the replaced site's coverage data and change log (see `changes`).
    """
    coverage_data = export.coverage(articles, stories, findings)
    log = changes.record(previous[1], changes.diff(previous[0], coverage_data))
    for entry in log:
        entry.setdefault("summary", changes.describe(entry))
    changes_of: dict[str, list[dict]] = {}
    for entry in log:
        changes_of.setdefault(entry["story"], []).append(entry)
    by_id = {a.id: a for a in articles}
    findings_of: dict[str, list[Finding]] = {}
    for f in findings:
        findings_of.setdefault(f.article, []).append(f)
    out: list[Page] = []
    data: dict[str, bytes] = {}
    summaries = []
    source_stats: dict[str, Counter] = {}
    source_articles: dict[str, list[Article]] = {}
    hrefs: dict[str, str] = {}
    for s in stories:
        visible = [f for f in s.facets if not is_mention(f)]
        counts = Counter(f.verdict for f in visible)
        dates = sorted(d for f in s.facets if f.kind == "date" for c in f.claims
                       for d in (c.value.get("start"), c.value.get("end")) if d)
        summary = {
            "id": s.id, "title": s.title, "href": story_path(s.id), "sources": len(s.articles),
            "independent": len(s.origins) or len(s.articles),
            "counts": [(v, counts.get(v, 0)) for v in markers.ORDER],
            "bar": charts.verdict_bar([(v, counts.get(v, 0)) for v in markers.ORDER]),
            "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
            "updated": feeds.updated(s, by_id),
            "conflicts": [f for f in visible if f.verdict == "conflict"],
            "changes": changes_of.get(s.id, [])[:5],
        }
        summaries.append(summary)
        arts = [by_id[a] for a in s.articles]
        for a in arts:
            hrefs[a.id] = article_path(a.id)
            source_articles.setdefault(a.source, []).append(a)
            stats = source_stats.setdefault(a.source, Counter())
            stats["facets"] += sum(1 for f in visible if len(f.articles) > 1 and a.id in f.articles)
            stats["precise"] += sum(1 for f in visible if f.ladder and len(f.articles) > 1
                                    and next(c.article for c in f.claims if c.id == f.ladder[-1]) == a.id)
            stats["conflict"] += sum(1 for f in visible if f.verdict == "conflict" and a.id in f.articles)
            stats["silent"] += sum(1 for f in visible if a.id in f.silent and len(f.articles) > 1)
        facet_of = {c.id: (f.id, f.verdict, f.label) for f in s.facets if _marked(f) for c in f.claims}
        columns = []
        in_text: set[str] = set()
        for a in arts:
            marks = marks_for(claims[a.id], facet_of, lambda fid: f"#{fid}")
            in_text.update(m.claim.id for m in choose(marks))
            columns.append({"article": a, "href": article_path(a.id), "blocks": article_html(a, marks),
                            "findings": findings_of.get(a.id, []), "source_href": source_path(a.source)})
        facets = sorted(visible, key=lambda f: markers.ORDER.index(f.verdict))
        rows = [{"facet": f, "href": facet_path(f.id) if f.verdict != "single" else None,
                 "cells": [_cell(f, a.id) for a in arts]} for f in facets]
        mentions = [{"facet": f, "sources": len(f.articles), "name": f.claims[0].value["name"]} for f in s.facets if is_mention(f)]
        points, ticks = charts.timeline(visible)
        names = {a.id: a.source for a in arts}
        out.append(Page(story_path(s.id), "story.html", {
            "title": s.title, "story": s, "summary": summary, "columns": columns, "rows": rows,
            "conflicts": summary["conflicts"], "mentions": mentions, "in_text": in_text, "names": names,
            "timeline": points, "ticks": ticks,
            "sides": {f.id: [(a, list(dict.fromkeys(c.text for c in f.claims if c.article == a))) for a in f.articles]
                      for f in summary["conflicts"]},
            "shared": [{"a": by_id[p.a].source, "b": by_id[p.b].source, "passages": p.passages, "example": p.example,
                        "dependent": p.dependent} for p in s.shared],
            "json_href": f"data/{s.id}.json", "csv_href": f"data/{s.id}.csv",
            "canonical": feeds.absolute(config, story_path(s.id)),
            "jsonld": _story_jsonld(config, s, arts, visible),
        }))
        for f in visible:
            if f.verdict == "single":
                continue  # one source: the grid row and the article already say everything
            hrefs[f.id] = facet_path(f.id)
            out.append(Page(facet_path(f.id), "facet.html", {
                "title": f.label, "facet": f, "story": summary, "names": names,
                "ladder": [next(c for c in f.claims if c.id == cid) for cid in f.ladder],
                "silent": [names[a] for a in f.silent], "in_text": in_text,
                "canonical": feeds.absolute(config, facet_path(f.id)),
            }))
        for a in arts:
            marks = marks_for(claims[a.id], facet_of,
                              lambda fid, sid=s.id: f"../{story_path(sid)}#{fid}")
            listed = [c for c in claims[a.id] if c.id in facet_of and c.kind not in ("event",)]
            out.append(Page(article_path(a.id), "article.html", {
                "title": a.title, "article": a, "story": summary, "blocks": article_html(a, marks),
                "findings": findings_of.get(a.id, []), "source_href": source_path(a.source),
                "claims": [{"claim": c, "facet": facet_of[c.id], "has_page": facet_of[c.id][1] != "single",
                            "original": text_fragment(a.url, c.sentence) if a.url else None} for c in listed],
                "canonical": feeds.absolute(config, article_path(a.id)),
                "jsonld": _article_jsonld(config, a),
            }))
        data[f"data/{s.id}.json"] = export.dumps({"version": export.VERSION, "story": export.coverage(
            arts, [s], [f for a in arts for f in findings_of.get(a.id, [])])})
        data[f"data/{s.id}.csv"] = export.story_csv(s, names)
    for name, arts in sorted(source_articles.items()):
        out.append(Page(source_path(name), "source.html", {
            "title": name, "source": name, "articles": arts, "stats": source_stats[name],
            "story_of": {a: summary for summary in summaries for a in
                         next(s.articles for s in stories if s.id == summary["id"])},
            "canonical": feeds.absolute(config, source_path(name)),
        }))
    out.insert(0, Page("index.html", "index.html", {
        "title": config.title, "stories": summaries, "articles": len(articles), "changes": log[:8],
        "sources": sorted((name, source_path(name)) for name in source_articles),
        "canonical": feeds.absolute(config, "index.html"),
    }))
    for slug, title, html in pages:
        out.append(Page(f"{slug}.html", "page.html", {"title": title, "body": html,
                                                      "canonical": feeds.absolute(config, f"{slug}.html")}))
    out.append(Page("search.html", "search.html", {"title": "Search", "canonical": None}))
    out.append(Page("404.html", "404.html", {"title": "Page not found", "canonical": None}))
    newest = max((s["updated"] for s in summaries), default=feeds.EPOCH)
    out.append(Page("feed.xml", "feed.xml", {"title": config.title, "entries": summaries, "updated": newest,
                                             "self_path": "feed.xml", "kind": "stories"}))
    conflict_entries = [s for s in summaries if s["conflicts"] or any(c["new_conflicts"] for c in s["changes"])]
    out.append(Page("conflicts.xml", "feed.xml", {"title": f"{config.title}: conflicts", "entries": conflict_entries,
                                                  "updated": newest, "self_path": "conflicts.xml", "kind": "conflicts"}))
    if config.site_url:
        urls = [p.path for p in out if p.path.endswith(".html") and p.path not in ("404.html", "search.html")]
        out.append(Page("sitemap.xml", "sitemap.xml", {"urls": [feeds.absolute(config, u) for u in urls]}))
    data["data/coverage.json"] = export.dumps(coverage_data)
    data["data/changes.json"] = export.dumps({"version": export.VERSION, "changes": log})
    data["data/search.json"] = export.dumps(export.search_index(articles, stories, hrefs))
    return Site(out, data, [(slug, title) for slug, title, _ in pages])


def _article_jsonld(config: Config, a: Article) -> dict[str, Any]:
    """schema.org NewsArticle: what the article is, never a verdict on it."""
    out: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
                           "publisher": {"@type": "Organization", "name": a.source}}
    if a.published:
        out["datePublished"] = a.published.isoformat()
    if a.url:
        out["url"] = a.url
    if a.author:
        out["author"] = {"@type": "Person", "name": a.author}
    return out


def _story_jsonld(config: Config, s: Story, arts: list[Article], facets: list[Facet]) -> dict[str, Any]:
    """schema.org Claim items for the story's conflicts and agreements (not ClaimReview: we rate nothing)."""
    claims = []
    for f in facets:
        if f.verdict == "single":
            continue
        claims.append({"@type": "Claim", "name": f.label, "text": "; ".join(dict.fromkeys(c.text for c in f.claims)),
                       "appearance": [{"@type": "NewsArticle", "headline": a.title} for a in arts if a.id in f.articles]})
    return {"@context": "https://schema.org", "@type": "ItemList", "name": s.title,
            "itemListElement": [{"@type": "ListItem", "position": n, "item": c} for n, c in enumerate(claims, 1)]}
