"""Quotes with speakers, events with polarity and modality, organisations with acronyms."""

from __future__ import annotations

import pytest

from coverage_site.claims import events, orgs, people, quotes


def speakers(text):
    return [(q.quote, q.speaker, q.partial) for q in quotes.find(text, people.find(text))]


def test_speaker_after_the_quote_and_pronouns():
    text = ('KCTU Senior Vice Chairman Lee Tae-hwan spoke first. "Stop the crackdowns," he said. '
            '"The union will fight on."')
    assert speakers(text) == [("Stop the crackdowns", "Lee Tae-hwan", False),
                              ("The union will fight on.", "Lee Tae-hwan", False)]


def test_speaker_named_after_the_quote_with_a_long_title():
    text = '"Do you really think so?" KCTU Senior Vice Chairman Lee Tae-hwan asked.'
    assert speakers(text) == [("Do you really think so?", "Lee Tae-hwan", False)]


def test_speaker_before_the_quote_and_curly_quotes():
    text = "Prosecutor Terry White told The Post: “I hear she’s on her way to LAX.”"
    assert speakers(text) == [("I hear she’s on her way to LAX.", "Terry White", False)]


def test_partial_quote_belongs_to_the_sentences_subject():
    text = "Minister Park Yoon-joo labeled Landau’s visit as “timely”, given the recent raid."
    assert speakers(text) == [("timely", "Park Yoon-joo", True)]


def test_quote_across_sentences_and_tex_quotes():
    text = "`` We appreciate your respect. Thank you,'' the actress's rep Jack Ketsoyan told the magazine."
    assert speakers(text) == [("We appreciate your respect. Thank you", "Jack Ketsoyan", False)]


def test_unclosed_quote_stops_at_the_paragraph():
    text = '"This never closes, said nobody\n\nNext paragraph "quoted" here.'
    found = quotes.spans(text)
    assert text[found[0][0]:found[0][1]].endswith("nobody")


def test_a_quote_over_two_paragraphs_closes_in_the_second():
    text = ('"I am thrilled to come back to the stage.\n\n'
            'As they say, the second act is the best one," Mara Voss said in a statement.')
    assert speakers(text)[-1] == ("As they say, the second act is the best one", "Mara Voss", False)
    assert not [q for q in speakers(text) if "said in a statement" in q[0]]


@pytest.mark.parametrize("sentence,predicate,polarity,modality", [
    ("The workers were deported to South Korea on Friday.", "deport", "positive", "asserted"),
    ("They were released and allowed to return home.", "release", "positive", "asserted"),
    ("The ministry did not confirm the figure.", "confirm", "negative", "asserted"),
    ("The workers would not face disadvantages.", "penalize", "negative", "asserted"),
    ("He was reportedly arrested at the airport.", "detain", "positive", "hedged"),
    ("Police may have detained dozens.", "detain", "positive", "hedged"),
    ("Shares fell 4 percent.", "fall", "positive", "asserted"),
])
def test_events(sentence, predicate, polarity, modality):
    first = events.find(sentence)[0]
    assert (first.predicate, first.polarity, first.modality) == (predicate, polarity, modality)


def test_meeting_held_is_not_a_detention():
    assert [e.predicate for e in events.find("In a meeting held in Seoul, the two spoke.")] == ["meet"]
    assert [e.predicate for e in events.find("They were held for a week in a detention facility.")][:1] == ["detain"]


def test_organisations_and_acronyms():
    text = ("Activists and the Korean Confederation of Trade Unions (KCTU) rallied. The KCTU said the "
            "Ministry of Justice and Hyundai Motor Group and LG Energy Solution had not replied.")
    found = [(text[o.start:o.end], o.name, o.acronym) for o in orgs.find(text)]
    assert found == [
        ("Korean Confederation of Trade Unions", "Korean Confederation of Trade Unions", "KCTU"),
        ("KCTU", "Korean Confederation of Trade Unions", "KCTU"),
        ("Ministry of Justice", "Ministry of Justice", None),
        ("Hyundai Motor Group", "Hyundai Motor Group", None),
        ("LG Energy Solution", "LG Energy Solution", None),
    ]


def test_organisation_names_do_not_cross_paragraphs():
    text = "He visited the U.S.\n\nThe U.S. Embassy in Seoul did not comment."
    assert [text[o.start:o.end] for o in orgs.find(text)] == ["U.S. Embassy"]


@pytest.mark.parametrize("text, speaker", [
    # A pronoun is the paragraph's current speaker or the sentence subject, not the last name seen.
    ('Senator Ann Lee met Mayor Tom Park on Monday. "We made progress," she added.', "Ann Lee"),
    ('"We will rebuild," Ann Lee said. Tom Park nodded. "And fast," she added.', "Ann Lee"),
    # A described speaker is the person introduced with that title.
    ('Governor Ann Lee spoke after Tom Park. "We will rebuild," the governor said.', "Ann Lee"),
    ('"The plan is sound," says Ann Lee, the mayor.', "Ann Lee"),
    ('"The plan is sound," Ann Lee said in a statement.', "Ann Lee"),
    ('Ann Lee responded: "The plan is sound."', "Ann Lee"),
    ('Ann Lee continued, "There is more to do."', "Ann Lee"),
    ('Ann Lee defended the plan, saying, "It is sound and it is fair."', "Ann Lee"),
    ('Ann Lee, who met Tom Park on Friday, told reporters: "We disagree on taxes."', "Ann Lee"),
    # Unresolved stays unresolved.
    ('"We are ready," a spokesman said.', None),
    ('"Stay inside," one witness recalled.', None),
])
def test_the_grammar_of_reporting(text, speaker):
    assert speakers(text)[-1][1] == speaker


def test_a_programme_title_or_nickname_in_quotation_marks_is_not_a_quote():
    assert speakers('Lee said on "Meet the Press" that the plan was sound.') == []
    assert speakers('Carlo, the "Teflon Don" of the docks, was jailed.') == []


def test_one_organisation_under_its_short_and_long_names():
    assert orgs.identity("Hyundai Motor Group") == orgs.identity("Hyundai Motor") == "hyundai motor"
    assert orgs.identity("Acme Corp.") == orgs.identity("The Acme Corporation") == "acme"
    text = "Seoul's foreign ministry said so. The Foreign Ministry agreed."
    assert {o.name for o in orgs.find(text)} == {"Foreign Ministry"}


def test_a_negation_covers_only_the_few_words_before_the_predicate():
    from coverage_site.claims import events

    def polarity(text, word):
        return next(e.polarity for e in events.find(text) if text[e.start:e.end].lower().startswith(word))

    assert polarity("Officials did not comment on the report of the deaths at the mine.", "deaths") == "positive"
    assert polarity("The workers would not face long-term penalties.", "penalties") == "negative"
    assert polarity("The manager didn’ t return a call.", "return") == "negative"
    assert polarity("Ross would definitely not be returning to direct.", "returning") == "negative"


def test_a_quote_is_given_to_two_people_only_when_each_sentence_names_its_one_speaker():
    from tests.test_align import story_of

    def clashes(*texts):
        story, _ = story_of(*texts)
        return [f for f in story.facets if f.kind == "quote" and f.verdict == "conflict"]

    words = "We are proud to open the new bridge to everyone"
    assert clashes(f'"{words}," said Ann Lee.', f'"{words}," said Tom Park.')
    # Two speakers named together, one of them given the words by another outlet.
    assert not clashes(f'"{words}," said Ann Lee and Tom Park.', f'"{words}," said Tom Park.')
    # One person named shorter or longer, or spelt two ways.
    assert not clashes(f'"{words}," said Mayor Lee Ann Berg.', f'"{words}," said Ann Berg.')
    assert not clashes(f'"{words}," said Karolos Pappas.', f'"{words}," said Carolos Pappas.')
    # A speaker found only from the sentence before (a pronoun) is not named by the quote's sentence.
    assert not clashes(f'Tom Park spoke first. "{words}," he said.', f'"{words}," said Ann Lee.')
    # Not a clash when one sentence names both people, but the row does not pretend one speaker either.
    story, _ = story_of(f'"{words}," Mayor Ann Lee said.', f'"{words}," said Governor Tom Park, who came with Ann Lee.')
    (row,) = [f for f in story.facets if f.kind == "quote"]
    assert row.verdict != "conflict" and "to different speakers" in row.explanation and "Tom Park" in row.explanation


def test_a_time_is_of_the_predicate_in_its_own_clause_and_a_traffic_stop_is_one_predicate():
    text = "Troopers pulled the singer over on the interstate around 2:30 a.m., but arrested him for drunk driving."
    evs = events.find(text)
    at = text.index("around")
    assert events.in_clause(evs, text, at, at + len("around 2:30 a.m.")).predicate == "stop"
    from tests.test_align import story_of

    story, _ = story_of(text, "The singer was driving his van at about 2 a.m. Saturday when a trooper stopped him.")
    (f,) = [f for f in story.facets if f.kind == "time"]
    assert f.label == "Time of the traffic stop"
    assert f.verdict == "conflict"  # 1:50-2:10 against 2:20-2:40: half an hour apart, past both hedges
    assert "“at about 2 a.m.” (Outlet 1, 01:50 to 02:10)" in f.explanation


def test_every_form_of_the_event_lexicon_opens_with_literal_letters_so_the_fast_scan_is_used():
    # One form without them sends every text through the whole alternation, three times slower.
    assert events._ALL_PREFIXED


def test_predicates_that_recur_or_move_are_rows_but_anchor_no_place_day_or_figure():
    from tests.test_align import story_of

    text_a = "Warplanes bombed Kadugli on Monday, officials said."
    assert [e.predicate for e in events.find(text_a)] == ["bomb"]
    assert {e.predicate for e in events.find("The driver fled the scene; it was a hit-and-run.")} == {"flee"}
    story, _ = story_of(text_a, "The bombing of Talodi killed two people, officials said.")
    assert any(f.label == "Bombing (what happened)" and f.verdict == "agree" for f in story.facets)
    assert all(f.verdict != "conflict" for f in story.facets)  # two towns bombed are not two places of one bombing


def test_a_name_after_initials_is_still_a_name_not_a_verb():
    """After "U. S." the rest of a sentence is short and full of names, but it is no title-case headline:
    "Rose Garden" is a place, not the verb rise."""
    text = ("The president named her the U. S. Surgeon General during a ceremony in the White House Rose "
            "Garden Monday, July 13, 2009.")
    assert "rise" not in [e.predicate for e in events.find(text)]
    assert "rise" in [e.predicate for e in events.find("Death Toll Rises To 40 After Quake\n\nRescuers dug on.")]


@pytest.mark.parametrize("text", [
    "The team declined to provide the value of the offer.",
    "In a recent press release, the party urged the government to act.",
    "The company has not given a release date.",
    "Police released a statement on Monday.",
])
def test_refusals_and_publications_are_not_falls_or_releases(text):
    assert not [e.predicate for e in events.find(text) if e.predicate in ("fall", "release")]


def test_a_fall_and_a_release_are_still_read():
    assert [e.predicate for e in events.find("Sales declined 5 percent and the workers were released.")] == ["fall", "release"]


@pytest.mark.parametrize("text, predicate", [
    ("Hikers discovered the wreck on Sunday.", "find"),
    ("The missing boy was found alive in a barn.", "find"),
    ("She will be arraigned in district court on Monday.", "arraign"),
    ("He appeared in court in a wheelchair.", "arraign"),
    ("The judge announced her retirement last spring.", "retire"),
    ("The old mill burned down in 1998.", "burn"),
    ("A storm destroyed the pier.", "destroy"),
    ("The clerk was terminated two weeks ago.", "fire"),
    ("She left office in 1998.", "retire"),
    ("He left the agency for a job in banking.", "retire"),
    ("She lost her mother to cancer in 2001.", "die"),
    ("The driver was found unconscious and unresponsive.", "unconscious"),
    ("The suspect is terminally ill.", "ill"),
])
def test_finding_arraignment_retirement_and_destruction_are_predicates(text, predicate):
    assert predicate in {e.predicate for e in events.find(text)}


@pytest.mark.parametrize("text", ["The city terminated the contract.", "The jury found him guilty of fraud.",
                                  "The audit found that costs had doubled.",
                                  "She found out about it later.", "A court found the company liable."])
def test_a_verdict_a_conclusion_or_an_ended_contract_is_not_a_finding_or_a_dismissal(text):
    assert not {"find", "fire"} & {e.predicate for e in events.find(text)}


def test_two_places_of_finding_are_not_compared_since_two_things_may_be_found():
    """The suspect found in one place and the victims in another are two finds, not a disagreement on one."""
    from tests.test_align import story_of

    story, _ = story_of("The suspect was found hiding in a shed on Elm Road, police said.",
                        "The victims were found in a flat on Oak Street, police said.")
    assert all(f.verdict != "conflict" for f in story.facets)
    dated, _ = story_of("The bodies were found on Tuesday in a flat.", "The bodies were discovered on Tuesday, police said.")
    assert any(f.label.endswith("discovery") and f.kind == "date" and f.verdict == "agree" for f in dated.facets)


@pytest.mark.parametrize("text", ["The fee was not disclosed.", "They paid an undisclosed sum.",
                                  "The club declined to give the value of the bid.", "The amount was unspecified."])
def test_a_value_kept_back_is_the_negative_of_disclose(text):
    assert [(e.predicate, e.polarity) for e in events.find(text)] == [("disclose", "negative")]


def test_a_happening_said_of_no_one_joins_the_row_unless_it_says_it_is_another():
    from tests.test_align import story_of

    story, _ = story_of("Rangers arrested Tom Beale near the dam.", "Tom Beale was arrested near the dam on Sunday.",
                        "He was arrested after a short chase.",
                        "Marta Vos was arrested in June. It was the second such arrest this year.")
    rows = {frozenset(c.sentence for c in f.claims) for f in story.facets if f.label == "Detention (what happened)"}
    assert frozenset({"Rangers arrested Tom Beale near the dam.", "Tom Beale was arrested near the dam on Sunday.",
                      "He was arrested after a short chase."}) in rows
    assert frozenset({"It was the second such arrest this year."}) in rows


def test_a_fine_is_no_haul():
    """"Fined him $5,000" after "the robbery": the amount is the fine, not what was stolen, so it is never compared
    with another source's haul."""
    text = "A judge jailed Mark Doyle on Friday for the 2019 robbery and fined him $5,000."
    at = text.index("$5,000")
    assert events.nearest(events.find(text), at, at + 6).predicate == "fine"
    from tests.test_align import story_of

    story, _ = story_of(text, "Robbers stole $20,000 from the bank in 2019, police said.")
    assert not any(f.verdict == "conflict" for f in story.facets if f.kind == "money")
