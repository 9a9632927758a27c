"""Issue #15: the cheap tests that let a reader skip a regex give exactly the answers of the regex alone.

Each reader below first asks something cheap (is one of a pattern's words in the text? does the text before a
name end in a title word?) and runs its regex only when the answer allows a match. These tests hold the
shortcut to the pattern: on probes built from each pattern's own words, and on ECB+ text.
"""

from __future__ import annotations

import json
import re

import pytest

from coverage_site.claims import attribution, events, people, places, quantities
from coverage_site.claims.wordscan import expand
from tests.conftest import ECBPLUS


@pytest.fixture(scope="module")
def ecb_texts() -> list[str]:
    if not ECBPLUS.exists():
        pytest.skip("the shared ECB+ corpus is not here")
    lines = ECBPLUS.read_text(encoding="utf-8").splitlines()[:150]
    return ["\n".join(json.loads(line)["sentences"]) for line in lines]


def test_lower_casing_to_one_character_never_changes_whether_a_character_is_a_word_character():
    # `events._matches` looks for word starts on the lower-cased text; `events._ALL` checks them on the text.
    word = re.compile(r"\w")
    for code in range(0x110000):
        c = chr(code)
        low = c.lower()
        if len(low) == 1:
            assert bool(word.match(c)) == bool(word.match(low)), hex(code)


def test_event_scan_finds_what_the_whole_lexicon_finds(ecb_texts):
    probes = ["President Obama's presidency", "re-arrested; unreturned; Arrested. SET FREE", "the returns and fall",
              "a crackdown-related raid, the airstrikes and air strikes", "rose, risen, rise; deaths-dead"]
    for text in probes + ecb_texts:
        assert [m.span() for m in events._matches(text)] == [m.span() for m in events._ALL.finditer(text)], text


def test_attribution_words_are_in_every_match():
    for sentence in ["The toll rose, according to the ministry.", "It rose, as per the Red Cross.",
                     "It rose, as stated by officials.", "It rose, as reported by AP.", "It rose, citing police.",
                     "Yonhap News reported the toll.", "The Red Cross said in a report that it rose."]:
        assert attribution.reported_by(sentence), sentence
    for p, words in attribution._PATTERNS:
        for sentence in ["Police reported it", "according to Reuters.", "as  per AP.", "citing officials,"]:
            if p.search(sentence):
                assert any(w in sentence for w in words), (p.pattern, sentence)


def test_title_before_a_name_matches_the_title_grammar(ecb_texts):
    words = expand(people._HEADS) + expand(people._PORTFOLIO) + expand(people._MODIFIERS)
    probes = [f"{lead}{w}{space}" for w in words for lead in ("said ", "U.S. ", "the Vice-", "")
              for space in (" ", "  ", " \n", "", "\n")]
    probes += [p.upper() for p in probes[::7]] + [p.title() for p in probes[::5]]
    probes += ["said Deputy Secretary of State ", "Attorney  General ", "Secretary of the Treasury ",
               "President-elect ", "Sheriff’s Deputy ", "Minister of Foreign Affairs "]
    probes += [text[max(0, at - 60):at] for text in ecb_texts for at in range(0, len(text), 37)]
    for before in probes:
        fast, slow = people._title_before(before), people._TITLE_BEFORE.search(before)
        assert (fast and fast.span()) == (slow and slow.span()), before


def test_speaker_pattern_tries_only_letters_its_branches_start_with(ecb_texts):
    every_letter = re.compile(people._SPEAKER.pattern.replace("(?=[A-Zsatyhwin])", "(?=[A-Za-z])", 1))
    assert every_letter.pattern != people._SPEAKER.pattern
    probes = ["Ann Lee said it.", "said Ann Lee.", "Mr. Lee left.", "Ann Lee, 45, left.", "Ann Lee, a nurse, left.",
              "a 45-year-old Ann Lee", "a 45 year old Ann Lee", "his name was Ann Lee", "Her name is Ann Lee",
              "identified him as Ann Lee", "named Ann Lee", "The man's name is Ann Lee", "according to Ann Lee"]
    for text in probes + ecb_texts:
        assert [m.span() for m in people._SPEAKER.finditer(text)] == [m.span() for m in every_letter.finditer(text)]


@pytest.mark.parametrize("pattern,words,probes", [
    (places._FEATURE, places._FEATURE_WORDS,
     ["Mount Everest", "Mt. Fuji", "Lake Erie", "Cape Cod", "Isle of Man", "Gulf of Mexico", "Bay of Bengal",
      "Sea of Japan", "Strait of Hormuz", "Red Sea", "Pacific Ocean", "Hudson River", "Napa Valley",
      "Rhone Glacier", "Jeju Island", "Canary Islands", "Korean Peninsula", "Bering Strait", "Grand Canyon",
      "Mojave Desert", "Hudson Bay", "Rocky Mountains", "Yosemite National Park", "Hubei Province",
      "Aichi Prefecture", "Kurdistan Region", "Gangnam District", "Queens Borough"]),
    (places._STREET, places._STREET_WORDS,
     ["Hope Street", "Main St.", "Park Avenue", "Fifth Ave.", "Abbey Road", "Mill Rd.", "Sunset Boulevard",
      "Ocean Blvd.", "Penny Lane", "Mulholland Drive", "Pacific Highway", "Garden State Parkway", "Melrose Place",
      "117th Street", "State Route 94", "Route 66", "Interstate 95", "Highway 1"]),
    (quantities._NONE_HURT, quantities._HARM_WORDS,
     ["No one was injured.", "nobody else was hurt", "No one has been killed", "no one is wounded",
      "No injuries were reported", "no other serious deaths have been reported", "There were no reports of injuries",
      "no immediate report of any casualties", "There have been no fatalities"]),
])
def test_a_pattern_matches_only_where_one_of_its_words_stands(pattern, words, probes, ecb_texts):
    for probe in probes:
        assert pattern.search(probe), probe
        assert any(w in probe for w in words), probe
    for text in ecb_texts:
        for m in pattern.finditer(text):
            assert any(w in m.group() for w in words), m.group()
