"""Author pages (`content/pages/*.md`): Markdown rendered, then sanitised by nh3.

Python-Markdown passes raw HTML, `on*` attributes and `javascript:` links
through; nh3's allowlist is the one place page HTML is made safe.
"""

from __future__ import annotations

from pathlib import Path

import markdown
import nh3
from markupsafe import Markup

from coverage_site.errors import ContentError, Problem
from coverage_site.read import frontmatter, slugify
from coverage_site.read.files import read_text

URL_SCHEMES = {"http", "https", "mailto"}


def sanitise(html: str) -> Markup:
    """The only source of markup marked safe in templates."""
    return Markup(nh3.clean(html, url_schemes=URL_SCHEMES, link_rel="noopener noreferrer"))


def read_pages(root: Path) -> tuple[list[tuple[str, str, Markup]], list[Problem]]:
    """Return (slug, title, safe HTML) for each page, and the problems met."""
    folder = root / "content" / "pages"
    out: list[tuple[str, str, Markup]] = []
    problems: list[Problem] = []
    if not folder.is_dir():
        return out, problems
    md = markdown.Markdown(extensions=["tables", "fenced_code"])
    for path in sorted(folder.glob("*.md")):
        rel = path.relative_to(root).as_posix()
        try:
            text = read_text(path, rel)
        except ContentError as exc:
            problems += exc.problems
            continue
        fm, body, _ = frontmatter.split(text)
        meta: dict = {}
        if fm is not None:
            raw, errs = frontmatter.parse(fm, rel, 2)
            problems += errs
            meta = {k: v for k, (v, _, _) in raw.items()}
        title = str(meta.get("title") or _first_heading(body) or path.stem.replace("-", " ").title())
        out.append((slugify(path.stem), title, sanitise(md.reset().convert(body))))
    return out, problems


def _first_heading(body: str) -> str | None:
    for line in body.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return None
