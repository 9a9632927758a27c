"""Verdicts on one facet: agree, compatible, conflict or single, with a reason a reader can check.

Each source is first reduced to what it says most precisely (the intersection
of its own values); the sources are then compared: identical values agree,
values that can all hold at once are compatible, and values that cannot are a
conflict typed after de Marneffe et al. (2008): numeric, date, place, role.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from coverage_site.align.names import Person, names_spelt_alike, same_person, spelt_alike
from coverage_site.align.referents import QUANTITIES
from coverage_site.claims.events import FRAMINGS, LABELS
from coverage_site.claims.intervals import INF, Interval
from coverage_site.model import Claim

RANKS = frozenset("deputy vice first second senior junior assistant associate acting interim under principal former lieutenant".split())
# How long or in what capacity one holds an office, not which office: an acting director is the director.
STANDING = frozenset("acting interim former".split())
_STANDING_IN = frozenset({"acting", "interim"})
# Ranks of police and soldiers: "deputy" before them is a job (a sheriff's deputy), not a rank below them.
POLICE_RANKS = frozenset("sergeant corporal officer detective captain major colonel private constable".split())


@dataclass(frozen=True)
class Verdict:
    verdict: str
    explanation: str
    conflict_type: str | None = None
    ladder: tuple[str, ...] = ()


def decide(kind: str, claims: list[Claim], names: dict[str, str], published: dict[str, dt.date] | None = None,
           clear=None) -> Verdict:
    """Decide a facet; `names` maps article ids to outlet names, `published` to dates, for the explanation.

    `clear(a, b)` says whether two clashing claims are clearly about one thing
    (split.refine kept them together for it); only such a pair is cited.
    """
    clear = clear or (lambda a, b: True)
    by_article: dict[str, list[Claim]] = {}
    for c in claims:
        by_article.setdefault(c.article, []).append(c)
    if kind == "duration":
        return _intervals(by_article, names, "numeric", _quantity, _describe_days, published, clear)
    if kind == "money":
        unit = next((c.value.get("unit") for c in claims if c.value.get("unit")), None)
        return _intervals(by_article, names, "numeric", _quantity, lambda i: describe_money(i, unit), published, clear)
    if kind in QUANTITIES:
        return _intervals(by_article, names, "numeric", _quantity, None, published, clear)
    if kind == "time":
        return _intervals(by_article, names, "date", time_interval, _describe_minutes, published, clear)
    if kind == "date":
        v = _intervals(by_article, names, "date", _date, None, published, clear)
        return v if v.verdict == "conflict" else _weekday_clash(by_article, names, clear) or v
    if kind == "place":
        return _places(by_article, names, clear)
    if kind == "person":
        return _roles(by_article, names)
    if kind == "quote":
        return _quotes(by_article, names)
    if kind == "event" and "statement" in claims[0].value:
        return _statement(by_article, names)
    if kind == "event" and "weapon" in claims[0].value:
        return _weapons(by_article, names)
    if kind == "event" and "status" in claims[0].value:
        return _status(by_article, names, published)
    if kind == "event":
        return _events(by_article, names)
    return _single_or_agree(by_article, names)


_CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "KRW": "₩", "INR": "₹"}


def describe_money(i: Interval, unit: str | None) -> str:
    """An amount as a reporter writes it: "$137 million" (a figure read to its rounding), "$91.8 million to
    $112.2 million", "more than $2 million"."""
    sign = _CURRENCY_SIGNS.get(unit or "", "")
    after = "" if sign or not unit else f" {unit}"

    def amount(x: float) -> str:
        for size, word in ((1e9, "billion"), (1e6, "million")):
            if abs(x) >= size:
                return f"{sign}{x / size:,.4g} {word}{after}"
        return f"{sign}{x:,.0f}{after}" if x == int(x) else f"{sign}{x:,.2f}{after}"

    if i.high == INF:
        return f"{'more than' if i.low_open else 'at least'} {amount(i.low)}"
    if i.low in (0, -INF):
        return f"{'less than' if i.high_open else 'at most'} {amount(i.high)}"
    mid, width = (i.low + i.high) / 2, i.high - i.low
    if width == 0 or math.log10(width).is_integer() and mid % width == 0:
        return amount(mid)  # "137 million" is read to the nearest million: say it as written
    return f"{amount(i.low)} to {amount(i.high)}"


def quantity_interval(c: Claim) -> Interval | None:
    return _quantity(c)


def date_interval(c: Claim) -> Interval | None:
    return _date(c)


def time_interval(c: Claim) -> Interval | None:
    """A time of day as minutes after midnight (claims/times.py)."""
    return Interval(c.value["low"], c.value["high"]) if "low" in c.value else None


def _describe_minutes(i: Interval) -> str:
    def clock(m: float) -> str:
        m = int(m) % 1440
        return f"{m // 60:02d}:{m % 60:02d}"
    return clock(i.low) if i.low == i.high else f"{clock(i.low)} to {clock(i.high)}"


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


def _intervals(by_article, names, conflict_type, read, describe=None, published=None, clear=None) -> Verdict:
    """Compare figures claim by claim, each cited with its own reading (never another claim's value)."""
    held = [(read(c), c) for cs in by_article.values() for c in cs]
    held = [(i, c) for i, c in held if i is not None]
    # The ladder: each source's most precise figure, vaguest source first.
    best: dict[str, tuple[Interval, Claim]] = {}
    for i, c in held:
        if c.article not in best or i.width < best[c.article][0].width:
            best[c.article] = (i, c)
    ladder = tuple(c.id for _, c in sorted(best.values(), key=lambda p: -p[0].width))
    describe = describe or (_describe_date if conflict_type == "date" else (lambda i: i.describe()))
    if len(by_article) == 1:
        (article, claims), = by_article.items()
        return Verdict("single", f"Only {_who(article, names)} reports this ({_quote(claims[0])}).", ladder=ladder)
    if not best:
        said = "; ".join(f"{_quote(cs[0])} ({_who(a, names)})" for a, cs in by_article.items())
        return Verdict("agree", f"The sources name the same day or month, which no year or publication date places: {said}.")
    if len(best) <= 1:
        return Verdict("agree", "Only one source gives a value that can be read; the others are too vague to compare.")
    clashes = [(x, y) for n, x in enumerate(held) for y in held[n + 1:]
               if x[1].article != y[1].article and not x[0].overlaps(y[0]) and (clear is None or clear(x[1], y[1]))]
    if clashes:
        # Cite the disagreement between the values most sources give ("10", from five sources, against
        # "three"), the most precise first: a bound of another happening is the likelier odd one out.
        support = {c.id: len({d.article for j, d in held if j == i}) for i, c in held}
        clash = max(clashes, key=lambda p: (support[p[0][1].id] + support[p[1][1].id], -min(p[0][0].width + p[1][0].width, 1e300)))
        (ia, ca), (ib, cb) = sorted(clash, key=lambda h: _order(h[1], published))
        later = _later(ca, cb, names, published)
        return Verdict(
            "conflict",
            f"{_quote(ca)} ({_who(ca.article, names)}, {describe(ia)}) and {_quote(cb)} ({_who(cb.article, names)}, "
            f"{describe(ib)}) cannot both be true.{later}",
            conflict_type,
            ladder,
        )
    common = held[0][0]
    for i, _ in held[1:]:
        common = common.intersect(i)
    values = list(best.values())
    if all(i == values[0][0] for i, _ in values):
        return Verdict("agree", f"All {len(values)} sources give {describe(values[0][0])}.", ladder=ladder)
    precise, claim = min(values, key=lambda v: v[0].width)
    others = ", ".join(f"{_quote(c)} ({_who(c.article, names)})" for _, c in values if c is not claim)
    what = "figures" if conflict_type == "numeric" else "times" if read is time_interval else "dates"
    fits = f"All {what} can hold at once ({describe(common)})" if not common.empty else f"Each pair of {what} can hold at once"
    return Verdict(
        "compatible",
        f"{fits}: {_quote(claim)} ({_who(claim.article, names)}) is the most precise and fits {others}.",
        ladder=ladder,
    )


def _order(c: Claim, published) -> tuple:
    day = (published or {}).get(c.article)
    return (day is None, day or dt.date.min, c.article, c.start)


def _later(a: Claim, b: Claim, names, published) -> str:
    """Say which report is later when both are dated: a toll that rises is a revision, still a disagreement."""
    da, db = (published or {}).get(a.article), (published or {}).get(b.article)
    if not da or not db or da == db:
        return ""
    late = b if db > da else a
    return f" The later report ({_who(late.article, names)}, {max(da, db).isoformat()}) gives {_quote(late)}."


_DAY_UNITS = ((1 / 1440, "minutes"), (1 / 24, "hours"), (1, "days"), (7, "weeks"), (30.4375, "months"), (365.25, "years"))


def _describe_days(i: Interval) -> str:
    """A duration held in days, read back in the unit a reporter would use: "6.1 to 7.9 days", "2.5 to 3.5 hours"."""
    size = i.low if i.high == INF else i.high
    mid = i.low if i.high == INF else (i.low + i.high) / 2
    fitting = [(p, u) for p, u in _DAY_UNITS if size >= p * 2] or [_DAY_UNITS[0]]
    per, unit = fitting[-1]
    # One unit down when that reads as a whole number and this one does not: "30 days", not "4.3 weeks".
    if len(fitting) > 1 and not _whole(mid / per) and _whole(mid / fitting[-2][0]) and mid / fitting[-2][0] < 60:
        per, unit = fitting[-2]
    def num(x: float) -> str:
        return f"{x / per:.2g}" if x / per < 10 else f"{x / per:,.0f}"
    if i.high == INF:
        return f"more than {num(i.low)} {unit}"
    if i.low <= 0:
        return f"at most {num(i.high)} {unit}"  # "up to 15 minutes", "less than an hour"
    if num(i.low) == num(i.high):
        return f"about {num(i.low)} {unit}" if i.low != i.high else f"{num(i.low)} {unit}"
    return f"{num(i.low)} to {num(i.high)} {unit}"


WHOLE_ENOUGH = 0.15  # "4.9 weeks" reads as whole weeks; "4.3 weeks" does not


def _whole(x: float) -> bool:
    return abs(x - round(x)) <= WHOLE_ENOUGH


WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def weekday_of(c: Claim) -> int | None:
    """The day of the week a date claim names, resolved or not: an event's weekday does not
    depend on when the report was filed, so "died Thursday" and "died on Friday" differ even undated."""
    if c.value.get("start") and c.value["start"] == c.value.get("end"):
        return dt.date.fromisoformat(c.value["start"]).weekday()
    m = c.extra.get("mention")
    return getattr(m, "weekday", None) if getattr(m, "form", None) == "weekday" else None


def _weekday_clash(by_article, names, clear) -> Verdict | None:
    days = [(weekday_of(c), c) for cs in by_article.values() for c in cs]
    days = [(d, c) for d, c in days if d is not None]
    for n, (da, ca) in enumerate(days):
        for db, cb in days[n + 1:]:
            if ca.article != cb.article and da != db and clear(ca, cb):
                return Verdict("conflict", f"{_quote(ca)} ({_who(ca.article, names)}, a {WEEKDAY_NAMES[da]}) and {_quote(cb)} "
                                           f"({_who(cb.article, names)}, a {WEEKDAY_NAMES[db]}) name different days.", "date")
    return None


def _describe_date(i: Interval) -> str:
    a = dt.date.fromordinal(int(i.low))
    b = dt.date.fromordinal(int(i.high))
    return a.isoformat() if a == b else f"{a.isoformat()} to {b.isoformat()}"


def _places(by_article, names, clear) -> Verdict:
    # Each source's most specific place: the one the others are "within".
    per_source: dict[str, Claim] = {}
    for article, claims in by_article.items():
        per_source[article] = max(claims, key=lambda c: len(c.value.get("within", [])))
    if len(per_source) == 1:
        article, claim = next(iter(per_source.items()))
        return Verdict("single", f"Only {_who(article, names)} names this place ({_quote(claim)}).")
    items = list(per_source.items())
    if len({c.value["name"] for _, c in items}) == 1:
        # One name, but each source says which state or country it is in, and they differ: two places.
        stated = [(a, c, q) for a, c in items if (q := _stated_within(c))]
        for n, (a, ca, qa) in enumerate(stated):
            for b, cb, qb in stated[n + 1:]:
                if qa not in cb.value.get("within", []) and qb not in ca.value.get("within", []) and clear(ca, cb):
                    return Verdict("conflict", f"{_quote(ca)} ({_who(a, names)}) and {_quote(cb)} ({_who(b, names)}) "
                                               f"are two places of one name.", "place")
        return Verdict("agree", f"All {len(items)} sources name {items[0][1].value['name']}.")
    spelt: dict[str, list[str]] = {}
    for a, c in items:
        spelt.setdefault(c.value["name"], []).append(a)
    if all(names_spelt_alike(x, y) for x in spelt for y in spelt if x != y):
        ways = "; ".join(f"{_outlets(arts, names)} {'write' if len(arts) > 1 else 'writes'} {name}"
                         for name, arts in spelt.items())
        return Verdict("conflict", f"The sources spell the place's name differently: {ways}.", "name")
    for n, (a, ca) in enumerate(items):
        for b, cb in items[n + 1:]:
            if not (_inside(ca, cb) or _inside(cb, ca)) and clear(ca, cb):
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


def _stated_within(c: Claim) -> str | None:
    """The state or country a place's own words put it in ("Springfield, Illinois"), not one the gazetteer
    chose for a bare name ("Springfield" alone is read as the largest of them)."""
    return next((w for w in c.value.get("within", []) if w in c.text[len(c.value["name"]):]), None)


def _inside(inner: Claim, outer: Claim) -> bool:
    return inner.value["name"] == outer.value["name"] or outer.value["name"] in inner.value.get("within", [])


def role_tokens(role: str) -> frozenset[str]:
    """Compare titles as sets of words: "Secretary of State, deputy" equals "Deputy Secretary of State"."""
    words = re.sub(r"['’]s\b", "", role.lower()).replace("-", " ").replace(".", "").split()
    return frozenset(ABBREVIATIONS.get(w, w) for w in words if w not in ("of", "the", "for", "and", "affairs") and w not in HONORIFICS)


# Short forms newsrooms use for titles; honorifics say nothing about an office.
ABBREVIATIONS = {"rep": "representative", "sen": "senator", "gov": "governor", "lt": "lieutenant", "gen": "general",
                 "sec": "secretary", "pres": "president", "atty": "attorney", "supt": "superintendent", "sgt": "sergeant",
                 "capt": "captain", "col": "colonel", "insp": "inspector", "det": "detective", "cmdr": "commander",
                 "marshall": "marshal"}  # a common misspelling of the title, not another office
HONORIFICS = frozenset("dr mr mrs ms miss sir dame rev prof professor".split())


def _head_and_staff(staff: Claim, head: Claim) -> bool:
    """One source gives a post in an office named after a title ("an inspector with the State Fire Marshal's
    Office"), the other that title itself ("State Fire Marshal"), sharing no word with the post: the office's
    head and a member of its staff, who cannot be one person."""
    office = staff.value.get("of") or ""
    if not office.endswith(" Office"):
        return False
    post, title = role_tokens(staff.value["role"]), role_tokens(head.value["role"])
    return bool(title) and title <= role_tokens(office[:-len(" Office")]) and not post & title


def _role_clash(a: frozenset[str], b: frozenset[str], standing_in: bool = False) -> bool:
    """Two titles that cannot both hold: the same office at different ranks ("Secretary" / "Deputy Secretary").

    Different offices can be held at once (a senator who is majority leader, a
    publicist who speaks for a family): compatible, never a conflict. Nor is the head against the deputy when
    some source says the person is acting or interim head (`standing_in`): a deputy standing in is both, and
    outlets drop the "acting".
    """
    core_a, core_b = a - RANKS, b - RANKS
    if not core_a or not core_b or core_a != core_b:
        return False
    if core_a & POLICE_RANKS:
        return False  # "Deputy Sgt." is a sheriff's deputy who is a sergeant, not the sergeant's deputy
    ra, rb = a & RANKS - STANDING, b & RANKS - STANDING
    if ra == rb:
        return False
    if not ra or not rb:  # the office itself against its deputy, unless a deputy stands in ("Acting Police Chief")
        return not standing_in
    return not (ra <= rb or rb <= ra)  # "Vice" is a short form of "First Vice"; "First" and "Second" exclude each other


def _roles(by_article, names) -> Verdict:
    person = max((c.value["name"] for cs in by_article.values() for c in cs), key=lambda n: (len(n), n))
    per_source: dict[str, Claim] = {}
    for article, claims in by_article.items():
        with_role = [c for c in claims if c.value.get("role") and role_tokens(c.value["role"])]
        if with_role:
            per_source[article] = max(with_role, key=lambda c: len(role_tokens(c.value["role"])))
    if len(by_article) == 1:
        article = next(iter(by_article))
        role = per_source.get(article)
        said = f" as {role.value['role']}" if role else ""
        return Verdict("single", f"Only {_who(article, names)} names {person}{said}.")
    spellings = _spellings(by_article, names)
    if spellings:
        return Verdict("conflict", f"The sources spell one person's name differently: {spellings}.", "name")
    if not per_source:
        return Verdict("agree", f"{len(by_article)} sources name {person}; none gives a title.")
    items = list(per_source.items())
    sets = [(a, c, role_tokens(c.value["role"])) for a, c in items]
    if all(s == sets[0][2] for _, _, s in sets):
        return Verdict("agree", f"Every source that gives a title calls {person} {sets[0][1].value['role']}.")
    standing_in = any(s & _STANDING_IN for _, _, s in sets)
    for n, (a, ca, sa) in enumerate(sets):
        for b, cb, sb in sets[n + 1:]:
            staff = next(((x, cx, y, cy) for x, cx, y, cy in ((a, ca, b, cb), (b, cb, a, ca)) if _head_and_staff(cx, cy)), None)
            if staff:
                x, cx, y, cy = staff
                return Verdict(
                    "conflict",
                    f"{_who(x, names)} calls {person} {cx.value['role']} with the {cx.value['of']}; {_who(y, names)} calls "
                    f"them {cy.value['role']}: the head of an office and a member of its staff.",
                    "role",
                )
            if _role_clash(sa, sb, standing_in):
                return Verdict(
                    "conflict",
                    f"{_who(a, names)} calls {person} {ca.value['role']}; {_who(b, names)} calls them {cb.value['role']}: "
                    f"one office, two ranks.",
                    "role",
                )
    full = max(sets, key=lambda s: len(s[2]))
    if all(s[2] <= full[2] for s in sets):
        return Verdict("compatible", f"Titles differ only in detail: the fullest is {full[1].value['role']} ({_who(full[0], names)}).")
    titles = "; ".join(f"{c.value['role']} ({_who(a, names)})" for a, c, _ in sets)
    return Verdict("compatible", f"{person} holds more than one title, and the sources name different ones: {titles}.")


def _weapons(by_article, names) -> Verdict:
    """The kind of weapon each source names (claims/weapons.py). A source that names two kinds ("a shotgun or a
    rifle", or a rifle found at home beside the handgun used) fits either; two sources that each name one,
    different, kind disagree."""
    kinds = {a: {c.value["weapon"]: c for c in cs} for a, cs in by_article.items()}
    if len(kinds) == 1:
        a, ks = next(iter(kinds.items()))
        return Verdict("single", f"Only {_who(a, names)} names the weapon ({', '.join(_quote(c) for c in ks.values())}).")
    sure = [(a, next(iter(ks.items()))) for a, ks in kinds.items() if len(ks) == 1]
    for n, (a, (ka, ca)) in enumerate(sure):
        for b, (kb, cb) in sure[n + 1:]:
            if ka != kb:
                return Verdict("conflict", f"{_who(a, names)} names a {ka} ({_quote(ca)}); {_who(b, names)} names a {kb} "
                                           f"({_quote(cb)}): different kinds of weapon.", "weapon")
    named = sorted({k for ks in kinds.values() for k in ks})
    if len(named) == 1:
        return Verdict("agree", f"All {len(kinds)} sources name a {named[0]}.")
    return Verdict("compatible", f"The sources name a {' or a '.join(named)}, and each that names one kind only fits "
                                 f"a source that names more than one.")


def _status(by_article, names, published: dict[str, dt.date] | None) -> Verdict:
    """A state at the time of writing (claims/status.py): two states are a conflict between the articles as
    published, which a later report may have overtaken; the explanation says which report is later when
    publication days are known."""
    states = {a: cs[0] for a, cs in by_article.items()}
    if len(states) == 1:
        a, c = next(iter(states.items()))
        return Verdict("single", f"Only {_who(a, names)} says so ({_quote(c)}: {c.value['state']}).")
    by_state: dict[str, list[str]] = {}
    for a, c in states.items():
        by_state.setdefault(c.value["state"], []).append(a)
    if len(by_state) == 1:
        return Verdict("agree", f"All {len(states)} sources report it the same way ({next(iter(by_state))}).")
    wordings: dict[tuple[str, str], list[str]] = {}
    for a, c in states.items():
        wordings.setdefault((c.value["state"], c.text), []).append(a)
    parts = "; ".join(f"{_outlets(arts, names)} {'write' if len(arts) > 1 else 'writes'} “{text}” ({state})"
                      for (state, text), arts in sorted(wordings.items()))
    ordered = sorted(states.values(), key=lambda c: _order(c, published))
    first = ordered[0]
    second = next(c for c in reversed(ordered) if c.value["state"] != first.value["state"])
    return Verdict("conflict", f"{parts}: the articles disagree as published, and a later report may have "
                               f"overtaken an earlier one.{_later(first, second, names, published)}", "update")


def _statement(by_article, names) -> Verdict:
    """Sources that state one thing in the same words (align/statements.py): each wording once, with who wrote it."""
    wordings: dict[str, list[str]] = {}
    for a, cs in by_article.items():
        wordings.setdefault(cs[0].value["statement"], []).append(a)
    parts = []
    for statement, articles in wordings.items():
        text = next(c for c in by_article[articles[0]]).text
        parts.append(f"{_outlets(articles, names)} {'write' if len(articles) > 1 else 'writes'} “{text}”")
    return Verdict("agree", "; ".join(parts) + ".")


def _outlets(articles: list[str], names: dict[str, str]) -> str:
    """"Outlet A, Outlet B and Outlet C"."""
    outlets = [_who(a, names) for a in articles]
    return outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + " and " + outlets[-1]


def _spellings(by_article, names) -> str:
    """Sources that spell one person's name differently, as "Outlet A and Outlet B write Robyn
    Mendes; Outlet C writes Robin Mendes" (a middle name one source adds is no difference)."""
    full = {a: max((c.value["name"] for c in cs), key=len) for a, cs in by_article.items()}
    items = [(a, n) for a, n in full.items() if " " in n]
    if not any(same_person(na, nb) == (True, True) for i, (_, na) in enumerate(items) for _, nb in items[i + 1:]):
        return ""
    spelt: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for a, n in items:
        p = Person.parse(n)
        spelt.setdefault((p.given[0] if p.given else "", p.family), []).append((a, n))
    parts = []
    for group in spelt.values():
        name = min((n for _, n in group), key=len)
        parts.append(f"{_outlets([a for a, _ in group], names)} {'write' if len(group) > 1 else 'writes'} {name}")
    return "; ".join(parts)


# Two quotations are one when quote_similarity reaches QUOTE_MATCH (trimmed or lightly paraphrased);
# the verdict then says how they differ: VERBATIM whole-text ratio, or TRIMMED containment.
QUOTE_MATCH = 75
VERBATIM = 97
TRIMMED = 95
CONTAINED_WORDS = 3  # containment counts from three words
WORD_SET_WORDS = 4  # word sets from four: two or three words alike are not one quote


def quote_similarity(a: str, b: str) -> float:
    """How alike two quotations are: whole-text ratio, or containment when one is trimmed."""
    ratio, partial, token_set = _quote_scores(a, b)
    return max(ratio, partial, token_set)


def quote_class(a: str, b: str) -> str:
    """verbatim, trimmed (one is a cut of the other) or paraphrased."""
    ratio, partial, _ = _quote_scores(a.lower().strip(" .,"), b.lower().strip(" .,"))
    return "verbatim" if ratio >= VERBATIM else "trimmed" if partial >= TRIMMED else "paraphrased"


def _quote_scores(a: str, b: str) -> tuple[float, float, float]:
    """(whole-text ratio, containment of the shorter, word-set ratio)."""
    from rapidfuzz import fuzz

    short, long_ = sorted((a, b), key=len)
    words = len(short.split())
    return (fuzz.ratio(a, b), fuzz.partial_ratio(short, long_) if words >= CONTAINED_WORDS else 0.0,
            fuzz.token_set_ratio(a, b) if words >= WORD_SET_WORDS else 0.0)


def _quotes(by_article, names) -> Verdict:
    first = {a: cs[0] for a, cs in by_article.items()}
    if len(first) == 1:
        article, c = next(iter(first.items()))
        who = f", attributed to {c.value['speaker']}" if c.value["speaker"] else ""
        return Verdict("single", f"Only {_who(article, names)} quotes this{who}.")
    items = list(first.items())
    clash = _speaker_clash(items)
    if clash:
        (a, ca), (b, cb) = clash
        return Verdict("conflict", f"The same words are given to different speakers: {_who(a, names)} gives them to "
                                   f"{ca.value['speaker']}, {_who(b, names)} to {cb.value['speaker']}.", "role")
    speakers = [c.value["speaker"] for _, c in items if c.value["speaker"]]
    base_article, base = items[0]
    classes = [f"{_who(a, names)}: {quote_class(base.value['quote'], c.value['quote'])}" for a, c in items[1:]]
    kinds = {quote_class(base.value["quote"], c.value["quote"]) for _, c in items[1:]}
    verdict = "agree" if kinds == {"verbatim"} else "compatible"
    longest = max(speakers, key=len) if speakers else None
    if any(not same_person(s, longest)[0] and not set(s.split()) <= set(longest.split()) for s in speakers):
        # Different speakers the clash test could not tell apart for sure (a sentence names both): say so.
        given = "; ".join(f"{_who(a, names)} to {c.value['speaker']}" for a, c in items if c.value["speaker"])
        who = f", to different speakers ({given})"
    else:
        who = f" to {longest}" if longest else ""
    return Verdict(verdict, f"{len(items)} sources quote this{who}; against {_who(base_article, names)}: {', '.join(classes)}.")


# A quotation this short may be a name, a nickname or a slogan rather than someone's words.
MIN_QUOTE_WORDS = 5


def _speaker_clash(items: list[tuple[str, Claim]]):
    """Two sources that give one quotation to two different, fully named people; None when unsure.

    An unresolved or partly named speaker ("Meron" beside "Neil Meron") is never a clash; nor is a
    speaker found only from the sentences around the quote (a pronoun, the paragraph's speaker), one
    of two speakers a sentence names together ("said Zadan and Meron"), or two names that share a
    family name or one inside the other ("Boone Isaacs" / "Cheryl Boone Isaacs").
    """
    named = [(a, c) for a, c in items if c.value["speaker"] and len(c.value["speaker"].split()) >= 2
             and c.value.get("speaker_is_person") and _family(c.value["speaker"]) in c.sentence
             and len(c.value["quote"].split()) >= MIN_QUOTE_WORDS]
    for n, (a, ca) in enumerate(named):
        for b, cb in named[n + 1:]:
            sa, sb = ca.value["speaker"], cb.value["speaker"]
            if same_person(sa, sb)[0] or spelt_alike(_family(sa), _family(sb)) \
                    or set(sa.split()) <= set(sb.split()) or set(sb.split()) <= set(sa.split()) \
                    or _family(sb) in ca.sentence or _family(sa) in cb.sentence:
                continue
            return (a, ca), (b, cb)
    return None


def _family(name: str) -> str:
    return name.split()[-1]


def _events(by_article, names) -> Verdict:
    """Events reach here with one polarity and no opposite predicates (split.refine keeps such clashes
    apart, referents.not_compared says why); a wording that carries another meaning ("released" /
    "deported"), or a fact against a hedge, is framing."""
    per_source: dict[str, dict[str, Claim]] = {}
    for article, claims in by_article.items():
        for c in claims:
            per_source.setdefault(article, {}).setdefault(c.value["predicate"], c)
    if len(per_source) == 1:
        article, preds = next(iter(per_source.items()))
        return Verdict("single", f"Only {_who(article, names)} reports this ({', '.join(_quote(c) for c in preds.values())}).")
    items = list(per_source.items())
    framing = None
    for n, (a, pa) in enumerate(items):
        for b, pb in items[n + 1:]:
            for x, cx in pa.items():
                for y, cy in pb.items():
                    if framing is None and frozenset((x, y)) in FRAMINGS:
                        framing = Verdict("framing", f"{_who(a, names)} says {_quote(cx)}, {_who(b, names)} says {_quote(cy)}: "
                                                     f"the same happening, worded with a different meaning "
                                                     f"({LABELS[x][0]} / {LABELS[y][0]}).", "wording")
                    if framing is None and x == y and _modalities(by_article[a], x) != _modalities(by_article[b], y) and \
                            len(_modalities(by_article[a], x)) == len(_modalities(by_article[b], y)) == 1:
                        sure, unsure = (a, cx), (b, cy)
                        if cx.value["modality"] != "asserted":
                            sure, unsure = unsure, sure
                        framing = Verdict("framing", f"{_who(sure[0], names)} reports {_quote(sure[1])} as fact; "
                                                     f"{_who(unsure[0], names)} only as reported or possible.", "modality")
    if framing:
        return framing
    preds = sorted({p for ps in per_source.values() for p in ps})
    if len(preds) == 1:
        polarity = {c.value["polarity"] for cs in by_article.values() for c in cs}
        how = LABELS.get(preds[0], (preds[0],))[0]
        how = f"not {how}" if polarity == {"negative"} else how
        return Verdict("agree", f"All {len(items)} sources report it the same way ({how}).")
    return Verdict("compatible", f"{len(items)} sources report it in different words ({', '.join(LABELS.get(p, (p,))[0] for p in preds)}), none contradicting another.")


def _modalities(claims: list[Claim], predicate: str) -> set[str]:
    return {c.value["modality"] for c in claims if c.value["predicate"] == predicate}
