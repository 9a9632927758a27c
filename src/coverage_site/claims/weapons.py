"""The kind of gun or blade a story's attack was made with: rifle, shotgun, handgun, knife.

"Brought a rifle into the building" and "the shotgun slaying" name different weapons; "a .38-caliber
revolver" and "a handgun" name one kind. `find(text)` returns each mention with its kind. Not read: a
weapon word that modifies another noun ("a handgun permit", "the shotgun formation", "a rifle
association"), and the weapons of police or soldiers ("deputies descended with dogs and rifles", "an
officer fired his handgun", "her service pistol").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = {
    "rifle": r"(?:assault\s+|semi-?automatic\s+|hunting\s+)?rifles?|AR-15s?|AK-?\s?47s?",
    "shotgun": r"(?:\d{2}\s?-\s?gauge\s+(?:pump\s?-\s?action\s+)?)?shotguns?",
    "handgun": r"handguns?|pistols?|revolvers?|\.\s?(?:22|25|32|38|357|380|40|44|45)\s?-?\s?caliber(?:\s+(?:gun|weapon))?",
    "knife": r"knife|knives|machete",
}
_WEAPON = re.compile("|".join(rf"(?P<{k}>(?<![\w.-])(?:{v})(?![\w-]))" for k, v in KINDS.items()), re.IGNORECASE)
# A weapon word before another noun names that noun: "handgun permit", "rifle association", "Shotgun formation".
_MODIFIES = re.compile(r"\s*(?:permits?|licen[cs]es?|ban|laws?|control|associations?|club|range|formation|"
                       r"owners?|sales?|shows?|makers?|manufacturers?|industry|lobby|rights)\b", re.IGNORECASE)
_ARMED_FORCE = re.compile(r"\b(?:police|officers|deputies|troopers|SWAT|agents|soldiers|troops|commandos|marines|guards)\s+"
                          r"(?:[\w'’-]+\s+){0,5}(?:with|carrying|armed\s+with|wielding)\s+(?:[\w'’-]+\s+){0,3}$"
                          # "an officer fired his handgun", "drew her service pistol": the officer's own weapon
                          r"|\b(?:officer|deputy|trooper|agent|policeman|policewoman|soldier|guard)s?\b[^.;]{0,60}?"
                          r"\b(?:his|her|their)\s+(?:own\s+)?(?:service\s+)?$|\bservice\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class WeaponMention:
    start: int
    end: int
    kind: str  # one of KINDS


# Every weapon word holds one of these: a text without them (most texts) is passed over at once.
_ANY = ("rifle", "shotgun", "handgun", "pistol", "revolver", "caliber", "knif", "kniv", "machete")


def find(text: str) -> list[WeaponMention]:
    """The weapons `text` names as weapons, left to right."""
    low = text.lower()
    if not any(w in low for w in _ANY) and "AK" not in text and "AR-15" not in text:
        return []
    out = []
    for m in _WEAPON.finditer(text):
        if _MODIFIES.match(text, m.end()) or _ARMED_FORCE.search(text, max(0, m.start() - 90), m.start()):
            continue
        out.append(WeaponMention(m.start(), m.end(), m.lastgroup))
    return out
