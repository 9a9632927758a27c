"""Quantity phrases: what a number measures (count, money, percent, age, measure, duration) and the bounds
and hedges around it; the bare number itself is `number_grammar`'s.

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

from coverage_site.claims.intervals import INF, Interval
from coverage_site.claims.number_context import (
    about_of, appositive_name, bound_before, bounds_and_hedges, hedge_before, hedge_words, not_a_quantity,
)
from coverage_site.claims.number_grammar import NUMBER_WORD, Tok, core, ratio, tokens, trailing_scale
from coverage_site.claims.number_words import (
    CURRENCY_BEFORE, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, FRACTIONS, MEASURE_UNITS, NATIONAL_CURRENCIES,
    PREFIX_MEASURES, RANGE_WORDS, SCALES, SUBUNITS, SUFFIX_BOUNDS, TIME_ABBREVIATIONS, TIME_UNITS, VAGUE, WHOLE,
    singular, unit_word,
)
from coverage_site.model import SpanIndex

# Words that can open a quantity; any other word is skipped at once (most of a text).
_STARTERS = (NUMBER_WORD | frozenset(VAGUE) | frozenset(FRACTIONS) | frozenset(CURRENCY_SYMBOLS) | CURRENCY_BEFORE
             | frozenset("tens a an another several minus negative - − all whole full entire rs point".split()))
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


# Compiled once: these run for every candidate number.
_JOINER = re.compile(r",?\s+(?:and|but)\s+|\s*,\s*")
_YEAR_OLD = re.compile(r"-?year-olds?")
_YEAR_OLD_WORD = re.compile(r"year-olds?")
_PHONE = re.compile(r"(?=[+(\d])(?:\+\d{1,3}[\s.-])?(?:\(\d{2,4}\)|\b\d{2,4})[\s.-]\d{3,4}[\s.-]\d{3,4}\b")



_SYMBOLS_AND_CODES = frozenset(CURRENCY_SYMBOLS) | frozenset(CURRENCY_CODES)


def scan(text: str, exclude: tuple[tuple[int, int], ...] = ()) -> list[Quantity]:
    """Return every quantity phrase of `text`, left to right."""
    excluded = SpanIndex(list(exclude) + [m.span() for m in _PHONE.finditer(text)])
    toks = tokens(text)
    # The tokens a quantity can start at; any other is skipped at once (most of a text).
    # The set test first: it settles most tokens.
    starts = [k for k, t in enumerate(toks) if t.low in _STARTERS or t.text[0].isdigit() or t.text in _SYMBOLS_AND_CODES
              or t.text[0] == "." and len(t.text) > 1 or "-" in t.low and t.low.split("-")[0] in NUMBER_WORD]
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


def _time_unit_at(toks: list[Tok], j: int, glued_ok: bool = True) -> tuple[str | None, int]:
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


def _parse_at(text: str, toks: list[Tok], i: int, exclude) -> tuple[Quantity, int] | None:
    num = core(text, toks, i)
    if num is None:
        return None
    num = ratio(text, toks, num)
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
        second = core(text, toks, j + 1)
        if second and second.value is not None and second.value > value and (toks[j].low != "and" or prev == "between"):
            if toks[j].low not in ("-", "–") or text[last.end:toks[j + 1].start] in ("-", "–"):
                value2, j2 = second.value, second.end
                scale = trailing_scale(toks, j2)
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
            and not (j + 2 < len(toks) and (toks[j + 2].text[0].isdigit() or toks[j + 2].low in NUMBER_WORD))):
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
        if kind == "percent" and not num.share and interval.low == interval.high and first.text[0].isdigit():
            # A percentage is as precise as its last digit: "52 percent" may be 51.8 rounded, "51.8%" 51.75-51.85.
            half = 0.5 * 10 ** -len(first.text.partition(".")[2])
            interval, approximate = Interval(interval.low - half, interval.high + half), True
    if about is None and (kind in ("count", "measure") or num.share):
        about = about_of(toks, j, num.vague is not None)
    part = kind == "count" and j + 2 < len(toks) and toks[j].low == "of" and toks[j + 1].low in _GROUP_WORDS \
        and toks[j + 2].text[0].isalpha()
    return Quantity(start, end, kind, interval, approximate, unit, about, part), j


_CENTS = frozenset("cent cents pennies ¢".split())


def _currency_after(toks: list[Tok], j: int) -> int:
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
    if value is None or interval is not None or k >= len(toks) or not toks[k].text[0].isdigit() and toks[k].low.split("-")[0] not in NUMBER_WORD:
        return value, interval, j
    cents = core(text, toks, k)
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
        second = core(text, toks, j + 1) if j + 1 < len(toks) else None
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
        if k >= len(toks) or not (toks[k].text[0].isdigit() or toks[k].low in NUMBER_WORD or toks[k].low in ("a", "an")):
            break
        part = core(text, toks, k)
        if part is None or part.value is None:
            break
        second, after = _time_unit_at(toks, part.end)
        if second is None or TIME_UNITS[second] >= per:
            break
        extra += part.value * TIME_UNITS[second]
        j = after
    return Interval(interval.low + extra / per, interval.high + extra / per), j


def _weighed(toks: list[Tok], i: int) -> bool:
    """A weight word within the three words before a number: "weighing 180 pounds", "weight of 20 pounds"."""
    return any(t.low.startswith("weigh") for t in toks[max(0, i - 3):i])


# "of", one of these and a noun after a count make it a part of a group named by that noun: "four of the dead".
# After "of them" or "of whom" the words that follow say which part ("five of them critically"): no group noun.
_GROUP_WORDS = frozenset("the those these its their his her our".split())
def _duration(interval: Interval, days: float, hedge: str | None) -> Interval:
    """A length in days, read to a quarter of its unit (of the amount when under one, and of the finest part
    said: "2-1/2 years" to an eighth of a year, so it does not touch "two years"); a hedge ("about 20 minutes",
    "nearly two hours") widens it by a tenth of the amount when that is more, as it does a count."""
    amount = interval.high or 1.0
    grain = 0.5 if (2 * amount) % 2 == 1 else 0.25 if (4 * amount) % 2 == 1 else 1.0  # a half, a quarter, or whole
    tol = days * min(grain, amount) / 4
    low, high = interval.low * days, interval.high * days
    if hedge:
        tol = max(tol, high / 10)
    if hedge == "below":
        return Interval(max(0.0, low - tol), high, False, True)
    if hedge == "above":
        return Interval(low, high + tol, True, False)
    return Interval(max(0.0, low - tol), high + tol)


