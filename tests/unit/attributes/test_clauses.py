"""An event takes the date of its own clause, not of a subordinate clause below it."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.attributes.clauses import dates_other_noun, in_own_clause
from newsevents.nlp import parse_text
from newsevents.records import ActorRef, Event, EventType, merge_repeats
from newsevents.settings import Settings

pytestmark = pytest.mark.slow


def test_a_date_in_an_adverbial_clause_below_is_not_the_events() -> None:
    text = (
        "President Gotabaya Rajapaksa will resign on Wednesday, the speaker said, "
        "after protesters stormed his residence on Saturday."
    )
    doc = parse_text(text, Settings())
    assert not in_own_clause(doc, text.index("resign"), text.index("Saturday"))
    assert in_own_clause(doc, text.index("resign"), text.index("Wednesday"))


def test_a_date_attached_a_little_low_still_counts() -> None:
    text = "The United States rejected Russia's demand to bar Ukraine from NATO on Wednesday."
    doc = parse_text(text, Settings())
    assert in_own_clause(doc, text.index("rejected"), text.index("Wednesday"))


def test_a_date_on_the_act_answered_is_not_the_events() -> None:
    text = (
        "Erdogan has apologized to Putin for the downing of a Russian bomber over Syria last "
        "November, the Kremlin said on Monday."
    )
    doc = parse_text(text, Settings())
    assert not in_own_clause(doc, text.index("apologized"), text.index("last November"))
    days = "Thousands took to the streets for a second day on Friday."
    doc = parse_text(days, Settings())
    assert in_own_clause(doc, days.index("took"), days.index("Friday"))


def test_a_date_of_a_rift_is_not_the_reconciliation() -> None:
    text = "Bahrain and Qatar have agreed to restore relations, ending a rift dating back to 2017."
    doc = parse_text(text, Settings())
    assert not in_own_clause(doc, text.index("agreed"), text.index("2017"))


def test_a_date_of_the_sanctions_answered_is_not_the_events() -> None:
    text = (
        "Russia has banned eight EU officials from entering its territory in response to "
        "sanctions imposed by the EU in March, the ministry said on Friday."
    )
    doc = parse_text(text, Settings())
    assert not in_own_clause(doc, text.index("banned"), text.index("March"))


def test_a_date_in_a_participle_on_a_participant_is_not_the_events() -> None:
    text = (
        "President Donald Trump on Monday pardoned roughly 1,500 people charged over the Jan. 6, "
        "2021, attack on the U.S. Capitol and commuted the sentences of 14 others."
    )
    doc = parse_text(text, Settings())
    assert not in_own_clause(doc, text.index("commuted"), text.index("Jan."))
    assert in_own_clause(doc, text.index("commuted"), text.index("Monday"))
    moved = "Trump said he would impose tariffs on Mexico, a surprise move announced Thursday."
    doc = parse_text(moved, Settings())
    assert in_own_clause(doc, moved.index("impose"), moved.index("Thursday"))


def test_a_date_in_a_reported_clause_beside_is_not_the_events() -> None:
    text = (
        "Congolese President Felix Tshisekedi told the UN General Assembly on Wednesday that "
        "the mission had failed, and asked that the withdrawal of its troops begin in December."
    )
    doc = parse_text(text, Settings())
    assert not in_own_clause(doc, text.index("asked"), text.index("December"))
    assert in_own_clause(doc, text.index("asked"), text.index("Wednesday"))
    # a clause that leads its reporting verb is the news, and dates what follows
    led = (
        "Kamto was arrested late on Monday, his lawyer said, two days after his supporters "
        "staged protests."
    )
    doc = parse_text(led, Settings())
    assert in_own_clause(doc, led.index("protests"), led.index("Monday"))
    # nor is a small clause ("declaring him persona non grata on Tuesday") a reported one
    small = "Somalia has ordered the envoy to leave, declaring him persona non grata on Tuesday."
    doc = parse_text(small, Settings())
    assert in_own_clause(doc, small.index("ordered"), small.index("Tuesday"))


def test_a_date_in_a_participle_on_an_appositive_is_not_the_events() -> None:
    text = (
        "Pakistan's Supreme Court has acquitted Asia Bibi, a Christian woman sentenced to death "
        "for blasphemy in 2010."
    )
    doc = parse_text(text, Settings())
    assert not in_own_clause(doc, text.index("acquitted"), text.index("2010"))


def test_a_date_describing_another_noun_is_not_the_events() -> None:
    text = (
        "The court convicted him of plotting to overturn his 2022 election defeat, drawing "
        "a warning from Washington, and Tuesday's attack was condemned."
    )
    doc = parse_text(text, Settings())
    year = text.index("2022")
    assert dates_other_noun(doc, text.index("warning"), year, year + 4)
    tuesday = text.index("Tuesday's")
    assert not dates_other_noun(doc, text.index("attack"), tuesday, tuesday + 7)


def test_a_date_after_of_describes_its_noun_unless_that_noun_is_a_time() -> None:
    text = (
        "A court has sentenced Karim Massimov to 18 years in prison over his role in the unrest "
        "of January 2022, and missiles struck Sumy on the morning of April 13."
    )
    doc = parse_text(text, Settings())
    january = text.index("January")
    assert dates_other_noun(doc, text.index("sentenced"), january, january + 12)
    april = text.index("April")
    assert not dates_other_noun(doc, text.index("struck"), april, april + 8)


def _event(start: int, day: dt.date) -> Event:
    usa = ActorRef("USA", "GOV", "United States", "US", 0, 2)
    rus = ActorRef("RUS", "GOV", "Russia", "Russia", 10, 16)
    return Event(
        "a",
        EventType.REJECT,
        (usa,),
        (rus,),
        "rejected",
        start,
        start + 8,
        "…",
        start,
        start + 40,
        "reject.v",
        date=day,
        evidence=((start, start + 40),),
    )


def test_repeats_merge_only_on_the_same_date() -> None:
    d1, d2 = dt.date(2022, 1, 26), dt.date(2022, 1, 27)
    merged = merge_repeats([_event(0, d1), _event(50, d1), _event(100, d2)])
    assert [len(e.evidence) for e in merged] == [2, 1]
    assert merged[0].confidence > 0.5
