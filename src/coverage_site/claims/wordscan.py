"""One pass over a text for a list of words: the readers' word anchors found by a single regex, not a search per word.

`words_regex(words)` is the words as a trie ("jan(?:uary)?|ju(?:ly|ne)"), led by a lookahead
of their first letters: the engine then jumps from one possible first letter to the next, so a
hundred words cost one scan of the text instead of a hundred `str.find` loops.
"""

from __future__ import annotations

import re


def words_regex(words, before: str = "", after: str = "") -> re.Pattern:
    """A regex of any of `words` between the guards `before` and `after`, the longest word first where one
    is a prefix of another. The lookahead of first letters comes before everything (a guard first would
    make the engine try every position)."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    firsts = "".join(sorted(re.escape(c) for c in tree if c))
    return re.compile(f"(?=[{firsts}]){before}{_emit(tree)}{after}")


def _emit(node: dict) -> str:
    alts = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:  # a word ends here, and longer ones go on: try them first (greedy), then stop here
        return f"(?:{body})?"
    return body
