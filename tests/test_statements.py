"""Statements two sources make in the same words (align/statements.py), on sentences of our own."""

from __future__ import annotations

from coverage_site.align import statements
from coverage_site.read import parse_article
from coverage_site.site.markup import Mark, choose
from tests.test_align import story_of


def said(story):
    return [f for f in story.facets if f.kind == "event" and "statement" in f.claims[0].value
            and not f.claims[0].value.get("term")]


def terms(story):
    return {f.claims[0].value["statement"]: f for f in story.facets if f.kind == "event" and f.claims[0].value.get("term")}


def test_shared_words_with_a_verb_are_one_statement_that_agrees():
    story, _ = story_of("The former mayor pleaded guilty to charges of tax evasion on Monday, his lawyer said.",
                        "On Monday the former mayor of the town pleaded guilty to charges of tax evasion.")
    (f,) = said(story)
    assert f.verdict == "agree"
    assert {c.text for c in f.claims} == {"pleaded guilty to charges of tax evasion"}
    assert "Outlet 0 and Outlet 1 write “pleaded guilty to charges of tax evasion”" in f.explanation
    assert f.label.startswith("In the same words")


def test_three_sources_join_through_overlapping_words():
    story, _ = story_of("Firefighters found the keeper trapped under a fallen crane late on Friday.",
                        "Rescuers said the keeper was trapped under a fallen crane for hours.",
                        "The keeper, trapped under a fallen crane late on Friday, survived.")
    (f,) = said(story)
    assert len({c.article for c in f.claims}) == 3


def test_a_negated_side_is_not_the_same_statement():
    story, _ = story_of("The minister did not sign the new trade agreement with Peru.",
                        "The minister signed the new trade agreement with Peru on Tuesday.")
    assert not said(story)
    assert not [f for f in story.facets if f.verdict == "conflict" and f.kind == "event"]


def test_names_and_titles_without_a_verb_are_mentions_not_statements():
    story, _ = story_of("He met the White House chief of staff Anna Berg at noon.",
                        "Later the White House chief of staff Anna Berg left.")
    assert not said(story)


def test_quoted_words_are_left_to_the_quote_rows():
    story, _ = story_of('"We have restored power to every home in the valley," the utility said.',
                        'The utility said: "We have restored power to every home in the valley."')
    assert not said(story)
    assert any(f.kind == "quote" and f.verdict != "single" for f in story.facets)


def test_one_outlet_twice_is_not_two_sources():
    arts = []
    for n, body in enumerate(["The council approved the budget for the new library after a long debate.",
                              "After a long debate the council approved the budget for the new library."]):
        md = f"---\ntitle: R{n}\nsource: Same Outlet\n---\n{body}\n"
        arts.append(parse_article(md, f"content/articles/r{n}.md")[0])
    assert statements.find(arts, {a.id: a.source for a in arts}) == []


def test_function_words_at_the_edges_are_trimmed():
    story, _ = story_of("The club made an eight-season offer to the striker, the paper said.",
                        "Sources say the club made an eight-season offer to him.")
    (f,) = said(story)
    assert {c.text for c in f.claims} == {"club made an eight-season offer"}


def test_a_figure_inside_a_statement_keeps_its_own_mark():
    story, _ = story_of("The storm killed 12 people in the coastal villages overnight.",
                        "Officials said the storm killed 12 people in the coastal villages overnight.")
    (f,) = said(story)
    count = next(x for x in story.facets if x.kind == "count")
    marks = [Mark(c, f.verdict, "#s", "s") for c in f.claims] + [Mark(c, count.verdict, "#c", "c") for c in count.claims]
    shown = choose(marks)
    assert [m.claim.text for m in shown] == ["12", "12"]
    assert all(m.claim.kind != "event" for m in shown)  # the statement covers the figure: left to the grid


def test_three_words_around_a_past_form_are_a_statement_two_nouns_are_not():
    story, _ = story_of("After the hearing the driver was released on bail.",
                        "The driver, 34, was released on bail late on Friday.")
    (f,) = said(story)
    assert {c.text for c in f.claims} == {"released on bail"}
    story, _ = story_of("Crowds gathered on Monday morning outside the office building.",
                        "By Monday morning the office building was empty.")
    assert not said(story)


def test_the_same_words_in_another_tense_are_one_statement():
    story, _ = story_of("The gang then set fire to the stolen van and escaped in another car.",
                        "Setting fire to the stolen van, the gang was seen escaping in another car.")
    texts = {frozenset(c.text for c in f.claims) for f in said(story)}
    assert frozenset({"set fire to the stolen van", "Setting fire to the stolen van"}) in texts
    assert frozenset({"escaped in another car", "escaping in another car"}) in texts
    assert all(f.verdict == "agree" for f in said(story))


def test_two_words_two_sources_share_are_a_term_listed_with_the_mentions():
    """"a humanitarian corridor" in two reports: the same thing named alike, in the folded section, never counted."""
    from coverage_site.site import sections
    story, _ = story_of("The army agreed to open a humanitarian corridor for three hours a day.",
                        "Aid groups welcomed the humanitarian corridor but said it was too short.")
    found = terms(story)
    assert list(found) == ["humanitarian corridor"]
    f = found["humanitarian corridor"]
    assert f.verdict == "agree" and f.label == "Named alike: “humanitarian corridor”"
    assert sections.is_background(f) and not sections.is_statement(f)


def test_clauses_ages_times_names_and_figures_are_not_terms():
    story, _ = story_of("Workers returned on Friday. A 38-year-old man was hurt last week at 5 p.m. local time. "
                        "Police searched the Green Valley plant.",
                        "The workers returned home. A 45-year-old man, hurt last week at 6 p.m. local time, "
                        "left the Green Valley plant after police searched it.")
    assert not terms(story)


def test_a_term_in_scare_quotes_or_after_an_acronym_is_still_a_term():
    story, _ = story_of("The army said it would allow a ``safe passage'' for aid and had sent GPS coordinates to the UN.",
                        "A \"safe passage\" was promised; the agency said it had shared GPS coordinates of its sites.")
    assert {"safe passage", "gps coordinates"} <= set(terms(story))


def test_a_name_no_reader_took_is_a_term_when_two_sources_use_it():
    """The car, the programme, the garden: a capitalised name two sources share is named alike; a title before a
    name, a name split by a comma and a headline in title case are not."""
    story, _ = story_of("The woman was struck by a silver Subaru Outback near the temple, and President Ramos called.",
                        "Witnesses said a grey Subaru Outback hit her; the driver, Ramos, fled.\n\nRamos, Outback Driver, Charged")
    found = set(terms(story))
    assert "subaru outback" in found
    assert not any("president" in t or "," in t or "driver" in t for t in found)


def test_words_with_accents_are_whole_words():
    """"crème brûlée" is two words, not "cr", "me", "br", "l" and "e"."""
    story, _ = story_of("The chef served crème brûlée to the guests.", "Guests ate the crème brûlée before midnight.")
    assert set(terms(story)) == {"crème brûlée"}
