"""Fault injection for the Dask engine's tests: story work that kills its worker process.

Importable by the workers (a LocalCluster's processes start with the test process's `sys.path`).
"""

from __future__ import annotations

import os

from coverage_site.story import make_story


def die_once(marker: str, job):
    """Kill this worker process the first time any worker runs a story (the marker file says it happened)."""
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        return make_story(job)
    os.write(fd, str(os.getpid()).encode())
    os.close(fd)
    os._exit(1)
