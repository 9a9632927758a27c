"""Markers a fact-checker would sign: values are compared only when they are about one referent.

Each test pins one pattern of false conflicts seen on real coverage, with sentences of our own.
"""

from __future__ import annotations

import pytest

from coverage_site.align.names import same_person
from coverage_site.claims import times
from tests.test_align import facet_for, story_of


def conflicts(story):
    return [f for f in story.facets if f.verdict == "conflict"]


# 1. Aligned by referent, not by kind ------------------------------------------------------

def test_figures_of_different_things_are_never_compared():
    story, _ = story_of("The plan pays for 4,000 police officers.", "The package costs $500 million, officials said.")
    assert not conflicts(story)
    story, _ = story_of("Two states sued over the rule on Monday.", "The rule applies in 23 states, the agency said.")
    assert not conflicts(story)


def test_bare_numbers_are_not_compared_but_equal_figures_agree():
    story, _ = story_of("The bill passed 51 to 49.", "It needed 60 to clear the hurdle.")
    assert not conflicts(story)
    story, _ = story_of("The company will pay $334 million for the startup.", "The deal is worth $334 million.")
    f = facet_for(story, "$334 million")
    assert f.verdict == "agree" and len({c.article for c in f.claims}) == 2


def test_figures_a_factor_apart_are_not_one_referent():
    story, _ = story_of("Only 6 people were injured in the blast.", "Some 300 people were injured in the blast.")
    assert not conflicts(story)


def test_same_thing_counted_differently_is_a_conflict_with_both_sides_named():
    story, _ = story_of("The quake in Qeshm injured five people, officials said.", "The quake in Qeshm injured two people.")
    f = facet_for(story, "five")
    assert f.verdict == "conflict"
    assert "“five” (Outlet 0" in f.explanation and "“two” (Outlet 1" in f.explanation


def test_a_later_report_is_named_when_publication_dates_are_known():
    story, _ = story_of("The blast in Dover killed 30 people.", "The blast in Dover killed 45 people.",
                        published=["2024-05-06", "2024-05-07"])
    f = facet_for(story, "30")
    assert f.verdict == "conflict"
    assert "later report (Outlet 1, 2024-05-07)" in f.explanation and "“45”" in f.explanation


def test_a_figure_given_for_two_predicates_is_compared_under_both():
    story, _ = story_of("Over 300 workers were detained but have since returned home.",
                        "A total of 316 workers returned home on Friday.")
    f = facet_for(story, "316")
    assert f.verdict == "compatible" and {c.text for c in f.claims} == {"Over 300", "316"}


# 2. Quotes and their speakers --------------------------------------------------------------

def test_a_partly_named_speaker_is_not_a_different_speaker():
    story, _ = story_of('"We are delighted to welcome her back," Meron said.',
                        '"We are delighted to welcome her back," producer Neil Meron said.')
    f = next(f for f in story.facets if f.kind == "quote")
    assert f.verdict != "conflict"


def test_a_quoted_nickname_is_not_words_given_to_two_people():
    story, _ = story_of('Ray Carlo, known as the "Iron Man", was jailed.', 'Tom Brill, the "Iron Man" of the docks, was jailed.')
    assert not conflicts(story)


# 3. One person, two names --------------------------------------------------------------------

def test_a_spelling_difference_is_said():
    story, _ = story_of("Police named the victim as Katherine Gomes.", "The victim, Kathryn Gomes, lived nearby.")
    f = next(f for f in story.facets if f.kind == "person")
    assert f.verdict == "conflict" and f.conflict_type == "name"
    assert "Katherine Gomes" in f.explanation and "Kathryn Gomes" in f.explanation


# 4. Titles ------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Rep. Ann Lee spoke.", "Representative Ann Lee spoke."),
    ("Sen. Ann Lee spoke.", "Majority Leader Ann Lee spoke."),
    ("Publicist Ann Lee confirmed it.", "Spokeswoman Ann Lee confirmed it."),
    ("Acting Director Ann Lee resigned.", "Director Ann Lee resigned."),
    ("Dr. Ann Lee was named.", "Surgeon General Ann Lee was named."),
])
def test_titles_that_can_both_hold_are_not_a_conflict(a, b):
    story, _ = story_of(a, b)
    f = next(f for f in story.facets if f.kind == "person")
    assert f.verdict != "conflict", f.explanation


# 5. Word senses -------------------------------------------------------------------------------

def test_a_second_attempt_is_not_a_duration_and_tax_returns_are_not_a_return():
    story, _ = story_of("Lee released his tax returns on Monday, a second attempt.", "Lee returned home on Monday.")
    assert not conflicts(story)


# 6. Time ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, start, end", [
    ("The first call came at 3:33 a.m. on Tuesday.", "03:33", "03:33"),
    ("Shots rang out around 10:30 a.m., witnesses said.", "10:20", "10:40"),
    ("He was stopped at about 1 a.m. Sunday.", "00:50", "01:10"),
    ("The vote closed at noon.", "12:00", "12:00"),
    ("It struck at 14:05 GMT.", "14:05", "14:05"),
])
def test_times_of_day(text, start, end):
    (t,) = times.find(text)
    assert (t.value()["start"], t.value()["end"]) == (start, end)


def test_times_of_day_are_not_counts():
    story, _ = story_of("The fire began at 3:33 a.m., officials said.", "The fire began at 3:30 a.m.")
    assert not any(f.kind == "count" for f in story.facets)


# 7. Explanations cite their own values ------------------------------------------------------

def test_an_explanation_gives_each_claim_its_own_reading():
    import re

    from coverage_site.align.verdicts import quantity_interval

    story, _ = story_of("More than 40 people died in the fire in Dover. Fewer than 50 people died in the fire in Dover.",
                        "70 people died in the fire in Dover.")
    f = facet_for(story, "70")
    assert f.verdict == "conflict"
    by_text = {c.text: c for c in f.claims}
    cited = re.findall(r"“([^”]+)” \(Outlet \d, ([^)]+)\)", f.explanation)
    assert cited
    for text, reading in cited:
        assert reading == quantity_interval(by_text[text]).describe(), f.explanation


@pytest.mark.parametrize("body, not_an_event", [
    ("He released his tax returns on Monday.", "returns"),
    ("The vote is due in the fall.", "fall"),
    ("The right-wing party held its congress in winter.", "wing"),
    ("Thieves robbed the Harry Winston store.", "Winston"),
])
def test_word_senses_that_are_not_the_happening(body, not_an_event):
    from coverage_site.claims import extract_claims
    from coverage_site.read import parse_article

    a = parse_article(f"---\ntitle: T\nsource: O\npublished: 2024-05-06\n---\n{body}\n", "content/articles/x.md")[0]
    assert not any(c.kind == "event" and c.text == not_an_event for c in extract_claims(a))


def test_a_given_name_opening_a_persons_name_is_not_a_place():
    from coverage_site.claims import extract_claims
    from coverage_site.read import parse_article

    a = parse_article("---\ntitle: T\nsource: O\n---\nPaul Ryan told reporters he would vote no.\n", "content/articles/x.md")[0]
    assert not any(c.kind == "place" for c in extract_claims(a))


def test_a_figures_own_verb_wins_over_the_clause_before():
    story, _ = story_of("Some 30 people were killed and 55 others injured.", "The strike wounded around 100 people.")
    f = facet_for(story, "55")
    assert f.verdict == "conflict" and "around 100" in f.explanation


def test_unresolved_relative_dates_match_nothing_but_weekdays_match_their_day():
    story, _ = story_of("She will host the show this year.", "He hosted the show this year.", published=[None, None])
    assert all(len({c.article for c in f.claims}) == 1 for f in story.facets if f.kind == "date")
    story, _ = story_of("The talks ended Monday.", "Talks ended on Monday.", published=[None, None])
    f = facet_for(story, "Monday")
    assert f.verdict == "agree" and len({c.article for c in f.claims}) == 2


def test_one_happening_timed_minutes_apart_conflicts_hours_apart_does_not():
    story, _ = story_of("The first call came at 3:33 a.m., fire chief Jon Owen said.",
                        "Owen said the call came in at 3:30 a.m.")
    f = facet_for(story, "3:33 a.m.")
    assert f.kind == "time" and f.verdict == "conflict" and "03:30" in f.explanation
    story, _ = story_of("The first call came at 3:33 a.m., fire chief Jon Owen said.",
                        "Owen said the call came in at 9:30 a.m.")
    assert not conflicts(story)


def test_a_close_call_is_not_compared_and_says_why():
    story, _ = story_of("Only 6 people were injured in the blast.", "Some 300 people were injured in the blast.")
    f = facet_for(story, "6")
    assert f.verdict != "conflict"
    assert "Not compared with “Some 300” (Outlet 1): one figure is more than three times the other." in f.explanation


def test_one_predicate_said_of_two_people_is_two_referents():
    story, _ = story_of("Police arrested Jamal Willis on Sunday. A previous arrest was in March.",
                        "Teammate Vince Jackson was arrested on Tuesday, police said.")
    for f in story.facets:
        if f.kind in ("date", "event"):
            assert len({c.article for c in f.claims}) == 1, (f.label, [c.text for c in f.claims])


def test_a_date_modifies_the_verb_not_the_happening_it_governs():
    from coverage_site.claims import extract_claims
    from coverage_site.read import parse_article

    body = "Her publicist confirmed her death to reporters on Thursday."
    a = parse_article(f"---\ntitle: T\nsource: O\npublished: 2024-05-06\n---\n{body}\n", "content/articles/x.md")[0]
    (day,) = [c for c in extract_claims(a) if c.kind == "date"]
    assert day.event == "confirm"


def test_the_places_compared_are_not_their_own_shared_participants():
    # Both sentences name Korea and the US; that is what they compare, not who they are about.
    story, _ = story_of("The workers were detained in the United States, officials in South Korea said.",
                        "After their detention in South Korea, said officials in the United States, talks began.")
    assert not conflicts(story)


def test_a_spelling_difference_groups_the_sources_that_agree():
    story, _ = story_of("The victim, Robyn Mendes, lived nearby.", "Police named her as Robyn Norma Mendes.",
                        "The victim was Robin Mendes, police said.")
    f = next(f for f in story.facets if f.kind == "person" and f.verdict == "conflict")
    assert "Outlet 0 and Outlet 1 write Robyn Mendes; Outlet 2 writes Robin Mendes" in f.explanation


@pytest.mark.parametrize("a, b", [
    ("Lt. Gov. Ann Lee spoke.", "Gov. Ann Lee spoke."),
    ("Vice President Ann Lee spoke.", "President Ann Lee spoke."),
    ("Deputy Secretary of State Ann Lee spoke.", "Secretary of State Ann Lee spoke."),
])
def test_one_office_at_two_ranks_is_a_title_conflict(a, b):
    story, _ = story_of(a, b)
    f = next(f for f in story.facets if f.kind == "person")
    assert (f.verdict, f.conflict_type) == ("conflict", "role"), f.explanation


# Ages of people the text describes rather than names ----------------------------------------

def ages(story):
    return [f for f in story.facets if f.kind == "age" and len({c.article for c in f.claims}) > 1]


def test_a_described_age_belongs_to_the_name_it_stands_beside():
    story, _ = story_of("Police arrested Marten Olsby, 44, on Friday.",
                        "The man arrested, Marten Olsby, a 45 - year - old man from the harbour, was released.")
    (f,) = ages(story)
    assert f.verdict == "conflict" and f.label == "Age of Marten Olsby"
    assert {c.text for c in f.claims} == {"44", "45 - year - old"}


def test_a_described_age_anywhere_else_is_never_given_to_a_named_person():
    # "an 11-year-old girl was wounded by Ivo Darel": the only name of the sentence is someone else;
    # "the 53-year-old man": the person an article names most may not be the one meant.
    story, _ = story_of("Police said Ivo Darel, 20, fired from the roof.",
                        "An 11-year-old girl was wounded by Ivo Darel, police said.",
                        "Ivo Darel wept as the verdict was read. Prosecutor Ana Holt said the 53-year-old man "
                        "had planned it for years. Darel will appeal.")
    assert not [f for f in story.facets if f.verdict == "conflict"]


# What a duration is the length of ---------------------------------------------------------

def test_a_duration_of_a_named_thing_is_compared_by_that_thing():
    story, _ = story_of("Ferries stayed in port on the ninth day of the Baltic strike; after 9 days of the Baltic "
                        "strike in Tallinn, talks resumed.",
                        "Talks resumed in Riga after 10 days of a costly Baltic strike against the port owners.")
    (f,) = [f for f in story.facets if f.kind == "duration" and len({c.article for c in f.claims}) > 1]
    assert f.verdict == "conflict" and f.label.startswith("Length of the")
    story, _ = story_of("After three days of talks in Oslo the deal was signed.",
                        "After five days of protests in Lima the deal was signed.")
    assert not [f for f in story.facets if f.kind == "duration" and f.verdict == "conflict"]


# One street spelt two ways ------------------------------------------------------------------

def test_one_street_spelt_two_ways_is_a_name_conflict_that_says_who_wrote_what():
    story, _ = story_of("The fire started in a house on Independent Avenue in Dunmore.",
                        "Neighbours on Independence Avenue said the house had been empty.")
    (f,) = [f for f in story.facets if f.kind == "place" and len({c.article for c in f.claims}) > 1]
    assert (f.verdict, f.conflict_type) == ("conflict", "name")
    assert "Outlet 0 writes Independent Avenue" in f.explanation and "Outlet 1 writes Independence Avenue" in f.explanation


def test_streets_with_different_words_are_different_streets():
    from coverage_site.align.names import names_spelt_alike
    assert not names_spelt_alike("North Street", "South Street")
    assert not names_spelt_alike("Elm Street", "Elm Avenue")
    assert names_spelt_alike("Kingsbridge Road", "Kingsbrige Road")
    story, _ = story_of("The march began on North Street in Dunmore.", "The march ended on South Street in Dunmore.")
    assert not [f for f in story.facets if f.kind == "place" and f.verdict == "conflict"]


# Values that name no referent of their own -----------------------------------------------

def test_a_bare_date_joins_the_one_facet_holding_the_same_day():
    story, _ = story_of("The minister resigned on 3 March 2021 after the vote.",
                        "It was 3 March 2021, a cold day in the capital.")
    f = facet_for(story, "3 March 2021")
    assert f.verdict == "agree" and len({c.article for c in f.claims}) == 2


def test_a_bare_value_stays_alone_where_two_facets_hold_it_or_only_a_year_matches():
    def home(story, article):
        return next(f for f in story.facets if f.kind == "date" and any(c.article == article for c in f.claims))

    story, _ = story_of("The minister resigned on 3 March 2021.", "Her deputy was appointed on 3 March 2021.",
                        "It was 3 March 2021, a cold day in the capital.")
    assert {c.article for c in home(story, "r2").claims} == {"r2"}
    story, _ = story_of("The minister resigned in 2021 after the vote.", "The capital had a cold winter in 2021.")
    assert {c.article for c in home(story, "r1").claims} == {"r1"}


def test_a_place_named_as_where_joins_the_one_place_facet_of_that_name_a_modifier_does_not():
    def home(story, article):
        return next(f for f in story.facets if f.kind == "place" and any(c.article == article for c in f.claims))

    story, _ = story_of("The ministers met in Geneva on Monday.", "Delegates flew to Geneva at dawn.")
    assert {c.article for c in home(story, "r1").claims} == {"r0", "r1"}
    story, _ = story_of("The ministers met in Geneva on Monday.", "Delegates gathered at her Geneva apartment at dawn.")
    assert {c.article for c in home(story, "r1").claims} == {"r1"}


def test_a_nickname_is_the_same_person_and_not_a_misspelling():
    assert same_person("Bob Hanley", "Robert Hanley") == (True, False)
    assert same_person("Peggy Olsen", "Margaret Olsen") == (True, False)
    assert same_person("Bob Hanley", "Richard Hanley") == (False, False)
    story, _ = story_of("Treasurer Bob Hanley resigned on Monday.", "Robert Hanley, the treasurer, resigned on Monday.")
    f = facet_for(story, "Robert Hanley")
    assert len({c.article for c in f.claims}) == 2 and f.verdict != "conflict"


# Figures that are somebody's: statistics, scores and magnitudes ------------------------------

def test_counts_of_things_need_a_shared_name_a_toll_of_people_does_not():
    story, _ = story_of("He finished the season with 404 yards and two touchdowns.",
                        "Dorsey ran for 189 yards and two touchdowns in his last two games.")
    assert not [f for f in story.facets if f.verdict == "conflict"]
    story, _ = story_of("The storm killed 12 people on the coast.", "Officials said 20 people were killed in the storm.")
    assert [f for f in story.facets if f.verdict == "conflict" and f.kind == "count"]


def test_a_number_that_names_nothing_is_compared_only_under_a_verb_that_befalls_people():
    story, _ = story_of("At least 40 died in the blast, police said.", "Police said 25 died in the blast.")
    assert [f for f in story.facets if f.verdict == "conflict" and f.kind == "count"]
    story, _ = story_of("The home side won 20 of its games.", "They won 31, the club said.")
    assert not [f for f in story.facets if f.verdict == "conflict"]
    story, _ = story_of("Police shot him 11 times.", "He was shot seven times by police.")
    assert not [f for f in story.facets if f.verdict == "conflict"]


def test_a_fractional_count_is_a_measure_never_a_disputed_number_of_things():
    story, _ = story_of("The 5.6 tremor hit the island on Sunday.", "A 6.1 tremor hit the island on Sunday.")
    assert not [f for f in story.facets if f.verdict == "conflict" and f.kind == "count"]


def test_figures_in_a_line_of_statistics_are_not_compared_a_toll_still_is():
    story, _ = story_of("Running back Tom Dorsey finished the season with 404 yards and two touchdowns on 106 carries.",
                        "Running back Tom Dorsey has 548 yards, 28 receptions and three touchdowns this season.")
    assert not [f for f in story.facets if f.verdict == "conflict"]
    story, _ = story_of("Running back Tom Dorsey ran for 404 yards this season.",  # one figure a sentence: compared
                        "Running back Tom Dorsey ran for 548 yards this season.")
    assert [f for f in story.facets if f.verdict == "conflict" and f.kind == "count"]
    story, _ = story_of("On Qeshm island 10 people were killed, 40 injured and 3 villages flattened.",
                        "On Qeshm island 10 people were killed and 80 injured.")
    assert [f for f in story.facets if f.verdict == "conflict" and f.kind == "count"]


def test_how_badly_people_were_hurt_is_a_toll_of_its_own():
    story, _ = story_of("The mortar killed 12 people and wounded 40 others, six of them critically.",
                        "Medics said 12 were dead and 40 wounded, 18 critically.")
    f = facet_for(story, "six")
    assert f.verdict == "conflict" and {c.text for c in f.claims} == {"six", "18"}
    assert f.label == "Critically injured"
    assert facet_for(story, "40").verdict == "agree"  # all the wounded are not the critically wounded


def test_an_age_given_with_a_name_suffix_is_that_persons_age():
    story, _ = story_of("Carl Brandt III, 44, was charged on Friday.", "Police said Carl Brandt, 45, fired twice.")
    f = facet_for(story, "44")
    assert f.kind == "age" and f.verdict == "conflict" and {c.text for c in f.claims} == {"44", "45"}


def test_the_same_number_of_the_same_things_under_other_verbs_is_one_figure():
    story, _ = story_of("Two rockets landed near the depot on Friday.", "Two rockets struck near the depot, officials said.")
    f = facet_for(story, "Two")
    assert f.verdict == "agree" and len({c.article for c in f.claims}) == 2
    # Different numbers under different verbs stay apart: which rockets each counts is unclear.
    story, _ = story_of("Two rockets landed near the depot on Friday.", "Five rockets were fired at the depot.")
    assert not conflicts(story)


def test_what_is_counted_ends_before_a_preposition():
    story, _ = story_of("Outages hit Asia when three undersea cables between Italy and Egypt were damaged.",
                        "Three undersea cables were damaged near Egypt, the operator said.")
    f = facet_for(story, "three")
    assert f.verdict == "agree" and len({c.article for c in f.claims}) == 2
    assert "Italy" not in f.label


def test_a_figure_in_a_sentence_opening_with_another_month_is_background():
    story, _ = story_of("Three undersea cables were damaged off Egypt on Friday.",
                        "In March, five undersea cables were damaged off Egypt, disrupting traffic.")
    assert not conflicts(story)


def test_a_noun_in_en_is_not_a_verb():
    story, _ = story_of("Police arrested a man over the 1967 slayings of two women at the shop.",
                        "Two young women were killed in 1967 at the shop.")
    labels = [f.label for f in story.facets if f.kind == "count"]
    assert "Women women" not in labels and all("betwe" not in x for x in labels)
    f = facet_for(story, "two")
    assert len({c.article for c in f.claims}) == 2 and f.verdict == "agree"


def test_a_clock_time_no_verb_governs_joins_the_happening_whose_time_it_meets():
    story, _ = story_of("The bus hit the cyclist at about 8 p.m. near the bridge.",
                        "Paramedics were called at 8:02 p.m., a spokesman said.")
    f = facet_for(story, "8:02 p.m.")
    assert f.verdict == "compatible" and len({c.article for c in f.claims}) == 2
    assert f.explanation.startswith("All times can hold at once")
    # Readings that only touch at an end are not one time: "around 4:00" and "about 4:20".
    story, _ = story_of("The guests arrived around 4:00 p.m. at the hall.", "A meeting began at about 4:20 p.m.")
    assert len({c.article for c in facet_for(story, "at about 4:20 p.m.").claims}) == 1


def test_an_unnamed_accused_is_the_suspect_the_other_sources_name():
    story, _ = story_of("Police on Monday arrested a 52-year-old, retired woman over the 1988 fire.",
                        "Police have arrested and charged Edna Mae Corliss, age 53, over the 1988 fire.")
    f = facet_for(story, "52-year-old")
    assert f.verdict == "conflict" and f.label == "Age of Edna Mae Corliss"
    assert "names no one: read as the age of the one arrested" in f.explanation
    story, _ = story_of("Dale Porter III, 38, had been arrested after a chase.",
                        "The prosecutor said the 39-year-old Clinton man shot his former co-workers.")
    assert facet_for(story, "39-year-old").verdict == "conflict"


def test_a_victims_age_or_two_suspects_ages_are_not_the_accused():
    story, _ = story_of("Dale Porter, 38, had been arrested after a chase.",
                        "An 11-year-old girl was wounded in the shooting, police said.")
    assert not conflicts(story)
    story, _ = story_of("Dale Porter, 38, and Ann Porter, 35, were arrested on Friday.",
                        "Police arrested a 40-year-old man on Friday.")
    assert not conflicts(story)


def test_the_value_of_what_was_stolen_is_one_amount_in_each_currency():
    story, _ = story_of("Armed robbers made off with $90 million of watches from a Milan store.",
                        "Thieves stole watches valued at 60 million euros ($70 million) from the Milan store.")
    f = facet_for(story, "$90 million")
    assert f.verdict == "conflict" and f.label == "Amount stolen"
    assert {c.text for c in f.claims} == {"$90 million", "$70 million"}  # euros are not compared with dollars
    story, _ = story_of("Robbers made off with $90 million of watches from a Milan store.",
                        "The store had paid $20 million for its new vault, its owner said.")
    assert not conflicts(story)


def test_a_birth_date_is_not_the_day_of_a_death():
    story, _ = story_of("Born May 2, 1931, in Toledo; he died December 19 at the prison hospital.",
                        "He died at the prison hospital in Toledo on Monday morning, a spokesman said.")
    assert not conflicts(story)
    assert facet_for(story, "May 2, 1931").label == "Day of the birth"


def test_the_day_a_death_was_reported_is_not_the_day_of_the_death():
    story, _ = story_of("Ned Varga was found dead in his motel room in Biloxi, it was reported Wednesday.",
                        "The coroner said he believes Ned Varga died Saturday in Biloxi.")
    assert not conflicts(story)


def test_a_firms_name_is_not_a_person_spelt_two_ways():
    story, _ = story_of("He worked at Harmon Advisors, a small accounting firm in Troy.",
                        "Calls to Harmon Advisers, a firm in Troy, went unanswered.")
    assert not conflicts(story)
    assert not [f for f in story.facets if f.kind == "person"]


def test_a_figure_of_what_will_happen_is_not_compared_with_what_happened():
    story, _ = story_of("Running back Dee Bush will miss the final two games, the Detroit club said.",
                        "Running back Dee Bush missed the next four games after surgery, the Detroit club said.")
    assert not conflicts(story)
    # A modal of another clause does not make the figure's own verb unreal.
    story, _ = story_of("He may have killed himself because 89 people were arrested in the sweep in Palermo.",
                        "Police in Palermo said 60 people were arrested in the sweep.")
    assert conflicts(story)


def test_figures_are_compared_by_the_people_of_their_own_clause():
    story, _ = story_of("Jamal Reed rushed for 226 yards while Pete Hollis added 101 yards.",
                        "Pete Hollis rushed for 101 yards on Sunday.")
    assert not conflicts(story)


def test_a_sentence_opening_with_earlier_this_year_is_background():
    story, _ = story_of("A gunman killed two people at the plant on Friday, police said.",
                        "Earlier this year, a gunman killed three people at another plant, police said.")
    assert not conflicts(story)


def test_a_sheriffs_deputy_who_is_a_sergeant_holds_both():
    story, _ = story_of("The gunman shot Deputy Sgt. Hal Tinsley outside the courthouse.",
                        "The gunman shot Sgt. Hal Tinsley, a county sheriff's deputy, outside the courthouse.")
    assert facet_for(story, "Deputy Sgt. Hal Tinsley").verdict != "conflict"
    story, _ = story_of("He killed County Sheriff's Deputy Ray Ochoa in June.", "He murdered Deputy Sheriff Ray Ochoa.")
    f = facet_for(story, "Deputy Sheriff Ray Ochoa")
    assert f.verdict != "conflict" and len({c.article for c in f.claims}) == 2
    story, _ = story_of("Deputy Secretary Lin Marr spoke.", "Secretary Lin Marr spoke.")  # still two offices
    assert facet_for(story, "Secretary Lin Marr").verdict == "conflict"


def test_a_figure_is_counted_under_the_verb_it_is_the_object_of():
    story, _ = story_of("Police sought a man suspected of shooting three people, killing one, at the firm.",
                        "One person died and two were hurt in the shooting at the firm, police said.")
    assert facet_for(story, "three").label == "People shot"
    assert not conflicts(story)


def test_more_of_them_is_not_a_total():
    story, _ = story_of("Five people died in the quake in Aceh. Another four people died in hospital in Aceh.",
                        "Seven people died in the quake in Aceh, officials said.")
    f = facet_for(story, "four")
    assert f.verdict != "conflict" and "one counts more of them" in f.explanation


def test_an_amount_is_explained_as_a_reporter_writes_it():
    story, _ = story_of("Robbers made off with $90 million of watches from a Milan store.",
                        "Thieves stole watches valued at an estimated $70 million from the Milan store.")
    f = facet_for(story, "$90 million")
    assert "(Outlet 0, $90 million)" in f.explanation and "$63 million to $77 million" in f.explanation


def test_an_age_after_a_surname_alone_is_that_persons_age():
    story, _ = story_of("He is charged in the death of Kafoury, 63, and the shootings of Riva, 47, and Stein, 48.",
                        "The gunman killed receptionist Madeline Kafoury, 63, at the firm, killing Dan Riva, 40")
    f = facet_for(story, "63")
    assert f.kind == "age" and f.verdict == "agree" and len({c.article for c in f.claims}) == 2
    assert not [f for f in story.facets if f.kind == "count" and f.label.startswith("Number killed")]
    assert facet_for(story, "40").kind == "age"  # an age that ends the sentence is an age too


def test_a_bound_ties_only_the_same_bound():
    story, _ = story_of("Of the 288 candidates, 202 are under 45 years old, the commission said.",
                        '"I still do not know whom to vote for," said Maral, 45, a resident of the capital.')
    assert not conflicts(story)


def test_two_quakes_of_different_magnitudes_are_two_happenings_whose_tolls_never_join():
    story, _ = story_of("A magnitude 5.8 earthquake struck the coast on Sunday, injuring four people.",
                        "A magnitude-4.9 aftershock on Monday injured two people, officials said.",
                        "The Sunday quake injured four people and damaged homes.")
    injured = [f for f in story.facets if f.kind == "count" and "injured" in f.label.lower()]
    assert all(f.verdict != "conflict" for f in injured)
    assert any("different magnitudes" in f.explanation for f in injured)
    (event,) = [f for f in story.facets if f.kind == "event" and f.label.startswith("Injuries") and len(f.claims) > 1]
    assert "r1" not in {c.article for c in event.claims}  # the aftershock's injuries are another happening


def test_a_conflict_cites_the_values_most_sources_give():
    story, _ = story_of("The fire killed nine people.", "The fire killed at least 20 people.",
                        "The fire killed 12 people.", "The fire killed 12 people, police said.",
                        "The fire killed 12 people overnight.")
    (f,) = [f for f in story.facets if f.kind == "count" and f.verdict == "conflict"]
    assert "“12”" in f.explanation and "“nine”" in f.explanation and "at least 20" not in f.explanation


def test_a_weekday_no_verb_governs_joins_the_one_happening_dated_to_that_weekday():
    # Undated articles: the weekday cannot be resolved to a day, yet a story's week has one Sunday.
    story, _ = story_of("The singer died on Sunday at her home, her publicist said.",
                        "Fans gathered outside the house on Sunday with flowers.", published=[None, None])
    (f,) = [f for f in story.facets if f.kind == "date"]
    assert f.verdict == "agree" and len({c.article for c in f.claims}) == 2


def test_a_figure_given_as_first_reported_and_overtaken_is_not_compared():
    """"News originally reported that two victims died": the article says this was overtaken. ("Two of the three
    victims", a part of the victims, is no toll at all: tests/test_tolls.py.)"""
    from tests.test_align import story_of
    story, _ = story_of("1 dead, 2 hurt in office shooting.\n\nPolice said the gunman walked in at 10 a.m.",
                        "Local stations originally reported that two victims died in the office shooting.")
    assert not [f for f in story.facets if f.verdict == "conflict"]
    assert any("first reported" in f.explanation for f in story.facets)


def test_tolls_given_for_different_places_are_not_compared():
    """"killed 12,000 people in Mumbai" and "killed more than 20,000 people across India, Bangladesh and Nepal"
    are tolls of two areas; the same area given two tolls is still a conflict."""
    from tests.test_align import story_of
    apart, _ = story_of("Some 12,000 people were killed in India's Mumbai by the 1999 floods, the worst hit city.",
                        "The 1999 floods killed more than 20,000 people across India, Bangladesh and Nepal.")
    assert not [f for f in apart.facets if f.verdict == "conflict"]
    assert any("different places" in f.explanation for f in apart.facets)
    same, _ = story_of("Some 12,000 people were killed in Mumbai by the 1999 floods.",
                       "The 1999 floods killed more than 20,000 people in Mumbai.")
    assert [f for f in same.facets if f.verdict == "conflict"]


def test_other_people_counted_alone_add_to_a_toll_and_others_after_a_toll_are_their_own():
    """"Four other people died in hospital" adds to a toll said before; "30 were killed and 55 others
    injured" gives the injured's own total, still compared."""
    from tests.test_align import story_of
    more, _ = story_of("Five people died when the quake struck. Four other people died in hospital, officials said.",
                       "Nine people died in the quake, officials said.")
    assert not any(f.verdict == "conflict" and any(c.text == "Four" for c in f.claims) for f in more.facets)
    complement, _ = story_of("Some 30 people were killed and 55 others injured when shells hit the school.",
                             "Around 100 people were injured when shells hit the school.")
    assert any(f.verdict == "conflict" and {c.text for c in f.claims} >= {"55", "Around 100"} for f in complement.facets)


def test_a_clause_that_names_no_one_does_not_borrow_the_other_clauses_name():
    """"got 14 points from backup center Will Artino, while Ray Okafor scored 11": the 14 are not Okafor's."""
    from tests.test_align import story_of
    story, _ = story_of("The team also got 14 points from backup center Will Artino, while starting center "
                        "Ray Okafor scored 11 points.",
                        "Ray Okafor finished with a double-double (11 points, 11 rebounds).")
    assert not [f for f in story.facets if f.verdict == "conflict"]


def test_names_inside_a_quotation_are_not_a_figures_participants():
    from tests.test_align import story_of
    story, _ = story_of('"Okafor was a big factor tonight," said Dale Smith, who had 13 points.',
                        "Ray Okafor finished with 11 points and 11 rebounds.")
    assert not [f for f in story.facets if f.verdict == "conflict"]


def test_the_first_or_last_of_them_is_a_part_not_the_total():
    from tests.test_align import story_of
    story, _ = story_of("Ray Okafor scored five of the team's first eight points after the break.",
                        "Ray Okafor scored 11 points after the break.")
    assert not [f for f in story.facets if f.verdict == "conflict"]


def test_a_figure_in_a_relative_clause_belongs_to_its_antecedent():
    """'"Okafor was a big factor," said Dale Smith, who had 13 points': Smith's 13, never compared with Okafor's 11;
    "when Hansbrough, who now has 2,302 points," stays Hansbrough's, compared with his 2,301."""
    from tests.test_align import story_of
    apart, _ = story_of('Ray Okafor "was definitely a big factor," said Dale Smith, who had 13 points.',
                        "Ray Okafor finished with 11 points and 11 rebounds.")
    assert not [f for f in apart.facets if f.verdict == "conflict"]
    same, _ = story_of("Officials stopped the game when Tyler Hansbrough, who now has 2,302 points, scored.",
                       "Tyler Hansbrough now has 2,301 career points.")
    assert [f for f in same.facets if f.verdict == "conflict"]


def test_a_figure_is_found_as_a_whole_word_in_its_sentence():
    """"eight" in "Creighton's first eight points" is the eighth word's, not the "eight" inside "Creighton"."""
    from coverage_site.model import Claim
    sentence = "Echenique scored five of Creighton's first eight points in the second half."
    c = Claim(id="x", article="a", kind="count", text="eight", start=0, end=0, sentence=sentence, value={},
              context=sentence)
    from coverage_site.align import referents
    assert sentence[referents.offset(c):].startswith("eight points") and referents.part(c)


def test_three_digits_after_a_digit_and_a_comma_are_not_compared():
    """"4, 183 passing yards" may be 4,183 with a stray space or a list's next item: never a value to dispute."""
    from tests.test_align import story_of
    story, _ = story_of("Andrew Luck set a rookie record for a season with 4, 183 passing yards.",
                        "Andrew Luck threw for 205 passing yards on Sunday.")
    assert not [f for f in story.facets if f.verdict == "conflict"]


def test_a_rate_is_not_a_total_and_those_points_point_back():
    from tests.test_align import story_of
    rate, _ = story_of("His son's 23 points and eight rebounds a game will help next season, Greg Doyle said.",
                       "Greg Doyle's son scored 30 points on Friday.")
    assert not [f for f in rate.facets if f.verdict == "conflict"]
    back, _ = story_of("He scored 10 points in the first minutes. Those 10 points tied Doug Doyle with the record holder.",
                       "Doug Doyle led all players with 23 points.")
    assert not [f for f in back.facets if f.verdict == "conflict"]


def test_what_was_needed_is_not_what_was_done():
    """"51 votes held" and "60 votes needed"; "needed just nine points" and "finished with 20 points"."""
    from tests.test_align import story_of
    votes, _ = story_of("Democrats hold 51 votes in the Senate.", "The bill has 60 votes needed to pass the Senate.")
    assert not [f for f in votes.facets if f.verdict == "conflict"]
    points, _ = story_of("Tyler Hansbrough needed just nine points in the game to break the record.",
                         "Tyler Hansbrough finished with 20 points in the game.")
    assert not [f for f in points.facets if f.verdict == "conflict"]


def test_that_happening_points_back_to_another():
    """"That temblor killed at least six people ... in September": the quake before, not this one."""
    from tests.test_align import story_of
    story, _ = story_of("A quake shook the island on Sunday. In September another quake hit the coast. "
                        "That temblor killed at least six people.",
                        "The quake on the island on Sunday killed three people.")
    assert not [f for f in story.facets if f.verdict == "conflict"]


def test_one_place_name_in_two_states_is_two_places_only_when_both_say_so():
    """"Springfield, Illinois" against "Springfield, Missouri" is a clash; a bare "Paris" (which the gazetteer
    reads as the French one) against "Paris, Texas" is the same town."""
    from tests.test_align import story_of
    story, _ = story_of("Police arrested Dana Cole in Springfield, Illinois, on Monday.",
                        "Dana Cole was arrested in Springfield, Missouri, police said.")
    (row,) = [f for f in story.facets if f.kind == "place"]
    assert row.verdict == "conflict" and "two places of one name" in row.explanation
    story, _ = story_of("A tornado hit Paris, Texas, on Sunday, Mayor Ann Roe said.", "A tornado hit Paris on Sunday, Mayor Ann Roe said.")
    assert [f.verdict for f in story.facets if f.kind == "place"] == ["agree"]


def test_a_deputy_standing_in_as_acting_head_holds_both_titles():
    from tests.test_align import story_of

    def verdict(*texts):
        story, _ = story_of(*texts)
        (row,) = [f for f in story.facets if f.kind == "person"]
        return row.verdict

    assert verdict("Acting Fire Chief Lee Ortiz said crews were safe.", "Deputy Fire Chief Lee Ortiz said crews were safe.") == "compatible"
    assert verdict("Interim Fire Chief Lee Ortiz spoke.", "Fire Chief Lee Ortiz spoke.", "Assistant Fire Chief Lee Ortiz spoke.") == "compatible"
    assert verdict("Fire Chief Lee Ortiz spoke.", "Deputy Fire Chief Lee Ortiz spoke.") == "conflict"
