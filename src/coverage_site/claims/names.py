"""Given names and surnames, for telling people from places and organisations without a title nearby.

Two licence-compatible sources: the 1990 US Census name files shipped by the
`names` package (MIT; the data is public domain: 5,494 given names, 88,799
surnames) and the person-name lists of Faker's locales (MIT: about 20,000
given names and 16,000 surnames from some 80 locales, so "Wladimir" and
"Gaetano" are names too). A given name alone is not enough to make a person
("Hope", "Paris" and "Jordan" are words and places too): `people` also wants
the surname on a list, or said again on its own later in the text.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from importlib import resources

from coverage_site.usercache import cached

# Family names that open Korean, Chinese and Vietnamese names ("Park Yoon-joo").
EAST_ASIAN_SURNAMES = frozenset(
    """Kim Lee Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Go
    Moon Yang Son Bae Baek Heo Nam Sim Noh Ha Kwak Sung Cha Joo Woo Koo Min Ryu Na Jin Ji Um Byun Chae Won Bang Chun
    Yeo Pyo Ra Wang Li Zhang Liu Chen Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Xi Nguyen Tran Le Pham
    Phan Vu Dang Bui Do Ho Ngo Duong Ly""".split()
)


@functools.cache
def given_names() -> frozenset[str]:
    """Lower-cased given names; parsed once per installation, then loaded from the user cache."""
    return _lists()[0]


@functools.cache
def surnames() -> frozenset[str]:
    """Lower-cased surnames."""
    return _lists()[1]


@functools.cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    return cached("person-names", ("names", "faker"), _build)


def _build() -> tuple[frozenset[str], frozenset[str]]:
    given = _census("dist.male.first", "dist.female.first")
    last = _census("dist.all.last")
    faker_given, faker_last = _faker()
    return frozenset(given | faker_given), frozenset(last | faker_last)


def _census(*files: str) -> set[str]:
    out = set()
    for name in files:
        data = resources.files("names").joinpath(name).read_text(encoding="ascii", errors="replace")
        out.update(line.split()[0].lower() for line in data.splitlines() if line.strip())
    return out


_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ'’-]+")


def _faker() -> tuple[set[str], set[str]]:
    import faker.providers.person as person

    given: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        if provider is None:
            continue
        for attr, into in (("first_names", given), ("first_names_male", given), ("first_names_female", given),
                           ("first_names_nonbinary", given), ("last_names", last)):
            value = provider.__dict__.get(attr)
            if isinstance(value, (dict, list, tuple, set, frozenset)):
                into.update(n.lower() for n in value if _LATIN.fullmatch(n))
    return given, last


# Entries of the lists that are, in news text, ordinary words or place-name parts.
NOT_GIVEN = frozenset(
    """the a an and but for man red may will san santa new star sun long young grand little big old north south east
    west saint st fort mount lake port bay day news police court state city county street van de la le al golden
    china india iran israel chad""".split()
)


@functools.cache
def common_words() -> frozenset[str]:
    """English words at least as common as "downtown" (wordfreq, Zipf ≥ 4.2): a capitalised one opens a
    headline ("Near Houston") more often than a name."""
    def build() -> frozenset[str]:
        from wordfreq import get_frequency_dict

        return frozenset(w for w, f in get_frequency_dict("en").items() if f >= 10 ** (4.2 - 9))

    return cached("common-words-4.2", ("wordfreq",), build)


def is_given_name(word: str) -> bool:
    w = word.lower()
    return len(w) > 1 and w not in NOT_GIVEN and w in given_names()


def is_surname(word: str) -> bool:
    w = word.lower()
    return len(w) > 1 and w not in NOT_GIVEN and w in surnames()
