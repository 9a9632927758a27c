"""`coverage-site add`: turn a pasted text, a Markdown file or a saved web page into an article.

The article is written as Markdown with front matter under `content/articles/`,
never over an existing file, never twice (same URL or near-identical text), and
the command says what the next build will show.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from coverage_site.config import ARTICLES
from coverage_site.errors import ContentError, Problem
from coverage_site.read import frontmatter, layout, parse_article
from coverage_site.text import slugify

NEAR_DUPLICATE = 92  # rapidfuzz ratio of normalised texts: the same article with a few words changed, not a rewrite
COMPARED_CHARS = 6000  # of each text: a re-post is the same from its start; ratio is quadratic in length
FILE_SLUG = 60  # characters of the title in the file name: readable in a listing, far below any name limit
PREVIEW_CONFLICTS = 3  # new conflicts named in the preview, one line's worth


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
    return re.sub(r"\W+", " ", text.lower()).strip()[:COMPARED_CHARS]


def add(root: Path, text: str, name: str, overrides: dict[str, Any]) -> tuple[Path, str]:
    """Write the article; return its path and a one-paragraph preview of the next build.

    The preview is a dry run of the build itself (`build.dry_run`: same reading, pins, grouping and
    story pages, from the build cache), so it cannot disagree with the build that follows. The file is
    written first, for the dry run to read, and removed again if anything refuses it.
    """
    from coverage_site.build import dry_run
    from coverage_site.cache import Cache
    from coverage_site.config import CACHE, load_config
    from coverage_site.previous import Previous

    if overrides.get("url") and not re.match(r"https?://", overrides["url"]):
        raise ContentError([Problem("--url", None, None, "must start with http:// or https://")])
    draft = from_html(text) if is_html(text, name) else from_text(text, name)
    if not draft.body.strip():
        raise ContentError([Problem(name, None, None, "no article text found")])
    markdown = render(draft, overrides)
    title = overrides.get("title") or draft.title or Path(name).stem
    slug = slugify(title)[:FILE_SLUG].strip("-") or "article"
    target = root / ARTICLES / f"{slug}.md"
    rel = target.relative_to(root).as_posix()
    if target.exists():
        raise ContentError([Problem(rel, None, None, "already exists; refusing to overwrite it (use --title to name it differently)")])
    new, problems = parse_article(markdown, rel)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise ContentError(errors)
    config = load_config(root)
    with Previous.load(config.out, Cache(root / CACHE)) as previous:
        # What the site shows now: the last build's stories, else (never built) a dry run without the article.
        before = list(previous.stories.values()) if previous.state else dry_run(config, previous).digests
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "x", encoding="utf-8") as f:
            f.write(markdown)
        try:
            after = dry_run(config, previous)
            _refuse_duplicates(after, new, rel)
            return target, _preview(before, after, new.id)
        except BaseException:
            target.unlink(missing_ok=True)
            raise


def _refuse_duplicates(after, new, rel: str) -> None:
    """Refuse an article already in the project: the same URL, or near-identical text.

    Near-identical texts are grouped into one story (their similarity is close to 1), unless pinned: only the
    new article's story and the pinned articles are read in full to compare their texts.
    """
    others = [a for a in after.inputs.articles if a.path != rel]
    for a in others:
        if new.url and a.url == new.url:
            raise ContentError([Problem(rel, None, None, f"the same URL is already in {a.path}")])
    story = next(d for d in after.digests if any(a["id"] == new.id for a in d.articles))
    mates = {a["id"] for a in story.articles}
    text = _normal(new.text)
    for a in after.whole([a for a in others if a.id in mates or a.story]):
        if fuzz.ratio(_normal(a.text), text, score_cutoff=NEAR_DUPLICATE):
            raise ContentError([Problem(rel, None, None, f"this article is already in {a.path} (near-identical text)")])


def _preview(before: list, after, new_id: str) -> str:
    """What the next build will show: the story it joins, its claims, its conflicts.

    Counted from the story digests the build makes (its summary is what the story page counts).
    """
    story = next(d for d in after.digests if any(a["id"] == new_id for a in d.articles))
    members = {a["id"] for a in story.articles}
    old = max((d for d in before if members & {a["id"] for a in d.articles}),
              key=lambda d: len(members & {a["id"] for a in d.articles}), default=None)
    old_conflicts = old.summary["conflicts"] if old else []
    now = story.summary["conflicts"]
    new_conflicts = [c for c in now if c["label"] not in {o["label"] for o in old_conflicts}]
    n_sources = story.summary["sources"]
    if n_sources > 1:
        joined = f"joins story “{story.summary['title']}” ({n_sources - 1} → {n_sources} sources"
        joined += f"; {len(old_conflicts)} → {len(now)} {'conflict' if len(now) == 1 else 'conflicts'})"
    else:
        joined = "starts a new story (1 source)"
    n = after.claims(new_id)
    parts = [joined, f"{n} new {'claim' if n == 1 else 'claims'}",
             f"{len(new_conflicts)} new {'conflict' if len(new_conflicts) == 1 else 'conflicts'}"]
    text = "; ".join(parts)
    if new_conflicts:
        text += ": " + "; ".join(f"{c['label']} ({c['explanation'].rstrip('.')})" for c in new_conflicts[:PREVIEW_CONFLICTS])
    total = len(after.inputs.articles)
    stories = len(after.digests)
    text += f". Site: {total} {'article' if total == 1 else 'articles'} in {stories} {'story' if stories == 1 else 'stories'}"
    return text
