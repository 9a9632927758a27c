"""The words around a number: what makes it no quantity (a year, a time, a label, a name), whose age it is,
the bounds and hedges before it, and the noun phrase after it that says what it counts.

Split from `quantities` (the grammar of the number itself); the rules are listed there.
"""

from __future__ import annotations

import re

from coverage_site.claims.intervals import INF, Interval
from coverage_site.claims.number_words import (
    BOUNDS, CURRENCY_CODES, CURRENCY_WORDS, HEDGES, LABEL_WORDS, MEASURE_UNITS, SCALES, SHORT_SCALES, TIME_ABBREVIATIONS,
    WHOLE, singular, unit_word,
)
from coverage_site.text import STREET_KINDS

_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
_PHONE_AFTER = re.compile(r"[\s().-]*\d{3}[\s.-]\d{4}")
_PLUS_DIGIT = re.compile(r"\+\d")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_LETTERS = re.compile(r"[A-Za-z]+")
_PAUSE = re.compile(r"\s*(?:[,;)]|\.(?:\s|$)|$)")  # a comma, a bracket or the end of the sentence
_NOUNISH = re.compile(r"[a-z][a-z'’-]*")
_PHRASAL = re.compile(r"-(?:in|out|up|off|on|down)$")

_STOP = frozenset(
    """in at on of for from to with by into across during after before since under over than as per and or but
    nor so yet were was are is be been being have has had will would could should may might can do did does who whom
    which that whose when where while because if their its his her our your they them it this these those there here
    a an the more less most least who's said says say told according around about near nearly including each
    between among amid against along through toward towards within without via inside outside beyond""".split()
)
_VERBS = frozenset(
    """struck hit left rose fell came went took made gave got ran began hurt fled met won lost remain remains stay
    stayed stays died say says sat stood paid sent spent held kept led saw told""".split()
)
_DEFINITE = frozenset("the both these those its their his her our my your all".split())

_TIME_AFTER = re.compile(r"\s*(?::\d|[ap]\.?m\.?(?![a-z])|o['’]clock|GMT|UTC|EST|EDT|PST|BST|[ap]m\b)", re.IGNORECASE)
_GLUED_OK = frozenset(SHORT_SCALES) | TIME_ABBREVIATIONS | frozenset("km kg cm mm mhz ghz gb mb tb".split())


# A number before a capitalised name and a street's kind is a house number.
_ADDRESS_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:" + "|".join(map(re.escape, STREET_KINDS)) + r")(?!\w)")


def not_a_quantity(text: str, toks: list, i: int, j: int, value: float | None) -> bool:
    first, last = toks[i], toks[j - 1]
    before = text[max(0, first.start - 1):first.start]
    after = text[last.end:last.end + 1]
    raw = first.text
    if len(raw) > 1 and raw.strip("0") == "":
        return True  # "000": the tail of a figure a stray space split ("170, 000"), never a count of none
    if before.isalpha() and not (i and toks[i - 1].text in CURRENCY_CODES):
        return True  # G7
    if before in ("#", ":") or (after.isalpha() and not _glued_unit(text, last.end)):
        return True  # #1, 3D, the 33 of 3:33
    if before == "-" and first.start >= 2 and text[first.start - 2].isalpha():
        return True  # F-16, COVID-19
    if _TIME_AFTER.match(text, last.end, last.end + 9):
        return True  # 5:03pm, 10 a.m., 10 o'clock
    if raw[0].isdigit() and _ADDRESS_AFTER.match(text, last.end, last.end + 60):
        return True  # a house number: "10 Downing Street"
    if _ORDINAL_SUFFIX.match(text[last.end:last.end + 3]):
        return True  # 1st, 22nd
    if _PHONE_AFTER.match(text[last.end:last.end + 12]) or _PLUS_DIGIT.match(text[first.start - 1:first.start + 1]):
        return True  # phone numbers
    if raw[0].isdigit() and _YEAR.fullmatch(raw) and j == i + 1:
        nxt = toks[j].low if j < len(toks) else ""
        prev = toks[i - 1].low if i else ""
        plural = nxt.endswith("s") and nxt.isalpha() and nxt not in ("was", "is", "has", "as", "this", "its", "us")
        if not plural or prev in _YEAR_PREPOSITIONS:
            return True  # a year
    if i:
        prev = toks[i - 1]
        if (prev.text.isalpha() and any(c.isupper() for c in prev.text) and prev.low not in _CAP_OK
                and prev.text not in CURRENCY_CODES and not _sentence_start(text, prev.start)
                and "\n" not in text[prev.end:first.start]):  # a headline's last word is not a model name
            return True  # Boeing 737, Section 230, Apollo 11, iPhone 15
        if prev.low in LABEL_WORDS or prev.text in (".", "#") and i > 1 and toks[i - 2].low in ("no", "nos") \
                and toks[i - 2].end == prev.start:
            return True  # code 7734, room 12, "the No. 2 official": a label or a rank, not a count
    if raw.isalpha() and value is not None and 0 < value < 10 and i and toks[i - 1].low in _DEFINITE and raw.lower() not in WHOLE \
            and not (j < len(toks) and (singular(toks[j].low) in MEASURE_UNITS or unit_word(toks[j].low))):
        return True  # "the two nations": a reference, not a count ("the nine acre site" is a measure)
    if raw.lower() in _BARE and j == i + 1 and not (j < len(toks) and (toks[j].low in SCALES or unit_word(toks[j].low) or toks[j].low in CURRENCY_WORDS)):
        return not _alone(toks, i, j)  # "one of them", "zero tolerance"; but "Dead: one." gives a figure
    return False


# Number words that are more often a pronoun or part of an idiom than a count ("one of", "no one", "zero
# tolerance", "a nil return"): counts only before a unit, or standing alone.
_BARE = frozenset("one zero nil".split())
_PAUSES = frozenset(". , ; ) ! ?".split())


def _alone(toks: list, i: int, j: int) -> bool:
    """A number word that is a whole figure by itself: the whole text, or after a colon up to a pause, as in a
    fact box or a list ("Dead: one.", "Injured: zero")."""
    return (i == 0 or toks[i - 1].text == ":") and (j == len(toks) or toks[j].text in _PAUSES)


def _glued_unit(text: str, pos: int) -> bool:
    """A unit, scale or currency written against the number: "3h", "5km", "20bn", "42KWD", "3.14US$"."""
    m = _LETTERS.match(text[pos:pos + 6])
    return bool(m) and (m.group().lower() in _GLUED_OK or m.group() in CURRENCY_CODES or text.startswith("US$", pos))


_YEAR_PREPOSITIONS = frozenset("in since by until from of during before after".split())
_CAP_OK = frozenset("over about around some nearly almost more fewer less at up between from than just approximately roughly only".split())
# A name before ", 38": two or more capitalised words, a courtesy title and a surname, or a surname alone in the
# middle of a sentence ("the death of Kafoury, 63, and ...").
_NAME_BEFORE = re.compile(r"((?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+|[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+))+"
                          r"|(?<=[a-z] )[A-Z][a-z'’-]{2,}),\s*$")
_NOT_NAME = frozenset("""January February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday""".split())


def appositive_name(text: str, start: int, end: int, raw: str) -> str | None:
    """ "Anthony Smith, 38, was": the number after a name and a comma is the person's age; so is one after a
    person's noun ("the suspect, 25,"), in brackets after a name ("John Smith (25)"), or after "who is"."""
    if not raw.isdigit() or len(raw) > 3 or not 0 < int(raw) < 125:
        return None
    if text[end:end + 1] == ")":
        return _name(_NAME_IN_BRACKETS.search(text, max(0, start - 60), start))
    if not _PAUSE.match(text[end:end + 2]):
        return None
    name = _name(_NAME_BEFORE.search(text, max(0, start - 60), start) or _WHO_IS.search(text, max(0, start - 70), start))
    if name:
        return name
    m = _PERSON_NOUN_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1).lower() if m else None


def _name(m: re.Match | None) -> str | None:
    """The name a pattern found before an age, unless it holds a month or a weekday ("Friday, 13,")."""
    return m.group(1) if m and not any(w in _NOT_NAME for w in m.group(1).split()) else None


_NAME_IN_BRACKETS = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)\s+\($")
_WHO_IS = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*),\s+who\s+(?:is|was)\s+$")
# A person's noun before a comma: "the suspect, 25,", "a teenager, 17,"; the noun is the age's holder.
_PERSON_NOUN_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?(suspect|victim|man|woman|boy|girl|teenager|teen|"
    r"driver|gunman|shooter|mother|father|son|daughter|wife|husband|passenger|pilot|student)\s*,\s*$")


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 200):pos].rstrip()
    return not before or before[-1] in ".!?:\"“\n"


_BOUNDS_BY_LAST: dict[str, list] = {}
for _b in BOUNDS:
    _BOUNDS_BY_LAST.setdefault(_b[0].split()[-1], []).append(_b)
_HEDGE_LAST = frozenset(h.split()[-1] for h, _ in HEDGES)


def _hedge_phrase(toks: list, i: int) -> tuple[str, str] | None:
    if not i or toks[i - 1].low not in _HEDGE_LAST:
        return None
    words = " ".join(t.low for t in toks[max(0, i - 3):i])
    for phrase, kind in HEDGES:
        if words.endswith(phrase) and (len(words) == len(phrase) or words[-len(phrase) - 1] == " "):
            return phrase, kind
    return None


def hedge_before(toks: list, i: int) -> str | None:
    found = _hedge_phrase(toks, i)
    return found[1] if found else None


def hedge_words(toks: list, i: int) -> int:
    found = _hedge_phrase(toks, i)
    return len(found[0].split()) if found else 0


def bound_before(toks: list, i: int) -> tuple[str, bool, int] | None:
    """The bound just before token `i` ("more than", "up to", "≤"): its direction, whether it is closed, and how
    many tokens it spans."""
    last = toks[i - 1].low if i else ""
    candidates = _BOUNDS_BY_LAST.get(last, ())
    joined = " ".join(t.low for t in toks[max(0, i - 6):i]) if candidates else ""
    for phrase, direction, closed in candidates:
        if joined.endswith(phrase) and (len(joined) == len(phrase) or joined[-len(phrase) - 1] == " "):
            return direction, closed, len(phrase.split())
    return None


def bounds_and_hedges(toks, i, start, value, interval, num):
    """Apply the words before a number: bounds and hedges."""
    bound = bound_before(toks, i)
    if bound and not (interval is not None and interval.low != interval.high):  # "more than hundreds": keep the range
        direction, closed, n = bound
        start = toks[i - n].start
        v = interval.low if interval is not None else value  # a share is already in percent
        if direction == "lower":
            return Interval(v, INF, not closed, True), False, start
        return Interval(0 if v >= 0 else -INF, v, False, not closed), False, start
    hedge = hedge_before(toks, i)
    if interval is not None and value is None:  # vague plural
        return interval, True, start
    if interval is not None and interval.low != interval.high:
        return interval, hedge is not None, start
    v = interval.low if interval is not None else value
    if hedge:
        start = toks[i - hedge_words(toks, i)].start
        tol = abs(v) * (0.10 if num.round else 0.05)
        if hedge == "below":
            return Interval(v - tol, v, False, True), True, start
        if hedge == "above":
            return Interval(v, v + tol, True, False), True, start
        return Interval(v - tol, v + tol), True, start
    if num.scaled:
        # "1.2 million" is as precise as its digits: ± half the last one written, at most 10 %.
        tol = min(_unit(v) / 2, abs(v) * 0.10)
        return Interval(v - tol, v + tol), True, start
    return Interval.exact(v), False, start


def _unit(value: float) -> float:
    unit = 1.0
    while value and value % (unit * 10) == 0:
        unit *= 10
    return unit



def about_of(toks: list, j: int, vague: bool) -> str | None:
    """The noun phrase a count counts: "over 300 South Korean workers has" → "South Korean workers"."""
    if j < len(toks) and toks[j].low == "of":
        j += 1
        if j < len(toks) and toks[j].low in ("the", "them", "those", "these", "its", "their"):
            j += 1
    words: list[str] = []
    while j < len(toks) and len(words) < 4:
        t = toks[j]
        w = t.low
        if not _NOUNISH.fullmatch(w) or w in _STOP:
            break
        if words and t.start - toks[j - 1].end > 1:
            break  # a line break between them: a headline's last word is not the next paragraph's subject
        if words and (w.endswith("ed") or w.endswith("ing")) and not t.text[0].isupper():
            break
        if _PHRASAL.search(w):
            break  # "tuned-in", "sit-in": a verb, not part of the noun
        if words and w in _VERBS:
            break  # "a magnitude 6.1 quake struck": the quake, not "quake struck"
        words.append(t.text)
        j += 1
    return " ".join(words) or None
