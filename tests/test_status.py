"""States at the time of writing (claims/status.py) and their verdicts, on sentences of our own."""

from __future__ import annotations

from coverage_site.claims import status
from tests.test_align import story_of


def states(text):
    return [(m.topic, m.state, text[m.start:m.end]) for m in status.find(text, [(0, len(text))])]


def status_facets(story):
    return [f for f in story.facets if f.kind == "event" and "status" in f.claims[0].value]


def test_a_suspect_still_sought_and_one_arrested_are_the_two_states_of_custody():
    assert states("Troopers were hunting for the gunman late on Tuesday.") == [("custody", status.AT_LARGE, "hunting for the gunman")]
    assert states("The attacker remains at large.") == [("custody", status.AT_LARGE, "The attacker remains at large")]
    assert states("No arrests have been made.")[0][1] == status.AT_LARGE
    assert states("The driver was later arrested at his home.") == [("custody", status.HELD, "was later arrested")]
    assert states("She turned herself in to deputies on Friday.")[0][1] == status.HELD


def test_what_might_happen_or_happened_long_ago_is_no_state_at_writing():
    assert states("He could be arrested if he returns to the state.") == []
    assert states("He was arrested in 2004 for a bar fight.") == []
    assert states("Police were searching for a second suspect.") == []  # not the one who did it
    assert states("He had previously been arrested for theft.") == []


def test_an_article_telling_both_states_tells_a_sequence_and_gives_none():
    text = "Officers were searching for the driver for hours. The driver was arrested at dawn."
    assert states(text) == []


def test_results_and_names_withheld_or_made_public():
    assert states("The autopsy results are still pending.")[0][:2] == ("disclosure of results", status.NOT_RELEASED)
    names = status.VICTIMS_NAMES
    assert states("The names of the two victims have not yet been released.")[0][:2] == (names, status.NOT_RELEASED)
    assert states("Police did not release the names of the dead.")[0][:2] == (names, status.NOT_RELEASED)
    assert states("Her test results were released on Monday.") == [("disclosure of results", status.RELEASED, "results were released")]
    assert states("The coroner's office released the names of the victims.")[0][:2] == (names, status.RELEASED)
    assert states("Police identified the victims as Ann Hale and Joe Roy.")[0][:2] == (names, status.RELEASED)
    assert states("Ann Hale and Joe Roy are the victims.")[0][:2] == (names, status.RELEASED)
    assert states("The names of the two men have not been released.") == []  # whose names is not said


def test_sought_against_arrested_is_a_conflict_that_names_the_later_report():
    story, _ = story_of("A man opened fire in a warehouse on Friday, and deputies were searching for the shooter.",
                        "The shooter, Dale Ruston, was arrested after a chase on Friday evening.",
                        published=["2024-05-03", "2024-05-04"])
    (f,) = status_facets(story)
    assert f.verdict == "conflict" and f.conflict_type == "update"
    assert "Outlet 0 writes “searching for the shooter” (still sought)" in f.explanation
    assert "Outlet 1 writes “was arrested” (arrested)" in f.explanation
    assert "later report (Outlet 1, 2024-05-04)" in f.explanation


def test_pending_results_against_released_ones_conflict_and_each_outlet_keeps_its_own_words():
    story, _ = story_of("The singer took a breath test, but the results were not yet known.",
                        "A breath test was taken; its results are pending.",
                        "The results of the breath test were released on Thursday.")
    (f,) = status_facets(story)
    assert f.verdict == "conflict"
    assert "Outlet 0 writes “results were not yet known”" in f.explanation
    assert "Outlet 1 writes “results are pending”" in f.explanation


def test_the_same_state_agrees_and_is_never_red():
    story, _ = story_of("The robber was caught two blocks away.", "Police said the robber was arrested nearby.")
    (f,) = status_facets(story)
    assert f.verdict == "agree"


def test_a_victim_of_another_case_is_not_a_name_made_public():
    assert states("Ann Hale was the victim in that case.") == []
    assert states("Joe Roy is the victim of a smear.") == []


def test_an_arrest_of_another_time_is_no_state_at_writing():
    assert states("He was arrested last year for drunk driving.") == []
    assert states("She was arrested two years ago in another case.") == []
