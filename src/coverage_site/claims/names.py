"""Given names, for telling people from places and organisations without a title nearby.

The list is the name dictionary shipped by `gender-guesser` (Jörg Michael's
~45,000 international given names); we use only its names, not its genders.
"""

from __future__ import annotations

import functools
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
    return cached("given-names", ("gender-guesser",), _parse_names)


def _parse_names() -> frozenset[str]:
    data = resources.files("gender_guesser").joinpath("data", "nam_dict.txt").read_text(encoding="utf-8", errors="replace")
    names = set()
    for line in data.splitlines():
        if not line or line[0] in "#=" or len(line) < 30:
            continue
        name = line[3:29].strip()
        if name and "+" not in name and " " not in name:
            names.add(name.lower())
    return frozenset(names)


# Entries of the dictionary that are, in news text, ordinary words or place-name parts.
NOT_GIVEN = frozenset(
    """the a an and but for man red may will san santa new star sun long young grand little big old north south east
    west saint st fort mount lake port bay day news police court state city county street van de la le al golden""".split()
)


def is_given_name(word: str) -> bool:
    w = word.lower()
    return len(w) > 1 and w not in NOT_GIVEN and w in given_names()
