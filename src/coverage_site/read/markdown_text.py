"""Markdown article bodies reduced to plain-text blocks (claims need exact offsets)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown

from coverage_site.read import budget

_BLOCKS = {"p": "p", "li": "li", "h1": "h", "h2": "h", "h3": "h", "h4": "h", "h5": "h", "h6": "h", "pre": "p", "td": "p"}
_SKIP = {"script", "style", "template"}

_md: markdown.Markdown | None = None


def blocks(body: str) -> list[tuple[str, str]]:
    """Return (kind, text) for each paragraph, heading and list item of a Markdown body.

    Raises budget.OverBudget when the Markdown is pathologically slow to parse.
    """
    global _md
    if _md is None:
        _md = markdown.Markdown(extensions=[])  # one instance per process, reset per file
    md = _md
    try:
        html = budget.within(budget.SECONDS, lambda: md.reset().convert(budget.defuse_markdown(body)))
    except BaseException:
        _md = None  # interrupted mid-conversion (budget, recursion): its state is not to be trusted again
        raise
    parser = _BlockText()
    parser.feed(html)
    parser.close()
    return parser.out


def plain_blocks(body: str) -> list[tuple[str, str]]:
    """The fallback reading of a body: blank-line separated paragraphs, as written."""
    return [("p", re.sub(r"\s+", " ", p).strip()) for p in re.split(r"\n\s*\n", body) if p.strip()]


class _BlockText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[tuple[str, str]] = []
        self.stack: list[str] = []
        self.buf: list[str] = []
        self.skip = 0

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if text:
            kind = next((_BLOCKS[t] for t in reversed(self.stack) if t in _BLOCKS), "p")
            self.out.append((kind, text))
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCKS or tag in ("ul", "ol", "blockquote", "br", "hr"):
            self._flush()
            if tag in _BLOCKS:
                self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self._flush()
            if tag in self.stack:
                del self.stack[len(self.stack) - 1 - self.stack[::-1].index(tag)]

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)

    def close(self):
        super().close()
        self._flush()
