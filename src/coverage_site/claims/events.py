"""Events: the predicate a claim is about, normalised, with polarity and modality.

`detained`, `held`, `rounded up` and `detention` are one predicate ("detain"),
so that claims about the same happening line up across outlets, and 316
*returned* is never compared with 23,724 *apprehended*... unless both say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coverage_site.claims.wordscan import words_regex

# What one declines to do when keeping something back: "declined to give the value" (a disclosure refused).
_WITHHOLDING = r"(?:provide|give|reveal|disclose|say|specify|name|identify)"
# predicate -> surface forms (regex alternatives, matched on word boundaries)
LEXICON: dict[str, list[str]] = {
    "detain": [r"detain\w*", r"detention", r"held\s+(?=for|in\s+(?:a|an|the)?\s*(?:detention|custody|jail|prison|facility|cent))",
               r"round(?:ed|ing)?\s+up", r"arrest\w*", r"apprehen\w+", r"custody", r"jailed", r"imprison\w*", r"captured"],
    "return": [r"return\w*", r"came\s+home", r"flew\s+home", r"arrived\s+home", r"repatriat\w+", r"reunion\w*"],
    "release": [r"releas\w+", r"freed", r"set\s+free"],
    "deport": [r"deport\w*", r"expel\w*", r"expulsion"],
    "raid": [r"raid\w*", r"crackdown\w*", r"enforcement\s+action", r"sweep"],
    "meet": [r"meet\w*", r"met", r"talks", r"discussions", r"visit\w*", r"summit"],
    "regret": [r"regret\w*", r"apolog\w+"],
    # "lost her father to cancer": a death in the family, not a defeat.
    "die": [r"died", r"deaths?", r"dead", r"death\s+toll", r"perished", r"fatalit\w+",
            r"lost\s+(?:his|her|their|my|our)\s+(?:father|mother|son|daughter|wife|husband|brother|sister|child|children|"
            r"parents|grandmother|grandfather)"],
    "kill": [r"killed", r"killings?", r"slain", r"slay(?:s|ing|ings)?"],
    "injure": [r"injur\w+", r"wound(?:ed|ing)", r"hurt"],
    "vote": [r"vot(?:e|es|ed|ing)", r"ballots?"],
    "win": [r"won", r"win(?:s|ning)?", r"victor(?:y|ies|ious)"],
    "lose": [r"lost", r"los(?:e|es|ing)", r"defeat\w*"],
    "rise": [r"ros(?:e|en)", r"ris(?:e|es|ing)", r"increas(?:e|ed|es|ing)", r"climb(?:s|ed)?", r"jump(?:s|ed)?", r"surg(?:e|ed|es)"],
    # Said or kept back: "the price was not disclosed", "an undisclosed sum", "declined to give the value" (before
    # "fall": tried first where both could match, so "declined to give" is no fall).
    "disclose": [r"disclos(?:e|ed|es|ing|ure)", r"undisclosed", r"unspecified", r"reveal(?:ed|s|ing)?", r"unrevealed",
                 r"declin(?:e|ed|es|ing)\s+to\s+" + _WITHHOLDING],
    "fall": [r"fell", r"fall(?:s|en|ing)?", r"decreas(?:e|ed|es|ing)", r"declin(?:e|ed|es|ing)", r"drop(?:s|ped)?", r"plung(?:e|ed|es)"],
    "confirm": [r"confirm\w*"],
    "deny": [r"den(?:y|ies|ied|ial)"],
    "announce": [r"announc\w+"],
    "update": [r"updated", r"last\s+update\w*"],
    "quake": [r"earthquake", r"quake", r"tremor"],
    "fire": [r"fired", r"sacked", r"dismiss\w+", r"ousted", r"terminated(?!\s+(?:the|a|an|its|his|her|their)\s+(?:contract|deal|agreement|lease|pregnancy|program|programme))"],
    "hire": [r"hired", r"appoint\w+", r"named\s+as"],
    "resign": [r"resign\w*", r"stepped\s+down", r"quit"],
    "reside": [r"resid(?:e|es|ed|ing)", r"living\s+in"],
    "penalize": [r"disadvantage\w*", r"penalt\w+", r"punish\w*", r"sanction\w*"],
    "assure": [r"assur(?:e|es|ed|ing|ance|ances)", r"pledg(?:e|es|ed|ing)", r"promis(?:e|es|ed)", r"vow(?:s|ed|ing)?"],
    "bear": [r"born", r"births?"],
    "steal": [r"stole", r"stolen", r"steal(?:s|ing)?", r"thefts?", r"robbed", r"robber(?:y|ies)", r"heists?",
              r"made\s+off\s+with", r"mak(?:e|es|ing)\s+off\s+with", r"snatched", r"looted", r"burglar(?:y|ies|ized)"],
    "flee": [r"fled", r"flee(?:s|ing)?", r"hit\s*-\s*and\s*-\s*run", r"escap(?:e|ed|es|ing)", r"left\s+the\s+scene"],
    "bomb": [r"bomb(?:s|ed|ing|ings)?", r"air\s*-?\s*strikes?", r"airstrikes?", r"missiles?", r"mortars?", r"shell(?:ed|ing)"],
    "nominate": [r"nominat(?:e|ed|es|ing|ion|ions)"],
    "criticize": [r"critici[sz](?:e|ed|es|ing|m)", r"backlash"],
    "investigate": [r"investigat(?:e|ed|es|ing|ion|ions)", r"probes?", r"inquir(?:y|ies)"],
    "ceasefire": [r"cease\s*-?\s*fires?", r"truces?"],
    "lockdown": [r"lock(?:ed|ing|s)?\s+down", r"lockdowns?"],
    # A traffic stop: "pulled him over", "stopped the car". "Stopped" alone is not one ("stopped working").
    # Bodies or a missing person found: "found" of a verdict ("found guilty") or of a conclusion ("found that") is not.
    "find": [r"discovered", r"discovery\s+of", r"found(?!\s+(?:\w+\s+){0,2}(?:guilty|not\b|liable|innocent|that|out\b))"],
    "destroy": [r"destroy(?:ed|s|ing)?", r"destruction", r"razed", r"gutted"],
    "burn": [r"burn(?:ed|t|s|ing)?(?:\s+down)?", r"arson", r"torched", r"set\s+(?:on\s+)?fire"],
    "arraign": [r"arraign\w*", r"appear(?:ed|s|ing)?\s+in\s+court", r"court\s+appearances?"],
    # A court's penalty in money: "fined him $5,000", "a fine of $500" (not "fine" alone, mostly an adjective).
    "fine": [r"fined", r"fines?\s+of"],
    # Leaving one's employer is retiring from it: "left the FBI in 1973", "left office".
    "retire": [r"retir(?:e|ed|es|ing|ement)", r"left\s+(?:office|(?:the|his|her)\s+(?:job|post|agency|company|firm|force|bureau|"
               r"department|service|government|administration|army|navy|police|FBI|CIA|White\s+House))\b"],
    # A victim's or a suspect's condition: "unconscious and unresponsive", "terminally ill".
    "unconscious": [r"unconscious", r"unresponsive", r"knocked\s+out", r"passed\s+out"],
    "ill": [r"terminally\s+ill\b", r"seriously\s+ill\b", r"critically\s+ill\b", r"gravely\s+ill\b", r"chronically\s+ill\b",
           r"terminal\s+(?:illness|cancer|disease)"],
    "stop": [r"pull(?:ed|ing|s)?\s+(?:(?:him|her|them|the\s+\w+)\s+)?over", r"traffic\s+stops?",
             r"stopped\s+(?:him|her|them|the\s+(?:car|vehicle|driver|truck|motorist))"],
}
# Predicates that mark the same moment of a story for dates and places: being
# deported, released or flown home are all "the day they came back".
FRAMES = {"deport": "return", "release": "return", "kill": "die", "burn": "destroy"}
# Predicates that happen once to their participant: a person dies, resigns or is appointed to
# one post once, so two days given for one of them disagree. A raid, an arrest, a game or a
# meeting can recur, and two days may be two occurrences: their dates are never called a conflict.
ONCE = frozenset({"die", "resign", "hire", "bear"})
# Predicates whose object can be anything: bodies, a suspect and a weapon are each "found" in one story, so two
# places given for finding may be of two finds, and are never compared.
ANY_OBJECT = frozenset({"find"})
# Predicates that are rows of their own but never what a figure, a day or a place is of: a flight moves through
# many places, bombings and investigations recur across a story, a criticism or a nomination has no toll, and the
# day something was disclosed is a day of reporting, not of what happened.
NOT_ANCHORS = frozenset({"disclose", "flee", "bomb", "nominate", "criticize", "investigate", "ceasefire", "lockdown"})
# Pairs a careful reader treats as contradicting each other when said of one thing.
OPPOSITES = {frozenset(p) for p in [("confirm", "deny"), ("win", "lose"), ("rise", "fall"), ("hire", "fire")]}
# Pairs that can name one happening with a different implication ("deported" is forced,
# "released and allowed to return home" is not): framing, not a factual conflict.
FRAMINGS = {frozenset(p) for p in [("release", "deport")]}
LABELS = {  # predicate -> (past participle, noun)
    "detain": ("detained", "detention"), "return": ("returned", "return"), "release": ("released", "release"),
    "deport": ("deported", "deportation"), "raid": ("raided", "raid"), "meet": ("met", "meeting"),
    "regret": ("expressed regret", "expression of regret"), "die": ("killed", "deaths"), "kill": ("killed", "killing"), "injure": ("injured", "injuries"),
    "vote": ("voted", "vote"), "win": ("won", "win"), "lose": ("lost", "loss"), "rise": ("rose", "rise"),
    "fall": ("fell", "fall"), "confirm": ("confirmed", "confirmation"), "deny": ("denied", "denial"),
    "announce": ("announced", "announcement"), "update": ("updated", "last update"), "quake": ("struck", "earthquake"),
    "fire": ("dismissed", "dismissal"), "hire": ("appointed", "appointment"), "resign": ("resigned", "resignation"),
    "reside": ("residing", "residence"), "report": ("reported", "report"), "penalize": ("penalized", "penalties"),
    "assure": ("assured", "assurance"), "steal": ("stolen", "theft"), "bear": ("born", "birth"),
    "stop": ("pulled over", "traffic stop"), "flee": ("fled", "flight"), "bomb": ("bombed", "bombing"),
    "nominate": ("nominated", "nomination"), "criticize": ("criticized", "criticism"),
    "investigate": ("investigated", "investigation"), "ceasefire": ("agreed a ceasefire", "ceasefire"),
    "lockdown": ("locked down", "lockdown"), "find": ("found", "discovery"),
    "destroy": ("destroyed", "destruction"), "burn": ("burned", "burning"),
    "arraign": ("arraigned", "arraignment"), "retire": ("retired", "retirement"),
    "disclose": ("disclosed", "disclosure"), "unconscious": ("unconscious", "unconsciousness"), "ill": ("ill", "illness"),
    "fine": ("fined", "fine"),
}
_NEGATION = re.compile(r"\b(?:not|no|never|n't|neither|nor|without|denied)\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:may|might|could|reportedly|allegedly|rumou?red|possibly|apparently|purportedly|unconfirmed|said to be)\b", re.IGNORECASE)
# The leading guard tries the alternation only at word starts (about three times faster).
_ALL = re.compile(r"(?<![\w])(?=\w)(?:" + "|".join(f"(?P<{name}>\\b(?:{'|'.join(forms)})\\b)" for name, forms in LEXICON.items()) + ")",
                  re.IGNORECASE)


# Where a form can start: the first three letters of each (all are literal). `find` looks for these in
# one pass over the lower-cased text (`_PREFIX_AT`) and tries `_ALL` only there: the same matches as `_ALL.finditer`
# at a fifth of the cost (the regex engine otherwise tries the alternation's guard at every character).
# A form added later that opens otherwise ("(?:", "rai?d", "a|b") turns this off: `_matches` then scans as before.


def _literal_prefix(form: str) -> str | None:
    """The letters every match of a form starts with (at least three, as many as are literal: "traffic", not
    "tra", so that common openings do not wake the whole lexicon), or None."""
    m = re.match(r"[a-z]{3,}(?![?*{])|[a-z]{4,}(?=[a-z][?*{])", form)
    depth = 0
    for c in form:
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            return None
    return m.group() if m else None


_PREFIXES = sorted({p for forms in LEXICON.values() for f in forms if (p := _literal_prefix(f))})
_ALL_PREFIXED = all(_literal_prefix(f) for forms in LEXICON.values() for f in forms)  # tests/test_quotes_events_orgs.py
# Every word start of the lower-cased text where a prefix stands, left to right, in one pass (`wordscan`): the
# positions a `str.find` per prefix gave, less those inside a word, where `_ALL`'s own guard fails anyway. The
# guard reads the same on the lower-cased text: no character becomes a word character, or stops being one, when
# lower-cased to one character (tests/test_quotes_events_orgs.py checks every code point).
_PREFIX_AT = words_regex(_PREFIXES, r"(?<!\w)(?=", ")")


def _matches(text: str):
    """`_ALL.finditer(text)`, tried only where a form's first letters stand."""
    low = text.lower()
    if not _ALL_PREFIXED or len(low) != len(text) or "ſ" in text or "\u212a" in text:
        yield from _ALL.finditer(text)  # lower-casing moved offsets, or a letter folds to ASCII: the plain way
        return
    end = 0
    for prefix in _PREFIX_AT.finditer(low):
        at = prefix.start()
        if at >= end and (m := _ALL.match(text, at)):
            end = m.end()
            yield m


@dataclass(frozen=True)
class EventMention:
    start: int
    end: int
    predicate: str
    polarity: str  # "positive" | "negative"
    modality: str  # "asserted" | "hedged"


# Word senses that are not the happening: "tax returns", "in the fall" (the season), "a fall in prices" stays.
# Word senses that are not the happening: "tax returns", "this fall"; "declined to comment" (refused, not fell);
# "a release date", "a press release", "released a statement" (published, no one freed).
_NOT_EVENTS = re.compile(r"(?:\btax\s+|\bannual\s+)returns?\b|\b(?:the|this|last|next|that)\s+fall\b(?!\s+(?:of|in)\b)"
                         r"|\bdeclin(?:e|ed|es|ing)\s+(?:to|comment)\b(?!\s+" + _WITHHOLDING + r"\b)|\brelease\s+dates?\b|\bpress\s+releases?\b"
                         r"|\breleas(?:e|ed|es|ing)\s+(?:a|an|its|their|his|her|the)\s+(?:statement|report|video|album|film|song|"
                         r"record|product|update|version|study|book|trailer|photos?|pictures?|images?|footage|details)\b",
                         re.IGNORECASE)
# Forms of the lexicon that carry their own negation: "an undisclosed sum", "declined to say".
_WITHHELD = re.compile(r"un|declin", re.IGNORECASE)
_SENSE_WORDS = ("return", "fall", "declin", "releas")


# Compiled once: these run for every predicate found.
_CLAUSE_PUNCT = re.compile(r"[,;:.]")
_SPLIT_APOSTROPHE = re.compile(r"(['’])\s+([ts])\b")
_WORD = re.compile(r"[\w'’-]+")
_LINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_PAUSE = re.compile(r"[,;:]")
_ING_ED = re.compile(r"(?:ing|ed)$")


def find(text: str) -> list[EventMention]:
    """Return the predicates of the lexicon found in `text`, with polarity and modality.

    A capitalised word inside running text belongs to a name ("Harry Winston",
    "Victory Park"), not to the happening; a headline in title case keeps its verbs.
    """
    out = []
    low = text.lower()
    senses = [m.span() for m in _NOT_EVENTS.finditer(text)] if any(w in low for w in _SENSE_WORDS) else []
    for m in _matches(text):
        if any(a <= m.start() < b for a, b in senses) or _in_a_name(text, m.start()):
            continue
        before = text[max(0, m.start() - 40):m.start()]
        clause = _CLAUSE_PUNCT.split(before)[-1]
        polarity = "negative" if negated(clause) or m.lastgroup == "disclose" and _WITHHELD.match(m.group()) else "positive"
        modality = "hedged" if _MODAL.search(clause) else "asserted"
        out.append(EventMention(m.start(), m.end(), m.lastgroup, polarity, modality))
    return out


NEGATION_WORDS = 3  # "did not confirm", "would not be returning"; "not expecting the death toll to rise" is not a death denied


def negated(clause: str) -> bool:
    """Whether a negation stands within the few words before the predicate (its scope), not anywhere in the clause."""
    words = _WORD.findall(_SPLIT_APOSTROPHE.sub(r"\1\2", clause))  # "didn’ t", "AMD’ s": split apart
    return any(_NEGATION.fullmatch(w) or w.lower().endswith(("n't", "n’t")) for w in words[-NEGATION_WORDS:])


TITLE_CASE_SHARE = 0.6  # a line this capitalised is a headline in title case, whose verbs stay verbs


def _in_a_name(text: str, at: int) -> bool:
    """Is the word at `at` a capitalised word of running prose, i.e. part of a name?"""
    if not text[at].isupper():
        return False
    # The whole line decides whether it is a headline: the tail of a sentence after "U. S." is no headline
    # for being short and full of names ("U. S. Surgeon General ... in the White House Rose Garden").
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    words = _LINE_WORD.findall(text, line_start, line_end if line_end >= 0 else len(text))
    caps = sum(w[0].isupper() for w in words)
    if words and caps >= TITLE_CASE_SHARE * len(words):
        return False  # a headline in title case
    sentence_start = max(line_start, text.rfind(". ", 0, at) + 1)
    return bool(text[sentence_start:at].strip())  # a sentence's first word is capitalised anyway


MAX_GAP = 80  # characters: farther than this, a predicate belongs to another clause
NEAR = 45  # counts and durations sit right next to what they count ("316 workers returned")
OWN_VERB_GAP = 75  # characters from a figure to its own verb, past the noun it counts ("55 other wounded people injured")
GOVERNING_GAP = 40  # characters from a verb to the event noun it governs ("confirmed her death")


_SUBJECT_TO_VERB = re.compile(r"^\s*(?:[\w'’-]+\s+){0,4}?(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being|been)\s+)?"
                              r"(?:(?:also|reportedly|later|then|all|still|seriously|critically)\s+)?$")

# A verb right after "and" is the clause's second predicate, not the figure's: "killed 12 people and wounded 40".
_COORDINATED = re.compile(r"\b(?:and|or|but)\s*$", re.IGNORECASE)


# "The death toll ... rose to 27", "the toll stood at 12": a figure a toll reaches is the toll's.
_TOLL_REACHES = re.compile(r"\btoll\b[^.;:]{0,80}?\b(?:rose|risen|rises|rising|climbed|climbs|jumped|reached|reaches|"
                           r"stood|stands|hit|hits|increased|grew)\s+(?:at\s+|to\s+)?(?:at\s+least\s+|more\s+than\s+)?$",
                           re.IGNORECASE)


def toll_reached(events: list[EventMention], text: str, start: int) -> EventMention | None:
    """The toll a figure is the new value of ("the death toll from the quake rose to 10"), or None."""
    window = max(0, start - 120)
    if "toll" not in text[window:start].lower():
        return None  # most figures: no toll before them
    m = _TOLL_REACHES.search(text, window, start)
    if not m:
        return None
    return next((e for e in reversed(events) if e.end <= m.start() + 4 and e.start >= m.start() - 20), None)


def own_verb(events: list[EventMention], text: str, end: int) -> EventMention | None:
    """The predicate right after a figure and the noun it counts: "55 others injured", "300 workers were detained".

    A figure's own verb wins over a nearer one that closes the clause before it
    ("30 were killed and 55 others injured": 55 were injured).
    """
    after = [e for e in events if e.start >= end and e.start - end <= OWN_VERB_GAP]
    if after and _SUBJECT_TO_VERB.match(gap := text[end:after[0].start]) and not _COORDINATED.search(gap):
        return after[0]
    return None


def governing_verb(events: list[EventMention], text: str, start: int, nearest_one: EventMention | None) -> EventMention | None:
    """The verb a date or time modifies when the nearest predicate is a noun it governs.

    "confirmed her death to the AP on Thursday": Thursday is when it was
    confirmed, not when she died. A predicate written as a past form (-ed or
    irregular) before `nearest_one`, in the same clause, wins over a noun.
    """
    if nearest_one is None or nearest_one.end > start or _is_verb(text[nearest_one.start:nearest_one.end]):
        return nearest_one
    for e in reversed([e for e in events if e.end <= nearest_one.start and nearest_one.start - e.end <= GOVERNING_GAP]):
        if _is_verb(text[e.start:e.end]) and not _PAUSE.search(text[e.end:nearest_one.start]):
            return e
    return nearest_one


def _is_verb(word: str) -> bool:
    w = word.lower()
    return w.endswith("ed") or w in IRREGULAR


def nearest(events: list[EventMention], start: int, end: int, max_gap: int = MAX_GAP) -> EventMention | None:
    """Return the event closest to a span, within the same sentence (the caller's slice)."""
    best = None
    best_gap = None
    for e in events:
        gap = start - e.end if e.end <= start else e.start - end if e.start >= end else 0
        if gap < 0 or gap > max_gap:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = e, gap
    return best


# What starts another clause between a day or time and a predicate: "pulled over around 1:30 a.m.,
# but was arrested" times the stop, not the arrest.
_CLAUSE_BREAK = re.compile(r";|,\s*(?:but|and|while|whereas|although|then)\b|\bbut\b", re.IGNORECASE)


def in_clause(events: list[EventMention], text: str, start: int, end: int, max_gap: int = MAX_GAP) -> EventMention | None:
    """The predicate nearest a span within its own clause; the nearest in the sentence when its clause has none
    and no verb either ("His body was found July 27, but the death occurred July 24": the 27th is not the death's)."""
    own = [e for e in events if not _CLAUSE_BREAK.search(text, min(e.end, end), max(e.start, start))]
    found = nearest(own, start, end, max_gap)
    if found or _clause_has_verb(text, start, end, max_gap):
        return found
    return nearest(events, start, end, max_gap)




# The verb a figure is the subject or object of, when the lexicon has no predicate for it:
# "300 people were evacuated", "evacuated 300 people", "300 people fled". Participles and
# past forms only: they carry the happening; "said", "told" and the like carry the report.
# Common irregular past forms newsrooms use for happenings (the -ed forms need no list).
IRREGULAR = {
    "came": "come", "went": "go", "began": "begin", "begun": "begin", "broke": "break", "broken": "break",
    "struck": "strike", "hit": "hit", "fled": "flee", "fought": "fight", "caught": "catch", "took": "take",
    "taken": "take", "left": "leave", "met": "meet", "sold": "sell", "bought": "buy", "paid": "pay", "led": "lead",
    "held": "hold", "brought": "bring", "ran": "run", "sent": "send", "spent": "spend", "stole": "steal",
    "stolen": "steal", "shot": "shoot", "fell": "fall", "rose": "rise", "grew": "grow", "drove": "drive",
    "flew": "fly", "won": "win", "lost": "lose", "gave": "give", "given": "give", "found": "find", "saw": "see",
    "seen": "see", "made": "make", "built": "build", "burned": "burn", "burnt": "burn", "sank": "sink",
    # Participles in -en are listed: the ending alone also reads "women", "between", "seven".
    "written": "write", "driven": "drive", "fallen": "fall", "beaten": "beat", "hidden": "hide", "chosen": "choose",
    "spoken": "speak", "frozen": "freeze", "shaken": "shake", "risen": "rise", "eaten": "eat", "forgotten": "forget",
    "bitten": "bite", "ridden": "ride", "proven": "prove", "thrown": "throw", "drawn": "draw", "withdrawn": "withdraw",
    "shown": "show", "blown": "blow", "torn": "tear", "sworn": "swear", "woken": "wake", "awoken": "wake",
}
_PAST = r"[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR, key=len, reverse=True))


_CLAUSE_VERB = re.compile(rf"\b(?:{_PAST})\b")


def _clause_has_verb(text: str, start: int, end: int, reach: int) -> bool:
    """Whether the clause around a span has a past verb of its own (-ed or irregular; "-eed" and "hundred" are not)."""
    left = text[max(0, start - reach):start]
    breaks = list(_CLAUSE_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end():]
    left = re.split(r"[.!?]\s", left)[-1]
    right = text[end:end + reach]
    after = _CLAUSE_BREAK.search(right)
    if after:
        right = right[:after.start()]
    right = re.split(r"[.!?]", right, maxsplit=1)[0]
    return any(not w.endswith("eed") and w != "hundred"
               for w in _CLAUSE_VERB.findall(left + " " + right))


_AFTER_FIGURE = re.compile(r"^\s*(?:[\w'’-]+\s+){0,4}?(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being)\s+)?"
                           rf"(?:(?:also|reportedly|later|then|all|still)\s+)?(?P<verb>{_PAST})\b")
_BEFORE_FIGURE = re.compile(rf"\b(?P<verb>[a-z]{{3,}}(?:ed|ing)|{_PAST})\s+(?:(?:in|at|on|by|up)\s+){{0,2}}"
                            r"(?:(?:at\s+least|more\s+than|about|some|nearly|over|almost|around|up\s+to)\s+)?$")
REPORTING = frozenset("said told reported added stated noted claimed asked quoted cited according announced".split())


def verb_near(text: str, start: int, end: int) -> str | None:
    """A plain verb stem tied to a figure ("evacuat"), or None; a fallback where `nearest` finds no predicate."""
    m = _AFTER_FIGURE.match(text[end:end + 60])
    verb = m.group("verb") if m else None
    if verb is None:
        m = _BEFORE_FIGURE.search(text[max(0, start - 40):start])
        verb = m.group("verb") if m else None
    if verb is None or verb in REPORTING:
        return None
    return "v:" + _stem(verb)


# Verbs that give a figure its measure, not its happening: "jewels valued at $70 million", "estimated 300".
_MEASURING = frozenset("valued estimated priced totalled totaled totaling totalling amounting numbering reaching "
                       "ranging averaging".split())


def verb_before(text: str, start: int) -> str | None:
    """The verb a figure is the object of, right before it ("shooting three people", "killed at least 30"):
    the lexicon's predicate when it is one of its forms, else the plain verb stem; None for a reporting verb."""
    m = _BEFORE_FIGURE.search(text, max(0, start - 40), start)
    if m is None or m.group("verb") in REPORTING or m.group("verb") in _MEASURING:
        return None
    verb = m.group("verb")
    found = find(m.group())  # with its particle: "rounding up" is the lexicon's "detain"
    return found[0].predicate if found else "v:" + _stem(verb)


def _stem(verb: str) -> str:
    """A plain verb's stem, as facets key it: "evacuated" -> "evacuat", "shot" -> "shoot"."""
    return IRREGULAR.get(verb, _ING_ED.sub("", verb))


# What may stand between a figure's first verb and a later one that still has the figure as
# its subject: "were detained but have since returned home", "detained in a raid at a plant
# in Georgia, returned home". A relative pronoun, a semicolon or another figure starts a new subject.
_NEW_SUBJECT = re.compile(r"\d|;|\b(?:who|which|that|while|whose|whom|where|when|because|although|as|if|said|says|told)\b",
                          re.IGNORECASE)
_VERBAL = re.compile(r"(?:,|\b(?:and|but|then|before|after|since|were|was|have|has|had|been|being|are|is|later))\s+(?:\w+ly\s+)?$")
COORDINATED_GAP = 160  # characters from the figure to a later verb of its own clause


def coordinated(evs: list[EventMention], text: str, end: int, first: EventMention) -> tuple[str, ...]:
    """Later predicates of the clause whose subject a figure is, besides `first` (its nearest)."""
    out: list[str] = []
    for e in evs:
        if e.start <= first.end or e.start - end > COORDINATED_GAP or e.predicate == first.predicate:
            continue
        if _NEW_SUBJECT.search(text[first.end:e.start]):
            break
        if not _VERBAL.search(text[max(first.end, e.start - 40):e.start]):
            continue  # "in a large-scale raid": a noun of a phrase, not a verb of the figure
        if e.predicate not in out:
            out.append(e.predicate)
    return tuple(out)
