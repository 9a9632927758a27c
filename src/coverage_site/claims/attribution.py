"""Who a sentence says it got its facts from: `Yonhap reported`, `according to the ministry`."""

from __future__ import annotations

import re

# Each pattern with words one of which every match holds: most sentences hold none, and a substring test
# skips the pattern at a fraction of the cost of the search.
_PATTERNS = [
    (re.compile(r"\b(?:according\s+to|as\s+per|as\s+stated\s+by|as\s+reported\s+by|citing)\s+(?P<who>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}?(?:[A-Za-z'’.-]+))(?=\s*[,.;]|\s*$)"),
     ("according", "per", "stated", "reported", "citing")),
    (re.compile(r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+(?:reported|said\s+in\s+a\s+report)\b"), ("report",)),
]


def reported_by(sentence: str) -> str | None:
    """Return the source a sentence attributes its content to, if it names one."""
    for p, words in _PATTERNS:
        if not any(w in sentence for w in words):
            continue
        m = p.search(sentence)
        if m:
            who = m.group("who").strip().rstrip(".")
            return who[:1].upper() + who[1:] if who.lower().startswith("the ") else who
    return None
