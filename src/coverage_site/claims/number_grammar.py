"""The value of a bare number and where it ends: "1,200", "twelve hundred", "a hundred and fifty", "$4.5m",
"two-thirds", "one in five", "dozens". What the number measures (a count, an amount, a length of time) and the
bounds and hedges around it are read by `quantities`, which calls `core` at each token a number can start at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate, chain

from coverage_site.claims.intervals import INF
from coverage_site.claims.number_words import (
    CURRENCY_BEFORE, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, FRACTIONS, SCALES, SHORT_SCALES, SMALL, TENS,
    UNITS, VAGUE, WHOLE, unit_word,
)

# Words first: most tokens are words, and no other alternative can start with a letter except the two before.
_TOKEN = re.compile(r"US\$|L\.E\.?|[A-Za-z]+(?:[-'’][A-Za-z]+)*|[<>]=|=[<>]|[$€£¥₩₹¢%~<>≤≥−/]|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\w.])\.\d+|\S")
NUMBER_WORD = frozenset(UNITS) | frozenset(TENS)
_YEAR = re.compile(r"1[89]\d\d|20\d\d")  # a four-digit figure that reads as a year
_NUMERAL = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?")
_UNIT_SPLIT = re.compile(r"([a-z]+)-([a-z]+(?:-[a-z]+)*)$")


# A token with the spaces before it: `findall` gives every token and gap as strings, and their running lengths
# give the offsets, with no Python work per token (a text is tens of thousands of tokens; few matter).
_SPACED_TOKEN = re.compile(rf"(\s*)({_TOKEN.pattern})")


class Tok:
    """A token: its text, where it stands, and its lower-case form."""

    __slots__ = ("text", "start", "end", "low")

    def __init__(self, text: str, start: int, end: int, low: str | None = None) -> None:
        self.text, self.start, self.end, self.low = text, start, end, low if low is not None else text.lower()


@dataclass
class Num:
    """A bare number: its value, the token after it, and how it was written."""

    value: float | None
    end: int
    round: bool = False  # ends in 00 or has a scale word: hedges widen it by 10 %, not 5 %
    vague: tuple[float, float] | None = None  # "dozens", "a few"
    currency: str | None = None
    scaled: bool = False  # "1.2 million": as precise as its digits
    share: bool = False  # "half", "two-thirds": a share of a whole


def tokens(text: str) -> list[Tok]:
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
        if parts and (parts.group(1) in NUMBER_WORD or parts.group(1) in ("half", "quarter")) and (unit_word(parts.group(2).split("-")[0]) or parts.group(2).startswith("year-old")):
            a = s + len(parts.group(1))
            pieces = [t[:a - s], "-", t[a - s + 1:]]
            texts[k:k + 1], starts[k:k + 1], ends[k:k + 1] = pieces, [s, a, a + 1], [a, a + 1, e]
            lows[k:k + 1] = [p.lower() for p in pieces]
    return list(map(Tok, texts, starts, ends, lows))


def core(text: str, toks: list[Tok], i: int) -> Num | None:
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
        return Num(frac[0], frac[1])  # "point 77": a decimal said aloud without its zero
    # Negatives: "-5", "minus ten", "negative 1,200".
    if low in ("-", "−", "minus", "negative") and i + 1 < n:
        glued = toks[i + 1].start == t.end
        if low in ("minus", "negative") or (glued and (i == 0 or toks[i - 1].end < t.start or toks[i - 1].text in "(<>=≤≥:")):
            inner = core(text, toks, i + 1)
            if inner and inner.value is not None and not inner.vague and (low in ("minus", "negative") or toks[i + 1].text[0].isdigit()):
                inner.value = -inner.value
                return inner
        return None
    # Vague plurals: "hundreds", "tens of thousands", "hundreds of thousands", "dozens".
    if low in ("tens", "hundreds") and i + 2 < n and toks[i + 1].low == "of" and toks[i + 2].low in ("thousands", "millions"):
        base = 10 if low == "tens" else 100
        unit = 1000 if toks[i + 2].low == "thousands" else 1_000_000
        return Num(base * unit, i + 3, True, (2 * base * unit, 10 * base * unit))
    if low in VAGUE:
        if i + 2 < n and toks[i + 1].low == "of" and toks[i + 2].text[0].isdigit():
            return None  # "scores of 90": a noun, not a number
        return Num(None, i + 1, True, VAGUE[low])
    if low in WHOLE and i + 1 < n and unit_word(toks[i + 1].low) and toks[i + 1].low == unit_word(toks[i + 1].low):
        if low == "all" or (i and toks[i - 1].low in ("the", "a", "an")):
            return Num(1, i + 1, True)  # "all day", "the whole week", "a full year"
    if low == "half":
        nxt = toks[i + 1].low if i + 1 < n else ""
        if nxt in ("a", "an") and i + 2 < n and unit_word(toks[i + 2].low):
            return Num(0.5, i + 2)  # "half an hour"
        if unit_word(nxt) or nxt == "-" and i + 2 < n and unit_word(toks[i + 2].low):
            return Num(0.5, i + 1)  # "half hour", "half-day"
        return Num(0.5, i + 1, share=True)  # "more than half"
    if low == "several" and (scaled := _vague_scale(toks, i + 1, SMALL["several"])):
        return scaled  # "several thousand"; "several" alone is no figure to compare
    if low in ("a", "an", "another", "one") and i + 1 < n:
        nxt = toks[i + 1].low
        if nxt == "dozen":
            return Num(12, _skip_of(toks, i + 2), True)
        if nxt in SMALL and low != "one":
            j = _skip_of(toks, i + 2)
            return _vague_scale(toks, j, (2, 3) if nxt in ("couple", "pair") else SMALL[nxt]) \
                or Num(None, j, True, SMALL[nxt])
        if nxt in SCALES and low != "one":
            value, j = _word_number(toks, i + 1, lead=1)  # "a hundred and fifty": the article counts one
            plain = all(toks[k].low in SCALES for k in range(i + 1, j))  # "a thousand" is round, "a thousand and one" not
            return Num(value, j, plain, scaled=plain and value >= 1000)
        # "a half year", "a quarter hour", and hyphenated: "a half-century", "a quarter - century".
        unit_at = i + 3 if i + 3 < n and toks[i + 2].text == "-" else i + 2
        if nxt == "half" and unit_at < n and unit_word(toks[unit_at].low):
            return Num(0.5, i + 2)  # the unit reader skips the hyphen
        if nxt in FRACTIONS and nxt != "half" or nxt == "half" and low != "another":
            if unit_at < n and unit_word(toks[unit_at].low) and nxt == "quarter":
                return Num(0.25, i + 2)
            if (unit := _of_a_unit(toks, i + 2)) is not None:
                return Num(1 / FRACTIONS[nxt], unit)  # "a quarter of an hour", "a third of a mile"
            if low in ("a", "an") and nxt not in ("half", "quarter") and i + 2 < n and toks[i + 2].text[0].isalpha() \
                    and toks[i + 2].low not in _SHARE_FOLLOWERS:
                return None  # "a third man", "a fifth straight day": an ordinal, not a share
            return Num(1 / FRACTIONS[nxt], i + 2, share=True)  # "a third of", "one half"
        if unit_word(nxt) and low != "one" and toks[i + 1].start > t.end:
            return Num(1, i + 1, True)  # "a week", "another hour"
        if nxt in CURRENCY_WORDS and low in ("a", "one") and nxt not in ("won", "rand"):
            return Num(1, i + 1)  # "a dollar"
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
            return Num(value, j, share=j < n and toks[j].low == "of")
        if j < n and toks[j].low == "point" and (frac := _decimals(toks, j + 1)) and "." not in t.text:
            value += frac[0]  # "1 point 5"
            j = frac[1]
        if (mixed := _mixed_fraction(toks, j, t)) is not None:
            value += mixed[0]  # "2-1/2 years", "2 1/2 years"
            j = mixed[1]
        if j + 1 < n and toks[j].text == "-" and toks[j].start == toks[j - 1].end and toks[j + 1].start == toks[j].end \
                and toks[j + 1].low in SCALES and toks[j + 1].low != "hundred":
            j += 1  # "$137-million": the hyphen joins the scale to the number
        scale = trailing_scale(toks, j, money=currency is not None)
        if scale > 1:
            value *= scale
            j += 1
        elif j < n and toks[j].low in ("dozen", "dozens"):
            value *= 12
            j += 1
        if scale == 1 and j + 1 < n and toks[j].text == "-" and toks[j].start == toks[j - 1].end \
                and toks[j + 1].start == toks[j].end and toks[j + 1].low in ("odd", "plus", "something"):
            # "30-odd people" is 30 to 39, "40-plus" 40 or more; "a 30-something man" is an age, no count.
            if toks[j + 1].low == "something" or value != int(value) or value <= 0:
                return None
            step = 10 ** (len(str(int(value))) - len(str(int(value)).rstrip("0"))) if value >= 10 else 1
            return Num(None, j + 2, True, (value, value + step if toks[j + 1].low == "odd" else INF), currency)
        value, j = _and_a_half(toks, j, value)
        digits = t.text.replace(",", "").split(".")[0]
        round_ = scale > 1 or (value >= 100 and digits.endswith("00"))
        return Num(value, j, round_, None, currency, scaled=scale > 1)
    if low in NUMBER_WORD or low.split("-")[0] in TENS or low.split("-")[0] in NUMBER_WORD:
        parts = low.split("-")
        if len(parts) == 2 and parts[0] in NUMBER_WORD and parts[1] in FRACTIONS:
            return Num(UNITS.get(parts[0], 1) / FRACTIONS[parts[1]], i + 1, share=True)  # "two-thirds"
        value, j = _word_number(toks, i)
        if value is None:
            return None
        if j < n and toks[j].low in FRACTIONS and toks[j].low.endswith("s") and j + 1 < n and toks[j + 1].low == "of":
            if (unit := _of_a_unit(toks, j + 1)) is not None:
                return Num(value / FRACTIONS[toks[j].low], unit)  # "three quarters of an hour"
            return Num(value / FRACTIONS[toks[j].low], j + 1, share=True)  # "three quarters of"
        value, j = _and_a_half(toks, j, value)
        scaled = toks[j - 1].low in SCALES and toks[j - 1].low != "hundred"
        return Num(value, j, value >= 100 and value % 100 == 0, scaled=scaled)
    return None


def _of_a_unit(toks: list[Tok], j: int) -> int | None:
    """ "of an hour", "of a mile" after a fraction: the index of the unit, or None."""
    if j + 2 < len(toks) and toks[j].low == "of" and toks[j + 1].low in ("a", "an") and unit_word(toks[j + 2].low):
        return j + 2
    return None


def _vague_scale(toks: list[Tok], j: int, few: tuple[float, float]) -> Num | None:
    """ "a few hundred", "a couple of thousand", "several dozen": a small vague count of a scale, or None."""
    if j < len(toks) and (toks[j].low in SCALES or toks[j].low == "dozen"):
        scale = SCALES.get(toks[j].low, 12)
        return Num(None, j + 1, True, (few[0] * scale, few[1] * scale))
    return None


def _mixed_fraction(toks: list[Tok], j: int, whole: Tok) -> tuple[float, int] | None:
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


def _skip_of(toks: list[Tok], j: int) -> int:
    """ "a couple of days": the "of" belongs to the number when a unit or plain noun follows."""
    if j + 1 < len(toks) and toks[j].low == "of" and toks[j + 1].low not in ("the", "them", "those", "these", "its", "their", "his", "her"):
        return j + 1
    return j


def _and_a_half(toks: list[Tok], j: int, value: float) -> tuple[float, int]:
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


def _decimals(toks: list[Tok], j: int) -> tuple[float, int] | None:
    """The digits after "point": "two point five" -> (0.5, next), "1 point 25" -> (0.25, next)."""
    if j < len(toks) and toks[j].text.isdigit():
        return float("0." + toks[j].text), j + 1
    digits = ""
    while j < len(toks) and toks[j].low in UNITS and UNITS[toks[j].low] < 10:
        digits += str(UNITS[toks[j].low])
        j += 1
    return (float("0." + digits), j) if digits else None


def trailing_scale(toks: list[Tok], j: int, money: bool = False) -> int:
    """The scale after a figure: "million", or glued "bn", "k", "m" ("m." ends a sentence after an amount of
    money, "$4.5m.", but may be metres after a bare figure, "ran the 100m.")."""
    if j < len(toks):
        w = toks[j].low
        if w in SCALES and w != "hundred":
            return SCALES[w]
        if w in SHORT_SCALES and toks[j].start == toks[j - 1].end and (w != "m" or money or j + 1 >= len(toks) or toks[j + 1].text != "."):
            return SHORT_SCALES[w]
    return 1


# Words after "a third" that leave it a share: "a third of", "a third more", "cut by a third and ...".
_SHARE_FOLLOWERS = frozenset("of more less fewer and or to than".split())


def ratio(text: str, toks: list[Tok], num: Num) -> Num:
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
    whole = core(text, toks, k)
    if whole is None or whole.value is None or whole.vague or whole.share or whole.currency \
            or not 0 < num.value < whole.value or k == j + 1 and _YEAR.fullmatch(toks[k].text):
        return num
    return Num(num.value / whole.value, whole.end, share=True)


def _word_number(toks: list[Tok], i: int, lead: int = 0) -> tuple[float | None, int]:
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
