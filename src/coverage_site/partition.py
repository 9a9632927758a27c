"""One union-find for the whole package: items joined into groups, groups read back in first-seen order.

Used to join predicates dated to one day, copies into one origin, and claims
into the happening their clauses name. Imports nothing of the package.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable


class Partition:
    """Disjoint groups of hashable items (path halving; no ranks: the groups here are small)."""

    def __init__(self, items: Iterable[Hashable] = ()) -> None:
        self.parent: dict[Hashable, Hashable] = {}
        for x in items:
            self.parent.setdefault(x, x)

    def find(self, x: Hashable) -> Hashable:
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(self, a: Hashable, b: Hashable) -> None:
        """Put b's group into a's (a's representative stays)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra

    def groups(self) -> list[list]:
        """Every group, members in the order they were first seen, groups by their first member."""
        out: dict[Hashable, list] = {}
        for x in list(self.parent):
            out.setdefault(self.find(x), []).append(x)
        return list(out.values())
