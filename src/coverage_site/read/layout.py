"""Plain-text articles as they are pasted: headline, metadata line, paragraphs."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from coverage_site.read import dateline, stamp
from coverage_site.read.boilerplate import reads_like_headline

# "Published: 2025-09-14 08:18:00 | Category: policy" before the body starts.
_META_KEYS = {
    "published": "published", "posted": "published", "date": "published", "updated": "updated",
    "category": "category", "section": "category", "by": "author", "author": "author", "source": "source",
}
_META_LINE = re.compile(r"^\s*(?:%s)\s*:\s*\S" % "|".join(_META_KEYS), re.IGNORECASE)
_BYLINE = re.compile(r"^\s*By\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•●▪]|\d{1,2}[.)])\s+")


@dataclass
class Layout:
    title: str | None = None
    meta: dict[str, object] = field(default_factory=dict)
    # (kind, text, line number in the file)
    blocks: list[tuple[str, str, int]] = field(default_factory=list)


def parse(text: str) -> Layout:
    """Split a plain-text article into title, metadata and paragraph blocks."""
    lines = text.split("\n")
    layout = Layout()
    numbered = [(i + 1, line.strip()) for i, line in enumerate(lines)]
    rows = [(n, line) for n, line in numbered if line]
    if not rows:
        return layout
    i = 0
    if reads_like_headline(rows[0][1]) or _headline_before_body(rows):
        layout.title = rows[0][1]
        i = 1
        # A headline printed twice (title tag, then page heading) is kept once.
        while i < len(rows) and rows[i][1] == layout.title:
            i += 1
    while i < len(rows) and (_META_LINE.match(rows[i][1]) or _BYLINE.match(rows[i][1])):
        _read_meta(rows[i][1], layout.meta)
        i += 1
    body = rows[i:]
    if body and "source" not in layout.meta:
        # "SEOUL, Sept 13 (Example Wire) - ...": the wire that filed the report is its source.
        wire = dateline.agency(body[0][1])
        if wire:
            layout.meta["source"] = wire
    paragraphs = _join_wrapped(numbered, body[0][0] if body else len(lines) + 1)
    for k, (n, para) in enumerate(paragraphs):
        nxt = paragraphs[k + 1][1] if k + 1 < len(paragraphs) else ""
        if _BULLET.match(para):
            layout.blocks.append(("li", _BULLET.sub("", para, count=1), n))
        elif _is_heading(para, nxt):
            layout.blocks.append(("h", para, n))
        else:
            layout.blocks.append(("p", para, n))
    return layout


def _headline_before_body(rows: list[tuple[int, str]]) -> bool:
    """A sentence-case first line ("Seoul says 316 workers are home") before a dateline or a full paragraph."""
    if len(rows) < 2:
        return False
    first, nxt = rows[0][1], rows[1][1]
    words = first.split()
    if not 3 <= len(words) <= 20 or len(first) > 160 or first[-1] in ".:;,!" or not first[0].isupper():
        return False
    if _BULLET.match(first) or _META_LINE.match(first):
        return False
    return bool(dateline.find(nxt)) or (len(nxt) >= 2 * len(first) and nxt.rstrip()[-1] in ".!?\"”’")


def _join_wrapped(numbered: list[tuple[int, str]], first: int) -> list[tuple[int, str]]:
    """One paragraph per line, unless the file is hard-wrapped (short lines, blank-line breaks)."""
    body = [(n, line) for n, line in numbered if n >= first]
    filled = [line for _, line in body if line]
    wrapped = filled and sum(len(x) <= 80 for x in filled) / len(filled) > 0.8 and any(not x for _, x in body)
    if not wrapped:
        return [(n, line) for n, line in body if line]
    out: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for n, line in body + [(0, "")]:
        if line and not _BULLET.match(line):
            if not current:
                start = n
            current.append(line)
            continue
        if current:
            out.append((start, " ".join(current)))
            current = []
        if line:
            out.append((n, line))
    return out


def _is_heading(line: str, following: str) -> bool:
    words = line.split()
    if not following or len(words) > 14 or len(line) > 120:
        return False
    if line.endswith("?"):
        return True
    return line[-1] not in ".!:;,\"”'’)" and line[0].isupper() and len(words) >= 1


def _read_meta(line: str, meta: dict[str, object]) -> None:
    if m := _BYLINE.match(line):
        meta["author"] = m.group(1)
        return
    for part in line.split("|"):
        if ":" not in part:
            continue
        key, _, value = part.partition(":")
        name = _META_KEYS.get(key.strip().lower())
        value = value.strip()
        if not name or not value:
            continue
        if name in ("published", "updated"):
            # ISO ("2025-09-14 08:18:00"), or as pages print it ("May 2, 2013, 1:32 PM EDT").
            parsed = parse_datetime(value) or (found[0] if (found := stamp.read(value)) else None)
            if parsed:
                meta[name] = parsed
        elif name == "category":
            # "policy GNEWS Search": navigation words glued to the value are dropped.
            meta[name] = re.split(r"\s+(?=[A-Z])", value)[0] if value[0].islower() else value
        else:
            meta[name] = value


def parse_datetime(value: str) -> dt.datetime | dt.date | None:
    """Read an ISO 8601 date or date-time; None when it is not one."""
    value = value.strip()
    m = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?", value)
    if not m:
        return None
    try:
        if m.group(2):
            return dt.datetime.fromisoformat(f"{m.group(1)}T{m.group(2)}")
        return dt.date.fromisoformat(m.group(1))
    except ValueError:
        return None
