"""Make one story: align its claims (unless the cache has them), work out what changed, plan and render its pages.

`make_story` is a pure function of its `StoryJob`, top-level and picklable, so
the build can run it in worker processes: everything it needs travels in the
job (the story's articles, the keys of their claims, what the previous site
published of it, the settings), and it returns its files instead of writing
them. The build cache it reads is content-addressed, a memo of pure functions:
a claim list missing from it is extracted again, never wrong.
"""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from coverage_site.cache import Cache
from coverage_site.config import Config
from coverage_site.model import Article



@dataclass(frozen=True)
class StoryJob:
    """Everything one story's pages depend on."""

    id: str
    title: str | None  # given in content/stories.yaml, else None
    articles: tuple[Article, ...]  # whole articles, in site order
    claim_keys: tuple[str, ...]  # the cache keys of their claims, in the same order
    align_key: str  # everything the alignment depends on
    dirty: bool  # aligned anew (its articles changed): compare it with what the previous site published
    before: Any  # site.changes.Before, cut down to this story's articles (None: a first build)
    shown_changes: tuple[dict, ...]  # the previous log's entries for this story, newest first
    newest_build: tuple[dict, ...]  # the previous log's newest entry (numbers this build's entries)
    related: tuple  # align.related.RelatedStory links to the stories of its topic kept apart (align.relate)
    config: Config
    nav: tuple[tuple[str, str], ...]  # author pages (slug, title), shown in every page's navigation
    site_key: str  # see site.render.render_key
    cache: Cache
    render: bool = True  # False: a dry run (`add`): the digest only, no page rendered


@dataclass(frozen=True)
class StoryOutput:
    entry: dict | None  # this build's change-log entry for the story, if anything visible changed
    files: dict[str, bytes]  # output path -> bytes: the story's pages and data files
    digest: Any  # site.plan.StoryDigest, its pieces still bytes
    seconds: dict[str, float]  # align, plan, render
    rendered: int  # pages rendered
    hits: int  # build cache hits and misses in this job
    misses: int


def page_key(align_key: str, site_key: str, shown: list[dict], related: tuple) -> str:
    """The key of everything a story's pages show: its alignment, the templates and settings, its latest changes,
    its related stories.

    The changes and links are keyed as JSON, not pickled: a pickle depends on which equal strings are one
    object, and the changes a build made differ there from the same changes read back from changes.json.
    """
    from coverage_site.site.export import fragment, related_json

    return Cache.key(align_key, site_key, fragment([shown, related_json(related)]))


def shown_changes(entry: dict | None, older: tuple[dict, ...] | list[dict]) -> list[dict]:
    """The changes a story page shows: this build's entry (if any), then the older ones."""
    from coverage_site.site.changes import SHOWN

    return ([entry] if entry else []) + list(older)[:SHOWN - bool(entry)]


def make_story(job: StoryJob) -> StoryOutput:
    """Align (unless cached), plan and render one story."""
    from coverage_site import align
    from coverage_site.site import changes, export, plan, render

    started = time.perf_counter()
    cache = job.cache.twin()
    found = cache.get("stories", job.align_key)
    if found is None:
        claims = {a.id: _claims(cache, a, key) for a, key in zip(job.articles, job.claim_keys)}
        found = align.align_story(job.id, list(job.articles), claims, job.title)
        cache.put("stories", job.align_key, found)
    story, findings, own = found
    story = replace(story, related=job.related)
    published = export.story_json(story)
    titles = {a.id: a.title for a in job.articles}
    entry = changes.entry(job.before, published, titles) if job.dirty else None
    entry = changes.stamp(entry, list(job.newest_build)) if entry else None
    aligned = time.perf_counter()
    shown = shown_changes(entry, job.shown_changes)
    made = plan.plan_story(job.config, page_key(job.align_key, job.site_key, shown, job.related), job.align_key,
                           story, published, list(job.articles), own, findings, shown)
    planned = time.perf_counter()
    files: dict[str, bytes] = {}
    if job.render:
        files, _ = render.render(environment(job.config, job.nav, job.cache.folder, job.site_key), made.pages, job.config,
                                 job.site_key)
        files.update(made.data)
    seconds = {"align": aligned - started, "plan": planned - aligned, "render": time.perf_counter() - planned}
    return StoryOutput(entry, files, made.digest, seconds, len(made.pages) if job.render else 0, cache.hits,
                       cache.misses)


def _claims(cache: Cache, article: Article, key: str) -> list:
    """An article's claims: from the cache (the build extracted every story's articles first), else extracted."""
    found = cache.get("claims", key)
    if found is None:
        from coverage_site.extract import extract_bounded

        found = extract_bounded(article)
        cache.put("claims", key, found)
    return found


def environment(config: Config, nav: tuple[tuple[str, str], ...], cache_folder: Path | None, site_key: str) -> Any:
    """The Jinja environment of a build's settings: made once per process (a memo, keyed by its inputs).

    `site_key` (site.render.render_key) hashes the templates: a template added or edited makes a new one.
    """
    compiled = cache_folder / "templates" if cache_folder else None
    if compiled:
        compiled.mkdir(parents=True, exist_ok=True)  # each time: the cache may have been deleted since (`serve`)
    return _environment(config, nav, compiled, site_key)


@functools.lru_cache(maxsize=4)
def _environment(config: Config, nav: tuple[tuple[str, str], ...], compiled: Path | None, site_key: str) -> Any:
    from coverage_site.site.render import environment as make

    return make(config, list(nav), compiled)
