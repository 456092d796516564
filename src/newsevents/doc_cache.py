"""Lookups on a parsed spaCy document that several stages repeat, computed once per document.

A shared helper, not a stage: the actor and attribute coders both read the named entities and the
text, and spaCy rebuilds ``doc.ents`` (new ``Span`` objects) and ``doc.text`` (a join over every
token) on every access; the event coder reads the same tokens' children in many rules.
"""

from __future__ import annotations

from typing import Any

_LAST_ENTS: list[Any] = [None, ()]  # the last document and its entities
_LAST_TEXT: list[Any] = [None, ""]  # the last document and its text


def entities(doc: Any) -> tuple[Any, ...]:
    """``doc.ents`` built once per document (spaCy rebuilds the spans on every access). Only the
    last document is remembered: spans kept on the doc itself would tie it in a reference cycle
    and hold every parsed document until the garbage collector runs."""
    if _LAST_ENTS[0] is not doc:
        _LAST_ENTS[0], _LAST_ENTS[1] = doc, tuple(doc.ents)
    found: tuple[Any, ...] = _LAST_ENTS[1]
    return found


# the key under which the NLP stage keeps the text it parsed in ``doc.user_data``
TEXT_KEY = "newsevents_text"


def text_of(doc: Any) -> str:
    """``doc.text`` joined once per document (spaCy joins every token's text on each access), or
    not at all when the NLP stage kept the text it parsed (spaCy's text is that text, verbatim)."""
    if _LAST_TEXT[0] is not doc:
        kept = doc.user_data.get(TEXT_KEY)
        _LAST_TEXT[0], _LAST_TEXT[1] = doc, kept if isinstance(kept, str) else doc.text
    text: str = _LAST_TEXT[1]
    return text


_LAST_KIDS: list[Any] = [None, {}]  # the last document and its tokens' children


def children_of(tok: Any) -> tuple[Any, ...]:
    """A token's children, read once per document: spaCy walks the token's subtree span and
    builds new token objects on every ``.children`` access, and the event coder asks for the
    same token's children in many of its rules."""
    doc = tok.doc
    if _LAST_KIDS[0] is not doc:
        _LAST_KIDS[0], _LAST_KIDS[1] = doc, {}
    cache: dict[int, tuple[Any, ...]] = _LAST_KIDS[1]
    found = cache.get(tok.i)
    if found is None:
        found = cache[tok.i] = tuple(tok.children)
    return found


_LAST_TABLE: list[Any] = [None, ((), (), ())]  # the last document and its token columns


def columns(doc: Any) -> tuple[list[int], list[int], list[int]]:
    """Every token's part of speech, lower-case form and lemma as ids (``spacy.symbols`` for the
    part of speech, string-store hashes for the words), read once per document through
    ``Doc.to_array``: a rule that scans the whole document for a few words reads these lists and
    builds token objects only for the words it wants (iterating over a ``Doc`` builds one for
    every token, about as costly as the rule itself)."""
    if _LAST_TABLE[0] is not doc:
        from spacy.attrs import LEMMA, LOWER, POS

        pos, lower, lemma = doc.to_array([POS, LOWER, LEMMA]).T.tolist() if len(doc) else ([],) * 3
        _LAST_TABLE[0], _LAST_TABLE[1] = doc, (pos, lower, lemma)
    found: tuple[list[int], list[int], list[int]] = _LAST_TABLE[1]
    return found


def where_pos(doc: Any, *tags: str) -> list[int]:
    """Indices of the tokens whose coarse part of speech is one of ``tags`` ("PRON", "PROPN")."""
    from spacy.symbols import IDS

    wanted = {IDS[t] for t in tags}
    return [i for i, p in enumerate(columns(doc)[0]) if p in wanted]


def where_lower(doc: Any, words: Any) -> list[int]:
    """Indices of the tokens whose lower-case form is one of ``words``."""
    strings = doc.vocab.strings
    wanted = {strings[w] for w in words}
    return [i for i, w in enumerate(columns(doc)[1]) if w in wanted]
