"""YAML front matter and metadata files: safe_load only, typed, errors with `path:line:col`."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import urlsplit

import yaml
from yaml.composer import ComposerError

from coverage_site.errors import Problem
from coverage_site.read.files import FORBIDDEN
from coverage_site.read.limits import YEARS

FIELDS: dict[str, str] = {
    "title": "Headline of the article.",
    "source": "Name of the outlet that published it.",
    "published": "Publication date, ISO 8601 (2025-09-14 or 2025-09-14T08:18:00).",
    "url": "Address of the original (http or https).",
    "author": "Byline.",
    "category": "Section or category.",
    "story": "Pin the article to a story id (wins over automatic grouping).",
}
_FENCE = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_DEPTH = 50  # nesting deeper than this is no metadata: refused before the composer's recursion overflows


class Loader(yaml.SafeLoader):
    """`safe_load`'s loader minus what makes YAML hostile to a build.

    Aliases are refused: 507 bytes of nested aliases ("billion laughs") expand to
    gigabytes once printed or walked. Nesting is capped (the composer recurses).
    A key given twice is an error, not a silent overwrite. Characters a page or
    feed cannot carry (controls, lone surrogates from `"\\ud800"`) are replaced by
    U+FFFD and reported.
    """

    def __init__(self, stream: str, first_line: int = 1) -> None:
        super().__init__(stream)
        self.first_line = first_line  # the file line of the stream's first line, for messages
        self.depth = 0
        self.replaced: list[tuple[yaml.Mark, str]] = []

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise ComposerError(None, None, f"aliases (*{event.anchor}) are not allowed; write the value out",
                                event.start_mark)
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise ComposerError(None, None, f"nested more than {MAX_DEPTH} levels deep", self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def compose_scalar_node(self, anchor):
        node = super().compose_scalar_node(anchor)
        m = FORBIDDEN.search(node.value)
        if m:
            self.replaced.append((node.start_mark, m.group()))
            node.value = FORBIDDEN.sub("\ufffd", node.value)
        return node

    def compose_mapping_node(self, anchor):
        node = super().compose_mapping_node(anchor)
        seen: dict[tuple[str, str], yaml.Mark] = {}
        for key, _ in node.value:
            if isinstance(key, yaml.ScalarNode):
                if (key.tag, key.value) in seen:
                    first = seen[(key.tag, key.value)]
                    raise ComposerError(None, None, f"key {key.value[:60]!r} is given twice (first on line {first.line + self.first_line})",
                                        key.start_mark)
                seen[(key.tag, key.value)] = key.start_mark
        return node


def split(text: str) -> tuple[str | None, str, int]:
    """Return (front matter, body, line number where the body starts)."""
    m = _FENCE.match(text)
    if not m:
        return None, text, 1
    return m.group(1) or "", text[m.end():], text.count("\n", 0, m.end()) + 1


def parse(source: str, rel: str, first_line: int) -> tuple[dict[str, Any], list[Problem]]:
    """Parse a YAML mapping; `first_line` is the file line of the YAML's first line."""
    loader = Loader(source, first_line)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError as exc:
        return {}, [_yaml_problem(exc, rel, first_line)]
    problems = [Problem(rel, mark.line + first_line, mark.column + 1,
                        f"character U+{ord(ch):04X} cannot appear in a web page or feed; replaced by U+FFFD", "warning")
                for mark, ch in loader.replaced]
    if node is None:
        return {}, problems
    if not isinstance(node, yaml.MappingNode):
        line = node.start_mark.line + first_line
        return {}, [Problem(rel, line, node.start_mark.column + 1, "front matter must be a mapping of keys to values")]
    data: dict[str, Any] = {}
    for key_node, value_node in node.value:
        line = value_node.start_mark.line + first_line
        col = value_node.start_mark.column + 1
        try:
            key = loader.construct_object(key_node, deep=True)
            value = loader.construct_object(value_node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
            name = getattr(key_node, "value", "?")
            problems.append(Problem(rel, line, col, f"{name}: cannot read value: {getattr(exc, 'problem', None) or exc}"))
            continue
        data[str(key)] = (value, line, col)
    return data, problems


def validate(data: dict[str, Any], rel: str) -> tuple[dict[str, Any], list[Problem]]:
    """Check types and formats of the known fields; warn about unknown ones."""
    out: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, (value, line, col) in data.items():
        if key not in FIELDS:
            problems.append(Problem(rel, line, col, f"unknown key {key!r} (known: {', '.join(FIELDS)})", "warning"))
            continue
        if value is None:
            continue
        if key == "published":
            parsed = _date(value)
            if parsed is None:
                problems.append(Problem(rel, line, col, f"published must be an ISO 8601 date such as 2025-09-14, not {_short(value)}"))
            elif not YEARS[0] <= parsed.year <= YEARS[1]:
                problems.append(Problem(rel, line, col, f"published year {parsed.year} is out of range "
                                                        f"({YEARS[0]} to {YEARS[1]})"))
            else:
                out[key] = parsed
            continue
        if not isinstance(value, str):
            problems.append(Problem(rel, line, col, f"{key} must be text, not {type(value).__name__} {_short(value)}: put it in quotes"))
            continue
        value = value.strip()
        if key == "url" and not _http_url(value):
            problems.append(Problem(rel, line, col, f"url must start with http:// or https://, not {value[:60]!r}"))
            continue
        if key == "story" and not _SLUG.match(value):
            problems.append(Problem(rel, line, col, f"story must be a slug of a-z, 0-9 and '-', not {_short(value)}"))
            continue
        out[key] = value
    return out, problems


def _date(value: Any) -> dt.date | dt.datetime | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value) if "T" in value or " " in value.strip() else dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _http_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


# What to do about the YAML mistakes authors make most, by the parser's own words.
_HINTS = [
    ("mapping values are not allowed", "quote the value: it contains a colon (title: \"Seoul: talks resume\")"),
    ("found character '\\t'", "indent with spaces, not tabs"),
    ("found character '@'", "quote the value: it starts with @"),
    ("found character '`'", "quote the value: it starts with `"),
    ("could not find expected ':'", "each line needs a key and a colon (key: value), or quote a value that runs onto a second line"),
    ("found undefined alias", "quote the value: a leading * means an alias in YAML"),
]


def _hint(message: str) -> str:
    return next((f"; {what}" for words, what in _HINTS if words in message), "")


def _yaml_problem(exc: yaml.YAMLError, rel: str, first_line: int) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    message = getattr(exc, "problem", None) or str(exc)
    message += _hint(message)
    context_mark = getattr(exc, "context_mark", None)
    if context_mark is not None and "<stream end>" in message:
        # An unclosed bracket or quote: point at where it was opened, not at the end.
        mark = context_mark
        message = f"{getattr(exc, 'context', 'this')} is never closed"
    if mark is None:
        return Problem(rel, first_line, None, f"invalid YAML: {message}")
    return Problem(rel, mark.line + first_line, mark.column + 1, f"invalid YAML: {message}")
