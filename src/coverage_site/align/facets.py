"""Align claims from different articles of one story into facets.

Claims share a facet when they speak about the same slot: same kind, same
predicate (event), same thing counted or same person, same year. Values are
never used to align (316 and 316 about different things stay apart), and two
predicates become one date facet only when one article dates both to the same
day ("regret on Sunday", "Sunday's meeting").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from rapidfuzz import fuzz

from coverage_site.claims.events import FRAMES, LABELS
from coverage_site.model import Claim

QUANTITIES = ("count", "money", "percent", "age", "measure")
PEOPLE_NOUNS = frozenset(
    "worker workers employee employees laborer laborers labourer labourers national nationals citizen citizens people person "
    "persons individual individuals detainee detainees migrant migrants immigrant immigrants resident residents".split()
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def group(claims: list[Claim]) -> list[list[Claim]]:
    """Return groups of claims, one group per facet, in the order they first appear.

    Each group's claims are sorted by article; the facet's event is `event_of(group)`.
    """
    groups: dict[tuple, list[Claim]] = {}
    people = _people_names(claims)
    date_events = _date_event_classes(claims)
    quote_keys = _quote_clusters([c for c in claims if c.kind == "quote"])
    for c in claims:
        key = quote_keys[c.id] if c.kind == "quote" else _key(c, people, date_events)
        groups.setdefault(key, []).append(c)
    merged = _merge_counts(groups)
    return merged


def _quote_clusters(quotes: list[Claim]) -> dict[str, tuple]:
    """Quotes of the same words, verbatim, trimmed or lightly paraphrased, share a key."""
    reps: list[tuple[str, tuple]] = []
    out: dict[str, tuple] = {}
    for q in quotes:
        words = q.value["quote"].lower()
        for rep, key in reps:
            if quote_similarity(words, rep) >= QUOTE_MATCH:
                out[q.id] = key
                break
        else:
            key = ("quote", len(reps))
            reps.append((words, key))
            out[q.id] = key
    return out


QUOTE_MATCH = 75


def quote_similarity(a: str, b: str) -> float:
    """How alike two quotations are: whole-text ratio, or containment when one is trimmed."""
    short, long_ = sorted((a, b), key=len)
    score = fuzz.ratio(a, b)
    if len(short.split()) >= 3:
        score = max(score, fuzz.partial_ratio(short, long_))
    return max(score, fuzz.token_set_ratio(a, b) if len(short.split()) >= 4 else 0)


def _key(c: Claim, people: dict[str, str], date_events: dict[tuple[str, str], str]) -> tuple:
    if c.kind in QUANTITIES:
        return (c.kind, c.event, _head(c.about), _year(c))
    if c.kind == "duration":
        return (c.kind, c.event, _year(c))
    if c.kind == "date":
        if c.event:
            return ("date", date_events.get((c.article, c.event), _frame(c.event)))
        return ("date", None, c.value.get("start"), c.value.get("end"), c.text.lower() if not c.value.get("start") else None)
    if c.kind == "place":
        return ("place", _frame(c.event)) if c.event else ("place", None, c.value["name"])
    if c.kind == "person":
        return ("person", people.get(c.value["name"], c.value["name"]))
    if c.kind == "event":
        return ("event", _frame(c.event))
    if c.kind == "org":
        return ("org", c.value["name"])
    return (c.kind, c.event, c.about)


def _frame(event: str) -> str:
    return FRAMES.get(event, event)


def _head(about: str | None) -> str | None:
    if not about:
        return None
    head = about.split()[-1].lower().rstrip("'’s")
    return "people" if about.split()[-1].lower() in PEOPLE_NOUNS else head


def _year(c: Claim) -> str | None:
    years = _YEAR.findall(c.sentence)
    return years[0] if len(set(years)) == 1 else None


def _people_names(claims: list[Claim]) -> dict[str, str]:
    """Map single names ("Trump") to the full name another article of the story gives."""
    full = {c.value["name"] for c in claims if c.kind == "person" and " " in c.value["name"]}
    out: dict[str, str] = {}
    for c in claims:
        if c.kind == "person" and " " not in c.value["name"]:
            matches = [f for f in full if c.value["name"] in f.split()]
            if len(matches) == 1:
                out[c.value["name"]] = matches[0]
    return out


def _date_event_classes(claims: list[Claim]) -> dict[tuple[str, str], str]:
    """Union predicates that one article dates to the same resolved day."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    by_day: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in claims:
        if c.kind == "date" and c.event and c.value.get("start") and c.value["start"] == c.value["end"]:
            by_day[(c.article, c.value["start"])].add(_frame(c.event))
    for events in by_day.values():
        events = sorted(events)
        for e in events[1:]:
            parent[find(e)] = find(events[0])
    return {(c.article, c.event): find(_frame(c.event)) for c in claims if c.kind == "date" and c.event}


def _merge_counts(groups: dict[tuple, list[Claim]]) -> list[list[Claim]]:
    """Split a count group whose counted things differ ("South Korean" vs "foreign" nationals)."""
    out: list[list[Claim]] = []
    for key, claims in groups.items():
        if key[0] not in QUANTITIES or len(claims) == 1:
            out.append(claims)
            continue
        clusters: list[list[Claim]] = []
        for c in claims:
            for cl in clusters:
                if _same_thing(cl[0], c):
                    cl.append(c)
                    break
            else:
                clusters.append([c])
        out += clusters
    out.sort(key=lambda g: (min(c.article for c in g), min(c.start for c in g)))
    return out


def _same_thing(a: Claim, b: Claim) -> bool:
    ma, mb = _modifiers(a.about), _modifiers(b.about)
    if not ma or not mb:
        return True
    return fuzz.token_set_ratio(ma, mb) >= 80


def _modifiers(about: str | None) -> str:
    return " ".join(about.split()[:-1]).lower() if about else ""


def event_of(claims: list[Claim]) -> str | None:
    """The predicate a facet is about; for dates, the one its key was built on."""
    kind = claims[0].kind
    if kind == "date":
        classes = _date_event_classes(claims)
        roots = Counter(classes.get((c.article, c.event)) for c in claims if c.event)
        return max(roots, key=lambda e: (roots[e], e)) if roots else None
    events = Counter(_frame(x.event) if kind in ("place", "event") else x.event for x in claims if x.event)
    return max(events, key=lambda e: (events[e], e)) if events else None


def label(kind: str, claims: list[Claim]) -> str:
    """A readable name for a facet: "South Korean workers detained", "Day of the meeting"."""
    c = claims[0]
    event = event_of(claims)
    past, noun = LABELS.get(event, (event or "", event or ""))
    if kind in QUANTITIES:
        abouts = Counter(x.about for x in claims if x.about)
        about = max(abouts, key=lambda a: (abouts[a], len(a)), default=None)
        what = {"count": "Number", "money": "Amount", "percent": "Share", "age": "Age", "measure": "Measure"}[kind]
        if about:
            return f"{about[:1].upper()}{about[1:]} {past}".strip() if past else f"{what} of {about}"
        return f"{what} {past}".strip() if past else f"{what} ({c.text})"
    if kind == "duration":
        return f"Length of the {noun}" if event else "Duration"
    if kind == "date":
        if event:
            return f"Day of the {noun}" if c.value.get("start") and c.value["start"] == c.value["end"] else f"When: {noun}"
        return f"Date: {c.text}"
    if kind == "place":
        return f"Place of the {noun}" if event else f"{c.value['name']} (mentioned)"
    if kind == "person":
        name = max((x.value["name"] for x in claims), key=lambda n: (len(n), n))
        return f"{name}'s title"
    if kind == "event":
        return f"{noun[:1].upper()}{noun[1:]} (what happened)"
    if kind == "org":
        return f"{c.value['name']} (mentioned)"
    if kind == "quote":
        speakers = Counter(x.value["speaker"] for x in claims if x.value["speaker"])
        words = min((x.value["quote"] for x in claims), key=len)
        short = words if len(words) <= 60 else words[:57].rsplit(" ", 1)[0] + "…"
        return f"Quote: “{short}”" + (f" ({speakers.most_common(1)[0][0]})" if speakers else "")
    return f"{kind.title()}: {c.text}"
