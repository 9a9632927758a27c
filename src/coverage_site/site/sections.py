"""What the story page shows where: compared facts, one-source facts, background; the summary's quotes.

Pure functions of a story's facets and articles, shared by the planner and `add`'s preview
so that both count the same things (issue #16, page part of #13).
"""

from __future__ import annotations

from typing import Any

from coverage_site.model import Article, Claim, Facet
from coverage_site.site import markers, wording


def is_mention(f: Facet) -> bool:
    """A place or organisation named in passing, or a term two sources share: listed, but not a finding."""
    return (f.kind == "org" or (f.kind == "place" and not any(c.event for c in f.claims))
            or (f.kind == "event" and bool(f.claims[0].value.get("term"))))


def is_statement(f: Facet) -> bool:
    """Words two sources share about what happened (align/statements.py): a finding, unlike a bare verb or a term."""
    return f.kind == "event" and "statement" in f.claims[0].value and not f.claims[0].value.get("term")


def marked(f: Facet) -> bool:
    """Which facets are highlighted in the article text: events only where sources disagree or differ in wording."""
    return not is_mention(f) and (f.kind != "event" or is_statement(f) or f.verdict in ("conflict", "framing"))


def cell(f: Facet, article_id: str) -> list[tuple[Claim, int]]:
    """A source's words for a facet, each distinct wording once with how often it occurs."""
    seen: dict[str, list[Claim]] = {}
    for c in f.claims:
        if c.article == article_id:  # "Over 300" and "over 300 " are one wording
            seen.setdefault(wording.words(c.text).casefold(), []).append(c)
    return [(cs[0], len(cs)) for cs in seen.values()]


def is_background(f: Facet) -> bool:
    """Named in passing, or an action with no disagreement ("raid" ×10): listed, folded, never counted.

    Only a conflict or a difference of wording makes an event row worth a reader's time (issue #13).
    """
    return is_mention(f) or (f.kind == "event" and not is_statement(f) and f.verdict not in ("conflict", "framing"))


def in_headings(f: Facet, by_id: dict[str, Article]) -> bool:
    """A "person" with no title found only in headings ("Key Takeaways"): a heading, not a person."""
    if f.kind != "person" or any(c.value.get("role") for c in f.claims):
        return False
    return all(any(b.kind == "h" and b.start <= c.start < b.end for b in by_id[c.article].blocks)
               for c in f.claims if c.article in by_id)


def sort_key(f: Facet) -> tuple:
    """Rows in verdict order, then the facts most sources report first."""
    return (markers.rank(f.verdict), -len(f.articles))


def classify(facets: tuple[Facet, ...] | list[Facet], by_id: dict[str, Article]) -> dict[str, list[Facet]]:
    """Split a story's facets into what the page compares, what one source alone says, and background.

    The summary, the verdict bar, the home page and `add`'s preview count `compared` only.
    """
    out: dict[str, list[Facet]] = {"compared": [], "single": [], "background": []}
    for f in facets:
        if is_background(f):
            out["background"].append(f)
        elif in_headings(f, by_id):
            continue
        elif len(f.articles) > 1 and f.verdict != "single":
            out["compared"].append(f)
        else:
            out["single"].append(f)
    out["compared"].sort(key=sort_key)
    return out


QUOTE_WORDS = (6, 45)  # a summary quote is a whole thought, short enough to read at a glance (fewer, more)
SUMMARY_QUOTES = 3  # the summary quotes this many sentences at most: the gist, not the article
QUOTE_LENGTH_COST = 30  # words: a sentence this long counts its facts half as much, so short sentences win
SAME_SOURCE_WEIGHT = 0.5  # a second sentence from an outlet already quoted counts half: other voices first


def summary_quotes(agreed: list[Facet], skip: set[str], who: dict[str, dict]) -> list[dict[str, Any]]:
    """Up to three sentences, in the sources' own words, that carry the most facts the sources agree on."""
    cand: dict[tuple[str, str], set[str]] = {}
    for f in agreed:
        for c in f.claims:
            sentence = " ".join(c.sentence.split())
            if c.id not in skip and QUOTE_WORDS[0] <= len(sentence.split()) <= QUOTE_WORDS[1]:
                cand.setdefault((c.article, sentence), set()).add(f.id)
    chosen: list[tuple[str, str]] = []
    covered: set[str] = set()
    while len(chosen) < SUMMARY_QUOTES and cand:
        used = {a for a, _ in chosen}

        def gain(item: tuple[tuple[str, str], set[str]]) -> tuple[float, str, str]:
            (art, sentence), ids = item
            return (len(ids - covered) / (1 + len(sentence.split()) / QUOTE_LENGTH_COST) * (SAME_SOURCE_WEIGHT if art in used else 1.0),
                    art, sentence)
        (art, sentence), ids = max(cand.items(), key=gain)
        if not ids - covered:
            break
        chosen.append((art, sentence))
        covered |= ids
        del cand[(art, sentence)]
    return [{"who": who[a], "sentence": sentence} for a, sentence in chosen]


def quotable(sentence: str, article: Article) -> str:
    """A sentence ready to quote: without its dateline ("Seoul [South Korea], September 14 :"), inner quotes single."""
    if article.dateline and sentence.startswith(article.dateline.text):
        rest = sentence[len(article.dateline.text):].lstrip(" :—–-")
        sentence = rest[:1].upper() + rest[1:]
    return sentence.replace("“", "‘").replace("”", "’").replace('"', "’")


def distinct(texts) -> list[str]:
    """Each wording once, first spelling kept: "detention", "Detention" -> "detention"."""
    seen: dict[str, str] = {}
    for t in texts:
        w = wording.words(t)
        seen.setdefault(w.casefold(), w)
    return list(seen.values())


def display_name(w: dict[str, Any]) -> str:
    return f"unnamed source ({w['file']})" if w["unnamed"] else w["name"]


def live_changes(entries: list[dict], articles: set[str], facets: set[str]) -> list[dict]:
    """The change log as the story page shows it: links only to articles and facet pages that still exist."""
    out = []
    for e in entries:
        summary = e.get("summary", "")
        for v in e.get("verdicts", []):
            summary = summary.replace(v["label"], wording.label(v["label"]))
        out.append(dict(e, summary=summary, new_articles=[dict(a, live=a["id"] in articles) for a in e.get("new_articles", [])],
                        verdicts=[dict(v, live=v["facet"] in facets, label=wording.label(v["label"]))
                                  for v in e.get("verdicts", [])]))
    return out
