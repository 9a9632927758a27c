"""The whole build, top to bottom: read, extract, align, plan, render, write.

Everything is gathered and rendered in memory before anything is written, so a
failing stage leaves the previous site untouched.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from coverage_site.config import Config
from coverage_site.errors import ContentError, Problem

log = logging.getLogger(__name__)


PARALLEL_FROM = 24  # fewer cache misses than this are not worth starting processes for


@dataclass(frozen=True)
class BuildResult:
    pages: int
    articles: int
    stories: int
    warnings: list[Problem]
    seconds: float
    stages: dict[str, float] = field(default_factory=dict)  # read, extract, align, plan, render, write


def build(config: Config) -> BuildResult:
    """Build the site of `config.root` into `config.out`; raise ContentError on bad input."""
    from coverage_site.align import build_stories
    from coverage_site.cache import Cache
    from coverage_site.pages import read_pages
    from coverage_site.read import read_articles, read_story_pins
    from coverage_site.site import changes
    from coverage_site.site.plan import plan_site
    from coverage_site.site.render import render, theme_dir
    from coverage_site.write import check_out_dir, write_site

    started = time.perf_counter()
    stages: dict[str, float] = {}
    clock = [started]

    def lap(stage: str) -> None:
        now = time.perf_counter()
        stages[stage] = stages.get(stage, 0.0) + now - clock[0]
        clock[0] = now

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
    lap("read")
    claims = extract_all(articles, cache, config.jobs)
    lap("extract")
    stories, findings, claims = build_stories(articles, claims, titles)
    lap("align")
    site = plan_site(config, articles, claims, stories, findings, pages, changes.load(config.out))
    lap("plan")
    files = render(site, config)
    lap("render")
    write_site(files, [theme_dir() / "static", config.root / "static"], config.out)
    lap("write")
    seconds = time.perf_counter() - started
    log.info("built %d pages from %d articles in %.2f s (cache: %d hits, %d misses)", len(site.pages), len(articles),
             seconds, cache.hits, cache.misses)
    return BuildResult(len(site.pages), len(articles), len(stories), problems, seconds, stages)


def extract_all(articles: list, cache, jobs: int | None = None) -> dict[str, list]:
    """Claims of every article: from the cache, else extracted, in parallel processes when it pays.

    The readers are pure functions, so the result never depends on `jobs`.
    """
    from coverage_site.claims import extract_claims

    claims: dict[str, list] = {}
    missing = []
    for a in articles:
        key = cache.key(a)
        found = cache.get("claims", key)
        if found is None:
            missing.append((a, key))
        else:
            claims[a.id] = found
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1 and len(missing) >= PARALLEL_FROM:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from coverage_site.claims.names import given_names
        from coverage_site.gazetteer import gazetteer

        gazetteer(), given_names()  # loaded once here, shared by the forked workers
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            results = list(pool.map(extract_claims, [a for a, _ in missing], chunksize=max(1, len(missing) // (jobs * 8))))
    else:
        results = [extract_claims(a) for a, _ in missing]
    for (a, key), found in zip(missing, results):
        cache.put("claims", key, found)
        claims[a.id] = found
    return claims


def _is_article(problem: Problem) -> bool:
    return problem.path.startswith(("seeds/", "content/articles/"))
