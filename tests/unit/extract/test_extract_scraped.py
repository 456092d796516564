"""Scraped text cleaning, one rule at a time, and datelines of each form."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.extract import extract
from newsevents.extract.dates import find_date, find_place_dateline, is_dateline, parse_hint_date
from newsevents.extract.scraped import clean_scraped, is_boilerplate, is_credit, is_junk
from newsevents.settings import Settings

HEADLINE = "Ministers Meet in Berlin Over Border Crisis"
P1 = (
    "The foreign ministers of France and Germany met in Berlin on Tuesday to discuss the crisis "
    "on the border, officials said."
)
P2 = "The two ministers agreed to send a joint delegation to the region next week."


def article(*middle: str) -> str:
    return "\n\n".join([HEADLINE, *middle, P1, P2]) + "\n"


def test_headline_becomes_title_and_leaves_the_body() -> None:
    result = clean_scraped(article())
    assert result.title == HEADLINE
    assert result.paragraphs == (P1, P2)


def test_first_line_that_is_a_sentence_is_not_a_title() -> None:
    result = clean_scraped(f"{P1}\n\n{P2}\n")
    assert result.title is None
    assert result.paragraphs == (P1, P2)


@pytest.mark.parametrize(
    "line",
    [
        "!-- Google tag (gtag.js) -->",
        "<!-- Google tag (gtag.js) -->",
        "<script async src='https://www.googletagmanager.com/gtag/js?id=G-1'></script>",
        "window.dataLayer = window.dataLayer || [];",
        "function gtag(){dataLayer.push(arguments);}",
        "gtag('config', 'G-XXXX');",
        "</div>",
    ],
)
def test_tracking_and_script_remnants_are_dropped(line: str) -> None:
    assert is_junk(line)
    assert line not in "\n".join(clean_scraped(article(line)).paragraphs)


def test_multiline_html_comment_is_dropped() -> None:
    result = clean_scraped(article("<!-- a comment\nspanning lines -->"))
    assert result.paragraphs == (P1, P2)


@pytest.mark.parametrize(
    "line",
    [
        "IMAGE SOURCE: AXIOS",
        "Photo: Reuters",
        "Photo credit: Jane Doe",
        "(Reuters)",
        "REUTERS/Evelyn Hockstein",
        "Getty Images",
        "Kevin Lamarque/Reuters",
        "The minister arrives in Berlin. (Photo by John Smith/Getty Images)",
        "Credit: AFP",
    ],
)
def test_credit_lines_are_dropped(line: str) -> None:
    assert is_credit(line)
    assert clean_scraped(article(line)).paragraphs == (P1, P2)


def test_caption_naming_a_person_before_a_credit_is_dropped() -> None:
    result = clean_scraped(article("German Foreign Minister Annalena Baerbock\nPhoto: Reuters"))
    assert result.paragraphs == (P1, P2)


def test_short_line_before_a_credit_that_names_nobody_is_kept() -> None:
    result = clean_scraped(article("smoke over the city\nPhoto: Reuters"))
    assert result.paragraphs[0] == "smoke over the city"


@pytest.mark.parametrize(
    "line",
    [
        "Share this article",
        "Share on Facebook",
        "Subscribe",
        "Subscribe to our newsletter",
        "Accept all cookies",
        "We use cookies to give you the best browsing experience.",
        "Advertisement",
        "ADVERTISEMENT",
        "Read more",
        "READ MORE: Ministers warn of escalation",
        "Follow us on Twitter",
        "Story continues below advertisement",
    ],
)
def test_share_subscribe_cookie_ad_lines_are_dropped(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_scraped(article(line)).paragraphs == (P1, P2)


def test_body_sentences_that_mention_these_words_are_kept() -> None:
    body = (
        "Subscribers to the state broadcaster said they would share the cost of the new "
        "service, and the advertisement industry welcomed the decision on Monday."
    )
    assert not is_boilerplate(body)
    assert body in clean_scraped(article(body)).paragraphs


def test_repeated_headline_is_dropped_modulo_case_and_spaces() -> None:
    result = clean_scraped(article("MINISTERS  meet in Berlin over border crisis"))
    assert result.paragraphs == (P1, P2)


def test_repeated_title_hint_is_dropped() -> None:
    result = clean_scraped(f"{P1}\n\nA Hinted Title\n\n{P2}", title_hint="A hinted title")
    assert result.paragraphs == (P1, P2)


def test_standfirst_is_kept_as_first_paragraph() -> None:
    standfirst = "Talks in Berlin brought no breakthrough, but both sides agreed to meet again."
    result = clean_scraped(article(standfirst, "March 14, 2022"))
    assert result.paragraphs == (standfirst, P1, P2)
    assert result.published == dt.date(2022, 3, 14)


def test_hard_line_break_inside_a_paragraph_is_joined() -> None:
    result = clean_scraped(
        article("At the same time, the US President Joe Biden\nsaid he would act.")
    )
    assert result.paragraphs[0] == "At the same time, the US President Joe Biden said he would act."


def test_lines_ending_sentences_without_blank_lines_stay_paragraphs() -> None:
    result = clean_scraped(f"{HEADLINE}\n{P1}\n{P2}\n")
    assert result.title == HEADLINE
    assert result.paragraphs == (P1, P2)


def test_byline_is_read_as_author() -> None:
    result = clean_scraped(article("By Jane Reporter"))
    assert result.author == "Jane Reporter"
    assert result.paragraphs == (P1, P2)


@pytest.mark.parametrize(
    "line",
    [
        "January 27, 2022",
        "Jan. 27, 2022",
        "Jan 27, 2022",
        "27 January 2022",
        "27th Jan 2022",
        "2022-01-27",
        "Thursday, January 27, 2022",
        "Published: Thursday 27 January 2022 10:30 GMT",
        "Updated Jan. 27, 2022 at 4:05 p.m. ET",
    ],
)
def test_dateline_forms(line: str) -> None:
    found = is_dateline(line)
    assert found is not None
    assert found.date == dt.date(2022, 1, 27)
    result = clean_scraped(article(line))
    assert result.published == dt.date(2022, 1, 27)
    assert result.paragraphs == (P1, P2)


def test_sentence_with_a_date_is_not_a_dateline() -> None:
    assert is_dateline("The talks were held on January 27, 2022 in Paris.") is None
    found = find_date("The talks were held on January 27, 2022 in Paris.")
    assert found is not None and found.date == dt.date(2022, 1, 27)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("WASHINGTON, Jan 27, 2022 (Reuters) - The United States said", dt.date(2022, 1, 27)),
        ("LONDON, 27 January 2022 - Britain said", None),  # day-first: read by find_date
        ("Kyiv, Feb. 3 (AP) — Ukraine said", None),  # no year here
    ],
)
def test_place_datelines(line: str, expected: dt.date | None) -> None:
    found = find_place_dateline(line)
    if expected is not None:
        assert found is not None and found.date == expected
    elif found is not None:
        assert found.date is None and (found.month, found.day) == (2, 3)


def test_place_dateline_without_year_takes_the_year_from_the_header() -> None:
    header = "Reuters staff | 3 min read | January 28, 2022"
    text = f"{HEADLINE}\n\n{header}\n\nWASHINGTON, Jan 27 (Reuters) - {P1}\n\n{P2}"
    result = clean_scraped(text)
    assert result.published == dt.date(2022, 1, 27)
    assert result.paragraphs[1].startswith("WASHINGTON, Jan 27 (Reuters) - The foreign")


def test_place_dateline_without_any_year_gives_no_date() -> None:
    result = clean_scraped(f"{HEADLINE}\n\nWASHINGTON, Jan 27 (Reuters) - {P1}\n\n{P2}")
    assert result.published is None


def test_no_dateline_means_no_date() -> None:
    assert clean_scraped(article()).published is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-01-27", dt.date(2022, 1, 27)),
        ("2022-01-27T23:10:00Z", dt.date(2022, 1, 27)),
        ("2022-01-27 10:00:00+02:00", dt.date(2022, 1, 27)),
        ("January 27, 2022", dt.date(2022, 1, 27)),
        ("not a date", None),
        (None, None),
    ],
)
def test_hint_dates(value: str | None, expected: dt.date | None) -> None:
    assert parse_hint_date(value) == expected


def test_text_document_has_paragraph_spans_and_text_extractor(make_raw) -> None:
    doc = extract(make_raw(article("Jan. 27, 2022"), kind="text"), Settings())
    assert doc.extractor == "trafilatura.v1/text"
    assert doc.title == HEADLINE
    assert doc.published == dt.date(2022, 1, 27)
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [P1, P2]
    assert doc.text == f"{P1}\n\n{P2}"
