"""The plain records that flow one way through the build: articles → claims → stories.

Every stage takes and returns these; none of them knows about files or HTML.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """A stretch of an article's cleaned text: `text[start:end]`."""

    start: int
    end: int


class SpanIndex:
    """Answers "does any of these spans overlap [start, end)?" in log time.

    Sorted starts with a running maximum of ends: some span overlaps exactly
    when one that starts before `end` also ends after `start`.
    """

    def __init__(self, spans) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.max_end: list[int] = []
        top = -1
        for _, e in ordered:
            top = max(top, e)
            self.max_end.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.max_end[i - 1] > start


@dataclass(frozen=True)
class Block(Span):
    """A paragraph, heading or list item of the cleaned text."""

    kind: str = "p"  # "p" | "h" | "li"


@dataclass(frozen=True)
class Dateline:
    """`Seoul [South Korea], September 14 :` — where and (maybe) when the report was filed."""

    text: str
    place: str
    region: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None


@dataclass(frozen=True)
class Article:
    id: str
    path: str  # input file, relative to the project root
    title: str
    title_derived: bool  # True when no headline was given and one was made from the text
    source: str  # outlet name, or a readable fallback
    published: dt.datetime | dt.date | None
    url: str | None
    author: str | None
    category: str | None
    dateline: Dateline | None
    text: str  # cleaned body: boilerplate and metadata lines removed
    blocks: tuple[Block, ...]
    sentences: tuple[Span, ...]
    story: str | None = None  # pinned story id from metadata, if any
    stamp: str | None = None  # the date lines printed above the story on the page, as printed (read.stamp)
    stamped: dt.date | None = None  # the publication date they give
    digest: str = ""  # hash of the file and metadata it was read from (set when read through the cache)

    @property
    def published_date(self) -> dt.date | None:
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


@dataclass(frozen=True)
class Claim:
    """One statement an article makes, located exactly in its text.

    `value` is the normalised, JSON-ready meaning (interval, date range, name
    and role, ...); `about` and `event` say what it is about, so that alignment
    never compares 316 *returned* with 23,724 *apprehended*.
    """

    id: str
    article: str
    kind: str
    text: str
    start: int
    end: int
    sentence: str
    value: dict[str, Any]
    about: str | None = None  # what is counted, who is named, ...
    event: str | None = None  # normalised predicate: "detain", "return", "meet"
    context: str = ""  # the words around the claim, for fuzzy matching
    reported_by: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "article": self.article,
            "kind": self.kind,
            "text": self.text,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "value": self.value,
        }
        if self.about:
            out["about"] = self.about
        if self.event:
            out["event"] = self.event
        if self.reported_by:
            out["reported_by"] = self.reported_by
        return out


@dataclass(frozen=True)
class Facet:
    """Claims from different articles about the same slot, with a verdict."""

    id: str
    label: str
    kind: str
    verdict: str  # agree | compatible | framing | conflict | single
    explanation: str
    claims: tuple[Claim, ...]
    conflict_type: str | None = None
    ladder: tuple[str, ...] = ()  # claim ids, least to most precise (counts)
    silent: tuple[str, ...] = ()  # article ids of the story that do not mention it

    @property
    def articles(self) -> list[str]:
        seen: dict[str, None] = {}
        for c in self.claims:
            seen.setdefault(c.article, None)
        return list(seen)


@dataclass(frozen=True)
class Finding:
    """A problem inside one article, e.g. two dates that cannot both hold."""

    article: str
    kind: str
    verdict: str
    explanation: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class Story:
    id: str
    title: str
    articles: tuple[str, ...]
    facets: tuple[Facet, ...]
    anchor: dt.date | None = None  # the date the story's articles agree on
    origins: tuple[tuple[str, ...], ...] = ()  # groups of articles that copy each other
    shared: tuple[Any, ...] = ()  # independence.SharedPassages, pair by pair
    related: tuple[Any, ...] = ()  # align.related.RelatedStory: one topic, kept apart (set after aligning)
