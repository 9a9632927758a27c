"""Verdicts on one facet: agree, compatible, conflict or single, with a reason a reader can check.

Each source is first reduced to what it says most precisely (the intersection
of its own values); the sources are then compared: identical values agree,
values that can all hold at once are compatible, and values that cannot are a
conflict typed after de Marneffe et al. (2008): numeric, date, place, role.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coverage_site.claims.intervals import INF, Interval
from coverage_site.model import Claim

QUANTITY_KINDS = ("count", "money", "percent", "age", "measure", "duration")
RANKS = frozenset("deputy vice first second senior junior assistant associate acting under principal former".split())


@dataclass(frozen=True)
class Verdict:
    verdict: str
    explanation: str
    conflict_type: str | None = None
    ladder: tuple[str, ...] = ()


def decide(kind: str, claims: list[Claim], names: dict[str, str]) -> Verdict:
    """Decide a facet; `names` maps article ids to outlet names for the explanation."""
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        by_article.setdefault(c.article, []).append(c)
    if kind == "duration":
        return _intervals(by_article, names, "numeric", _quantity, lambda i: f"{i.describe()} days")
    if kind in QUANTITY_KINDS:
        return _intervals(by_article, names, "numeric", _quantity)
    if kind == "date":
        return _intervals(by_article, names, "date", _date)
    if kind == "place":
        return _places(by_article, names)
    if kind == "person":
        return _roles(by_article, names)
    if kind == "quote":
        return _quotes(by_article, names)
    if kind == "event":
        return _events(by_article, names)
    return _single_or_agree(by_article, names)


def quantity_interval(c: Claim) -> Interval | None:
    return _quantity(c)


def _quantity(c: Claim) -> Interval | None:
    v = c.value
    if "interval" not in v:
        return None
    nota = v["interval"]
    low = -INF if v.get("low") is None else v["low"]
    high = INF if v.get("high") is None else v["high"]
    return Interval(low, high, nota.startswith("("), nota.endswith(")"))


def _date(c: Claim) -> Interval | None:
    if not c.value.get("start"):
        return None
    a = dt.date.fromisoformat(c.value["start"]).toordinal()
    b = dt.date.fromisoformat(c.value["end"]).toordinal()
    return Interval(a, b)


def _quote(c: Claim) -> str:
    return f"“{c.text}”"


def _who(article: str, names: dict[str, str]) -> str:
    return names.get(article, article)


def _single_or_agree(by_article, names) -> Verdict:
    if len(by_article) == 1:
        (article, claims), = by_article.items()
        return Verdict("single", f"Only {_who(article, names)} reports this ({_quote(claims[0])}).")
    return Verdict("agree", f"{len(by_article)} sources say the same thing.")


def _intervals(by_article, names, conflict_type, read, describe=None) -> Verdict:
    per_source: dict[str, tuple[Interval, Claim]] = {}
    for article, claims in by_article.items():
        held = [(read(c), c) for c in claims]
        held = [(i, c) for i, c in held if i is not None]
        if not held:
            continue
        value = held[0][0]
        for i, _ in held[1:]:
            if value.overlaps(i):
                value = value.intersect(i)
        best = min(held, key=lambda h: h[0].width)[1]
        per_source[article] = (value, best)
    ladder = tuple(c.id for _, c in sorted(per_source.values(), key=lambda p: -p[0].width))
    describe = describe or (_describe_date if conflict_type == "date" else (lambda i: i.describe()))
    if len(by_article) == 1 or len(per_source) <= 1:
        if len(by_article) == 1:
            (article, claims), = by_article.items()
            return Verdict("single", f"Only {_who(article, names)} reports this ({_quote(claims[0])}).", ladder=ladder)
        return Verdict("agree", "Only one source gives a value that can be read; the others are too vague to compare.")
    values = list(per_source.items())
    common = values[0][1][0]
    for _, (i, _) in values[1:]:
        common = common.intersect(i)
    if all(i == values[0][1][0] for _, (i, _) in values):
        return Verdict("agree", f"All {len(values)} sources give {describe(values[0][1][0])}.", ladder=ladder)
    if not common.empty:
        precise_article, (precise, claim) = min(values, key=lambda v: v[1][0].width)
        others = ", ".join(f"{_quote(c)} ({_who(a, names)})" for a, (_, c) in values if a != precise_article)
        return Verdict(
            "compatible",
            f"All figures can hold at once ({describe(common)}): {_quote(claim)} ({_who(precise_article, names)}) "
            f"is the most precise and fits {others}.",
            ladder=ladder,
        )
    # Name one pair that cannot both hold.
    for n, (a, (ia, ca)) in enumerate(values):
        for b, (ib, cb) in values[n + 1:]:
            if not ia.overlaps(ib):
                return Verdict(
                    "conflict",
                    f"{_quote(ca)} ({_who(a, names)}, {describe(ia)}) and {_quote(cb)} ({_who(b, names)}, "
                    f"{describe(ib)}) cannot both be true.",
                    conflict_type,
                    ladder,
                )
    return Verdict("conflict", "No single value fits every source, though each pair overlaps.", conflict_type, ladder)


def _describe_date(i: Interval) -> str:
    a = dt.date.fromordinal(int(i.low))
    b = dt.date.fromordinal(int(i.high))
    return a.isoformat() if a == b else f"{a.isoformat()} to {b.isoformat()}"


def _places(by_article, names) -> Verdict:
    # Each source's most specific place: the one the others are "within".
    per_source: dict[str, Claim] = {}
    for article, claims in by_article.items():
        per_source[article] = max(claims, key=lambda c: len(c.value.get("within", [])))
    if len(per_source) == 1:
        article, claim = next(iter(per_source.items()))
        return Verdict("single", f"Only {_who(article, names)} names this place ({_quote(claim)}).")
    items = list(per_source.items())
    if len({c.value["name"] for _, c in items}) == 1:
        return Verdict("agree", f"All {len(items)} sources name {items[0][1].value['name']}.")
    for n, (a, ca) in enumerate(items):
        for b, cb in items[n + 1:]:
            if not (_inside(ca, cb) or _inside(cb, ca)):
                return Verdict(
                    "conflict",
                    f"{_quote(ca)} ({_who(a, names)}) and {_quote(cb)} ({_who(b, names)}) are different places, neither inside the other.",
                    "place",
                )
    inner = max(items, key=lambda i: len(i[1].value.get("within", [])))
    outer = [f"{c.value['name']} ({_who(a, names)})" for a, c in items if c.value["name"] != inner[1].value["name"]]
    return Verdict(
        "compatible",
        f"{inner[1].value['name']} ({_who(inner[0], names)}) lies within {', '.join(outer)}: one source is more precise.",
    )


def _inside(inner: Claim, outer: Claim) -> bool:
    return inner.value["name"] == outer.value["name"] or outer.value["name"] in inner.value.get("within", [])


def role_tokens(role: str) -> frozenset[str]:
    """Compare titles as sets of words: "Secretary of State, deputy" equals "Deputy Secretary of State"."""
    words = role.lower().replace("-", " ").replace(".", "").split()
    return frozenset(w for w in words if w not in ("of", "the", "for", "and", "affairs"))


def _roles(by_article, names) -> Verdict:
    person = next(iter(by_article.values()))[0].value["name"]
    per_source: dict[str, Claim] = {}
    for article, claims in by_article.items():
        with_role = [c for c in claims if c.value.get("role")]
        if with_role:
            per_source[article] = max(with_role, key=lambda c: len(role_tokens(c.value["role"])))
    if len(by_article) == 1:
        article = next(iter(by_article))
        role = per_source.get(article)
        said = f" as {role.value['role']}" if role else ""
        return Verdict("single", f"Only {_who(article, names)} names {person}{said}.")
    if not per_source:
        return Verdict("agree", f"{len(by_article)} sources name {person}; none gives a title.")
    items = list(per_source.items())
    sets = [(a, c, role_tokens(c.value["role"])) for a, c in items]
    if all(s == sets[0][2] for _, _, s in sets):
        return Verdict("agree", f"Every source that gives a title calls {person} {sets[0][1].value['role']}.")
    for n, (a, ca, sa) in enumerate(sets):
        for b, cb, sb in sets[n + 1:]:
            small, big = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
            # A bare head ("Minister") is a shorter form; a missing or different rank is not.
            if not small <= big or (len(small) > 1 and (big - small) & RANKS):
                return Verdict(
                    "conflict",
                    f"{_who(a, names)} calls {person} {ca.value['role']}; {_who(b, names)} calls them {cb.value['role']}.",
                    "role",
                )
    full = max(sets, key=lambda s: len(s[2]))
    return Verdict("compatible", f"Titles differ only in detail: the fullest is {full[1].value['role']} ({_who(full[0], names)}).")


def quote_class(a: str, b: str) -> str:
    """verbatim, trimmed (one is a cut of the other) or paraphrased."""
    from rapidfuzz import fuzz

    a, b = a.lower().strip(" .,"), b.lower().strip(" .,")
    if fuzz.ratio(a, b) >= 97:
        return "verbatim"
    short, long_ = sorted((a, b), key=len)
    if fuzz.partial_ratio(short, long_) >= 95:
        return "trimmed"
    return "paraphrased"


def _quotes(by_article, names) -> Verdict:
    first = {a: cs[0] for a, cs in by_article.items()}
    if len(first) == 1:
        article, c = next(iter(first.items()))
        who = f", attributed to {c.value['speaker']}" if c.value["speaker"] else ""
        return Verdict("single", f"Only {_who(article, names)} quotes this{who}.")
    items = list(first.items())
    speakers = {c.value["speaker"] for _, c in items if c.value["speaker"]}
    if len(speakers) > 1:
        said = "; ".join(f"{_who(a, names)} gives it to {c.value['speaker']}" for a, c in items if c.value["speaker"])
        return Verdict("conflict", f"The same words are given to different speakers: {said}.", "role")
    base_article, base = items[0]
    classes = [f"{_who(a, names)}: {quote_class(base.value['quote'], c.value['quote'])}" for a, c in items[1:]]
    kinds = {quote_class(base.value["quote"], c.value["quote"]) for _, c in items[1:]}
    verdict = "agree" if kinds == {"verbatim"} else "compatible"
    who = f" to {next(iter(speakers))}" if speakers else ""
    return Verdict(verdict, f"{len(items)} sources quote this{who}; against {_who(base_article, names)}: {', '.join(classes)}.")


def _events(by_article, names) -> Verdict:
    from coverage_site.claims.events import LABELS, OPPOSITES

    per_source: dict[str, dict[str, Claim]] = {}
    for article, claims in by_article.items():
        for c in claims:
            per_source.setdefault(article, {}).setdefault(c.value["predicate"], c)
    if len(per_source) == 1:
        article, preds = next(iter(per_source.items()))
        return Verdict("single", f"Only {_who(article, names)} reports this ({', '.join(_quote(c) for c in preds.values())}).")
    items = list(per_source.items())
    for n, (a, pa) in enumerate(items):
        for b, pb in items[n + 1:]:
            for x, cx in pa.items():
                for y, cy in pb.items():
                    if frozenset((x, y)) in OPPOSITES:
                        return Verdict("conflict", f"{_who(a, names)} says {_quote(cx)}, {_who(b, names)} says {_quote(cy)}: "
                                                   f"{LABELS[x][0]} and {LABELS[y][0]} cannot both describe it.", "antonym")
                    if x == y and _polarities(by_article[a], x) ^ _polarities(by_article[b], y) and \
                            len(_polarities(by_article[a], x)) == len(_polarities(by_article[b], y)) == 1:
                        return Verdict("conflict", f"{_who(a, names)} reports {_quote(cx)} as {cx.value['polarity']}, "
                                                   f"{_who(b, names)} as {cy.value['polarity']}.", "negation")
                    if x == y and _modalities(by_article[a], x) != _modalities(by_article[b], y) and \
                            len(_modalities(by_article[a], x)) == len(_modalities(by_article[b], y)) == 1:
                        return Verdict("conflict", f"{_who(a, names)} reports {_quote(cx)} as fact ({cx.value['modality']}), "
                                                   f"{_who(b, names)} only as {cy.value['modality']}.", "modality")
    preds = sorted({p for ps in per_source.values() for p in ps})
    if len(preds) == 1:
        polarity = {c.value["polarity"] for cs in by_article.values() for c in cs}
        how = LABELS.get(preds[0], (preds[0],))[0]
        how = f"not {how}" if polarity == {"negative"} else how
        return Verdict("agree", f"All {len(items)} sources report it the same way ({how}).")
    return Verdict("compatible", f"{len(items)} sources report it in different words ({', '.join(LABELS.get(p, (p,))[0] for p in preds)}), none contradicting another.")


def _polarities(claims: list[Claim], predicate: str) -> set[str]:
    return {c.value["polarity"] for c in claims if c.value["predicate"] == predicate}


def _modalities(claims: list[Claim], predicate: str) -> set[str]:
    return {c.value["modality"] for c in claims if c.value["predicate"] == predicate}
