"""Organisations: `coverage_site.claims.orgs.find(text)`.

A capitalised name that ends in an organisation word ("Hyundai Motor Group",
"Rebuilding Korea Party", "Ministry of Justice"), and acronyms linked to the
long form they stand for ("Korean Confederation of Trade Unions (KCTU)" makes
every later "KCTU" the same organisation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ORG_WORDS = (
    "Group|Solution|Solutions|Ministry|Department|Party|Union|Unions|Confederation|Association|Council|Committee|"
    "Court|University|College|School|Company|Corporation|Corp\\.?|Inc\\.?|Ltd\\.?|LLC|Co\\.|Agency|Embassy|Bank|Fund|"
    "Institute|Foundation|Organization|Organisation|Service|Services|Airlines|Airways|Motor|Motors|Electronics|"
    "Industries|Holdings|Partners|Network|Commission|Authority|Administration|Bureau|Office|Federation|League|"
    "Coalition|Alliance|Army|Navy|Police|Assembly|Parliament|Senate|Congress|Government|Club|Times|Post|Journal|"
    "Tribune|Herald|News|Press|Broadcasting|Television|Radio|Guard|Forces|Board|Center|Centre|Hospital|Church|Team"
)
_CAP = r"(?:[A-Z][A-Za-z&'’.-]*|of|for|de)"
# "of Justice", "of Trade and Industry" — but not "of Justice and Hyundai Motor Group".
_OF = r"[ ]+of[ ]+(?:the[ ]+)?[A-Z][a-z]+(?:[ ]+[A-Z][a-z]+){0,2}(?:[ ]+and[ ]+[A-Z][a-z]+\b(?![ ]+[A-Z]))?"
_ORG = re.compile(rf"\b(?:[A-Z][A-Za-z&'’.-]*[ ]+)(?:{_CAP}[ ]+){{0,5}}?(?:{ORG_WORDS})(?:[ ]+(?:{ORG_WORDS}))*\b(?:{_OF})?"
                  rf"|\b(?:Ministry|Department|Bureau|Office|Council|Court|University|Bank){_OF}")
# Ministries written in lower case ("Seoul's foreign ministry"): the same body as "the Foreign Ministry".
_PORTFOLIOS = r"foreign|defen[cs]e|finance|justice|interior|health|education|labou?r|trade|unification|economy|environment"
_LOWER_MINISTRY = re.compile(rf"\b(?P<what>{_PORTFOLIOS})\s+ministry\b")
_ACRONYM_DEF = re.compile(r"\s*\((?P<acr>[A-Z][A-Z0-9&]{1,7})\)")
_LEAD_OFF = re.compile(r"^(?:The|A|An|In|On|At|For|By|With|According|Citing|Since|After|From|To)\s+")


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    name: str  # long form when known
    acronym: str | None


# Words that name the legal form or the family of companies, not which organisation it is.
_FORM = re.compile(r"^(?:the\s+)|\s+(?:group|inc\.?|corp\.?|corporation|co\.?|company|ltd\.?|llc|plc|holdings)$", re.IGNORECASE)


def identity(name: str) -> str:
    """One key per organisation across sources: "Hyundai Motor Group" and "Hyundai Motor" are one."""
    key = name.lower()
    while True:
        shorter = _FORM.sub("", key)
        if shorter == key or not shorter:
            return key
        key = shorter


def find(text: str) -> list[OrgMention]:
    """Return organisation mentions, acronyms resolved to their long form."""
    found: list[OrgMention] = []
    acronyms: dict[str, str] = {}
    for m in _ORG.finditer(text):
        start, name = m.start(), m.group()
        lead = _LEAD_OFF.match(name)
        if lead:
            start, name = start + lead.end(), name[lead.end():]
        if len(name.split()) < 2:
            continue
        acr = _ACRONYM_DEF.match(text, m.end())
        acronym = acr.group("acr") if acr else None
        if acronym:
            acronyms[acronym] = name
        found.append(OrgMention(start, start + len(name), name, acronym))
    for m in _LOWER_MINISTRY.finditer(text):
        if not any(o.start <= m.start() < o.end for o in found):
            found.append(OrgMention(m.start(), m.end(), f"{m.group('what').title()} Ministry", None))
    for acronym, name in acronyms.items():
        for m in re.finditer(rf"(?<![(\w]){re.escape(acronym)}(?![\w)])", text):
            if not any(o.start <= m.start() < o.end for o in found):
                found.append(OrgMention(m.start(), m.end(), name, acronym))
    return sorted(found, key=lambda o: o.start)
