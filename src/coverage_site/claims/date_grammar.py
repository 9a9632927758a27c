"""The date grammar: the forms `dates` reads, and where in a text to try them.

Every date expression holds a digit or one of a few hundred words (months, weekdays, units, ordinals, holiday
and season names). `matches(text)` finds those anchors in one pass and tries, just before each, only the
forms that can hold that kind of anchor; `date_forms` turns each match into a `DateMention`, and `dates` resolves it.
"""

from __future__ import annotations

import re

from coverage_site.claims import holidays
from coverage_site.claims.calendar_math import ORDINALS
from coverage_site.claims.wordscan import trie, words_regex

# Full month names take no dot (a dot after them ends the sentence); abbreviations may. The word lists are
# tries (the forms are case-blind): they match what the lists longest first match, and fail after a letter or two.
_FULL_MONTH = trie("january february march april may june july august september october november december".split())
_MONTH = (rf"(?:{_FULL_MONTH}"
           rf"|{trie('jan feb mar apr jun jul aug sept sep oct nov dec'.split())}\.?)")
# Abbreviations take a dot, except those that are no English word ("Thu", "Fri"). `date_forms` reads a weekday
# alone in those ("Thu") only before a pause and not beside a capitalised word ("Thu" is also a given name); in the
# abbreviations that are words, after "on", "next" and the like with a dot ("on Sat."), else only standing alone,
# nothing but a label before it on its line ("Closed: Sun", "Sun."; "in the sun." is no Sunday). The `weekday`
# form alone takes those without a dot.
BARE_WEEKDAYS = frozenset("tue tues thu thur thurs fri".split())
WORD_WEEKDAYS = frozenset("mon wed sat sun".split())
_WEEKDAY = (rf"(?:{trie('monday tuesday wednesday thursday friday saturday sunday'.split())}"
             rf"|{trie(sorted(BARE_WEEKDAYS))}(?:\.|(?![\w.]))|{trie(sorted(WORD_WEEKDAYS))}\.)")
# Any abbreviation, dot or none, where what follows makes it a weekday: "Sat 16th", "the closest Mon to".
ANY_WEEKDAY = rf"(?:{_WEEKDAY}|{trie('mon tue tues wed thu thur thurs fri sat sun'.split())}(?!\w))"
ORD_WORD = _ORD_WORD = trie(ORDINALS)
_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_ORD_WORD})"
NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|a\s+few|a\s+couple\s+of|several)"
UNIT = r"(?:day|week|fortnight|month|year)s?"
_REL = r"(?:last|this|next|past|previous|current|coming|upcoming|following|the\s+following|the\s+previous)"
_PATTERNS = [
    ("holiday", rf"\b{holidays.PATTERN}"),
    ("season", r"\b(?:(?P<rel>last|this|next|past|coming|current|this\s+past|this\s+coming|(?:in|during|over|since|until|by)\s+the)\s+)?(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d))?\b"),
    ("range", rf"\b(?:from\s+)?(?:(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|through|thru|until)\s*(?:(?P<mon2>{_MONTH})\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
              rf"|(?:the\s+)?(?P<e>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|through|thru|until)\s*(?:the\s+)?(?P<e2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<emon>{_MONTH}))(?:,?\s+(?P<y>\d{{4}}))?\b(?!\s*(?:a\.?m|p\.?m|:))"),
    ("nth", rf"\b(?:the\s+)?(?P<nth>{_ORD_WORD}|\d(?:st|nd|rd|th)|last)\s+(?P<wd>{_WEEKDAY})\s+(?:of|in)\s+(?:(?P<mon>{_MONTH})(?:\s+(?P<y>\d{{4}}))?|(?P<rel>this|next|last|the)\s+month)\b"),
    ("wdweek", rf"\b(?P<wd>{_WEEKDAY})\s+(?:of\s+|from\s+)?(?P<rel>this|next|last|the\s+following|the\s+previous)\s+week\b|\b(?P<rel2>last|next|this)\s+week['’]s\s+(?P<wd2>{_WEEKDAY})"),
    ("afternext", rf"\b(?P<wd>{_WEEKDAY})\s+after\s+next\b"),
    ("wdoffset", r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                 r"(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\s+(?P<dir>ago|back|from\s+(?:now|today)|hence)\b"),
    ("wddom", rf"\b(?P<wd>{ANY_WEEKDAY}),?\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_MONTH}(?![^\W\d_]))"),
    ("domrel", rf"\b(?:the\s+)?(?P<d>\d{{1,2}}(?:st|nd|rd|th)?|{_ORD_WORD})\s+(?:day\s+)?of\s+(?:the\s+)?(?P<rel>next|this|current|previous|last|following|coming)\s+month\b"),
    ("weekofmonth", rf"\b(?:the\s+)?(?:(?P<back>{_ORD_WORD}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+(?:to[\s-]+)?last|(?P<nth>first|second|third|fourth|last|penultimate|1st|2nd|3rd|4th))"
                    rf"\s+(?P<unit>week|day)\s+(?:of|in)\s+(?:(?P<mon>{_MONTH})(?:,?\s+(?P<y>\d{{4}}))?|(?:the\s+year\s+)?(?P<yy>(?:19|20)\d\d))\b|\bthe\s+week\s+of\s+(?P<mon2>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}}))?\b"),
    # (An ISO date may carry its time: "2016-07-04T10:00".)
    ("numeric", r"\b(?:(?P<y>(?:19|20)\d\d)(?P<s>[/.-])(?P<a>\d{1,2})(?P=s)(?P<b>\d{1,2})(?:\b|(?=T\d))|(?P<p>\d{1,2})(?P<t>[/.-])(?P<q>\d{1,2})(?P=t)(?P<yy>(?:19|20)?\d\d)\b)(?![/.-]\d)"),
    ("nummonth", r"\b(?:(?:in|since|until|by|during|from|of)\s+)?(?:(?P<y>(?:19|20)\d\d)(?P<s>[/-])(?P<a>0?[1-9]|1[0-2])|(?P<b>0?[1-9]|1[0-2])/(?P<y2>(?:19|20)\d\d))\b(?![/.-]\d)"),
    ("dmysep", rf"\b(?P<d>\d{{1,2}})(?P<s>[/-])(?P<mon>{_MONTH})(?P=s)(?P<y>\d{{4}}|\d\d)\b"),
    # Not the fraction of a mixed number ("2-1/2 years", "a 2 1/2-year sentence").
    ("slash", r"(?<![\d/.,$])(?<!\d-)(?<!\d )\b(?P<a>\d{1,2})/(?P<b>\d{1,2})\b(?![/.,]?\d)(?!-?\s?years?\b)"),
    ("md", rf"\b(?:(?P<wd>{_WEEKDAY}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?=,)),?\s+)?(?P<mon>{_MONTH})(?:\s+(?:the\s+)?|(?P<joined>)(?=\d))(?P<d>{_DAY})\b(?:,?\s+(?P<y>\d{{4}})\b)?(?!\s*(?:a\.?m|p\.?m|:|percent|%))"
           rf"(?:,\s*(?P<wd2>{ANY_WEEKDAY}))?"),
    ("dm", rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{_DAY})(?:\s+(?:of\s+|day\s+of\s+)?|(?P<joined>))(?P<mon>{_MONTH})(?![^\W\d_])"
           r"(?:,?\s+(?P<y>\d{4}))?"),
    # The Roman days a few dates are still named by: the kalends (1st), nones (5th; 7th in March, May, July and
    # October) and ides (13th; 15th in those four).
    ("roman", rf"\bthe\s+(?P<kind>ides|nones|kalends|calends)\s+of\s+(?P<mon>{_MONTH})(?![^\W\d_])(?:,?\s+(?P<y>\d{{4}}))?"),
    # "the first six months of this year"; a half of it: "the second half of 2012", "the first half of next year".
    ("halfyear", r"\b(?:the\s+)?(?:(?P<part>first|second|last)\s+(?P<n>six|three|nine|\d)\s+months|(?P<half>first|second)\s+half)"
                 r"\s+of\s+(?:(?P<which>this|last|next|the)\s+year|(?P<y>(?:19|20)\d\d))\b"),
    ("quarter", rf"\b(?:the\s+)?(?:(?P<nth>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:quarter|qtr)(?:\s+of)?(?:\s+(?P<y>\d{{4}})|\s+(?:the\s+)?(?P<which>this|last|next|current|previous)\s+(?:fiscal\s+)?year)|Q(?P<q>[1-4])(?:(?:\s+of)?\s+(?P<y2>\d{{4}}))?|(?P<y3>\d{{4}})\s*Q(?P<q3>[1-4])|(?P<y4>\d\d)Q(?P<q4>[1-4])|(?P<rel>{_REL})\s+(?:quarter|qtr))\b"),
    ("part", rf"\b(?:(?:at|by|in|until|since)\s+)?(?:the\s+)?(?P<part>beginning|start|middle|end|early|mid|late)(?:\s*-\s*|\s+of\s+|\s+)(?:(?P<mon>{_FULL_MONTH})(?:\s+(?P<y>\d{{4}}))?|(?P<y2>(?:19|20)\d\d)|(?:(?:around|about|roughly|approximately)\s+)?(?:the\s+|(?P<rel>{_REL})\s+)?(?P<unit>week|month|year))\b"),
    # The end or beginning of the month or year in capitals ("BOY" is a boy, whatever its case).
    ("eom", r"\b(?:(?:at|by|in|until|since)\s+)?(?:the\s+)?(?-i:(?P<abbr>EOM|BOM|EOY))\b"),
    ("offset", rf"\b(?P<offs>{NUM}\s+{UNIT}(?:,?\s+(?:and\s+)?{NUM}\s+{UNIT})*)\s+(?P<dir>ago|back|earlier|before|hence|from\s+(?:now|today)|later)\b|\bin\s+(?P<fwd>{NUM}\s+{UNIT}(?:\s+(?:and\s+)?{NUM}\s+{UNIT})*)\b(?!\s+(?:ago|of|and|to|after|before))"),
    # A count before a singular unit cannot count it ("two upcoming week", "upcoming 2 day"): the unit that many
    # ahead, as Duckling reads it. The plural ("the upcoming two weeks") is a span (below).
    ("ahead", r"\b(?:(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:upcoming|coming)|(?:upcoming|coming)\s+"
              r"(?P<n2>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten))\s+(?P<unit>day|week|month|quarter|year)\b"),
    ("span", rf"\b(?:the\s+)?(?P<rel>last|past|previous|next|coming|upcoming|following)\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|few|several|couple\s+of)\s+(?P<unit>day|week|month|year)s\b"),
    ("sequel", r"\b(?:the\s+)?(?P<rel>next|following|previous|preceding)\s+(?P<unit>day|morning|evening|night)\b|\b(?:the\s+)?(?P<unit2>day|night)\s+(?P<rel2>before|after)\b(?!\s+(?:yesterday|tomorrow|that|the|a|an|his|her|their|its|[A-Z0-9]))"),
    # "over the weekend", "on the weekend": the nearest one (the last, or the coming one when the verb is future).
    ("relative", rf"\b(?P<rel>(?:earlier|later)\s+this|last|this|next|past|previous|current|coming|upcoming|the\s+following|the\s+previous)\s+(?P<unit>week|month|year|weekend|yr)\b"
                 r"|\b(?:over|on|during|at|across|throughout)\s+the\s+(?P<bare>weekend)\b"
                 r"|\bthe\s+(?P<unit2>week|weekend|month|year)\s+(?P<far>before\s+last|after\s+next)\b"),
    ("day", r"\b(?P<word>(?:the\s+)?day\s+(?:after\s+tomorrow|before\s+yesterday)|today|yesterday|tomorrow|tonight|last\s+night|this\s+morning|this\s+afternoon|this\s+evening)\b"),
    # A bare day of the month is noisy ("the fifth time", "the 12th seed"): only after a preposition, or in digits
    # before a pause ("paid on the 27th.").
    ("dom", rf"\b(?:on|by|until|since|from|before|after)\s+the\s+(?P<d>\d{{1,2}}(?:st|nd|rd|th)|{_ORD_WORD})\b(?=\s*[,.;)]|\s+(?:and|at|in|when|to)\b|$)|\bthe\s+(?P<d2>\d{{1,2}}(?:st|nd|rd|th))(?=\s*[,.;)]|$)"),
    # A month in the year an offset reaches: "November in two years", "March three years ago".
    ("monthoff", rf"\b(?:(?:in|since|until|by|during|from|of)\s+)?(?P<mon>{_FULL_MONTH})\s+(?:in\s+(?P<fwd>{NUM}\s+years?)|(?P<offs>{NUM}\s+(?:year|month)s?)\s+"
                 r"(?P<dir>ago|back|from\s+(?:now|today)|hence))\b(?!\s+of\b)"),
    ("my", rf"\b(?:(?:in|since|until|by|during|from|of|early|late|mid-?|next|last|this)\s+)?(?P<mon>{_FULL_MONTH})(?:(?:\s+|,\s+(?=(?:19|20)\d\d[,.;:)]))(?P<y>\d{{4}})|\s+(?P<after>after\s+next|before\s+last))?\b"
           # "in February, 2003." with a comma only when the year ends the phrase: "In March, 2000 workers" is no year.
           # "since September 30", "by May 5": a day after the month makes it the `md` form's.
           r"(?!\s+\d{1,2}(?:st|nd|rd|th)?\b(?![,.]\d))"),
    # A weekday its date follows ("on Friday, March 8", "on Thu 21st") is read with that date, by the forms above.
    ("weekday", rf"\b(?:(?P<rel>last|this|next|past|on|early|late|on\s+the\s+following|coming|this\s+coming)\s+)?(?P<wd>{_WEEKDAY}|{trie(sorted(WORD_WEEKDAYS))})(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?(?!\w)"
                rf"(?!,?\s+(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\b|\d{{1,2}}\s+(?:of\s+)?{_MONTH}(?![^\W\d_])|{_MONTH}\s+\d))"),
    ("era", r"\b(?:(?:in|since|until|by|during|from|of)\s+)?(?:(?P<y>\d{1,4})\s*(?-i:A\.D\.?|AD|CE|C\.E\.?|a\.d\.|c\.e\.)|(?-i:AD)\s+(?P<y2>\d{1,4}))(?!\w)"),
    # A decade, or its early, middle or late years: "in the 1930s", "the mid-1980s", "the early 2000s".
    ("decade", r"\b(?:(?:in|since|until|by|during|from|of|through)\s+)?(?:the\s+)?(?:(?P<part>early|mid|late)\s*-?\s*)?"
               r"(?P<dec>(?:1[5-9]|20)\d0)['’]?s\b"),
    ("year", r"\b(?:(?:in|since|until|by|during|from|of|early|late|mid-?)\s+)?(?P<y>(?:19|20)\d\d)\b(?![,./]?\d)(?!-\d\d?-)"),  # "the 2008-09 season" is 2008
]
# The leading guard tries the alternation only at word starts.


def _group(name: str, pattern: str) -> str:
    """One form of the grammar as a named group, its inner groups prefixed with the form's name."""
    return f"(?P<{name}>{pattern.replace('(?P<', f'(?P<{name}_').replace('(?P=', f'(?P={name}_')})"


# Every date expression holds a digit or one of these words; the grammar is tried only just before
# them, and only its forms that can hold that kind of word.
_MONTH_WORDS = """january jan february feb march mar april apr may june jun july jul august aug september sept sep october
    oct november nov december dec""".split()
_WEEKDAY_WORDS = """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    mondays tuesdays wednesdays thursdays fridays saturdays sundays""".split()
_UNIT_WORDS = """week weeks weekend month months year years yr quarter qtr day days fortnight ago hence night morning
    afternoon evening today yesterday tomorrow tonight""".split()
_ANCHORS = {**{w: "holiday" for w in "christmas xmas easter halloween thanksgiving pentecost gras eve lent christi whitsunday".split()},
            **{w: "season" for w in "spring summer autumn fall winter".split()},
            **{w: "month" for w in _MONTH_WORDS}, **{w: "weekday" for w in _WEEKDAY_WORDS},
            **{w: "unit" for w in _UNIT_WORDS}, **{w: "ordinal" for w in ORDINALS}, **{w: "eom" for w in ("eom", "bom", "eoy")}}
# Words that can stand before the word that anchors a date: "at the end of March", "the last 2 days".
_LEADS = frozenset("""the on at by in until since during from of early late mid last this next past previous current
    coming upcoming following preceding end beginning start middle a an few couple several one two three four five six
    seven eight nine ten eleven twelve day after before earlier later penultimate ad ides nones kalends calends over across throughout""".split()) \
    | holidays.WORDS
# A hedge leads a date only after "of" ("the end of around next week"); before a number it is the number's.
_HEDGES = frozenset("around about roughly approximately".split())
_FORMS = {
    "digit": "range nth wdweek wdoffset wddom domrel weekofmonth numeric nummonth dmysep slash md dm halfyear quarter part offset ahead span dom my era decade year",
    "month": "range nth weekofmonth md dm roman part monthoff my",
    "season": "season",
    "weekday": "holiday nth wdweek afternext wdoffset wddom md dm weekday",
    "unit": "holiday domrel weekofmonth halfyear quarter part offset ahead span sequel relative day wdweek",
    "holiday": "holiday",
    "eom": "eom",
    "ordinal": "range nth domrel weekofmonth md dm halfyear quarter dom",
}
_REGEXES = {kind: re.compile(r"(?<![\w])(?=[\w.])(?:" + "|".join(_group(name, p) for name, p in _PATTERNS if name in forms.split()) + ")",
                             re.IGNORECASE) for kind, forms in _FORMS.items()}
# Each form's own groups, full name and the name within the form: a match reads only those (a grammar has some
# 150 groups, and a match fills a few).
_GROUPS = sorted({g for grammar in _REGEXES.values() for g in grammar.groupindex})
FORM_GROUPS = {name: [(g, g.split("_", 1)[1]) for g in _GROUPS if g.startswith(name + "_")] for name, _ in _PATTERNS}
_DIGITS = re.compile(r"\d+")
# [^\W_] is a letter or digit, exactly str.isalnum().
_ANCHOR_WORDS = words_regex(_ANCHORS, r"(?<![^\W_])", r"(?![^\W_])")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^\w]{1,3}$")
# A month written against its day ("Feb13"): the digits' only lead that touches them.
_GLUED_MONTH = re.compile(r"(?<![a-z])([a-z]+)$")
_MONTH_SET = frozenset(_MONTH_WORDS)


def _anchors(text: str, low: str) -> list[tuple[int, str]]:
    """Where the anchoring words and digits stand: one pass of a trie of the words over the lower-cased text.

    A word counts only between characters that are not letters or digits; "twenty-first" holds a second
    anchor, "first", after its hyphen (the only anchors that hold another)."""
    found = [(m.start(), "digit") for m in _DIGITS.finditer(text)]
    for m in _ANCHOR_WORDS.finditer(low):
        word = m.group()
        at = m.start()
        found.append((at, _ANCHORS[word]))
        if "-" in word:
            tail = word.index("-") + 1
            if word[tail:] in _ANCHORS:
                found.append((at + tail, _ANCHORS[word[tail:]]))
    found.sort()
    return found


def matches(text: str):
    """The grammar's matches in `text`, left to right, none overlapping: each its form's named group."""
    low = text.lower()
    if len(low) != len(text):
        low = text  # lower-casing moved offsets (a few letters such as "İ"): search the text as it is
    covered = 0
    for p, kind in _anchors(text, low):
        if p < covered:
            continue
        starts = [p]
        if kind == "digit" and p and low[p - 1].isalpha():
            glued = _GLUED_MONTH.search(low, max(covered, p - 9), p)
            if glued and (glued.group(1) in _MONTH_SET or glued.group(1) == "q"):  # "Feb13"; "Q3 2012"
                starts.append(glued.start())
        while len(starts) < 6:  # the words just before that can open the same date
            lead = _WORD_BEFORE.search(low, max(covered, starts[-1] - 16), starts[-1])
            if not lead or (lead.group(1) not in _LEADS and lead.group(1) not in _ANCHORS):
                if not lead or lead.group(1) not in _HEDGES:
                    break
                of = _WORD_BEFORE.search(low, max(covered, lead.start() - 6), lead.start())
                if not of or of.group(1) != "of":
                    break
            starts.append(lead.start())
        grammar = _REGEXES[kind]
        for ws in reversed(starts):
            m = grammar.match(text, ws)
            if m and m.end() > p:
                covered = m.end()
                yield m
                break
