"""Places with containment: `coverage_site.claims.places.find(text)`.

Names are looked up in the GeoNames gazetteer; an ambiguous name ("Georgia")
takes the reading inside a country the text already mentions, and a
qualifier ("Bryan County, Georgia", "Macon, Ga.") picks the right one and joins the span.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from coverage_site.claims.names import is_given_name
from coverage_site.gazetteer import Place, gazetteer
from coverage_site.text import CALENDAR_NAMES, STREET_KINDS

# A run of capitalised words on one line (a name never runs on into the next paragraph).
_CAPS = re.compile(r"(?:U\.S\.|U\.K\.|[A-Z][A-Za-z'’.]*)(?:(?:[^\S\n]+(?:of|the|de|la|del)[^\S\n]+|[^\S\n]+|-)(?:U\.S\.|[A-Z][A-Za-z'’.]*))*")
_QUALIFIERS = [
    re.compile(r",\s+([A-Z][a-z]+\s+[A-Z][a-z]+)\b"),  # ", New York"
    re.compile(r",\s+((?:[A-Z]\.){2,3}|[A-Z][a-z]+\.)"),  # ", Ga.", ", N.Y."
    re.compile(r",\s+([A-Z][a-z]+)\b"),  # ", Georgia"
]
_SKIP_FIRST = frozenset("The A An In On At After Before During For From With This That It He She They We But And".split())
# Words that put a place name after them in a headline ("Killed In Queens", "Heist in Downtown Paris"), or name a
# part of it ("South Richmond Hill" is in Richmond Hill).
_LEADS = frozenset("In At Near Outside Inside Downtown Central Suburban Northern Southern Eastern Western Rural Greater Of To From Across "
                    "North South East West Northeast Northwest Southeast Southwest Upper Lower".split())
# Mountains, seas, rivers, valleys...: named by their shape, inside whatever the text says.
_FEATURE = re.compile(  # the lookahead lets the engine skip to capitals
    r"(?=[A-Z])\b(?:(?:Mount|Mt\.?|Lake|Cape|Isle\s+of|Gulf\s+of|Bay\s+of|Sea\s+of|Strait\s+of)\s+(?:[A-Z][a-z]+\s?){1,3}"
    r"|(?:[A-Z][a-z]+\s){1,3}(?:Sea|Ocean|River|Valley|Glacier|Island|Islands|Peninsula|Strait|Canyon|Desert|Bay|"
    r"Mountains|National\s+Park|Province|Prefecture|Region|District|Borough|Square|Pier|Garden|Gardens|Airport|Stadium|"
    r"refugee\s+camp))\b"
)
# A word every feature's name holds: a text with none of them (most) skips the regex.
_FEATURE_WORDS = ("Mount", "Mt", "Lake", "Cape", "Isle", "Gulf", "Bay", "Sea", "Strait", "Ocean", "River", "Valley",
                  "Glacier", "Island", "Peninsula", "Canyon", "Desert", "National", "Province", "Prefecture", "Region",
                  "District", "Borough", "Square", "Pier", "Garden", "Airport", "Stadium", "refugee camp")


# Streets and roads, named or numbered: "Independent Street", "117th St.", "State Route 94"; not inside a longer name
# ("the California Highway Patrol"), though a weekday or a month may follow ("on Main Street Tuesday").
_STREET = re.compile(
    r"(?=[\dA-Z])\b(?:(?:\d{1,4}(?:st|nd|rd|th)|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s(?:" + "|".join(map(re.escape, STREET_KINDS)) + r")(?!\w)(?!\s+(?!(?:" + "|".join(CALENDAR_NAMES) + r")\b)[A-Z][a-z])|\b(?:State\s+Route|Route|Interstate|Highway)\s\d{1,4}\b"
    # Streets and squares named first by their kind, as in French, Italian and Spanish: "Place Vendome",
    # "Rue de Castiglione", "Piazza Navona", "Plaza Mayor".
    r"|\b(?:Place|Rue|Piazza|Plaza|Calle)\s(?:(?:de|del|della|di|du|des|de\sla)\s)?[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?\b)"
)
# A word every street's name holds, as `_FEATURE_WORDS`.
_STREET_WORDS = ("Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Boulevard", "Blvd.", "Lane", "Drive", "Highway",
                 "Parkway", "Place", "Route", "Interstate", "Rue", "Piazza", "Plaza", "Calle")


# A line's first words in capitals before a comma, a dash or "(AP)": where the story was filed.
_DATELINE = re.compile(r"^[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}(?=,\s|\s*[—–-]|\s*\()", re.MULTILINE)


# A business named, then the kind of place it is, in lower case: "the Casty store", "the Brixby plant" (a person's
# name there stays the person's: "the Harry Winston store").
_VENUE_KINDS = ("store", "shop", "boutique", "restaurant", "hotel", "cafe", "bar", "nightclub", "warehouse", "factory",
                "plant", "mall", "supermarket", "showroom")
_VENUE = re.compile(r"(?<=\b[Tt]he\s)(?P<name>(?:[A-Z][\w'’&-]*\s){1,3})(?:" + "|".join(_VENUE_KINDS) + r")\b")
_VENUE_WORDS = tuple(f" {k}" for k in _VENUE_KINDS)


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    place: Place
    candidates: tuple[Place, ...]


def find(text: str) -> list[PlaceMention]:
    """Return the places named in `text`, ambiguous ones read in the text's own context."""
    g = gazetteer()
    raw: list[tuple[int, int, list[Place]]] = []
    for m in _CAPS.finditer(text):
        run = m.group()
        if "-" in run or len(run.split()) > 1:  # words joined by spaces or hyphens ("New York", "Winston-Salem")
            raw += _lookup_run(text, m.start(), m.end(), g)
        elif hit := _lookup_word(text, m.start(), run, g):
            raw.append(hit)  # one word (most runs): what _lookup_run does for one word, without splitting
    for m in _DATELINE.finditer(text):  # "SUNNYVALE, Calif. —", "WASHINGTON (AP) —": the wire's dateline, in capitals
        if cands := g.lookup(m.group().title()):
            raw.append((m.start(), m.end(), cands))
    # Countries the text mentions without ambiguity set the context for the rest.
    countries: set[str] = set()
    for _, _, cands in raw:
        if len({c.country for c in cands}) == 1:
            countries.add(cands[0].country)
    out: list[PlaceMention] = []
    for start, end, cands in raw:
        best = next((c for c in cands if c.country in countries), cands[0])
        # "Bryan County, Georgia": a following place that contains a candidate decides it.
        for q in _QUALIFIERS:
            m = q.match(text, end)
            outer = g.lookup(m.group(1)) if m else []
            fitting = [c for c in cands for o in outer if o.name in c.within]
            if fitting:
                best = fitting[0]
                end = m.end()
                break
        out.append(PlaceMention(start, end, best, tuple(cands)))
    for m in _FEATURE.finditer(text) if any(w in text for w in _FEATURE_WORDS) else ():
        name, start = m.group().strip(), m.start()
        while (first := name.split(" ", 1))[0] in _SKIP_FIRST and len(first) > 1:  # "The Rose Garden"
            start, name = start + len(first[0]) + 1, first[1]
        out.append(PlaceMention(start, start + len(name), _feature(name), ()))
    if any(w in text for w in _VENUE_WORDS):
        for m in _VENUE.finditer(text):  # "the Casty store": a business by its name
            name = m.group("name").strip()
            if name.split()[0] in _SKIP_FIRST or g.lookup(name) or g.lookup(name.split()[0]):
                continue  # "the Georgia plant" is in Georgia; "the Paris store" in Paris
            out.append(PlaceMention(m.start(), m.end(), Place(f"facility:{_plain(m.group())}", _plain(m.group()), "facility", ()), ()))
    out += _localities(text, g)
    first_town = next((p.place.name for p in out if p.place.type == "city"), None)
    for m in _STREET.finditer(text) if any(w in text for w in _STREET_WORDS) else ():
        # Inside the town named right after it ("Newton Street, Millom", "117th Street in Queens"), known to the
        # gazetteer or not; else inside whatever town the text names first.
        after = _TOWN_AFTER.match(text, m.end())
        town = after.group("town") if after else first_town
        name = _plain(m.group())
        out.append(PlaceMention(m.start(), m.end(), Place(f"street:{name}", name, "street", (town,) if town else ()), ()))
    out.sort(key=lambda p: (p.start, -(p.end - p.start)))
    return _merge(out)


_TOWN_AFTER = re.compile(r"(?:,\s+|\s+in\s+)(?P<town>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?!\s+(?:Street|Avenue|Road))")


# A town the gazetteer does not list, named as one: "the town of Dargahan", "the villages of Zainabieh and Koohi".
_LOCALITY = re.compile(r"\b(?:town|city|village|villages|hamlet|suburb|community)\s+of\s+"
                       r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:\s+and\s+(?P<other>[A-Z][a-z]+))?")
_CALENDAR_WORDS = frozenset(CALENDAR_NAMES)


def _localities(text: str, g) -> list[PlaceMention]:
    """Towns named as towns that GeoNames does not know, and every later mention of them in the text. Where such
    a town lies is unknown, so it is compared with nothing (type "locality"), only named alike."""
    names = []
    for m in _LOCALITY.finditer(text) if " of " in text else ():
        for name in (m.group("name"), m.group("other")):
            words = (name or "").split()
            while words and words[-1] in _CALENDAR_WORDS:  # "the town of Taludi Thursday"
                words.pop()
            name = " ".join(words)
            if name and not g.lookup(name) and name not in names:
                names.append(name)
    return [PlaceMention(m.start(), m.end(), Place(f"locality:{name}", name, "locality", ()), ())
            for name in names for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]


def _feature(name: str) -> Place:
    found = gazetteer().lookup(name)
    return found[0] if found else Place(f"feature:{_plain(name)}", _plain(name), "feature", ())


def _plain(name: str) -> str:
    """A name the text spells itself, without its accents: "Place Vendôme" and "Place Vendome" are one square,
    not two spellings (the claim's text keeps what was written)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


_RUN_WORD = re.compile(r"U\.S\.|U\.K\.|[A-Za-z'’.]+")
_POSSESSIVE = re.compile(r"['’]s$")


def _lookup_run(text: str, start: int, end: int, g) -> list[tuple[int, int, list[Place]]]:
    """Longest gazetteer names inside a run of capitalised words."""
    words = [m.span() for m in _RUN_WORD.finditer(text, start, end)]
    found = []
    i = 0
    while i < len(words):
        hit = None
        a = words[i][0]
        # In the middle of a longer name ("Korean Confederation of ..."), unless a
        # preposition leads to it ("Killed In Queens Hit-And-Run").
        led = i > 0 and text[words[i - 1][0]:words[i - 1][1]] in _LEADS
        for j in range(min(len(words), i + 5), i, -1):
            b = words[j - 1][1]
            name = text[a:b]
            if not name.endswith(".S."):
                name = _POSSESSIVE.sub("", name).rstrip(".")
            if name in _SKIP_FIRST:
                break
            cands = _lookup(g, text, a, name)
            if not cands:
                continue  # most words and runs: no place, and none of the tests below can make one
            inside = i > 0 and j < len(words) and not led
            if inside and not any(c.type in ("country", "state", "continent", "region") for c in cands):
                continue
            if i == 0 and j < len(words) and is_given_name(name) and not any(c.type == "country" for c in cands):
                continue  # "Paul Ryan", "Georgia Smith": a given name opening a person's name
            if name[:1].isupper() and not _weak_start(text, a, cands):
                hit = (a, a + len(name), cands, j)
                break
        if hit:
            found.append(hit[:3])
            i = hit[3]
        else:
            i += 1
    return found


def _lookup(g, text: str, start: int, name: str) -> list[Place]:
    """A name's places; after "the", also those whose own name begins with it ("the Bronx", "the Hague")."""
    return g.lookup(name) or g.lookup(name + ".") or (
        g.lookup("The " + name) if text[max(0, start - 4):start].lower() == "the " else [])


def _lookup_word(text: str, start: int, word: str, g) -> tuple[int, int, list[Place]] | None:
    """`_lookup_run` for a run of one word."""
    name = word if word.endswith(".S.") else _POSSESSIVE.sub("", word).rstrip(".")
    if name in _SKIP_FIRST:
        return None
    cands = _lookup(g, text, start, name)
    if cands and name[:1].isupper() and not _weak_start(text, start, cands):
        return start, start + len(name), cands
    return None


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|of|to|outside|inside|into|across|around|towards?)\s+(?:the\s+)?$", re.IGNORECASE)
# "Spiro, Okla.", or a kind of place after the name: "Qeshm island", "Bener Meriah district".
_QUALIFIED_AFTER = re.compile(r",\s+[A-Z]|\s+(?i:island|province|district|county|region|valley|peninsula)\b")


def _weak_start(text: str, start: int, cands: list[Place]) -> bool:
    """Is this probably not a place? Small towns share names with words and people
    ("Date of Raid", "Obama said"): under 50,000 people, a town counts only after
    a locative preposition or with a qualifier ("Spiro, Okla."); under 100,000,
    not as the first word of a sentence."""
    if not all(c.type == "city" for c in cands):
        return False
    before = text[max(0, start - 200):start].rstrip()
    at_start = (not before and start < 200) or (before and before[-1] in ".!?:\"“\n")
    biggest = max(c.population for c in cands)
    if biggest < 50_000:
        end = start + len(cands[0].name)
        return not (_LOCATIVE_BEFORE.search(text[max(0, start - 12):start]) or _QUALIFIED_AFTER.match(text, end))
    return at_start and biggest < 100_000


def _merge(mentions: list[PlaceMention]) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    for p in mentions:
        if out and p.start < out[-1].end:
            continue
        out.append(p)
    return out
