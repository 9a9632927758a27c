"""A content-addressed cache for the expensive stages (reading, extraction).

Keys are hashes of everything a result depends on (the file's bytes, its
metadata, the package version), never modification times. Each entry is
written to a temporary file and renamed into place, so an interrupted build
leaves either a whole entry or none; an unreadable entry is simply rebuilt.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from coverage_site import __version__

FORMAT = 1  # bump when cached objects change shape


class Cache:
    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(*parts: Any) -> str:
        h = hashlib.sha256(f"{__version__}/{FORMAT}".encode())
        for part in parts:
            h.update(part if isinstance(part, bytes) else pickle.dumps(part, protocol=5))
            h.update(b"\0")
        return h.hexdigest()

    def _path(self, stage: str, key: str) -> Path:
        return self.folder / stage / key[:2] / key

    def get(self, stage: str, key: str) -> Any | None:
        if self.folder is None:
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
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
