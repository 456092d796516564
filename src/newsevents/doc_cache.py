"""Lookups on a parsed spaCy document that several stages repeat, computed once per document.

A shared helper, not a stage: the actor and attribute coders both read the named entities, and
spaCy builds new ``Span`` objects on every access to ``doc.ents``.
"""

from __future__ import annotations

from typing import Any

_LAST_ENTS: list[Any] = [None, ()]  # the last document and its entities


def entities(doc: Any) -> tuple[Any, ...]:
    """``doc.ents`` built once per document (spaCy rebuilds the spans on every access). Only the
    last document is remembered: spans kept on the doc itself would tie it in a reference cycle
    and hold every parsed document until the garbage collector runs."""
    if _LAST_ENTS[0] is not doc:
        _LAST_ENTS[0], _LAST_ENTS[1] = doc, tuple(doc.ents)
    found: tuple[Any, ...] = _LAST_ENTS[1]
    return found
