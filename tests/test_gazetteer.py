"""The gazetteer: GeoNames and ISO 3166-2 names, their places ranked, kept packed in the user cache."""

from __future__ import annotations

import pickle

from coverage_site.gazetteer import Gazetteer, Place, _pack, _unpack, gazetteer


def test_names_mean_their_likeliest_places_first():
    g = gazetteer()
    washington = g.lookup("Washington")
    assert (washington[0].type, washington[0].within) == ("city", ("District of Columbia", "United States"))
    assert "state" in [p.type for p in washington]
    assert [p.type for p in g.lookup("Georgia")][:2] == ["country", "state"]
    assert g.lookup("Paris")[0].country == "FR"


def test_containment_aliases_and_regions():
    g = gazetteer()
    bryan = g.lookup("Bryan County")[0]
    georgia_state = next(p for p in g.lookup("Georgia") if p.type == "state")
    assert georgia_state.contains(bryan)
    assert g.lookup("Ga.") == [georgia_state]
    assert g.lookup("U.S.")[0].name == "United States"
    assert g.lookup("Aceh")[0].within == ("Indonesia",)
    assert g.lookup("Middle East")[0].within == ("Asia",)
    assert g.lookup("Nowhereville") == []


def test_packed_places_unpack_to_the_same_places():
    for place in (Place("city:1", "Saint-Denis", "city", ("Réunion", "France"), 150_000, "RE"),
                  Place("region:x", "O'Higgins", "region", (), 0, ""),
                  Place("country:US", "United States", "country", (), 327_167_434, "US")):
        assert _unpack(_pack(place)) == place


def test_what_the_user_cache_holds_is_plain_data():
    g = gazetteer()
    g.lookup("Georgia")  # places unpacked on use are not part of what is stored
    stored = pickle.loads(pickle.dumps(g._packed))
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in stored.items())
    assert Gazetteer(stored).lookup("Georgia") == g.lookup("Georgia")
