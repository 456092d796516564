"""The seed article, end to end: actors, events and what must not be produced (EXPECTED.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import LIVE_MODALITIES, ArticleResult, EventType
from tests.conftest import shared_path

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed(pipeline: Pipeline) -> ArticleResult:
    path = shared_path("seed", "us-rejects-russia-demand-2022-01-27.txt")
    items = list(pipeline.inputs([str(path)]))
    results = list(pipeline.run(items))
    assert len(results) == 1 and results[0].ok, results
    return results[0]


def _live(seed: ArticleResult, kind: EventType) -> list:  # type: ignore[type-arg]
    return [e for e in seed.events if e.event == kind and e.modality in LIVE_MODALITIES]


def codes(actors) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.code for a in actors}


@pytest.mark.parametrize(
    ("needle", "code", "sector"),
    [
        ("Blinken", "USA", "GOV"),
        ("Biden", "USA", "GOV"),
        ("Putin", "RUS", "GOV"),
        ("Lavrov", "RUS", "GOV"),
        ("Peskov", "RUS", "GOV"),
    ],
)
def test_every_mention_of_a_person_resolves(
    seed: ArticleResult, needle: str, code: str, sector: str
) -> None:
    found = [m for m in seed.mentions if needle in m.text or needle in m.name]
    assert found, f"no mention of {needle}"
    assert all((m.code, m.sector) == (code, sector) for m in found), found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Estonia", "EST"),
        ("Latvia", "LVA"),
        ("Lithuania", "LTU"),
        ("France", "FRA"),
        ("Germany", "DEU"),
        ("Ukraine", "UKR"),
        ("Kyiv", "UKR"),
        ("Moscow", "RUS"),
        ("NATO", "NATO"),
    ],
)
def test_states_and_organisations_resolve(seed: ArticleResult, text: str, code: str) -> None:
    assert any(m.text == text and m.code == code for m in seed.mentions)


def test_moscow_as_actor_is_government(seed: ArticleResult) -> None:
    moscow = [m for m in seed.mentions if m.text == "Moscow" and m.kind == "capital"]
    assert moscow and all(m.sector == "GOV" for m in moscow)


def test_nato_is_documented_igo_family(seed: ArticleResult) -> None:
    nato = [m for m in seed.mentions if m.code == "NATO"]
    assert nato and all(m.family == "IGO" for m in nato)


def test_reject_usa_rus_and_nominal_request(seed: ArticleResult) -> None:
    reject = _live(seed, EventType.REJECT)
    assert any(codes(e.actor) == {"USA"} and "RUS" in codes(e.recipient) for e in reject)
    request = _live(seed, EventType.REQUEST)
    assert any("RUS" in codes(e.actor) and codes(e.recipient) & {"USA", "NATO"} for e in request)


def test_mobilize_russia_troops(seed: ArticleResult) -> None:
    (event,) = [e for e in _live(seed, EventType.MOBILIZE) if "RUS" in codes(e.actor)]
    assert event.mode == "troops"
    assert "100,000 troops" in event.sentence


def test_aid_to_ukraine_and_helicopters(seed: ArticleResult) -> None:
    aid = [
        e
        for e in seed.events
        if e.event in (EventType.AID, EventType.AGREE) and "UKR" in codes(e.recipient)
    ]
    assert any(
        codes(e.actor) & {"USA", "EST", "LVA", "LTU"} and "equipment" in e.sentence for e in aid
    )
    assert any("USA" in codes(e.actor) and "Mi-17" in e.sentence for e in aid)


def test_paris_talks_are_one_reciprocal_consult(seed: ArticleResult) -> None:
    consult = [e for e in _live(seed, EventType.CONSULT) if "Paris" in e.sentence]
    assert len(consult) == 1
    assert codes(consult[0].actor) == {"RUS", "UKR", "FRA", "DEU"}


def test_conditional_sanctions_are_a_threat(seed: ArticleResult) -> None:
    threat = _live(seed, EventType.THREATEN)
    assert any(codes(e.actor) == {"USA"} and "RUS" in codes(e.recipient) for e in threat)
    assert any("conditional" in e.rule for e in threat)


def test_support_for_ukraine_sovereignty(seed: ArticleResult) -> None:
    assert any(
        "USA" in codes(e.actor) and "UKR" in codes(e.recipient)
        for e in _live(seed, EventType.SUPPORT)
    )


def test_no_asserted_assault_and_hypothetical_invasion(seed: ArticleResult) -> None:
    assert not _live(seed, EventType.ASSAULT)
    invasion = [e for e in seed.events if e.event == EventType.ASSAULT]
    assert all(e.modality == "hypothetical" for e in invasion)


def test_nothing_from_boilerplate_and_nothing_after_publication(seed: ArticleResult) -> None:
    assert seed.document is not None
    assert "IMAGE SOURCE" not in seed.document.text
    for e in seed.events:
        assert e.date is None or e.date <= dt.date(2022, 1, 27) or e.modality == "future"
        assert e.rule and e.sentence and e.trigger
        assert seed.document.text[e.sentence_start : e.sentence_end] == e.sentence
        assert seed.document.text[e.trigger_start : e.trigger_end] == e.trigger
