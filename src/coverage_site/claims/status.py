"""States at the time of writing that a later report overtakes: whether the suspect is still sought or
held, whether results or names have been made public.

An early report says "officers were searching for the shooter", a later one "he was arrested after a
chase"; "the results are pending", then "the results were released Wednesday". Both were true when
written, and a reader comparing the articles must see that they disagree (an update, not an error).

`find(text, sentences)` returns `StatusMention`s: a topic ("custody", "disclosure of results",
"disclosure of the victims' names") and one of its two states. Only plain, present-at-writing
statements count: a state under a modal or a condition ("could be arrested", "if caught") or in a
sentence about another time (a year, "previously", "last year") is not read. An article that gives both states of one topic is telling
a sequence ("searched for hours before arresting him"), and none of its mentions of that topic is
kept: which state it ends in is not clear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CUSTODY = "custody"
AT_LARGE, HELD = "still sought", "arrested"
RELEASED, NOT_RELEASED = "made public", "not made public"

# Who is sought: the one who did it, named by the role ("the shooter"), never "a second suspect"; who is
# held: one person ("was arrested"), since "were arrested" counts people of a raid or a protest.
_CULPRIT = r"(?:the\s+|a\s+lone\s+|the\s+lone\s+)(?:shooter|gunman|suspect|killer|attacker|assailant|bomber|robber|driver|culprit)"
_SOUGHT = re.compile(
    rf"\b(?:search(?:ing|ed)?|look(?:ing|ed)|hunt(?:ing|ed)?)\s+for\s+{_CULPRIT}\b"
    rf"|\b{_CULPRIT}\s+(?:remains?|remained|is|was|were|still)\s+(?:still\s+)?(?:at\s+large|on\s+the\s+run)\b"
    r"|\bno\s+(?:arrests?|one)\s+(?:has|have|had)\s+been\s+(?:made|arrested)\b|\bno\s+arrests\b",
    re.IGNORECASE)
_HELD = re.compile(
    r"\b(?:was|has\s+been|had\s+been|is)\s+(?:later\s+|quickly\s+|eventually\s+)?"
    r"(?:arrested|apprehended|captured|caught|taken\s+into\s+custody|in\s+custody)\b"
    r"|\b(?:surrendered|turned\s+(?:himself|herself|themselves)\s+in)\b",
    re.IGNORECASE)

# What is made public: test results, the names of the dead. "Names" and "identities" are one thing, and
# only the victims' count: "the names of the two men" may be the suspects'.
VICTIMS_NAMES = "disclosure of the victims' names"
_OBJECTS = {"result": "disclosure of results", "results": "disclosure of results", "name": VICTIMS_NAMES,
            "names": VICTIMS_NAMES, "identity": VICTIMS_NAMES, "identities": VICTIMS_NAMES}
_VICTIMS = re.compile(r"\b(?:victims?|dead|deceased|killed|bodies)\b", re.IGNORECASE)
# The victims named: "identified the victims as", "the victims have been identified", "Jane Roe and John Roe are the
# victims", "the victim was John Roe"; not "Roe was the victim in that case", of another time.
_NAMED_VICTIMS = re.compile(
    r"\b(?i:identified\s+the\s+(?:victims?|dead|deceased)\s+as|(?:victims?|dead)\s+(?:have|has|had)\s+been\s+identified"
    r"|(?:victims?|dead)\s+(?:were|was)\s+identified\s+as)\b"
    r"|\b[A-Z][a-z]+\s+(?:are|is)\s+the\s+(?:two\s+|three\s+)?victims?\b(?!\s+(?:of|in)\b)"
    r"|\b(?i:the\s+victims?\s+(?:are|is|were|was))\s+(?:\d+-year-old\s+)?[A-Z][a-z]+")
_OBJECT = r"(results?|names?|identit(?:y|ies))"  # the one group of the patterns that use it
_PUBLIC = r"(?:released|revealed|disclosed|made\s+public|announced|known|available)"
_WITHHELD = re.compile(
    rf"\b{_OBJECT}\b[^.;:]{{0,50}}?\b(?:(?:has|have|had)\s+not\s+(?:yet\s+)?been|(?:is|are|was|were)\s+not\s+(?:yet\s+)?(?:been)?)"
    rf"\s*{_PUBLIC}\b"
    rf"|\b{_OBJECT}\s+(?:are|is|were|was|remain|remained)\s+(?:still\s+)?pending\b"
    rf"|\b(?:has|have|had|did|do|does)\s*(?:not|n't)\s+(?:yet\s+)?(?:release|reveal|disclose|announce)d?\s+(?:the\s+)?{_OBJECT}\b",
    re.IGNORECASE)
_MADE_PUBLIC = re.compile(
    rf"\b{_OBJECT}\b[^.;:]{{0,50}}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:released|revealed|disclosed|made\s+public)\b"
    rf"|\b(?:released|revealed|disclosed)\s+the\s+{_OBJECT}\b",
    re.IGNORECASE)

# Each pattern of a topic holds one of its words: a text or a sentence with none (most) is passed over at once.
_CUSTODY_WORDS = ("searching for", "looking for", "hunting for", "search for", "hunt for", "at large", "on the run",
                  "no arrest", "no one has been", "arrested", "apprehended", "captured", "caught", "custody", "surrendered",
                  "turned him", "turned her", "turned them")
_DISCLOSURE_WORDS = ("result", "name", "identit", "victim")
_NOT_PLAIN = re.compile(r"\b(?:if|unless|could|would|might|may|should|whether|expected|until|before)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:previous(?:ly)?|prior|earlier\s+(?:case|arrest)|once\s+before|last\s+(?:year|month)|"
                   r"(?:years?|months?)\s+ago|in\s+the\s+past|another\s+case)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|n't)\s+(?:yet\s+)?(?:been\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class StatusMention:
    start: int
    end: int
    topic: str  # "custody", "disclosure of results", "disclosure of the victims' names"
    state: str


def find(text: str, sentences: list[tuple[int, int]]) -> list[StatusMention]:
    """The states an article reports as holding when it was written, left to right."""
    out: list[StatusMention] = []
    low = text.lower()
    any_custody = any(w in low for w in _CUSTODY_WORDS)
    any_disclosure = any(w in low for w in _DISCLOSURE_WORDS)
    if not (any_custody or any_disclosure):
        return out
    for start, end in sentences:
        sentence, lowered = text[start:end], low[start:end]
        custody = any_custody and any(w in lowered for w in _CUSTODY_WORDS)
        disclosure = any_disclosure and any(w in lowered for w in _DISCLOSURE_WORDS)
        if not (custody or disclosure) or _PAST.search(sentence):
            continue  # "arrested in 2004", "had previously been arrested": another time than the writing
        for pattern, topic, state in ((_SOUGHT, CUSTODY, AT_LARGE), (_HELD, CUSTODY, HELD)) if custody else ():
            for m in pattern.finditer(sentence):
                if not _NOT_PLAIN.search(sentence[:m.start()]) and not _NEGATED.search(sentence[:m.start()]):
                    out.append(StatusMention(start + m.start(), start + m.end(), topic, state))
        if not disclosure:
            continue
        withheld = list(_WITHHELD.finditer(sentence))
        for pattern, state in ((_WITHHELD, NOT_RELEASED), (_MADE_PUBLIC, RELEASED)):
            for m in pattern.finditer(sentence):
                if state == RELEASED and any(w.start() <= m.start() < w.end() for w in withheld):
                    continue  # "have not been released" is the withheld reading
                topic = _OBJECTS[next(g for g in m.groups() if g).lower()]
                if topic != VICTIMS_NAMES or _VICTIMS.search(sentence):
                    out.append(StatusMention(start + m.start(), start + m.end(), topic, state))
        for m in _NAMED_VICTIMS.finditer(sentence):
            out.append(StatusMention(start + m.start(), start + m.end(), VICTIMS_NAMES, RELEASED))
    both = {t for t in {m.topic for m in out} if len({m.state for m in out if m.topic == t}) > 1}
    return sorted((m for m in out if m.topic not in both), key=lambda m: m.start)
