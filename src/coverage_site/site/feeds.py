"""Dates and addresses for feeds and the sitemap; the XML itself is rendered from templates."""

from __future__ import annotations

import datetime as dt

from coverage_site.config import Config
from coverage_site.model import Article, Story

EPOCH = "2000-01-01T00:00:00Z"


def absolute(config: Config, path: str) -> str | None:
    """The absolute URL of an output path, when the site's URL is configured."""
    if not config.site_url:
        return None
    return config.site_url.rstrip("/") + "/" + path


def updated(story: Story, articles: dict[str, Article]) -> str:
    """A story's last change: its newest article's date (never the build time, so builds repeat exactly)."""
    dates = [articles[a].published for a in story.articles if articles[a].published]
    if not dates and story.anchor:
        dates = [story.anchor]
    if not dates:
        return EPOCH
    newest = max(d if isinstance(d, dt.datetime) else dt.datetime.combine(d, dt.time()) for d in dates)
    return newest.strftime("%Y-%m-%dT%H:%M:%SZ")
