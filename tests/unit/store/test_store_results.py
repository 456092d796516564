from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from store_records import event, failure, mention, quote, raw, ref, result

from newsevents.errors import StoreError
from newsevents.records import EventType, Modality, as_dict, event_json
from newsevents.store import SQLiteStore

USA = ref("USA", "Antony Blinken")
RUS = ref("RUS", "Sergey Lavrov")
UKR = ref("UKR", "Volodymyr Zelensky")
NATO = ref("NATO", "NATO", sector=None, family="IGO")

E1 = event("a1", EventType.CONSULT, (USA,), (RUS,), date=dt.date(2024, 3, 1), sentence_start=30)
E2 = event("a1", EventType.ACCUSE, (RUS,), (USA, UKR), date=dt.date(2024, 3, 1), sentence_start=0)
E3 = event(
    "a1", EventType.THREATEN, (RUS,), (UKR,), date=dt.date(2024, 3, 5), modality=Modality.NEGATED
)
E4 = event("a2", EventType.AID, (USA, NATO), (UKR,), date=dt.date(2024, 2, 10))
E5 = event("a2", EventType.COERCE, (RUS,), (UKR,), date=None, modality=Modality.HISTORICAL)
QUOTES_A1 = (
    quote("We will not back down.", RUS, start=60),
    quote("Talks were useful.", USA, start=10),
)
QUOTES_A2 = (quote("Help is on the way.", USA), quote("No comment.", None, start=30))


@pytest.fixture
def filled(store: SQLiteStore) -> SQLiteStore:
    store.save_raw(raw("a1", "one"))
    store.save_raw(raw("a2", "two"))
    store.save_result(
        result(
            "a1",
            text="Blinken met Lavrov in Geneva on Monday; the talks were frank.",
            title="Blinken and Lavrov meet",
            events=(E1, E2, E3),
            quotes=QUOTES_A1,
            mentions=(mention("USA", "Antony Blinken"), mention("RUS", "Sergey Lavrov", start=12)),
        )
    )
    store.save_result(
        result(
            "a2",
            text="Washington pledged artillery shells to Kyiv.",
            title="Aid for Ukraine",
            published=dt.date(2024, 2, 11),
            events=(E4, E5),
            quotes=QUOTES_A2,
            mentions=(
                mention("USA", "Antony Blinken"),
                mention("USA", "Antony Blinken", start=20),
                mention("UKR", "Volodymyr Zelensky", start=40),
                mention("NATO", "NATO", sector=None, start=45, family="IGO"),
            ),
        )
    )
    return store


def test_events_are_exactly_event_json(filled: SQLiteStore) -> None:
    got = filled.events(modalities=None)
    # by date (a2's undated event takes its article's date, 2024-02-11), article, sentence
    assert got == [event_json(e) for e in (E4, E5, E2, E1, E3)]


def test_default_modalities_are_the_live_ones(filled: SQLiteStore) -> None:
    # the story's news only: the historical (background) E5 is listed on request
    assert filled.events() == [event_json(e) for e in (E4, E2, E1)]
    assert filled.events(modalities=["historical"]) == [event_json(E5)]
    assert filled.events(modalities=["negated"]) == [event_json(E3)]
    assert filled.events(modalities=[]) == []


def test_actor_and_recipient_filters_match_any_listed_code(filled: SQLiteStore) -> None:
    assert filled.events(actor="rus", modalities=None) == [event_json(e) for e in (E5, E2, E3)]
    assert filled.events(actor="NATO") == [event_json(E4)]
    assert filled.events(actor="igo") == [event_json(E4)]  # the PLOVER family matches too
    assert filled.events(recipient="USA") == [event_json(E2)]
    assert filled.events(actor="RUS", recipient="ukr") == [event_json(E2)]
    assert filled.events(actor="RUS", recipient="ukr", modalities=["historical", "asserted"]) == [
        event_json(E5),
        event_json(E2),
    ]
    assert filled.events(recipient="RUS", actor="UKR") == []


def test_type_date_article_and_paging_filters(filled: SQLiteStore) -> None:
    assert filled.events(type="consult") == [event_json(E1)]
    assert filled.events(since=dt.date(2024, 3, 1)) == [event_json(E2), event_json(E1)]
    assert filled.events(until=dt.date(2024, 2, 28)) == [event_json(E4)]
    assert filled.events(since=dt.date(2024, 3, 2), modalities=None) == [event_json(E3)]
    assert filled.events(article_id="a2", modalities=None) == [event_json(E4), event_json(E5)]
    assert filled.events(limit=2, offset=1) == [event_json(E2), event_json(E1)]
    assert len(filled.events(limit=None, modalities=None)) == 5


def test_quotes_filters(filled: SQLiteStore) -> None:
    everything = filled.quotes()
    assert [q["text"] for q in everything] == [
        "Help is on the way.",
        "No comment.",
        "Talks were useful.",
        "We will not back down.",
    ]
    first = everything[0]
    assert first["article_id"] == "a2" and first["published"] == "2024-02-11"
    assert first["speaker"]["code"] == "USA" and first["direct"] is True
    assert everything[1]["speaker"] is None
    assert [q["text"] for q in filled.quotes(speaker="lavr")] == ["We will not back down."]
    assert [q["text"] for q in filled.quotes(actor="usa", since=dt.date(2024, 3, 1))] == [
        "Talks were useful."
    ]
    assert [q["text"] for q in filled.quotes(speaker="%")] == []
    assert len(filled.quotes(limit=1)) == 1
    assert [q["text"] for q in filled.quotes(search="back")] == ["We will not back down."]


def test_actors_are_grouped_most_mentioned_first(filled: SQLiteStore) -> None:
    usa, *rest = filled.actors()
    assert usa == {
        "code": "USA",
        "sector": "GOV",
        "name": "Antony Blinken",
        "family": None,
        "mentions": 3,
        "articles": 2,
    }
    assert [(a["code"], a["family"], a["mentions"], a["articles"]) for a in rest] == [
        ("NATO", "IGO", 1, 1),
        ("RUS", None, 1, 1),
        ("UKR", None, 1, 1),
    ]
    assert len(filled.actors(limit=1)) == 1


def test_stats(filled: SQLiteStore) -> None:
    filled.save_failure(failure("missing"))
    stats = filled.stats()
    assert {k: stats[k] for k in ("raw", "articles", "failures", "events", "quotes")} == {
        "raw": 2,
        "articles": 2,
        "failures": 1,
        "events": 3,  # the story's news: the historical COERCE is not counted
        "quotes": 4,
    }
    assert stats["events_by_type"] == {"ACCUSE": 1, "AID": 1, "CONSULT": 1}
    assert stats["top_dyads"] == [
        {"actor": "NATO", "recipient": "UKR", "events": 1},
        {"actor": "RUS", "recipient": "UKR", "events": 1},
        {"actor": "RUS", "recipient": "USA", "events": 1},
        {"actor": "USA", "recipient": "RUS", "events": 1},
        {"actor": "USA", "recipient": "UKR", "events": 1},
    ]


def test_articles_listing_and_full_text_search(filled: SQLiteStore) -> None:
    listed = filled.articles()
    assert [a["id"] for a in listed] == ["a1", "a2"]  # newest first
    assert listed[0] == {
        "id": "a1",
        "title": "Blinken and Lavrov meet",
        "published": "2024-03-01",
        "url": "https://example.org/a1",
        "source": "/data/a1.html",
        "language": "en",
        "n_events": 2,
        "n_quotes": 2,
    }
    assert [a["id"] for a in filled.articles(search="artillery")] == ["a2"]
    assert [a["id"] for a in filled.articles(search="lavrov")] == ["a1"]  # title and text
    assert [a["id"] for a in filled.articles(search="ukraine")] == ["a2"]  # title only
    assert filled.articles(search="nothing-like-this") == []
    assert [a["id"] for a in filled.articles(limit=1, offset=1)] == ["a2"]


def test_search_text_that_is_not_fts5_syntax_is_searched_as_words(filled: SQLiteStore) -> None:
    assert [a["id"] for a in filled.articles(search="artillery-shells")] == ["a2"]
    assert [a["id"] for a in filled.articles(search='"Geneva')] == ["a1"]
    assert [a["id"] for a in filled.articles(search="were:frank")] == ["a1"]
    assert [a["id"] for a in filled.articles(search="Geneva AND")] == ["a1"]
    assert [q["text"] for q in filled.quotes(search="(useful")] == ["Talks were useful."]
    assert filled.articles(search="nothing-like-this") == []
    assert len(filled.articles(search="  ")) == 2  # blank means no search


def test_fts5_operators_work(filled: SQLiteStore) -> None:
    assert sorted(a["id"] for a in filled.articles(search="Geneva OR Kyiv")) == ["a1", "a2"]
    assert [a["id"] for a in filled.articles(search="Geneva NOT frank")] == []
    assert [a["id"] for a in filled.articles(search="pledg*")] == ["a2"]
    assert [a["id"] for a in filled.articles(search='"met Lavrov"')] == ["a1"]


def test_article_has_text_and_attributes(filled: SQLiteStore) -> None:
    art = filled.article("a1")
    assert art is not None
    assert art["text"] == "Blinken met Lavrov in Geneva on Monday; the talks were frank."
    assert art["sha256"] == raw("a1", "one").sha256
    assert art["places"] == [
        {
            "name": "Geneva",
            "start": 22,
            "end": 28,
            "text": "Geneva",
            "country": "CHE",
            "latitude": None,
            "longitude": None,
            "feature": None,
            "precision": None,
        }
    ]
    assert art["quantities"][0]["approximate"] is True and art["quantities"][0]["value"] == 2.5
    assert [m["resolution"] for m in art["mentions"]][1] == ["title:x", "person:Sergey Lavrov"]
    nato = filled.article("a2")["mentions"][-1]  # type: ignore[index]
    assert nato == as_dict(mention("NATO", "NATO", sector=None, start=45, family="IGO"))
    assert filled.article("nope") is None


def test_reprocessing_replaces_the_result_and_clears_the_failure(filled: SQLiteStore) -> None:
    filled.save_result(result("a1", failures=(failure("a1", "events"),), with_document=False))
    assert [f["article_id"] for f in filled.failures()] == ["a1"]
    assert filled.article("a1") is not None  # a failed retry keeps the earlier document
    assert [r.id for r in filled.failed_raw()] == ["a1"]

    filled.save_result(
        result("a1", text="Lavrov rejected the proposal.", title="Rejected", events=(E3,))
    )
    assert filled.failures() == []
    assert filled.failed_raw() == []
    assert filled.events(article_id="a1", modalities=None) == [event_json(E3)]
    assert filled.quotes(actor="RUS") == []
    assert [a["id"] for a in filled.articles(search="proposal")] == ["a1"]
    assert filled.articles(search="frank") == []  # the old text left the index
    assert filled.stats()["articles"] == 2
    assert [a["mentions"] for a in filled.actors() if a["code"] == "RUS"] == []


def test_a_result_that_cannot_be_stored_leaves_the_old_one(filled: SQLiteStore) -> None:
    broken = dataclasses.replace(E3, confidence=float("nan"))
    with pytest.raises(StoreError) as info:
        filled.save_result(result("a1", text="Replaced text.", events=(broken,)))
    assert info.value.hint is not None and "NaN" in info.value.hint
    art = filled.article("a1")
    assert art is not None and art["text"].startswith("Blinken met Lavrov")
    assert filled.events(article_id="a1") == [event_json(E2), event_json(E1)]
    filled.save_raw(raw("a3", "three"))  # the store is still usable: no transaction left open
    assert filled.stats()["raw"] == 3
