"""The extraction step: every article's claims, from the build cache or read now (in parallel).

One function for all articles a build needs claims of: those grouped by
content, and those pinned to a story or whose story must be made again, so no
story worker ever has to extract.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from coverage_site.cache import Cache
from coverage_site.model import Article, Claim

log = logging.getLogger(__name__)

MESSAGE_CHARS = 200  # of a reader's error message in the warning: enough to recognise it, never a wall of text


def extract(articles: list[Article], cache: Cache, jobs: int | None, keys: dict[str, str]
            ) -> Iterator[tuple[Article, list[Claim]]]:
    """Yield (article, claims) for every article: from the cache, else extracted (in parallel)."""
    from coverage_site.parallel import pmap

    missing = []
    for a in articles:
        found = cache.get("claims", keys[a.id])
        if found is None:
            missing.append(a)
        else:
            yield a, found
    for a, found in zip(missing, pmap(extract_bounded, missing, jobs, preload=readers_data(), stage="extract")):
        cache.put("claims", keys[a.id], found)
        yield a, found


def ensure(articles: list[Article], cache: Cache, jobs: int | None, keys: dict[str, str]) -> int:
    """Extract (in parallel) and store the claims of those `articles` the cache lacks; return how many."""
    missing = [a for a in articles if not cache.has("claims", keys[a.id])]
    for _ in extract(missing, cache, jobs, keys):
        pass
    return len(missing)


def extract_bounded(article: Article) -> list[Claim]:
    """An article's claims, within the limits of read/limits.py; a reader's failure costs this article its claims only."""
    from coverage_site.claims import extract_claims
    from coverage_site.read.limits import bound_and_report

    try:
        return bound_and_report(article, extract_claims(article))
    except (ArithmeticError, LookupError, ValueError, RecursionError) as exc:  # what odd text can make a reader raise
        log.warning("%s: warning: claims could not be read (%s: %s); the article is shown without them",
                    article.path, type(exc).__name__, str(exc)[:MESSAGE_CHARS])
        return []


def readers_data() -> list:
    """Loaders of the data the claim readers share, run once before forking workers."""
    from coverage_site.claims.names import given_names
    from coverage_site.gazetteer import gazetteer

    return [gazetteer, given_names]
