"""Quotes and speakers: the mark scanner (fast), then find_quotes on real parses and mentions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import shared_path

from newsevents.actors import make_actor_coder
from newsevents.attributes.quote_marks import scan_marks
from newsevents.attributes.quotes import find_quotes, quote_at
from newsevents.nlp import parse_text
from newsevents.pipeline import Pipeline
from newsevents.records import Document, ParsedDocument, Quote
from newsevents.settings import Settings


def inner(text: str) -> list[str]:
    return [text[m.start : m.end] for m in scan_marks(text)]


# -- the mark scanner -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will go" and left.', ["we will go"]),
        ("He said “we will go” and left.", ["we will go"]),
        ("Il a dit «nous partirons» hier.", ["nous partirons"]),
        ("‘We will stay,’ she said.", ["We will stay,"]),
        ("\"Say 'never' again,\" he said.", ["Say 'never' again,"]),
        (
            "“One told me, ‘we are apart,’ and left,” she said.",
            ["One told me, ‘we are apart,’ and left,"],
        ),
    ],
)
def test_scan_marks_styles(text: str, expected: list[str]) -> None:
    assert inner(text) == expected


def test_apostrophes_are_not_quote_marks() -> None:
    text = "Ukraine’s envoy said the allies’ plan doesn’t work and the ’90s are over."
    assert scan_marks(text) == []


def test_stray_closing_mark_is_ignored() -> None:
    assert scan_marks("The talks had ended.” Diplomats left.") == []


def test_quote_over_paragraphs_continues_only_after_an_opening_mark() -> None:
    text = "“First part.\n\n“Second part,” she said.\n\nNext paragraph."
    (m,) = scan_marks(text)
    assert text[m.start : m.end] == "First part.\n\n“Second part,"
    assert m.closed


def test_unclosed_quote_stops_at_its_paragraph() -> None:
    text = "He said: “we will never leave\n\nThe session ended.\n\n" + "More text. " * 50
    (m,) = scan_marks(text)
    assert not m.closed
    assert text[m.start : m.end] == "we will never leave"


def test_unclosed_single_mark_is_an_apostrophe() -> None:
    assert scan_marks("The ‘90s were different, he said.") == []


@given(st.text(alphabet=st.sampled_from(list("ab .,\n\"'“”‘’«»")), max_size=200))
def test_scan_marks_spans_stay_inside_text(text: str) -> None:
    for m in scan_marks(text):
        assert 0 <= m.outer_start < m.start <= m.end <= m.outer_end <= len(text)


# -- find_quotes on real parses -------------------------------------------------------------------
Run = Callable[[str], tuple[Quote, ...]]


@pytest.fixture(scope="module")
def run() -> Run:
    settings = Settings()
    coder = make_actor_coder(settings)

    def go(text: str) -> tuple[Quote, ...]:
        doc = parse_text(text, settings)
        parsed = ParsedDocument(
            document=Document(article_id="t", text=text, published=dt.date(2022, 2, 10)), doc=doc
        )
        return find_quotes(doc, coder(parsed))

    return go


def speakers(quotes: tuple[Quote, ...]) -> list[tuple[str, str | None, bool]]:
    return [(q.text, q.speaker.name if q.speaker else None, q.direct) for q in quotes]


@pytest.mark.slow
def test_pronoun_speaker_takes_its_antecedent(run: Run) -> None:
    text = (
        "VILNIUS — Lithuanian official Jonas Veikkola spoke after the incident. "
        "“Our patience is not unlimited,” he said."
    )
    (q,) = run(text)
    assert q.direct and q.verb == "say"
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.code, q.speaker.text) == ("Jonas Veikkola", "LTU", "he")
    assert text[q.start : q.end] == q.text == "Our patience is not unlimited"


@pytest.mark.slow
def test_next_sentence_and_previous_speaker(run: Run) -> None:
    text = (
        "BUCHAREST — Romanian official Radu Ionescu-Varga welcomed the deployment. "
        "“Every soldier who arrives makes the flank stronger.” Ionescu-Varga added. "
        "“We will host them for as long as needed.”"
    )
    got = speakers(run(text))
    assert got == [
        ("Every soldier who arrives makes the flank stronger.", "Radu Ionescu-Varga", True),
        ("We will host them for as long as needed.", "Radu Ionescu-Varga", True),
    ]


@pytest.mark.slow
def test_indirect_speech_forms(run: Run) -> None:
    text = (
        "KYIV — According to Ukrainian defence official Mykola Pasichny, the shelling damaged "
        "two schools. Estonian commander Rein Asmaa warned the drills could be used as cover. "
        "The meeting had been useful, NATO spokeswoman Ilse Martensdottir said."
    )
    got = {(q.text, q.verb, q.speaker.name if q.speaker else None, q.direct) for q in run(text)}
    assert got == {
        ("the shelling damaged two schools", "according to", "Mykola Pasichny", False),
        ("the drills could be used as cover", "warn", "Rein Asmaa", False),
        ("The meeting had been useful", "say", "Ilse Martensdottir", False),
    }


@pytest.mark.slow
def test_unknown_speaker_and_no_mentions(run: Run) -> None:
    settings = Settings()
    text = "“We are leaving the city tonight,” a neighbour said. Officials said nothing."
    quotes = find_quotes(parse_text(text, settings), ())
    assert [(q.text, q.speaker) for q in quotes] == [("We are leaving the city tonight", None)]


@pytest.mark.slow
def test_broken_marks_do_not_swallow_the_article(run: Run) -> None:
    body = "Diplomats met again on Friday and agreed to talk. " * 20
    text = f"Latvian minister Edgars Kalninsh said: “We will defend every metre\n\n{body}"
    quotes = run(text)
    direct = [q for q in quotes if q.direct]
    assert [q.text for q in direct] == ["We will defend every metre"]
    assert direct[0].speaker is not None and direct[0].speaker.name == "Edgars Kalninsh"
    assert all(q.end <= len(text) and q.end - q.start < 200 for q in quotes)


@pytest.mark.slow
def test_quote_at_finds_the_innermost_quote(run: Run) -> None:
    text = "“We will send troops to the border next week,” Polish official Anna Wrobel-Nowak said."
    (q,) = run(text)
    start = text.index("send")
    assert quote_at((q,), start, start + 4) is q
    assert quote_at((q,), 0, len(text)) is None


@pytest.mark.slow
def test_seed_quotes_and_speakers(pipeline: Pipeline) -> None:
    path = shared_path("seed", "us-rejects-russia-demand-2022-01-27.txt")
    raw = next(iter(pipeline.inputs([str(path)])))
    assert not isinstance(raw, type(None))
    document = pipeline.extract(raw)
    doc = parse_text(document.text, pipeline.settings)
    mentions = pipeline.code_actors(ParsedDocument(document=document, doc=doc))
    quotes = find_quotes(doc, mentions)
    expected = [
        ("a serious diplomatic path forward", "Antony Blinken", "USA", True),
        ("We’re open to dialogue", "Antony Blinken", "USA", True),
        ("fully reinforces ours and vice versa", "Antony Blinken", "USA", True),
        ("Diplomacy has the best chance to succeed", "Antony Blinken", "USA", True),
        ("There should be no doubt about our seriousness", "Antony Blinken", "USA", True),
        ("individual sanctions would not be painful", "Dmitry Peskov", "RUS", False),
    ]
    for begins, name, code, direct in expected:
        hits = [q for q in quotes if q.text.startswith(begins) and q.direct == direct]
        assert len(hits) == 1, begins
        assert hits[0].speaker is not None
        assert (hits[0].speaker.name, hits[0].speaker.code, hits[0].speaker.sector) == (
            name,
            code,
            "GOV",
        )
        assert document.text[hits[0].start : hits[0].end] == hits[0].text
    assert sum(q.direct for q in quotes) == 5
