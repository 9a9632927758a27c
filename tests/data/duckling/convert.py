"""Convert Duckling's English test corpora (BSD-3, see LICENSE) into `duckling_en.jsonl`.

Usage: python tests/data/duckling/convert.py DUCKLING_CHECKOUT

Reads `Duckling/{Numeral,AmountOfMoney,Duration,Time}/EN/Corpus.hs` and writes one
JSON line per example: its family, its text and the value Duckling expects,
against Duckling's reference time (Tuesday 2013-02-12 04:30). The Haskell is
read with regexes for the few value constructors these files use; examples
whose value is none of them are skipped and counted.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"numbers": "Numeral", "money": "AmountOfMoney", "durations": "Duration", "dates": "Time"}
GRAIN_DAYS = {"Second": 1 / 86400, "Minute": 1 / 1440, "Hour": 1 / 24, "Day": 1, "Week": 7, "Month": 30,
              "Quarter": 91, "Year": 365}
DATE_GRAINS = ("Day", "Week", "Month", "Quarter", "Year")
_STR = re.compile(r'"((?:[^"\\]|\\.)*)"')
_LIST = re.compile(r'\s*\[((?:\s*,?\s*"(?:[^"\\]|\\.)*")*)\s*\]')


def unescape(s: str) -> str:
    s = re.sub(r"\\x([0-9a-fA-F]+)", lambda m: chr(int(m.group(1), 16)), s)
    return s.replace("\\&", "").replace('\\"', '"').replace("\\\\", "\\")


def blocks(source: str):
    """Yield (value expression, [strings]) for each `examples (VALUE) [ ... ]`, and ("NEGATIVE", [...])."""
    source = "\n".join(line for line in source.splitlines() if not line.strip().startswith("--"))
    # The time corpus' `diffCorpus` has another reference time: left out.
    source = re.sub(r"diffContext ::.*?(?=allExamples ::)", "", source, flags=re.S)
    # `latentCorpus` holds readings Duckling itself gives only on request ("5" as an amount of money,
    # "May" as a month): marked latent, and not scored.
    latent = re.search(r"latentCorpus = .*?(?=\n\S)", source, re.S)
    latent_span = latent.span() if latent else (0, 0)
    for m in re.finditer(r"examples\s*\(", source):
        depth, i = 1, m.end()
        while depth:
            depth += {"(": 1, ")": -1}.get(source[i], 0)
            i += 1
        value = " ".join(source[m.end():i - 1].split())
        items = _LIST.match(source, i)
        texts = [unescape(s) for s in _STR.findall(items.group(1))] if items else []
        yield ("LATENT " if latent_span[0] <= m.start() < latent_span[1] else "") + value, texts
    neg = re.search(r"negativeCorpus = .*?examples =\s*\[(.*?)\n\s*\]", source, re.S)
    if neg:
        yield "NEGATIVE", [unescape(s) for s in _STR.findall(neg.group(1))]


def number(s: str) -> float:
    return float(s.strip("() "))


def value_of(family: str, v: str) -> dict | None:
    if v.startswith("LATENT "):
        value = value_of(family, v[len("LATENT "):])
        return value and {**value, "latent": True}
    if v == "NEGATIVE":
        return {"negative": True}
    if family == "numbers":
        m = re.fullmatch(r"NumeralValue (\(?-?[\d.e]+\)?)", v)
        return m and {"low": number(m.group(1)), "high": number(m.group(1))}
    if family == "money":
        m = re.fullmatch(r"(simple|between|under|above) (\w+) \(?([-\d.e]+)(?:, ([-\d.e]+))?\)?", v)
        if not m:
            return None
        kind, cur, a, b = m.groups()
        a = float(a)
        low, high = {"simple": (a, a), "between": (a, float(b or 0)), "under": (None, a), "above": (a, None)}[kind]
        return {"low": low, "high": high, "currency": cur}
    if family == "durations":
        m = re.fullmatch(r"DurationData ([\d.]+) (\w+)", v)
        return m and {"days": float(m.group(1)) * GRAIN_DAYS[m.group(2)], "grain": m.group(2)}
    m = re.fullmatch(r"(datetime|datetimeHoliday) \((\d+), (\d+), (\d+), \d+, \d+, \d+\) (\w+)(?: \".*\")?", v)
    if m:
        y, mo, d = (int(x) for x in m.group(2, 3, 4))
        out = {"start": dt.date(y, mo, d).isoformat(), "grain": m.group(5)}
        return {**out, "holiday": True} if m.group(1).endswith("Holiday") else out
    m = re.fullmatch(r"(datetimeInterval|datetimeIntervalHoliday) \(\((\d+), (\d+), (\d+), (\d+), \d+, \d+\), "
                     r"\((\d+), (\d+), (\d+), (\d+), \d+, \d+\)\) (\w+)(?: \".*\")?", v)
    if m:
        start = dt.date(*(int(x) for x in m.group(2, 3, 4)))
        end = dt.date(*(int(x) for x in m.group(6, 7, 8)))
        if int(m.group(9)) == 0:  # an exclusive end at midnight: the day before is the last
            end -= dt.timedelta(days=1)
        out = {"start": start.isoformat(), "end": end.isoformat(), "grain": m.group(10)}
        return {**out, "holiday": True} if m.group(1).endswith("Holiday") else out
    return None


def main(checkout: str) -> int:
    out, skipped = [], {}
    for family, folder in FILES.items():
        source = (Path(checkout) / "Duckling" / folder / "EN" / "Corpus.hs").read_text(encoding="utf-8")
        for v, texts in blocks(source):
            value = value_of(family, v)
            if value is None:
                skipped[family] = skipped.get(family, 0) + len(texts)
                continue
            for text in texts:
                out.append({"family": family, "text": text, **value})
    with open(HERE / "duckling_en.jsonl", "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(out)} examples written; skipped (other value types): {skipped}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
