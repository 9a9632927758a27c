"""The whole build, top to bottom: read, extract, cluster, align, plan, render, write.

Pages are written into a new folder beside the site, which replaces the old
site only once everything is in it, so a failing stage leaves the previous site
untouched.

A build remembers what it made for its output folder (`State`): the story
graph, and per story a key of everything its pages depend on. The next build
extracts only new or edited articles, updates the graph around them, and
aligns, plans and renders only the stories whose key changed; the other
stories' files are taken over from the previous site. The output is the same,
byte for byte, as a clean build's (tested).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from coverage_site.config import CACHE, SKIPPABLE, STATIC, Config
from coverage_site.errors import ContentError, Problem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildResult:
    pages: int
    articles: int
    stories: int
    warnings: list[Problem]
    seconds: float
    # Seconds by stage: read, extract, cluster, align, plan, render, write. Stories are aligned, planned
    # and rendered in several processes when there are many: those three stages add up their times.
    stages: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class State:
    """What one build of an output folder leaves for the next."""

    signature: tuple  # of the folder's data/coverage.json as this build wrote it
    headers: dict[str, tuple]  # see read.headers
    graph: Any  # align.stories.Graph
    stories: dict[str, Any]  # story id -> site.plan.StoryDigest
    pages: dict[str, str]  # keyed site-wide pages -> key


def build(config: Config) -> BuildResult:
    """Build the site of `config.root` into `config.out`; raise ContentError on bad input."""
    from coverage_site.cache import Stale

    try:
        return _build(config, remember=True)
    except Stale as e:
        log.warning("%s; building every page", e)
        return _build(config, remember=False)


def _build(config: Config, remember: bool) -> BuildResult:
    from coverage_site.align import align_story, doc, group_articles, stories
    from coverage_site.cache import Cache, Stale
    from coverage_site.pages import read_pages
    from coverage_site.read import Unread, headers, read_articles, read_story_pins
    from coverage_site.site import changes, export
    from coverage_site.site.plan import RESERVED, plan_site, plan_story
    from coverage_site.site.render import environment, render, render_key, theme_dir
    from coverage_site.parallel import pmap
    from coverage_site.write import SiteWriter, check_out_dir

    started = time.perf_counter()
    stages: dict[str, float] = {}
    clock = [started]

    def lap(stage: str) -> None:
        now = time.perf_counter()
        stages[stage] = stages.get(stage, 0.0) + now - clock[0]
        clock[0] = now

    check_out_dir(config.out, config.root)
    cache = Cache(config.root / CACHE, read=not config.clean)
    state = cache.state(config.out) if remember else None
    if state is not None and state.signature != _signature(config.out):
        state = None  # the folder is not what that build wrote
    articles, problems = read_articles(config.root, cache, state.headers if state else None, config.jobs)
    known = headers(articles, problems)
    pins, titles, pin_problems = read_story_pins(config.root)
    articles = [replace(a, story=pins.get(Path(a.path).name) or pins.get(a.id) or a.story) for a in articles]
    pages, page_problems = read_pages(config.root, RESERVED)
    problems = list(config.warnings) + problems + pin_problems + page_problems
    if config.keep_going:
        # A broken article is reported and left out; a broken config or story file still stops the build.
        problems = [replace(p, severity="warning", message=f"skipped: {p.message}") if _is_article(p) and p.severity == "error"
                    else p for p in problems]
    errors = [p for p in problems if p.severity == "error" or (config.strict and not p.message.startswith("skipped: "))]
    if errors:
        raise ContentError(errors)
    lap("read")

    def full(a):
        """The whole article behind a header."""
        if not isinstance(a, Unread):
            return a
        found = cache.get("read", a.digest)
        if found is None:
            raise Stale(f"{a.path}: no longer in the cache")
        return replace(found[0], story=a.story)

    keys = {a.id: cache.key(a.digest, a.story) if a.digest else cache.key(a) for a in articles}
    seen = state.graph.docs if state else {}
    free = [a for a in articles if not a.story]
    unseen = [full(a) for a in free if a.id not in seen or seen[a.id].key != keys[a.id]]
    docs = {a.id: doc(a, claims, keys[a.id]) for a, claims in extract(unseen, cache, config.jobs, keys)}
    docs = {a.id: docs.get(a.id) or seen[a.id] for a in free}
    lap("extract")

    graph = stories.update(state.graph if state else None, docs)
    groups = group_articles(articles, graph)
    if log.isEnabledFor(logging.DEBUG):
        clusters = [[a.id for a in arts] for _, arts in groups]
        for (sid, _), m in zip(groups, stories.margins(graph, clusters)):
            log.debug("story %s: %s", sid, m.describe())
    lap("cluster")

    old = state.stories if state else {}
    before = changes.Before(frozenset(a["id"] for d in old.values() for a in d.articles),
                            {a["id"]: d.id for d in old.values() for a in d.articles},
                            {d.id: d.marks for d in old.values()}) if state else changes.load_before(config.out)
    old_log = changes.load_log(config.out)
    article_titles = {a.id: a.title for a in articles}
    nav = [(slug, title) for slug, title, _ in pages]
    env = environment(config, nav, cache.folder / "templates")
    site_key = render_key(config, nav)
    digests = []
    entries = []

    def aligned_story(sid: str, arts: list, key: str) -> tuple:
        """(story, findings, claims): kept from an earlier build, else aligned now."""
        found = cache.get("stories", key)
        if found is None:
            # (One process: this runs inside the story processes; articles not grouped by content
            # (pinned) and cache losses are all that is left to extract here.)
            claims = {a.id: c for a, c in extract(arts, cache, 1, keys)}
            found = align_story(sid, arts, claims, titles.get(sid))
            cache.put("stories", key, found)
        return found

    def story_changes(sid: str, entry: dict | None) -> list[dict]:
        return ([entry] if entry else []) + [e for e in old_log if e["story"] == sid][:5 - bool(entry)]

    def story_files(job: tuple) -> tuple:
        """Align (unless kept), plan and render one story: (change entry, files, digest, seconds by stage)."""
        sid, arts, align_key, dirty = job
        clock = time.perf_counter()
        arts = [full(a) for a in arts]
        story, found, own = aligned_story(sid, arts, align_key)
        published = export.story_json(story)
        entry = changes.entry(before, published, article_titles) if dirty else None
        entry = changes.stamp(entry, old_log) if entry else None
        aligned = time.perf_counter()
        shown = story_changes(sid, entry)
        plan = plan_story(config, cache.key(align_key, site_key, shown), align_key, story, published, arts, own, found,
                          shown)
        planned = time.perf_counter()
        rendered, _ = render(env, plan.pages, config, site_key)
        seconds = {"align": aligned - clock, "plan": planned - aligned, "render": time.perf_counter() - planned}
        return entry, {**rendered, **plan.data}, plan.digest, seconds

    # A story is aligned again only when its articles changed, and planned and rendered
    # again only when that or anything else its pages show changed (a template, a setting,
    # its latest changes); the others are taken over from the previous site. Stories are
    # independent: with enough of them, they are made in parallel processes.
    slots: list = []
    jobs = []
    for sid, arts in groups:
        align_key = cache.key("story", sid, titles.get(sid), [keys[a.id] for a in arts])
        dirty = sid not in old or old[sid].align != align_key
        if not dirty and old[sid].key == cache.key(align_key, site_key, story_changes(sid, None)):
            slots.append(old[sid])
        else:
            slots.append(len(jobs))
            jobs.append((sid, arts, align_key, dirty))
    lap("align")
    global _story_files
    _story_files = story_files
    with SiteWriter(config.out) as writer:
        pieces = export.Pieces(config.out, str(writer.tmp))
        try:
            made = pmap(_make_story, jobs, config.jobs, preload=_readers_data())
            loop, worked = time.perf_counter(), 0.0
            for slot in slots:
                if not isinstance(slot, int):
                    for rel in slot.paths:
                        writer.keep(rel)
                    digests.append(slot)
                    continue
                entry, files, digest, seconds = next(made)
                for stage, value in seconds.items():
                    stages[stage] = stages.get(stage, 0.0) + value
                    worked += value
                if entry:
                    entries.append(entry)
                for rel, data in files.items():
                    writer.write(rel, data)
                digests.append(digest.with_pieces(pieces.put))
            clock[0] = time.perf_counter()
            stages["write"] = stages.get("write", 0.0) + max(0.0, clock[0] - loop - worked)
            change_log = changes.record(old_log, entries)
            site = plan_site(config, articles, digests, change_log, pages)
            lap("plan")
            rendered, page_keys = render(env, site.pages, config, site_key, state.pages if state else None)
            lap("render")
            for rel in page_keys:
                if rel not in rendered:
                    writer.keep(rel)
            for rel, data in {**rendered, **site.data}.items():
                writer.write(rel, data)
            moved: dict = {}
            for rel, (head, lists) in site.lists.items():
                moved.update(pieces.write(writer.path(rel), rel, head, **lists))
        finally:
            pieces.close()
            _story_files = None
        digests = [d.with_pieces(moved.__getitem__) for d in digests]
        writer.commit([theme_dir() / STATIC, config.root / STATIC])
    cache.put_state(config.out, State(_signature(config.out), known, graph, {d.id: d for d in digests}, page_keys))
    lap("write")
    seconds = time.perf_counter() - started
    n_pages = sum(1 for d in digests for p in d.paths if not p.startswith("data/")) + len(site.pages)
    log.info("built %d pages from %d articles in %.2f s (%d files written, %d kept; cache: %d hits, %d misses)",
             n_pages, len(articles), seconds, writer.written, writer.kept, cache.hits, cache.misses)
    return BuildResult(n_pages, len(articles), len(groups), problems, seconds, stages)


_story_files = None  # the current build's story maker, for the forked processes of `pmap`


def _make_story(job: tuple) -> tuple:
    return _story_files(job)


def _signature(out: Path) -> tuple:
    """Tells the folder a build wrote from anything else: a copy, an older site, a hand edit."""
    try:
        return tuple((st.st_ino, st.st_size, st.st_mtime_ns)
                     for st in ((out / "data" / name).stat() for name in ("coverage.json", "search.json")))
    except OSError:
        return ()


def extract(articles: list, cache, jobs: int | None = None, keys: dict[str, str] | None = None):
    """Yield (article, claims) for every article: from the cache, else extracted (in parallel)."""
    from coverage_site.parallel import pmap

    missing = []
    for a in articles:
        key = keys[a.id] if keys else cache.key(a)
        found = cache.get("claims", key)
        if found is None:
            missing.append((a, key))
        else:
            yield a, found
    for (a, key), found in zip(missing, pmap(_extract_bounded, [a for a, _ in missing], jobs, preload=_readers_data())):
        cache.put("claims", key, found)
        yield a, found


def _extract_bounded(article) -> list:
    """An article's claims, within the limits of read/limits.py; a reader's failure costs this article its claims only."""
    from coverage_site.claims import extract_claims
    from coverage_site.read.limits import bound_and_report

    try:
        return bound_and_report(article, extract_claims(article))
    except (ArithmeticError, LookupError, ValueError, RecursionError) as exc:  # what odd text can make a reader raise
        log.warning("%s: warning: claims could not be read (%s: %s); the article is shown without them",
                    article.path, type(exc).__name__, str(exc)[:200])
        return []


def _readers_data() -> list:
    """Loaders of the data the claim readers share, run once before forking workers."""
    from coverage_site.claims.names import given_names
    from coverage_site.gazetteer import gazetteer

    return [gazetteer, given_names]


def _is_article(problem: Problem) -> bool:
    """Problems of one file that --keep-going may skip (articles and pages)."""
    return problem.path.startswith(SKIPPABLE)
