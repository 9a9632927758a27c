"""Plain-English words for the pages: labels, counts, values and who said what. Pure strings.

Readers saw "Return (what happened)", "1 sources" and `{"low": 300, ...}` (issue #16):
everything a page says about a facet, a count or a value goes through here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

_QUOTES = "\"'“”‘’«»„"


def plural(n: int, one: str, many: str | None = None) -> str:
    """ "1 source", "2 sources"; `many` for irregular forms ("2 times", "1 story"/"2 stories")."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


COUNT_WORDS = {  # verdict -> (one, many): how a count of facets with that verdict reads
    "conflict": ("conflict", "conflicts"),
    "framing": ("worded differently", "worded differently"),
    "compatible": ("compatible", "compatible"),
    "agree": ("agreement", "agreements"),
    "single": ("from one source only", "from one source only"),
}


def count_words(verdict: str, n: int) -> str:
    one, many = COUNT_WORDS.get(verdict, (verdict, verdict))
    return plural(n, one, many)


def label(text: str) -> str:
    """A facet label in plain English: "Return (what happened)" -> "What happened: the return"."""
    text = text.strip()
    m = re.fullmatch(r"(.+?) \(what happened\)", text)
    if m:
        return f"What happened: the {m.group(1)[:1].lower()}{m.group(1)[1:]}"
    m = re.fullmatch(r"When: ([a-z][a-z ]*)", text)
    if m:
        return f"When: the {m.group(1)}"
    m = re.fullmatch(r"(.+?) \(mentioned\)", text)
    if m:
        return f"Named: {m.group(1)}"
    # "Key Takeaways's title" -> "Key Takeaways’ title"; straight apostrophes become typographic.
    text = re.sub(r"s's\b", "s’", text)
    return re.sub(r"(\w)'(\w)", "\\1’\\2", text)


def words(text: str) -> str:
    """A claim's words ready to be put in quotation marks: no quotes of its own, no stray spaces."""
    return text.strip().strip(_QUOTES + " ,;:").strip()


def _number(x: float | int) -> str:
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return f"{x:,}" if isinstance(x, int) else f"{x:,.2f}".rstrip("0").rstrip(".")


def _interval(v: dict[str, Any]) -> str:
    lo, hi, unit = v.get("low"), v.get("high"), v.get("unit")
    iv = v.get("interval") or ""
    tail = f" {unit}" if unit else ""
    if lo is not None and hi is not None and lo == hi:
        return f"exactly {_number(lo)}{tail}"
    if hi is None and lo is not None:
        more = "at least" if iv.startswith("[") else "more than"
        return f"{more} {_number(lo)}{tail} (an open range)"
    if lo in (None, 0) and hi is not None:
        less = "at most" if iv.endswith("]") else "fewer than"
        return f"{less} {_number(hi)}{tail}"
    if lo is not None and hi is not None:
        return f"between {_number(lo)} and {_number(hi)}{tail}" + (" (approximate)" if v.get("approximate") else "")
    return "a figure that could not be read"


def reading(kind: str, value: dict[str, Any]) -> str:
    """What a claim was read as, in words: "more than 300 (an open range)", "14 September 2025"."""
    v = value or {}
    if "low" in v or "high" in v:
        text = _interval(v)
        return text + " days" if kind == "duration" and not v.get("unit") else text
    if kind == "date":
        start, end = v.get("start"), v.get("end")
        if not start:
            return "a date that could not be placed in time"
        return start if start == end else f"between {start} and {end}"
    if kind == "person":
        role = v.get("role")
        return f"{v.get('name')}, {role}" + (f" of {v['of']}" if v.get("of") else "") if role else f"{v.get('name')}, no title given"
    if kind == "place":
        within = [w for w in v.get("within") or [] if w]
        return v.get("name", "") + (f", in {', '.join(within)}" if within else "")
    if kind == "org":
        return v.get("name", "") + (f" ({v['acronym']})" if v.get("acronym") else "")
    if kind == "quote":
        return f"words of {v['speaker']}" if v.get("speaker") else "a quotation with no speaker named"
    if kind == "event" and "weapon" in v:
        return f"weapon: {v['weapon']}"
    if kind == "event" and "status" in v:
        return f"{v['status']}: {v['state']}"
    if kind == "event":
        parts = [v.get("predicate", "")]
        if v.get("polarity") == "negative":
            parts.insert(0, "did not")
        if v.get("modality") == "hedged":
            parts.append("(reported, not asserted)")
        return " ".join(p for p in parts if p)
    return ", ".join(f"{k} {val}" for k, val in v.items() if isinstance(val, (str, int, float)))


def is_unnamed(source: str, path: str) -> bool:
    """The reader's fallback name ("Source 000" from the file name): no outlet is actually known."""
    return source == "Source " + re.split(r"[_\-]", Path(path).stem)[0]


def who(article: Any) -> dict[str, Any]:
    """Who is speaking in a column: the outlet (or "unnamed source" and the file) and the date, or "undated"."""
    unnamed = is_unnamed(article.source, article.path)
    day = article.published_date
    return {"id": article.id, "name": "unnamed source" if unnamed else article.source, "unnamed": unnamed,
            "file": Path(article.path).name, "date": day.isoformat() if day else "undated", "dated": bool(day)}
