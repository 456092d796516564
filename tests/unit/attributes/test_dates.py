"""Date phrases resolved against a publication date (2022-01-27, a Thursday), and event dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import SEED_FILE, shared_path

from newsevents.attributes.dates import DateMention, event_date, find_dates, pick_date
from newsevents.nlp import parse_text
from newsevents.records import ArticleResult, DatePrecision, Modality
from newsevents.settings import Settings

PUB = dt.date(2022, 1, 27)  # a Thursday
D = dt.date
DAY, WEEK, MONTH, YEAR = "day", "week", "month", "year"


@cache
def _doc(text: str) -> Any:
    return parse_text(text, Settings())


def dates(text: str, published: dt.date | None = PUB) -> tuple[DateMention, ...]:
    return find_dates(_doc(text), published)


def only(text: str, published: dt.date | None = PUB) -> DateMention:
    found = dates(text, published)
    assert len(found) == 1, found
    return found[0]


# --- every phrase form ------------------------------------------------------------------------

PHRASES = [
    # sentence, phrase, first day, last day, precision
    ("Lavrov met Blinken yesterday.", "yesterday", D(2022, 1, 26), D(2022, 1, 26), DAY),
    ("Lavrov met Blinken today.", "today", D(2022, 1, 27), D(2022, 1, 27), DAY),
    ("Troops moved tonight.", "tonight", D(2022, 1, 27), D(2022, 1, 27), DAY),
    ("Shelling began last night.", "last night", D(2022, 1, 26), D(2022, 1, 26), DAY),
    ("Russia rejected the offer on Wednesday.", "Wednesday", D(2022, 1, 26), D(2022, 1, 26), DAY),
    ("Russia rejected the offer on Thursday.", "Thursday", PUB, PUB, DAY),
    ("Russia rejected the offer on Friday.", "Friday", D(2022, 1, 21), D(2022, 1, 21), DAY),
    ("Troops moved on Monday night.", "Monday night", D(2022, 1, 24), D(2022, 1, 24), DAY),
    ("The ministers met last week.", "last week", D(2022, 1, 17), D(2022, 1, 23), WEEK),
    ("The ministers met this week.", "this week", D(2022, 1, 24), D(2022, 1, 30), WEEK),
    ("They met over the weekend.", "the weekend", D(2022, 1, 22), D(2022, 1, 23), WEEK),
    ("They will meet next month.", "next month", D(2022, 2, 1), D(2022, 2, 28), MONTH),
    ("They met last month.", "last month", D(2021, 12, 1), D(2021, 12, 31), MONTH),
    ("Earlier this month, troops arrived.", "Earlier this month", D(2022, 1, 1), PUB, MONTH),
    ("Late last year, tensions rose.", "Late last year", D(2021, 9, 1), D(2021, 12, 31), YEAR),
    ("Talks stalled this year.", "this year", D(2022, 1, 1), D(2022, 12, 31), YEAR),
    ("The talks began on Jan. 26.", "Jan. 26", D(2022, 1, 26), D(2022, 1, 26), DAY),
    ("The talks began on January 26.", "January 26", D(2022, 1, 26), D(2022, 1, 26), DAY),
    ("The talks began on 26 January.", "26 January", D(2022, 1, 26), D(2022, 1, 26), DAY),
    ("The talks began on Jan 26, 2022.", "Jan 26, 2022", D(2022, 1, 26), D(2022, 1, 26), DAY),
    ("The talks began on January 26th.", "January 26th", D(2022, 1, 26), D(2022, 1, 26), DAY),
    ("The talks began on the 26th of January.", "26th of January", D(2022, 1, 26), None, DAY),
    ("The talks ran on Jan. 25-26.", "Jan. 25-26", D(2022, 1, 25), D(2022, 1, 26), DAY),
    ("On Monday, Jan. 24, he spoke.", "Monday, Jan. 24", D(2022, 1, 24), None, DAY),
    # a year-less date is put in the year nearest to publication
    ("Troops arrived on Dec. 30.", "Dec. 30", D(2021, 12, 30), D(2021, 12, 30), DAY),
    ("The treaty was signed on 2022-01-20.", "2022-01-20", D(2022, 1, 20), None, DAY),
    ("Russia annexed Crimea in 2014.", "2014", D(2014, 1, 1), D(2014, 12, 31), YEAR),
    ("Russia annexed Crimea in early 2014.", "early 2014", D(2014, 1, 1), D(2014, 4, 30), YEAR),
    ("The army attacked in March.", "March", D(2021, 3, 1), D(2021, 3, 31), MONTH),
    ("The army retreated last March.", "last March", D(2021, 3, 1), D(2021, 3, 31), MONTH),
    ("The army retreated in December.", "December", D(2021, 12, 1), D(2021, 12, 31), MONTH),
    ("Prices rose in December 2021.", "December 2021", D(2021, 12, 1), D(2021, 12, 31), MONTH),
    ("They met in mid-January.", "mid-January", D(2022, 1, 11), D(2022, 1, 20), MONTH),
    ("Two days ago, officials met.", "Two days ago", D(2022, 1, 25), D(2022, 1, 25), DAY),
    ("They met three weeks ago.", "three weeks ago", D(2022, 1, 3), D(2022, 1, 9), WEEK),
    ("They met a year ago.", "a year ago", D(2021, 1, 1), D(2021, 12, 31), YEAR),
    ("Troops massed over the past week.", "the past week", D(2022, 1, 21), PUB, WEEK),
    ("Shelling grew in recent days.", "recent days", D(2022, 1, 21), PUB, WEEK),
    # a vague count widens the precision instead of inventing a day
    ("They met a few days ago.", "a few days ago", D(2022, 1, 24), D(2022, 1, 30), WEEK),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "phrase", "first", "last", "precision"), PHRASES)
def test_phrase_forms(
    sentence: str, phrase: str, first: dt.date, last: dt.date | None, precision: str
) -> None:
    found = only(sentence)
    assert found.text == phrase
    assert sentence[found.start : found.end] == phrase
    assert found.date == first
    assert found.end_date == (last or first)
    assert found.precision == precision


# --- the future hint --------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("Russia met Ukraine on Monday.", D(2022, 1, 24)),
        ("Russia will meet Ukraine on Monday.", D(2022, 1, 31)),
        ("They'll meet Ukraine on Monday.", D(2022, 1, 31)),
        ("Russia won't meet Ukraine on Monday.", D(2022, 1, 31)),
        ("Russia is going to meet Ukraine on Monday.", D(2022, 1, 31)),
        ("Russia shall meet Ukraine on Monday.", D(2022, 1, 31)),
        ("The talks are scheduled for Monday.", D(2022, 1, 31)),
        ("Russia will try to meet Ukraine on Monday.", D(2022, 1, 31)),
        # "went to meet" is not "going to meet"
        ("Russia went to meet Ukraine on Monday.", D(2022, 1, 24)),
        ("The summit was held on Thursday.", PUB),
        ("He will speak on Thursday.", PUB),  # the publication day itself is not skipped
        ("Talks will take place next Wednesday.", D(2022, 2, 2)),
        ("He left last Wednesday.", D(2022, 1, 26)),
    ],
)
def test_weekday_past_and_future(sentence: str, when: dt.date) -> None:
    assert only(sentence).date == when


@pytest.mark.slow
def test_future_flag_from_clause_or_phrase() -> None:
    assert only("Russia will meet Ukraine on Monday.").future
    assert not only("Russia met Ukraine on Monday.").future
    assert only("They said talks would resume tomorrow.").future  # the phrase points forward
    # a conjunct with its own subject does not inherit "will"
    mentions = dates("Officials will travel tomorrow, and the meeting happened this week.")
    assert [(m.text, m.future) for m in mentions] == [("tomorrow", True), ("this week", False)]


@pytest.mark.slow
def test_month_without_year_follows_tense() -> None:
    assert only("The army will withdraw in March.").date == D(2022, 3, 1)
    assert only("The army withdrew in March.").date == D(2021, 3, 1)
    assert only("The army will withdraw next March.").date == D(2022, 3, 1)
    # a bound ("from", "until", "by") takes the nearest such month, whatever the tense
    assert only("The US barred banks from buying bonds from March.").date == D(2022, 3, 1)
    assert only("The US barred banks from buying bonds from December.").date == D(2021, 12, 1)


@pytest.mark.slow
def test_coming_days_is_future_week() -> None:
    found = only("Talks will resume in the coming days.")
    assert (found.text, found.precision, found.future) == ("the coming days", WEEK, True)
    assert found.date == D(2022, 1, 28) and found.end_date == D(2022, 2, 3)
    assert only("Talks will resume in the coming weeks.").precision == MONTH


# --- no publication date; bad input -------------------------------------------------------------


@pytest.mark.slow
def test_without_publication_only_absolute_dates_resolve() -> None:
    text = (
        "Lavrov met Blinken yesterday and on Wednesday. Troops left last week. "
        "The talks began on Jan 26, 2022. Russia annexed Crimea in 2014. They met on Jan. 26."
    )
    found = dates(text, None)
    assert [(m.text, m.date, m.precision) for m in found] == [
        ("Jan 26, 2022", D(2022, 1, 26), DAY),
        ("2014", D(2014, 1, 1), YEAR),
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The treaty was signed on February 30.",
        "The treaty was signed on February 30, 2022.",
        "The treaty was signed on 2022-02-30.",
        "The dispute has lasted hundreds of years.",
        "Three weeks later they left.",
        "They met a few years ago.",
        "The army grew by 2000 troops.",
        "She may go home.",
        "Russia Today reported the talks.",
        "The Sunday Times reported the talks.",
        "Consultations have been going on for weeks.",
        "The court declined to nullify the Anti-Homosexuality Act, 2023.",
    ],
)
def test_no_date_and_no_invented_precision(sentence: str) -> None:
    assert dates(sentence) == ()


@pytest.mark.slow
def test_the_year_of_an_attributive_date() -> None:
    found = only("Biden condemned the 2014 annexation of Crimea.")
    assert (found.text, found.precision) == ("2014", YEAR)


# --- the seed article ----------------------------------------------------------------------------


@pytest.mark.slow
def test_seed_article_dates() -> None:
    text = shared_path("seed", SEED_FILE).read_text(encoding="utf-8")
    found = {m.text: m for m in find_dates(_doc(text), PUB)}
    assert set(found) == {"January 27, 2022", "the coming days"}
    assert found["January 27, 2022"].date == PUB
    coming = found["the coming days"]
    assert coming.future and coming.date > PUB and coming.precision == WEEK
    # the Berlin discussions: dated by the phrase only as a future event, never as a past one
    sentence_start = text.index("However, significant differences")
    sentence_end = text.index("days.", sentence_start) + len("days.")
    trigger = text.index("discussions", sentence_start)
    mentions = tuple(found.values())
    assert event_date(sentence_start, sentence_end, trigger, mentions, PUB, False)[:2] == (
        PUB,
        DatePrecision.PUBLICATION,
    )
    assert event_date(sentence_start, sentence_end, trigger, mentions, PUB, True)[:3] == (
        coming.date,
        DatePrecision.WEEK,
        "the coming days",
    )


@pytest.mark.slow
def test_event_dates_through_the_real_pipeline(code_text: Callable[..., ArticleResult]) -> None:
    text = "Russia accused Ukraine of shelling villages on Wednesday."
    result = code_text(text)
    assert result.events
    mentions = find_dates(_doc(text), PUB)
    for ev in result.events:
        when = event_date(
            ev.sentence_start, ev.sentence_end, ev.trigger_start, mentions, PUB, False
        )
        assert when.date == D(2022, 1, 26) and when.text == "Wednesday"


@pytest.mark.slow
def test_an_event_a_day_after_another_is_dated_back(
    code_text: Callable[..., ArticleResult],
) -> None:
    text = "Iran released 10 U.S. Navy sailors on Wednesday, a day after its Revolutionary Guards "
    text += "seized them in the Gulf."
    by_trigger = {e.trigger: e for e in code_text(text, published="2016-01-13").events}
    assert by_trigger["released"].date == D(2016, 1, 13)
    assert by_trigger["seized"].date == D(2016, 1, 12)
    assert by_trigger["seized"].date_text == "1 day before Wednesday"


@pytest.mark.slow
def test_weeks_and_months_after_date_the_earlier_event_back(
    code_text: Callable[..., ArticleResult],
) -> None:
    text = "M23 rebels declared a ceasefire from Tuesday, a week after seizing Goma."
    by_trigger = {e.trigger: e for e in code_text(text, published="2025-02-04").events}
    assert by_trigger["seizing"].date == D(2025, 1, 28)
    assert by_trigger["seizing"].date_text == "7 days before Tuesday"
    text = "Iranian President Ebrahim Raisi arrived in Islamabad on Monday, months after "
    text += "tit-for-tat missile strikes strained ties."
    by_trigger = {e.trigger: e for e in code_text(text, published="2024-04-22").events}
    # "months" is at least two: background, not the day's news
    assert by_trigger["strikes"].modality == Modality.HISTORICAL
    assert by_trigger["arrived"].modality == Modality.ASSERTED
    text = "Gantz signed a security agreement with Morocco on Wednesday, less than a year after "
    text += "the two countries normalized relations."
    by_trigger = {e.trigger: e for e in code_text(text, published="2021-11-24").events}
    assert by_trigger["normalized"].date == D(2021, 11, 24)  # any time within the year


@pytest.mark.slow
def test_a_clause_beside_the_trigger_does_not_date_it(
    code_text: Callable[..., ArticleResult],
) -> None:
    text = "Iranian President Ebrahim Raisi arrived in Damascus on Wednesday, the first visit by "
    text += "an Iranian president since the country's war began in 2011, and signed a memorandum "
    text += "of understanding on long-term cooperation with Syria."
    by_trigger = {e.trigger: e for e in code_text(text, published="2023-05-04").events}
    assert by_trigger["signed"].date == D(2023, 5, 3)  # 2011 dates the war, not the signing
    assert by_trigger["signed"].modality == Modality.ASSERTED


@pytest.mark.slow
def test_a_when_clause_shares_the_main_clause_date(code_text: Callable[..., ArticleResult]) -> None:
    text = "Donald Trump was wounded when a gunman opened fire at his rally on Saturday."
    events = code_text(text, published="2024-07-14").events
    assert events and all(e.date == D(2024, 7, 13) for e in events)


@pytest.mark.slow
def test_an_announced_resignation_is_news_not_history(
    code_text: Callable[..., ArticleResult],
) -> None:
    text = "Prime Minister Joseph Muscat announced on Sunday night that he would step down in "
    text += "January once the Labour Party elects a new leader."
    events = code_text(text, published="2019-12-01").events
    assert events and all(e.modality == Modality.ASSERTED for e in events)
    assert all(e.date is not None and e.date >= D(2019, 11, 30) for e in events)


# --- event_date on plain records ---------------------------------------------------------------


def mention(start: int, end: int, first: dt.date, precision: str = DAY) -> DateMention:
    return DateMention(start, end, f"m{start}", first, first, DatePrecision(precision))


def test_event_date_prefers_the_nearest_phrase_in_the_sentence() -> None:
    near, far = mention(60, 70, D(2022, 1, 26)), mention(10, 20, D(2022, 1, 24))
    outside = mention(120, 130, D(2022, 1, 25))
    assert event_date(0, 100, 50, (far, near, outside), PUB, False) == (
        D(2022, 1, 26),
        DatePrecision.DAY,
        "m60",
        False,
    )
    # the only phrase lies in another sentence: publication date
    assert event_date(0, 100, 50, (outside,), PUB, False) == (
        PUB,
        DatePrecision.PUBLICATION,
        None,
        False,
    )


def test_event_date_after_publication_needs_future() -> None:
    later = mention(60, 70, D(2022, 2, 1))
    earlier = mention(0, 10, D(2022, 1, 24))
    assert event_date(0, 100, 50, (later,), PUB, False).precision == DatePrecision.PUBLICATION
    assert event_date(0, 100, 50, (later,), PUB, True).date == D(2022, 2, 1)
    # a past event skips the future phrase and takes the other one in its sentence
    assert event_date(0, 100, 50, (later, earlier), PUB, False).date == D(2022, 1, 24)
    # a future event is not dated by a phrase that ended before publication
    assert event_date(0, 100, 50, (earlier,), PUB, True).precision == DatePrecision.PUBLICATION


def test_event_date_without_publication() -> None:
    assert event_date(0, 100, 50, (), None, False) == (None, DatePrecision.NONE, None, False)
    dated = mention(60, 70, D(2014, 1, 1), YEAR)
    assert event_date(0, 100, 50, (dated,), None, False)[:3] == (
        D(2014, 1, 1),
        DatePrecision.YEAR,
        "m60",
    )
    assert not event_date(0, 100, 50, (dated,), None, False).historical


def test_historical_is_a_month_or_more_back() -> None:
    assert event_date(0, 100, 5, (mention(0, 4, D(2014, 1, 1), YEAR),), PUB, False).historical
    assert event_date(0, 100, 5, (mention(0, 4, D(2021, 6, 1)),), PUB, False).historical
    assert event_date(0, 100, 5, (mention(0, 4, D(2021, 12, 1), MONTH),), PUB, False).historical
    assert not event_date(0, 100, 5, (mention(0, 4, D(2022, 1, 1), MONTH),), PUB, False).historical
    assert not event_date(0, 100, 5, (mention(0, 4, D(2022, 1, 20)),), PUB, False).historical


@given(
    spans=st.lists(
        st.tuples(st.integers(0, 200), st.integers(1, 20), st.integers(-400, 400)), max_size=8
    ),
    trigger=st.integers(0, 200),
    future=st.booleans(),
    published=st.none() | st.just(PUB),
)
@settings(max_examples=200)
def test_event_date_invariants(
    spans: list[tuple[int, int, int]], trigger: int, future: bool, published: dt.date | None
) -> None:
    mentions = tuple(mention(s, s + n, PUB + dt.timedelta(days=shift)) for s, n, shift in spans)
    when = event_date(50, 150, trigger, mentions, published, future)
    chosen = pick_date(50, 150, trigger, mentions, published, future)
    if chosen is None:
        expected = DatePrecision.PUBLICATION if published else DatePrecision.NONE
        assert when == (published, expected, None, False)
    else:
        assert chosen.start >= 50 and chosen.end <= 150
        assert when.date == chosen.date and when.text == chosen.text
        if published is not None and not future:
            assert chosen.date <= published


@pytest.mark.slow
@given(
    st.text(alphabet=st.sampled_from(list("Jan. 26,2022 Monday last week in -30Feb")), max_size=60)
)
@settings(max_examples=40, deadline=None)
def test_find_dates_never_crashes_and_spans_fit(text: str) -> None:
    doc = parse_text(text, Settings())
    for found in find_dates(doc, PUB):
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start : found.end] == found.text
        assert found.date <= found.end_date
