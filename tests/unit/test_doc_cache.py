"""The entity cache shared by the actor and attribute coders."""

from __future__ import annotations

import pytest

from newsevents.doc_cache import children_of, entities
from newsevents.nlp import parse_text
from newsevents.settings import Settings

pytestmark = pytest.mark.slow


def test_entities_follow_the_document_asked_about() -> None:
    first = parse_text("Russia attacked Ukraine on Monday.", Settings())
    second = parse_text("France recalled its ambassador from Mali.", Settings())
    assert [e.text for e in entities(first)] == [e.text for e in first.ents]
    assert entities(first) is entities(first)  # built once
    assert [e.text for e in entities(second)] == [e.text for e in second.ents]
    assert [e.text for e in entities(first)] == [e.text for e in first.ents]


def test_children_follow_the_document_asked_about() -> None:
    first = parse_text("Russia attacked Ukraine on Monday.", Settings())
    second = parse_text("France recalled its ambassador from Mali.", Settings())
    verb = first[1]
    assert [t.i for t in children_of(verb)] == [t.i for t in verb.children]
    assert children_of(verb) is children_of(verb)  # read once per document
    assert [t.text for t in children_of(second[1])] == [t.text for t in second[1].children]
    # back to the first document: its own tokens, not the second's at the same index
    assert [t.text for t in children_of(first[1])] == ["Russia", "Ukraine", "on", "."]


def test_columns_and_kept_text_follow_the_document_asked_about() -> None:
    from newsevents import nlp
    from newsevents.doc_cache import columns, text_of, where_lower, where_pos
    from newsevents.records import Document

    first = parse_text("He said the group met Putin.", Settings())
    second = parse_text("They attacked.", Settings())
    assert [first[i].text for i in where_pos(first, "PRON", "PROPN")] == ["He", "Putin"]
    assert [first[i].text for i in where_lower(first, ["group", "they"])] == ["group"]
    assert len(columns(second)[0]) == len(second)
    assert [second[i].text for i in where_lower(second, ["group", "they"])] == ["They"]
    assert text_of(first) == first.text  # joined from the tokens: parse_text kept no text
    doc = Document(article_id="x", text="Iran on Saturday hanged Ruhollah Zam, a journalist.")
    parsed = next(nlp.parse([doc], Settings())).doc
    assert text_of(parsed) == doc.text == parsed.text  # kept by the NLP stage
    # the NLP stage's repair: the name after the verb, misread as a second subject, is its object
    assert [(t.text, t.dep_) for t in parsed if t.text in ("Iran", "Zam")] == [
        ("Iran", "nsubj"),
        ("Zam", "dobj"),
    ]


def test_offsets_give_what_spacy_gives() -> None:
    from newsevents.doc_cache import char_span, sentences, span_text, token_range, tokens

    doc = parse_text("Iran  on Saturday hanged Ruhollah Zam. He was a journalist.", Settings())
    assert [t.i for t in tokens(doc)] == list(range(len(doc)))
    assert tokens(doc)[-1].text == doc[-1].text
    assert [s.text for s in sentences(doc)] == [s.text for s in doc.sents]
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert span_text(doc, start, end) == doc[start:end].text
    # every character pair, inside and around the text, including spans in whitespace
    for a in range(-2, len(doc.text) + 2):
        for b in range(a + 1, len(doc.text) + 3):
            want = doc.char_span(a, b, alignment_mode="expand")
            expected = None if want is None else (want.start, want.end)
            assert token_range(doc, a, b) == expected
            got = char_span(doc, a, b)
            assert (None if got is None else (got.start, got.end)) == expected
