"""Places resolved against the gazetteer (real spaCy parse, real actor coder), event locations."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import pytest
from tests.conftest import SEED_FILE, shared_path

from newsevents.actors import make_actor_coder
from newsevents.attributes.gazetteer import load_gazetteer, name_key
from newsevents.attributes.places import event_location, find_places
from newsevents.nlp import parse_text
from newsevents.records import Document, ParsedDocument, Place
from newsevents.settings import Settings

PUB = dt.date(2022, 1, 27)


@cache
def _coded(text: str) -> tuple[Any, tuple[Place, ...]]:
    doc = parse_text(text, Settings())
    parsed = ParsedDocument(document=Document(article_id="t", text=text, published=PUB), doc=doc)
    mentions = make_actor_coder(Settings())(parsed)
    return doc, find_places(doc, mentions)


def places(text: str) -> tuple[Place, ...]:
    found = _coded(text)[1]
    for p in found:
        assert text[p.start : p.end] == p.text  # every span points into the text
    return found


def place(text: str, surface: str) -> Place:
    hits = [p for p in places(text) if p.text == surface]
    assert hits, f"{surface!r} not among {[p.text for p in places(text)]}"
    return hits[0]


# --- the gazetteer (no spaCy) -----------------------------------------------------------------


def test_name_key_ignores_case_dots_and_a_leading_the() -> None:
    assert name_key("the U.S.") == "us"
    assert name_key("The  Netherlands") == "netherlands"


def test_gazetteer_has_countries_states_cities_and_continents() -> None:
    gaz = load_gazetteer()
    france = gaz.country("FRA")
    assert france is not None and france.name == "France"
    assert france.latitude is not None and 42 < france.latitude < 51  # a point inside France
    assert france.longitude is not None and -5 < france.longitude < 8
    assert {c.entry.feature for c in gaz.lookup("Georgia")} == {"country", "region"}
    assert gaz.lookup("Europe")[0].entry.precision == "continent"
    assert gaz.country("KOS") is not None  # GeoNames XKX, PLOVER KOS


def test_provinces_are_regions_of_their_country() -> None:
    gaz = load_gazetteer()
    for name, code in [("Katsina State", "NGA"), ("KwaZulu-Natal", "ZAF"), ("Kursk Oblast", "RUS")]:
        entry = gaz.lookup(name)[0].entry
        assert (entry.feature, entry.country) == ("region", code)


@pytest.mark.parametrize(
    ("old", "new"),
    [("Kiev", "Kyiv"), ("Kharkov", "Kharkiv"), ("Odessa", "Odesa"), ("Bombay", "Mumbai")],
)
def test_old_spellings_point_at_the_current_name(old: str, new: str) -> None:
    names = [c.entry.name for c in load_gazetteer().lookup(old) if c.preferred]
    assert names == [new]


# --- the seed ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_seed_places_with_coordinates() -> None:
    text = shared_path("seed", SEED_FILE).read_text(encoding="utf-8")
    found = places(text)
    by_text = {p.text: p for p in found}
    paris, berlin = by_text["Paris"], by_text["Berlin"]
    assert (paris.country, paris.feature) == ("FRA", "city")
    assert paris.latitude == pytest.approx(48.85, abs=0.1)
    assert paris.longitude == pytest.approx(2.35, abs=0.1)
    assert (berlin.country, berlin.feature) == ("DEU", "city")
    assert berlin.latitude == pytest.approx(52.52, abs=0.1)
    east = by_text["eastern Ukraine"]
    assert (east.country, east.feature, east.precision) == ("UKR", "area", "region")
    border = by_text["the Ukrainian border"]
    assert (border.country, border.feature, border.precision) == ("UKR", "area", "border")
    europe = by_text["Europe"]
    assert (europe.country, europe.feature) == (None, "area")
    assert europe.latitude is not None and europe.longitude is not None
    # states used as actors ("Russia has amassed", "Moscow would study") are not places
    assert "Moscow" not in by_text and "Russia" not in by_text
    # the negotiations were held in Paris
    start = text.index("Meanwhile, diplomats")
    end = text.index(".", start) + 1
    trigger = text.index("held negotiations")
    loc = event_location(start, end, trigger, found, text)
    assert loc is not None and (loc.name, loc.country) == ("Paris", "FRA")
    # the troops are near the border
    start = text.index("Russia has amassed")
    loc = event_location(start, text.index(".", start), start + 11, found, text)
    assert loc is not None and loc.precision == "border"


# --- disambiguation ---------------------------------------------------------------------------


@pytest.mark.slow
def test_paris_is_france_by_population() -> None:
    p = place("Protesters gathered in Paris on Saturday.", "Paris")
    assert p.country == "FRA"


@pytest.mark.slow
def test_paris_texas_when_the_state_follows() -> None:
    p = place("A tornado struck Paris, Texas, on Monday.", "Paris")
    assert p.country == "USA" and p.latitude == pytest.approx(33.66, abs=0.1)


@pytest.mark.slow
def test_paris_texas_when_the_article_is_about_texas() -> None:
    p = place("Texas officials met in Austin. Later the governor spoke in Paris.", "Paris")
    assert p.country == "USA"


@pytest.mark.slow
def test_georgia_the_country_in_a_caucasus_context() -> None:
    text = "Russian troops remain in Georgia, officials in Tbilisi said."
    p = place(text, "Georgia")
    assert (p.country, p.feature) == ("GEO", "country")


@pytest.mark.slow
def test_georgia_the_us_state_in_an_atlanta_context() -> None:
    text = "Voters in Georgia lined up in Atlanta for the US Senate runoff."
    p = place(text, "Georgia")
    assert (p.country, p.feature, p.name) == ("USA", "region", "Georgia")


@pytest.mark.slow
def test_kiev_and_kyiv_are_the_same_city() -> None:
    old = place("Talks were held in Kiev in 2014.", "Kiev")
    new = place("Talks were held in Kyiv in 2022.", "Kyiv")
    assert old.name == new.name == "Kyiv"
    assert old.country == "UKR" and old.latitude == new.latitude


@pytest.mark.slow
def test_person_names_are_not_places() -> None:
    text = "Michael Jordan visited Chicago. Jordan said the city was beautiful."
    found = places(text)
    assert [p.text for p in found] == ["Chicago"]


@pytest.mark.slow
def test_region_phrases() -> None:
    p = place("Israeli jets struck targets in southern Lebanon.", "southern Lebanon")
    assert (p.country, p.feature, p.precision, p.name) == (
        "LBN",
        "area",
        "region",
        "southern Lebanon",
    )
    b = place("Troops massed along the border with Ukraine overnight.", "the border with Ukraine")
    assert (b.country, b.precision) == ("UKR", "border")


@pytest.mark.slow
def test_named_regions_and_states() -> None:
    p = place("Shelling hit the Donetsk region overnight.", "Donetsk region")
    assert (p.country, p.feature, p.precision) == ("UKR", "region", "region")
    w = place("Wildfires burned across Washington state.", "Washington state")
    assert (w.country, w.feature, w.name) == ("USA", "region", "Washington")
    dc = place("The envoy held talks in Washington on Monday.", "Washington")
    assert (dc.country, dc.feature) == ("USA", "city")
    assert dc.latitude == pytest.approx(38.9, abs=0.1)


@pytest.mark.slow
def test_a_dateline_capital_is_a_place_and_facilities_need_their_own_name() -> None:
    text = "KYIV (Reuters) — Kyiv said on Monday that talks would resume."
    found = places(text)
    assert [(p.text, p.name, p.country) for p in found] == [("KYIV", "Kyiv", "UKR")]
    # "White House" is an alternate name of Casablanca in GeoNames: never a match for a facility
    assert all(p.name != "Casablanca" for p in places("Officials at the White House met."))


@pytest.mark.slow
def test_areas_from_our_regions_file() -> None:
    p = place("Fighting continued in Crimea and the Black Sea.", "Crimea")
    assert (p.country, p.feature) == ("UKR", "region")
    sea = place("Fighting continued in Crimea and the Black Sea.", "Black Sea")
    assert sea.country is None and sea.feature == "area"


@pytest.mark.slow
def test_text_without_places_and_unknown_names() -> None:
    assert places("He said nothing.") == ()
    assert places("They met in Zzyzxville yesterday.") == ()


# --- event location (no spaCy) ----------------------------------------------------------------


def _p(text: str, surface: str, name: str) -> Place:
    start = text.index(surface)
    return Place(name=name, start=start, end=start + len(surface), text=surface)


def test_event_location_needs_a_locative_preposition_and_prefers_the_nearest() -> None:
    text = "France and Germany held talks in Paris about fighting in Donetsk."
    berlin_like = _p(text, "France", "France")
    paris = _p(text, "Paris", "Paris")
    donetsk = _p(text, "Donetsk", "Donetsk")
    trigger = text.index("held")
    got = event_location(0, len(text), trigger, (berlin_like, paris, donetsk), text)
    assert got == paris
    # a place outside the sentence is never the location
    assert event_location(0, 20, trigger, (paris, donetsk), text) is None
    # without the text, the nearest place of the sentence
    assert event_location(0, len(text), trigger, (berlin_like, donetsk), None) == berlin_like
