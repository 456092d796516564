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
