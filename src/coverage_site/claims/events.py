"""Events: the predicate a claim is about, normalised, with polarity and modality.

`detained`, `held`, `rounded up` and `detention` are one predicate ("detain"),
so that claims about the same happening line up across outlets, and 316
*returned* is never compared with 23,724 *apprehended*... unless both say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# predicate -> surface forms (regex alternatives, matched on word boundaries)
LEXICON: dict[str, list[str]] = {
    "detain": [r"detain\w*", r"detention", r"held\s+(?=for|in\s+(?:a|an|the)?\s*(?:detention|custody|jail|prison|facility|cent))",
               r"round(?:ed|ing)?\s+up", r"arrest\w*", r"apprehen\w+", r"custody", r"jailed", r"imprison\w*", r"captured"],
    "return": [r"return\w*", r"came\s+home", r"flew\s+home", r"arrived\s+home", r"repatriat\w+", r"reunion\w*"],
    "release": [r"releas\w+", r"freed", r"set\s+free"],
    "deport": [r"deport\w*", r"expel\w*", r"expulsion"],
    "raid": [r"raid\w*", r"crackdown\w*", r"enforcement\s+action", r"sweep"],
    "meet": [r"meet\w*", r"met", r"talks", r"discussions", r"visit\w*", r"summit"],
    "regret": [r"regret\w*", r"apolog\w+"],
    "die": [r"died", r"killed", r"deaths?", r"dead", r"death\s+toll", r"perished", r"fatalit\w+"],
    "injure": [r"injur\w+", r"wounded", r"hurt"],
    "vote": [r"vot\w+", r"ballots?"],
    "win": [r"won", r"win\w*", r"victor\w*"],
    "lose": [r"lost", r"los(?:e|es|ing)", r"defeat\w*"],
    "rise": [r"ros(?:e|en)", r"ris(?:e|es|ing)", r"increas(?:e|ed|es|ing)", r"climb(?:s|ed)?", r"jump(?:s|ed)?", r"surg(?:e|ed|es)"],
    "fall": [r"fell", r"fall(?:s|en|ing)?", r"decreas(?:e|ed|es|ing)", r"declin(?:e|ed|es|ing)", r"drop(?:s|ped)?", r"plung(?:e|ed|es)"],
    "confirm": [r"confirm\w*"],
    "deny": [r"den(?:y|ies|ied|ial)"],
    "announce": [r"announc\w+"],
    "update": [r"updated", r"last\s+update\w*"],
    "quake": [r"earthquake", r"quake", r"tremor"],
    "fire": [r"fired", r"sacked", r"dismiss\w+", r"ousted"],
    "hire": [r"hired", r"appoint\w+", r"named\s+as"],
    "resign": [r"resign\w*", r"stepped\s+down", r"quit"],
    "reside": [r"resid\w+", r"living\s+in"],
    "penalize": [r"disadvantage\w*", r"penalt\w+", r"punish\w*", r"sanction\w*"],
    "assure": [r"assur\w+", r"pledg\w+", r"promis\w+", r"vow\w*"],
}
# Predicates that mark the same moment of a story for dates and places: being
# deported, released or flown home are all "the day they came back".
FRAMES = {"deport": "return", "release": "return"}
# Pairs a careful reader treats as contradicting each other when said of one thing.
OPPOSITES = {frozenset(p) for p in [("release", "deport"), ("confirm", "deny"), ("win", "lose"), ("rise", "fall"), ("hire", "fire")]}
LABELS = {  # predicate -> (past participle, noun)
    "detain": ("detained", "detention"), "return": ("returned", "return"), "release": ("released", "release"),
    "deport": ("deported", "deportation"), "raid": ("raided", "raid"), "meet": ("met", "meeting"),
    "regret": ("expressed regret", "expression of regret"), "die": ("killed", "deaths"), "injure": ("injured", "injuries"),
    "vote": ("voted", "vote"), "win": ("won", "win"), "lose": ("lost", "loss"), "rise": ("rose", "rise"),
    "fall": ("fell", "fall"), "confirm": ("confirmed", "confirmation"), "deny": ("denied", "denial"),
    "announce": ("announced", "announcement"), "update": ("updated", "last update"), "quake": ("struck", "earthquake"),
    "fire": ("dismissed", "dismissal"), "hire": ("appointed", "appointment"), "resign": ("resigned", "resignation"),
    "reside": ("residing", "residence"), "report": ("reported", "report"), "penalize": ("penalized", "penalties"),
    "assure": ("assured", "assurance"),
}
_NEGATION = re.compile(r"\b(?:not|no|never|n't|neither|nor|without|denied)\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:may|might|could|reportedly|allegedly|rumou?red|possibly|apparently|purportedly|unconfirmed|said to be)\b", re.IGNORECASE)
# The leading guard tries the alternation only at word starts (about three times faster).
_ALL = re.compile(r"(?<![\w])(?=\w)(?:" + "|".join(f"(?P<{name}>\\b(?:{'|'.join(forms)})\\b)" for name, forms in LEXICON.items()) + ")",
                  re.IGNORECASE)


@dataclass(frozen=True)
class EventMention:
    start: int
    end: int
    predicate: str
    polarity: str  # "positive" | "negative"
    modality: str  # "asserted" | "hedged"


def find(text: str) -> list[EventMention]:
    """Return the predicates of the lexicon found in `text`, with polarity and modality."""
    out = []
    for m in _ALL.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        clause = re.split(r"[,;:.]", before)[-1]
        polarity = "negative" if _NEGATION.search(clause) else "positive"
        modality = "hedged" if _MODAL.search(clause) else "asserted"
        out.append(EventMention(m.start(), m.end(), m.lastgroup, polarity, modality))
    return out


MAX_GAP = 80  # characters: farther than this, a predicate belongs to another clause
NEAR = 45  # counts and durations sit right next to what they count ("316 workers returned")


def nearest(events: list[EventMention], start: int, end: int, max_gap: int = MAX_GAP) -> EventMention | None:
    """Return the event closest to a span, within the same sentence (the caller's slice)."""
    best = None
    best_gap = None
    for e in events:
        gap = start - e.end if e.end <= start else e.start - end if e.start >= end else 0
        if gap < 0 or gap > max_gap:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = e, gap
    return best
