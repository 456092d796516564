"""Lookups on a parsed spaCy document that several stages repeat, computed once per document.

A shared helper, not a stage: the actor and attribute coders both read the named entities and the
text, and spaCy rebuilds ``doc.ents`` (new ``Span`` objects) and ``doc.text`` (a join over every
token) on every access; the event coder reads the same tokens' children in many rules.
"""

from __future__ import annotations

from bisect import bisect_right
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


_LAST_TOKENS: list[Any] = [None, ()]  # the last document and its tokens


def tokens(doc: Any) -> tuple[Any, ...]:
    """Every token of the document, built once: ``doc[i]`` builds a new token object on every
    read, and the coders read the same few tokens many times. Indexed like the document
    (``tokens(doc)[-1]`` is the last token; an index past the end raises ``IndexError``)."""
    if _LAST_TOKENS[0] is not doc:
        _LAST_TOKENS[0], _LAST_TOKENS[1] = doc, tuple(doc)
    found: tuple[Any, ...] = _LAST_TOKENS[1]
    return found


_LAST_OFFSETS: list[Any] = [None, ([], [], [])]  # the last document and its tokens' offsets


def _offsets(doc: Any) -> tuple[list[int], list[int], list[int]]:
    """Every token's first character, the character after its text, and the character after its
    trailing whitespace (where the next token starts), read once through ``Doc.to_array``."""
    if _LAST_OFFSETS[0] is not doc:
        from spacy.attrs import IDX, LENGTH, SPACY

        idx, length, space = (
            doc.to_array([IDX, LENGTH, SPACY]).T.tolist() if len(doc) else ([],) * 3
        )
        ends = [i + n for i, n in zip(idx, length, strict=True)]
        reach = [e + s for e, s in zip(ends, space, strict=True)]
        _LAST_OFFSETS[0], _LAST_OFFSETS[1] = doc, (idx, ends, reach)
    found: tuple[list[int], list[int], list[int]] = _LAST_OFFSETS[1]
    return found


def span_text(doc: Any, start: int, end: int) -> str:
    """``doc[start:end].text`` for ``0 <= start <= end <= len(doc)`` without building the span
    (a slice and its text cost some 5 µs): the document's text from the first token's first
    character to the end of the last token's text, which is how spaCy joins a span."""
    if start >= end:
        return ""
    idx, ends, _reach = _offsets(doc)
    return text_of(doc)[idx[start] : ends[end - 1]]


def char_bounds(doc: Any, start: int, end: int) -> tuple[int, int]:
    """``(span.start_char, span.end_char)`` of ``doc[start:end]`` for ``0 <= start <= end <=
    len(doc)``, computed as spaCy's ``Span`` does, without building the span."""
    idx, ends, _reach = _offsets(doc)
    first = idx[start] if start < len(idx) else len(text_of(doc))
    return first, ends[end - 1] if end > start else first


def _token_at(doc: Any, char: int) -> int:
    """The token whose text or trailing whitespace holds character ``char``, or -1: spaCy's own
    ``token_by_char`` (the tokens and their whitespace tile the text, so one token holds it)."""
    idx, _ends, reach = _offsets(doc)
    i = bisect_right(idx, char) - 1
    return i if i >= 0 and char < reach[i] else -1


_LAST_RANGES: list[Any] = [None, {}]  # the last document and its character spans' token ranges


def token_range(doc: Any, start_char: int, end_char: int) -> tuple[int, int] | None:
    """The token range of ``doc.char_span(start_char, end_char, alignment_mode="expand")``, or
    None where spaCy gives no span, without building it: the coders turn the same mentions into
    tokens in several places (a char_span costs some 1.5 µs)."""
    if _LAST_RANGES[0] is not doc:
        _LAST_RANGES[0], _LAST_RANGES[1] = doc, {}
    cache: dict[tuple[int, int], tuple[int, int] | None] = _LAST_RANGES[1]
    key = (start_char, end_char)
    if key in cache:
        return cache[key]
    first = _token_at(doc, start_char)
    last = _token_at(doc, end_char - 1) if first >= 0 else -1
    found = None
    if last >= 0:
        # a start in the whitespace after a token begins at the next token, as spaCy expands
        first += start_char == _offsets(doc)[1][first]
        found = (first, last + 1)
    cache[key] = found
    return found


def char_span(doc: Any, start_char: int, end_char: int) -> Any:
    """``doc.char_span(start_char, end_char, alignment_mode="expand")``, read through the
    cached offsets (spaCy builds five token objects to align the ends)."""
    from spacy.tokens import Span

    found = token_range(doc, start_char, end_char)
    return Span(doc, *found) if found is not None else None


_LAST_SENTS: list[Any] = [None, ()]  # the last document and its sentences


def sentences(doc: Any) -> tuple[Any, ...]:
    """``doc.sents`` built once per document (spaCy walks the tokens and builds new sentence
    spans on every access)."""
    if _LAST_SENTS[0] is not doc:
        _LAST_SENTS[0], _LAST_SENTS[1] = doc, tuple(doc.sents)
    found: tuple[Any, ...] = _LAST_SENTS[1]
    return found
