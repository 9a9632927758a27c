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
    alts = [(r"\s+" if ch == " " else re.escape(ch)) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:  # a word ends here, and longer ones go on: try them first (greedy), then stop here
        return f"(?:{body})?"
    return body


def expand(alternation: str) -> list[str]:
    """The strings a plain alternation of words matches, for `trie`: "chair(?:man|woman)?|sen\\.|labou?r" gives
    chairman, chairwoman, chair, sen., labour, labor. Only the constructs such word lists use: groups `(?:a|b)`
    and classes `[cs]` (each optional with `?`), a letter made optional with `?`, `\\.`, and `\\s+` (kept as one space,
    which `trie` turns back into `\\s+`)."""
    out: list[str] = []
    for alt in _top_level(alternation):
        out += _expand_one(alt.replace(r"\s+", " ").replace(r"\.", "."))
    return out


def _top_level(pattern: str) -> list[str]:
    alts, depth, cur = [], 0, ""
    for c in pattern:
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            alts.append(cur)
            cur = ""
        else:
            cur += c
    return alts + [cur]


def _expand_one(alt: str) -> list[str]:
    out = [""]
    i = 0
    while i < len(alt):
        if alt.startswith("(?:", i):
            j, depth = i, 0
            while True:
                depth += (alt[j] == "(") - (alt[j] == ")")
                if alt[j] == ")" and depth == 0:
                    break
                j += 1
            optional = alt[j + 1:j + 2] == "?"
            choices = [x for part in _top_level(alt[i + 3:j]) for x in _expand_one(part)] + ([""] if optional else [])
            out = [o + c for o in out for c in choices]
            i = j + 1 + optional
        elif alt[i] == "[":
            j = alt.index("]", i)
            optional = alt[j + 1:j + 2] == "?"
            out = [o + c for o in out for c in alt[i + 1:j]] + (out if optional else [])
            i = j + 1 + optional
        elif alt[i + 1:i + 2] == "?":
            out = [o + alt[i] for o in out] + out
            i += 2
        else:
            out = [o + alt[i] for o in out]
            i += 1
    return out
