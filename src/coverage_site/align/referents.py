"""What a claim is about, beyond its kind: the referent that alignment and verdicts compare.

Two values are only ever compared when they are about one referent: the same
counted thing (head noun and modifiers), the same predicate, the same holder
(whose age, whose title) and the same participants (the names in the clause).
When any of these is unclear, the values are not compared: a missed
comparison costs a reader little, a false "conflict" misleads them.
People are matched across sources in `align.names`.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from coverage_site.align.names import Person, names_spelt_alike
from coverage_site.claims.events import ANY_OBJECT, ONCE, OPPOSITES
from coverage_site.model import Claim

# Words that only point at a referent named elsewhere: "them", "others", "people" need the clause's names.
VAGUE_HEADS = frozenset("people persons others ones times ways things members more".split())
def sentence_names(claims: list[Claim]) -> dict[tuple[str, str], frozenset[str]]:
    """The names each sentence holds, by (article, sentence): people by family name, places and organisations whole."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in claims:
        if c.kind == "person":
            out[(c.article, c.sentence)].add(Person.parse(c.value["name"]).family)
        elif c.kind in ("org", "place"):
            out[(c.article, c.sentence)].add(c.value["name"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def family_names(claims: list[Claim]) -> frozenset[str]:
    """The family names of the people a story's claims name, as `sentence_names` holds them."""
    return frozenset(Person.parse(c.value["name"]).family for c in claims if c.kind == "person")


def shared_participants(a: Claim, b: Claim, names: dict[tuple[str, str], frozenset[str]],
                        besides: frozenset[str] = frozenset()) -> bool | None:
    """True when both clauses name someone or somewhere in common, False when both name others, None when unclear.

    `besides`: names that do not count (the two places being compared are not their own participants).
    """
    na = _in_clause(a, names.get((a.article, a.sentence), frozenset()) - besides)
    nb = _in_clause(b, names.get((b.article, b.sentence), frozenset()) - besides)
    if not na or not nb:
        return None
    if na & nb:
        return True
    # A family name inside an organisation or a longer place name still ties them ("Gigante", "the Gigante family").
    if any(x in y or y in x for x in na for y in nb if min(len(x), len(y)) >= 4):
        return True
    return False


# Where one clause of a sentence ends and another, with its own subject, begins.
_CLAUSE_BREAK = re.compile(r";|\s(?:while|whereas|but)\s|,\s+and\s|\s+and\s+(?=[A-Z])")


# A figure in a relative clause belongs to its antecedent, the words just before it: in '"Echenique was a
# big factor," said VanDeest, who had 13 points' the 13 are VanDeest's. Dates keep the whole sentence.
_RELATIVE = re.compile(r",\s+(?:who|whose|which)\s")
_ANTECEDENT_START = re.compile(r"[,;:“”\"]\s*(?=[^,;:“”\"]*$)")


def clause(c: Claim) -> str:
    """The clause a claim stands in: "Jane Roe ran for 226 yards while John Doe added 101" has two."""
    return _clause(c.text, c.sentence, c.context, c.kind in QUANTITIES or c.kind == "duration")


@functools.lru_cache(maxsize=1 << 16)
def _clause(text: str, sentence: str, context: str, figure: bool) -> str:
    at = _offset(text, sentence, context)
    start = end = None
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at + len(text) and end is None:
            end = m.start()
    if figure:
        for m in _RELATIVE.finditer(sentence, start or 0, at):
            lead = _ANTECEDENT_START.search(sentence, start or 0, m.start())
            start = lead.end() if lead else (start or 0)
    return sentence[start or 0:end or len(sentence)]


# A locative after the figure, past at most a verb group ("were killed in ..."), up to the end of its list.
_SCOPE = re.compile(r"(?:\s+[a-z]+){0,3}?\s+(?:in|across|throughout|around|off)\s+(?:the\s+)?(?P<rest>[^;:.]{0,80})")


def scope(c: Claim, held: frozenset[str]) -> frozenset[str]:
    """The names a figure is given for, by a locative right after it and what it counts: "killed 168,000
    people in Indonesia's Aceh province" is a toll of Aceh (in Indonesia), not of the Indian Ocean's shores."""
    at = offset(c) + len(c.text)
    after = c.sentence[at:at + len(c.about or "") + 8]
    rest = c.sentence[at + (after.find(c.about) + len(c.about) if c.about and c.about in after else 0):]
    m = _SCOPE.match(rest)
    words = m.group("rest").lower() if m else ""
    return frozenset(n for n in held if n in words)


_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|``.*?''")


def _in_clause(c: Claim, held: frozenset[str]) -> frozenset[str]:
    """The names of a sentence that stand in the claim's own clause, or all of them when the sentence is one
    clause; none when its own clause names no one we read and another clause does ("got 14 points from
    backup center Will Artino, while Gregory Echenique scored 11": the 14 are not Echenique's). Names
    inside a quotation are the speaker's words, not the figure's participants, unless the figure is quoted
    too ('"Echenique was a big factor," said VanDeest, who had 13 points': the 13 are VanDeest's)."""
    text = clause(c)
    if c.text in (unquoted := _QUOTED.sub(" ", c.sentence)):
        held = frozenset(n for n in held if n in unquoted.lower())
    words = text.lower()
    own = frozenset(n for n in held if n in words)
    return own or (held if len(text) == len(c.sentence) else frozenset())


_IRREALIS = re.compile(r"\b(?:will|'ll|would|could|may|might|shall|expected\s+to|plans?\s+to|set\s+to|going\s+to)\b",
                       re.IGNORECASE)


_SUBORDINATE = re.compile(r".*(?:\b(?:because|which|that|who|whom|where|when|after|before|since|as|if|although)\b|,)",
                          re.IGNORECASE | re.DOTALL)


def irrealis(c: Claim) -> bool:
    """Whether the verb of a figure speaks of what will, would or may happen ("will miss the final two games").
    Only the words since the last clause opener count: in "he may have fled because 89 were arrested" the
    arrests happened."""
    text = clause(c)
    at = text.find(c.text)
    before = text[:at] if at >= 0 else text
    opener = _SUBORDINATE.match(before)
    return bool(_IRREALIS.search(before[opener.end():] if opener else before))


# A figure the article itself gives as an earlier, overtaken report: "news originally reported that two of
# the three victims died", "early reports said 40". It is not what the article says now.
_SUPERSEDED = re.compile(r"\b(?:(?:originally|initially|first|earlier|previously)\s+(?:had\s+)?(?:reported|said|stated|"
                         r"believed|thought|claimed|put|estimated)|early\s+reports?\s+(?:said|had|put|suggested))\b",
                         re.IGNORECASE)


_PART_BEFORE = re.compile(r"\b(?:first|last|final|opening|closing|next)\s+$", re.IGNORECASE)
_PART_OF = re.compile(r"\b(?:first|last|final|opening|closing)\b", re.IGNORECASE)


# A figure per something: "23 points and eight rebounds a game", "$15 an hour", "three times a week".
_RATE_AFTER = re.compile(r"^[^,;:.]{0,40}?\b(?:a|an|per|each)\s+(?:game|match|season|year|month|week|day|night|hour|"
                         r"minute|person|head|capita)\b", re.IGNORECASE)


_NEEDED_BEFORE = re.compile(r"\b(?:needs?|needed|requires?|required)\s+(?:just\s+|only\s+|at\s+least\s+)?$", re.IGNORECASE)
_NEEDED_AFTER = re.compile(r"^(?:\s+[a-z]+){0,2}?\s+(?:are|were|is|was)?\s*(?:needed|required)\b", re.IGNORECASE)


def needed(c: Claim) -> bool:
    """Whether a figure is a requirement ("needed just nine points", "60 votes needed to pass"), not what was done."""
    at = offset(c)
    return bool(_NEEDED_BEFORE.search(c.sentence[:at]) or _NEEDED_AFTER.match(c.sentence[at + len(c.text):]))


_BACK_BEFORE = re.compile(r"\b(?:those|these)\s+$", re.IGNORECASE)


_THAT_HAPPENING = re.compile(r"^\s*(?:That|Those)\s+(?!is\b|was\b|are\b|were\b|would\b|will\b)[a-z]+\s")


def back_reference(c: Claim) -> bool:
    """Whether a figure points back to what was told before ("Those 10 points tied him with ...", "That temblor
    killed at least six people"): what it counts, or the happening it belongs to, is in another sentence,
    often another happening's."""
    return bool(_BACK_BEFORE.search(c.sentence[:offset(c)]) or _THAT_HAPPENING.match(c.sentence))


def rate(c: Claim) -> bool:
    """Whether a figure is given per game, per year or per person: a rate, not a total."""
    return bool(_RATE_AFTER.match(c.sentence[offset(c) + len(c.text):]))


_SPLIT_BEFORE = re.compile(r"\d,\s+$")


def split_figure(c: Claim) -> bool:
    """Whether three digits follow "4, ": the end of "4,183" with a stray space, or the next item of a list."""
    return bool(re.fullmatch(r"\d{3}", c.text) and _SPLIT_BEFORE.search(c.sentence[:offset(c)]))


def part(c: Claim) -> bool:
    """Whether a figure counts only the first or last of something ("Creighton's first eight points", "his
    last three games", "five of the team's first eight points"): a part, not the total another source gives."""
    return bool(_PART_BEFORE.search(c.sentence[:offset(c)]) or _PART_OF.search(c.about or ""))


def superseded(c: Claim) -> bool:
    """Whether the article gives the figure as what was first reported, since overtaken."""
    return bool(_SUPERSEDED.search(c.sentence[:offset(c)]))


_MORE_OF_THEM = re.compile(r"\b(?:another|an\s+additional|a\s+further|additional|further)\s+$", re.IGNORECASE)


def increment(c: Claim) -> bool:
    """Whether a figure adds to one said before ("another four people died", "four more died", "four other
    people died", "two additional life sentences", "three further arrests"): not a total. "Others" after another
    figure of the sentence are that figure's complement, a total of their own ("30 were killed and 55 others
    injured")."""
    at = offset(c)
    after = c.sentence[at + len(c.text):]
    if _MORE_OF_THEM.search(c.sentence[:at]) or re.match(r"\s+(?:more|additional|further|extra)\b", after):
        return True
    return bool(re.match(r"\s+others?\b", after)) and not _FIGURE.search(c.sentence[:at])


_AGE_HOLDER_AFTER = re.compile(r"\s*(?:-\s*)?(?P<np>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Za-z][\w'’-]*)")
_NAME_BEFORE = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+),\s*(?:aged?\s+)?$")
_NAME_THEN_DESCRIPTION = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+),\s*an?\s+$")
# Nouns that say only that the holder is a person: "a 38-year-old man" is whoever the text says he is.
GENERIC_HOLDERS = frozenset("man woman male female boy girl person teen teenager youth suspect gunman shooter driver".split())


def age_holder(c: Claim) -> str | None:
    """Whose age a figure is: "Jane Doe, 61," → Jane Doe; "Jane Doe, a 61-year-old woman" → Jane Doe;
    "a 35-year-old man" → man; None when unclear. A person noun elsewhere ("an 11-year-old girl was
    wounded by Jane Doe", "the 61-year-old woman") may be anyone, so no name is guessed for it."""
    before = c.sentence[: offset(c)]
    m = _NAME_BEFORE.search(before)
    if m and re.search(r"\d", c.text) and not re.search(r"year", c.text):
        return m.group("name")
    after = c.sentence[offset(c) + len(c.text):]
    m = _AGE_HOLDER_AFTER.match(after)
    if m and re.search(r"year", c.text):
        named = _NAME_THEN_DESCRIPTION.search(before)
        if named and m.group("np").split()[-1].lower() in GENERIC_HOLDERS:
            return named.group("name")
        return m.group("np")
    return None


# Where a named person lives: "Jane Roe, 59, of College Point", "Roe, who lived half a mile away in Ozone Park".
_NAME = r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+"
_RESIDENT = re.compile(rf"(?P<name>{_NAME}),\s+(?:\d{{1,3}},\s+)?of\s+$"
                       rf"|(?P<name2>{_NAME}),?\s+who\s+(?:lived|lives|has\s+lived|had\s+lived)\s+(?:[\w-]+\s+){{0,4}}?in\s+$")


BIG_CITY = 500_000  # people: a city this large has districts GeoNames lists as towns of their own (Queens, College Point)


def _population(c: Claim) -> int:
    """The population of the town a place claim names, as the gazetteer holds it (0 when unknown)."""
    from coverage_site.gazetteer import gazetteer

    within = tuple(c.value.get("within") or ())
    return max((p.population for p in gazetteer().lookup(c.value["name"]) if p.type == "city" and p.within == within),
               default=0)


def resident(c: Claim) -> str | None:
    """The person a town is the home of, when the sentence says so right before it; None otherwise."""
    m = _RESIDENT.search(c.sentence, max(0, offset(c) - 100), offset(c))
    return m and (m.group("name") or m.group("name2"))


# The accused of a story: the one arrested, charged or convicted, or the one who shot or killed.
_ACCUSING = r"(?:arrested|detained|charged|booked|apprehended|indicted|convicted|sentenced|jailed)"
_ACCUSED_BEFORE = re.compile(rf"\b{_ACCUSING}(?:\s+and\s+\w+)?\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)
# After the age: up to two words in lower case or capitalised ("terminally ill", "Troy"), the person noun, then
# the accusing verb in the passive or a violent one in the active.
_ACCUSED_AFTER = re.compile(
    rf"^(?:,?\s*(?:[a-z]+\s+){{0,2}}?,?\s*|\s+(?:[A-Z][\w'’-]*\s+){{0,2}})(?P<noun>[a-z]+)(?:,\s*)?\s+"
    rf"(?:(?:was|has\s+been|had\s+been|is|were)\s+(?:also\s+)?{_ACCUSING}"
    rf"|(?:allegedly\s+)?(?:shot|killed|stabbed|opened\s+fire))\b")


def accused(c: Claim) -> bool:
    """Whether an age is the accused's: "police arrested a 60-year-old woman", "the 39-year-old Troy man shot
    his co-workers", "charged Jane Roe, age 61", "Jane Roe, 38, had been arrested". A person hurt ("an
    11-year-old girl was wounded") or merely named is not. A story's accused is one referent (its suspect)
    across sources that name them and sources that do not."""
    start = offset(c)
    before, after = c.sentence[:start], c.sentence[start + len(c.text):]
    holder = age_holder(c)
    if holder and named_holder(holder):
        at = before.rfind(holder)
        lead = before[:at] if at >= 0 else before
        if _ACCUSED_BEFORE.search(lead):
            return True
        return bool(re.match(rf",?\s*(?:was|has\s+been|had\s+been|is)\s+(?:also\s+)?{_ACCUSING}\b", after))
    if _ACCUSED_BEFORE.search(before):
        return True
    m = _ACCUSED_AFTER.match(after)
    return bool(m) and m.group("noun") in GENERIC_HOLDERS


def named_holder(holder: str) -> bool:
    """A holder is a person's name when it has two or more words, all capitalised ("Jane Roe", not "Troy man")."""
    words = holder.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


CONTEXT_BEFORE = 60  # the characters of its sentence a claim's context holds before it (claims/__init__.py)


def offset(c: Claim) -> int:
    """Where the claim stands in its sentence (the sentence is a slice of the article text).

    Its context starts CONTEXT_BEFORE characters before it, or at the sentence's start: the claim is the last
    whole-word occurrence of its text there ("eight" in "Creighton's first eight points", not in "Creighton")."""
    return _offset(c.text, c.sentence, c.context)


@functools.lru_cache(maxsize=1 << 16)
def _offset(text: str, sentence: str, context: str) -> int:
    """`offset`, remembered: the pair readers ask it of every claim once for each other claim of its facet."""
    words = re.compile(rf"(?<!\w){re.escape(text)}(?!\w)") if text else None
    j = sentence.find(context)
    if words and j >= 0:
        hits = [m.start() for m in words.finditer(context, 0, CONTEXT_BEFORE + len(text))]
        if hits:
            return j + hits[-1]
    m = words.search(sentence) if words else None
    return m.start() if m else max(0, sentence.find(text))


# Figures read as intervals (claims/quantities.py); durations are figures too, held in days.
QUANTITIES = ("count", "money", "percent", "age", "measure")
# How far apart two readings of one figure may be and still be read as one referent:
# reports of one toll or price differ by a few units or a rounding, not by a factor of three.
MAX_RATIO = 3.0
# Two reports of one event disagree on its day by days; dates a fortnight or more apart name different occurrences.
MAX_DAYS_APART = 14
MAX_MINUTES_APART = 90


def clear_pair(a: Claim, b: Claim, names: dict[tuple[str, str], frozenset[str]], va, vb) -> bool:
    """May two claims from different sources, whose values cannot both hold, be called a conflict?"""
    return not_compared(a, b, names, va, vb) is None


PEOPLE_NOUNS = frozenset(
    "worker workers employee employees laborer laborers labourer labourers national nationals citizen citizens people person "
    "persons individual individuals detainee detainees migrant migrants immigrant immigrants resident residents".split()
)
# Adjectives used as nouns of people in casualty counts: "30 dead and 55 wounded".
CASUALTY_NOUNS = frozenset("dead died wounded injured hurt killed missing displaced others survivors victims casualties".split())
# How badly the people of a toll were hurt: "55 wounded, 15 critically", "five of them seriously". Each
# degree is a toll of its own (the critically wounded are not all the wounded).
CASUALTY_DEGREES = frozenset("critically seriously severely gravely badly slightly lightly moderately mortally".split())


def counts_people(about: str | None) -> bool:
    """Whether a figure counts people ("workers", "others", "the wounded", "15 critically"): a story's toll
    of people is one referent; yards, games or schools belong to whoever the sentence names."""
    return bool(about) and about.split()[-1].lower() in PEOPLE_NOUNS | CASUALTY_NOUNS | CASUALTY_DEGREES


# Reasons a reader is given for two values that were not compared (the "close calls").
NO_SHARED_NAME = "their sentences name no one in common"
DIFFERENT_NAMES = "their sentences name different people or places"
EVENTS_NOT_COMPARED = "whether both speak of one happening needs a reading of who did what to whom"

# A happening's own measure tells it from another of its kind: a magnitude-5.2 quake is not the 5.6 one of the
# day before, a Category 4 hurricane not a Category 2 storm. Figures of two such happenings never join one
# facet, not even through a third figure both could be compared with (split.refine).
OTHER_SCALE = "their sentences give the happening different magnitudes: two happenings"
_SCALE = re.compile(r"\bmagnitude[\s-]*(?:of\s+)?(\d+(?:\.\d)?)\b|\b(\d+(?:\.\d)?)[\s-]*magnitude\b|\bcategory[\s-]*(\d)\b",
                    re.IGNORECASE)


def scale(sentence: str) -> str | None:
    """The magnitude or category a sentence gives its happening ("a magnitude-5.2 quake", "a 5.6 magnitude
    earthquake", "a Category 4 hurricane"), when it gives one; None otherwise."""
    found = {next(g for g in m.groups() if g) for m in _SCALE.finditer(sentence)}
    return found.pop() if len(found) == 1 else None


def not_compared(a: Claim, b: Claim, names: dict[tuple[str, str], frozenset[str]], va, vb) -> str | None:
    """Why two clashing claims from different sources may not be called a conflict, or None when they may.

    Only when their referent is unmistakably one: see the module docstring.
    `va`, `vb` are their values as the facet reads them (facets._BY_VALUE).
    """
    if a.kind == "event" and (a.value["polarity"] != b.value["polarity"] or frozenset(
            (a.value["predicate"], b.value["predicate"])) in OPPOSITES):
        # "Bernstein did not meet him" / "the two met"; "not expecting the toll to rise" / "10 killed": on
        # whole ECB+ every polarity or antonym clash of the lexicon was two happenings or a negation's
        # scope, none a disagreement. Telling them apart needs a parse of who did what; not compared.
        # (A wording with another meaning, "released" / "deported", or a hedge is still framing.)
        return EVENTS_NOT_COMPARED
    if a.kind == "age":
        return None  # the key already holds the person named: whoever else the clauses name does not matter
    if a.kind == "place" and names_spelt_alike(a.value["name"], b.value["name"]):
        return None  # one street spelt two ways: the name is the referent (facets._join_spellings)
    compared = frozenset(n.lower() for c in (a, b) if c.kind == "place"
                         for n in (c.value["name"], *c.value.get("within", ())))
    shared = shared_participants(a, b, names, compared)
    if shared is False and _named_alike(a.about, b.about):
        shared = True  # "the Israeli offensive" in both: the thing itself carries the name they share
    if a.kind == "place" and resident(a) and resident(b):
        shared = True  # two homes of one person: facets keyed them by the person the sentences name
    if shared is False:
        return DIFFERENT_NAMES
    if a.kind == "place":
        if a.event in ANY_OBJECT:
            return "what was found there may be two different things"
        if "locality" in (a.value.get("type"), b.value.get("type")):
            return "one is a town the gazetteer does not list, so where it lies is unknown"
        # Only places of one kind exclude each other (two cities, two states); a country and a sea,
        # or "Gaza" and "Gaza Strip", may both be right.
        if shared is not True:
            return NO_SHARED_NAME
        if not a.value.get("type") or a.value.get("type") != b.value.get("type"):
            return "they are places of different kinds, which may both be right"
        if va == vb:
            return None  # one name, two places the sources' own words tell apart (verdicts._stated_within)
        if set(va.lower().split()) & set(vb.lower().split()):
            return "one name may be a shorter form of the other"
        if a.value["type"] == "city" and a.value.get("within") == b.value.get("within") and \
                max(_population(a), _population(b)) >= BIG_CITY:
            return "a large city may hold the other as a district the gazetteer lists beside it"
        return None
    if a.kind == "date":
        if not a.event or a.event != b.event:
            return "they date different verbs"
        if a.event not in ONCE:
            return "what they date can happen more than once"
        if shared is not True:
            return NO_SHARED_NAME
        (ia, wa), (ib, wb) = va, vb
        if ia is None or ib is None:
            return None if wa is not None and wb is not None else "one date cannot be read"
        if ia.high - ia.low > 1 or ib.high - ib.low > 1:
            return "one of them is not a single day"
        return None if abs(ia.low - ib.low) <= MAX_DAYS_APART else "they are too far apart to be one happening"
    if a.kind == "time":
        # One happening timed twice: minutes apart is a disagreement, hours apart is two happenings.
        if not a.event:
            return "no verb says what was timed"
        if not _apart(va, vb):
            return "the times only touch"
        return None if abs(va.low - vb.low) <= MAX_MINUTES_APART else "they are hours apart: two happenings"
    if a.kind in QUANTITIES or a.kind == "duration":
        people = counts_people(a.about) and counts_people(b.about)
        if shared is not True and not people:
            return NO_SHARED_NAME  # only a toll of people needs no shared name: yards and games are somebody's
        if not people and a.kind == "count" and max(_figures(a.sentence), _figures(b.sentence)) >= STAT_LINE:
            return "one sentence is a line of statistics, whose figures are of different games, seasons or players"
        if a.kind == "percent" and max(len(_SHARES.findall(a.sentence)), len(_SHARES.findall(b.sentence))) > 1:
            return "one sentence gives several shares, and which is whose needs more than the sentence"
        for reads, alike, why in _FIGURE_READINGS:
            ra, rb = reads(a), reads(b)
            if ra != rb if alike else ra or rb:
                return why
        wa, wb = (scope(c, names.get((c.article, c.sentence), frozenset())) for c in (a, b))
        if wa and wb and wa != wb:
            return "they are given for different places"
        sa, sb = scale(a.sentence), scale(b.sentence)
        if sa and sb and sa != sb:
            return OTHER_SCALE
        if not _apart(va, vb):
            return "the figures only touch, a rounding apart"
        return None if _ratio(va, vb) <= MAX_RATIO else "one figure is more than three times the other"
    return None if shared is True else NO_SHARED_NAME


# Readings that make a figure something else than the total another source gives, in the order they are told,
# with the reason a reader is given: either side's reading is enough, or (`alike`) the two must read alike.
_FIGURE_READINGS = (
    (irrealis, True, "one speaks of what will or may happen, the other of what happened"),
    (increment, False, "one counts more of them (“another four”), not all of them"),
    (needed, True, "one is what was needed (“needed nine points”, “60 votes needed”), the other what was done"),
    (back_reference, False, "one refers back to a figure given before (“those 10 points”)"),
    (rate, True, "one is a rate (“23 points a game”), the other a total"),
    (split_figure, False, "one may be the end of a larger figure a space split (“4, 183”)"),
    (part, False, "one counts only the first or last of them (“the first eight”), not all of them"),
    (superseded, False, "one gives what was first reported, which its own article says was overtaken"),
)


# A sentence with this many figures is a line of statistics ("404 yards and two touchdowns on 106
# carries"): which figure is whose, and of which game or season, needs more than the sentence.
STAT_LINE = 3
_FIGURE = re.compile(r"\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE)


# A percentage as a sentence writes it: "52 percent", "46.3%", "12 per cent".
_SHARES = re.compile(r"\d\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)


def _figures(sentence: str) -> int:
    return len(_FIGURE.findall(sentence))


def _named_alike(x: str | None, y: str | None) -> bool:
    """Whether two descriptions of what is counted or lasts share a capitalised word ("Israeli offensive")."""
    if not x or not y:
        return False
    return bool({w for w in x.split() if w[:1].isupper()} & {w for w in y.split() if w[:1].isupper()})


def _apart(va, vb) -> bool:
    """Readings that only touch ("$2 million" / "over $2 million") are a rounding apart, not a disagreement."""
    return va.high < vb.low or vb.high < va.low


def _ratio(va, vb) -> float:
    """How many times larger one reading is than the other, from their finite ends."""
    def mid(v):
        if v.high == float("inf"):
            return v.low
        return (v.low + v.high) / 2 if v.low > 0 else v.high
    x, y = sorted((abs(mid(va)), abs(mid(vb))))
    return float("inf") if x == 0 else y / x
