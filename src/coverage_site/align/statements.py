"""Statements that sources make in the same words: "pleaded guilty to obstruction of justice".

Outlets covering one event repeat most of its facts in the words of the wire, the police or the
court, and a predicate lexicon cannot list them all ("set fire to the vehicle", "died peacefully in
her sleep"). A run of at least MIN_WORDS words that sentences of two different sources share, with
MIN_CONTENT content words of which one is written in lower case and one is a verb, is one statement
(a name or a title alone, "White House chief of staff", is a mention); so are three words around a
past form with one more word in lower case ("released on bail", "stabbed to death"). Without a
tagger, a verb is a word in -ed, a common irregular past form, a word right after an auxiliary, a
modal or "to", or a word in -ing that no determiner precedes.

Words are matched by their stems, since outlets retell the wire in another tense or number ("set fire
to the vehicle" / "setting fire to the vehicle"), and a run is a statement when either source's words make
one. Runs that overlap in one sentence are one statement, so three sources join through their common
words. Only what two sources share becomes a row: a statement one source makes alone is not a claim.
Nothing here compares values, so a statement row agrees or is left out, never conflicts: a run that
one side negates ("did not plead guilty to ...") or quotes is not matched.

Shorter still, two words in lower case that sentences of two sources share ("humanitarian corridor",
"image stabilization", "terraced house") are a term (`find_with_terms`): the same thing named alike, too short
to say what happened, so a row that is listed with what is named in passing and never counted as an
agreement. Neither word is a function word, a quoted word or a name, and a figure right before or after
makes them part of a quantity ("38-year-old", "5:11 p.m. local time"), not a term.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from coverage_site.claims.events import IRREGULAR, TITLE_CASE_SHARE, negated
from coverage_site.claims.people import TITLE
from coverage_site.model import Article, Claim
from coverage_site.partition import Partition
from coverage_site.text import CALENDAR_NAMES

MIN_WORDS = 4
MIN_CONTENT = 3
SHORT_WORDS = 3  # a shorter run is a statement only around a past form: "released on bail"
# A story shows at most this many statements, those most sources share first: wire copies share
# whole paragraphs, and forty rows of "the same words" would bury the comparison.
MAX_STATEMENTS = 30
# Runs are found from shared three-word sequences; a sequence in more than this many sentences is
# boilerplate ("according to the"), not a fact, and proposes no pairs.
SEED = 3
MAX_SEED_SENTENCES = 40

_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?")  # letters of any script: "Vendôme" is one word
_QUOTES = re.compile(r"[\"“”«»]|``|''")
# Function words, auxiliaries, reporting verbs and number words carry no fact of their own.
FUNCTION = frozenset(
    """a an the and or but nor so yet of in on at to for from with by into onto upon about above across after against
    along among around as before behind below beneath beside between beyond during except inside like near off out
    outside over past since than through throughout till toward towards under until up via within without is are was
    were be been being am has have had having do does did will would shall should can could may might must not no
    never it its it's he him his she her hers they them their theirs we us our you your i me my this that these those
    there here who whom whose which what when where why how all any both each either neither some such other another
    more most less least very also just only even still then too own same said says say saying told tells according
    added adding one two three four five six seven eight nine ten first second third updated published posted""".split()
)
# A word after one of these is a verb ("will play", "to fire", "was wandering").
_VERB_BEFORE = frozenset("to will would shall should can could may might must did does do is are was were be been being "
                         "has have had".split())
_DETERMINERS = frozenset("a an the this that these those his her its their our my your".split())


@dataclass(frozen=True)
class _Sentence:
    article: Article
    start: int  # the sentence's span in the article text
    end: int
    words: tuple[tuple[int, int], ...]  # word offsets in the article text
    lowered: tuple[str, ...]
    stems: tuple[str, ...]  # what runs are matched on: "escaped" and "escaping" are one word
    quoted: tuple[bool, ...]  # each word inside quotation marks


def find(articles: list[Article], sources: dict[str, str]) -> list[list[Claim]]:
    """Groups of statement claims, one group per statement that two or more sources make in the same words."""
    return _statements([s for a in articles for s in _sentences(a)], sources)


def find_with_terms(articles: list[Article], sources: dict[str, str],
                    taken: list[Claim]) -> tuple[list[list[Claim]], list[list[Claim]]]:
    """Statements, then terms (see the module docstring) outside them and outside the claims already `taken`, from one reading
    of the sentences."""
    sentences = [s for a in articles for s in _sentences(a)]
    said = _statements(sentences, sources)
    return said, _terms(sentences, sources, taken + [c for group in said for c in group])


def _statements(sentences: list[_Sentence], sources: dict[str, str]) -> list[list[Claim]]:
    links = Partition()  # nodes: (sentence, first word, last word + 1)
    for i, p, j, q, size in _shared_runs(sentences, sources):
        a, b = sentences[i], sentences[j]
        first, last = _trim(a, p, size)
        na, nb = (i, first, last), (j, q + first - p, q + last - p)
        if last - first < SHORT_WORDS or not (_is_statement(a, first, last) or _is_statement(b, nb[1], nb[2])) \
                or _negated(a, first) != _negated(b, nb[1]):
            continue
        if any(a.quoted[first:last]) or any(b.quoted[nb[1]:nb[2]]):
            continue
        links.join(na, nb)
    _join_overlaps(links)
    groups = []
    for nodes in links.groups():
        claims = _claims(nodes, sentences)
        if len({sources[c.article] for c in claims}) >= 2:
            groups.append(claims)
    groups.sort(key=lambda g: (-len({c.article for c in g}), g[0].article, g[0].start))
    return groups[:MAX_STATEMENTS]


MAX_TERMS = 20  # a story lists at most this many terms, those most sources share first
_NUMERIC = re.compile(r"\d")


def _terms(sentences: list[_Sentence], sources: dict[str, str], taken: list[Claim]) -> list[list[Claim]]:
    """Groups of term claims, one per two-word term that two or more sources use (see the module docstring);
    words of a claim already made (`taken`: statements, and events such as "raid" or "returned") are not
    terms again."""
    covered: dict[str, list[tuple[int, int]]] = {}
    for c in taken:
        covered.setdefault(c.article, []).append((c.start, c.end))
    index: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for n, s in enumerate(sentences):
        spans = covered.get(s.article.id, ())
        ok = [_term_word(s, k) for k in range(len(s.lowered))]
        name = [_name_word(s, k) for k in range(len(s.lowered))]
        if sum(name) >= TITLE_CASE_SHARE * len(name):
            name = [False] * len(name)  # a headline in title case: every word looks like a name
        for k in range(len(s.lowered) - 1):
            if not (ok[k + 1] and (ok[k] and _names_a_thing(s.lowered[k], s.lowered[k + 1])
                                   or _acronym(s, k) and _names_a_thing("", s.lowered[k + 1]))
                    or k and name[k] and name[k + 1] and s.article.text[s.words[k][1]:s.words[k + 1][0]].isspace()
                    and not _NATIONALITY.search(s.lowered[k + 1])) \
                    or (k and _NUMERIC.match(s.lowered[k - 1])) or (k + 2 < len(s.lowered) and _NUMERIC.match(s.lowered[k + 2])):
                continue
            start, end = s.words[k][0], s.words[k + 1][1]
            if any(a < end and start < b for a, b in spans):
                continue
            index.setdefault((s.stems[k], s.stems[k + 1]), []).append((n, k))
    links = Partition()
    for hits in index.values():
        if len({sources[sentences[n].article.id] for n, _ in hits}) < 2 or len({n for n, _ in hits}) > MAX_SEED_SENTENCES:
            continue
        first = (hits[0][0], hits[0][1], hits[0][1] + 2)
        for n, k in hits:
            links.join(first, (n, k, k + 2))
    _join_overlaps(links)
    groups = []
    for nodes in links.groups():
        claims = [replace(c, id=f"{c.article}-t{c.start}", value={**c.value, "term": True})
                  for c in _claims(_first_run(nodes), sentences)]
        if len({sources[c.article] for c in claims}) >= 2:
            groups.append(claims)
    groups.sort(key=lambda g: (-len({c.article for c in g}), g[0].article, g[0].start))
    return groups[:MAX_TERMS]


def _first_run(nodes: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """In each sentence, the first run of overlapping word pairs only: a term said twice in one sentence is one
    claim of its own words, not a claim stretching from the first saying to the second."""
    out: list[tuple[int, int, int]] = []
    reach: dict[int, int] = {}
    for i, first, last in sorted(nodes):
        if i not in reach or first < reach[i]:
            out.append((i, first, last))
            reach[i] = max(reach.get(i, last), last)
    return out


def _names_a_thing(first: str, second: str) -> bool:
    """Two words shaped like a noun phrase, not a clause: a plural noun before a word is most often its
    subject ("workers returned", "nations navigate"), and a participle after a word most often its verb
    ("citizens working", "police searched"), unless an adverb qualifies it ("clearly marked")."""
    if first.endswith("s") and not first.endswith(("ss", "us", "is")):
        return False
    return not (second.endswith("ing") or second.endswith("ed") and not first.endswith("ly"))


# Words of time and age: "last week", "a year ago", "15-year-old girl" are dates and ages, read elsewhere.
_TIME_WORDS = frozenset("""year years week weeks month months day days hour hours minute minutes ago old time times
    today yesterday tomorrow tonight morning afternoon evening night late early earlier later last next past""".split())


def _term_word(s: _Sentence, k: int) -> bool:
    """A word a term can hold: in lower case as written, not a function or time word, three letters or more.
    Quoted words count: a term in scare quotes ("a ``humanitarian corridor''") is still the thing's name."""
    w = s.lowered[k]
    return len(w) >= 3 and w.isalpha() and w not in FUNCTION and w not in _TIME_WORDS and s.article.text[s.words[k][0]].islower()


_TITLE = re.compile(TITLE)
# A nationality closing two capitalised words ("South Korean", "Latin American") says who, not what is named.
_NATIONALITY = re.compile(r"(?:an|ans|ese|ish)$")
_CALENDAR = frozenset(m.lower() for m in CALENDAR_NAMES)


def _name_word(s: _Sentence, k: int) -> bool:
    """A word of a name that no reader took as a person, a place or an organisation ("Toyota Camry", "Highway
    Patrol", "Rose Garden"): capitalised, not a function, time or calendar word. A sentence's first word is
    capitalised anyway, so a name term starts after it (the caller's `k and`)."""
    w = s.lowered[k]
    a, _ = s.words[k]
    return len(w) >= 2 and w.isalpha() and s.article.text[a].isupper() and w not in FUNCTION \
        and w not in _TIME_WORDS and w not in _CALENDAR and not _TITLE.fullmatch(w)  # "President Obama"


def _acronym(s: _Sentence, k: int) -> bool:
    """An acronym before a word in lower case is part of the thing's name: "GPS coordinates", "DNA samples"
    (before a participle, its subject: "NATO launched")."""
    a, b = s.words[k]
    return 2 <= b - a <= 5 and s.article.text[a:b].isupper() and s.article.text[a:b].isalpha()


def _sentences(article: Article) -> Iterable[_Sentence]:
    text = article.text
    for span in article.sentences:
        chunk = text[span.start:span.end]
        found = [m.span() for m in _WORD.finditer(chunk)]
        if len(found) < SHORT_WORDS:
            continue
        marks = [m.start() for m in _QUOTES.finditer(chunk)]
        low = chunk.lower().replace("’", "'")
        if len(low) != len(chunk):  # a letter whose lower case is longer ("İ"): word by word
            lowered = tuple(chunk[s:e].lower().replace("’", "'") for s, e in found)
        else:
            lowered = tuple(low[s:e] for s, e in found)
        quoted = tuple(bisect.bisect_left(marks, s) % 2 == 1 for s, _ in found)  # an odd number of marks before it
        words = tuple((span.start + s, span.start + e) for s, e in found)
        yield _Sentence(article, span.start, span.end, words, lowered, tuple(_stem(w) for w in lowered), quoted)


def _stem(word: str) -> str:
    """A word without its inflection, for matching only: outlets retell the wire in another tense or number
    ("set fire to the vehicle" / "setting fire to the vehicle", "escaped in another car" / "escaping in ...")."""
    if word in FUNCTION:
        return word
    word = IRREGULAR.get(word, word)
    for ending in ("ing", "ed", "es", "s", "e"):
        if len(word) > len(ending) + 2 and word.endswith(ending):
            word = word[: -len(ending)]
            if ending in ("ing", "ed") and len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsfz":
                word = word[:-1]  # "setting", "robbed": "set", "rob"
            return word
    return word


def _shared_runs(sentences: list[_Sentence], sources: dict[str, str]):
    """Maximal runs of words that sentences of different sources share, as (sentence, start, sentence,
    start, length), found from the three-word sequences with a content word that they have in common.
    Words are compared by their stems."""
    index: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for n, s in enumerate(sentences):
        content = [w not in FUNCTION for w in s.lowered]
        for k in range(len(s.stems) - SEED + 1):
            if any(content[k:k + SEED]):
                index.setdefault(s.stems[k:k + SEED], []).append((n, k))
    done = set()
    for hits in index.values():
        if len(hits) < 2 or len({n for n, _ in hits}) > MAX_SEED_SENTENCES:
            continue
        for x, (i, seed_a) in enumerate(hits):
            a = sentences[i].stems
            for j, seed_b in hits[x + 1:]:
                if sources[sentences[i].article.id] == sources[sentences[j].article.id]:
                    continue
                b = sentences[j].stems
                p, q = seed_a, seed_b
                while p and q and a[p - 1] == b[q - 1]:  # back to where the shared words start
                    p, q = p - 1, q - 1
                if (i, p, j, q) in done:
                    continue
                done.add((i, p, j, q))
                size = 0
                while p + size < len(a) and q + size < len(b) and a[p + size] == b[q + size]:
                    size += 1
                yield i, p, j, q, size


def _is_statement(s: _Sentence, first: int, last: int) -> bool:
    """Words [first, last) of a sentence make a statement: see the module docstring."""
    content = [k for k in range(first, last) if s.lowered[k] not in FUNCTION and s.lowered[k].isalpha()]
    lower = [k for k in content if s.article.text[s.words[k][0]].islower()]
    if last - first >= MIN_WORDS and len(content) >= MIN_CONTENT:
        return bool(lower) and any(_verb(s, k) for k in content)
    # Three words that hold a past form and one more word in lower case: "released on bail", "stabbed to death".
    return last - first >= SHORT_WORDS and len(lower) >= 2 and any(_past(s.lowered[k]) for k in lower)


def _trim(s: _Sentence, first: int, size: int) -> tuple[int, int]:
    """The run without function words at its edges: "made an offer to" is "made an offer"."""
    last = first + size
    while first < last and s.lowered[first] in FUNCTION:
        first += 1
    while last > first and s.lowered[last - 1] in FUNCTION:
        last -= 1
    return first, last


def _past(w: str) -> bool:
    return len(w) >= 4 and (w.endswith("ed") or w in IRREGULAR)


def _verb(s: _Sentence, k: int) -> bool:
    w, before = s.lowered[k], s.lowered[k - 1] if k else ""
    if _past(w) or before in _VERB_BEFORE:
        return True
    return len(w) >= 6 and w.endswith("ing") and before not in _DETERMINERS


def _negated(s: _Sentence, first: int) -> bool:
    """The event reader's negation scope, on the clause before the run."""
    return negated(re.split(r"[,;:.]", s.article.text[s.start:s.words[first][0]])[-1])


def _join_overlaps(links: Partition) -> None:
    """Runs that overlap in one sentence are one statement (three sources join through shared words)."""
    by_sentence: dict[int, list[tuple[int, int, int]]] = {}
    for node in list(links.parent):
        by_sentence.setdefault(node[0], []).append(node)
    for nodes in by_sentence.values():
        nodes.sort(key=lambda n: n[1])
        for x, a in enumerate(nodes):
            for b in nodes[x + 1:]:
                if b[1] >= a[2]:
                    break
                links.join(a, b)


def _claims(nodes: list[tuple[int, int, int]], sentences: list[_Sentence]) -> list[Claim]:
    """One claim per sentence of the statement: the words its runs cover there."""
    cover: dict[int, tuple[int, int]] = {}
    for i, first, last in nodes:
        lo, hi = cover.get(i, (first, last))
        cover[i] = (min(lo, first), max(hi, last))
    out = []
    for i, (first, last) in sorted(cover.items()):
        s = sentences[i]
        text = s.article.text
        start, end = s.words[first][0], s.words[last - 1][1]
        out.append(Claim(
            id=f"{s.article.id}-s{start}", article=s.article.id, kind="event", text=text[start:end],
            start=start, end=end, sentence=text[s.start:s.end],
            value={"statement": " ".join(s.lowered[first:last]), "polarity": "negative" if _negated(s, first) else "positive"},
            context=text[max(s.start, start - 60):min(s.end, end + 60)],
        ))
    return out
