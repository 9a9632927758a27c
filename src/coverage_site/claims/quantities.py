"""The number grammar shared by the count, money, percent, age, measure and duration readers.

How a phrase becomes an interval (documented in the README as well):

* Bounds: `more than/over/above N` → (N, ∞); `at least/no less than/N or more` → [N, ∞);
  `fewer than/less than/under/below N` → [0, N); `at most/no more than/up to/as many as N` → [0, N];
  `between A and B`, `A to B`, `A-B`, `from A to B` → [A, B].
* Round numbers (≥ 100 ending in 00, or with a scale word: "1.2 million") are approximate
  even unhedged: ± half their last significant unit, at most 10 %. Other numbers are exact.
* Hedges (`about, around, approximately, roughly, some, an estimated, circa`) widen a value by
  10 % when it is round and 5 % when it is precise; `nearly/almost/just under/close to`
  take the same width below the number only; `just over` above it only.
* Vague plurals mean "at least two of the unit, fewer than the next one": dozens [24, 100),
  scores [40, 100), hundreds [200, 1000), thousands [2000, 10000), tens of thousands
  [20000, 100000), hundreds of thousands [200000, 10^6), millions [2·10^6, 10^7).
* Durations are held in days and read to a quarter of their unit ("a week" is 5.25–8.75 days).
* Not quantities: years, times of day, ordinals, phone numbers, numbers glued to names
  (G7, F-16, Boeing 737, Section 230) and any span the caller excludes (dates).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coverage_site.claims.intervals import INF, Interval
from coverage_site.model import SpanIndex

UNITS = {w: n for n, ws in enumerate([
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]) for w in [ws]}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "tn": 10**12}
VAGUE = {
    "dozens": (24, 100), "scores": (40, 100), "hundreds": (200, 1000), "thousands": (2000, 10_000),
    "millions": (2_000_000, 10_000_000), "billions": (2 * 10**9, 10**10),
}
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "won": "KRW", "yen": "JPY", "yuan": "CNY", "rupee": "INR", "rupees": "INR", "pesos": "MXN", "peso": "MXN",
}
TIME_UNITS = {  # days per unit
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14,
    "month": 30.4375, "year": 365.25, "decade": 3652.5, "century": 36525,
}
MEASURE_UNITS = {
    "km": "km", "kilometer": "km", "kilometre": "km", "mile": "mi", "meter": "m", "metre": "m", "foot": "ft",
    "feet": "ft", "inch": "in", "cm": "cm", "mm": "mm", "kg": "kg", "kilogram": "kg", "gram": "g", "ton": "t",
    "tonne": "t", "acre": "acre", "hectare": "ha", "liter": "l", "litre": "l", "gallon": "gal", "barrel": "bbl",
    "degree": "deg", "mph": "mph", "magnitude": "magnitude", "square": "sq",
}
BOUNDS = [  # phrase → (kind, direction); matched longest first against the words before a number
    ("no more than", "upper", True), ("no fewer than", "lower", True), ("no less than", "lower", True),
    ("more than", "lower", False), ("in excess of", "lower", False), ("upwards of", "lower", False),
    ("at least", "lower", True), ("a minimum of", "lower", True), ("fewer than", "upper", False),
    ("less than", "upper", False), ("at most", "upper", True), ("up to", "upper", True),
    ("a maximum of", "upper", True), ("as many as", "upper", True), ("over", "lower", False),
    ("above", "lower", False), ("under", "upper", False), ("below", "upper", False),
]
HEDGES = [
    ("just over", "above"), ("just under", "below"), ("close to", "below"), ("nearly", "below"),
    ("almost", "below"), ("an estimated", "around"), ("approximately", "around"), ("roughly", "around"),
    ("around", "around"), ("about", "around"), ("some", "around"), ("circa", "around"), ("estimated", "around"),
    ("approx", "around"), ("~", "around"),
]
_TOKEN = re.compile(r"US\$|[$€£¥₩₹%~]|\d[\d,]*(?:\.\d+)?|[A-Za-z]+(?:[-'’][A-Za-z]+)*|\S")
_STOP = frozenset(
    """in at on of for from to with by into across during after before since under over than as per and or but
    nor so yet were was are is be been being have has had will would could should may might can do did does who whom
    which that whose when where while because if their its his her our your they them it this these those there here
    a an the more less most least who's said says say told according around about near nearly including each""".split()
)
_DEFINITE = frozenset("the both these those its their his her our my your all".split())


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    kind: str  # count | money | percent | age | measure | duration
    interval: Interval
    approximate: bool
    unit: str | None = None  # currency code, measure unit, or "days"
    about: str | None = None  # what is counted: "South Korean workers"

    def value(self) -> dict:
        out = self.interval.to_json()
        out["approximate"] = self.approximate
        if self.unit:
            out["unit"] = self.unit
        return out


@dataclass
class _Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-])?(?:\(\d{2,4}\)|\b\d{2,4})[\s.-]\d{3,4}[\s.-]\d{3,4}\b")


def scan(text: str, exclude: tuple[tuple[int, int], ...] = ()) -> list[Quantity]:
    """Return every quantity phrase of `text`, left to right."""
    excluded = SpanIndex(list(exclude) + [m.span() for m in _PHONE.finditer(text)])
    toks = [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        q = _parse_at(text, toks, i, excluded)
        if q is None:
            i += 1
            continue
        quantity, nxt = q
        out.append(quantity)
        i = nxt
    return out


def _parse_at(text: str, toks: list[_Tok], i: int, exclude) -> tuple[Quantity, int] | None:
    core = _core(text, toks, i)
    if core is None:
        return None
    value, j, round_, vague, currency = core
    first, last = toks[i], toks[j - 1]
    if exclude.overlaps(first.start, last.end):
        return None
    if not vague and _not_a_quantity(text, toks, i, j, value):
        return None
    start = first.start
    # Ranges: "between 20 and 30", "20 to 30", "20-30", "from 20 to 30".
    interval: Interval | None = None
    if vague:
        interval = Interval(vague[0], vague[1], False, True)
    if j + 1 < len(toks) and toks[j].low in ("to", "and", "-", "–") and not vague:
        second = _core(text, toks, j + 1)
        before = toks[i - 1].low if i else ""
        if second and second[0] > value and (toks[j].low != "and" or before == "between"):
            if toks[j].low != "-" or text[last.end:toks[j + 1].start] == "-":
                value2, j2 = second[0], second[1]
                scale = _trailing_scale(toks, j2)
                interval = Interval(value * (scale if value < value2 / 100 else 1), value2 * scale if scale > 1 and value2 < scale else value2)
                j = j2 + (1 if scale > 1 and value2 < scale and j2 < len(toks) and toks[j2].low in SCALES else 0)
                if before in ("between", "from"):
                    start = toks[i - 1].start
    kind = "count"
    unit = currency
    end = toks[j - 1].end
    # Suffixes: %, percent, currency words, units, "-year-old", "or more".
    if j < len(toks):
        nxt = toks[j].low
        if nxt == "%" or nxt in ("percent", "per") and (nxt == "percent" or (j + 1 < len(toks) and toks[j + 1].low == "cent")):
            kind = "percent"
            j += 1 if nxt != "per" else 2
            end = toks[j - 1].end
        elif nxt in CURRENCY_WORDS and not currency:
            kind, unit = "money", CURRENCY_WORDS[nxt]
            j += 1
            end = toks[j - 1].end
        elif re.fullmatch(r"-?year-olds?", nxt) or (nxt == "-" and j + 1 < len(toks) and re.fullmatch(r"year-olds?", toks[j + 1].low)):
            kind = "age"
            j += 1 if nxt != "-" else 2
            end = toks[j - 1].end
        elif _singular(nxt) in TIME_UNITS and not currency:
            if j + 1 < len(toks) and toks[j + 1].low == "old":
                kind = "age"
                j += 2
            else:
                kind, unit = "duration", "days"
                days = TIME_UNITS[_singular(nxt)]
                hedge = _hedge_before(toks, i)
                interval = _duration(interval or Interval.exact(value), days, hedge)
                if hedge and start == first.start:
                    start = toks[i - _hedge_words(toks, i)].start
                j += 1
            end = toks[j - 1].end
        elif _singular(nxt) in MEASURE_UNITS and not currency:
            kind, unit = "measure", MEASURE_UNITS[_singular(nxt)]
            j += 1
            end = toks[j - 1].end
    if currency:
        kind = "money"
    if i and toks[i - 1].low in ("aged", "age") and kind == "count":
        kind = "age"
        start = toks[i - 1].start
    if j < len(toks) and toks[j].low == "or" and j + 1 < len(toks) and toks[j + 1].low in ("more", "fewer", "less"):
        lower = toks[j + 1].low == "more"
        interval = Interval(value, INF) if lower else Interval(0, value)
        j += 2
        end = toks[j - 1].end
    if kind == "duration":
        approximate = True
    else:
        interval, approximate, start = _bounds_and_hedges(toks, i, start, value, interval, round_)
    about = _about(toks, j, vague is not None) if kind in ("count", "measure") else None
    return Quantity(start, end, kind, interval, approximate, unit, about), j


def _core(text: str, toks: list[_Tok], i: int):
    """Parse the bare number at token i: (value, next index, round?, vague range, currency)."""
    currency = None
    t = toks[i]
    if t.text in CURRENCY_SYMBOLS:
        if i + 1 >= len(toks) or not toks[i + 1].text[0].isdigit():
            return None
        currency = CURRENCY_SYMBOLS[t.text]
        i += 1
        t = toks[i]
    low = t.low
    # Vague plurals: "hundreds", "tens of thousands", "hundreds of thousands", "dozens".
    if low in ("tens", "hundreds") and i + 2 < len(toks) and toks[i + 1].low == "of" and toks[i + 2].low in ("thousands", "millions"):
        base = 10 if low == "tens" else 100
        unit = 1000 if toks[i + 2].low == "thousands" else 1_000_000
        return base * unit, i + 3, True, (2 * base * unit, 10 * base * unit), None
    if low in VAGUE:
        return None, i + 1, True, VAGUE[low], None
    if low in ("a", "an") and i + 1 < len(toks):
        nxt = toks[i + 1].low
        if nxt == "dozen":
            return 12, i + 2, True, None, None
        if nxt in SCALES:
            value, j = _scale_run(toks, i + 1, 1)
            return value, j, True, None, None
        if _singular(nxt) in TIME_UNITS:
            return 1, i + 1, True, None, None
        return None
    if t.text[0].isdigit():
        if not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", t.text):
            return None
        value = float(t.text.replace(",", ""))
        j = i + 1
        scale = _trailing_scale(toks, j)
        if scale > 1:
            value *= scale
            j += 1
        digits = t.text.replace(",", "").split(".")[0]
        round_ = scale > 1 or (value >= 100 and digits.endswith("00"))
        return value, j, round_, None, currency
    if low in UNITS or low in TENS or low.split("-")[0] in TENS:
        value, j = _word_number(toks, i)
        if value is None:
            return None
        return value, j, value >= 100 and value % 100 == 0, None, None
    return None


def _trailing_scale(toks: list[_Tok], j: int) -> int:
    if j < len(toks):
        w = toks[j].low
        if w in SCALES and w != "hundred":
            return SCALES[w]
        if w in SHORT_SCALES and toks[j].start == toks[j - 1].end:
            return SHORT_SCALES[w]
    return 1


def _word_number(toks: list[_Tok], i: int) -> tuple[float | None, int]:
    """Read "three hundred and forty", "twenty-five", "one million", "a dozen"."""
    total = 0
    current = 0
    j = i
    seen = False
    while j < len(toks):
        w = toks[j].low
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS:
            current += TENS[parts[0]] + UNITS[parts[1]]
        elif w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred" and seen:
            current *= 100
        elif w in SCALES and seen:
            total += current * SCALES[w]
            current = 0
        elif w == "and" and seen and j + 1 < len(toks) and (toks[j + 1].low in UNITS or toks[j + 1].low in TENS or toks[j + 1].low.split("-")[0] in TENS):
            pass
        else:
            break
        seen = True
        j += 1
    value = total + current
    return (value if seen else None), j


def _scale_run(toks: list[_Tok], j: int, base: float) -> tuple[float, int]:
    value = base
    while j < len(toks) and toks[j].low in SCALES:
        value *= SCALES[toks[j].low]
        j += 1
    return value, j


def _not_a_quantity(text: str, toks: list[_Tok], i: int, j: int, value: float) -> bool:
    first, last = toks[i], toks[j - 1]
    before = text[max(0, first.start - 1):first.start]
    after = text[last.end:last.end + 1]
    raw = first.text
    if before.isalpha() or before == "#" or (after.isalpha() and after.lower() not in "kmbt"):
        return True  # G7, #1, 3D
    if before == "-" and first.start >= 2 and text[first.start - 2].isalpha():
        return True  # F-16, COVID-19
    if re.match(r"\s*(?::\d|[ap]\.?m\.?\b|GMT|UTC|EST|EDT|PST|BST|[ap]m\b)", text[last.end:last.end + 6], re.IGNORECASE):
        return True  # 5:03pm, 10 a.m.
    if re.match(r"(?:st|nd|rd|th)\b", text[last.end:last.end + 3]):
        return True  # 1st, 22nd
    if re.match(r"[\s().-]*\d{3}[\s.-]\d{4}", text[last.end:last.end + 12]) or re.match(r"\+\d", text[first.start - 1:first.start + 1]):
        return True  # phone numbers
    if raw[0].isdigit() and re.fullmatch(r"1[89]\d\d|20\d\d", raw) and j == i + 1:
        nxt = toks[j].low if j < len(toks) else ""
        prev = toks[i - 1].low if i else ""
        plural = nxt.endswith("s") and nxt.isalpha() and nxt not in ("was", "is", "has", "as", "this", "its", "us")
        if not plural or prev in _YEAR_PREPOSITIONS:
            return True  # a year
    if i:
        prev = toks[i - 1]
        if prev.text[:1].isupper() and prev.text.isalpha() and prev.low not in _CAP_OK and not _sentence_start(text, prev.start):
            return True  # Boeing 737, Section 230, Apollo 11
        if prev.low in ("no.", "number", "no", "page", "room", "flight", "route", "chapter", "article", "section"):
            return True
    if raw.isalpha() and value is not None and value < 10 and i and toks[i - 1].low in _DEFINITE:
        return True  # "the two nations": a reference, not a count
    if raw.lower() in ("one", "zero") and not (j < len(toks) and (toks[j].low in SCALES or _singular(toks[j].low) in TIME_UNITS)):
        return True
    return False


_YEAR_PREPOSITIONS = frozenset("in since by until from of during before after".split())
_CAP_OK = frozenset("over about around some nearly almost more fewer less at up between from than just approximately roughly only".split())


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 200):pos].rstrip()
    return not before or before[-1] in ".!?:\"“\n"


def _hedge_phrase(toks: list[_Tok], i: int) -> tuple[str, str] | None:
    words = " ".join(t.low for t in toks[max(0, i - 3):i])
    for phrase, kind in HEDGES:
        if words.endswith(phrase) and (len(words) == len(phrase) or words[-len(phrase) - 1] == " "):
            return phrase, kind
    return None


def _hedge_before(toks: list[_Tok], i: int) -> str | None:
    found = _hedge_phrase(toks, i)
    return found[1] if found else None


def _hedge_words(toks: list[_Tok], i: int) -> int:
    found = _hedge_phrase(toks, i)
    return len(found[0].split()) if found else 0


def _bounds_and_hedges(toks, i, start, value, interval, round_):
    """Apply the words before a number: bounds and hedges."""
    words = [t.low for t in toks[max(0, i - 4):i]]
    joined = " ".join(words)
    for phrase, direction, closed in BOUNDS:
        if joined.endswith(phrase) and (len(joined) == len(phrase) or joined[-len(phrase) - 1] == " "):
            if interval is not None and interval.low != interval.high:
                break  # "more than hundreds" does not occur; keep the vague range
            n = len(phrase.split())
            start = toks[i - n].start
            if direction == "lower":
                return Interval(value, INF, not closed, True), False, start
            return Interval(0, value, False, not closed), False, start
    hedge = _hedge_before(toks, i)
    if interval is not None and value is None:  # vague plural
        return interval, True, start
    if interval is not None and interval.low != interval.high:
        return interval, hedge is not None, start
    if hedge:
        start = toks[i - _hedge_words(toks, i)].start
        tol = value * (0.10 if round_ else 0.05)
        if hedge == "below":
            return Interval(value - tol, value, False, True), True, start
        if hedge == "above":
            return Interval(value, value + tol, True, False), True, start
        return Interval(value - tol, value + tol), True, start
    if round_:
        tol = min(_unit(value) / 2, value * 0.10)
        return Interval(value - tol, value + tol), True, start
    return Interval.exact(value), False, start


def _unit(value: float) -> float:
    unit = 1.0
    while value and value % (unit * 10) == 0:
        unit *= 10
    return unit


def _duration(interval: Interval, days: float, hedge: str | None) -> Interval:
    tol = days / 4
    low, high = interval.low * days, interval.high * days
    if hedge == "below":
        return Interval(max(0.0, low - tol), high, False, True)
    if hedge == "above":
        return Interval(low, high + tol, True, False)
    return Interval(max(0.0, low - tol), high + tol)


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _about(toks: list[_Tok], j: int, vague: bool) -> str | None:
    """The noun phrase a count counts: "over 300 South Korean workers has" → "South Korean workers"."""
    if j < len(toks) and toks[j].low == "of":
        j += 1
        if j < len(toks) and toks[j].low in ("the", "them", "those", "these", "its", "their"):
            j += 1
    words: list[str] = []
    while j < len(toks) and len(words) < 4:
        t = toks[j]
        w = t.low
        if not re.fullmatch(r"[a-z][a-z'’-]*", w) or w in _STOP:
            break
        if words and (w.endswith("ed") or w.endswith("ing")) and not t.text[0].isupper():
            break
        if re.search(r"-(?:in|out|up|off|on|down)$", w):
            break  # "tuned-in", "sit-in": a verb, not part of the noun
        words.append(t.text)
        j += 1
    return " ".join(words) or None
