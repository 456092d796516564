"""Articles from JSON records: JSONL lines and ``.json`` files (one object or a list of objects).

A record has ``text`` or ``html`` (a string; ``text`` wins when both are present, since it is the
already-extracted body), an optional ``id`` (else ``<file stem>-<line or record number>``) and
optional ``title``, ``published``, ``url``, ``source`` hints. A broken record still comes out, as a
RawArticle holding its raw bytes with ``error`` set, so nothing is lost.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from newsevents.errors import RecordError
from newsevents.ingest.common import clean_hints, make_raw, problem, storage_cap
from newsevents.ingest.encoding import detect_encoding
from newsevents.records import RawArticle
from newsevents.settings import Settings

__all__ = ["iter_json_document", "iter_jsonl", "read_lines", "record_article"]

_CHUNK = 1 << 16


def read_lines(stream: IO[bytes], cap: int) -> Iterator[tuple[int, bytes, bool]]:
    """Yield ``(line number, line, truncated)``; a line longer than ``cap`` is cut to ``cap``."""
    number = 0
    while True:
        line = stream.readline(cap)
        if not line:
            return
        number += 1
        truncated = len(line) >= cap and not line.endswith(b"\n")
        if truncated:
            rest = line
            while rest and not rest.endswith(b"\n"):  # skip the remainder of the long line
                rest = stream.readline(_CHUNK)
        yield number, line.rstrip(b"\r\n"), truncated


def _loads(data: bytes) -> Any:
    """Parse JSON bytes: UTF-8/16/32 as the JSON standard says, else the detected encoding."""
    try:
        return json.loads(data)
    except UnicodeDecodeError:
        encoding = detect_encoding(data) or "cp1252"
        return json.loads(data.decode(encoding, errors="replace"))


def record_article(
    record: Any, *, raw: bytes, default_id: str, source: str, settings: Settings
) -> RawArticle:
    """One RawArticle from one parsed JSON value (``raw`` is its bytes, kept when it is broken)."""
    if not isinstance(record, dict):
        error = problem(
            RecordError,
            f"record is a JSON {type(record).__name__}, not an object",
            source=source,
            hint='give one object per record, like {"id": …, "text": …}',
        )
        return make_raw(
            article_id=default_id,
            source=source,
            content=raw,
            kind="text",
            settings=settings,
            error=error,
        )
    record_id = record.get("id")
    article_id = str(record_id).strip() if record_id not in (None, "") else default_id
    article_id = article_id or default_id
    hints = clean_hints(record)
    for field, kind in (("text", "text"), ("html", "html")):
        body = record.get(field)
        if isinstance(body, str):
            content = body.encode("utf-8", errors="replace")
            return make_raw(
                article_id=article_id,
                source=source,
                content=content,
                kind=kind,
                settings=settings,
                encoding="utf-8",
                hints=hints,
            )
    error = problem(
        RecordError,
        "record has no `text` or `html` string",
        source=source,
        hint="add the article body as `text` (plain text) or `html` (the page)",
    )
    return make_raw(
        article_id=article_id,
        source=source,
        content=raw,
        kind="text",
        settings=settings,
        hints=hints,
        error=error,
    )


def iter_jsonl(
    stream: IO[bytes], *, path: str, stem: str, settings: Settings
) -> Iterator[RawArticle]:
    """Articles from a JSONL stream, one per non-empty line (``path#line`` as source)."""
    cap = storage_cap(settings)
    for number, line, truncated in read_lines(stream, cap):
        if not line.strip():
            continue
        source = f"{path}#{number}"
        default_id = f"{stem}-{number}"
        if truncated:
            yield make_raw(
                article_id=default_id,
                source=source,
                content=line,
                kind="text",
                settings=settings,
                truncated=True,
            )
            continue
        try:
            record = _loads(line)
        except (ValueError, RecursionError) as exc:
            error = problem(
                RecordError,
                f"line {number} is not valid JSON ({exc})",
                source=source,
                hint="fix or remove the line; each line must be one JSON object",
            )
            yield make_raw(
                article_id=default_id,
                source=source,
                content=line,
                kind="text",
                settings=settings,
                error=error,
            )
            continue
        yield record_article(
            record, raw=line, default_id=default_id, source=source, settings=settings
        )


def iter_json_document(
    data: bytes, *, path: str, stem: str, settings: Settings
) -> Iterator[RawArticle]:
    """Articles from a ``.json`` document: one object (source ``path``) or a list of objects
    (source ``path#record-N``, N from 1)."""
    try:
        document = _loads(data)
    except (ValueError, RecursionError) as exc:
        error = problem(
            RecordError,
            f"file is not valid JSON ({exc})",
            source=path,
            hint="fix the file, or write one JSON object per line as .jsonl",
        )
        yield make_raw(
            article_id=stem, source=path, content=data, kind="text", settings=settings, error=error
        )
        return
    if not isinstance(document, list):
        yield record_article(document, raw=data, default_id=stem, source=path, settings=settings)
        return
    for number, record in enumerate(document, start=1):
        raw = json.dumps(record, ensure_ascii=False).encode("utf-8")
        yield record_article(
            record,
            raw=raw,
            default_id=f"{stem}-{number}",
            source=f"{path}#record-{number}",
            settings=settings,
        )
