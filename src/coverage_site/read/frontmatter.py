"""YAML front matter and metadata files: safe_load only, typed, errors with `path:line:col`."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import urlsplit

import yaml

from coverage_site.errors import Problem

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


def split(text: str) -> tuple[str | None, str, int]:
    """Return (front matter, body, line number where the body starts)."""
    m = _FENCE.match(text)
    if not m:
        return None, text, 1
    return m.group(1) or "", text[m.end():], text.count("\n", 0, m.end()) + 1


def parse(source: str, rel: str, first_line: int) -> tuple[dict[str, Any], list[Problem]]:
    """Parse a YAML mapping; `first_line` is the file line of the YAML's first line."""
    try:
        node = yaml.compose(source, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        return {}, [_yaml_problem(exc, rel, first_line)]
    if node is None:
        return {}, []
    if not isinstance(node, yaml.MappingNode):
        line = node.start_mark.line + first_line
        return {}, [Problem(rel, line, node.start_mark.column + 1, "front matter must be a mapping of keys to values")]
    loader = yaml.SafeLoader("")
    data: dict[str, Any] = {}
    problems: list[Problem] = []
    for key_node, value_node in node.value:
        line = value_node.start_mark.line + first_line
        col = value_node.start_mark.column + 1
        try:
            key = loader.construct_object(key_node, deep=True)
            value = loader.construct_object(value_node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError) as exc:
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
                problems.append(Problem(rel, line, col, f"published must be an ISO 8601 date such as 2025-09-14, not {value!r}"))
            else:
                out[key] = parsed
            continue
        if not isinstance(value, str):
            problems.append(Problem(rel, line, col, f"{key} must be text, not {type(value).__name__} {value!r}: put it in quotes"))
            continue
        value = value.strip()
        if key == "url" and not _http_url(value):
            problems.append(Problem(rel, line, col, f"url must start with http:// or https://, not {value[:60]!r}"))
            continue
        if key == "story" and not _SLUG.match(value):
            problems.append(Problem(rel, line, col, f"story must be a slug of a-z, 0-9 and '-', not {value!r}"))
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


def _http_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _yaml_problem(exc: yaml.YAMLError, rel: str, first_line: int) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    message = getattr(exc, "problem", None) or str(exc)
    context_mark = getattr(exc, "context_mark", None)
    if context_mark is not None and "<stream end>" in message:
        # An unclosed bracket or quote: point at where it was opened, not at the end.
        mark = context_mark
        message = f"{getattr(exc, 'context', 'this')} is never closed"
    if mark is None:
        return Problem(rel, first_line, None, f"invalid YAML: {message}")
    return Problem(rel, mark.line + first_line, mark.column + 1, f"invalid YAML: {message}")
