"""The whole build, top to bottom, as named steps: read, extract, group, make stories, gather, plan, write.

The output folder is read once, at the start (`Previous`: what the last build
left, read-only), and written once, at the end, by `write.py`, into a new
folder that replaces the old site only when everything is in it: a failing
step leaves the previous site untouched.

A build remembers what it made for its output folder (`previous.State`): the
story graph, and per story a key of everything its pages depend on. The next
build extracts only new or edited articles, updates the graph around them, and
makes again (`story.make_story`) only the stories whose key changed; the other
stories' files are taken over from the previous site. The output is the same,
byte for byte, as a clean build's (tested). `dry_run` is the same build up to
the story digests, for `add`'s preview.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from coverage_site.cache import Cache
from coverage_site.config import CACHE, SKIPPABLE, STATIC, Config
from coverage_site.errors import ContentError, Problem
from coverage_site.model import Article
from coverage_site.previous import Previous, State, signature
from coverage_site.story import StoryJob, StoryOutput, make_story, page_key

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
    written: int = 0  # files written into the new site
    kept: int = 0  # files taken over from the previous site unchanged
    rendered: int = 0  # pages rendered from templates
    made: int = 0  # stories made again (aligned unless cached, planned, rendered)
    cache_hits: int = 0
    cache_misses: int = 0


@dataclass(frozen=True)
class Inputs:
    """What the read step found: articles in site order (pins applied), author pages, story titles."""

    articles: list[Article]  # `read.Unread` headers for files unchanged since the previous build
    problems: list[Problem]  # warnings only: errors stop the build
    titles: dict[str, str]  # story id -> title given in content/stories.yaml
    pages: list[tuple[str, str, Any]]  # author pages: (slug, title, safe HTML)
    headers: dict[str, tuple]  # for the next build's read (`read.headers`)
    keys: dict[str, str]  # article id -> the cache key of its claims


@dataclass(frozen=True)
class Schedule:
    """Per story, in site order: the previous build's digest (kept) or the index of its job (made again)."""

    slots: list[Any]
    jobs: list[StoryJob]


class Timer:
    """Seconds by stage, for BuildResult.stages and --debug."""

    def __init__(self) -> None:
        self.started = self.clock = time.perf_counter()
        self.stages: dict[str, float] = {}

    def add(self, stage: str, seconds: float) -> None:
        self.stages[stage] = self.stages.get(stage, 0.0) + seconds

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.add(stage, now - self.clock)
        self.clock = now


def build(config: Config) -> BuildResult:
    """Build the site of `config.root` into `config.out`; raise ContentError on bad input.

    The map stages (reading, extraction, stories) run on `config.engine`: local processes, or a Dask cluster
    (issue #19); everything else, and all writing, here.
    """
    from coverage_site.parallel import stages

    with stages(config):
        return build_here(config)


def build_here(config: Config) -> BuildResult:
    """`build`, its map stages on the engine in use (`parallel.running`)."""
    from coverage_site.site import changes
    from coverage_site.site.plan import plan_site
    from coverage_site.write import SiteWriter, check_out_dir, staging

    timer = Timer()
    check_out_dir(config.out, config.root, config.stage_dir)
    cache = Cache(config.root / CACHE, read=not config.clean)
    with Previous.load(config.out, cache) as previous:
        inputs = read_inputs(config, cache, previous)
        timer.lap("read")
        docs = extract_docs(config, inputs, cache, previous)
        timer.lap("extract")
        graph, groups, related = group(inputs, docs, previous)
        timer.lap("cluster")
        schedule = schedule_stories(config, inputs, groups, related, cache, previous)
        timer.lap("align")
        with SiteWriter(config.out) as writer:
            # Every story is made (or kept) before the site-wide pages are planned from their digests.
            with staging(config.stage_dir) as stage:
                digests, entries, outputs = gather(schedule, writer, config.jobs, timer, stage)
            site = plan_site(config, inputs.articles, digests, changes.record(previous.log, entries), inputs.pages)
            timer.lap("plan")
            digests, page_keys, rendered = write_site(config, site, digests, writer, previous, cache, timer)
        cache.put_state(config.out, State(signature(config.out), inputs.headers, graph, {d.id: d for d in digests},
                                          page_keys))
    timer.lap("write")
    return _result(config, inputs, groups, digests, site, timer, writer, cache, outputs, rendered)


@dataclass(frozen=True)
class DryRun:
    """A build up to every story's digest (`dry_run`)."""

    config: Config
    cache: Cache
    inputs: Inputs
    digests: list[Any]  # site.plan.StoryDigest per story, in site order

    def whole(self, articles: list[Article]) -> list[Article]:
        return whole(articles, self.config, self.cache)

    def claims(self, article_id: str) -> int:
        """How many claims an article has (it was extracted by the dry run)."""
        return len(self.cache.get("claims", self.inputs.keys[article_id]) or [])


def dry_run(config: Config, previous: Previous) -> DryRun:
    """The build up to every story's digest, nothing written but the build cache: what `add` previews.

    The same steps as `build`, from the same cache and previous build: stories the previous build made
    are taken over, the others made (not rendered).
    """
    cache = Cache(config.root / CACHE, read=not config.clean)
    inputs = read_inputs(config, cache, previous)
    docs = extract_docs(config, inputs, cache, previous)
    _, groups, related = group(inputs, docs, previous)
    schedule = schedule_stories(config, inputs, groups, related, cache, previous, render=False)
    from coverage_site.parallel import pmap

    made = pmap(make_story, schedule.jobs, config.jobs)
    return DryRun(config, cache, inputs, [slot if not isinstance(slot, int) else next(made).digest
                                          for slot in schedule.slots])


def read_inputs(config: Config, cache: Cache, previous: Previous) -> Inputs:
    """Read every article (headers only for files unchanged since the previous build), pins and author pages."""
    from coverage_site.pages import read_pages
    from coverage_site.read import headers, read_articles, read_story_pins
    from coverage_site.site.plan import RESERVED

    state = previous.state
    articles, problems = read_articles(config.root, cache, state.headers if state else None, config.jobs)
    known = headers(articles, problems)
    pins, titles, pin_problems = read_story_pins(config.root)
    articles = [replace(a, story=pins.get(a.path.rsplit("/", 1)[-1]) or pins.get(a.id) or a.story) for a in articles]
    pages, page_problems = read_pages(config.root, RESERVED)
    problems = list(config.warnings) + problems + pin_problems + page_problems
    if config.keep_going:
        # A broken article is reported and left out; a broken config or story file still stops the build.
        problems = [replace(p, severity="warning", message=f"skipped: {p.message}")
                    if p.path.startswith(SKIPPABLE) and p.severity == "error" else p for p in problems]
    errors = [p for p in problems if p.severity == "error" or (config.strict and not p.message.startswith("skipped: "))]
    if errors:
        raise ContentError(errors)
    keys = {a.id: cache.key(a.digest, a.story) if a.digest else cache.key(a) for a in articles}
    return Inputs(articles, problems, titles, pages, known, keys)


def whole(articles: list[Article], config: Config, cache: Cache) -> list[Article]:
    """The articles with their text: a header (`read.Unread`) is completed from the build cache.

    Should the cache have lost an entry, every file is read again (its pins kept): slower, never wrong.
    """
    from coverage_site.read import Unread, read_articles

    out = []
    for a in articles:
        found = cache.get("read", a.digest) if isinstance(a, Unread) else (a,)
        if found is None:
            reread = {r.id: r for r in read_articles(config.root, cache, None, config.jobs)[0]}
            return [replace(reread[a.id], story=a.story) for a in articles]
        out.append(replace(found[0], story=a.story) if isinstance(a, Unread) else a)
    return out


def extract_docs(config: Config, inputs: Inputs, cache: Cache, previous: Previous) -> dict[str, Any]:
    """Story-grouping documents of the articles grouped by content: kept, or extracted for new and edited ones."""
    from coverage_site.align import doc
    from coverage_site.extract import extract

    seen = previous.state.graph.docs if previous.state else {}
    keys = inputs.keys
    free = [a for a in inputs.articles if not a.story]
    unseen = whole([a for a in free if a.id not in seen or seen[a.id].key != keys[a.id]], config, cache)
    docs = {a.id: doc(a, claims, keys[a.id]) for a, claims in extract(unseen, cache, config.jobs, keys)}
    return {a.id: docs.get(a.id) or seen[a.id] for a in free}


def group(inputs: Inputs, docs: dict[str, Any], previous: Previous
          ) -> tuple[Any, list[tuple[str, list[Article]]], dict[str, tuple]]:
    """Update the story graph around new and edited articles, group every article into a story, and link the
    stories of one topic that grouping kept apart (related stories depend on every story: done here, once)."""
    from coverage_site.align import group_articles, relate, stories

    graph = stories.update(previous.state.graph if previous.state else None, docs)
    groups = group_articles(inputs.articles, graph)
    if log.isEnabledFor(logging.DEBUG):
        clusters = [[a.id for a in arts] for _, arts in groups]
        for (sid, _), m in zip(groups, stories.margins(graph, clusters)):
            log.debug("story %s: %s", sid, m.describe())
    return graph, groups, relate(groups, graph, inputs.titles)


def schedule_stories(config: Config, inputs: Inputs, groups: list[tuple[str, list[Article]]],
                     related: dict[str, tuple], cache: Cache, previous: Previous, render: bool = True) -> Schedule:
    """Keep every story whose pages would not change; make a job of each other one, its claims extracted first.

    A story is aligned again only when its articles changed, and planned and rendered again only when that
    or anything else its pages show changed (a template, a setting, its latest changes, its related stories).
    """
    from coverage_site.extract import ensure
    from coverage_site.site import changes
    from coverage_site.site.render import render_key

    nav = tuple((slug, title) for slug, title, _ in inputs.pages)
    site_key = render_key(config, list(nav))
    older: dict[str, list[dict]] = {}
    for e in previous.log:
        older.setdefault(e["story"], []).append(e)
    old = previous.stories
    slots: list[Any] = []
    todo = []
    for sid, arts in groups:
        align_key = cache.key("story", sid, inputs.titles.get(sid), [inputs.keys[a.id] for a in arts])
        dirty = sid not in old or old[sid].align != align_key
        shown = older.get(sid, [])[:changes.SHOWN]
        links = related.get(sid, ())
        if not dirty and old[sid].key == page_key(align_key, site_key, shown, links):
            slots.append(old[sid])
        else:
            slots.append(len(todo))
            todo.append((sid, arts, align_key, dirty, tuple(shown), links))
    needed = whole([a for _, arts, *_ in todo for a in arts], config, cache)
    ensure(needed, cache, config.jobs, inputs.keys)  # pinned articles, and any whose claims the cache lost
    full = {a.id: a for a in needed}
    jobs = [StoryJob(sid, inputs.titles.get(sid), tuple(full[a.id] for a in arts),
                     tuple(inputs.keys[a.id] for a in arts), align_key, dirty, _before(previous.before, sid, arts),
                     shown, tuple(previous.log[:1]), links, config, nav, site_key,
                     cache.twin([("claims", inputs.keys[a.id]) for a in arts] + [("stories", align_key)]), render)
            for sid, arts, align_key, dirty, shown, links in todo]
    return Schedule(slots, jobs)


def _before(before: Any, sid: str, arts: list[Article]) -> Any:
    """What the previous site published, cut down to one story and its articles (a job carries only that)."""
    from coverage_site.site.changes import Before

    if before is None:
        return None
    ids = [a.id for a in arts]
    return Before(frozenset(i for i in ids if i in before.articles),
                  {i: before.story_of[i] for i in ids if i in before.story_of},
                  {sid: before.stories[sid]} if sid in before.stories else {})


def gather(schedule: Schedule, writer: Any, jobs: int | None, timer: Timer, stage: str | None = None
           ) -> tuple[list[Any], list[dict], list]:
    """Make the scheduled stories (in parallel when there are many) and collect every story's digest, in order.

    Their files go to the writer's new folder as they come, so the site is never held in memory at once: sent
    back, or with a `stage` folder (--stage-dir) written there by the workers and moved in. Kept stories'
    files are taken over from the previous site. Returns (digests, this build's change-log entries, each made
    story's (pages rendered, cache hits, cache misses)).
    """
    from coverage_site.parallel import pmap
    from coverage_site.story import environment

    first = schedule.jobs[0] if schedule.jobs else None
    preload = [lambda: environment(first.config, first.nav, first.cache.folder, first.site_key)] if first else []
    make = functools.partial(staged_story, make_story, stage) if stage else make_story
    made = pmap(make, schedule.jobs, jobs, preload=preload, stage="stories")  # templates loaded once, before forking
    digests, entries, counts = [], [], []
    loop, worked = time.perf_counter(), 0.0
    for slot in schedule.slots:
        if not isinstance(slot, int):
            for rel in slot.paths:
                writer.keep(rel)
            digests.append(slot)
            continue
        out: StoryOutput = next(made)
        for step, value in out.seconds.items():
            timer.add(step, value)
            worked += value
        if out.entry:
            entries.append(out.entry)
        for rel, data in out.files.items():
            if data is STAGED:
                writer.take(rel, stage)
            else:
                writer.write(rel, data)
        digests.append(out.digest.with_pieces(writer.spool))
        counts.append((out.rendered, out.hits, out.misses))
    timer.clock = time.perf_counter()
    timer.add("write", max(0.0, timer.clock - loop - worked))
    return digests, entries, counts


STAGED = None  # a file of a StoryOutput that its worker wrote to the stage folder (`staged_story`)


def staged_story(make: Callable[[StoryJob], StoryOutput], stage: str, job: StoryJob) -> StoryOutput:
    """`make(job)`, its files written under `stage` by the worker instead of sent back (each then STAGED)."""
    from coverage_site.write import stage_files

    out = make(job)
    return replace(out, files=dict.fromkeys(stage_files(stage, out.files), STAGED))


def write_site(config: Config, site: Any, digests: list[Any], writer: Any, previous: Previous, cache: Cache,
               timer: Timer) -> tuple[list[Any], dict[str, str], int]:
    """Render the site-wide pages that changed, write them, the data files and the big exports; swap the site in.

    Returns the digests with their pieces where they now lie, the keys of the site-wide pages, and how many
    pages were rendered.
    """
    from coverage_site.site.render import render, render_key, theme_dir
    from coverage_site.story import environment

    site_key = render_key(config, site.nav)
    env = environment(config, tuple(site.nav), cache.folder, site_key)
    rendered, page_keys = render(env, site.pages, config, site_key,
                                 previous.state.pages if previous.state else None)
    timer.lap("render")
    for rel in page_keys:
        if rel not in rendered:
            writer.keep(rel)
    for rel, data in rendered.items():
        writer.write(rel, data)
    for rel, data in site.data.items():
        writer.write_or_keep(rel, data, previous)
    moved: dict = {}
    for rel, (head, lists) in site.lists.items():
        moved.update(writer.write_list(rel, head, lists, previous))
    digests = [d.with_pieces(moved.__getitem__) for d in digests]
    writer.commit([theme_dir() / STATIC, config.root / STATIC])
    return digests, page_keys, len(rendered)


def _result(config: Config, inputs: Inputs, groups: list, digests: list[Any], site: Any, timer: Timer, writer: Any,
            cache: Cache, outputs: list, rendered: int) -> BuildResult:
    seconds = time.perf_counter() - timer.started
    n_pages = sum(1 for d in digests for p in d.paths if not p.startswith("data/")) + len(site.pages)
    hits = cache.hits + sum(h for _, h, _ in outputs)
    misses = cache.misses + sum(m for _, _, m in outputs)
    rendered += sum(r for r, _, _ in outputs)
    log.info("built %d pages from %d articles in %.2f s (%d files written, %d kept, %d pages rendered, %d stories "
             "made; cache: %d hits, %d misses; %s)", n_pages, len(inputs.articles), seconds, writer.written, writer.kept,
             rendered, len(outputs), hits, misses, ", ".join(f"{k} {v:.2f} s" for k, v in timer.stages.items()))
    return BuildResult(n_pages, len(inputs.articles), len(groups), inputs.problems, seconds, timer.stages,
                       writer.written, writer.kept, rendered, len(outputs), hits, misses)
