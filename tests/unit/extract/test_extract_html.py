"""HTML pages: boilerplate removed, metadata read, hints win, paragraphs kept."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsevents import registry
from newsevents.extract import extract, make_extractor
from newsevents.records import Document
from newsevents.settings import Settings

BODY = [
    "The foreign ministers of France and Germany met in Berlin on Tuesday to discuss the crisis "
    "on the border, officials said after the talks ended late in the evening.",
    "The two ministers agreed to send a joint delegation to the region next week and called on "
    "both sides to respect the ceasefire that was signed in the spring of last year.",
    "Diplomats said the meeting was the first of its kind since the conflict began, and that "
    "further talks would be held in Paris at the end of the month if the situation allowed it.",
]


def page(head: str = "", extra_body: str = "") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in BODY)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ministers meet in Berlin over border crisis | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
{head}
</head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
<button>Accept all cookies</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main><article>
<h1>Ministers meet in Berlin over border crisis</h1>
<p class="byline">By Jane Reporter</p>
{paragraphs}
{extra_body}
</article></main>
<footer><p>Copyright 2022 The Daily Example. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
</body></html>"""


META_DATE = '<meta property="article:published_time" content="2022-03-14T09:30:00+00:00">'
JSON_LD = json.dumps(
    {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Ministers meet in Berlin over border crisis",
        "datePublished": "2022-03-15T08:00:00Z",
        "author": {"@type": "Person", "name": "Jane Reporter"},
    }
)


def test_body_without_boilerplate(make_raw) -> None:
    doc = extract(make_raw(page(META_DATE)), Settings())
    for paragraph in BODY:
        assert paragraph in doc.text
    for noise in ("Accept all cookies", "We use cookies", "Home", "Sport", "Copyright", "Privacy"):
        assert noise not in doc.text
    assert doc.extractor == "trafilatura.v1/html"
    assert doc.language == "en"


def test_title_and_date_from_meta_property(make_raw) -> None:
    doc = extract(make_raw(page(META_DATE)), Settings())
    assert doc.title is not None
    assert doc.title.startswith("Ministers meet in Berlin over border crisis")
    assert doc.published == dt.date(2022, 3, 14)


def test_date_from_json_ld(make_raw) -> None:
    head = f'<script type="application/ld+json">{JSON_LD}</script>'
    doc = extract(make_raw(page(head)), Settings())
    assert doc.published == dt.date(2022, 3, 15)


def test_paragraphs_are_separate_with_exact_spans(make_raw) -> None:
    doc = extract(make_raw(page(META_DATE)), Settings())
    texts = [doc.text[s:e] for s, e in doc.paragraphs]
    for paragraph in BODY:
        assert paragraph in texts
    assert "\n\n".join(texts) == doc.text
    assert "\n" not in "".join(texts)


def test_hints_win_over_the_page(make_raw) -> None:
    hints = {
        "title": "Hinted title",
        "published": "2021-12-01T10:00:00Z",
        "url": "https://example.org/a",
        "source": "Example Wire",
    }
    doc = extract(make_raw(page(META_DATE), hints=hints), Settings())
    assert doc.title == "Hinted title"
    assert doc.published == dt.date(2021, 12, 1)
    assert doc.url == "https://example.org/a"
    assert doc.site == "Example Wire"


def test_record_fields_come_from_the_raw_article(make_raw) -> None:
    raw = make_raw(page(META_DATE), source="pages/berlin.html")
    doc = extract(raw, Settings())
    assert isinstance(doc, Document)
    assert (doc.article_id, doc.source, doc.sha256) == (raw.id, "pages/berlin.html", raw.sha256)


def test_registered_factory_returns_a_configured_callable(make_raw) -> None:
    factory = registry.extractors.get("trafilatura.v1")
    assert factory is make_extractor
    run = factory(Settings())
    assert (
        run(make_raw(page(META_DATE))).text == extract(make_raw(page(META_DATE)), Settings()).text
    )


def test_text_kind_holding_a_full_html_page_is_read_as_html(make_raw) -> None:
    doc = extract(make_raw(page(META_DATE), kind="text"), Settings())
    assert doc.extractor == "trafilatura.v1/html"
    assert "Accept all cookies" not in doc.text


@pytest.mark.parametrize("charset", ["cp1252", "iso-8859-1"])
def test_meta_charset_is_honoured(make_raw, charset: str) -> None:
    html = page(META_DATE).replace('charset="utf-8"', f'charset="{charset}"')
    html = html.replace("the crisis", "the crisis in Zürich’s café")
    doc = extract(make_raw(html.encode("cp1252")), Settings())
    assert "Zürich’s café" in doc.text
