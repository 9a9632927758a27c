"""The kind of weapon a story's attack was made with (claims/weapons.py), on sentences of our own."""

from __future__ import annotations

from coverage_site.claims import weapons
from tests.test_align import story_of


def kinds(text):
    return [(w.kind, text[w.start:w.end]) for w in weapons.find(text)]


def test_guns_and_blades_are_read_by_kind():
    assert kinds("He fired a .45-caliber revolver twice.") == [("handgun", ".45-caliber"), ("handgun", "revolver")]
    assert kinds("Deputies said she carried a 12-gauge shotgun.") == [("shotgun", "12-gauge shotgun")]
    assert kinds("The attacker used an AR-15 and a hunting knife.") == [("rifle", "AR-15"), ("knife", "knife")]


def test_a_weapon_word_before_another_noun_or_in_the_hands_of_police_is_not_the_attack_weapon():
    assert kinds("He had applied for a handgun permit in May.") == []
    assert kinds("The team lined up in the shotgun formation.") == []
    assert kinds("Troopers arrived at the farm with dogs and rifles.") == []


def test_two_sources_that_each_name_one_different_kind_disagree():
    story, _ = story_of("Witnesses said the gunman walked in with a rifle.",
                        "The gunman opened fire with a pistol, police said.")
    (f,) = [f for f in story.facets if f.label == "Weapon used"]
    assert f.verdict == "conflict" and f.conflict_type == "weapon"
    assert "Outlet 0 names a rifle (“rifle”); Outlet 1 names a handgun (“pistol”)" in f.explanation


def test_a_source_that_names_two_kinds_fits_either_and_one_kind_agrees():
    story, _ = story_of("He was armed with either a rifle or a shotgun.", "He fired a shotgun at the door.")
    (f,) = [f for f in story.facets if f.label == "Weapon used"]
    assert f.verdict == "compatible"
    story, _ = story_of("She drew a revolver.", "She fired a .38-caliber handgun.")
    (f,) = [f for f in story.facets if f.label == "Weapon used"]
    assert f.verdict == "agree"


def test_an_officers_own_weapon_is_not_the_attack_weapon():
    assert kinds("An officer fired his handgun twice at the car.") == []
    assert kinds("The deputy drew her service pistol.") == []
    assert kinds("The gunman fired a rifle at the deputies.") == [("rifle", "rifle")]
