"""The word tries the readers scan with match exactly what the word lists they replace match."""

from __future__ import annotations

import re

import pytest

from coverage_site.claims import holidays, people
from coverage_site.claims.calendar_math import ORDINALS
from coverage_site.claims.wordscan import expand, trie, words_regex


def test_expand_reads_the_constructs_of_the_word_lists():
    assert expand(r"chair(?:man|woman)?|sen\.|labou?r|defen[cs]e|attorney\s+general") == [
        "chairman", "chairwoman", "chair", "sen.", "labour", "labor", "defence", "defense", "attorney general"]


def test_trie_prefers_the_longer_word_like_a_list_longest_first():
    words = ["sep", "sept", "september", "attorney", "attorney general"]
    pattern = re.compile(trie(words))
    assert pattern.match("september 5").group() == "september"
    assert pattern.match("sept. 5").group() == "sept"
    assert pattern.match("attorney  general").group() == "attorney  general"  # a space in a word is \s+
    assert pattern.match("attorneys").group() == "attorney"


@pytest.mark.parametrize("source", [people._MODIFIERS, people._HEADS, people._PORTFOLIO, holidays._NAMES,
                                    "|".join(sorted(ORDINALS, key=len, reverse=True))])
def test_trie_matches_what_the_list_matches(source):
    old = re.compile(rf"(?i:{source})(?![A-Za-z])")  # as in the readers: a title word ends before a non-letter
    new = re.compile(rf"(?i:{trie(expand(source))})(?![A-Za-z])")
    words = expand(source)
    probes = words + [w.upper() for w in words] + [w + "s" for w in words] + [w[:-1] for w in words if len(w) > 2]
    for text in probes:
        a, b = old.match(text), new.match(text)
        assert (a and a.group()) == (b and b.group()), text


def test_words_regex_finds_whole_words_only():
    found = [m.group() for m in words_regex(["may", "march"], r"(?<![a-z])", r"(?![a-z])").finditer("mayor march may")]
    assert found == ["march", "may"]
