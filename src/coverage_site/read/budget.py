"""A time budget for one piece of work that may be pathologically slow.

Python-Markdown is quadratic on runs of `[` and on unclosed link openers
(upstream #798): "[" * 8000 takes about 10 s. Long bracket runs are escaped
first, and the conversion itself is interrupted by an interval timer when it
runs past its budget (main thread only; elsewhere only the escaping applies).
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Callable
from contextlib import contextmanager
from typing import TypeVar

SECONDS = 2.0
T = TypeVar("T")
_BRACKET_RUN = re.compile(r"[\[\]]{16,}")


class OverBudget(Exception):
    pass


def defuse_markdown(text: str) -> str:
    """Escape long runs of brackets, which cannot be links anyway."""
    return _BRACKET_RUN.sub(lambda m: "".join("\\" + ch for ch in m.group()), text)


@contextmanager
def _timer(seconds: float):
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise OverBudget

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def within(seconds: float, work: Callable[[], T]) -> T:
    """Run `work`, raising OverBudget if it takes longer than `seconds`."""
    with _timer(seconds):
        return work()
