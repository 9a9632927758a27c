"""Tolls that are not the same toll: a part of the dead, a figure of a second verb, a background month, and a
figure whose source names another place in another sentence. Our own sentences; see README "How claims are read"."""

from __future__ import annotations

from coverage_site.claims import extract_claims, numbers
from coverage_site.read import parse_article
from tests.test_align import facet_for, story_of


def _counts(body: str) -> list[tuple[str, str | None]]:
    article = parse_article(f"---\ntitle: T\nsource: S\n---\n{body}\n", "content/articles/t.md")[0]
    return [(c.text, c.event) for c in extract_claims(article) if c.kind == "count"]


def test_a_part_of_the_dead_is_no_toll():
    story, _ = story_of("A car bomb in Mosul killed 14 people on Monday, police said.",
                        "The bomb in Mosul killed 14 people on Monday. Six of the dead were soldiers, an officer said.")
    toll = facet_for(story, "14")
    assert toll.verdict == "agree"
    assert [c.text for c in facet_for(story, "Six").claims] == ["Six"]
    assert not any(f.verdict == "conflict" for f in story.facets if f.kind == "count")
    assert numbers.find("Two of the victims were children.")[0].part
    assert not numbers.find("Fifty were hurt, two of them seriously.")[-1].part  # "of them": which part follows


def test_a_figure_after_and_belongs_to_the_first_verb():
    # "killing 12 people and wounding 40": the 12 were killed; the verb after "and" is the clause's second one.
    assert ("12", "kill") in _counts("A blast hit the market, killing 12 people and wounding 40.")
    assert ("40", "injure") in _counts("A blast hit the market, killing 12 people and wounding 40.")
    assert ("30", "kill") in _counts("Officials said 30 were killed and 55 others injured.")


def test_a_toll_dated_by_a_month_alone_is_another_happening():
    # A story's own happening is dated by its day; "struck in March" in a report of Sunday's quake is background.
    story, _ = story_of("An earthquake struck the island on Sunday, killing three people.",
                        "A quake struck the island on Sunday and killed three people. A stronger quake struck "
                        "the region in March, killing at least nine people.")
    assert facet_for(story, "at least nine").verdict == "single"
    assert facet_for(story, "three").verdict == "agree"


def test_another_sentence_of_the_same_figure_may_name_another_place():
    # Outlet 1 gives its ten in two sentences, one naming the island; Outlet 0's dozen is a quake in another
    # country: not a contradiction of the island's toll.
    story, _ = story_of("On Saturday, more than a dozen people were killed by a landslide in northern Peru.",
                        "Ten people died. Ten people died when the landslide buried houses on Chiloe island in Chile.")
    assert not any(f.verdict == "conflict" for f in story.facets if f.kind == "count")


def test_additional_and_further_figures_add_to_a_total():
    story, _ = story_of("Police in Leeds arrested two additional suspects on Monday.",
                        "Police in Leeds have arrested five suspects in total, officials said.")
    assert not any(f.verdict == "conflict" for f in story.facets if f.kind == "count")
    assert any("counts more of them" in f.explanation for f in story.facets)


def test_a_figure_a_death_toll_reaches_is_the_toll():
    # "rose to 27" is the toll's new value, not a rise of 27; dated reports name the later one.
    assert _counts("The death toll from the floods rose to 27 on Wednesday.") == [("27", "die")]
    assert _counts("Prices rose to 27 percent.") == []
    story, _ = story_of("Floods in Kerala killed 12 people on Monday, officials said.",
                        "The death toll from floods in Kerala rose to 27 on Wednesday, officials said.",
                        published=["2024-05-06", "2024-05-08"])
    (row,) = [f for f in story.facets if f.kind == "count"]
    assert row.verdict == "conflict" and "later report" in row.explanation
