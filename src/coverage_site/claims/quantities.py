"""The number grammar shared by the count, money, percent, age, measure and duration readers.

How a phrase becomes an interval (documented in the README as well):

* Bounds: `more than/over/above/greater than/exceeding/surpassed/>N` -> (N, inf); `at least/no fewer than/
  N or more/N or greater/>=N` -> [N, inf); `fewer than/less than/under/below/<N` -> [0, N); `at most/
  no more than/up to/as many as/less than or equal to/<=N` -> [0, N]; `between A and B`, `A to B`, `A-B`,
  `A through B`, `A~B`, `from A to B` -> [A, B]; two bounds joined ("above 1,000 and below 1,500") -> one range.
* An unhedged number is exact, round or not ("100 people" is [100, 100]); a scale word keeps the precision of
  its digits ("1.2 million" is 1.15-1.25 million, at most 10 %).
* Hedges (`about, around, approximately, roughly, some, an estimated, circa`) widen a value by 10 % when it
  is round (>= 100 ending in 00, or with a scale word) and 5 % when it is precise; `nearly/almost/just under/
  close to` take the same width below the number only; `just over` above it only.
* Vague plurals mean "at least two of the unit, fewer than the next one": dozens [24, 100), scores [40, 100),
  hundreds [200, 1000), thousands [2000, 10000), tens of thousands [20000, 100000), millions [2e6, 1e7).
* Shares are percentages ("half" 50, "two-thirds of" 66.7, "1/2 of" 50); negatives read as such.
* Durations are held in days and read to a quarter of their unit, or of the amount when under one
  ("a week" is 5.25-8.75 days, "half an hour" 22.5-37.5 minutes); parts add up ("one week and three days").
* Money: a nationality names the currency ("85 Egyptian pounds" is EGP, not sterling); currency names and letter
  symbols may come first or be glued ("Rupees 500", "RM250 million", "15 L.E."); the hundredths belong to the amount
  when named ("1 GBP 20 pence", "30 ringgits 50 sen") or, said aloud, when a bare number under 100 ends the clause
  ("twenty dollars forty-five"); "lac" and "cr" are the South Asian scales.
* Not quantities: years, times of day, ordinals, phone numbers, labels ("code 7734"), numbers glued to names
  (G7, F-16, Boeing 737, Section 230) and any span the caller excludes (dates); see `number_context`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate, chain

from coverage_site.claims.intervals import INF, Interval
from coverage_site.claims.number_context import (
    about_of, appositive_name, bound_before, bounds_and_hedges, hedge_before, hedge_words, not_a_quantity,
)
from coverage_site.claims.number_words import (
    CURRENCY_BEFORE, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, FRACTIONS, MEASURE_UNITS, NATIONAL_CURRENCIES,
    PREFIX_MEASURES, RANGE_WORDS, SCALES, SHORT_SCALES, SMALL, SUBUNITS, SUFFIX_BOUNDS, TENS, TIME_ABBREVIATIONS,
    TIME_UNITS, UNITS, VAGUE, WHOLE, singular, unit_word,
)
from coverage_site.model import SpanIndex

# Words first: most tokens are words, and no other alternative can start with a letter except the two before.
_TOKEN = re.compile(r"US\$|L\.E\.?|[A-Za-z]+(?:[-'’][A-Za-z]+)*|[<>]=|=[<>]|[$€£¥₩₹¢%~<>≤≥−/]|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\w.])\.\d+|\S")
_NUMBER_WORD = frozenset(UNITS) | frozenset(TENS)
# Words that can open a quantity; any other word is skipped at once (most of a text).
_STARTERS = (_NUMBER_WORD | frozenset(VAGUE) | frozenset(FRACTIONS) | frozenset(CURRENCY_SYMBOLS) | CURRENCY_BEFORE
             | frozenset("tens a an another minus negative - − all whole full entire rs point".split()))
_EXTRA = frozenset("more additional extra further other full whole long straight consecutive".split())


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    kind: str  # count | money | percent | age | measure | duration
    interval: Interval
    approximate: bool
    unit: str | None = None  # currency code, measure unit, or "days"
    about: str | None = None  # what is counted: "South Korean workers"; for an age, whose
    part: bool = False  # "four of the dead", "two of them": a part of a group counted elsewhere, not its size

    def value(self) -> dict:
        out = self.interval.to_json()
        out["approximate"] = self.approximate
        if self.unit:
            out["unit"] = self.unit
        if self.part:
            out["part"] = True
        return out


class _Tok:
    __slots__ = ("text", "start", "end", "low")

    def __init__(self, text: str, start: int, end: int, low: str | None = None) -> None:
        self.text, self.start, self.end, self.low = text, start, end, low if low is not None else text.lower()


@dataclass
class _Num:
    """A bare number: its value, the token after it, and how it was written."""

    value: float | None
    end: int
    round: bool = False  # ends in 00 or has a scale word: hedges widen it by 10 %, not 5 %
    vague: tuple[float, float] | None = None  # "dozens", "a few"
    currency: str | None = None
    scaled: bool = False  # "1.2 million": as precise as its digits
    share: bool = False  # "half", "two-thirds": a share of a whole


# Compiled once: these run for every candidate number.
_JOINER = re.compile(r",?\s+(?:and|but)\s+|\s*,\s*")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")  # a four-digit figure that reads as a year
_YEAR_OLD = re.compile(r"-?year-olds?")
_YEAR_OLD_WORD = re.compile(r"year-olds?")
_NUMERAL = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?")
_PHONE = re.compile(r"(?=[+(\d])(?:\+\d{1,3}[\s.-])?(?:\(\d{2,4}\)|\b\d{2,4})[\s.-]\d{3,4}[\s.-]\d{3,4}\b")
_UNIT_SPLIT = re.compile(r"([a-z]+)-([a-z]+(?:-[a-z]+)*)$")


# A token with the spaces before it: `findall` gives every token and gap as strings, and their running lengths
# give the offsets, with no Python work per token (a text is tens of thousands of tokens; few matter).
_SPACED_TOKEN = re.compile(rf"(\s*)({_TOKEN.pattern})")
_SYMBOLS_AND_CODES = frozenset(CURRENCY_SYMBOLS) | frozenset(CURRENCY_CODES)


def _tokens(text: str) -> list[_Tok]:
    """Tokens, with "three-day", "five-year-old" and "quarter-century" split at the hyphen after the number word."""
    flat = list(chain.from_iterable(_SPACED_TOKEN.findall(text)))
    ends = list(accumulate(map(len, flat)))
    texts, starts, ends = flat[1::2], ends[0::2], ends[1::2]
    lowered = text.lower()
    if len(lowered) == len(text):  # lower-casing kept every offset (not so for a few letters such as "İ")
        lows = [lowered[s:e] for s, e in zip(starts, ends)]
    else:
        lows = [t.lower() for t in texts]
    for k in reversed([k for k, t in enumerate(texts) if "-" in t]):
        t, s, e = texts[k], starts[k], ends[k]
        if not t[0].isalpha():
            continue
        parts = _UNIT_SPLIT.match(t.lower())
        if parts and (parts.group(1) in _NUMBER_WORD or parts.group(1) in ("half", "quarter")) and (unit_word(parts.group(2).split("-")[0]) or parts.group(2).startswith("year-old")):
            a = s + len(parts.group(1))
            pieces = [t[:a - s], "-", t[a - s + 1:]]
            texts[k:k + 1], starts[k:k + 1], ends[k:k + 1] = pieces, [s, a, a + 1], [a, a + 1, e]
            lows[k:k + 1] = [p.lower() for p in pieces]
    return list(map(_Tok, texts, starts, ends, lows))


def scan(text: str, exclude: tuple[tuple[int, int], ...] = ()) -> list[Quantity]:
    """Return every quantity phrase of `text`, left to right."""
    excluded = SpanIndex(list(exclude) + [m.span() for m in _PHONE.finditer(text)])
    toks = _tokens(text)
    # The tokens a quantity can start at; any other is skipped at once (most of a text).
    # The set test first: it settles most tokens.
    starts = [k for k, t in enumerate(toks) if t.low in _STARTERS or t.text[0].isdigit() or t.text in _SYMBOLS_AND_CODES
              or t.text[0] == "." and len(t.text) > 1 or "-" in t.low and t.low.split("-")[0] in _NUMBER_WORD]
    out: list[Quantity] = []
    i = 0  # the first token not yet read into a quantity
    for k in starts:
        if k < i:
            continue
        q = _parse_at(text, toks, k, excluded)
        if q is not None:
            out.append(q[0])
            i = q[1]
    return sorted(_join_bounds(text, out) + _none_hurt(text, excluded), key=lambda q: q.start)


# A toll of none: "no injuries were reported", "there were no reports of deaths", "no one else was hurt". "Else"
# counts the others besides those already named, as "another four" does: a count of others, not a total.
_NONE_HURT = re.compile(  # the lookahead names each branch's first letter, so that the engine skips to them
    r"(?=[NnTt])\b(?:[Nn]o\s+(?:one|body)|[Nn]obody)\s+(?P<others>else\s+)?(?:was|were|has\s+been|had\s+been|is)\s+"
    r"(?:seriously\s+|badly\s+)?(?:injured|hurt|killed|wounded)\b"
    r"|\b[Nn]o\s+(?:other\s+)?(?:serious\s+)?(?:injuries|deaths|casualties|fatalities)\s+(?:were|was|have\s+been|had\s+been)\s+reported\b"
    r"|\b(?:[Tt]here\s+(?:were|have\s+been)\s+)?no\s+(?:immediate\s+)?reports?\s+of\s+(?:any\s+)?(?:injuries|deaths|casualties|fatalities)\b"
    r"|\b[Tt]here\s+(?:were|have\s+been)\s+no\s+(?:injuries|deaths|casualties|fatalities)\b")


# Every branch of `_NONE_HURT` ends in one of these words: a text with none of them (most) is passed over at once.
_HARM_WORDS = ("injured", "hurt", "killed", "wounded", "injuries", "deaths", "casualties", "fatalities")


def _none_hurt(text: str, excluded: SpanIndex) -> list[Quantity]:
    if not any(w in text for w in _HARM_WORDS):
        return []
    return [Quantity(m.start(), m.end(), "count", Interval(0, 0), False, None, "others" if m.group("others") else None)
            for m in _NONE_HURT.finditer(text) if not excluded.overlaps(m.start(), m.end())]


def _join_bounds(text: str, found: list[Quantity]) -> list[Quantity]:
    """"above 1,000 and below 1,500", "at most 100 and at least 20": two bounds, one range."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (prev and (prev.kind == q.kind or prev.kind == "count" and q.kind in ("money", "measure", "percent")) and _one_sided(prev) and _one_sided(q) and _one_sided(prev) != _one_sided(q)
                and _JOINER.fullmatch(text[prev.end:q.start])):
            both = prev.interval.intersect(q.interval)
            if not both.empty:
                out[-1] = Quantity(prev.start, q.end, q.kind, both, False, q.unit or prev.unit, q.about or prev.about)
                continue
        out.append(q)
    return out


def _one_sided(q: Quantity) -> str | None:
    if q.interval.high == INF and q.interval.low > -INF:
        return "lower"
    if q.interval.low in (0, -INF) and q.interval.high < INF and q.interval.low != q.interval.high:
        return "upper"
    return None


def _time_unit_at(toks: list[_Tok], j: int, glued_ok: bool = True) -> tuple[str | None, int]:
    """A time unit at token j, skipping a hyphen ("30-minute") and one word like "more" ("2 more minutes")."""
    if j < len(toks) and toks[j].low == "-" and j + 1 < len(toks) and (toks[j].start == toks[j - 1].end
                                                                         or unit_word(toks[j + 1].low)):
        j += 1  # "30-minute"; "a 50 - year career" as text split into tokens and rejoined writes it
    if j < len(toks) and toks[j].low in _EXTRA and j + 1 < len(toks) and unit_word(toks[j + 1].low):
        j += 1
    if j < len(toks):
        unit = unit_word(toks[j].low)
        if unit and (unit not in TIME_ABBREVIATIONS or glued_ok):
            return unit, j + 1
    return None, j


def _parse_at(text: str, toks: list[_Tok], i: int, exclude) -> tuple[Quantity, int] | None:
    num = _core(text, toks, i)
    if num is None:
        return None
    num = _ratio(text, toks, num)
    value, j = num.value, num.end
    first, last = toks[i], toks[j - 1]
    if exclude.overlaps(first.start, last.end):
        return None
    prev = toks[i - 1].low if i else ""
    prefix_measure = prev in PREFIX_MEASURES and value is not None
    if not num.vague and not prefix_measure and not_a_quantity(text, toks, i, j, value):
        return None
    start = first.start
    interval: Interval | None = Interval(num.vague[0], num.vague[1], False, num.vague[1] >= 10) if num.vague else None
    # Ranges: "between 20 and 30", "20 to 30", "20-30", "from 20 to 30", "20 through 100".
    if j + 1 < len(toks) and toks[j].low in RANGE_WORDS and not num.vague and value is not None:
        second = _core(text, toks, j + 1)
        if second and second.value is not None and second.value > value and (toks[j].low != "and" or prev == "between"):
            if toks[j].low not in ("-", "–") or text[last.end:toks[j + 1].start] in ("-", "–"):
                value2, j2 = second.value, second.end
                scale = _trailing_scale(toks, j2)
                interval = Interval(value * (scale if value < value2 / 100 else 1), value2 * scale if scale > 1 and value2 < scale else value2)
                j = j2 + (1 if scale > 1 and value2 < scale and j2 < len(toks) and toks[j2].low in SCALES else 0)
                num.currency = num.currency or second.currency
                if prev in ("between", "from"):
                    start = toks[i - 1].start
    kind = "count"
    unit = num.currency
    about = None
    end = toks[j - 1].end
    time_unit, after_unit = _time_unit_at(toks, j, glued_ok=value is not None)
    if prefix_measure:
        kind, unit, start = "measure", prev, toks[i - 1].start
    elif num.share:
        kind = "percent"
        interval = Interval.exact(value * 100)
    elif j < len(toks):
        nxt = toks[j].low
        if nxt == "%" or nxt in ("percent", "per") and (nxt == "percent" or (j + 1 < len(toks) and toks[j + 1].low == "cent")):
            kind = "percent"
            j += 1 if nxt != "per" else 2
            end = toks[j - 1].end
        elif nxt in ("pound", "pounds") and not num.currency and _weighed(toks, i):
            kind, unit = "measure", "lb"  # "weighing 180 pounds", "a 300-pound load": weight, not sterling
            j += 1
            end = toks[j - 1].end
        elif nxt in _CENTS and not num.currency and value is not None:
            kind, unit, value = "money", "USD", value / 100  # "10 cents", "10¢"
            interval = Interval(interval.low / 100, interval.high / 100) if interval else None
            j += 1
            end = toks[j - 1].end
        elif (nxt in CURRENCY_WORDS or toks[j].text in CURRENCY_SYMBOLS and toks[j].start == last.end
              or toks[j].text in CURRENCY_CODES or _currency_after(toks, j)) and not num.currency:
            named = j
            if nxt not in CURRENCY_WORDS and toks[j].text not in CURRENCY_SYMBOLS and toks[j].text not in CURRENCY_CODES:
                j = _currency_after(toks, j)  # "42 Lebanese pounds", "3 Hong Kong dollars"
            kind, unit = "money", CURRENCY_WORDS.get(toks[j].low) or CURRENCY_SYMBOLS.get(toks[j].text) or CURRENCY_CODES.get(toks[j].text, toks[j].text)
            if j > named:  # the nationality names the currency: Lebanese pounds are LBP, not sterling
                unit = NATIONAL_CURRENCIES.get((" ".join(t.low for t in toks[named:j]), singular(toks[j].low)), unit)
            j += 1
            value, interval, j = _and_cents(text, toks, j, value, interval)
            interval, j = _unit_range(text, toks, j, value, interval, prev)
            if interval is not None and prev in ("between", "from"):
                start = toks[i - 1].start
            end = toks[j - 1].end
        elif _YEAR_OLD.fullmatch(nxt) or (nxt == "-" and j + 1 < len(toks) and _YEAR_OLD_WORD.fullmatch(toks[j + 1].low)):
            kind = "age"
            j += 1 if nxt != "-" else 2
            end = toks[j - 1].end
        elif nxt == "-" and [t.low for t in toks[j + 1:j + 4]] in (["year", "-", "old"], ["year", "-", "olds"]):
            kind = "age"  # "38 - year - old": hyphens set apart by spaces (text split into tokens and rejoined)
            j += 4
            end = toks[j - 1].end
        elif time_unit and not num.currency:
            if after_unit < len(toks) and toks[after_unit].low == "old":
                kind = "age"
                j = after_unit + 1
            else:
                kind, unit = "duration", "days"
                hedge = hedge_before(toks, i)
                days, j = _compound_duration(text, toks, interval or Interval.exact(value), time_unit, after_unit)
                interval = _duration(days, TIME_UNITS[time_unit], hedge)
                said = Interval(days.low * TIME_UNITS[time_unit], days.high * TIME_UNITS[time_unit])
                if hedge and start == first.start:
                    start = toks[i - hedge_words(toks, i)].start
                if i and toks[i - 1].low in ("another", "the", "a", "an") and toks[i].low in WHOLE:
                    start = toks[i - 1].start
            end = toks[j - 1].end
        elif singular(nxt) in MEASURE_UNITS and not num.currency:
            kind, unit = "measure", MEASURE_UNITS[singular(nxt)]
            j += 1
            end = toks[j - 1].end
        elif nxt == "-" and j + 1 < len(toks) and singular(toks[j + 1].low) in MEASURE_UNITS and not num.currency:
            kind, unit = "measure", MEASURE_UNITS[singular(toks[j + 1].low)]  # "a 9-acre site", "a 9 - acre site"
            j += 2
            end = toks[j - 1].end
    if num.currency:
        kind = "money"
        if interval is None and j < len(toks):  # "$20 and 43 cents", "US$3 and fourteen"
            value, interval, after_cents = _and_cents(text, toks, j, value, interval)
            if after_cents != j:
                j = after_cents
                end = toks[j - 1].end
    if value is None and kind == "count" and num.vague is None:
        return None
    if kind == "count" and prev in ("aged", "age"):
        kind = "age"
        start = toks[i - 1].start
    elif kind == "count" and (name := appositive_name(text, first.start, end, first.text)):
        kind, about = "age", name
    suffix = (toks[j].low, toks[j + 1].low) if j + 1 < len(toks) else None
    if (suffix in SUFFIX_BOUNDS and value is not None
            and not (j + 2 < len(toks) and (toks[j + 2].text[0].isdigit() or toks[j + 2].low in _NUMBER_WORD))):
        if kind == "duration":  # "three days or more": the length said, in days, is the bound
            interval = Interval(said.low, INF) if SUFFIX_BOUNDS[suffix] == "lower" else Interval(0.0, said.high)
        else:
            interval = Interval(value, INF) if SUFFIX_BOUNDS[suffix] == "lower" else Interval(0 if value >= 0 else -INF, value)
        j += 2
        end = toks[j - 1].end
    if kind == "duration":
        approximate = True
        # "more than three hours", "up to 15 minutes", "≤ 2 hours": the length said, open on that side. "Over three
        # days" may also be a span of three days ("talks over three days"), which the open reading still holds.
        if (bound := bound_before(toks, i)) and start == first.start:
            direction, closed, words = bound
            interval = Interval(said.low, INF, not closed, True) if direction == "lower" \
                else Interval(0.0, said.high, False, not closed)
            start = toks[i - words].start
    else:
        interval, approximate, start = bounds_and_hedges(toks, i, start, value, interval, num)
    if about is None and (kind in ("count", "measure") or num.share):
        about = about_of(toks, j, num.vague is not None)
    part = kind == "count" and j + 2 < len(toks) and toks[j].low == "of" and toks[j + 1].low in _GROUP_WORDS \
        and toks[j + 2].text[0].isalpha()
    return Quantity(start, end, kind, interval, approximate, unit, about, part), j


_CENTS = frozenset("cent cents pennies ¢".split())


def _currency_after(toks: list[_Tok], j: int) -> int:
    """The index of a currency word one or two words on ("Kuwaiti dinars", "Hong Kong dollars"), else 0."""
    for k in (j + 1, j + 2):
        if k < len(toks) and toks[k].low in CURRENCY_WORDS and all(t.text.isalpha() for t in toks[j:k]) and toks[k].low not in ("won", "rand"):
            return k
    return 0


def _and_cents(text, toks, j, value, interval):
    """ "20 dollars and 43 cents", "$20 and 43c", "3 GBP 1 pence", "20 ringgit 43 sen": the hundredths belong to the
    amount; so does a bare whole number under 100 that ends the clause, as amounts are said aloud ("twenty dollars
    forty-three", "$20 and 43.")."""
    k = j + 1 if j < len(toks) and toks[j].low == "and" else j
    if value is None or interval is not None or k >= len(toks) or not toks[k].text[0].isdigit() and toks[k].low.split("-")[0] not in _NUMBER_WORD:
        return value, interval, j
    cents = _core(text, toks, k)
    if not cents or cents.value is None or not 0 < cents.value < 100 or cents.value != int(cents.value) or cents.currency:
        return value, interval, j
    e = cents.end
    if e < len(toks) and (toks[e].low in SUBUNITS or toks[e].low in ("c", "p") and toks[e].start == toks[e - 1].end):
        return value + cents.value / 100, None, e + 1
    if e == len(toks) or toks[e].text in (".", ",", ";", "!", "?", ")"):
        return value + cents.value / 100, None, e
    return value, interval, j


def _unit_range(text, toks, j, value, interval, prev):
    """ "from 10 dollars to 20 dollars", "between 5 km and 8 km": a range with its unit said twice."""
    if interval is not None or value is None or j + 2 >= len(toks) + 1 or j >= len(toks):
        return interval, j
    word = toks[j].low
    if word in ("to", "through", "-", "–") or word == "and" and prev == "between":
        second = _core(text, toks, j + 1) if j + 1 < len(toks) else None
        if second and second.value is not None and second.value > value and second.end < len(toks) and toks[second.end].low == toks[j - 1].low:
            return Interval(value, second.value), second.end + 1
    return interval, j


def _compound_duration(text, toks, interval: Interval, unit: str, j: int) -> tuple[Interval, int]:
    """Add the parts after a duration's unit: "an hour and a half", "one week and three days",
    "2 years, 3 months" — returned in the first unit."""
    per = TIME_UNITS[unit]
    extra = 0.0
    while j < len(toks):
        k = j + 1 if toks[j].low in ("and", ",") else j
        if k + 2 < len(toks) + 1 and k + 1 < len(toks) and toks[k].low in ("a", "an") and toks[k + 1].low == "half" and extra == 0:
            extra, j = 0.5 * per, k + 2
            break
        if k < len(toks) and toks[k].low == "half" and toks[j].low == "and":
            extra, j = 0.5 * per, k + 1
            break
        if k >= len(toks) or not (toks[k].text[0].isdigit() or toks[k].low in _NUMBER_WORD or toks[k].low in ("a", "an")):
            break
        part = _core(text, toks, k)
        if part is None or part.value is None:
            break
        second, after = _time_unit_at(toks, part.end)
        if second is None or TIME_UNITS[second] >= per:
            break
        extra += part.value * TIME_UNITS[second]
        j = after
    return Interval(interval.low + extra / per, interval.high + extra / per), j


def _core(text: str, toks: list[_Tok], i: int) -> _Num | None:
    """Parse the bare number at token i."""
    currency = None
    t = toks[i]
    n = len(toks)
    if (t.text in CURRENCY_SYMBOLS or t.text in CURRENCY_CODES or t.low in CURRENCY_BEFORE) and i + 1 < n and toks[i + 1].text[0].isdigit():
        currency = CURRENCY_SYMBOLS.get(t.text) or CURRENCY_CODES.get(t.text) or CURRENCY_WORDS[t.low]
        i += 1
        t = toks[i]
    elif t.text == "Rs" and i + 1 < n:  # "Rs 20", "Rs. 20 crore": rupees
        k = i + 1 + (toks[i + 1].text == "." and i + 2 < n)
        if toks[k].text[0].isdigit():
            currency, i = "INR", k
            t = toks[i]
    low = t.low
    if t.text == "point" and i + 1 < n and (frac := _decimals(toks, i + 1)):
        return _Num(frac[0], frac[1])  # "point 77": a decimal said aloud without its zero
    # Negatives: "-5", "minus ten", "negative 1,200".
    if low in ("-", "−", "minus", "negative") and i + 1 < n:
        glued = toks[i + 1].start == t.end
        if low in ("minus", "negative") or (glued and (i == 0 or toks[i - 1].end < t.start or toks[i - 1].text in "(<>=≤≥:")):
            inner = _core(text, toks, i + 1)
            if inner and inner.value is not None and not inner.vague and (low in ("minus", "negative") or toks[i + 1].text[0].isdigit()):
                inner.value = -inner.value
                return inner
        return None
    # Vague plurals: "hundreds", "tens of thousands", "hundreds of thousands", "dozens".
    if low in ("tens", "hundreds") and i + 2 < n and toks[i + 1].low == "of" and toks[i + 2].low in ("thousands", "millions"):
        base = 10 if low == "tens" else 100
        unit = 1000 if toks[i + 2].low == "thousands" else 1_000_000
        return _Num(base * unit, i + 3, True, (2 * base * unit, 10 * base * unit))
    if low in VAGUE:
        if i + 2 < n and toks[i + 1].low == "of" and toks[i + 2].text[0].isdigit():
            return None  # "scores of 90": a noun, not a number
        return _Num(None, i + 1, True, VAGUE[low])
    if low in WHOLE and i + 1 < n and unit_word(toks[i + 1].low) and toks[i + 1].low == unit_word(toks[i + 1].low):
        if low == "all" or (i and toks[i - 1].low in ("the", "a", "an")):
            return _Num(1, i + 1, True)  # "all day", "the whole week", "a full year"
    if low == "half":
        nxt = toks[i + 1].low if i + 1 < n else ""
        if nxt in ("a", "an") and i + 2 < n and unit_word(toks[i + 2].low):
            return _Num(0.5, i + 2)  # "half an hour"
        if unit_word(nxt) or nxt == "-" and i + 2 < n and unit_word(toks[i + 2].low):
            return _Num(0.5, i + 1)  # "half hour", "half-day"
        return _Num(0.5, i + 1, share=True)  # "more than half"
    if low in ("a", "an", "another", "one") and i + 1 < n:
        nxt = toks[i + 1].low
        if nxt == "dozen":
            return _Num(12, _skip_of(toks, i + 2), True)
        if nxt in SMALL and low != "one":
            return _Num(None, _skip_of(toks, i + 2), True, SMALL[nxt])
        if nxt in SCALES and low != "one":
            value, j = _word_number(toks, i + 1, lead=1)  # "a hundred and fifty": the article counts one
            plain = all(toks[k].low in SCALES for k in range(i + 1, j))  # "a thousand" is round, "a thousand and one" not
            return _Num(value, j, plain, scaled=plain and value >= 1000)
        # "a half year", "a quarter hour", and hyphenated: "a half-century", "a quarter - century".
        unit_at = i + 3 if i + 3 < n and toks[i + 2].text == "-" else i + 2
        if nxt == "half" and unit_at < n and unit_word(toks[unit_at].low):
            return _Num(0.5, i + 2)  # the unit reader skips the hyphen
        if nxt in FRACTIONS and nxt != "half" or nxt == "half" and low != "another":
            if unit_at < n and unit_word(toks[unit_at].low) and nxt == "quarter":
                return _Num(0.25, i + 2)
            if low in ("a", "an") and nxt not in ("half", "quarter") and i + 2 < n and toks[i + 2].text[0].isalpha() \
                    and toks[i + 2].low not in _SHARE_FOLLOWERS:
                return None  # "a third man", "a fifth straight day": an ordinal, not a share
            return _Num(1 / FRACTIONS[nxt], i + 2, share=True)  # "a third of", "one half"
        if unit_word(nxt) and low != "one" and toks[i + 1].start > t.end:
            return _Num(1, i + 1, True)  # "a week", "another hour"
        if nxt in CURRENCY_WORDS and low in ("a", "one") and nxt not in ("won", "rand"):
            return _Num(1, i + 1)  # "a dollar"
        if low != "one":
            return None
    if t.text[0].isdigit() or t.text[0] == "." and len(t.text) > 1:
        if not _NUMERAL.fullmatch(t.text):
            return None
        value = float(t.text.replace(",", ""))
        j = i + 1
        # "1/2", "3/4 of": a fraction (dates were excluded before this reader runs).
        if j + 1 < n and toks[j].text == "/" and toks[j].start == t.end and toks[j + 1].start == toks[j].end and toks[j + 1].text.isdigit():
            if j + 2 < n and toks[j + 2].text == "/" or float(toks[j + 1].text) == 0:
                return None
            value /= float(toks[j + 1].text)
            j += 2
            return _Num(value, j, share=j < n and toks[j].low == "of")
        if j < n and toks[j].low == "point" and (frac := _decimals(toks, j + 1)) and "." not in t.text:
            value += frac[0]  # "1 point 5"
            j = frac[1]
        if (mixed := _mixed_fraction(toks, j, t)) is not None:
            value += mixed[0]  # "2-1/2 years", "2 1/2 years"
            j = mixed[1]
        if j + 1 < n and toks[j].text == "-" and toks[j].start == toks[j - 1].end and toks[j + 1].start == toks[j].end \
                and toks[j + 1].low in SCALES and toks[j + 1].low != "hundred":
            j += 1  # "$137-million": the hyphen joins the scale to the number
        scale = _trailing_scale(toks, j, money=currency is not None)
        if scale > 1:
            value *= scale
            j += 1
        elif j < n and toks[j].low in ("dozen", "dozens"):
            value *= 12
            j += 1
        value, j = _and_a_half(toks, j, value)
        digits = t.text.replace(",", "").split(".")[0]
        round_ = scale > 1 or (value >= 100 and digits.endswith("00"))
        return _Num(value, j, round_, None, currency, scaled=scale > 1)
    if low in _NUMBER_WORD or low.split("-")[0] in TENS or low.split("-")[0] in _NUMBER_WORD:
        parts = low.split("-")
        if len(parts) == 2 and parts[0] in _NUMBER_WORD and parts[1] in FRACTIONS:
            return _Num(UNITS.get(parts[0], 1) / FRACTIONS[parts[1]], i + 1, share=True)  # "two-thirds"
        value, j = _word_number(toks, i)
        if value is None:
            return None
        if j < n and toks[j].low in FRACTIONS and toks[j].low.endswith("s") and j + 1 < n and toks[j + 1].low == "of":
            return _Num(value / FRACTIONS[toks[j].low], j + 1, share=True)  # "three quarters of"
        value, j = _and_a_half(toks, j, value)
        scaled = toks[j - 1].low in SCALES and toks[j - 1].low != "hundred"
        return _Num(value, j, value >= 100 and value % 100 == 0, scaled=scaled)
    return None


def _mixed_fraction(toks: list[_Tok], j: int, whole: _Tok) -> tuple[float, int] | None:
    """The fraction after a whole number, joined by a hyphen or one space: "2-1/2", "2 1/2". Only a
    proper fraction of halves, thirds, quarters or eighths ("24 7/8"), so "10 20/30" stays two numbers."""
    n = len(toks)
    k = j + 1 if j < n and toks[j].text == "-" and toks[j].start == whole.end else j
    if k + 2 >= n or not (toks[k].text.isdigit() and toks[k + 1].text == "/" and toks[k + 2].text.isdigit()):
        return None
    if toks[k + 1].start != toks[k].end or toks[k + 2].start != toks[k + 1].end or toks[k].start > toks[k - 1].end + 1:
        return None
    num, den = int(toks[k].text), int(toks[k + 2].text)
    if den not in (2, 3, 4, 8) or not 0 < num < den or k + 3 < n and toks[k + 3].text == "/":
        return None
    return num / den, k + 3


def _weighed(toks: list[_Tok], i: int) -> bool:
    """A weight word within the three words before a number: "weighing 180 pounds", "weight of 20 pounds"."""
    return any(t.low.startswith("weigh") for t in toks[max(0, i - 3):i])


def _skip_of(toks: list[_Tok], j: int) -> int:
    """ "a couple of days": the "of" belongs to the number when a unit or plain noun follows."""
    if j + 1 < len(toks) and toks[j].low == "of" and toks[j + 1].low not in ("the", "them", "those", "these", "its", "their", "his", "her"):
        return j + 1
    return j


def _and_a_half(toks: list[_Tok], j: int, value: float) -> tuple[float, int]:
    """ "5 and a half minutes", "one and a quarter hours": the fraction belongs to the number when a unit follows."""
    n = len(toks)
    if j + 1 < n and toks[j].low == "and":
        # "and a quarter", "and quarter", "and three quarters (of an)": the count of quarters may be left out.
        k = j + 1
        quarters = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}.get(toks[k].low)
        k += quarters is not None
        if k < n and toks[k].low in ("quarter", "quarters"):
            k += 1
            if k < n and toks[k].low == "of":
                k += 1 + (k + 1 < n and toks[k + 1].low in ("a", "an"))
            if k < n and unit_word(toks[k].low):
                return value + (quarters or 1) / 4, k
    if j + 2 < n and toks[j].low == "and" and toks[j + 1].low in ("a", "an") and toks[j + 2].low == "half" and j + 3 < n and unit_word(toks[j + 3].low):
        return value + 0.5, j + 3
    if j + 1 < n and toks[j].low == "and" and toks[j + 1].low == "half" and j + 2 < n and unit_word(toks[j + 2].low):
        return value + 0.5, j + 2
    return value, j


def _decimals(toks: list[_Tok], j: int) -> tuple[float, int] | None:
    """The digits after "point": "two point five" -> (0.5, next), "1 point 25" -> (0.25, next)."""
    if j < len(toks) and toks[j].text.isdigit():
        return float("0." + toks[j].text), j + 1
    digits = ""
    while j < len(toks) and toks[j].low in UNITS and UNITS[toks[j].low] < 10:
        digits += str(UNITS[toks[j].low])
        j += 1
    return (float("0." + digits), j) if digits else None


def _trailing_scale(toks: list[_Tok], j: int, money: bool = False) -> int:
    """The scale after a figure: "million", or glued "bn", "k", "m" ("m." ends a sentence after an amount of
    money, "$4.5m.", but may be metres after a bare figure, "ran the 100m.")."""
    if j < len(toks):
        w = toks[j].low
        if w in SCALES and w != "hundred":
            return SCALES[w]
        if w in SHORT_SCALES and toks[j].start == toks[j - 1].end and (w != "m" or money or j + 1 >= len(toks) or toks[j + 1].text != "."):
            return SHORT_SCALES[w]
    return 1


# "of", one of these and a noun after a count make it a part of a group named by that noun: "four of the dead".
# After "of them" or "of whom" the words that follow say which part ("five of them critically"): no group noun.
_GROUP_WORDS = frozenset("the those these its their his her our".split())
# Words after "a third" that leave it a share: "a third of", "a third more", "cut by a third and ...".
_SHARE_FOLLOWERS = frozenset("of more less fewer and or to than".split())


def _ratio(text: str, toks: list[_Tok], num: _Num) -> _Num:
    """"One in five", "nine out of ten": a share of a whole, not a count of one and of five. Under "in" the
    whole must not read as a year ("killed 5 in 2012"), and the part must be the smaller ("3 in 2 attacks")."""
    j, n = num.end, len(toks)
    if num.value is None or num.vague or num.share or num.currency or j + 1 >= n:
        return num
    if toks[j].low == "in":
        k = j + 1
    elif toks[j].low == "out" and j + 2 < n and toks[j + 1].low == "of":
        k = j + 2
    else:
        return num
    whole = _core(text, toks, k)
    if whole is None or whole.value is None or whole.vague or whole.share or whole.currency \
            or not 0 < num.value < whole.value or k == j + 1 and _YEAR.fullmatch(toks[k].text):
        return num
    return _Num(num.value / whole.value, whole.end, share=True)


def _word_number(toks: list[_Tok], i: int, lead: int = 0) -> tuple[float | None, int]:
    """Read "three hundred and forty", "twenty-five", "one million", "fifteen hundred"; `lead` 1 when an article
    before `i` stands for "one" ("a hundred and fifty")."""
    total = 0
    current = lead
    j = i
    seen = bool(lead)
    last = ""  # "unit" or "tens": "one twenty" is two numbers, not 21
    while j < len(toks):
        w = toks[j].low
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS:
            if last:
                break
            current += TENS[parts[0]] + UNITS[parts[1]]
            last = "unit"
        elif w in UNITS:
            if last == "unit" or last == "tens" and UNITS[w] >= 10:
                break
            current += UNITS[w]
            last = "unit"
        elif w in TENS:
            if last:
                break
            current += TENS[w]
            last = "tens"
        elif w in ("dozen", "dozens") and (seen or w == "dozen"):
            current = (current or 1) * 12
        elif w == "hundred" and seen:
            current *= 100
            last = ""
        elif (w in SCALES or w[:-1] in SCALES) and seen and w != "hundreds":
            scale = SCALES.get(w) or SCALES[w[:-1]]
            if current == 0 and total:
                total *= scale  # "three thousand millions"
            else:
                total += current * scale
                current = 0
            last = ""
        elif w == "point" and seen and (frac := _decimals(toks, j + 1)):
            current += frac[0]
            j = frac[1]
            last = "unit"
            continue
        elif w == "and" and seen and not last and j + 1 < len(toks) and (toks[j + 1].low in UNITS or toks[j + 1].low in TENS or toks[j + 1].low.split("-")[0] in TENS):
            pass  # "three hundred and forty": "and" joins only after a scale word ("one and three quarters" is 1.75)
        else:
            break
        seen = True
        j += 1
    value = total + current
    return (value if seen else None), j


def _duration(interval: Interval, days: float, hedge: str | None) -> Interval:
    tol = days * min(1.0, interval.high or 1.0) / 4  # a quarter of the unit, of the amount when under one
    low, high = interval.low * days, interval.high * days
    if hedge == "below":
        return Interval(max(0.0, low - tol), high, False, True)
    if hedge == "above":
        return Interval(low, high + tol, True, False)
    return Interval(max(0.0, low - tol), high + tol)


