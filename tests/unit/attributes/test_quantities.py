"""Numbers with what they count (real spaCy parse), and the number reader on its own."""

from __future__ import annotations

from functools import cache

import pytest
from tests.conftest import SEED_FILE, shared_path

from newsevents.attributes.quantities import (
    event_quantities,
    find_quantities,
    load_units,
    parse_number,
)
from newsevents.nlp import parse_text
from newsevents.records import Quantity
from newsevents.settings import Settings


@cache
def quantities(text: str) -> tuple[Quantity, ...]:
    found = find_quantities(parse_text(text, Settings()))
    for q in found:
        assert text[q.start : q.end] == q.text
    return found


def facts(text: str) -> list[tuple[float, str, str, bool]]:
    return [(q.value, q.unit, q.text, q.approximate) for q in quantities(text)]


# --- the number reader (no spaCy) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "value", "approximate"),
    [
        ("100,000", 100_000, False),
        ("1.5 million", 1_500_000, False),
        ("five", 5, False),
        ("twenty-five", 25, False),
        ("two hundred", 200, False),
        ("3.5bn", 3_500_000_000, False),
        ("hundreds", 100, True),
        ("dozens", 12, True),
        ("tens of thousands", 10_000, True),
        ("several hundred", 100, True),
    ],
)
def test_parse_number(words: str, value: float, approximate: bool) -> None:
    assert parse_number(words.split()) == (value, approximate)


@pytest.mark.parametrize("words", ["", "several", "the", "Mi-17"])
def test_parse_number_refuses_what_is_no_number(words: str) -> None:
    assert parse_number(words.split()) is None


def test_units_vocabulary_loads() -> None:
    units = load_units()
    assert units.currency["€"] == "EUR" and units.currency["euros"] == "EUR"
    assert units.count["service members"] == ("military", "service members")
    assert units.casualty["kill"] == "killed"


# --- each form on a real parse ----------------------------------------------------------------


@pytest.mark.slow
def test_seed_troops_and_service_members() -> None:
    text = shared_path("seed", SEED_FILE).read_text(encoding="utf-8")
    got = {(q.value, q.unit, q.approximate) for q in quantities(text)}
    assert (100_000, "troops", True) in got
    assert (8_500, "service members", False) in got


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia has amassed over 100,000 troops near the border.",
            (100_000, "troops", "over 100,000 troops", True),
        ),
        (
            "The readiness of 8,500 U.S. service members was raised.",
            (8_500, "service members", "8,500 U.S. service members", False),
        ),
        (
            "At least 50 people were killed in the attack.",
            (50, "killed", "At least 50 people", True),
        ),
        ("Police arrested 35 protesters on Sunday.", (35, "arrested", "35 protesters", False)),
        ("The strike wounded nearly 40 civilians.", (40, "injured", "nearly 40 civilians", True)),
        ("The blast left 7 dead.", (7, "killed", "7 dead", False)),
        ("The US will provide $350 million in aid.", (350_000_000, "USD", "$350 million", False)),
        ("The EU pledged €2 billion to Kyiv.", (2_000_000_000, "EUR", "€2 billion", False)),
        ("Berlin gave 1.5 million euros.", (1_500_000, "EUR", "1.5 million euros", False)),
        (
            "Washington will send five Mi-17 helicopters.",
            (5, "helicopters", "five Mi-17 helicopters", False),
        ),
        (
            "Hundreds of people were arrested overnight.",
            (100, "arrested", "Hundreds of people", True),
        ),
        (
            "Tens of thousands of troops massed there.",
            (10_000, "troops", "Tens of thousands of troops", True),
        ),
    ],
)
def test_quantity_forms(text: str, expected: tuple[float, str, str, bool]) -> None:
    assert facts(text) == [expected]


@pytest.mark.slow
def test_two_casualty_counts_in_one_sentence() -> None:
    got = facts("At least 50 people were killed and 120 injured in the attack.")
    assert [(v, u) for v, u, _, _ in got] == [(50, "killed"), (120, "injured")]


@pytest.mark.slow
def test_a_unit_is_never_taken_from_the_next_paragraph() -> None:
    got = facts("Missile strike kills at least 50\n\nThousands of civilians fled the city.")
    assert got[0] == (50, "killed", "at least 50", True)
    assert got[1] == (1_000, "civilians", "Thousands of civilians", True)


@pytest.mark.slow
def test_hyphenated_compounds_do_not_hide_the_counted_noun() -> None:
    got = facts(
        "The package included 800 Stinger anti-aircraft systems "
        "and 2,000 Javelin anti-tank missiles."
    )
    assert [(v, u) for v, u, _, _ in got] == [(800, "systems"), (2_000, "missiles")]


@pytest.mark.slow
def test_numbers_of_things_we_do_not_count_are_not_reported() -> None:
    assert quantities("The talks lasted three days and the sides met 5 times.") == ()


# --- attached to an event's sentence (no spaCy) -----------------------------------------------


def test_event_quantities_keeps_what_is_inside_the_sentence() -> None:
    inside = Quantity(100.0, "troops", "100 troops", 10, 20)
    outside = Quantity(5.0, "tanks", "5 tanks", 40, 47)
    assert event_quantities(0, 30, (inside, outside)) == (inside,)
    assert event_quantities(50, 60, (inside, outside)) == ()
