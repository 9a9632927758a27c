"""People with titles in any order, short mentions resolved; places with containment."""

from __future__ import annotations

import pytest

from coverage_site.claims import people, places


def persons(text):
    return [(text[p.start:p.end], p.name, p.role) for p in people.find(text)]


@pytest.mark.parametrize("text,expected", [
    ("Deputy Secretary of State Christopher Landau met officials.",
     [("Deputy Secretary of State Christopher Landau", "Christopher Landau", "Deputy Secretary of State")]),
    ("Christopher Landau, deputy secretary of state, visited Seoul.",
     [("Christopher Landau, deputy secretary of state", "Christopher Landau", "Deputy Secretary of State")]),
    ("U.S. Deputy Secretary of State Christopher Landau held talks.",
     [("Deputy Secretary of State Christopher Landau", "Christopher Landau", "Deputy Secretary of State")]),
    ("Rep. Cha Gyu-geun of the minor opposition party spoke.", [("Rep. Cha Gyu-geun", "Cha Gyu-geun", "Rep.")]),
    ('"Stop," KCTU Senior Vice Chairman Lee Tae-hwan asked.',
     [("Senior Vice Chairman Lee Tae-hwan", "Lee Tae-hwan", "Senior Vice Chairman")]),
    ("South Korea’s First Vice Foreign Minister, Park Yoon-joo, listened.",
     [("First Vice Foreign Minister, Park Yoon-joo", "Park Yoon-joo", "First Vice Foreign Minister")]),
    # Real ECB+ sentence.
    ("Prosecutor Terry White told The Post a couple hours after a court hearing.",
     [("Prosecutor Terry White", "Terry White", "Prosecutor")]),
])
def test_people_with_titles(text, expected):
    assert persons(text) == expected


def test_short_mentions_resolve_to_the_full_name():
    text = ("First Vice Foreign Minister Park Yoon-joo met Deputy Secretary of State Christopher Landau. "
            "Landau said the talks went well. Minister Park agreed. Later, Park left. "
            "President Donald Trump was not there, but President Trump sent a note.")
    found = persons(text)
    assert ("Landau", "Christopher Landau", None) in found
    assert ("Minister Park", "Park Yoon-joo", "Minister") in found
    assert ("Park", "Park Yoon-joo", None) in found
    assert ("President Trump", "Donald Trump", "President") in found


def test_places_and_organisations_are_not_people():
    text = "South Korea said on Monday that Hyundai Motor Group and the Foreign Ministry agreed."
    assert persons(text) == []


def where(text):
    return [(text[p.start:p.end], p.place.name, p.place.type, p.place.within) for p in places.find(text)]


def test_county_with_state_qualifier_is_one_place_inside_both():
    text = "a plant in Bryan County, Georgia. A total of 316 workers returned."
    assert where(text) == [("Bryan County, Georgia", "Bryan County", "county", ("Georgia", "United States"))]


def test_ambiguous_name_takes_the_reading_the_text_supports():
    us = "The U.S. raid at a battery plant in Georgia angered Seoul."
    assert ("Georgia", "Georgia", "state", ("United States",)) in where(us)
    caucasus = "Russia and Georgia signed a ceasefire in Tbilisi."
    assert ("Georgia", "Georgia", "country", ()) in where(caucasus)


def test_cities_know_their_country():
    assert where("The rally was held in central Seoul.") == [("Seoul", "Seoul", "city", ("South Korea",))]
    assert ("Macon, Ga.", "Macon", "city", ("Georgia", "United States")) in where("It happened in Macon, Ga. on Friday.")


def test_words_that_are_also_towns_are_not_places():
    # "Date" is a town in Japan; "Confederation" one in Canada.
    assert where("Date of Raid: the raid occurred on a weekday.") == []
    assert where("the Korean Confederation of Trade Unions (KCTU) said") == []


def test_facilities_and_streets_are_places_of_what_happened():
    from coverage_site.claims import extract_claims
    from coverage_site.read import parse_article

    body = "The victims were taken to Mercy General Hospital. The crash happened on 117th Street in Queens."
    a = parse_article(f"---\ntitle: T\nsource: O\n---\n{body}\n", "content/articles/x.md")[0]
    places = {c.text: c.value for c in extract_claims(a) if c.kind == "place"}
    assert places["Mercy General Hospital"]["type"] == "facility"
    assert places["117th Street"] == {"name": "117th Street", "type": "street", "within": ["Queens"]}


def test_a_hospital_or_court_named_as_a_body_is_still_that_place():
    from tests.test_align import facet_for, story_of

    story, _ = story_of("Two men were treated at Saint Brigid Hospital on Monday.",
                        "A Saint Brigid Hospital spokeswoman, Ann Lowe, said both men were stable.")
    f = facet_for(story, "Saint Brigid Hospital")
    assert f.kind == "place" and len({c.article for c in f.claims}) == 2


@pytest.mark.parametrize("text, expected", [
    ("Crews from Dalton Fire Department arrived. Dalton Fire Chief Ray Munez was first there.",
     [("Ray Munez", "Fire Chief")]),
    ('"It burned fast," said Dalton Public Safety Director Lena Ruiz.', [("Lena Ruiz", "Director")]),
    ("He will be arraigned today in Port Chester District Court.", []),
    # A headline's verbs are not institutions or titles.
    ("Lindsay Vale Checks Into Rehab Center", [("Lindsay Vale", None)]),
])
def test_a_town_before_an_institution_or_a_title_is_not_a_persons_name(text, expected):
    assert [(p.name, p.role) for p in people.find(text)] == expected


# Issue #15: a capitalised pair is a person only with more evidence than a given name.
@pytest.mark.parametrize("text,expected", [
    ("Key Takeaways: the plant will reopen in March.", []),
    ("Hope Street was closed after the storm.", []),
    ("Justice Department lawyers filed the motion.", []),
    ("Georgia Power raised its rates.", []),
    # A given name and a listed surname.
    ("Police named Vincent Jackson as the driver.", [("Vincent Jackson", "Vincent Jackson", None)]),
    # A title, a speech verb, an age or a later mention of the surname alone.
    ("Coach Dana Whitfield resigned.", [("Coach Dana Whitfield", "Dana Whitfield", "Coach")]),
    ("Marta Oyelaran said the count was wrong.", [("Marta Oyelaran", "Marta Oyelaran", None)]),
    ("Teodor Vasquelle, 52, was arrested.", [("Teodor Vasquelle", "Teodor Vasquelle", None)]),
    ("Ravi Ondhara, who ran the shop, was hurt.", [("Ravi Ondhara", "Ravi Ondhara", None)]),
    ("Barack Obama spoke first. Later, Obama left.", [("Barack Obama", "Barack Obama", None), ("Obama", "Barack Obama", None)]),
    # Headline capitals before a place are not a person.
    ("Fire Near Houston Destroys Homes. Houston crews responded.", []),
])
def test_bare_names_need_evidence(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, name", [
    ("The suspect's name is Anthony Calamo and he fled.", "Anthony Calamo"),
    ("Police identified him as Jon Ridley.", "Jon Ridley"),
    ("His name was Omar Bekele.", "Omar Bekele"),
])
def test_a_name_given_as_a_name_is_a_person(text, name):
    assert [p.name for p in people.find(text)] == [name]


def test_a_title_after_a_nationality_is_not_a_surname():
    from coverage_site.claims import people

    text = "He met French President Nicolas Sarkozy and Greek Prime Minister Anna Volos."
    assert [(p.name, p.role) for p in people.find(text)] == [("Nicolas Sarkozy", "President"),
                                                            ("Anna Volos", "Prime Minister")]


@pytest.mark.parametrize("text, expected", [
    # A given name that a small region also bears is still a given name.
    ("Network president Paul Lee said the show was a hit.", [("Paul Lee", "President")]),
    ("AMD chief executive Rory Read spoke first.", [("Rory Read", "Chief Executive")]),
    ("State Fire Marshal Joan Bale arrived.", [("Joan Bale", "State Fire Marshal")]),
    ("Joan Bale, an inspector with the state fire office, said so.", [("Joan Bale", "Inspector")]),
    ("Coroner Gary Hale said he believes it.", [("Gary Hale", "Coroner")]),
])
def test_titles_newsrooms_write(text, expected):
    assert [(p.name, p.role) for p in people.find(text)] == expected


def test_the_head_of_an_office_and_a_member_of_its_staff_are_two_posts_that_cannot_both_hold():
    from tests.test_align import story_of

    story, _ = story_of("Mary Lund, an investigator with the County Sheriff's Office, said the car was stolen.",
                        "County Sheriff Mary Lund said the car was stolen.")
    (f,) = [f for f in story.facets if f.kind == "person"]
    assert f.verdict == "conflict" and f.conflict_type == "role"
    assert "Outlet 0 calls Mary Lund Investigator with the County Sheriff's Office" in f.explanation
    # A post that shares the office's title is not its staff: a deputy sheriff may be its chief investigator.
    story, _ = story_of("Mary Lund, a deputy with the County Sheriff's Office, said the car was stolen.",
                        "County Deputy Sheriff Mary Lund said the car was stolen.")
    assert all(f.verdict != "conflict" for f in story.facets if f.kind == "person")
    # "Marshall" is the title misspelt, not another office.
    story, _ = story_of("Fire Marshal Tom Reyes said the blaze began in a kitchen.",
                        "Fire Marshall Tom Reyes said the blaze began in a kitchen.")
    assert [f.verdict for f in story.facets if f.kind == "person"] == ["agree"]


def test_where_a_named_person_lives_is_compared_between_sources():
    from tests.test_align import story_of

    story, _ = story_of("Maria Vance, 44, of Turlock, was taken to a hospital.",
                        "Vance, who lived a mile away in Modesto, was taken to a hospital.")
    (f,) = [f for f in story.facets if f.kind == "place" and f.label == "Where Maria Vance lives"]
    assert f.verdict == "conflict"
    assert "“Turlock” (Outlet 0) and “Modesto” (Outlet 1) are different places" in f.explanation
    # A city of half a million or more may hold the other as a district the gazetteer lists as a town of its own.
    story, _ = story_of("Maria Vance, 44, of Los Angeles, was taken to a hospital.",
                        "Maria Vance, 44, of Van Nuys, was taken to a hospital.")
    assert all(f.verdict != "conflict" for f in story.facets)
    # One source's home of someone is the town in passing, where a mention of it agrees.
    story, _ = story_of("Ray Holt, 38, of Turlock, was arrested.", "Police arrested a Turlock man on Friday.")
    assert [f.verdict for f in story.facets if f.kind == "place"] == ["agree"]


def test_a_street_is_inside_the_town_named_right_after_it_known_or_not():
    found = places.find("He was seen in Leeds. Police found her on Mill Street, Ashby, on Friday.")
    (street,) = [p for p in found if p.place.type == "street"]
    assert street.place.within == ("Ashby",)  # not Leeds, the first town of the text
    (street,) = [p for p in places.find("The crash at 117th Street in Queens.") if p.place.type == "street"]
    assert street.place.within == ("Queens",)


def test_a_hotel_or_a_store_is_not_a_person():
    assert people.find("Thieves struck the Carlton Hotel in Cannes.") == []


def test_a_name_with_a_suffix_keeps_its_title_and_a_suffix_is_no_name():
    assert [(p.name, p.role) for p in people.find("W. Ray Dunn Sr., the deputy director of the agency, retired.")] == \
        [("W. Ray Dunn", "Deputy Director")]
    assert all(p.name not in ("Jr", "Sr") for p in people.find("Martin Luther King Jr., the civil rights leader, spoke."))


@pytest.mark.parametrize("text, name, role", [
    ("Riverton Police Chief Dana Whitfield said the road would reopen.", "Dana Whitfield", "Police Chief"),
    ("Fire Chief Omar Haddad said crews were still on the scene.", "Omar Haddad", "Fire Chief"),
    ("Kerman Governor Reza Farahani said two villages were cut off.", "Reza Farahani", "Governor"),
])
def test_a_title_inside_a_capitalised_run_is_the_title_not_part_of_the_name(text, name, role):
    found = [(p.name, p.role) for p in people.find(text)]
    assert found == [(name, role)]


@pytest.mark.parametrize("text, name, role", [
    ("Dana Whitfield retired in May. Whitfield, a former deputy director at the agency, said little.",
     "Dana Whitfield", "Former Deputy Director"),
    ("Omar Haddad died on Sunday. Haddad worked as the chief inspector of the county for a decade.",
     "Omar Haddad", "Chief Inspector"),
    ("Reza Farahani served as governor of the province until 2019.", "Reza Farahani", "Governor"),
])
def test_a_post_held_or_an_appositive_after_a_name_is_its_title(text, name, role):
    assert (name, role) in [(p.name, p.role) for p in people.find(text)]


def test_places_whose_name_begins_with_the_are_read_after_the():
    found = [(p.place.name, p.place.type) for p in places.find("He was born in the Bronx and studied in the Hague.")]
    assert [n for n, _ in found] == ["The Bronx", "The Hague"]


def test_a_small_town_named_before_a_kind_of_place_is_a_place():
    """A town under 50,000 counts after a locative; "Qeshm island", "X district" name the place as well."""
    assert [p.place.name for p in places.find("The quake jolted part of the town and shook Qeshm island.")] == ["Qeshm"]
    assert [p.place.name for p in places.find("Shook Qeshm and then stopped.")] == []


def test_a_place_that_ends_a_paragraph_is_read():
    """A run of capitalised words stops at a line break: "in Palmer.\\n\\nThe Maid Building" is Palmer, then a building."""
    text = "A blaze demolished the old warehouse building in Palmer.\n\nThe Maid Block Building burned to the ground."
    assert [p.place.name for p in places.find(text)] == ["Palmer"]


def _places(text: str) -> list[tuple[str, str]]:
    return [(text[p.start:p.end], p.place.type) for p in places.find(text)]


def test_a_wire_dateline_in_capitals_is_the_town_it_names():
    assert _places("OAKLAND, Calif. — The council met late.")[0] == ("OAKLAND, Calif.", "city")
    assert _places("CHICAGO (AP) — Snow closed the airports.")[0][1] == "city"
    assert _places("UPDATE — The council met late.") == []


def test_squares_and_streets_named_first_by_their_kind():
    found = _places("The crowd gathered on Piazza Navona, then marched along Rue de Rivoli to Place de la Concorde.")
    assert [name for name, _ in found] == ["Piazza Navona", "Rue de Rivoli", "Place de la Concorde"]


def test_camps_piers_gardens_airports_and_stadiums_are_places():
    found = dict(_places("Aid reached the Nuseirat refugee camp. He was held at Walney Pier, then flown from "
                         "Gatwick Airport. The Rose Garden was closed, and Wembley Stadium too."))
    assert {"Nuseirat refugee camp", "Walney Pier", "Gatwick Airport", "Rose Garden", "Wembley Stadium"} <= set(found)


def test_a_creator_is_a_title():
    found = people.find("The studio hired Dana Whitlock, the creator of the cartoon, to write it.")
    assert any(p.name == "Dana Whitlock" and p.role and "creator" in p.role.lower() for p in found)


def test_a_compass_part_of_a_place_is_in_that_place():
    assert _places("A fire broke out in East Brooklyn on Monday.") == [("Brooklyn", "city")]
    assert [n for n, _ in _places("Talks between South Korea and North Korea resumed.")] == ["South Korea", "North Korea"]


def test_a_name_inside_a_place_named_by_its_kind_is_not_a_person():
    from coverage_site.claims import extract_claims
    from coverage_site.read import parse_article

    art = parse_article("---\ntitle: T\nsource: S\n---\nThe mayor spoke in the Harper Rose Garden on Monday.\n",
                        "content/articles/a.md")[0]
    found = {(c.kind, c.text) for c in extract_claims(art)}
    assert ("place", "Harper Rose Garden") in found and not any(k == "person" for k, _ in found)


def test_a_describing_word_that_opens_the_sentence_is_not_part_of_the_name():
    found = people.find("Retired Mary Walker, 71, was hurt. Walker said little.")
    assert {p.name for p in found} == {"Mary Walker"}
    assert all("Retired" not in "Retired Mary Walker, 71,"[p.start:p.end] for p in found if p.start < 25)


def test_a_business_named_before_its_kind_is_a_place():
    found = _places("Thieves rammed a van into the Lattimer store near the square. The Brixby plant closed.")
    assert [(n, t) for n, t in found] == [("Lattimer store", "facility"), ("Brixby plant", "facility")]
    assert [n for n, _ in _places("Workers at the Georgia plant walked out.")] == ["Georgia"]


def test_degrees_after_a_name_and_a_courtesy_title_give_way_to_the_post():
    found = {p.name: p.role for p in people.find("Obama chose Nora K. Ellery, MD, a family physician from Ohio. "
                                                 "Dr. Sam Oduya, a surgeon who runs a clinic, agreed.")}
    assert found["Nora K. Ellery"] == "Family Physician" and found["Sam Oduya"] == "Surgeon"


def test_a_street_word_inside_a_longer_name_is_no_street():
    assert [n for n, _ in _places("The Nevada Highway Patrol said the car was stopped on Main Street Tuesday.")] == \
        ["Nevada", "Main Street"]


def test_an_appositive_post_may_be_described_by_a_word_or_two():
    found = {p.name: p.role for p in people.find("Ada Quill, the swimming champion turned actress, died. "
                                                 "Bo Renner, a young record cyclist, won.")}
    assert found == {"Ada Quill": "Swimming Champion", "Bo Renner": "Young Record Cyclist"}


def test_a_square_with_an_accented_name_is_read_whole():
    assert _places("Thieves struck near the Place Vendôme at dawn.") == [("Place Vendôme", "street")]
    (found,) = places.find("near the Place Vendôme")
    assert found.place.name == "Place Vendome"  # one square however its accents are written


def test_a_town_named_as_a_town_is_a_place_even_unlisted_and_is_never_a_conflict():
    found = _places("The quake hit the town of Qarlik on Monday. Rescuers reached Qarlik by noon.")
    assert found == [("Qarlik", "locality"), ("Qarlik", "locality")]
    from tests.test_align import story_of

    story, _ = story_of("The quake struck near the town of Qarlik, officials said.",
                        "The quake struck near the village of Tolvan, officials said.")
    assert all(f.verdict != "conflict" for f in story.facets)
    assert {c.text for f in story.facets if f.kind == "place" for c in f.claims} == {"Qarlik", "Tolvan"}
