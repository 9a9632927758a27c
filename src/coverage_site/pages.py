"""Author pages (`content/pages/*.md`): Markdown rendered, then sanitised by nh3.

Python-Markdown passes raw HTML, `on*` attributes and `javascript:` links
through; nh3's allowlist is the one place page HTML is made safe.
"""

from __future__ import annotations

from pathlib import Path

import markdown
import nh3
from markupsafe import Markup, escape

from coverage_site.config import PAGES
from coverage_site.errors import ContentError, Problem
from coverage_site.read import budget, frontmatter
from coverage_site.read.files import read_text
from coverage_site.text import slugify

URL_SCHEMES = {"http", "https", "mailto"}


def sanitise(html: str) -> Markup:
    """The only source of markup marked safe in templates."""
    return Markup(nh3.clean(html, url_schemes=URL_SCHEMES, link_rel="noopener noreferrer"))


def read_pages(root: Path, reserved: dict[str, str]) -> tuple[list[tuple[str, str, Markup]], list[Problem]]:
    """Return (slug, title, safe HTML) for each page, and the problems met.

    `reserved` maps the names the site's own files use to those files (`site.plan.RESERVED`, made from its
    registry of URLs): a page may not take one, so `search.md` is an error, never silently replaced.
    """
    folder = root / PAGES
    out: list[tuple[str, str, Markup]] = []
    problems: list[Problem] = []
    if not folder.is_dir():
        return out, problems
    from markdown.extensions.fenced_code import FencedCodeExtension
    from markdown.extensions.tables import TableExtension

    # Instances, not names: naming an extension makes Markdown search entry points (30 ms of start-up).
    def new_markdown() -> markdown.Markdown:
        return markdown.Markdown(extensions=[TableExtension(), FencedCodeExtension()])

    md = new_markdown()
    owners: dict[str, str] = {}
    for path in sorted(folder.glob("*.md")):
        rel = path.relative_to(root).as_posix()
        if path.is_dir():
            continue
        try:
            text = read_text(path, rel, root, problems)
        except ContentError as exc:
            problems += exc.problems
            continue
        fm, body, _ = frontmatter.split(text)
        meta: dict = {}
        if fm is not None:
            raw, errs = frontmatter.parse(fm, rel, 2)
            problems += errs
            if any(p.severity == "error" for p in errs):
                continue
            meta = {k: v for k, (v, _, _) in raw.items()}
        title = str(meta.get("title") or _first_heading(body) or path.stem.replace("-", " ").title())
        slug = slugify(path.stem)
        if slug in reserved:
            own = reserved[slug]
            clash = f"would be confused with the site's own folder {own}" if own.endswith("/") else \
                f"would replace the site's own {own}"
            problems.append(Problem(rel, None, None, f"a page named {slug!r} {clash}; rename it"))
            continue
        if slug in owners:
            problems.append(Problem(rel, None, None, f"this page and {owners[slug]} would both be {slug}.html; rename one"))
            continue
        owners[slug] = rel
        try:
            html = budget.within(budget.SECONDS, lambda: md.reset().convert(budget.defuse_markdown(body)))
        except (budget.OverBudget, RecursionError) as exc:
            why = f"took over {budget.SECONDS:g} s" if isinstance(exc, budget.OverBudget) else "is nested too deeply"
            problems.append(Problem(rel, None, None, f"Markdown {why}; shown as plain text", "warning"))
            html = "<pre>" + escape(body) + "</pre>"
            md = new_markdown()  # interrupted mid-conversion: its state is not to be trusted again
        out.append((slug, title, sanitise(html)))
    return out, problems


def _first_heading(body: str) -> str | None:
    for line in body.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return None
