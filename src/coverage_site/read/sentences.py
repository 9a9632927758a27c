"""Split text into sentences with character offsets.

News abbreviations (`U.S.`, `Sept.`, `Rep.`, `Calif.`) and initials must not end
a sentence; `U.S.` still ends one when the next word clearly starts a new one.
"""

from __future__ import annotations

import re

from coverage_site.model import Span
from coverage_site.read.limits import MAX_SENTENCE
from coverage_site.text import CALENDAR_NAMES

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof rev sen rep gov gen lt col capt sgt cpl adm maj cmdr st mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd llc plc jr sr no nos vs etc approx est dept univ assn bros
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont
    neb nev okla ore pa penn tenn tex va vt wash wis wyo
    e.g i.e a.m p.m u.s u.k u.n e.u d.c u.s.a""".split()
)
# Words that start a new sentence even after an abbreviation such as "U.S."
STARTERS = frozenset("the a an in on at this that these those it he she they we i but and however meanwhile".split())

# Capitalised words that go on a sentence after "a.m." or "p.m.": a day, a month, a time zone.
_AFTER_CLOCK = frozenset(n.lower() for n in CALENDAR_NAMES) | frozenset(n.lower()[:3] for n in CALENDAR_NAMES) | frozenset(
    """tues thur thurs sept et est edt ct cst cdt mt mst mdt pt pst pdt akst hst gmt utc bst cet cest ist jst aest local
    eastern central mountain pacific""".split())

_END = re.compile(r"[.!?]+['\"”’)\]]*(?=\s+|$)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT = re.compile(r"\s*(\S+)")
# Every look-around below is bounded to a few characters, so splitting stays linear.


def split(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Return the sentences of `text[start:end]` as spans of `text`."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    begin = start
    for m in _END.finditer(text, start, end):
        cut = m.end()
        if not _ends_sentence(text, m.start(), cut, end):
            continue
        _add(text, spans, begin, cut)
        begin = cut
    _add(text, spans, begin, end)
    return spans


def _ends_sentence(text: str, dot: int, cut: int, end: int) -> bool:
    nxt = _NEXT.match(text, cut, min(end, cut + 200))
    if not nxt:
        return True
    following = nxt.group(1)
    if text[dot] != ".":
        return following[0].isupper() or following[0] in "\"“‘'(" or following[0].isdigit()
    word = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    token = word.group(1).lower().rstrip(".") if word else ""
    if token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token):
        # "U.S. The embassy..." still ends; "U.S. Deputy Secretary" does not.
        if token in {"u.s", "u.k", "u.n", "e.u", "d.c", "etc", "inc", "ltd", "co", "corp", "jr", "sr"}:
            return following.lower().strip("\"“‘'(") in STARTERS
        if token in ("a.m", "p.m"):
            # "at 6 a.m. Damage was ..." ends; "at 6 a.m. Monday", "6 a.m. EST" do not.
            return following[0].isupper() and following.lower().strip("\"“‘'(.,;:") not in _AFTER_CLOCK
        return False
    # A lower-case continuation is not a new sentence ("5 p.m. on Friday" handled above).
    return not following[0].islower()


def _add(text: str, spans: list[Span], a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    while b - a > MAX_SENTENCE:  # a run-on "sentence" is cut at a space (see read/limits.py)
        cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
        cut = cut if cut > a else a + MAX_SENTENCE
        spans.append(Span(a, cut))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if a < b:
        spans.append(Span(a, b))
