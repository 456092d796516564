"""Arbitrary bytes give a Document or a newsevents error, never a crash; spans fit the text."""

from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.errors import NewsEventsError
from newsevents.extract import extract
from newsevents.records import RawArticle
from newsevents.settings import Settings

LINES = st.sampled_from(
    [
        "Share this article",
        "IMAGE SOURCE: AXIOS",
        "Jan. 27, 2022",
        "US Rejects Russia’s Demand",
        "The minister said the talks would go on next week in Paris.",
        "<!-- tag -->",
        "",
        "and then he said",
    ]
)


def _check(content: bytes, kind: str) -> None:
    raw = RawArticle("p", "prop", content, hashlib.sha256(content).hexdigest(), kind)
    try:
        doc = extract(raw, Settings())
    except NewsEventsError as err:
        assert err.source == "prop"
        return
    assert doc.text.strip()
    for start, end in doc.paragraphs:
        assert 0 <= start < end <= len(doc.text)
        assert doc.text[start:end].strip() == doc.text[start:end]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400), st.sampled_from(["text", "html"]))
def test_arbitrary_bytes(content: bytes, kind: str) -> None:
    _check(content, kind)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINES, max_size=25))
def test_scraped_line_soup(lines: list[str]) -> None:
    _check("\n".join(lines).encode("utf-8"), "text")
