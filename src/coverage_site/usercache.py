"""Data built once per installation (the gazetteer, given names, word frequencies), kept as pickles.

Kept in the user's cache folder, keyed by a name that carries the data's own
parameters, our version and the versions of the packages the data comes from;
written atomically; rebuilt when unreadable. Plain data (strings, dicts, sets)
loads many times faster than objects, which start-up pays on every build.
"""

from __future__ import annotations

import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from coverage_site import __version__

T = TypeVar("T")


def cached(name: str, packages: tuple[str, ...], build: Callable[[], T]) -> T:
    """Load `name` from the user cache, or build it and store it for next time."""
    key = "-".join([__version__, *(_version(p) for p in packages)])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    path = base / "coverage-site" / f"{name}-{key}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=5)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home only costs the build again next time
    return value


def _version(package: str) -> str:
    """The installed version of `package`, read from its .dist-info folder's name.

    importlib.metadata would cost 30 ms of every start-up (it imports the email package).
    """
    wanted = re.sub(r"[-_.]+", "_", package).lower()
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info") and "-" in name:
                dist, version = name[: -len(".dist-info")].rsplit("-", 1)
                if re.sub(r"[-_.]+", "_", dist).lower() == wanted:
                    return version
    from importlib.metadata import version

    return version(package)
