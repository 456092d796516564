"""The only module that knows the stage order.

    source ──ingest──▶ RawArticle ──extract──▶ Document ──nlp──▶ ParsedDocument
           ──actors──▶ Mentions ──events──▶ Events ──attributes──▶ quotes, places, dates, quantities
           ──store──▶ SQLite | PostgreSQL

The raw input is stored before any stage runs. A stage that fails on one article becomes a
:class:`~newsevents.records.Failure` for that article (the one ``except Exception`` of the code
base is :func:`_guard`); the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, BinaryIO, Protocol, TypeVar

from newsevents import actors as _actors  # noqa: F401  (registers rules.v1)
from newsevents import attributes as _attributes  # noqa: F401  (registers rules.v1)
from newsevents import events as _events  # noqa: F401  (registers rules.v1)
from newsevents import extract as _extract  # noqa: F401  (registers trafilatura.v1)
from newsevents import ingest, nlp, registry
from newsevents import store as _store  # noqa: F401  (registers sqlite.v1)
from newsevents.errors import NewsEventsError
from newsevents.records import ArticleResult, Document, Failure, ParsedDocument, RawArticle
from newsevents.settings import Settings, load_settings

T = TypeVar("T")


class StoreLike(Protocol):
    def save_raw(self, raw: RawArticle) -> bool: ...
    def article_id_for(self, sha256: str) -> str | None: ...
    def is_done(self, sha256: str) -> bool: ...
    def save_result(self, result: ArticleResult) -> None: ...
    def save_failure(self, failure: Failure) -> None: ...


@dataclass
class RunStats:
    """What a run did, for the CLI's summary and exit code."""

    seen: int = 0
    coded: int = 0
    unchanged: int = 0
    failed: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)


class _Failed(Exception):
    """Carries a Failure out of a guarded stage."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.message)
        self.failure = failure


def _guard(stage: str, raw: RawArticle, func: Callable[[], T]) -> T:
    """Run one stage for one article; any error becomes that article's Failure."""
    try:
        return func()
    except Exception as exc:  # the per-article boundary (STYLE.md: the only one)
        message = str(exc) if isinstance(exc, NewsEventsError) else f"{raw.source}: {exc!r}"
        raise _Failed(Failure(raw.id, raw.source, stage, type(exc).__name__, message)) from exc


def raw_from_text(
    text_or_html: str | bytes,
    *,
    article_id: str | None = None,
    published: str | dt.date | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str = "<text>",
) -> RawArticle:
    """A RawArticle for text handed over in code (``newsevents.code``)."""
    data = text_or_html.encode("utf-8") if isinstance(text_or_html, str) else text_or_html
    sha = hashlib.sha256(data).hexdigest()
    head = data.lstrip()[:200].lower()
    kind = (
        "html"
        if head.startswith(b"<")
        and (
            b"<html" in head
            or b"<!doctype" in head
            or b"<p" in head
            or b"<body" in head
            or b"<div" in head
            or b"<article" in head
        )
        else "text"
    )
    hints: dict[str, str] = {}
    if published:
        hints["published"] = published.isoformat() if isinstance(published, dt.date) else published
    if url:
        hints["url"] = url
    if title:
        hints["title"] = title
    return RawArticle(
        id=article_id or f"text-{sha[:8]}",
        source=source,
        content=data,
        sha256=sha,
        kind=kind,
        encoding="utf-8",
        hints=hints,
    )


def _parse_one(document: Document, settings: Settings) -> ParsedDocument:
    return next(nlp.parse([document], settings))


class Pipeline:
    """Runs articles through every stage; stages are looked up by name in the registry."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()
        s = self.settings
        self.extract = registry.extractors.get(s.extractor)(s)
        self.code_actors = registry.actor_coders.get(s.actor_coder)(s)
        self.code_events = registry.event_coders.get(s.event_coder)(s)
        self.code_attributes: Callable[..., Any] | None = (
            registry.attribute_coders.get(s.attribute_coder)(s)
            if s.attribute_coder in registry.attribute_coders
            else None
        )

    # -- inputs --------------------------------------------------------------------------
    def inputs(
        self, paths: Sequence[str], *, stdin: BinaryIO | None = None
    ) -> Iterator[RawArticle | Failure]:
        return ingest.iter_inputs(paths, self.settings, stdin=stdin)

    # -- running -------------------------------------------------------------------------
    def run(
        self,
        items: Iterable[RawArticle | Failure],
        *,
        store: StoreLike | None = None,
        stats: RunStats | None = None,
        force: bool = False,
    ) -> Iterator[ArticleResult]:
        """Code every input; with a store, save raw input first and each result as it comes."""
        stats = stats if stats is not None else RunStats()
        pending: list[tuple[RawArticle, Document]] = []
        seen: set[str] = set()
        for item in items:
            stats.seen += 1
            if isinstance(item, Failure):
                yield self._fail(item, None, store, stats)
                continue
            raw = item
            if raw.sha256 in seen and not force:
                stats.unchanged += 1  # the same content twice in one run
                continue
            seen.add(raw.sha256)
            if store is not None:
                new = store.save_raw(raw)
                stored_id = store.article_id_for(raw.sha256) or raw.id
                if stored_id != raw.id:
                    raw = replace(raw, id=stored_id)
                if not new and store.is_done(raw.sha256) and not force:
                    stats.unchanged += 1
                    continue
            if raw.error:
                failure = Failure(
                    raw.id, raw.source, "ingest", raw.error_type or "InputError", raw.error
                )
                yield self._fail(failure, raw, store, stats)
                continue
            try:
                document = _guard("extract", raw, partial(self.extract, raw))
            except _Failed as failed:
                yield self._fail(failed.failure, raw, store, stats)
                continue
            pending.append((raw, document))
            if len(pending) >= self.settings.batch_size:
                yield from self._finish(pending, store, stats)
                pending = []
        if pending:
            yield from self._finish(pending, store, stats)

    def _fail(
        self, failure: Failure, raw: RawArticle | None, store: StoreLike | None, stats: RunStats
    ) -> ArticleResult:
        stats.failed += 1
        stats.failures.append(failure)
        result = ArticleResult(failure.article_id, failure.source, None, failures=(failure,))
        if store is not None:
            if raw is None:
                store.save_failure(failure)
            else:
                store.save_result(result)
        return result

    def _finish(
        self, batch: list[tuple[RawArticle, Document]], store: StoreLike | None, stats: RunStats
    ) -> Iterator[ArticleResult]:
        docs = [d for _, d in batch]
        settings = self.settings
        try:
            parsed: list[ParsedDocument | None] = list(
                _guard("nlp", batch[0][0], lambda: list(nlp.parse(docs, settings)))
            )
        except _Failed:
            parsed = [None] * len(batch)  # one article broke the batch: parse them one by one
        for (raw, document), p in zip(batch, parsed, strict=True):
            try:
                if p is None:
                    p = _guard("nlp", raw, partial(_parse_one, document, settings))
                result = self._code(raw, p)
            except _Failed as failed:
                yield self._fail(failed.failure, raw, store, stats)
                continue
            stats.coded += 1
            stats.events += len(result.events)
            if store is not None:
                store.save_result(result)
            yield result

    def _code(self, raw: RawArticle, parsed: ParsedDocument) -> ArticleResult:
        mentions = _guard("actors", raw, lambda: self.code_actors(parsed))
        events = _guard("events", raw, lambda: self.code_events(parsed, mentions))
        result = ArticleResult(
            article_id=raw.id,
            source=raw.source,
            document=parsed.document,
            mentions=tuple(mentions),
            events=tuple(events),
        )
        if self.code_attributes is not None:
            attributes = self.code_attributes
            result = _guard("attributes", raw, lambda: attributes(parsed, result))
        return result

    # -- one text ------------------------------------------------------------------------
    def code_one(self, raw: RawArticle) -> ArticleResult:
        return next(iter(self.run([raw])))

    def explain(self, raw: RawArticle) -> dict[str, Any]:
        """Everything `newsevents explain` shows: parse, mentions, trigger candidates, events."""
        from newsevents.events import diagnose, make_event_coder
        from newsevents.records import as_dict, event_json

        result = self.code_one(raw)
        if result.document is None:
            return {
                "tokens": [],
                "mentions": [],
                "triggers": [],
                "events": [],
                "failures": [as_dict(f) for f in result.failures],
            }
        parsed = next(nlp.parse([result.document], self.settings))
        doc = parsed.doc
        return {
            "tokens": [
                {
                    "i": t.i,
                    "text": t.text,
                    "lemma": t.lemma_,
                    "pos": t.pos_,
                    "dep": t.dep_,
                    "head": t.head.i,
                    "ent": t.ent_type_,
                }
                for t in doc
            ],
            "mentions": [as_dict(m) for m in result.mentions],
            "triggers": diagnose(make_event_coder.coder(self.settings), doc, result.mentions),
            "events": [event_json(e) for e in result.events],
            "failures": [],
        }


_default: dict[str, Pipeline] = {}


def default_pipeline() -> Pipeline:
    if "p" not in _default:
        _default["p"] = Pipeline()
    return _default["p"]


def code(
    text_or_html: str | bytes,
    *,
    published: str | dt.date | None = None,
    url: str | None = None,
    title: str | None = None,
) -> ArticleResult:
    """Code one article (plain text or HTML) and return everything found in it."""
    raw = raw_from_text(text_or_html, published=published, url=url, title=title)
    return default_pipeline().code_one(raw)
