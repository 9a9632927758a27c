"""Render planned pages with Jinja2: autoescape on, undefined names are errors."""

from __future__ import annotations

from pathlib import Path

import jinja2

from coverage_site import __version__
from coverage_site.cache import Cache
from coverage_site.config import TEMPLATES, Config
from coverage_site.site import markers, wording
from coverage_site.site.plan import Page, url


def theme_dir() -> Path:
    """The stock theme: shipped inside the package, or the checkout's top level."""
    packaged = Path(__file__).resolve().parent.parent / "theme"
    if (packaged / TEMPLATES).is_dir():
        return packaged
    return Path(__file__).resolve().parents[3]


def environment(config: Config, nav: list[tuple[str, str]], compiled: Path | None = None) -> jinja2.Environment:
    """One environment per build: the project's templates/ first, then the stock ones.

    `compiled` keeps compiled templates between builds (checked against their source).
    """
    if compiled:
        compiled.mkdir(parents=True, exist_ok=True)
    loaders = []
    own = config.root / TEMPLATES
    if own.is_dir():
        loaders.append(jinja2.FileSystemLoader(own))
    loaders.append(jinja2.FileSystemLoader(theme_dir() / TEMPLATES))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=jinja2.FileSystemBytecodeCache(str(compiled)) if compiled else None,
    )
    site_url = config.site_url.rstrip("/") + "/" if config.site_url else None
    env.globals.update(site_title=config.title, site_description=config.description, version=__version__,
                       base_path=config.base_path, site_url=site_url, dev_port=config.dev_port,
                       icon=markers.icon, verdict_label=markers.label, verdict_text=markers.describe,
                       plural=wording.plural, count_words=wording.count_words, words=wording.words,
                       nav_pages=nav, url=url)
    return env


def render_key(config: Config, nav: list[tuple[str, str]]) -> str:
    """A hash of everything every page depends on besides its own content: templates, settings, version."""
    parts: list[object] = [config.title, config.description, config.base_path, config.site_url, config.dev_port, nav]
    for folder in (config.root / TEMPLATES, theme_dir() / TEMPLATES):
        if folder.is_dir():
            parts += [(str(p.relative_to(folder)), p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file()]
    return Cache.key(*parts)


def render(env: jinja2.Environment, pages: list[Page], config: Config, key: str,
           before: dict[str, str] | None = None) -> tuple[dict[str, bytes], dict[str, str]]:
    """Return the bytes of every page, keyed by output path, and the keys of keyed pages.

    A keyed page whose key is in `before` is not rendered: the previous build's file stands.
    """
    before = before or {}
    files: dict[str, bytes] = {}
    keys: dict[str, str] = {}
    for page in pages:
        if page.keyed:
            # By repr, not pickle: a pickle depends on which equal objects are shared, which a previous
            # build's digests, read back from the cache, do not share as freshly planned ones do.
            keys[page.path] = Cache.key(key, page.template, repr(page.context))
            if before.get(page.path) == keys[page.path]:
                continue
        # GitHub Pages serves 404.html at whatever depth was asked for: its links start at the base path.
        root = config.base_path if page.path == url("not_found") else "../" * page.path.count("/")
        html = env.get_template(page.template).render(root=root, page_path=page.path, **page.context)
        files[page.path] = html.encode("utf-8")
    return files, keys
