"""align/names.py: one person across sources, however each outlet spells or shortens the name."""

from __future__ import annotations

import pytest

from coverage_site.align.names import phonetic, same_person, spelt_alike


@pytest.mark.parametrize("a, b, same, differs", [
    ("Donald Trump", "Donald John Trump", True, False),
    ("Michael Bloomberg", "Michael R. Bloomberg", True, False),
    ("W. Mark Felt", "Mark Felt", True, False),
    ("Katherine Gomes", "Kathryn Gomes", True, True),
    ("Robyn Mendes", "Robin Mendes", True, True),
    ("Anthony LaCalamita", "Anthony Calamita", True, True),
    ("John Smith", "Joan Smith", False, False),
    ("Alan Gomes", "Catherine Gomes", False, False),
])
def test_people_match_by_surname_and_compatible_given_names(a, b, same, differs):
    assert same_person(a, b) == (same, differs)


def test_spelling_neutral_names():
    assert phonetic("Catherine") == phonetic("Katherine") and phonetic("Robyn") == phonetic("Robin")
    assert spelt_alike("Katherine", "Kathryn") and spelt_alike("Jon", "John")
    assert not spelt_alike("John", "Joan") and not spelt_alike("Maria", "Mario") and not spelt_alike("Daniel", "Daniela")
