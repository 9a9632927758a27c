"""Quotes and who said them: `coverage_site.claims.quotes.find(text, people)`.

Straight, curly and ``TeX'' quotes; a quote left open at the end of a
paragraph runs to its end. The speaker is the person named next to a speech
verb ("..., Park said"; "Landau told reporters: ..."), a pronoun's most recent
named person ("..., he said"), or for a partial quote inside a sentence
("labeled the visit as “timely”") the person the sentence opens with.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from coverage_site.claims.people import PersonMention

SPEECH = (r"said|says|say|told|tell|tells|added|adds|asked|asks|stated|states|noted|notes|argued|argues|wrote|writes|"
          r"explained|insisted|warned|urged|labeled|labelled|called|described|declared|announced|replied|quoted|"
          r"according\s+to")
_OPEN_CLOSE = [("“", "”"), ("``", "''"), ('"', '"'), ("«", "»")]
# After a quote: up to ten words, then a speech verb ("..., the KCTU said"; "..., KCTU Senior
# Vice Chairman Lee Tae-hwan asked"); or the verb first ("..., said Park").
_AFTER = re.compile(rf"^[,.?!]?\s*[—–-]?\s*(?P<who>(?:[\w'’.-]+\s+){{0,10}}?)(?:{SPEECH})\b"
                    rf"|^[,.?!]?\s*(?:{SPEECH})\s+(?P<who2>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})")
_BEFORE = re.compile(rf"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+(?:{SPEECH})(?:\s+\w+){{0,3}}\s*[:,]?\s*$")
_PRONOUNS = {"he", "she", "they", "it"}


@dataclass(frozen=True)
class QuoteMention:
    start: int  # including the quote marks
    end: int
    quote: str  # the words inside the marks
    speaker: str | None
    partial: bool  # a few quoted words inside the writer's sentence


_OPENERS = re.compile("|".join(re.escape(o) for o, _ in _OPEN_CLOSE))
_CLOSER = dict(_OPEN_CLOSE)


def spans(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, inner start, inner end) of every quotation, outermost only."""
    out: list[tuple[int, int, int, int]] = []
    breaks = [m.start() for m in re.finditer(r"\n\n", text)] + [len(text)]
    i = 0
    while True:
        m = _OPENERS.search(text, i)
        if not m:
            return out
        o, at = m.group(), m.start()
        if o == '"' and at and text[at - 1].isalnum():
            i = m.end()
            continue  # 5'11", not a quotation
        para_end = breaks[bisect.bisect_left(breaks, at)]
        j = text.find(_CLOSER[o], m.end(), para_end + 1)
        close = len(_CLOSER[o])
        if j < 0 or j > para_end:
            j, close = para_end, 0  # runs to the end of its paragraph
        if j > m.end():
            out.append((at, j + close, m.end(), j))
        i = max(j + close, m.end())


def find(text: str, people: list[PersonMention]) -> list[QuoteMention]:
    """Return the quotes of `text` with their speakers resolved against `people`."""
    out: list[QuoteMention] = []
    for start, end, a, b in spans(text):
        inner = text[a:b].strip().rstrip(",")
        words = len(inner.split())
        if words == 0:
            continue
        window = max(0, start - 600)  # a sentence longer than this is not one
        stop = max(text.rfind(". ", window, start), text.rfind("? ", window, start), text.rfind("! ", window, start))
        sentence_start = max(stop + 2 if stop >= 0 else window, text.rfind("\n", window, start) + 1)
        before = text[sentence_start:start]
        partial = words <= 6 and bool(re.search(r"\w", before)) and not re.search(r"[:,]\s*$", before)
        speaker = _speaker(text, start, end, before, partial, people)
        if speaker is None and out and _only_attribution(text[out[-1].end:start]):
            speaker = out[-1].speaker  # '"...," he said. "And more."' is the same voice
        out.append(QuoteMention(start, end, inner, speaker, partial))
    return out


def _only_attribution(between: str) -> bool:
    return len(between.split()) <= 6 and bool(re.search(rf"\b(?:{SPEECH})\b", between)) or not between.strip(" ,.")


def _speaker(text, start, end, before, partial, people) -> str | None:
    after = text[end:end + 120].split("\n", 1)[0]
    m = _AFTER.match(after)
    if m and (m.group("who") is not None and m.group("who").strip() or m.group("who2")):
        who = (m.group("who") or m.group("who2")).strip()
        if who.lower() in _PRONOUNS:
            return _last_person(people, start)
        named = [p for p in people if end <= p.start < end + m.end()]
        if named:
            return named[-1].name
        caps = re.findall(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", who)
        if caps:
            return _resolve(caps[-1], people) or caps[-1]
        return None
    m = _BEFORE.search(before)
    if m:
        return _resolve(m.group("who"), people) or m.group("who")
    if partial:
        opening = [p for p in people if start - len(before) <= p.start < start]
        if opening:
            return opening[0].name
    return None


def _resolve(who: str, people: list[PersonMention]) -> str | None:
    who = re.sub(r"['’]s$", "", who)
    for p in people:
        if who == p.name or who in p.name.split() or p.name in who:
            return p.name
    return None


def _last_person(people: list[PersonMention], before: int) -> str | None:
    earlier = [p for p in people if p.end <= before]
    return earlier[-1].name if earlier else None
