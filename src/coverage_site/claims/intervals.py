"""Intervals with open or closed ends: how a careful reader holds "over 300" or "some 300"."""

from __future__ import annotations

import math
from dataclasses import dataclass

INF = math.inf


@dataclass(frozen=True)
class Interval:
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def exact(cls, n: float) -> Interval:
        return cls(n, n)

    @property
    def empty(self) -> bool:
        return self.low > self.high or (self.low == self.high and (self.low_open or self.high_open))

    @property
    def width(self) -> float:
        return self.high - self.low

    def intersect(self, other: Interval) -> Interval:
        if self.low > other.low or (self.low == other.low and self.low_open):
            low, low_open = self.low, self.low_open
        else:
            low, low_open = other.low, other.low_open
        if self.high < other.high or (self.high == other.high and self.high_open):
            high, high_open = self.high, self.high_open
        else:
            high, high_open = other.high, other.high_open
        return Interval(low, high, low_open, high_open)

    def overlaps(self, other: Interval) -> bool:
        return not self.intersect(other).empty

    def contains(self, other: Interval) -> bool:
        """True when every value of `other` lies in this interval."""
        return self.intersect(other) == other

    def notation(self) -> str:
        """Bracket notation: `[316,316]`, `(300,)`, `[270,330]`."""
        lo = "" if self.low == -INF else _num(self.low)
        hi = "" if self.high == INF else _num(self.high)
        return f"{'(' if self.low_open or self.low == -INF else '['}{lo},{hi}{')' if self.high_open or self.high == INF else ']'}"

    def describe(self) -> str:
        """Plain words for a reader: "316", "more than 300", "270 to 330"."""
        if self.low == self.high:
            return _num(self.low, True)
        if self.high == INF:
            return f"{'more than' if self.low_open else 'at least'} {_num(self.low, True)}"
        if self.low in (0, -INF):
            return f"{'fewer than' if self.high_open else 'at most'} {_num(self.high, True)}"
        return f"{_num(self.low, True)} to {_num(self.high, True)}"

    def to_json(self) -> dict:
        return {
            "low": None if self.low == -INF else _plain(self.low),
            "high": None if self.high == INF else _plain(self.high),
            "interval": self.notation(),
        }


def _plain(x: float) -> float | int:
    return int(x) if float(x).is_integer() else round(x, 6)


def _num(x: float, grouped: bool = False) -> str:
    v = _plain(x)
    if grouped and isinstance(v, int):
        return f"{v:,}"
    return str(v)
