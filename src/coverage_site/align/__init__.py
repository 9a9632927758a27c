"""Align stage: articles and their claims in, stories with facets and verdicts out."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from coverage_site.align import facets, findings, independence, referents, related, split, statements, stories, verdicts
from coverage_site.claims import Anchor, article_anchor, resolve_dates
from coverage_site.model import Article, Claim, Facet, Finding, Story
from coverage_site.text import slugify


def build_stories(
    articles: list[Article], claims: dict[str, list[Claim]], titles: dict[str, str] | None = None
) -> tuple[list[Story], list[Finding], dict[str, list[Claim]]]:
    """The whole align stage in one call: group, then align each story.

    Returns the stories, the findings inside single articles, and the claims
    (with dates re-resolved where a story lent its date). The build runs the
    same steps one by one so it can keep each story's result between builds.
    """
    docs = {a.id: doc(a, claims[a.id], "") for a in articles if not a.story}
    out_stories: list[Story] = []
    out_findings: list[Finding] = []
    claims = dict(claims)
    graph = stories.update(None, docs)
    groups = group_articles(articles, graph)
    links = relate(groups, graph, titles or {})
    for sid, arts in groups:
        story, found, lent = align_story(sid, arts, claims, (titles or {}).get(sid))
        out_stories.append(replace(story, related=links.get(sid, ())))
        out_findings += found
        claims.update(lent)
    return out_stories, out_findings, claims


def doc(article: Article, claims: list[Claim], key: str) -> stories.Doc:
    """What story grouping needs of one article."""
    # A page's date lines are out of the text but still tell its day: the same day's reports share them.
    bag = stories.features("\n".join(filter(None, (article.title, article.text, article.stamp))), _entities(claims))
    filed = article_anchor(article)
    # A page's stamp dates what the article says, not when the story broke: pages print their last
    # update and follow-ups weeks on, so grouping keeps to the dates an author or a dateline gives.
    day = filed.date.toordinal() if filed and filed.kind != "stamp" else None
    return stories.Doc(key, stories.vector(bag), _year(article, claims), day)


def group_articles(articles: list[Article], graph: stories.Graph) -> list[tuple[str, list[Article]]]:
    """Stories as (id, articles oldest first), biggest first: pinned articles go to their story, the rest by the graph."""
    by_id = {a.id: a for a in articles}
    pinned: dict[str, list[str]] = {}
    for a in articles:
        if a.story:
            pinned.setdefault(a.story, []).append(a.id)
    groups: list[tuple[str | None, list[str]]] = [(sid, ids) for sid, ids in sorted(pinned.items())]
    groups += [(None, ids) for ids in stories.cluster(graph)]
    used: set[str] = set()
    out = []
    for story_id, ids in groups:
        arts = sorted((by_id[i] for i in ids), key=_order)
        lead = next((a for a in arts if not a.title_derived), arts[0])
        sid = story_id or _unique(_short_slug(lead.title), used)
        used.add(sid)
        out.append((sid, arts))
    return sorted(out, key=lambda g: (-len(g[1]), g[0]))


def relate(groups: list[tuple[str, list[Article]]], graph: stories.Graph,
           titles: dict[str, str]) -> dict[str, tuple[related.RelatedStory, ...]]:
    """Each story's related stories (`related`): one topic, kept apart. Depends on every
    story, so it is not part of `align_story` (kept per story between builds)."""
    return related.links(graph, [(sid, [a.id for a in arts], titles.get(sid) or _lead(arts).title,
                                  _story_anchor(arts)[0]) for sid, arts in groups])


def _lead(arts: list[Article]) -> Article:
    return next((a for a in arts if not a.title_derived), arts[0])


def align_story(sid: str, arts: list[Article], claims: dict[str, list[Claim]],
                title: str | None = None) -> tuple[Story, list[Finding], dict[str, list[Claim]]]:
    """One story: lend its date to undated articles, align and judge facets, find copies.

    Pure in its arguments, so a build keeps the result while the story's articles stay the same.
    """
    anchor, lender = _story_anchor(arts)
    own = {a.id: claims[a.id] for a in arts}
    for a in arts:
        if article_anchor(a) is None and anchor is not None:
            own[a.id] = resolve_dates(own[a.id], _borrowed_anchor(a, anchor, lender))
    names = {a.id: a.source for a in arts}
    story_claims = [c for a in arts for c in own[a.id]]
    facet_groups = facets.group(story_claims)
    in_clause = referents.sentence_names(story_claims)
    people = referents.family_names(story_claims)
    compared = [part for g in facet_groups for one in split.by_scale(g) for who in split.by_participants(one, in_clause, people)
                for part in split.refine(who, in_clause)]
    # Words already read as a predicate, a person, a place or an organisation are not terms again.
    taken = [c for c in story_claims if c.kind == "event" and "predicate" in c.value or c.kind in ("person", "place", "org")]
    said, terms = statements.find_with_terms(arts, names, taken)
    said += terms
    for c in sorted((c for group in said for c in group), key=lambda c: c.start):
        own[c.article] = own[c.article] + [c]
    compared += [(group, []) for group in said]
    published = {a.id: a.published_date for a in arts if a.published_date}
    story_facets = _facets(sid, compared, [a.id for a in arts], names, published,
                           lambda a, b: split.clear(a, b, in_clause))
    found = [f for a in arts for f in findings.find(a, own[a.id], facet_groups)]
    shared, origins = independence.compare(arts)
    lead = next((a for a in arts if not a.title_derived), arts[0])
    story = Story(sid, title or lead.title, tuple(a.id for a in arts), tuple(story_facets), anchor,
                  tuple(tuple(o) for o in origins), tuple(shared))
    return story, found, own


DATED_LINE_CHARS = 400  # a date this near the top is the article's own (a dateline, a "posted" line)


def _year(article: Article, claims: list[Claim]) -> int | None:
    """The year an article is clearly about: its publication or page stamp, a dated line near the top,
    or a year its explicit dates give at least twice."""
    if article.published_date or article.stamped:
        return (article.published_date or article.stamped).year
    explicit = [c for c in claims if c.kind == "date" and c.value.get("start") and re.search(r"\d{4}", c.text)
                and c.value["start"][:4] == c.value["end"][:4]]  # "the 1950s" dates no article to its year
    early = [c for c in explicit if c.start < DATED_LINE_CHARS]
    if early:
        return int(early[0].value["start"][:4])
    counts = Counter(int(c.value["start"][:4]) for c in explicit)
    if counts:
        year, n = counts.most_common(1)[0]
        if n >= 2:
            return year
    return None


def _entities(claims: list[Claim]) -> list[tuple[str, float]]:
    """Named people weigh most (who separates look-alike events best), then places and organisations."""
    out = []
    for c in claims:
        if c.kind == "person":
            out.append(("p:" + c.value["name"], 5.0 if " " in c.value["name"] else 2.5))
        elif c.kind in ("place", "org") and c.value.get("type") != "street":
            # A street or a square is shared by its neighbourhood's other happenings (a jewellers' square robbed
            # twice, months apart): no evidence of one story beyond its words, which the text's own terms hold.
            out.append(("e:" + c.value["name"], 3.0))
    return out


def _order(a: Article) -> tuple:
    d = a.published_date
    return (d is None, d or dt.date.min, a.path)


def _story_anchor(arts: list[Article]) -> tuple[dt.date | None, str | None]:
    """The date most of the story's articles carry (publication, else a full dateline)."""
    own = [(article_anchor(a), a.id) for a in arts]
    dates = Counter(anchor.date for anchor, _ in own if anchor)
    if not dates:
        return None, None
    best = max(dates.items(), key=lambda kv: (kv[1], kv[0]))[0]
    lender = next(i for anchor, i in own if anchor and anchor.date == best)
    return best, lender


def _borrowed_anchor(article: Article, story_date: dt.date, lender: str | None) -> Anchor:
    """A year-less dateline takes the year nearest the story's date; else the story's date."""
    d = article.dateline
    if d and d.month and d.day:
        options = []
        for y in (story_date.year - 1, story_date.year, story_date.year + 1):
            try:
                options.append(dt.date(y, d.month, d.day))
            except ValueError:
                pass
        if options:
            return Anchor(min(options, key=lambda x: abs((x - story_date).days)), "dateline", lender)
    return Anchor(story_date, "story", lender)


MAX_CLOSE_CALLS = 2  # a facet says why it was not compared with at most this many others


def _facets(story_id: str, groups: list[tuple[list[Claim], list[tuple[Claim, str]]]], article_ids: list[str],
            names: dict[str, str], published: dict[str, dt.date], clear) -> list[Facet]:
    """Facets from claim groups, each with its verdict and the close calls it was not compared with."""
    out: list[Facet] = []
    used: set[str] = set()
    for claims, close_calls in groups:
        kind = claims[0].kind
        label = facets.label(kind, claims)
        v = verdicts.decide(kind, claims, names, published, clear)
        fid = _unique(f"{story_id}--{slugify(label)[:50].strip('-')}", used)
        used.add(fid)
        present = {c.article for c in claims}
        notes: dict[tuple[str, str], str] = {}  # one note per wording of one source: a town named twice is said once
        for other, why in close_calls:
            notes.setdefault((other.text, other.article),
                             f" Not compared with “{other.text}” ({names.get(other.article, other.article)}): {why}.")
        explanation = v.explanation + facets.reading_note(claims, names) + "".join(list(notes.values())[:MAX_CLOSE_CALLS])
        out.append(Facet(
            id=fid, label=label, kind=kind, verdict=v.verdict, explanation=explanation, claims=tuple(claims),
            conflict_type=v.conflict_type, ladder=v.ladder, silent=tuple(a for a in article_ids if a not in present),
        ))
    return out


def _short_slug(title: str, limit: int = 48) -> str:
    """A slug cut at a word boundary: "did-a-us-diplomat-apologize-for-the-immigration"."""
    slug = slugify(title)
    if len(slug) <= limit:
        return slug
    return slug[:limit + 1].rsplit("-", 1)[0]


def _unique(base: str, used: set[str]) -> str:
    if base not in used:
        return base
    n = 2
    while f"{base}-{n}" in used:
        n += 1
    return f"{base}-{n}"
