"""Map a pure function over many items in forked processes, when there are enough to pay for them.

Reading, extraction and making a story's files are pure functions of their
input, so the results (and the site) never depend on the number of processes;
results come back in order and one at a time, so a big corpus is never held in
memory at once.

Results arrive as pickles, read and unpickled by a helper thread (the process
pool's, or Dask's event loop), and are freed once written: glibc's malloc
would keep most of that freed memory in the process (it raises its threshold
for mmap-ing a big block each time one is freed, so later big blocks land in
heaps it rarely gives back). So a build fixes that threshold at glibc's
default and trims the heaps every TRIM_EVERY results, at most TRIMS_PER_STAGE
times a stage (`release_memory`):
the main process of a cold build of 3,000 generated articles peaked at 447-452
MB without it and 365 MB with it, the site the same (README, "Beyond one
machine"). Elsewhere than glibc both do nothing.

A build may run its map stages elsewhere (`running`): on a Dask cluster
(`dask_engine.py`, issue #19), with the same functions and items, so the same
results in the same order. It may also show their progress (`progress.py`),
and make sure its workers share a folder with the client (`check_shared`).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_FROM = 24  # fewer items than this are not worth starting processes for
CHUNKS_PER_JOB = 8  # items go out in chunks, at least this many per process, so a slow chunk delays little
MAX_CHUNK = 32  # items per chunk at most: results come back one chunk at a time (memory, ordering)
TRIM_EVERY = 50  # results at least between two trims of malloc's heaps (`release_memory`)
TRIMS_PER_STAGE = 20  # and at most this many trims a stage: on a heap of gigabytes one trim takes a tenth of a second
MMAP_THRESHOLD = 128 * 1024  # glibc's default: blocks this big or bigger are mmap-ed, and unmapped when freed

# The engine and progress display of the build in progress (None: local processes, silent).
_ENGINE: ContextVar[Any] = ContextVar("engine", default=None)
_PROGRESS: ContextVar[Any] = ContextVar("progress", default=None)


@contextmanager
def running(engine: Any = None, progress: Any = None) -> Iterator[None]:
    """Run every `pmap` inside on `engine` (its `map(fn, items)`; None: local processes) and report to `progress`."""
    tokens = _ENGINE.set(engine), _PROGRESS.set(progress)
    try:
        yield
    finally:
        _ENGINE.reset(tokens[0])
        _PROGRESS.reset(tokens[1])


@contextmanager
def stages(config: Any) -> Iterator[None]:
    """Run a build's map stages on the engine its config names, showing their progress if it asks."""
    import sys

    from coverage_site.progress import Progress

    progress = Progress.on(sys.stderr, config.progress)
    _fix_mmap_threshold()
    if config.engine == "local":
        with running(None, progress):
            yield
        return
    from coverage_site.dask_engine import DaskEngine

    with DaskEngine.start(config.scheduler, config.jobs, config.root) as engine, running(engine, progress):
        yield


def check_shared(folder: str, what: str) -> None:
    """Stop the build unless every worker of the engine in use sees `folder` at this path (local processes do)."""
    engine = _ENGINE.get()
    if engine is not None:
        engine.check_sees(folder, what)


def pmap(fn: Callable[[T], R], items: list[T], jobs: int | None = None,
         preload: Iterable[Callable[[], object]] = (), stage: str = "") -> Iterator[R]:
    """`map(fn, items)`, in `jobs` processes (default: all cores) when there are enough items.

    `preload` loads the data the workers share (the gazetteer, the name lists)
    before forking, so each process does not load it again. The caller names it,
    and the `stage` shown in progress: this helper knows no stage.
    """
    engine, progress = _ENGINE.get(), _PROGRESS.get()
    results = engine.map(fn, items) if engine is not None else _local(fn, items, jobs, preload)
    if progress is not None and stage and items:
        results = progress.track(results, stage, len(items))
    every = max(TRIM_EVERY, len(items) // TRIMS_PER_STAGE)  # a trim walks the whole heap: never one per few results
    for i, result in enumerate(results, 1):
        if i % every == 0:
            release_memory()
        yield result


@functools.cache
def _glibc() -> Any:
    """glibc's malloc controls (`mallopt`, `malloc_trim`), or None on another C library."""
    import ctypes

    try:
        libc = ctypes.CDLL(None)
        return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None
    except OSError:
        return None


def _fix_mmap_threshold() -> None:
    """Keep malloc's mmap threshold where glibc starts it (M_MMAP_THRESHOLD: setting it stops it growing)."""
    libc = _glibc()
    if libc is not None:
        libc.mallopt(-3, MMAP_THRESHOLD)  # -3: M_MMAP_THRESHOLD


def release_memory() -> None:
    """Give the memory malloc holds free back to the system (malloc_trim), where glibc can."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


def _local(fn: Callable[[T], R], items: list[T], jobs: int | None, preload: Iterable[Callable[[], object]]
           ) -> Iterator[R]:
    jobs = jobs or os.cpu_count() or 1
    if jobs < 2 or len(items) < PARALLEL_FROM:
        yield from map(fn, items)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    for load in preload:
        load()
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        yield from pool.map(fn, items, chunksize=chunk_size(len(items), jobs))


def chunk_size(items: int, jobs: int) -> int:
    """Items per task: at least CHUNKS_PER_JOB tasks per process, at most MAX_CHUNK items each."""
    return max(1, min(MAX_CHUNK, items // (jobs * CHUNKS_PER_JOB)))
