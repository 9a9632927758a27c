"""The whole build, top to bottom: read, extract, align, plan, render, write.

Everything is gathered and rendered in memory before anything is written, so a
failing stage leaves the previous site untouched.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, replace
from pathlib import Path

from coverage_site.config import Config
from coverage_site.errors import ContentError, Problem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildResult:
    pages: int
    articles: int
    stories: int
    warnings: list[Problem]
    seconds: float


def build(config: Config) -> BuildResult:
    """Build the site of `config.root` into `config.out`; raise ContentError on bad input."""
    from coverage_site.align import build_stories
    from coverage_site.claims import extract_claims
    from coverage_site.pages import read_pages
    from coverage_site.read import read_articles, read_story_pins
    from coverage_site.site.plan import plan_site
    from coverage_site.site.render import render, theme_dir
    from coverage_site.write import check_out_dir, write_site

    from coverage_site.cache import Cache

    started = time.perf_counter()
    check_out_dir(config.out, config.root)
    cache = Cache(None if config.clean else config.root / ".cache" / "coverage-site")
    articles, problems = read_articles(config.root, cache)
    pins, titles, pin_problems = read_story_pins(config.root)
    articles = [replace(a, story=pins.get(Path(a.path).name) or pins.get(a.id) or a.story) for a in articles]
    pages, page_problems = read_pages(config.root)
    problems = list(config.warnings) + problems + pin_problems + page_problems
    if config.keep_going:
        # A broken article is reported and left out; a broken config or story file still stops the build.
        problems = [replace(p, severity="warning", message=f"skipped: {p.message}") if _is_article(p) and p.severity == "error"
                    else p for p in problems]
    errors = [p for p in problems if p.severity == "error" or (config.strict and not p.message.startswith("skipped: "))]
    if errors:
        raise ContentError(errors)
    claims = {}
    for a in articles:
        key = cache.key(a)
        found = cache.get("claims", key)
        if found is None:
            found = extract_claims(a)
            cache.put("claims", key, found)
        claims[a.id] = found
    stories, findings, claims = build_stories(articles, claims, titles)
    from coverage_site.site import changes

    site = plan_site(config, articles, claims, stories, findings, pages, changes.load(config.out))
    files = render(site, config)
    write_site(files, [theme_dir() / "static", config.root / "static"], config.out)
    seconds = time.perf_counter() - started
    log.info("built %d pages from %d articles in %.2f s (cache: %d hits, %d misses)", len(site.pages), len(articles),
             seconds, cache.hits, cache.misses)
    return BuildResult(len(site.pages), len(articles), len(stories), problems, seconds)


def _is_article(problem: Problem) -> bool:
    return problem.path.startswith(("seeds/", "content/articles/"))
