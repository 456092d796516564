"""Property: arbitrary NUL-free unicode in titles, text, sentences and quotes survives the store."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from store_records import document, event, quote, raw, ref

from newsevents.records import ArticleResult, EventType, as_dict, event_json
from newsevents.settings import Settings
from newsevents.store import open_sqlite

CHARS = st.characters(codec="utf-8", exclude_characters="\x00")  # no surrogates, no NUL
TEXT = st.text(alphabet=CHARS)
SHORT = st.text(alphabet=CHARS, min_size=1, max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=TEXT,
    text=TEXT,
    sentence=TEXT,
    quoted=TEXT,
    name=SHORT,
    code=SHORT,
    kind=st.sampled_from(list(EventType)),
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    confidence=st.floats(min_value=0.0, max_value=1.0),
)
@example(
    title='He said "no" — l\'accord',
    text="«Нет», сказал он. 停火 🕊️ \u200b\r\n\t'quoted' \"double\"",
    sentence='"We will fight," he said.',
    quoted="'single' \"double\" “curly” ‘curly’ %_\\",
    name="O'Brien %_\\",
    code="usa",
    kind=EventType.ACCUSE,
    day=dt.date(2024, 2, 29),
    confidence=1.0,
)
def test_text_survives_save_and_load(
    tmp_path_factory: pytest.TempPathFactory,
    title: str,
    text: str,
    sentence: str,
    quoted: str,
    name: str,
    code: str,
    kind: EventType,
    day: dt.date,
    confidence: float,
) -> None:
    path: Path = tmp_path_factory.mktemp("prop") / "news.db"
    speaker = ref(code, name)
    ev = event("art", kind, (speaker,), (ref("UKR", name),), date=day)
    ev = dataclasses.replace(ev, sentence=sentence, confidence=confidence)
    q = quote(quoted, speaker)
    item = raw("art", text)
    with open_sqlite(Settings(db=str(path))) as store:
        store.save_raw(item)
        store.save_result(
            ArticleResult(
                article_id="art",
                source="src",
                document=document("art", text, title=title, published=day),
                events=(ev,),
                quotes=(q,),
            )
        )
    with open_sqlite(Settings(db=str(path))) as store:
        assert store.raw("art") == item
        art = store.article("art")
        assert art is not None and art["title"] == title and art["text"] == text
        assert art["published"] == day.isoformat()
        assert store.events(actor=code) == [event_json(ev)]
        (got,) = store.quotes(speaker=name)
        assert {k: got[k] for k in ("text", "start", "end", "speaker", "verb", "direct")} == (
            as_dict(q)
        )
