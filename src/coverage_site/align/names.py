"""People across sources: one person however each outlet spells or shortens the name.

People are one referent across sources when their surnames match and their
given names are compatible (equal, an initial, a middle name added, a usual
nickname, or a spelling variant); a spelling variant is reported, not hidden.
Street and building names spelt two ways are matched here too (`names_spelt_alike`).
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

# Particles a family name may carry in one source and drop in another ("LaCalamita" / "Calamita").
_NAME_PARTICLES = ("la", "le", "de", "di", "da", "del", "van", "von", "mc", "mac", "o'", "st")
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


@dataclass(frozen=True)
class Person:
    """A name split for matching: given names (with initials) and the family name."""

    given: tuple[str, ...]
    family: str

    @classmethod
    def parse(cls, name: str) -> Person:
        words = [w.strip(",").lower() for w in name.split() if w.strip(",").lower() not in _SUFFIXES]
        if not words:
            return cls((), "")
        return cls(tuple(w.rstrip(".") for w in words[:-1]), words[-1])


def phonetic(word: str) -> str:
    """A spelling-neutral form of a name: Catherine and Katherine give "katerin", Robyn and Robin "robin"."""
    w = word.lower()
    w = re.sub(r"^c(?=[aou])", "k", w).replace("ph", "f").replace("ck", "k").replace("th", "t").replace("y", "i")
    w = w[:1] + re.sub(r"(?<![csw])h", "", w[1:])
    w = re.sub(r"(.)\1", r"\1", w)
    return w[:-1] if len(w) > 3 and w.endswith("e") else w


def spelt_alike(a: str, b: str) -> bool:
    """Two spellings of one name: the same spelling-neutral form, or one letter apart inside a name of
    six letters or more (an ending that differs, Daniel / Daniela, Mario / Maria, is another name)."""
    pa, pb = phonetic(a), phonetic(b)
    if pa == pb:
        return True
    return min(len(pa), len(pb)) >= 6 and pa[-1] == pb[-1] and Levenshtein.distance(pa, pb) <= 1


_POSSESSIVE = re.compile(r"['’]s\b")


def names_spelt_alike(a: str, b: str) -> bool:
    """Two names that differ in one word only, spelt alike: a letter or an ending apart in a long word
    ("Independent" / "Independence", "Main" / "Maine"), never two different words ("North" / "South")."""
    wa, wb = _POSSESSIVE.sub("", a).split(), _POSSESSIVE.sub("", b).split()
    if wa == wb or len(wa) != len(wb):
        return False
    diff = [(x, y) for x, y in zip(wa, wb) if x.lower() != y.lower()]
    if len(diff) != 1:
        return False
    x, y = (w.lower() for w in diff[0])
    if spelt_alike(x, y):
        return True
    shorter = min(len(x), len(y))
    common = len(os.path.commonprefix([x, y]))
    return shorter >= 7 and abs(len(x) - len(y)) <= 2 and common >= shorter - 2


def _family_variant(a: str, b: str) -> bool:
    """The same family name spelt two ways: a particle dropped, or the same sound."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 5 and long_.endswith(short) and long_[: len(long_) - len(short)] in _NAME_PARTICLES:
        return True
    return len(short) >= 5 and spelt_alike(a, b)


def _given_match(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[bool, bool]:
    """(compatible, spelt differently) for two lists of given names and initials."""
    if not a or not b:
        return True, False
    fa, fb = a[0], b[0]
    if fa == fb or (len(fa) == 1 or len(fb) == 1) and fa[0] == fb[0]:
        return True, False
    # A leading initial in one source: "W. Mark Felt" / "Mark Felt".
    if any(x == fb for x in a[1:]) or any(x == fa for x in b[1:]):
        return True, False
    if nickname_of(fa, fb):
        return True, False  # "Bill" and "William": one name, not a misspelling
    if len(fa) >= 3 and len(fb) >= 3 and spelt_alike(fa, fb):
        return True, True
    return False, False


@functools.cache
def _nicknamer():
    from nicknames import NickNamer

    return NickNamer()


def nickname_of(a: str, b: str) -> bool:
    """Whether one given name is a usual nickname of the other (Bill / William, Kate / Katherine)."""
    x, y = a.lower(), b.lower()
    names = _nicknamer()
    return y in names.nicknames_of(x) or x in names.nicknames_of(y)


def same_person(a: str, b: str) -> tuple[bool, bool]:
    """(one person, spelt differently) for two full names given by different sources."""
    pa, pb = Person.parse(a), Person.parse(b)
    if not pa.family or not pb.family or not _family_variant(pa.family, pb.family):
        return False, False
    if not pa.given or not pb.given:
        return pa.family == pb.family, False  # a bare surname matches only its exact spelling
    given_ok, given_differs = _given_match(pa.given, pb.given)
    if not given_ok:
        return False, False
    family_differs = pa.family != pb.family
    if family_differs and pa.given[0] != pb.given[0]:
        return False, False  # two differences at once is two people
    return True, given_differs or family_differs


def people_clusters(names: list[str]) -> dict[str, str]:
    """Map each full name the story's sources give to one key per real person."""
    keys: dict[str, str] = {}
    reps: list[str] = []
    for name in sorted(set(names), key=lambda n: (-len(n.split()), n)):
        for rep in reps:
            if same_person(rep, name)[0]:
                keys[name] = rep
                break
        else:
            reps.append(name)
            keys[name] = name
    return keys
