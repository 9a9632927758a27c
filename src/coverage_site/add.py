"""`coverage-site add`: turn a pasted text, a Markdown file or a saved web page into an article.

The article is written as Markdown with front matter under `content/articles/`,
never over an existing file, never twice (same URL or near-identical text), and
the command says what the next build will show.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from coverage_site.config import ARTICLES
from coverage_site.errors import ContentError, Problem
from coverage_site.read import frontmatter, layout, parse_article, read_articles
from coverage_site.text import slugify

NEAR_DUPLICATE = 92  # rapidfuzz ratio of normalised texts


@dataclass(frozen=True)
class Draft:
    title: str | None
    body: str
    meta: dict[str, Any]


def is_html(text: str, name: str) -> bool:
    return name.lower().endswith((".html", ".htm")) or bool(re.match(r"\s*(<!doctype html|<html|<head|<body)", text, re.I))


def from_html(html: str) -> Draft:
    """Reduce a saved web page to its article text with trafilatura (no hand-written regexes).

    trafilatura (about 95 MB with its dependencies) is needed only here, so it
    is the optional extra `coverage-site[add]`; `make site` installs it.
    """
    try:
        import trafilatura
    except ImportError:
        from coverage_site.errors import ContentError, Problem

        raise ContentError([Problem("add", None, None, "reading a saved web page needs trafilatura: "
                                    "pip install 'coverage-site[add]' (or add the article as text or Markdown)")]) from None

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta and meta.title else None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and title and lines[0] == title:
        lines = lines[1:]  # the headline, repeated as the first paragraph
    found: dict[str, Any] = {}
    if meta:
        if meta.sitename:
            found["source"] = meta.sitename
        if meta.url and meta.url.startswith(("http://", "https://")):
            found["url"] = meta.url
        if meta.date:
            found["published"] = meta.date
        if meta.author:
            found["author"] = meta.author
    return Draft(title, "\n\n".join(lines), found)


def from_text(text: str, name: str) -> Draft:
    if name.endswith((".md", ".markdown")) or text.startswith("---\n"):
        fm, body, _ = frontmatter.split(text)
        meta: dict[str, Any] = {}
        if fm is not None:
            raw, problems = frontmatter.parse(fm, name, 2)
            fields, more = frontmatter.validate(raw, name)
            errors = [p for p in problems + more if p.severity == "error"]
            if errors:
                raise ContentError(errors)
            meta = fields
        return Draft(meta.pop("title", None), body.strip(), meta)
    parsed = layout.parse(text)
    meta = {k: v for k, v in parsed.meta.items() if k in ("published", "author", "source", "category")}
    body = "\n\n".join(b for _, b, _ in parsed.blocks)
    return Draft(parsed.title, body, meta)


def render(draft: Draft, overrides: dict[str, Any]) -> str:
    meta: dict[str, Any] = {}
    title = overrides.get("title") or draft.title
    if title:
        meta["title"] = title
    for key in ("source", "published", "url", "author", "category"):
        value = overrides.get(key) or draft.meta.get(key)
        if value:
            meta[key] = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000).strip()
    return f"---\n{front}\n---\n{draft.body.strip()}\n"


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()[:6000]


def add(root: Path, text: str, name: str, overrides: dict[str, Any]) -> tuple[Path, str]:
    """Write the article; return its path and a one-paragraph preview of the next build."""
    if overrides.get("url") and not re.match(r"https?://", overrides["url"]):
        raise ContentError([Problem("--url", None, None, "must start with http:// or https://")])
    draft = from_html(text) if is_html(text, name) else from_text(text, name)
    if not draft.body.strip():
        raise ContentError([Problem(name, None, None, "no article text found")])
    markdown = render(draft, overrides)
    title = overrides.get("title") or draft.title or Path(name).stem
    slug = slugify(title)[:60].strip("-") or "article"
    target = root / ARTICLES / f"{slug}.md"
    rel = target.relative_to(root).as_posix()
    if target.exists():
        raise ContentError([Problem(rel, None, None, "already exists; refusing to overwrite it (use --title to name it differently)")])
    existing, _ = read_articles(root)
    new, problems = parse_article(markdown, rel)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise ContentError(errors)
    for a in existing:
        if new.url and a.url == new.url:
            raise ContentError([Problem(rel, None, None, f"the same URL is already in {a.path}")])
        if fuzz.ratio(_normal(a.text), _normal(new.text)) >= NEAR_DUPLICATE:
            raise ContentError([Problem(rel, None, None, f"this article is already in {a.path} (near-identical text)")])
    preview = _preview(root, existing, new)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(markdown, encoding="utf-8")
    return target, preview


def _preview(root: Path, existing: list, new) -> str:
    """What the next build will show: the story it joins, its claims, its conflicts.

    Grouped with the project's pins and titles, and counted as the story page counts
    (`plan.classify`), so the numbers are the ones the next build prints and shows.
    """
    from coverage_site.align import build_stories
    from coverage_site.claims import extract_claims
    from coverage_site.read import read_story_pins
    from coverage_site.site.sections import classify

    pins, titles, _ = read_story_pins(root)

    def pinned(a):
        story = pins.get(Path(a.path).name) or pins.get(a.id) or a.story
        return replace(a, story=story)

    existing = [pinned(a) for a in existing]
    new = pinned(new)
    claims = {a.id: extract_claims(a) for a in existing}
    before, _, _ = build_stories(existing, claims, titles)
    claims[new.id] = extract_claims(new)
    after, _, after_claims = build_stories(existing + [new], claims, titles)
    story = next(s for s in after if new.id in s.articles)
    by_id = {a.id: a for a in existing + [new]}

    def conflicts(s) -> list:
        return [f for f in classify(s.facets, by_id)["compared"] if f.verdict == "conflict"]

    old = max((s for s in before if set(s.articles) & set(story.articles)),
              key=lambda s: len(set(s.articles) & set(story.articles)), default=None)
    old_conflicts = {(f.label, f.kind) for f in conflicts(old)} if old else set()
    now = conflicts(story)
    new_conflicts = [f for f in now if (f.label, f.kind) not in old_conflicts]
    n_sources = len(story.articles)
    if n_sources > 1:
        joined = f"joins story “{story.title}” ({len(story.articles) - 1} → {n_sources} sources"
        joined += f"; {len(old_conflicts)} → {len(now)} {'conflict' if len(now) == 1 else 'conflicts'})"
    else:
        joined = "starts a new story (1 source)"
    n = len(after_claims[new.id])
    parts = [joined, f"{n} new {'claim' if n == 1 else 'claims'}",
             f"{len(new_conflicts)} new {'conflict' if len(new_conflicts) == 1 else 'conflicts'}"]
    text = "; ".join(parts)
    if new_conflicts:
        text += ": " + "; ".join(f"{f.label} ({f.explanation.rstrip('.')})" for f in new_conflicts[:3])
    total = len(existing) + 1
    text += f". Site: {total} {'article' if total == 1 else 'articles'} in {len(after)} {'story' if len(after) == 1 else 'stories'}"
    return text
