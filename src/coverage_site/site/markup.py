"""Article text as HTML with every claim marked in place (escaped; offsets exact)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup, escape

from coverage_site.model import Article, Claim, SpanIndex
from coverage_site.site.markers import icon, label


@dataclass(frozen=True)
class Mark:
    claim: Claim
    verdict: str
    href: str
    title: str


def article_html(article: Article, marks: list[Mark]) -> list[tuple[str, Markup]]:
    """Return (block kind, HTML) for each block, claims wrapped in links with markers.

    Where claims overlap, the longer one is marked and the others stay reachable
    from the claim grid; the text itself is never duplicated or dropped.
    """
    chosen = choose(marks)
    out = []
    i = 0
    for block in article.blocks:
        parts: list[str] = []
        pos = block.start
        while i < len(chosen) and chosen[i].claim.start < block.end:
            m = chosen[i]
            if m.claim.start < pos:  # crosses a block boundary: leave unmarked
                i += 1
                continue
            parts.append(str(escape(article.text[pos:m.claim.start])))
            parts.append(_mark(m, article.text[m.claim.start:min(m.claim.end, block.end)]))
            pos = min(m.claim.end, block.end)
            i += 1
        parts.append(str(escape(article.text[pos:block.end])))
        out.append((block.kind, Markup("".join(parts))))
    return out


def choose(marks: list[Mark]) -> list[Mark]:
    """The marks shown in the text: no two overlap; the longer of two wins.

    A statement sources share in the same words (align/statements.py) is marked only where no
    other claim is: it spans a clause, and the figure or date inside it is the finding to show.
    """
    chosen: list[Mark] = []
    statements = []
    for m in sorted(marks, key=lambda m: (m.claim.start, -(m.claim.end - m.claim.start))):
        if "statement" in m.claim.value:
            statements.append(m)
        elif not chosen or m.claim.start >= chosen[-1].claim.end:
            chosen.append(m)
    taken = SpanIndex((m.claim.start, m.claim.end) for m in chosen)
    free = [m for m in statements if not taken.overlaps(m.claim.start, m.claim.end)]
    shown: list[Mark] = []
    for m in free:
        if not shown or m.claim.start >= shown[-1].claim.end:
            shown.append(m)
    return sorted(chosen + shown, key=lambda m: m.claim.start)


def _mark(m: Mark, text: str) -> str:
    v = m.verdict
    return (
        f'<a class="claim v-{v}" id="{escape(m.claim.id)}" href="{escape(m.href)}" '
        f'data-facet="{escape(m.href.rsplit("#", 1)[-1])}" data-tip="{escape(m.title)}">'
        f"{escape(text)}"
        f'<span class="marker" aria-hidden="true">{icon(v)}</span>'
        f'<span class="visually-hidden"> ({label(v)})</span></a>'
    )


def marks_for(claims: list[Claim], facet_of: dict[str, tuple[str, str, str]], href: Callable[[str], str]) -> list[Mark]:
    """Marks for the claims that belong to a facet: (facet id, verdict, label) by claim id."""
    out = []
    for c in claims:
        if c.id in facet_of:
            fid, verdict, flabel = facet_of[c.id]
            out.append(Mark(c, verdict, href(fid), f"{flabel}: {label(verdict)}"))
    return out
