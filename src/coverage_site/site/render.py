"""Render planned pages with Jinja2: autoescape on, undefined names are errors."""

from __future__ import annotations

from pathlib import Path

import jinja2

from coverage_site import __version__
from coverage_site.config import Config
from coverage_site.site import markers
from coverage_site.site.plan import Site


def theme_dir() -> Path:
    """The stock theme: shipped inside the package, or the checkout's top level."""
    packaged = Path(__file__).resolve().parent.parent / "theme"
    if (packaged / "templates").is_dir():
        return packaged
    return Path(__file__).resolve().parents[3]


def environment(config: Config) -> jinja2.Environment:
    """One environment per build: the project's templates/ first, then the stock ones."""
    loaders = []
    own = config.root / "templates"
    if own.is_dir():
        loaders.append(jinja2.FileSystemLoader(own))
    loaders.append(jinja2.FileSystemLoader(theme_dir() / "templates"))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    site_url = config.site_url.rstrip("/") + "/" if config.site_url else None
    env.globals.update(site_title=config.title, site_description=config.description, version=__version__,
                       base_path=config.base_path, site_url=site_url, dev_port=config.dev_port,
                       icon=markers.icon, verdict_label=markers.label, verdict_text=markers.describe)
    return env


def render(site: Site, config: Config) -> dict[str, bytes]:
    """Return the bytes of every page, keyed by output path."""
    env = environment(config)
    env.globals["nav_pages"] = site.nav
    files: dict[str, bytes] = {}
    for page in site.pages:
        # GitHub Pages serves 404.html at whatever depth was asked for: its links start at the base path.
        root = config.base_path if page.path == "404.html" else "../" * page.path.count("/")
        html = env.get_template(page.template).render(root=root, page_path=page.path, **page.context)
        files[page.path] = html.encode("utf-8")
    files.update(site.data)
    return files

