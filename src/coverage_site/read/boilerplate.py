"""Recognise page furniture pasted along with an article, by its shape.

Link-bait ("Also Check Out: <headline>"), follow-us calls, bare links, comment
policies, syndication disclaimers and share bars are not reporting: they are
removed from the text before any claim is read. Each rule describes a *kind*
of line, never a particular article's words.
"""

from __future__ import annotations

import re

# "Also Check Out: Some Headline In Title Case" / "READ MORE: ..." / "Related: ..."
_LABEL_WORDS = r"(?:also|read|check|watch|see|related|more|recommended|trending|must|don'?t|do not|click|listen|top|latest|popular|suggested|explore|editor'?s|further)"
_LINK_BAIT = re.compile(rf"^\s*{_LABEL_WORDS}\b[\w' ]{{0,30}}:\s*(?P<rest>.+)$", re.IGNORECASE)
_FOLLOW = re.compile(
    r"^\s*(?:follow|join|subscribe|like|download|get)\b.{0,120}\b(?:channel|whatsapp|telegram|facebook|twitter|instagram|youtube|tiktok|google news|newsletter|app|on x)\b",
    re.IGNORECASE,
)
_URL_ONLY = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
_COMMENTS = re.compile(r"\bcomments?\b", re.IGNORECASE)
_COMMENT_POLICY = re.compile(
    r"\b(?:posted|refrain|derogatory|obscene|abusive|moderat\w*|views expressed|not from|responsible for|offensive)\b",
    re.IGNORECASE,
)
_SYNDICATION = re.compile(
    r"\b(?:auto-generated|syndicated feed|not been edited by|all rights reserved|copyright ©|©\s*\d{4})",
    re.IGNORECASE,
)
_FURNITURE = re.compile(
    r"^\s*(?:advertisement|story continues below|share (?:this|on)\b.*|click here\b.*|sign up\b.*newsletter.*|skip to (?:main )?content)\s*$",
    re.IGNORECASE,
)


def is_boilerplate(line: str) -> bool:
    """Return True when a paragraph is page furniture rather than reporting."""
    text = line.strip()
    if not text:
        return False
    if _URL_ONLY.match(text) or _FURNITURE.match(text):
        return True
    m = _LINK_BAIT.match(text)
    if m and _reads_like_headline(m.group("rest")):
        return True
    if len(text) < 240 and _FOLLOW.match(text):
        return True
    if _COMMENTS.search(text) and _COMMENT_POLICY.search(text) and len(text) < 600:
        return True
    return bool(_SYNDICATION.search(text)) and len(text) < 400


def _reads_like_headline(text: str) -> bool:
    """A headline: no closing full stop, and most long words capitalised."""
    text = text.strip()
    if not text or text.endswith(".") and not text.endswith("..."):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    if len(words) < 2:
        return False
    caps = sum(w[0].isupper() for w in words)
    return caps / len(words) >= 0.6


def reads_like_headline(text: str) -> bool:
    """Return True for a line shaped like a title: short, no full stop, capitalised."""
    words = text.split()
    if not 3 <= len(words) <= 30 or len(text) > 220:
        return False
    if text.rstrip()[-1] in ".:;,":
        return False
    return _reads_like_headline(text)
