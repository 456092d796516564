"""Golden test: the seed article (../shared/seed) extracts as EXPECTED.md section "Article" says."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from newsevents.extract import extract
from newsevents.records import Document, RawArticle
from newsevents.settings import Settings

SEED = (
    Path(__file__).resolve().parents[2]
    / ".."
    / "shared"
    / "seed"
    / "us-rejects-russia-demand-2022-01-27.txt"
)
TITLE = "US Rejects Russia’s Demand to Bar Ukraine From NATO"


@pytest.fixture(scope="module")
def seed() -> Document:
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED} (the ../shared folder is not present)")
    data = SEED.read_bytes()
    raw = RawArticle(
        id=SEED.stem,
        source=str(SEED),
        content=data,
        sha256=hashlib.sha256(data).hexdigest(),
        kind="text",
    )
    return extract(raw, Settings())


def test_metadata(seed: Document) -> None:
    assert seed.title == TITLE
    assert seed.published == dt.date(2022, 1, 27)
    assert seed.article_id == "us-rejects-russia-demand-2022-01-27"
    assert seed.language == "en"
    assert seed.extractor == "trafilatura.v1/text"


def test_no_tracking_tag_caption_or_credit(seed: Document) -> None:
    assert "gtag" not in seed.text
    assert "Google tag" not in seed.text
    assert "<!--" not in seed.text and "-->" not in seed.text
    assert "IMAGE SOURCE" not in seed.text
    assert "AXIOS" not in seed.text
    assert "Antony J. Blinken" not in seed.text
    assert not any(
        line.strip() == "US Secretary of State Antony J. Blinken" for line in seed.text.split("\n")
    )
    assert "January 27, 2022" not in seed.text


def test_repeated_headline_at_most_once(seed: Document) -> None:
    squeezed = " ".join(seed.text.split()).casefold()
    assert squeezed.count(" ".join(TITLE.split()).casefold()) <= 1


def test_body_is_kept(seed: Document) -> None:
    for phrase in (
        "has amassed over 100,000 troops",
        "Peskov said individual sanctions would not be painful",
        "diplomats from Russia, Ukraine, France and Germany held negotiations in Paris",
        "Mi-17 helicopters",
        "the US President Joe Biden said he would impose",
        "US Secretary of State Antony Blinken said the US had delivered a formal response",
        "“We’re open to dialogue.",
    ):
        assert phrase in seed.text, phrase


def test_paragraphs_and_spans(seed: Document) -> None:
    texts = [seed.text[s:e] for s, e in seed.paragraphs]
    assert "\n\n".join(texts) == seed.text
    assert len(texts) == 13  # standfirst + 12 body paragraphs
    assert texts[0].startswith("US Secretary of State Antony Blinken said")  # the standfirst
    assert texts[1].startswith("The United States (US) has rejected")
    assert all("\n" not in t and t == t.strip() for t in texts)
