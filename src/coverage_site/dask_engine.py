"""The map stages of a build as tasks on a Dask Distributed cluster (`--engine dask`, issue #19).

Only where the work runs changes: the same pure functions (`read._read_file`,
`extract.extract_bounded`, `story.make_story`) get the same items, which the
build chose with the same content-addressed cache keys (a worker is never sent
what the cache holds, and `make_story` reads alignments from the cache
itself), and the results come back to the client in order. The client stays
the one writer: workers return rendered bytes, or with `--stage-dir` write
them to a shared stage folder the client moves them from, and
`write.SiteWriter` swaps the site in atomically, so a failing cluster leaves
the previous site untouched.

A cluster is either a `LocalCluster` started for the build (worker processes on
this machine, on loopback only) or an existing scheduler (`--scheduler
ADDRESS`). Workers read the project's files and its build cache by the
client's paths: on several machines, they must see the project folder at the
same path (a shared file system), with the same coverage-site installed.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from coverage_site.errors import EngineError
from coverage_site.parallel import chunk_size

log = logging.getLogger(__name__)

IN_FLIGHT = 4  # chunks submitted per worker ahead of the one awaited: workers stay busy, memory stays bounded
CONNECT_SECONDS = 10  # to reach an existing scheduler
MISSING = "--engine dask needs Dask Distributed: pip install 'coverage-site[dask]'"


class DaskEngine:
    """A client of a Dask cluster whose `map` is `parallel.pmap`'s: results in order, a chunk at a time."""

    def __init__(self, client: Any, cluster: Any = None) -> None:
        self.client = client
        self.cluster = cluster  # the LocalCluster started for this build, closed with it

    @classmethod
    def start(cls, scheduler: str | None = None, workers: int | None = None, root: Path | None = None) -> DaskEngine:
        """Connect to the scheduler at `scheduler`, or start a LocalCluster of `workers` processes on 127.0.0.1;
        check that every worker runs our version and sees the project folder `root`."""
        try:
            import distributed
        except ImportError as exc:
            raise EngineError(MISSING) from exc
        if scheduler:
            try:
                client = distributed.Client(scheduler, timeout=CONNECT_SECONDS, set_as_default=False)
            except (OSError, TimeoutError, ValueError) as exc:
                raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
            engine = cls(client)
        else:
            # One thread per worker: the stages are pure Python, which threads would serialise on the GIL.
            cluster = distributed.LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                               processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0",
                                               silence_logs=logging.CRITICAL)  # a task's error reaches the client
            # as an exception; the workers' own error logs would only repeat it, or report their teardown
            engine = cls(distributed.Client(cluster, set_as_default=False), cluster)
        try:
            engine._check_workers(root)
        except BaseException:
            engine.close()
            raise
        return engine

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the client, then the cluster started for the build. Connections torn down while the
        cluster stops are logged by Distributed as errors with a traceback ("ConnectionPool closing")
        after a build that succeeded; they say nothing to the user, so teardown is quiet. Errors of the
        build itself are raised as exceptions before this point, never only logged."""
        quiet = logging.getLogger("distributed")
        level = quiet.level
        quiet.setLevel(logging.CRITICAL)
        try:
            self.client.close()
            if self.cluster is not None:
                self.cluster.close()
        finally:
            quiet.setLevel(level)

    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def _check_workers(self, root: Path | None = None) -> None:
        """Every worker runs our version (other code would make other pages, or none) and sees the project folder
        at the client's path (it opens the articles and the build cache there)."""
        from coverage_site import __version__

        try:
            versions = self.client.run(_version)
        except Exception as exc:  # a worker without coverage-site cannot even unpickle the call
            raise EngineError(f"the Dask workers cannot run coverage-site ({type(exc).__name__}: {exc}); "
                              "install the same coverage-site on every worker") from exc
        other = {w: v for w, v in versions.items() if v != __version__}
        if other:
            raise EngineError(f"Dask workers run another coverage-site than {__version__}: {other}")
        if root is not None:
            self.check_sees(str(root), "the project folder")

    def check_sees(self, folder: str, what: str) -> None:
        """Every worker sees `folder` at the client's path."""
        blind = sorted(w for w, seen in self.client.run(os.path.isdir, str(folder)).items() if not seen)
        if blind:
            raise EngineError(f"Dask workers {', '.join(blind)} do not see {what} {folder}: every worker "
                              "needs it at the same path (a shared file system)")

    def map(self, fn: Callable[[Any], Any], items: list) -> Iterator[Any]:
        """`map(fn, items)` as tasks of a chunk of items each; results in order, IN_FLIGHT chunks per worker ahead."""
        from distributed import KilledWorker

        if not items:
            return
        workers = self.workers()
        size = chunk_size(len(items), workers)
        chunks = (items[i:i + size] for i in range(0, len(items), size))
        pending: deque = deque()
        try:
            for chunk in chunks:
                pending.append(self.client.submit(_run, fn, chunk, pure=False))
                if len(pending) >= IN_FLIGHT * workers:
                    break
            while pending:
                future = pending.popleft()
                try:
                    results = future.result()
                except KilledWorker as exc:
                    # The scheduler retried the task on other workers (distributed.scheduler.allowed-failures)
                    # and each died running it.
                    raise EngineError(f"Dask workers died running {getattr(fn, '__name__', fn)}: {exc}") from exc
                future.release()
                for chunk in chunks:
                    pending.append(self.client.submit(_run, fn, chunk, pure=False))
                    break
                yield from results
        finally:
            if pending:
                self.client.cancel(list(pending))


def _run(fn: Callable[[Any], Any], chunk: list) -> list:
    """One task: a chunk of items."""
    return [fn(item) for item in chunk]


def _version() -> str:
    from coverage_site import __version__

    return __version__
