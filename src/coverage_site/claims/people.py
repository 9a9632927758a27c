"""People and their titles: `coverage_site.claims.people.find(text)`.

Reads `Deputy Secretary of State Christopher Landau`, `Christopher Landau, deputy
secretary of state`, `KCTU Senior Vice Chairman Lee Tae-hwan`, `Rep. Cha Gyu-geun`,
then resolves later short mentions (`Landau`, `Minister Park`, `President Trump`)
to the full name given earlier in the same text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from coverage_site.claims.names import EAST_ASIAN_SURNAMES, common_words, is_given_name, is_surname
from coverage_site.claims.wordscan import expand, trie, words_regex
from coverage_site.gazetteer import gazetteer
from coverage_site.model import SpanIndex

_MODIFIERS = (
    r"deputy|vice|first|second|senior|junior|assistant|associate|acting|interim|former|foreign|defen[cs]e|finance|justice|"
    r"interior|trade|health|labou?r|executive|managing|chief|under|principal|special|press|prime|national|security|"
    r"home|economy|economic|education|environment|energy|transport|agriculture|culture|unification|commerce|treasury|"
    r"homeland|supreme|general|state|top|lead|head|veteran|presidential|district|superior|court|police|white\s+house|"
    r"lieutenant|lt\.|fire|sheriff(?:['’]s)?|county|family"
)
_HEADS = (
    r"president(?:-elect)?|minister|secretary|ambassador|envoy|governor|senator|sen\.|rep\.|representative|"
    r"congress(?:man|woman)|mayor|chair(?:man|woman|person)?|director|commissioner|spokes(?:man|woman|person)|judge|"
    r"justice|attorney\s+general|attorney|gen\.|gov\.|general|admiral|lt\.|col\.|capt\.|sgt\.|officer|ceo|founder|king|queen|"
    r"prince|princess|pope|cardinal|bishop|rev\.|dr\.|prof\.|professor|coach|manager|leader|speaker|lawmaker|"
    r"chancellor|premier|prosecutor|sheriff|detective|inspector|superintendent|lieutenant|captain|sergeant|colonel|"
    r"official|diplomat|negotiator|adviser|advisor|aide|publicist|lawyer|star|actress|actor|singer|rapper|"
    r"correspondent|reporter|anchor|journalist|editor|columnist|analyst|economist|scientist|researcher|physician|"
    r"surgeon|nurse|teacher|quarterback|pitcher|striker|goalkeeper|boxer|champion|suspect|victim|witness|spokesperson|"
    r"rep|producers?|writer|author|publisher|designer|photographer|chef|owner|coo|cfo|cto|gm|executive|marshal|"
    r"fire\s+marshall|coroner|deputy|investigator|chief|creator|co-?founder|swimmer|athlete|golfer|cyclist|"
    r"skier|wrestler|sprinter"
)
_PORTFOLIO = (
    r"state|foreign\s+affairs|justice|defen[cs]e|(?:the\s+)?treasury|homeland\s+security|labou?r|health|education|"
    r"energy|commerce|transportation|agriculture|(?:the\s+)?interior|finance|trade|unification|economy|veterans\s+affairs|"
    r"environment|home\s+affairs|employment"
)
# The word lists as tries (`wordscan.trie`): the same matches, but a failed try stops after a letter or two instead
# of testing a hundred titles. Where one title is a prefix of another ("attorney general", "attorney") both lists
# try the longer first.
TITLE = (rf"(?i:(?:{trie(expand(_MODIFIERS))}(?:[^\S\n]|-)+){{0,4}}{trie(expand(_HEADS))}"
         rf"(?:[^\S\n]+(?:of|for)[^\S\n]+{trie(expand(_PORTFOLIO))})?)")  # on one line
_TOK = r"(?:(?:Mac|Mc|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+|[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)*|[A-Z]\.|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+)"
_PARTICLE = r"(?:de|da|del|van|von|der|bin|al|le|la|di)"
NAME = rf"{_TOK}(?:[ ]+(?:{_PARTICLE}[ ]+)?{_TOK}){{1,3}}"
_QUAL = r"(?:(?:U\.S\.|U\.K\.|US|UK|UN|EU|[A-Z]{2,6}|(?:[A-Z][a-z]+\s)?[A-Z][a-z]+(?:['’]s|an|ese|ish|i))\s+)?"

_START = r"(?<![\w.'’-])(?=[A-Za-z])"  # only try at word starts: five times faster
_BEFORE = re.compile(rf"{_START}(?P<qual>{_QUAL})(?P<title>{TITLE}),?[ ]+(?P<name>{NAME}|{_TOK})(?![\w-])")
_TITLE_BEFORE = re.compile(rf"{_START}(?P<title>{TITLE})[ ]+$")
# The last word of every title, lower-cased: a title ends in a head word or a portfolio ("Secretary of State").
_TITLE_ENDS = tuple(sorted({w.split(" ")[-1] for w in expand(_HEADS) + expand(_PORTFOLIO)}))
_CAPITALISED = re.compile(r"(?=[A-Z])(?<![\w-])[A-Z][\w'’-]*")
# Names start at capitalised word starts: try nowhere else. The lookahead comes first so that the engine skips
# straight to capitals (a lookbehind first makes it try every position).
_NAME_START = r"(?=[A-Z])(?<![\w.'’-])"
# A title after a name: an appositive ("Jane Roe, the associate director of ...") or a post held ("Jane Roe
# served as associate director"), ending where the title's phrase does.
# Letters after a name say a degree, not a post: "Jane Roe, MD, a family physician".
_POSTNOMINAL = r"(?:,[ ]+(?:MD|M\.D\.|PhD|Ph\.D\.|MBA|JD|RN|DDS|DO|MPH|Esq\.?))*"
# Up to two words that describe the post in an appositive: "the swimming champion", "a young swimming champion".
_DESCRIBED = r"(?:(?!(?:said|says|told|who|whom|which|that|is|was|were|are|has|had|and|but|or|of|in|at|to|for|with|by)\b)[a-z]+[ ]+){0,2}"
_TITLE_TAIL = (rf"{_POSTNOMINAL}(?:,[ ]+|[ ]+(?:worked|works|served|serves)[ ]+as[ ]+)(?:the\s+|a\s+|an\s+)?(?P<qual>{_QUAL})"
               rf"(?P<title>{_DESCRIBED}{TITLE})(?=\s*[,.;)]|\s+(?:of|at|for|who|in|with|during|from|until|turned)\b)")
_AFTER = re.compile(rf"{_NAME_START}(?P<name>{NAME})(?:,?[ ]+(?:Jr|Sr)\.|[ ]+(?:II|III|IV))?{_TITLE_TAIL}")
_TITLE_AFTER = re.compile(_TITLE_TAIL)
# The lookahead names every letter a branch can start with: a capital (a name, "Mr"), or the first letter of "said",
# "according", "told", "year", "his", "her", "their", "the", "whose", "identified" or "named".
_SPEAKER = re.compile(
    rf"(?=[A-Zsatyhwin])(?<![\w.'’-])(?:(?P<name>{NAME})\s+(?:said|says|told|added|explained|noted|wrote|asked|stated|argued|insisted|warned|announced)\b"
    rf"|(?:said|says|told|according\s+to)\s+(?P<name2>{NAME})\b"
    rf"|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+(?P<name3>{_TOK}(?:\s+{_TOK})?)\b"
    # A name, a comma, then an age, an appositive or "who": one branch reads the name once for all three (a name
    # holds no comma, so one length of it at most ends at the comma, whichever follows). "year ... old" moves
    # after it: it starts lower-case, the names upper-case, so no text is read by both.
    rf"|(?P<name4>{NAME}),\s+(?:\d{{1,3}},|(?P<appositive>(?:a|an|the)\s+[a-z])|who\b)"
    rf"|year[\s-]+old\s+(?P<name5>{NAME})\b"
    rf"|(?:(?:[Hh]is|[Hh]er|[Tt]heir|whose|[Tt]he\s+\w+['’]s)\s+name\s+(?:is|was)|identified\s+(?:him|her|them\s+)?as|named)"
    rf"\s+(?P<name8>{NAME})\b)"
)
_RUN = re.compile(rf"{_NAME_START}{_TOK}(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+)?{_TOK})+")  # a name never runs across a line
_WORD = re.compile(rf"{_TOK}|{_PARTICLE}")
_NOT_NAME_WORDS = frozenset(
    """Ministry Department Group Party Union Confederation Association Council Committee Court University Company
    Corp Inc Agency Office Embassy House Government Police News Times Post Reuters Yonhap Solution Solutions Motor
    Motors Bank Fund Center Centre Institute Foundation Organization Network Service Services Airlines Airport Hospital
    School College Club Team Army Navy Force Forces Command Coalition Alliance League Federation Board Commission
    Authority Administration Bureau Corporation Holdings Partners Media Press Television Radio State States Republic
    Korea Korean Korea's America American Affairs Security Treatment Recovery Promises Facebook Twitter Google
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December The A An In On At After Before During For From With This That These Those
    It He She They We I But And However Meanwhile According Also Even While When Where If As By To Of
    Street Avenue Road Boulevard Highway Plaza Square Advisors Advisers Associates Consultants Capital Ventures
    Enterprises Industries Systems Technologies Communications Entertainment Distribution Distributors Accounting
    Insurance Realty Properties Ltd LLC Hotel Hotels Resort Casino Restaurant Mall Stadium Arena Museum Theater
    Theatre Store Shop Jr Sr""".split()
)


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    name: str  # full name when known
    role: str | None
    qualifier: str | None  # "U.S.", "South Korea's", "KCTU"
    short: bool  # a later short mention resolved to an earlier full name


def find(text: str) -> list[PersonMention]:
    """Return every mention of a named person in `text`, short mentions resolved."""
    full: list[PersonMention] = []
    for m in _titles_before(text):
        name = _clean_name(m.group("name"))
        if name and name.lower() not in _HEAD_WORDS and name.lower() not in _MODIFIER_WORDS:  # "Surgeon General"
            role, end = normalise_role(m.group("title")), m.end("name")
            after = _TITLE_AFTER.match(text, end) if role.lower().rstrip(".") in _COURTESY else None
            if after:  # "Dr. Jane Roe, a physician who ...": the post, not the courtesy title
                role, end = normalise_role(after.group("title")), after.end("title")
            full.append(PersonMention(m.start("title"), end, name, role, _qual(m), False))
    for m in _AFTER.finditer(text):
        name = _clean_name(m.group("name"))
        if name:
            of = _qual(m) or _office_after(text, m.end("title"))
            full.append(PersonMention(_from(text, m.start("name"), name), m.end("title"), name,
                                      normalise_role(m.group("title")), of, False))
    for m in _SPEAKER.finditer(text):
        group = next(g for g in ("name", "name2", "name3", "name4", "name5", "name8") if m.group(g))
        if m.group("appositive") and not is_given_name(m.group(group).split()[0]):
            continue  # "Bryan County, a rural county": an appositive follows places too
        if _TITLE_THEN_NAME.match(text, m.end(group)) and m.group(group).split()[-1].lower() in _HEAD_WORDS:
            continue  # "said Springfield Safety Director Jon Doe": the words up to the title qualify it
        if any(w.lower() in _HEAD_WORDS for w in m.group(group).split()[1:-1]):
            continue  # "Qeshm Governor Mehdi Irannejad said": a title inside; the title's own reading names him
        name = _clean_name(m.group(group), single_ok=group == "name3")
        if name:
            full.append(PersonMention(_from(text, m.start(group), name), m.end(group), name, None, None, group == "name3"))
    full += _bare_names(text)
    full = _drop_overlaps(full)
    # Resolve single-token names ("President Trump") to a full name of the text.
    # Longest first, then alphabetical: never set order, which changes with Python's hash seed.
    names = sorted({p.name for p in full if " " in p.name}, key=lambda n: (-len(n), n))
    keys: dict[str, str] = {}
    for n in names:
        keys[n] = n
        parts = n.split()
        for k in (parts[-1], parts[0]):
            keys.setdefault(k, n)
    resolved = [PersonMention(p.start, p.end, keys.get(p.name, p.name), p.role, p.qualifier, p.short or keys.get(p.name, p.name) != p.name)
                for p in full]
    taken = SpanIndex((p.start, p.end) for p in resolved)
    last_end = -1
    short: list[PersonMention] = []
    if keys:
        longest = max(len(k.split()) for k in keys)
        firsts = {k.split()[0] for k in keys}
        # A capitalised word has no trailing punctuation to strip, only a possessive: "Obama's" opens "Obama".
        firsts |= {f + s for f in firsts for s in ("'s", "’s")}
        for m in _CAPITALISED.finditer(text):
            if m.group() not in firsts:
                continue  # no known name starts with this word (most capitalised words)
            key, end = _key_at(text, m, keys, longest)
            if key is None or m.start() < last_end or taken.overlaps(m.start(), end):
                continue
            if _LONGER.match(text[end:end + 3]):
                continue  # followed by more of a longer name
            before = text[max(0, m.start() - 60):m.start()]
            title = _title_before(before)
            if not title:
                word = _WORD_BEFORE.search(before)
                if word and word.group(1) not in _NOT_NAME_WORDS and not before.endswith(". "):
                    continue  # part of a longer capitalised name
            start = m.start() - (len(before) - title.start()) if title else m.start()
            role = normalise_role(title.group("title")) if title else None
            after = None if title else _TITLE_AFTER.match(text, end)  # "Felt, a former associate director at"
            if after:
                role, end = normalise_role(after.group("title")), after.end("title")
            short.append(PersonMention(start, end, keys[key], role, None, True))
            last_end = end
    return sorted(resolved + short, key=lambda p: p.start)


_KEY_END = re.compile(r"['’]s$|[^\w'’-]+$")
# Compiled once: these run for every candidate name.
_LONGER = re.compile(r"[ ]+[A-Z][a-z]|-[a-z]")
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) $")
_GIVEN_HYPHENATED = re.compile(r"[A-Z][a-z]+-[a-z]+")
_INITIAL = re.compile(r"[A-Z]\.")
_POSSESSIVE = re.compile(r"['’]s$")


# Title words, found by plain substring search: `_BEFORE` is tried only where one stands, from the
# modifiers and qualifier just before it ("South Korea's First Vice Foreign Minister").
_HEAD_WORDS = (frozenset(re.findall(r"[a-z]+", _HEADS)) - {"elect", "man", "woman", "person", "spokes", "s", "general"}
               | {"chairman", "chairwoman", "chairperson", "spokesman", "spokeswoman", "spokesperson", "congressman",
                  "congresswoman", "general"})
_MODIFIER_WORDS = frozenset(re.findall(r"[a-z]+", _MODIFIERS))
# Title words in one pass: the ASCII guards let through every head word `str.isalpha` would (and a few more,
# checked after), and two such words never overlap, so none is hidden behind another.
_HEAD_SCAN = words_regex(_HEAD_WORDS, r"(?<![a-z])", r"(?![a-z])")
_LEAD = re.compile(r"(\S+)\s+$")


def _titles_before(text: str):
    low = text.lower()
    if len(low) != len(text):
        yield from _BEFORE.finditer(text)
        return
    heads = []
    n = len(low)
    for m in _HEAD_SCAN.finditer(low):
        at, end = m.span()
        if (at == 0 or not low[at - 1].isalpha()) and (end == n or not low[end].isalpha()):
            heads.append(at)
    covered = 0
    for h in heads:
        if h < covered:
            continue
        starts = [h]
        while len(starts) < 8:
            lead = _LEAD.search(text, max(covered, starts[-1] - 30), starts[-1])
            if not lead:
                break
            w = lead.group(1)
            if not (w.lower().strip("-") in _MODIFIER_WORDS or w[0].isupper() or w.lower() in _HEAD_WORDS):
                break
            starts.append(lead.start(1))
        for s in reversed(starts):
            m = _BEFORE.match(text, s)
            if m and m.end("title") > h:
                covered = m.end()
                yield m
                break


def _title_before(before: str) -> re.Match | None:
    """`_TITLE_BEFORE.search(before)`: the title right before a name, if any.

    Most names have none, and the search tries the whole title grammar at every word of the 60 characters
    before them; a name can only have one where those characters end in spaces after a title's last word.
    That is checked first on ASCII text, where lower-casing matches exactly what the grammar's
    case-blind letters do. (`$` also matches before a final newline.)
    """
    if before.isascii():
        end = before[:-1] if before.endswith("\n") else before
        if not end.endswith(" ") or not end.rstrip(" ").lower().endswith(_TITLE_ENDS):
            return None
    return _TITLE_BEFORE.search(before)


def _key_at(text: str, m: re.Match, keys: dict[str, str], longest: int) -> tuple[str | None, int]:
    """The longest known name (or part of one) that starts at a capitalised word."""
    words = text[m.start():m.start() + 80].split(" ")[:longest]
    for n in range(len(words), 0, -1):
        candidate = _KEY_END.sub("", " ".join(words[:n]))
        if candidate in keys:
            return candidate, m.start() + len(candidate)
    return None, m.end()


def _bare_names(text: str) -> list[PersonMention]:
    """Names with no title or verb around them: a given name then a surname
    ("Vincent Jackson", "Christopher Kenyon Simpson"), or an East Asian family
    name then a hyphenated given name ("Park Yoon-joo").

    A given name is not evidence enough ("Hope Street", "Key Takeaways"): the
    surname must be on a list too, or be said again later on its own. A given
    name missing from the lists ("Barack") is made up for by a listed surname
    said again on its own ("Obama said")."""
    out = []
    speakers = {m.group(1) for m in _SAID_BY.finditer(text)}  # "Chohan said": a surname that speaks
    counts, alone = _capitalised_words(text)  # once per text: per-name scans would be quadratic
    for run in _RUN.finditer(text):
        words = [(m.start() + run.start(), m.end() + run.start(), m.group()) for m in _WORD.finditer(run.group())]
        i = 0
        while i < len(words) - 1:
            start, _, word = words[i]
            end = None
            if word in EAST_ASIAN_SURNAMES and _GIVEN_HYPHENATED.fullmatch(words[i + 1][2]):
                end = i + 1
            else:
                given = is_given_name(word)
                j = i + 1
                # Middle names and initials, then one surname (with its particles).
                while given and j + 1 < len(words) and (is_given_name(words[j][2]) or _INITIAL.fullmatch(words[j][2])):
                    j += 1
                while j + 1 < len(words) and words[j][2][0].islower():
                    j += 1
                for k in range(j, i, -1):  # the longest reading with evidence: "Tara Reid Finally" is "Tara Reid"
                    surname = words[k][2]
                    again = len(surname) > 3 and counts[surname] > 1
                    if surname.lower() in _COMMON_CAPS or word in _NOT_NAME_WORDS or surname[0].islower() \
                            or surname.lower() in _HEAD_WORDS:
                        continue  # "French President Nicolas Sarkozy": a title, not the surname of "French"
                    if given and (is_surname(surname) or again):
                        end = k
                    elif (again and k == i + 1 and (k + 1 == len(words) or words[k + 1][2] in _NOT_NAME_WORDS)
                          and word.lower() not in common_words()
                          and (surname in speakers or is_surname(surname) and surname in alone)):
                        end = k  # "Barack Obama ... Obama said": the surname said again on its own, or speaking
                    if end is not None:
                        break
            if end is not None and any(_names_what_follows(w) for _, _, w in words[end + 1:end + 3]):
                end = None  # "Palmer Fire Department", "Palmer Public Safety Director": a body's or a title's name
            if end is not None:
                name = _clean_name(text[start:words[end][1]], single_ok=False)
                if name:
                    out.append(PersonMention(start, words[end][1], name, None, None, False))
                    i = end + 1
                    continue
            i += 1
    return out


# Words that make the capitalised words before them an organisation's name ("New Bedford District Court").
_INSTITUTIONS = frozenset("""Ministry Department Group Party Union Confederation Association Council Committee Court
    University Company Corp Inc Agency Office Embassy Government Police Bank Fund Center Centre Institute Foundation
    Organization Network Service Services Airlines Airport Hospital School College Club Team Army Navy Force Forces
    Command Coalition Alliance League Federation Board Commission Authority Administration Bureau Corporation Holdings
    Partners""".split())


def _names_what_follows(word: str) -> bool:
    """Whether a capitalised word one or two words after a bare name shows the name qualifies it: an
    institution ("Springfield Fire Department") or a title ("Springfield Public Safety Director"). A person's
    name is not followed by either so closely; a headline's verbs are ("Jane Doe Checks Into Rehab")."""
    return word in _INSTITUTIONS or word.lower() in _HEAD_WORDS or word == "Chief"


_TITLE_THEN_NAME = re.compile(r" (?!(?:Jr|Sr|II|III|IV)\b)[A-Z]")
_SAID_BY = re.compile(r"(?=[A-Z])(?<![A-Za-z][ ])\b([A-Z][a-z]{2,}(?:[A-Z][a-z]+)?)\s+(?:said|says|told|added|explained|noted|wrote|asked|stated)\b")


_CAPITALISED_WORD = re.compile(r"(?=[A-Z])(?<![\w'’-])[A-Z][\w'’-]*")


def _capitalised_words(text: str) -> tuple[Counter, set[str]]:
    """How often each capitalised word occurs, and those that stand alone somewhere: at the start,
    after punctuation or after a lower-case word, not inside a longer name ("Obama said", "said Obama")."""
    words = []
    alone: set[str] = set()
    for m in _CAPITALISED_WORD.finditer(text):
        word = m.group()
        if word[-2:] in _POSSESSIVE_ENDS:
            word = word[:-2]
        words.append(word)
        if word in alone:
            continue  # already seen standing alone: no need to look again
        j = m.start() - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        if j < 0 or not (text[j].isalnum() or text[j] in "_'’-"):
            alone.add(word)  # the text's or a sentence's start, or after punctuation
            continue
        while j >= 0 and (text[j].isalnum() or text[j] in "_'’-"):
            j -= 1
        if text[j + 1].islower():
            alone.add(word)  # after a lower-case word
    return Counter(words), alone


_POSSESSIVE_ENDS = frozenset(("'s", "’s"))


# "John Doe, an inspector with the State Fire Marshal's Office": the body a post is held in, named after the title.
_OFFICE_AFTER = re.compile(r"\s+(?:with|of|at|for|in)\s+(?:the\s+)?(?P<office>(?:[A-Z][\w.&-]*\s+){0,5}[A-Z][\w.-]*['’]s\s+Office)\b")


def _office_after(text: str, end: int) -> str | None:
    m = _OFFICE_AFTER.match(text, end, end + 80)
    return m.group("office") if m else None


def _qual(m: re.Match) -> str | None:
    q = (m.group("qual") or "").strip()
    return q or None


_COURTESY = frozenset({"dr", "prof", "rev"})


def _from(text: str, start: int, name: str) -> int:
    """Where a cleaned name starts in the words it was read from ("Unemployed John Jenkin": at "John")."""
    at = text.find(name.split()[0], start)
    return at if at >= 0 else start


# An adjective or participle before a name, capitalised only because it opens the sentence.
_DESCRIBING = re.compile(r"(?:ed|ing|ly|ful|less)$")


def _clean_name(name: str, single_ok: bool = True) -> str | None:
    name = _POSSESSIVE.sub("", name.strip())
    parts = name.split()
    while parts and parts[0] in _NOT_NAME_WORDS:
        parts = parts[1:]
    if len(parts) >= 3 and _DESCRIBING.search(parts[0]) and not is_given_name(parts[0]) and is_given_name(parts[1]):
        parts = parts[1:]  # "Unemployed John Jenkin, 23," opening a sentence: a word about him, then his name
    if not parts or any(p in _NOT_NAME_WORDS for p in parts):
        return None
    if len(parts) == 1 and not single_ok:
        return None
    name = " ".join(parts)
    g = gazetteer()
    if g.lookup(name):
        return None
    # "Brooklyn Neighborhood", "Georgia Tech": a big place's name opening a run is that place. A given name
    # that some small region also bears ("Paul Lee") is still a given name.
    if len(parts) > 1 and any(p.type in ("country", "state", "continent") or p.population >= 500_000
                              or p.type != "city" and not is_given_name(parts[0]) for p in g.lookup(parts[0])):
        return None
    return name


def _drop_overlaps(mentions: list[PersonMention]) -> list[PersonMention]:
    """Keep the longest mention where several patterns read the same words."""
    out: list[PersonMention] = []
    for p in sorted(mentions, key=lambda p: (p.start, -(p.end - p.start), p.role is None)):
        if out and p.start < out[-1].end:
            continue
        out.append(p)
    return out


_LOWER = {"of", "for", "the", "and"}
# Capitalised words that recur in news without being surnames.
_COMMON_CAPS = frozenset("""said says times news post street road avenue square park hall bridge church river island
    street centre center city county state house times""".split())


def normalise_role(title: str) -> str:
    """"deputy secretary of state" → "Deputy Secretary of State"."""
    words = title.split()
    return " ".join(w.lower() if w.lower() in _LOWER else (w if w.isupper() and len(w) > 1 else w[:1].upper() + w[1:].lower())
                    for w in words)
