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
    firsts = "".join(sorted({re.escape(w[0]) for w in words if w}))
    return re.compile(f"(?=[{firsts}]){before}{trie(words)}{after}")


def trie(words) -> str:
    """The words as one alternation shaped like a trie, "jan(?:uary)?|ju(?:ly|ne)", the longest first where
    one is a prefix of another: it matches what a list of the words longest first matches, and fails after a
    letter or two instead of trying every word."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(tree)


def _emit(node: dict) -> str:
    alts = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:  # a word ends here, and longer ones go on: try them first (greedy), then stop here
        return f"(?:{body})?"
    return body
