"""Map a pure function over many items in forked processes, when there are enough to pay for them.

Reading, extraction and making a story's files are pure functions of their
input, so the results (and the site) never depend on the number of processes;
results come back in order and one at a time, so a big corpus is never held in
memory at once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_FROM = 24  # fewer items than this are not worth starting processes for
CHUNKS_PER_JOB = 8  # items go out in chunks, at least this many per process, so a slow chunk delays little
MAX_CHUNK = 32  # items per chunk at most: results come back one chunk at a time (memory, ordering)


def pmap(fn: Callable[[T], R], items: list[T], jobs: int | None = None,
         preload: Iterable[Callable[[], object]] = ()) -> Iterator[R]:
    """`map(fn, items)`, in `jobs` processes (default: all cores) when there are enough items.

    `preload` loads the data the workers share (the gazetteer, the name lists)
    before forking, so each process does not load it again. The caller names it:
    this helper knows no stage.
    """
    jobs = jobs or os.cpu_count() or 1
    if jobs < 2 or len(items) < PARALLEL_FROM:
        yield from map(fn, items)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    for load in preload:
        load()
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        yield from pool.map(fn, items, chunksize=max(1, min(MAX_CHUNK, len(items) // (jobs * CHUNKS_PER_JOB))))
