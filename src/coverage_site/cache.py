"""A content-addressed cache for the expensive stages (reading, extraction, each story's alignment),
and the state of the last build of each output folder.

Keys are hashes of everything a result depends on (the file's bytes, its
metadata, the package version), never modification times. Each entry is
written to a temporary file and renamed into place, so an interrupted build
leaves either a whole entry or none; an unreadable entry is simply rebuilt.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from coverage_site import __version__

FORMAT = 2  # bump when cached objects change shape


@functools.cache
def _code() -> bytes:
    """Our version and a fingerprint of the installed code: an edited reader invalidates its results."""
    h = hashlib.sha256(f"{__version__}/{FORMAT}".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        st = path.stat()
        h.update(f"{path.relative_to(package)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.digest()


class Cache:
    def __init__(self, folder: Path | None, read: bool = True, fresh: frozenset[tuple[str, str]] = frozenset()) -> None:
        self.folder = folder
        self.read = read  # False: ignore what earlier builds stored (--clean), but store this build's results
        self._fresh: set[tuple[str, str]] = set(fresh)  # stored by this build: readable even when not `read`
        self.hits = 0
        self.misses = 0

    def twin(self, entries: list[tuple[str, str]] | None = None) -> Cache:
        """The same cache with its own counters (for one story job, which may run in another process).

        With `entries` (stage, key), only those of this build's entries stay readable under --clean: a job
        carries what it needs, not the list of everything the build stored.
        """
        fresh = self._fresh if entries is None else self._fresh.intersection(entries)
        return Cache(self.folder, self.read, frozenset(fresh))

    def has(self, stage: str, key: str) -> bool:
        """Whether an entry is stored (not loaded: a truncated entry still counts, and is rebuilt when read)."""
        if self.folder is None or not (self.read or (stage, key) in self._fresh):
            return False
        return self._path(stage, key).is_file()

    @staticmethod
    def key(*parts: Any) -> str:
        h = hashlib.sha256(_code())
        for part in parts:
            h.update(part if isinstance(part, bytes) else pickle.dumps(part, protocol=5))
            h.update(b"\0")
        return h.hexdigest()

    def _path(self, stage: str, key: str) -> Path:
        return self.folder / stage / key[:2] / key

    def get(self, stage: str, key: str) -> Any | None:
        if self.folder is None or not (self.read or (stage, key) in self._fresh):
            return None
        try:
            with open(self._path(stage, key), "rb") as f:
                value = pickle.load(f)
        except Exception:  # missing, truncated or from another version: rebuild it
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, stage: str, key: str, value: Any) -> None:
        if self.folder is None:
            return
        path = self._path(stage, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=5)
            os.replace(tmp, path)
            self._fresh.add((stage, key))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def state(self, out: Path) -> Any | None:
        """What the last build of the output folder `out` left for the next one (if made by this code)."""
        found = self.get("state", self._out_key(out))
        if not isinstance(found, tuple) or len(found) != 2 or found[0] != _code():
            return None
        return found[1]

    def put_state(self, out: Path, value: Any) -> None:
        self.put("state", self._out_key(out), (_code(), value))

    @staticmethod
    def _out_key(out: Path) -> str:
        # One entry per output folder, replaced by each build (not keyed by the code: no old states pile up).
        return hashlib.sha256(str(out.resolve()).encode()).hexdigest()
