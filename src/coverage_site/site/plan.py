"""Plan the site: which pages exist and what each shows. Pure: no templates, no files."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import quote

from coverage_site.config import Config
from coverage_site.model import Article, Claim, Facet, Finding, Story
from coverage_site.text import slugify
from coverage_site.site import changes, charts, export, feeds, markers, wording
from coverage_site.site.markup import article_html, choose, marks_for
from coverage_site.site.sections import (cell, classify, display_name, distinct, is_mention, live_changes, marked,
                                         quotable, summary_quotes)


@dataclass(frozen=True)
class Page:
    path: str  # relative to the output folder
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    keyed: bool = False  # rendered again only when its context changed (see render): the site-wide pages


@dataclass(frozen=True)
class Site:
    pages: list[Page]
    data: dict[str, bytes]  # path -> bytes (JSON and CSV exports)
    nav: list[tuple[str, str]] = field(default_factory=list)  # (slug, title) of author pages
    # Big JSON exports made of story pieces: path -> (head, {list name: pieces})
    lists: dict[str, tuple[dict[str, Any], dict[str, list[Any]]]] = field(default_factory=dict)


# Every path the site writes, relative to its root: the one registry of output URLs (issue #18). Templates
# reach it through `url()`; author pages may not take a top-level name it uses (`RESERVED`).
URLS: dict[str, str] = {
    "home": "index.html",
    "search": "search.html",
    "not_found": "404.html",
    "feed": "feed.xml",
    "conflicts_feed": "conflicts.xml",
    "sitemap": "sitemap.xml",
    "page": "{}.html",  # an author page, by slug
    "story": "stories/{}.html",
    "article": "articles/{}.html",
    "facet": "facets/{}.html",
    "source": "sources/{}.html",  # by the outlet's slug
    "story_json": "data/{}.json",
    "story_csv": "data/{}.csv",
    "coverage": "data/coverage.json",
    "search_index": "data/search.json",
    "changes": "data/changes.json",
    "static": "static/{}",
}


FRAGMENT_WORDS = 4  # a Text Fragment link names a long sentence by its first and last four words: enough to be unique
HOME_CHANGES = 8  # the home page lists the site's newest changes, one screen's worth
BACKGROUND_WORDINGS = 4  # a fact named in passing shows a few of its wordings, not all ("raid" ×10)


def background_rows(background: list[Facet], live_facets: set[str]) -> list[dict]:
    """The folded list of what is named in passing. One-source rows of one label with no page of their own
    ("What happened: the detention", once in each of 25 sentences) are one line; each keeps its anchor. When a line
    of several sources bears the label too, the one-source line says it was kept apart from it."""
    rows: list[dict] = []
    by_label: dict[str, dict] = {}
    for f in background:
        href = facet_path(f.id) if f.id in live_facets else None
        if href is None and len(f.articles) == 1 and f.label in by_label:
            row = by_label[f.label]
            row["also"].append(f.id)
            row["articles"] |= set(f.articles)
            row["claims"] += list(f.claims)
            continue
        row = {"facet": f, "href": href, "also": [], "articles": set(f.articles), "claims": list(f.claims)}
        rows.append(row)
        if href is None and len(f.articles) == 1:
            by_label[f.label] = row
    shown = Counter(row["facet"].label for row in rows)
    for row in rows:
        # The one-source line of a label another line also bears: what was said of another person or occasion.
        row["apart"] = by_label.get(row["facet"].label) is row and shown[row["facet"].label] > 1
        row["sources"] = len(row.pop("articles"))
        claims = row.pop("claims")
        row["words"] = distinct(c.text for c in claims)[:BACKGROUND_WORDINGS]
        row["times"] = len(claims)
    return sorted(rows, key=lambda r: (-r["sources"], r["facet"].label))
SEARCH_SENTENCES = 6  # a search result quotes at most this many of a facet's sentences


def url(kind: str, key: str = "") -> str:
    """The path of a page or file of the site, relative to its root: `url("story", sid)`."""
    return URLS[kind].format(key)


def _reserved() -> dict[str, str]:
    """Top-level names the site uses -> what uses them ("search" -> "search.html", "data" -> "data/")."""
    out: dict[str, str] = {}
    for kind, pattern in URLS.items():
        if kind == "page":
            continue
        top, slash, _ = pattern.partition("/")
        out[top.rsplit(".", 1)[0]] = top + slash
    return out


RESERVED: dict[str, str] = _reserved()  # an author page named one of these would replace or shadow it


def story_path(sid: str) -> str:
    return url("story", sid)


def article_path(aid: str) -> str:
    return url("article", aid)


def facet_path(fid: str) -> str:
    return url("facet", fid)


def source_path(name: str) -> str:
    return url("source", slugify(name))


def text_fragment(url: str, sentence: str) -> str:
    """A link that opens the original and highlights the sentence (Text Fragments)."""
    words = sentence.split()
    if len(words) > 2 * FRAGMENT_WORDS:
        target = (quote(" ".join(words[:FRAGMENT_WORDS]), safe="") + ","
                  + quote(" ".join(words[-FRAGMENT_WORDS:]), safe=""))
    else:
        target = quote(sentence, safe="")
    return f"{url.split('#')[0]}#:~:text={target.replace('-', '%2D')}"


@dataclass(frozen=True)
class StoryDigest:
    """What the site-wide pages and files need of one story, kept between builds.

    A story whose inputs have not changed is not planned or rendered again: its
    digest and its files (`paths`) are taken over from the previous build.
    """

    id: str
    key: str  # everything the story's pages depend on (see build)
    align: str  # everything the story's alignment depends on
    summary: dict[str, Any]  # for the home page, feeds and source pages
    articles: tuple[dict[str, Any], ...]  # id, title, source, published
    stats: dict[str, Counter]  # source -> what the source page counts
    paths: tuple[str, ...]  # the files the story's pages and data make
    # Pieces of the big exports: JSON bytes when planned, then `export.Piece`s (where they were written).
    coverage: Any  # the story's entry in data/coverage.json
    findings: tuple[Any, ...]  # its articles' findings
    article_json: dict[str, Any]  # article id -> its entry in data/coverage.json
    search: dict[str, Any]  # article or facet href -> its search entry
    marks: tuple[Counter, dict]  # what `changes` compares next time

    def with_pieces(self, move: Callable[[Any], Any]) -> StoryDigest:
        """The digest with every piece passed through `move` (to where it was written)."""
        return replace(self, coverage=move(self.coverage), findings=tuple(move(f) for f in self.findings),
                       article_json={k: move(v) for k, v in self.article_json.items()},
                       search={k: move(v) for k, v in self.search.items()})


@dataclass(frozen=True)
class StoryPlan:
    pages: list[Page]
    data: dict[str, bytes]
    digest: StoryDigest


RELATION = {"earlier": "Earlier in this topic", "later": "Later in this topic", "related": "Same topic"}


def plan_story(config: Config, key: str, align: str, s: Story, published: dict[str, Any], arts: list[Article],
               claims: dict[str, list[Claim]], found: list[Finding], story_changes: list[dict]) -> StoryPlan:
    """The pages and data files of one story: story, facet and article pages, its JSON and CSV.

    `published` is the story's entry in data/coverage.json (`export.story_json(s)`), made once by the caller.
    """
    by_id = {a.id: a for a in arts}
    who = {a.id: wording.who(a) for a in arts}
    names = {a.id: display_name(w) for a, w in zip(arts, who.values())}
    unnamed = {a.source: names[a.id] for a in arts if who[a.id]["unnamed"]}

    def words_for_readers(f: Facet) -> Facet:
        """The facet as pages show it: plain-English label, unnamed sources called so."""
        text = f.explanation
        for raw, shown in sorted(unnamed.items(), key=lambda kv: -len(kv[0])):
            text = re.sub(re.escape(raw) + r"(?!\d)", shown, text)
        return replace(f, label=wording.label(f.label), explanation=text)

    shown_story = replace(s, facets=tuple(words_for_readers(f) for f in s.facets))
    findings_of: dict[str, list[Finding]] = {}
    for f in found:
        findings_of.setdefault(f.article, []).append(f)
    finding_claims = {c.id for f in found for c in f.claims}
    groups = classify(shown_story.facets, by_id)
    compared, singles, background = groups["compared"], groups["single"], groups["background"]
    visible = [f for f in shown_story.facets if not is_mention(f)]
    counts = Counter(f.verdict for f in compared)
    counted = [(v, counts.get(v, 0)) for v in markers.ORDER if v != "single"]
    # Dates covered: the events the story reports, never a finding such as a stray "Last updated" line.
    dates = sorted(d for f in compared + singles if f.kind == "date" for c in f.claims if c.id not in finding_claims
                   for d in (c.value.get("start"), c.value.get("end")) if d)
    conflicts = [f for f in compared if f.verdict == "conflict"]
    framing = [f for f in compared if f.verdict == "framing"]
    summary = {
        "id": s.id, "title": s.title, "href": story_path(s.id), "sources": len(s.articles),
        "independent": len(s.origins) or len(s.articles),
        "counts": [(v, n) for v, n in counted if n], "singles": len(singles),
        "bar": charts.verdict_bar(counted) if len(s.articles) > 1 else [],
        "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
        "updated": feeds.updated(s, by_id),
        "conflicts": [{"id": f.id, "label": f.label, "explanation": f.explanation} for f in conflicts],
        "only": (f"one source (unnamed, {who[arts[0].id]['file']})" if who[arts[0].id]["unnamed"]
                 else who[arts[0].id]["name"]) if len(arts) == 1 else None,
    }
    live_facets = {f.id for f in visible if f.verdict != "single"}
    own_summary = dict(summary, changes=live_changes(story_changes, set(by_id), live_facets))
    stats: dict[str, Counter] = {}
    for a in arts:
        st = stats.setdefault(a.source, Counter())
        st["facets"] += sum(1 for f in compared if a.id in f.articles)
        st["precise"] += sum(1 for f in compared if f.ladder
                             and next(c.article for c in f.claims if c.id == f.ladder[-1]) == a.id)
        st["conflict"] += sum(1 for f in conflicts if a.id in f.articles)
        st["silent"] += sum(1 for f in compared if a.id in f.silent)
    out: list[Page] = []
    kept = {f.id for group in groups.values() for f in group}
    facet_of = {c.id: (f.id, f.verdict, f.label) for f in shown_story.facets if marked(f) and f.id in kept
                for c in f.claims}
    columns = []
    in_text: set[str] = set()
    for a in arts:
        marks = marks_for(claims[a.id], facet_of, lambda fid: f"#{fid}")
        in_text.update(m.claim.id for m in choose(marks))
        columns.append({"article": a, "who": who[a.id], "href": article_path(a.id), "blocks": article_html(a, marks),
                        "findings": findings_of.get(a.id, []),
                        "source_href": None if who[a.id]["unnamed"] else source_path(a.source)})
    rows = [{"facet": f, "href": facet_path(f.id), "cells": [cell(f, a.id) for a in arts]} for f in compared]
    only = [{"who": who[a.id], "id": a.id,
             "facts": [{"facet": f, "finding": all(c.id in finding_claims for c in f.claims),
                        "words": [w for c, _ in cell(f, a.id) if (w := wording.words(c.text)) and f"“{w}”" not in f.label]}
                       for f in singles if f.articles[0] == a.id]} for a in arts]
    points, ticks = charts.timeline(compared + singles, skip=finding_claims)

    def sides(f: Facet) -> list[dict[str, Any]]:
        return [{"who": who[a], "words": [wording.words(c.text) for c, _ in cell(f, a)]} for a in f.articles]

    out.append(Page(story_path(s.id), "story.html", {
        "title": s.title, "story": s, "summary": own_summary, "columns": columns, "rows": rows,
        "conflicts": [{"facet": f, "sides": sides(f)} for f in conflicts],
        "framing": [{"facet": f, "sides": sides(f)} for f in framing],
        "lede": [dict(q, sentence=quotable(q["sentence"], by_id[q["who"]["id"]])) for q in
                 summary_quotes([f for f in compared if f.verdict in ("agree", "compatible")], finding_claims, who)],
        "only": [o for o in only if o["facts"]],
        "background": background_rows(background, live_facets),
        "in_text": in_text, "names": names,
        "timeline": points, "ticks": ticks,
        "shared": [{"a": names[p.a], "b": names[p.b], "passages": p.passages, "example": wording.words(p.example),
                    "dependent": p.dependent} for p in s.shared],
        "json_href": url("story_json", s.id), "csv_href": url("story_csv", s.id),
        "related": [{"label": RELATION[r.relation], "title": r.title, "href": story_path(r.id), "date": r.date}
                    for r in s.related],
        "canonical": feeds.absolute(config, story_path(s.id)),
        "jsonld": _story_jsonld(config, s, arts, visible),
    }))
    hrefs = {a.id: article_path(a.id) for a in arts}
    for f in visible:
        if f.verdict == "single":
            continue  # one source: the story page and the article already say everything
        hrefs[f.id] = facet_path(f.id)
        ladder = [next(c for c in f.claims if c.id == cid) for cid in f.ladder]
        out.append(Page(facet_path(f.id), "facet.html", {
            "title": f.label, "facet": f, "story": own_summary, "names": names, "who": who,
            # The precision ladder only where the values differ: one rung says nothing.
            "ladder": [{"claim": c, "words": wording.words(c.text), "reading": wording.reading(c.kind, c.value)}
                       for c in ladder] if len({wording.reading(c.kind, c.value) for c in ladder}) > 1 else [],
            "claims": [{"claim": c, "words": wording.words(c.text), "reading": wording.reading(c.kind, c.value),
                        "sentence": " ".join(c.sentence.split())} for c in f.claims],
            "silent": [names[a] for a in f.silent], "in_text": in_text,
            "canonical": feeds.absolute(config, facet_path(f.id)),
        }))
    for f in singles:
        hrefs[f.id] = f"{story_path(s.id)}#{f.id}"  # searchable: "316" finds the claim on its story page
    for a in arts:
        marks = marks_for(claims[a.id], facet_of, lambda fid, sid=s.id: f"../{story_path(sid)}#{fid}")
        listed = [c for c in claims[a.id] if c.id in facet_of and c.kind not in ("event",)]
        out.append(Page(article_path(a.id), "article.html", {
            "title": a.title, "article": a, "who": who[a.id], "story": own_summary, "blocks": article_html(a, marks),
            "findings": findings_of.get(a.id, []),
            "source_href": None if who[a.id]["unnamed"] else source_path(a.source),
            "claims": [{"claim": c, "words": wording.words(c.text), "facet": facet_of[c.id],
                        "has_page": facet_of[c.id][1] != "single",
                        "original": text_fragment(a.url, c.sentence) if a.url else None} for c in listed],
            "canonical": feeds.absolute(config, article_path(a.id)),
            "jsonld": _article_jsonld(config, a),
        }))
    article_json = {a.id: dict(export.article_json(a), story=s.id) for a in arts}
    finding_json = [export.finding_json(f) for f in found]
    data = {
        url("story_json", s.id): export.dumps({"version": export.VERSION, "story": {
            "version": export.VERSION, "articles": list(article_json.values()), "stories": [published],
            "findings": finding_json}}),
        url("story_csv", s.id): export.story_csv(s, {a.id: a.source for a in arts}),
    }
    digest = StoryDigest(
        id=s.id, key=key, align=align, summary=summary,
        articles=tuple({"id": a.id, "title": a.title, "source": a.source, "published": a.published,
                        "unnamed": who[a.id]["unnamed"]} for a in arts),
        stats=stats, paths=tuple(p.path for p in out) + tuple(data),
        coverage=export.fragment(published), findings=tuple(export.fragment(f) for f in finding_json),
        article_json={i: export.fragment(j) for i, j in article_json.items()},
        search={href: export.fragment(d) for href, d in _search_docs(arts, shown_story, hrefs, names)},
        marks=changes.marks(published),
    )
    return StoryPlan(out, data, digest)


def _search_docs(arts: list[Article], s: Story, hrefs: dict[str, str], names: dict[str, str]) -> list[tuple[str, dict]]:
    """Search entries: articles, facets and single-source claims, each with its story and sentences to quote."""
    facets = {f.id: f for f in s.facets}
    out = []
    for href, d in export.search_docs(arts, s, hrefs):
        d = dict(d, story=s.title, story_href=story_path(s.id))
        fid = next((k for k, h in hrefs.items() if h == href and k in facets), None)
        if fid:
            f = facets[fid]
            d["source"] = ", ".join(dict.fromkeys(names[a] for a in f.articles))
            d["sentences"] = list(dict.fromkeys(" ".join(c.sentence.split()) for c in f.claims))[:SEARCH_SENTENCES]
        else:
            d["source"] = names.get(next((a.id for a in arts if hrefs[a.id] == href), ""), d["source"])
        out.append((href, d))
    return out


def plan_site(config: Config, articles: list[Article], digests: list[StoryDigest], log: list[dict],
              pages: list[tuple[str, str, Any]]) -> Site:
    """The site-wide pages and files, from every story's digest: home, sources, feeds, search, exports.

    `digests` come in story order; `log` is the change log including this build's entries.
    """
    changes_of: dict[str, list[dict]] = {}
    for entry in log:
        changes_of.setdefault(entry["story"], []).append(entry)
    live = {d.id for d in digests}
    summaries = [dict(d.summary, changes=changes_of.get(d.id, [])[:changes.SHOWN]) for d in digests]
    out: list[Page] = []
    source_stats: dict[str, Counter] = {}
    source_articles: dict[str, list[dict]] = {}
    story_of: dict[str, dict] = {}
    for d, summary in zip(digests, summaries):
        for a in d.articles:
            if not a.get("unnamed"):  # "Source 000" is a file name, not an outlet: no page of its own
                source_articles.setdefault(a["source"], []).append(a)
            story_of[a["id"]] = {"title": summary["title"], "href": summary["href"]}
        for name, stats in d.stats.items():
            if name not in source_articles:
                continue
            source_stats.setdefault(name, Counter()).update(stats)
    for name, arts in sorted(source_articles.items()):
        out.append(Page(source_path(name), "source.html", {
            "title": name, "source": name, "articles": arts, "stats": source_stats[name],
            "story_of": {a["id"]: story_of[a["id"]] for a in arts},
            "canonical": feeds.absolute(config, source_path(name)),
        }))
    out.insert(0, Page(url("home"), "index.html", {
        "title": config.title, "stories": summaries, "articles": len(articles), "changes": [dict(c, live=c["story"] in live) for c in log[:HOME_CHANGES]],
        "sources": sorted((name, source_path(name)) for name in source_articles),
        "canonical": feeds.absolute(config, url("home")),
    }))
    for slug, title, html in pages:
        out.append(Page(url("page", slug), "page.html", {"title": title, "body": html,
                                                        "canonical": feeds.absolute(config, url("page", slug))}))
    out.append(Page(url("search"), "search.html", {"title": "Search", "canonical": None}))
    out.append(Page(url("not_found"), "404.html", {"title": "Page not found", "canonical": None}))
    newest = max((s["updated"] for s in summaries), default=feeds.EPOCH)
    out.append(Page(url("feed"), "feed.xml", {"title": config.title, "entries": summaries, "updated": newest,
                                              "self_path": url("feed"), "kind": "stories"}))
    conflict_entries = [s for s in summaries if s["conflicts"] or any(c["new_conflicts"] for c in s["changes"])]
    out.append(Page(url("conflicts_feed"), "feed.xml", {"title": f"{config.title}: conflicts", "entries": conflict_entries,
                                                        "updated": newest, "self_path": url("conflicts_feed"), "kind": "conflicts"}))
    if config.site_url:
        urls = [url("home")] + [p for d in digests for p in d.paths if p.endswith(".html")]
        urls += [p.path for p in out if p.path.endswith(".html") and p.path not in (url("home"), url("not_found"), url("search"))]
        out.append(Page(url("sitemap"), "sitemap.xml", {"urls": [feeds.absolute(config, u) for u in urls]}))
    article_json = {i: j for d in digests for i, j in d.article_json.items()}
    search = {href: j for d in digests for href, j in d.search.items()}
    article_hrefs = [article_path(a.id) for a in articles]  # articles first, in reading order, then facets
    listed = set(article_hrefs)
    lists = {
        url("coverage"): ({"version": export.VERSION}, {
            "articles": [article_json[a.id] for a in articles], "stories": [d.coverage for d in digests],
            "findings": [f for d in digests for f in d.findings]}),
        url("search_index"): ({"version": export.VERSION}, {
            "docs": [search[h] for h in article_hrefs] + [j for h, j in search.items() if h not in listed]}),
    }
    data = {url("changes"): export.dumps({"version": export.VERSION, "changes": log})}
    # Every site-wide page is keyed by its context: a build that changes nothing it shows renders nothing.
    out = [replace(page, keyed=True) for page in out]
    return Site(out, data, [(slug, title) for slug, title, _ in pages], lists)


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
