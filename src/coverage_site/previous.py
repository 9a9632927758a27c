"""The previous build of an output folder, loaded once at the start of a build and only read.

A build takes over what has not changed from the site it replaces: each
unchanged story's files, the pieces of the big JSON exports those stories
wrote, the change log and what the old site published (to tell what changed).
All of it is looked up here, before the pipeline starts, so no stage reads the
output folder from deep inside, and nothing found missing half-way through
restarts the build: a folder that is not what the last build wrote (copied,
edited, a page deleted) simply has no `state`, and every page is made again.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coverage_site.cache import Cache
from coverage_site.site import changes

log = logging.getLogger(__name__)

# The big exports made of story pieces: read back from the previous site, never parsed whole.
LIST_FILES = ("data/coverage.json", "data/search.json")


@dataclass(frozen=True)
class State:
    """What one build of an output folder leaves for the next (stored in the cache, keyed by the folder)."""

    signature: tuple  # of the folder's list files as this build wrote them
    headers: dict[str, tuple]  # see read.headers
    graph: Any  # align.stories.Graph
    stories: dict[str, Any]  # story id -> site.plan.StoryDigest
    pages: dict[str, str]  # keyed site-wide pages -> key


class Previous:
    """The site a build replaces: its state (None when not to be trusted), change log, marks and export pieces.

    Read-only. Used as a context manager: the list files stay open while the new
    site copies pieces out of them, and are closed at the end.
    """

    def __init__(self, out: Path, state: State | None, log_entries: list[dict], before: changes.Before | None) -> None:
        self.out = out
        self.state = state
        self.log = log_entries  # the change log, newest first
        self.before = before  # what the old site published, for telling changes apart (None: a first build)
        self._open: dict[str, Any] = {}

    @classmethod
    def load(cls, out: Path, cache: Cache) -> Previous:
        """Look at the output folder once: is it what the last build wrote, and what did it publish?"""
        state = cache.state(out)
        if state is not None and (state.signature != signature(out) or not _complete(out, state)):
            log.info("%s is not what the last build wrote; building every page", out)
            state = None
        if state is not None:
            old = state.stories.values()
            before = changes.Before(frozenset(a["id"] for d in old for a in d.articles),
                                    {a["id"]: d.id for d in old for a in d.articles}, {d.id: d.marks for d in old})
        else:
            before = changes.load_before(out)
        return cls(out, state, changes.load_log(out), before)

    @property
    def stories(self) -> dict[str, Any]:
        """Story id -> the previous build's digest (empty without a state)."""
        return self.state.stories if self.state else {}

    def piece(self, file: str, start: int, end: int) -> bytes:
        """Bytes [start, end) of one of the previous site's files (a piece of a big export)."""
        if file not in self._open:
            self._open[file] = open(self.out / file, "rb")
        raw = os.pread(self._open[file].fileno(), end - start, start)
        if len(raw) != end - start:  # the signature says the file is as written: only a concurrent edit gets here
            raise OSError(f"{self.out / file}: changed while the site was being built")
        return raw

    def __enter__(self) -> Previous:
        return self

    def __exit__(self, *exc: object) -> None:
        for f in self._open.values():
            f.close()
        self._open.clear()


def signature(out: Path) -> tuple:
    """Tells the folder a build wrote from anything else: a copy, an older site, a hand edit."""
    try:
        return tuple((st.st_ino, st.st_size, st.st_mtime_ns) for st in ((out / name).stat() for name in LIST_FILES))
    except OSError:
        return ()


def _complete(out: Path, state: State) -> bool:
    """Every file the state would take over is still there (one stat each; no file is read)."""
    top = str(out)
    paths = [p for d in state.stories.values() for p in d.paths] + list(state.pages)
    return all(os.path.isfile(os.path.join(top, p)) for p in paths)  # os.path: pathlib costs 5x per path
