"""Quotes and who said them: `coverage_site.claims.quotes.find(text, people)`.

Straight, curly and ``TeX'' quotes; a quote left open at the end of a
paragraph runs to its end, and a lone straight mark followed by an attribution
('... the charm," she said') closes a quote that opened in an earlier paragraph. The speaker is the person named next to a speech
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
          r"continued|continues|responded|responds|recalled|recalls|conceded|concedes|acknowledged|tweeted|posted|"
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
    person: bool = False  # the speaker is a person named in the text, not a group or a guess


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
        if (j < 0 or j > para_end) and o == '"':
            para_start = text.rfind("\n\n", 0, at) + 2 if "\n\n" in text[:at] else 0
            if text[para_start:at].strip() and _AFTER.match(text[m.end():para_end]):
                # '... the charm," she said': the closing mark of a quote opened in an earlier paragraph
                # (a quote running over paragraphs opens each one and closes only the last).
                out.append((para_start, m.end(), para_start, at))
                i = m.end()
                continue
        if j < 0 or j > para_end:
            j, close = para_end, 0  # runs to the end of its paragraph
        if j > m.end():
            out.append((at, j + close, m.end(), j))
        i = max(j + close, m.end())


def find(text: str, people: list[PersonMention]) -> list[QuoteMention]:
    """Return the quotes of `text` with their speakers resolved against `people`.

    A short quotation in title case ("Meet the Press", "Teflon Don") is a name
    or a title, not someone's words, and is left out.
    """
    out: list[QuoteMention] = []
    for start, end, a, b in spans(text):
        inner = text[a:b].strip().rstrip(",")
        words = len(inner.split())
        if words == 0 or _a_title(inner):
            continue
        window = max(0, start - 600)  # a sentence longer than this is not one
        stop = max(text.rfind(". ", window, start), text.rfind("? ", window, start), text.rfind("! ", window, start))
        sentence_start = max(stop + 2 if stop >= 0 else window, text.rfind("\n", window, start) + 1)
        before = text[sentence_start:start]
        partial = words <= 6 and bool(re.search(r"\w", before)) and not re.search(r"[:,]\s*$", before)
        paragraph = text.rfind("\n", 0, start) + 1
        current = out[-1].speaker if out and out[-1].start >= paragraph else None
        speaker = _speaker(text, start, end, sentence_start, partial, people, current)
        if speaker is None and out and _only_attribution(text[out[-1].end:start]):
            speaker = out[-1].speaker  # '"...," he said. "And more."' is the same voice
        out.append(QuoteMention(start, end, inner, speaker, partial, any(p.name == speaker for p in people)))
    return out


_SMALL = frozenset("a an the of and or in on at to for with by from de la".split())


def _a_title(inner: str) -> bool:
    """"Meet the Press", "Oddfather": a few words, each significant one capitalised, no sentence in them."""
    words = re.findall(r"[\w'’-]+", inner)
    if not words or len(words) > 5 or re.search(r"[.!?,;:]", inner.strip(" .,")):
        return False
    return all(w[0].isupper() or w.lower() in _SMALL for w in words) and words[0][0].isupper()


def _only_attribution(between: str) -> bool:
    return len(between.split()) <= 6 and bool(re.search(rf"\b(?:{SPEECH})\b", between)) or not between.strip(" ,.")


def _speaker(text, start, end, sentence_start, partial, people, current) -> str | None:
    """Who says a quotation, by the grammar of reporting (see the module docstring)."""
    before = text[sentence_start:start]
    after = text[end:end + 120].split("\n", 1)[0]
    m = _AFTER.match(after)
    if m and (m.group("who") or "").strip() == "" and not m.group("who2"):
        m = _AFTER_VERB_FIRST.match(after) or m  # '"...," says Ann Lee'
    if m and ((m.group("who") or "").strip() or m.group("who2")):
        who = (m.group("who") or m.group("who2")).strip()
        if who.lower() in _PRONOUNS:
            return current or _subject_before(text, sentence_start, people)
        named = [p for p in people if end <= p.start < end + m.end()]
        if named:
            return named[-1].name
        described = _described(who, people, start)
        if described:
            return described
        caps = re.findall(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", who)
        if caps:
            return _resolve(caps[-1], people) or caps[-1]
        return None
    m = _BEFORE.search(before)
    if m:
        return _resolve(m.group("who"), people) or m.group("who")
    if re.search(rf"\b(?:{SPEECH}|saying)\b", before):
        # "Ann Lee, who met Tom Park, told reporters: ..."; "Lee defended it, saying, ..."
        subject = _sentence_subject(text, sentence_start, start, people)
        if subject:
            return subject
    if partial:
        opening = [p for p in people if sentence_start <= p.start < start]
        if opening:
            return opening[0].name
    return None


# '"...," says Ann Lee': the verb first, then the name.
_AFTER_VERB_FIRST = re.compile(rf"^[,.?!]?\s*(?:{SPEECH})\s+(?P<who2>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})(?P<who>)")


def _sentence_subject(text: str, sentence_start: int, limit: int, people: list[PersonMention]) -> str | None:
    """The person a sentence opens with (after a title or a qualifier), if any, before `limit`."""
    first = next((p for p in people if sentence_start <= p.start < limit), None)
    if first is None:
        return None
    lead = text[sentence_start:first.start]
    # Only capitalised words (a title, "U.S.") or nothing may stand before the subject.
    return first.name if re.fullmatch(r"(?:[A-Z][\w'’.-]*\s+)*", lead) else None


def _subject_before(text: str, sentence_start: int, people: list[PersonMention]) -> str | None:
    """For "she added" with no earlier quote: the subject of the sentence before, never just the last name seen."""
    prev_end = sentence_start
    window = max(0, prev_end - 600)
    stop = max(text.rfind(". ", window, prev_end - 2), text.rfind("\n", window, prev_end - 1))
    prev_start = stop + 2 if stop >= 0 and text[stop] == "." else (stop + 1 if stop >= 0 else window)
    return _sentence_subject(text, prev_start, prev_end, people)


def _described(who: str, people: list[PersonMention], before: int) -> str | None:
    """"the governor said": the person introduced earlier with that title, if only one was."""
    words = who.lower().split()
    if not words or words[0] not in ("the", "a", "an"):
        return None
    head = words[-1]
    titled = {p.name for p in people if p.start < before and p.role and head in p.role.lower().split()}
    return titled.pop() if len(titled) == 1 and words[0] == "the" else None


def _resolve(who: str, people: list[PersonMention]) -> str | None:
    who = re.sub(r"['’]s$", "", who)
    for p in people:
        if who == p.name or who in p.name.split() or p.name in who:
            return p.name
    return None


def _last_person(people: list[PersonMention], before: int) -> str | None:
    earlier = [p for p in people if p.end <= before]
    return earlier[-1].name if earlier else None
