"""What one article may make: bounds that keep every stage near-linear in the input's size.

Each claim carries its whole sentence, and claims are compared and shown per
story, so an article that is one long sentence of numbers ("1 1 1 …") would
make output of claims × sentence length and pairs of claims. Three stated
limits bound that, whatever the text: sentences are cut at MAX_SENTENCE
characters (read stage), and at most MAX_PER_SENTENCE claims of a sentence and
MAX_PER_ARTICLE claims of an article are kept (extract stage), with a warning
naming the file. No article of the seeds or of ECB+ comes near any of them
(longest sentence 534 characters, at most 10 claims in a sentence and 107 in
an article).
"""

from __future__ import annotations

import bisect
import logging

from coverage_site.errors import Problem
from coverage_site.model import Article, Claim

log = logging.getLogger(__name__)

# Years a date may have, in front matter or a dateline: relative dates ("next year", "on Friday") are counted
# from it, and Python's dates end at 0001 and 9999.
YEARS = (1000, 9000)
MAX_SENTENCE = 1000  # characters
MAX_PER_SENTENCE = 32  # claims
MAX_PER_ARTICLE = 2000  # claims


def bound_claims(article: Article, claims: list[Claim]) -> tuple[list[Claim], list[Problem]]:
    """Keep the first MAX_PER_SENTENCE claims of each sentence and the first MAX_PER_ARTICLE of the article."""
    kept: list[Claim] = []
    starts = [s.start for s in article.sentences]
    per_sentence: dict[int, int] = {}
    first_cut: Claim | None = None
    for c in claims:
        sentence = bisect.bisect_right(starts, c.start)
        n = per_sentence.get(sentence, 0)
        if n >= MAX_PER_SENTENCE or len(kept) >= MAX_PER_ARTICLE:
            first_cut = first_cut or c
            continue
        per_sentence[sentence] = n + 1
        kept.append(c)
    if first_cut is None:
        return claims, []
    problem = Problem(article.path, None, None,
                      f"{len(claims)} claims found; only {len(kept)} are compared (at most {MAX_PER_SENTENCE} per "
                      f"sentence and {MAX_PER_ARTICLE} per article); the first left out is “{first_cut.text[:40]}”",
                      "warning")
    return kept, [problem]


def bound_and_report(article: Article, claims: list[Claim]) -> list[Claim]:
    """`bound_claims`, reporting the cut on the log (extraction runs after problems are gathered)."""
    kept, problems = bound_claims(article, claims)
    for p in problems:
        log.warning("%s", p)
    return kept
