"""The claim readers never raise, whatever the text (property-based, with hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coverage_site.claims import extract_claims
from coverage_site.read import parse_article

NEWSY = st.sampled_from([
    "more than", "about", "nearly", "300", "1,200", "1.2 million", "hundreds of", "between", "and", "$7 billion",
    "Friday", "last week", "Sept. 30", "2025-09-14", "29 October 2023", "Deputy Secretary of State", "Christopher Landau",
    "Park Yoon-joo", "Seoul", "Bryan County, Georgia", "“", "”", '"', "``", "''", "(KCTU)", "said", "he said.",
    "did not", "reportedly", "released", "deported", "[", "]", "\n\n", ". ", ", ", "-", "%", "U.S.", "Mr.",
])
ADVERSARIAL = [
    "9" * 5000, "1," * 3000 + "1", "$" * 2000, "“" * 3000, '"' * 4001, "``" * 2000 + "''",
    "\u202eRTL override\u202c اَلْعَرَبِيَّةُ", "e\u0301" * 2000, "Z\u0351\u0352\u0353" * 500, "a" * 100_000,
    "Mr. " * 5000, "more than more than " * 2000, "between 1 and " * 1000, "\x0b\x0c\u2028\u2029",
    "(" * 5000 + ")" * 5000, "Deputy " * 3000 + "Landau", "in " * 5000 + "Seoul", "\ud7ff\ue000\uffff",
]


def read_everything(text: str, name: str = "x.txt") -> None:
    article, _ = parse_article(text, name)
    claims = extract_claims(article)
    for c in claims:
        assert article.text[c.start:c.end] == c.text
        assert c.sentence in article.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text_never_raises(text):
    read_everything(text)
    read_everything(text, "x.md")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(NEWSY, st.text(max_size=6)), max_size=60).map(" ".join))
def test_newsy_fragments_never_raise(text):
    read_everything(text)


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_adversarial_strings_never_raise(text):
    read_everything(text)
    read_everything(text, "x.md")
