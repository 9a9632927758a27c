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
