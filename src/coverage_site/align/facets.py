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
from dataclasses import replace

from rapidfuzz import fuzz

from coverage_site.align import referents
from coverage_site.align.names import names_spelt_alike, people_clusters
from coverage_site.align.verdicts import (QUANTITIES, QUOTE_MATCH, quantity_interval, quote_similarity, time_interval,
                                          weekday_of)
from coverage_site.claims import orgs
from coverage_site.claims.events import FRAMES, IRREGULAR, LABELS
from coverage_site.model import Claim
from coverage_site.partition import Partition
from coverage_site.text import MONTHS

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def group(claims: list[Claim]) -> list[list[Claim]]:
    """Return groups of claims, one group per facet, in the order they first appear.

    Each group's claims are sorted by article; the facet's event is `event_of(group)`.
    A claim whose referent cannot be told (a bare number, a duration of no
    event, an age of nobody named) gets a group of its own: it is never compared.
    """
    groups: dict[tuple, list[Claim]] = {}
    people = _people_names(claims)
    date_events = _date_event_classes(claims)
    quote_keys = _quote_clusters([c for c in claims if c.kind == "quote"])
    suspect = _accused(claims, people)
    twice = _dated_twice(claims)
    for c in claims:
        if c.kind == "time" and (c.article, _frame(c.event or "")) in twice:
            key = None  # "Monday's quake" beside "Sunday's quake": which one the clock times is unclear
        else:
            key = quote_keys[c.id] if c.kind == "quote" else _key(c, people, date_events, suspect)
        groups.setdefault(key if key is not None else ("alone", c.id), []).append(c)
        for event in c.extra.get("also", ()):  # "were detained but have since returned": in both facets
            other = replace(c, event=event)
            also = _key(other, people, date_events, suspect)
            if also is not None and also != key:
                groups.setdefault(also, []).append(other)
    return _merge_counts(_join_spellings(_join_things_counted_alike(_lend_referents(_homes_told_twice(groups)))))


def _homes_told_twice(groups: dict[tuple, list[Claim]]) -> dict[tuple, list[Claim]]:
    """A person's home that only one source gives is compared with nothing: it stays the town named in passing,
    where other sources' mentions of it agree ("LaCalamita, 38, of Troy" beside "a Troy man")."""
    out: dict[tuple, list[Claim]] = {}
    for key, held in groups.items():
        if key[:2] == ("place", "reside") and len(key) == 3 and len({c.article for c in held}) == 1:
            for c in held:
                out.setdefault(("place", None, c.value["name"], ()), []).append(c)
        else:
            out.setdefault(key, []).extend(held)
    return out


_LENDABLE = frozenset({"date", "time", "place", *QUANTITIES, "duration"})


def _lend_referents(groups: dict[tuple, list[Claim]]) -> dict[tuple, list[Claim]]:
    """A value that names no referent of its own (a date no verb governs, a figure of nothing named) joins the
    one facet of its kind whose sources all give that same value: "October 5" beside "the campaign starts
    October 5". It can only agree there. Where two facets hold that value, or none, it stays alone.
    """
    def bare(key: tuple) -> bool:
        return key[0] in ("figure", "alone") or key[0] in ("date", "time", "place") and key[1] is None

    homes: dict[tuple, list[tuple]] = {}  # a value -> the facets whose claims all give it
    timed: list[tuple] = []  # the facets of a timed happening, by their clock times
    for key, held in groups.items():
        values = {_value_of(x) for x in held}
        if not bare(key) and len(values) == 1 and None not in values:
            homes.setdefault(values.pop(), []).append(key)
        if key[0] == "time" and all(time_interval(x) for x in held):
            timed.append(key)
    out = dict(groups)
    for key in [k for k in groups if bare(k)]:
        c = groups[key][0]
        if c.kind not in _LENDABLE or out.get(key) is not groups[key]:
            continue  # gone, or a bare time that others have joined: it stays their facet
        # A place moves only where named as where something is, not as a modifier ("her Santa Rosa home").
        claims = [x for x in groups[key] if c.kind != "place" or _placed(x)]
        if c.kind == "time" and time_interval(c):
            # A clock time is one happening's when its reading meets every time of that facet ("about 7 p.m."
            # beside "7:01 p.m."); another bare time of another source is such a facet too.
            meets = [k for k in timed if k != key and k in out and all(_meets(time_interval(c), time_interval(x))
                                                                       and x.value.get("zone") == c.value.get("zone")
                                                                       for x in out[k])]
            home = [k for k in meets if not bare(k)] or meets  # a timed happening first
        else:
            home = homes.get(_value_of(c), ())
        home = [k for k in home if any(x.article != c.article for x in out[k])]
        if claims and len(home) == 1:
            out[home[0]] = out[home[0]] + claims
            rest = [x for x in groups[key] if x not in claims]
            if rest:
                out[key] = rest
            else:
                del out[key]
    return out


def _join_things_counted_alike(groups: dict[tuple, list[Claim]]) -> dict[tuple, list[Claim]]:
    """The same number of the same things, under different verbs in different sources, is one figure:
    "three undersea cables were damaged" beside "three underwater cables were cut", "three shells landed" beside
    "three artillery shells hit". Only equal figures of one named head noun (never people, whose tolls differ
    by what befell them, nor a vague head) and of compatible modifiers join, so such a facet can only agree.
    """
    alike: dict[tuple, list[tuple]] = {}
    for key, held in groups.items():
        if key[0] != "count" or len(key) != 5 or key[3] in (None, "people"):
            continue
        values = {_value_of(x) for x in held}
        if len(values) == 1 and None not in values:
            alike.setdefault((key[1], key[3], key[4], values.pop()), []).append(key)
    out = dict(groups)
    for keys in alike.values():
        if len({c.article for k in keys for c in groups[k]}) < 2:
            continue
        first = groups[keys[0]][0]
        joined = [k for k in keys if _same_thing(first, groups[k][0])]
        if len(joined) > 1:
            out[joined[0]] = [c for k in joined for c in groups[k]]
            for k in joined[1:]:
                del out[k]
    return out


def _meets(a, b) -> bool:
    """Two clock readings share more than an end: "around 4:00" (15:50-16:10) and "about 4:20" (16:10-16:30)
    only touch, while "6 p.m." lies within "just after 6:00"."""
    low, high = max(a.low, b.low), min(a.high, b.high)
    return low < high or low == high and (a.low == a.high or b.low == b.high)


_WHERE = re.compile(r"\b(?:in|at|to|near|inside|outside|into|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _placed(c: Claim) -> bool:
    """A place named as where something is ("flew to Las Vegas"), not as a modifier ("her Santa Rosa home")."""
    return bool(_WHERE.search(c.sentence[:referents.offset(c)]))


def _value_of(c: Claim) -> tuple | None:
    """Exactly the reading two claims must share to be lent: one clock time, one interval, one resolved day or
    one weekday (a story's week has one Sunday: "early on Sunday" beside "the blaze on Sunday"), one place name
    (never "about the same"; a year or a month is shared by too many happenings)."""
    if c.kind == "place":
        return ("place", c.value["name"].casefold())
    if c.kind == "time":
        return ("time", c.value["start"], c.value["end"], c.value.get("zone")) if c.value.get("start") else None
    if c.kind == "date":
        if c.value.get("start") and c.value["start"] == c.value["end"]:
            return ("date", c.value["start"])
        day = weekday_of(c)
        return ("weekday", day) if day is not None else None
    v = quantity_interval(c)
    return (c.kind, c.value.get("unit"), v.low, v.high) if v is not None else None


def _join_spellings(groups: dict[tuple, list[Claim]]) -> dict[tuple, list[Claim]]:
    """One street or building spelt two ways by different sources ("Independent Street" / "Independence
    Street") is one place: its names differ in one word, spelt alike (names.spelt_alike), of one type.

    Only named streets and buildings: a town or country spelt alike is resolved by the gazetteer, and
    two streets of near names in one story are far rarer than a misspelling.
    """
    places = [k for k in groups if k[0] == "place" and k[1] is None
              and groups[k][0].value.get("type") in ("street", "facility")]
    joined = Partition(places)
    for n, a in enumerate(places):
        for b in places[n + 1:]:
            ca, cb = groups[a][0], groups[b][0]
            if ca.value["type"] == cb.value["type"] and names_spelt_alike(ca.value["name"], cb.value["name"]):
                joined.join(a, b)
    out = {k: v for k, v in groups.items() if k not in joined.parent}
    for keys in joined.groups():
        out[keys[0]] = [c for k in keys for c in groups[k]]
    return out


def _quote_clusters(quotes: list[Claim]) -> dict[str, tuple]:
    """Quotes of the same words, verbatim, trimmed or lightly paraphrased, share a key."""
    reps: list[tuple[str, tuple]] = []
    out: dict[str, tuple] = {}
    for q in quotes:
        words = q.value["quote"].lower()
        for rep, key in reps:
            short = min(len(words.split()), len(rep.split())) < SHORT_QUOTE
            # Two or three quoted words ("totally unacceptable") match only when they are the same words.
            if (_bare(words) == _bare(rep)) if short else quote_similarity(words, rep) >= QUOTE_MATCH:
                out[q.id] = key
                break
        else:
            key = ("quote", len(reps))
            reps.append((words, key))
            out[q.id] = key
    return out


SHORT_QUOTE = 3  # fewer quoted words than this join only when they are the same words


def _bare(words: str) -> str:
    return re.sub(r"[^\w\s]", "", words).strip()


# A part of the current period says more than the period itself: "the second half of the year", "the third
# quarter", "late this month" are compared with the dates other outlets write out ("the second half of 2012").
_PARTS_OF_A_PERIOD = frozenset({"halfyear", "quarter", "part"})


def _key(c: Claim, people: dict[str, str], date_events: dict[tuple[str, str], str],
         suspect: str | None) -> tuple | None:
    """The referent a claim's value is about, or None when it cannot be told."""
    if c.kind == "age":
        holder = referents.age_holder(c)
        if holder and (referents.named_holder(holder) or " " in people.get(holder, "")):
            return ("age", people.get(holder, holder))  # "Kafoury, 63": the one Kafoury the story names in full
        if suspect and referents.accused(c):
            return ("age", suspect)  # "police arrested a 60-year-old woman": the story's accused
        return _figure(c)
    if c.kind in QUANTITIES:
        if c.event in METADATA_EVENTS:
            return None  # "Updated 13:42": a figure of the page, not of the story
        if c.value.get("part"):
            return _figure(c)  # "four of the dead were police officers": a part of the toll, not the toll
        head = _head(c.about)
        vague = head is None or c.about.split()[-1].lower() in referents.VAGUE_HEADS
        if c.kind == "count" and _fractional(c):
            return _figure(c)  # "5.6", "7.2 rebounds": a magnitude or an average, never a number of things to dispute
        if vague and not (c.kind == "percent" and c.event or c.kind == "count" and _toll(c) or _haul(c)):
            return _figure(c)  # "6", "$140", "won 20", "shot 11 times": a figure of nothing named
        if c.kind == "measure" and "-" in c.text and c.about[:1].isupper():
            return _figure(c)  # "the 17-inch MacBook Pro": a measure that names a model, beside the 15-inch one
        return (c.kind, c.value.get("unit"), c.event and _frame(c.event), head, _year(c))
    if c.kind == "duration":
        if c.about:  # "12 days of the offensive": the length of the offensive, whichever verb the clause has
            return (c.kind, None, _head(c.about), _year(c))
        return (c.kind, c.event, _year(c)) if c.event else _figure(c)
    if c.kind == "date":
        if c.event in METADATA_EVENTS:
            return None  # each article's own filing or update time: nothing to compare
        if c.event:
            return ("date", date_events.get((c.article, c.event), _frame(c.event)))
        if not c.value.get("start"):
            # A weekday names one day of the story's week; "this year" or "yesterday" unresolved matches nothing.
            day = weekday_of(c)
            if day is not None:
                return ("date", None, "weekday", day)
            # A month with no year names the story's own month, as a weekday its week: "in February", "on
            # February 11" (that day only) in undated articles of one story.
            m = c.extra.get("mention")
            if getattr(m, "year", 0) is None and getattr(m, "month", None) and m.form in ("md", "my", "part"):
                return ("date", None, "month", m.month, m.day if m.form == "md" else None)
            return None
        if c.value.get("anchor") and c.value["start"] != c.value["end"] and \
                getattr(c.extra.get("mention"), "form", None) not in _PARTS_OF_A_PERIOD:
            return None  # "this year", "last month" read from the articles' own dates: alike by construction
        return ("date", None, c.value["start"], c.value["end"])
    if c.kind == "time":
        if c.event in METADATA_EVENTS:
            return None
        # A clock in another zone is another reading: "17:06 local time" and "13:36 GMT" are one moment.
        zone = c.value.get("zone")
        return ("time", _frame(c.event), zone) if c.event else ("time", None, c.value["start"], c.value["end"], zone)
    if c.kind == "place":
        holder = referents.resident(c) if c.value.get("type") == "city" else None
        if holder:
            return ("place", "reside", _one_person(holder, people))  # "Jane Roe, 59, of College Point": her home
        if c.event:
            return ("place", _frame(c.event))
        # A street or a facility is one place only within one town: "High Street" is in many.
        where = tuple(c.value.get("within", ())) if c.value.get("type") in ("street", "facility") else ()
        return ("place", None, c.value["name"], where)
    if c.kind == "person":
        return ("person", people.get(c.value["name"], c.value["name"]))
    if c.kind == "event" and "status" in c.value:
        return ("status", c.value["status"])  # claims/status.py: one state of the story at the time of writing
    if c.kind == "event" and "weapon" in c.value:
        return ("weapon",)  # claims/weapons.py: what the story's attack was made with
    if c.kind == "event":
        return ("event", _frame(c.event))
    if c.kind == "org":
        return ("org", orgs.identity(c.value["name"]))
    return (c.kind, c.event, c.about)


DISTINCT_COUNT = 10  # a bare count below this ("2", "7") is too common in one story to tie two sources


# Verbs whose bare figure counts people ("at least 40 died", "killing 30", "12 were detained", "500
# people were evacuated"): a story's toll. Under any other verb a number that names nothing ("won
# 20", "struck 5", "300 people attended") is not compared. Plain verbs are stems ("v:evacuat").
TOLL_EVENTS = frozenset({"die", "injure", "detain", "return", "deport"})
TOLL_VERBS = ("v:shoot", "v:evacuat", "v:rescu", "v:hospitali", "v:arrest", "v:wound")


def _toll(c: Claim) -> bool:
    """A bare figure, or one of "people" or "others", under a verb that befalls people."""
    if c.about and c.about.split()[-1].lower() not in ("people", "persons", "others", "members"):
        return False  # "shot 11 times": a vague head that is not people
    event = _frame(c.event or "")
    return event in TOLL_EVENTS or event.startswith(TOLL_VERBS)


def _haul(c: Claim) -> bool:
    """An amount of money under a verb of theft ("made off with $100 million", "stole jewels valued at
    $80 million"): the value of what was stolen, one referent in a story of one theft, like a toll."""
    return c.kind == "money" and c.event == "steal"


def _fractional(c: Claim) -> bool:
    v = quantity_interval(c)
    return v is not None and v.low == v.high and v.low != int(v.low)


def _figure(c: Claim) -> tuple | None:
    """A figure whose referent is unclear joins only the same distinctive figure in another source.

    Two sources that give "$334 million" or "125" in one story report one
    thing; such a facet can only agree. Small whole counts (under 10; "5.6" is distinctive), and digits
    that open with a zero (clock and code fragments), are too common to tie. A bound ties only the same
    bound: "under 45" is not "45".
    """
    v = quantity_interval(c)
    if v is None or c.text.lstrip("$€£¥₩₹ ").startswith("0"):
        return None
    point = v.low if v.high == float("inf") else v.high if v.low <= 0 else (v.low + v.high) / 2
    if c.kind == "count" and point < DISTINCT_COUNT and point == int(point) or point <= 0:
        return None
    if c.kind == "duration" and re.match(r"(?:about\s+|around\s+|nearly\s+|almost\s+)?(?:a|an|one)\b", c.text, re.IGNORECASE):
        return None  # "a month", "about a week": too common to tie two sources
    bound = "above" if v.high == float("inf") else "below" if v.low <= 0 else None
    return ("figure", c.kind, c.value.get("unit"), float(f"{point:.3g}"), bound)


# Predicates that date the report itself, not the story: an article's own filing or update time.
METADATA_EVENTS = frozenset({"update", "report"})


def _frame(event: str) -> str:
    return FRAMES.get(event, event)


def _head(about: str | None) -> str | None:
    """The counted thing's head noun; every word for people ("workers", "others", "the wounded") is "people",
    but a degree of harm ("15 critically") is its own toll."""
    if not about:
        return None
    last = about.split()[-1].lower()
    if last in referents.CASUALTY_DEGREES:
        return last
    return "people" if referents.counts_people(about) else last.rstrip("'’s")




def _year(c: Claim) -> str | None:
    """The time a figure's sentence names, part of its referent: its one year, the time that opens it
    ("In January, five cables were cut", "Earlier this year, a gunman killed three": background, another
    happening than the story's), or a month named without a day ("a quake struck in September, killing
    seven": news dates its own happening by the day)."""
    years = _YEAR.findall(c.sentence)
    if len(set(years)) == 1:
        return years[0]
    m = _BACKGROUND_OPENING.match(c.sentence) or _MONTH_ALONE.search(c.sentence)
    return " ".join(m.group(1).lower().split())[:12] if m else None


_BACKGROUND_OPENING = re.compile(
    r"\s*(?:(?:[Ii]n|[Ll]ate|[Ee]arly|[Bb]y|[Ss]ince|[Ll]ast)\s+(?:late\s+|early\s+|mid-?)?)?"
    r"((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|"
    r"(?:[Ee]arlier|[Ll]ater)\s+this\s+(?:year|month)|[Ll]ast\s+(?:year|month)|"
    r"(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Mm]any|\d+)\s+(?:years?|months?)\s+ago)\.?,")


_MONTH_ALONE = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Dd]uring)\s+(?:(?:early|late|mid)[\s-]+)?"
    r"((?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\b\.?)(?!\s*\d)")


def _one_person(name: str, people: dict[str, str]) -> str:
    """A name's person key; a lone surname is the one person the story names in full with it ("Roe")."""
    if name in people or " " in name:
        return people.get(name, name)
    full = {key for n, key in people.items() if n.split()[-1] == name}
    return full.pop() if len(full) == 1 else name


def _people_names(claims: list[Claim]) -> dict[str, str]:
    """Map every name a story's sources give ("Trump", "Donald John Trump", "Kathryn Gomes") to one key per person.

    A single surname joins the one full name it belongs to; full names join by
    `names.same_person` (surname, compatible given names, spelling variants).
    """
    full = [c.value["name"] for c in claims if c.kind == "person" and " " in c.value["name"]]
    # Whose age a figure is names a person too ("Anthony Doe III, 38" beside "Anthony Doe said").
    full += _named_holders([c for c in claims if c.kind == "age"])
    out = people_clusters(full)
    for c in claims:
        if c.kind == "person" and " " not in c.value["name"]:
            matches = {out[f] for f in full if c.value["name"] in f.split()}
            if len(matches) == 1:
                out[c.value["name"]] = matches.pop()
    return out


def _named_holders(ages: list[Claim]) -> list[str]:
    """The people named as holders of these ages ("Jane Roe, 61"), not "a man"."""
    return [h for c in ages if (h := referents.age_holder(c)) and referents.named_holder(h)]


def _accused(claims: list[Claim], people: dict[str, str]) -> str | None:
    """Whose age an unnamed accused's is ("police arrested a 60-year-old woman"): the one person the story's
    sources name as arrested, charged or shooting with an age of theirs, or "the accused" when none is named.
    Two such people (two suspects) leave it unclear: None."""
    named = {people.get(h, h) for c in claims if c.kind == "age" and (h := referents.age_holder(c))
             and referents.named_holder(h) and referents.accused(c)}
    return named.pop() if len(named) == 1 else None if named else "the accused"


def _dated_twice(claims: list[Claim]) -> set[tuple[str, str]]:
    """(article, predicate) pairs an article dates to two different days: two happenings of one kind."""
    days: dict[tuple[str, str], set[int]] = defaultdict(set)
    for c in claims:
        if c.kind == "date" and c.event and (day := weekday_of(c)) is not None:
            days[(c.article, _frame(c.event))].add(day)
    return {k for k, v in days.items() if len(v) > 1}


def _date_event_classes(claims: list[Claim]) -> dict[tuple[str, str], str]:
    """Union predicates that one article dates to the same resolved day."""
    days = Partition()
    by_day: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in claims:
        if c.kind == "date" and c.event and c.value.get("start") and c.value["start"] == c.value["end"]:
            by_day[(c.article, c.value["start"])].add(_frame(c.event))
    for events in by_day.values():
        events = sorted(events)
        for e in events[1:]:
            days.join(events[0], e)
    return {(c.article, c.event): days.find(_frame(c.event)) for c in claims if c.kind == "date" and c.event}


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


SAME_MODIFIERS = 80  # word-set ratio at which two counted things' modifiers are one ("South Korean" / "Korean")


def _same_thing(a: Claim, b: Claim) -> bool:
    ma, mb = _modifiers(a.about), _modifiers(b.about)
    if not ma or not mb:
        return True
    return fuzz.token_set_ratio(ma, mb) >= SAME_MODIFIERS


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


LABEL_CHARS = 60  # a label quotes at most this much of the words, cut at a word
# Casualty words that say what befell the people counted ("30 dead and 55 wounded").
_AS_PEOPLE = frozenset("dead died wounded injured hurt killed missing displaced".split())


def _shortened(words: str) -> str:
    return words if len(words) <= LABEL_CHARS else words[:LABEL_CHARS - 3].rsplit(" ", 1)[0] + "…"


def reading_note(claims: list[Claim], names: dict[str, str]) -> str:
    """How claims that name no one were read into this facet, for a reader to check: an unnamed accused's age."""
    if claims[0].kind != "age":
        return ""
    named = _named_holders(claims)
    read = [x for x in claims if referents.accused(x) and referents.age_holder(x) not in named]
    if not read or not named:
        return ""
    who = max(named, key=len)
    ages = ", ".join(f"“{x.text}” ({names.get(x.article, x.article)})" for x in read)
    return (f" {ages} names no one: read as the age of the one arrested, charged or shooting, whom the other "
            f"sources name {who}.")


def _past_form(verb: str) -> str:
    """A verb as a label reads it, in the past: "shooting" -> "shot", "wounding" -> "wounded", "carrying" ->
    "carried"."""
    if not verb.endswith("ing"):
        return verb
    stem = verb[:-3]
    for base in (stem, stem + "e"):
        past = next((p for p, s in IRREGULAR.items() if s == base), None)
        if past:
            return past
    if len(stem) > 2 and stem[-1] == "y" and stem[-2] not in "aeiou":
        return stem[:-1] + "ied"
    return stem + "ed"


def label(kind: str, claims: list[Claim]) -> str:
    """A readable name for a facet: "South Korean workers detained", "Day of the meeting"."""
    c = claims[0]
    event = event_of(claims)
    past, noun = LABELS.get(event, (event or "", event or ""))
    if event and event.startswith("v:"):  # a plain verb stem: show the verb as the source wrote it
        forms = [event[2:]] + [past for past, stem in IRREGULAR.items() if stem == event[2:]]
        m = re.search(rf"\b(?:{'|'.join(map(re.escape, forms))})\w*", c.sentence, re.IGNORECASE)
        past = noun = _past_form(m.group().lower() if m else event[2:])
    if kind in QUANTITIES:
        abouts = Counter(x.about for x in claims if x.about)
        about = max(abouts, key=lambda a: (abouts[a], len(a)), default=None)
        what = {"count": "Number", "money": "Amount", "percent": "Share", "age": "Age", "measure": "Measure"}[kind]
        if kind == "age":  # whose age it is says more than the verb of its clause
            named = _named_holders(claims)
            if named or about:
                return f"Age of {max(named, key=len) if named else about}"
            if any(referents.accused(x) for x in claims):
                return "Age of the accused"
        if about and about.split()[-1].lower() in _AS_PEOPLE:
            return f"People {about.split()[-1].lower()}"  # "55 wounded": "People wounded", not "Wounded injured"
        if about:
            return f"{about[:1].upper()}{about[1:]} {past}".strip() if past else f"{what} of {about}"
        return f"{what} {past}".strip() if past else f"{what} ({c.text})"
    if kind == "duration":
        if c.about:
            return f"Length of the {c.about}"
        return f"Length of the {noun}" if event else "Duration"
    if kind == "time":
        return f"Time of the {noun}" if event else f"Time: {c.text}"
    if kind == "date":
        if event:
            return f"Day of the {noun}" if c.value.get("start") and c.value["start"] == c.value["end"] else f"When: {noun}"
        return f"Date: {c.text}"
    if kind == "place":
        homes = [h for x in claims if x.value.get("type") == "city" and (h := referents.resident(x))]
        if homes:
            return f"Where {max(homes, key=len)} lives"
        return f"Place of the {noun}" if event else f"{c.value['name']} (mentioned)"
    if kind == "person":
        name = max((x.value["name"] for x in claims), key=lambda n: (len(n), n))
        return f"{name}'s title"
    if kind == "event" and "weapon" in c.value:
        return "Weapon used"
    if kind == "event" and "status" in c.value:
        topic = c.value["status"]
        return "Whether the suspect is still sought or held" if topic == "custody" else f"{topic[:1].upper()}{topic[1:]}"
    if kind == "event" and c.value.get("term"):
        return f"Named alike: “{c.text}”"
    if kind == "event" and "statement" in c.value:
        words = _shortened(c.text)
        return f"In the same words: “{words}”"
    if kind == "event":
        return f"{noun[:1].upper()}{noun[1:]} (what happened)"
    if kind == "org":
        return f"{c.value['name']} (mentioned)"
    if kind == "quote":
        speakers = Counter(x.value["speaker"] for x in claims if x.value["speaker"])
        words = min((x.value["quote"] for x in claims), key=len)
        short = _shortened(words)
        return f"Quote: “{short}”" + (f" ({speakers.most_common(1)[0][0]})" if speakers else "")
    return f"{kind.title()}: {c.text}"
