"""Read stage: input files in, `Article` records out.

Seeds (`seeds/*.txt|md`) and authored articles (`content/articles/**.md|txt`) are
read the same way: metadata from front matter, a `Published: …` line or a date stamp, an
optional sidecar `content/seeds.yaml` keyed by file name, boilerplate removed by
shape, a dateline recognised, and the body split into blocks and sentences.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from coverage_site.config import ARTICLES, SEEDS, SEEDS_META, STORY_PINS
from coverage_site.errors import ContentError, Problem
from coverage_site.model import Article, Block, Span
from coverage_site.read import boilerplate, budget, dateline, frontmatter, layout, markdown_text, sentences, stamp
from coverage_site.read.files import read_bytes, read_text
from coverage_site.text import slugify  # noqa: F401 (re-exported: `read.slugify` is public)

log = logging.getLogger(__name__)

SIDECAR = SEEDS_META
STORIES = STORY_PINS
SUFFIXES = (".txt", ".md", ".markdown")


def discover(root: Path) -> list[Path]:
    """Return the article files of a project, in a stable order."""
    found: list[Path] = []
    seeds = root / SEEDS
    if seeds.is_dir():
        found += sorted(p for p in seeds.iterdir() if p.suffix in SUFFIXES and not p.name.startswith("."))
    articles = root / ARTICLES
    if articles.is_dir():
        found += sorted((p for p in articles.rglob("*") if p.suffix in SUFFIXES and not p.name.startswith(".")),
                        key=lambda p: p.parts)  # as Paths sort, without their slow comparison
    return found


def read_articles(root: Path, cache=None, known: dict[str, tuple] | None = None,
                  jobs: int | None = 1) -> tuple[list[Article], list[Problem]]:
    """Read every article of a project; problems are collected, not raised one by one.

    With a `cache.Cache`, a file whose bytes and metadata are unchanged is not parsed again.
    With `known` (the `headers` of a previous read, by digest), such a file is not even
    loaded: it comes back as an `Unread` header, which `cache.get("read", digest)` completes.
    New files are parsed in `jobs` processes (None: all cores).
    """
    from coverage_site.gazetteer import gazetteer
    from coverage_site.parallel import pmap

    problems: list[Problem] = []
    sidecar = _read_sidecar(root, problems)
    files = []  # (rel, key, what was read before or None, path, metadata)
    for path in discover(root):
        rel = path.relative_to(root).as_posix()
        if path.is_dir():
            continue
        try:
            data = read_bytes(path, rel, root)  # refused here: outside the project, not a file, too big
        except ContentError as exc:
            problems += exc.problems
            continue
        meta = sidecar.get(path.name, {})
        key = cache.key(rel, data, meta) if cache else None
        cached = known.get(key) if known and key else None
        if cached is None and cache:
            cached = cache.get("read", key)
        files.append((rel, key, cached, path, meta))
    new = [(path, rel, meta) for rel, _, cached, path, meta in files if cached is None]
    parsed = dict(zip((rel for _, rel, _ in new), pmap(_read_file, new, jobs, preload=[gazetteer], stage="read")))
    articles: list[Article] = []
    owners: dict[str, str] = {}
    outlets: dict[str, tuple[str, str]] = {}  # slug -> (outlet as first spelled, its file)
    for rel, key, cached, _, _ in files:
        if cached is None:
            if isinstance(parsed[rel], ContentError):
                problems += parsed[rel].problems
                continue
            article, warnings = parsed[rel]
            cached = (replace(article, digest=key or ""), warnings)
            if cache:
                cache.put("read", key, cached)
        article, warnings = cached
        problems += warnings
        if article.id in owners:
            problems.append(Problem(rel, None, None, f"article id {article.id!r} is already used by {owners[article.id]}; rename one file"))
            continue
        outlet = outlets.setdefault(slugify(article.source), (article.source, rel))
        if outlet[0] != article.source:
            # Both would be sources/<slug>.html, one overwriting the other.
            problems.append(Problem(rel, None, None, f"outlet {article.source[:80]!r} and {outlet[0][:80]!r} ({outlet[1]}) "
                                                     f"would share the page sources/{slugify(article.source)}.html; "
                                                     "spell the outlet the same way in both"))
            continue
        owners[article.id] = rel
        articles.append(article)
    return articles, problems


def _read_file(job: tuple[Path, str, dict]) -> tuple[Article, list[Problem]] | ContentError:
    path, rel, meta = job
    warnings: list[Problem] = []
    try:
        article, problems = parse_article(read_text(path, rel, None, warnings), rel, meta)
        return article, warnings + problems
    except ContentError as exc:
        return exc
    except RecursionError:
        return ContentError([Problem(rel, None, None, "nested too deeply to read")])
    except (ArithmeticError, LookupError, ValueError) as exc:  # what odd text can make a reader raise: this file's problem
        return ContentError([Problem(rel, None, None, f"cannot be read ({type(exc).__name__}: {str(exc)[:200]})")])


@dataclass(frozen=True)
class Unread(Article):
    """An article's header only (no text): what a build needs of an article whose story did not change."""


def headers(articles: list[Article], problems: list[Problem]) -> dict[str, tuple[Unread, list[Problem]]]:
    """Digest -> (header, the file's warnings): the `known` of the next read."""
    warnings: dict[str, list[Problem]] = {}
    for p in problems:
        warnings.setdefault(p.path, []).append(p)
    return {a.digest: (Unread(**{**a.__dict__, "text": "", "blocks": (), "sentences": ()}), warnings.get(a.path, []))
            for a in articles if a.digest}


def read_story_pins(root: Path) -> tuple[dict[str, str], dict[str, str], list[Problem]]:
    """`content/stories.yaml`: story id -> {title, articles: [file names or ids]}.

    Returns (article file name or id -> story id, story id -> title, problems).
    """
    path = root / STORIES
    if not path.exists() and not path.is_symlink():
        return {}, {}, []
    try:
        text = read_text(path, STORIES, root)
    except ContentError as exc:
        return {}, {}, exc.problems
    raw, problems = frontmatter.parse(text, STORIES, 1)
    found = discover(root)
    names = {p.name for p in found} | {slugify(p.stem) for p in found}
    pins: dict[str, str] = {}
    titles: dict[str, str] = {}
    for sid, (entry, line, col) in raw.items():
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", sid):
            problems.append(Problem(STORIES, line, col, f"story id {sid!r} must be a slug of a-z, 0-9 and '-'"))
            continue
        if not isinstance(entry, dict) or not isinstance(entry.get("articles", []), list):
            problems.append(Problem(STORIES, line, col, f"{sid}: expected 'title' and a list of 'articles'"))
            continue
        if isinstance(entry.get("title"), str):
            titles[sid] = entry["title"]
        for name in entry.get("articles", []):
            if str(name) not in names:
                problems.append(Problem(STORIES, line, col, f"{sid}: no article file or id {str(name)[:80]!r}; "
                                                            "the pin does nothing", "warning"))
            if str(name) in pins and pins[str(name)] != sid:
                problems.append(Problem(STORIES, line, col, f"{name} is pinned to both {pins[str(name)]} and {sid}"))
            pins[str(name)] = sid
    return pins, titles, problems


def _read_sidecar(root: Path, problems: list[Problem]) -> dict[str, dict[str, Any]]:
    path = root / SIDECAR
    if not path.exists() and not path.is_symlink():
        return {}
    try:
        text = read_text(path, SIDECAR, root)
    except ContentError as exc:
        problems += exc.problems
        return {}
    raw, errs = frontmatter.parse(text, SIDECAR, 1)
    problems += errs
    out: dict[str, dict[str, Any]] = {}
    for name, (entry, line, col) in raw.items():
        if not isinstance(entry, dict):
            problems.append(Problem(SIDECAR, line, col, f"{name}: expected a mapping of fields"))
            continue
        # Re-parse the entry so each field keeps its own line number.
        fields, errs = frontmatter.parse(_entry_yaml(text, line), SIDECAR, line)
        meta, errs2 = frontmatter.validate(fields, SIDECAR)
        problems += errs + errs2
        out[name] = meta
    return out


def _entry_yaml(text: str, line: int) -> str:
    """Return the indented block that starts at a 1-based line, dedented."""
    lines = text.split("\n")[line - 1:]
    block = []
    indent = None
    for row in lines:
        if not row.strip():
            block.append("")
            continue
        width = len(row) - len(row.lstrip())
        if indent is None:
            indent = width
        if width < indent:
            break
        block.append(row[indent:])
    return "\n".join(block)


def parse_article(text: str, rel: str, extra: dict[str, Any] | None = None) -> tuple[Article, list[Problem]]:
    """Turn the text of one file into an Article (pure: no file access)."""
    problems: list[Problem] = []
    meta: dict[str, Any] = {}
    title: str | None = None
    if rel.endswith(".txt"):
        parsed = layout.parse(text)
        title = parsed.title
        meta.update(parsed.meta)
        blocks = [(kind, body) for kind, body, _ in parsed.blocks]
    else:
        fm, body, body_line = frontmatter.split(text)
        if fm is not None:
            raw, errs = frontmatter.parse(fm, rel, 2)
            fields, errs2 = frontmatter.validate(raw, rel)
            problems += errs + errs2
            if any(p.severity == "error" for p in problems):
                raise ContentError(problems)
            meta.update(fields)
        try:
            blocks = markdown_text.blocks(body)
        except budget.OverBudget:
            problems.append(Problem(rel, body_line, None, f"Markdown took over {budget.SECONDS:g} s to parse; "
                                                          "the body is read as plain text", "warning"))
            blocks = markdown_text.plain_blocks(body)
        except RecursionError:  # Python-Markdown recurses once per nesting level ("- " * 500)
            problems.append(Problem(rel, body_line, None, "Markdown nested too deeply to parse; "
                                                          "the body is read as plain text", "warning"))
            blocks = markdown_text.plain_blocks(body)
    meta.update(extra or {})
    title = meta.get("title") or title
    return assemble(rel, meta, title, blocks), problems


def assemble(rel: str, meta: dict[str, Any], title: str | None, blocks: list[tuple[str, str]]) -> Article:
    """Build the cleaned text, blocks, sentences and dateline of an article."""
    kept = [(k, t) for k, t in blocks if not boilerplate.is_boilerplate(t)]
    # "Published: May 2, 2013, 1:32 PM" above the story dates an undated article. Where the metadata dates
    # it, such a line stays in the text: a stale "Last updated" there is the article's own inconsistency.
    stamped, stamps = stamp.find([t for _, t in kept[:stamp.LOOK]]) if not meta.get("published") else (None, set())
    stamp_text = " | ".join(kept[i][1].strip() for i in sorted(stamps)) or None
    kept = [b for i, b in enumerate(kept) if i not in stamps]
    found_dateline = None
    for k, t in kept:
        if k == "p":
            found = dateline.find(t)
            if found:
                found_dateline = found[0]
            break
    parts: list[str] = []
    spans: list[Block] = []
    offset = 0
    for kind, body in kept:
        if parts:
            parts.append("\n\n")
            offset += 2
        spans.append(Block(offset, offset + len(body), kind))
        parts.append(body)
        offset += len(body)
    text = "".join(parts)
    sents: list[Span] = []
    for b in spans:
        sents += sentences.split(text, b.start, b.end)
    stem = Path(rel).stem
    derived = not title
    if not title:
        skip = len(found_dateline.text) if found_dateline else 0
        title = _derive_title(text, sents, skip)
    return Article(
        id=slugify(stem),
        path=rel,
        title=title,
        title_derived=derived,
        source=meta.get("source") or _fallback_source(stem, meta.get("url")),
        published=meta.get("published"),
        url=meta.get("url"),
        author=meta.get("author"),
        category=meta.get("category"),
        dateline=found_dateline,
        text=text,
        blocks=tuple(spans),
        sentences=tuple(sents),
        story=meta.get("story"),
        stamp=stamp_text,
        stamped=stamped,
    )


def _derive_title(text: str, sents: list[Span], skip: int = 0) -> str:
    """A readable headline for an untitled article: its first sentence, shortened."""
    if not sents:
        return "Untitled article"
    first = text[sents[0].start + skip:sents[0].end].lstrip(" :—–-").rstrip(".")
    first = first[:1].upper() + first[1:]
    words = first.split()
    return first if len(words) <= 14 else " ".join(words[:12]).rstrip(",;:") + "…"


def _fallback_source(stem: str, url: str | None) -> str:
    if url:
        host = re.sub(r"^www\.", "", url.split("/")[2]) if "//" in url else url
        return host
    prefix = re.split(r"[_\-]", stem)[0]
    return f"Source {prefix}"
