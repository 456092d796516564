"""The store interface: what every database backend (SQLite today, PostgreSQL later) provides.

A store keeps raw inputs (bytes first, before any stage runs), the results made of them
(documents, mentions, events, quotes, places, quantities) and the failures, and answers the
queries the CLI, the API and the dashboard ask. Rows come back as plain JSON-ready dicts; events
exactly in the shape of :func:`newsevents.records.event_json`.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any, Protocol, runtime_checkable

from newsevents.records import ArticleResult, Failure, RawArticle

DEFAULT_MODALITIES: tuple[str, ...] = ("asserted",)
"""Modalities listed by default (the event happened); ``modalities=None`` means all."""


@runtime_checkable
class Store(Protocol):
    """A database of articles, events, quotes and failures."""

    def save_raw(self, raw: RawArticle) -> bool:
        """Store an input before any stage runs; False if its sha256 was already stored.

        If ``raw.id`` is taken by a different sha256 the stored id becomes
        ``f"{raw.id}-{raw.sha256[:8]}"``; :meth:`article_id_for` gives the id actually used.
        """
        ...

    def article_id_for(self, sha256: str) -> str | None:
        """The article id a stored input got, or None when the sha256 is unknown."""
        ...

    def is_done(self, sha256: str) -> bool:
        """True when a result (a document) was stored for this input."""
        ...

    def save_result(self, result: ArticleResult) -> None:
        """Store everything made of one article in one transaction, replacing an earlier result.

        With ``result.document`` None only the failures are stored (an earlier document, if
        any, is kept). Earlier failures of the article are always replaced.
        """
        ...

    def save_failure(self, failure: Failure) -> None:
        """Store a failure that has no raw input (e.g. a path that does not exist)."""
        ...

    def raw(self, article_id: str) -> RawArticle | None:
        """The stored input of an article."""
        ...

    def failed_raw(self) -> list[RawArticle]:
        """Stored inputs that have failures (for ``reprocess --failed``)."""
        ...

    def articles(
        self, *, limit: int = 50, offset: int = 0, search: str | None = None
    ) -> list[dict[str, Any]]:
        """``{id, title, published, url, source, language, n_events, n_quotes}`` per article.

        ``search`` is a full-text query over title and text; results are then ranked by match.
        """
        ...

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article with its text (and its mentions, places and quantities)."""
        ...

    def events(
        self,
        *,
        actor: str | None = None,
        recipient: str | None = None,
        type: str | None = None,
        since: date | None = None,
        until: date | None = None,
        article_id: str | None = None,
        modalities: Collection[str] | None = DEFAULT_MODALITIES,
        limit: int | None = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Events as ``event_json`` dicts, ordered by date, article, sentence."""
        ...

    def quotes(
        self,
        *,
        speaker: str | None = None,
        actor: str | None = None,
        since: date | None = None,
        limit: int | None = 100,
        search: str | None = None,
    ) -> list[dict[str, Any]]:
        """Quotes; ``speaker`` is a substring of the speaker's name, ``actor`` their code."""
        ...

    def actors(self, *, limit: int | None = 100) -> list[dict[str, Any]]:
        """``{code, sector, name, mentions, articles}``, most mentioned first."""
        ...

    def failures(self) -> list[dict[str, Any]]:
        """``{article_id, source, stage, error_type, message, at}`` per stored failure."""
        ...

    def stats(self) -> dict[str, Any]:
        """Counts, events by type and the top dyads (live modalities only)."""
        ...

    def close(self) -> None:
        """Release the database."""
        ...
