"""Per-family precision and recall of the readers on a held-out suite of English expressions.

The suite is Duckling's English test corpora (BSD-3), converted by
`tests/data/duckling/convert.py` into `tests/data/duckling/duckling_en.jsonl`:
numerals and amounts of money (scored together as number ranges), durations,
and dates against Duckling's reference day, Tuesday 2013-02-12. Each example is
one expression; the reader's longest reading of it is its answer. Precision is
the share of answers that are right (answers on Duckling's negative examples
count as wrong), recall the share of examples answered right. A number must be exact unless the reader
marks it hedged (then within 10 %, the widest hedge the reader applies), and an amount of money must name
Duckling's currency.

Duckling resolves an expression with no tense forward, as an assistant would
("friday" is the coming one); the dates are scored with that default
(`resolve(..., ahead=True)`), news text keeps the past default. Examples that
Duckling reads to the hour, minute or second (times of day) are outside the
readers and not scored, nor are the readings Duckling gives only on request
(its `latentCorpus`: "5" as money, "May" as a month); holidays are their own family.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections import Counter
from pathlib import Path

SUITE = Path(__file__).resolve().parents[1] / "tests" / "data" / "duckling" / "duckling_en.jsonl"
REFERENCE = dt.date(2013, 2, 12)
FAMILIES = ("number ranges", "dates", "holidays", "durations")


def load(path: Path = SUITE) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def family(row: dict) -> str | None:
    f = row["family"]
    if row.get("latent"):
        return None
    if f in ("numbers", "money"):
        return "number ranges"
    if f == "dates":
        if row.get("grain") in ("Hour", "Minute", "Second"):
            return None
        return "holidays" if row.get("holiday") else "dates"
    return f


def _close(got: float, want: float | None, unbounded: float, hedged: bool) -> bool:
    """An end is right when it is the value; a hedged reading ("around 42") may be widened by the reader's
    widest documented hedge, 10 %. An unhedged reading must be exact: "20 rupees 43" read as 20 is wrong."""
    if want is None:
        return got == unbounded or (unbounded == 0 and got <= 0)
    return abs(got - want) <= (0.1 * abs(want) if hedged else 1e-9 * max(1.0, abs(want)))


# Duckling's currency names and the unit the reader should give. An ISO code must match the reader's
# exactly ("42 Lebanese pounds" read as GBP is wrong); Duckling's "Unnamed" ("42 bucks") is not checked.
_CURRENCY = {"Dollar": "USD", "Cent": "USD", "Pound": "GBP", "Dinar": "DINAR", "Riyal": "RIYAL", "Rial": "RIAL",
             "Unnamed": None}


def _currency_right(row: dict, unit: str | None) -> bool:
    want = _CURRENCY.get(row.get("currency"), row.get("currency"))
    return want is None or unit == want


def _number(row: dict):
    from coverage_site.claims import quantities

    found = [q for q in quantities.scan(row["text"]) if q.kind != "duration"]
    if not found:
        return None, False
    q = max(found, key=lambda q: q.end - q.start)
    if row.get("negative"):
        return q, False
    if row["family"] == "money" and (q.kind != "money" or not _currency_right(row, q.unit)):
        return q, False
    i = q.interval
    cents = 100 if row.get("currency") == "Cent" else 1  # Duckling counts cents; the reader, dollars
    low, high = (None if v is None else v / cents for v in (row["low"], row["high"]))
    return q, _close(i.low, low, 0, q.approximate) and _close(i.high, high, float("inf"), q.approximate)


def _duration(row: dict):
    from coverage_site.claims import durations

    found = durations.find(row["text"])
    if not found:
        return None, False
    q = max(found, key=lambda q: q.end - q.start)
    if row.get("negative"):
        return q, False
    want = row["days"]
    mid = (q.interval.low + q.interval.high) / 2
    return q, q.interval.low <= want * 1.0001 and q.interval.high >= want * 0.9999 and abs(mid - want) <= 0.25 * want


def _expected(row: dict) -> tuple[dt.date, dt.date]:
    start = dt.date.fromisoformat(row["start"])
    if "end" in row:
        return start, dt.date.fromisoformat(row["end"])
    grain = row["grain"]
    if grain == "Week":
        return start, start + dt.timedelta(days=6)
    if grain == "Month":
        return start, start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if grain == "Quarter":
        last = start.month + 2
        return start, dt.date(start.year, last, calendar.monthrange(start.year, last)[1])
    if grain == "Year":
        return start, dt.date(start.year, 12, 31)
    return start, start


def _date(row: dict):
    from coverage_site.claims import dates

    found = dates.find(row["text"])
    if not found:
        return None, False
    m = max(found, key=lambda m: m.end - m.start)
    got = dates.resolve(m, REFERENCE, ahead=True)
    if got is None:
        return None, False
    if row.get("negative"):
        return got, False
    return got, tuple(got) == _expected(row)


def score(rows: list[dict] | None = None) -> tuple[dict[str, dict], int]:
    """Return per-family scores and the number of examples not scored (times of day)."""
    rows = load() if rows is None else rows
    counts = {f: Counter() for f in FAMILIES}
    unscored = 0
    for row in rows:
        fam = family(row)
        if fam is None:
            unscored += 1
            continue
        read = {"number ranges": _number, "durations": _duration}.get(fam, _date)
        answer, right = read(row)
        c = counts[fam]
        c["gold"] += not row.get("negative")
        c["negative"] += bool(row.get("negative"))
        c["answered"] += answer is not None
        c["right"] += right
    out = {}
    for f, c in counts.items():
        out[f] = {"precision": c["right"] / c["answered"] if c["answered"] else 0.0,
                  "recall": c["right"] / c["gold"] if c["gold"] else 0.0,
                  "examples": c["gold"], "negatives": c["negative"], "answered": c["answered"]}
    return out, unscored


def misses(fam: str, rows: list[dict] | None = None) -> list[tuple[str, object]]:
    """The examples of a family read wrong or not at all, with the reading (for development)."""
    rows = load() if rows is None else rows
    out = []
    for row in rows:
        if family(row) != fam:
            continue
        read = {"number ranges": _number, "durations": _duration}.get(fam, _date)
        answer, right = read(row)
        if not right and not (row.get("negative") and answer is None):
            out.append((row["text"], answer, row))
    return out


def report() -> None:
    scores, unscored = score()
    print("| Duckling EN suite (BSD-3) | precision | recall | examples | negatives | answered |")
    print("| --- | --- | --- | --- | --- | --- |")
    for f, s in scores.items():
        print(f"| {f} | {s['precision']:.3f} | {s['recall']:.3f} | {s['examples']} | {s['negatives']} | {s['answered']} |")
    print(f"\n({unscored} examples not scored: times of day, which the readers do not read, and Duckling's latent readings)")


if __name__ == "__main__":
    import sys

    if len(sys.argv) > 1:
        for text, answer, _ in misses(sys.argv[1]):
            print(f"{text!r:45} -> {answer}")
    else:
        report()
