"""Progress of a long build on the terminal: stage, done/total, rate and time left (issue #19).

One line per map stage (reading, extraction, stories), redrawn in place at
most every INTERVAL seconds and finished with the stage's time. Shown only on
a terminal and unless `--no-progress`: logs, pipes and CI output stay clean.
The same for both engines: it counts results as `parallel.pmap` yields them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TypeVar

R = TypeVar("R")

INTERVAL = 0.2  # seconds between redraws: a terminal is not a log


class Progress:
    def __init__(self, stream: IO[str], clock: Callable[[], float] = time.perf_counter,
                 interval: float = INTERVAL) -> None:
        self.stream = stream
        self.clock = clock
        self.interval = interval
        self._width = 0  # of the line on screen, to blank what a shorter line leaves

    @classmethod
    def on(cls, stream: IO[str], wanted: bool = True) -> Progress | None:
        """A display on `stream` if progress is wanted and `stream` is a terminal, else None."""
        isatty = getattr(stream, "isatty", None)
        return cls(stream) if wanted and isatty is not None and isatty() else None

    def track(self, results: Iterable[R], stage: str, total: int) -> Iterator[R]:
        """Yield `results`, drawing `stage done/total` as they come."""
        started = shown = self.clock()
        done = 0
        finished = False
        try:
            for result in results:
                done += 1
                now = self.clock()
                if done == total:  # before yielding: callers zip results with their items and stop at the last
                    self._draw(line(stage, done, total, now - started, final=True), end="\n")
                    finished = True
                elif now - shown >= self.interval:
                    self._draw(line(stage, done, total, now - started))
                    shown = now
                yield result
        finally:
            if not finished and self._width:
                self._draw(line(stage, done, total, self.clock() - started) + " stopped", end="\n")

    def _draw(self, text: str, end: str = "") -> None:
        self.stream.write("\r" + text.ljust(self._width) + end)
        self.stream.flush()
        self._width = 0 if end else len(text)


def line(stage: str, done: int, total: int, seconds: float, final: bool = False) -> str:
    """`extract 412/1000 (41%) 83.1/s, about 7 s left`; when final, `extract 1000/1000 in 12.0 s (83.1/s)`."""
    rate = done / seconds if seconds > 0 else 0.0
    if final:
        return f"{stage} {done}/{total} in {seconds:.1f} s ({rate:.1f}/s)"
    left = f"about {_duration((total - done) / rate)} left" if rate > 0 else "time left unknown"
    return f"{stage} {done}/{total} ({100 * done // total}%) {rate:.1f}/s, {left}"


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"
