"""Shared helpers of the ingest stage: building records, ids, size limits, problem messages."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote, urlsplit

from newsevents.errors import NewsEventsError, UnsupportedInput
from newsevents.ingest.encoding import detect_encoding
from newsevents.records import Failure, RawArticle
from newsevents.settings import Settings

__all__ = [
    "HINT_KEYS",
    "STORE_FACTOR",
    "clean_hints",
    "failure",
    "make_raw",
    "problem",
    "size_problem",
    "storage_cap",
    "url_slug",
]

STAGE = "ingest"
STORE_FACTOR = 5
"""Inputs over ``STORE_FACTOR × max_input_bytes`` are truncated to that size for storage."""

HINT_KEYS = ("title", "published", "url", "source")

_WEB_EXTENSION = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cfm|txt|xml)$", re.IGNORECASE)


def storage_cap(settings: Settings) -> int:
    """The most bytes of one input ingest keeps for storage."""
    return STORE_FACTOR * settings.max_input_bytes


def problem(cls: type[NewsEventsError], message: str, *, source: str, hint: str) -> tuple[str, str]:
    """A complete-sentence message and the error class name, as records carry them."""
    return str(cls(message, source=source, hint=hint)), cls.__name__


def failure(
    cls: type[NewsEventsError], message: str, *, article_id: str, source: str, hint: str
) -> Failure:
    """A Failure of the ingest stage (there are no bytes to keep)."""
    text, error_type = problem(cls, message, source=source, hint=hint)
    return Failure(
        article_id=article_id, source=source, stage=STAGE, error_type=error_type, message=text
    )


def size_problem(
    size: int, settings: Settings, *, source: str, truncated: bool, what: str = "input"
) -> tuple[str, str] | None:
    """The error for an input of ``size`` bytes, or None when it is within the limit.

    ``truncated`` says the stored content is cut at :func:`storage_cap` (``size`` is then the
    number of bytes seen, which is a lower bound).
    """
    limit = settings.max_input_bytes
    if not truncated and size <= limit:
        return None
    if truncated:
        message = (
            f"{what} is larger than {storage_cap(settings):,} bytes, over the limit of "
            f"{limit:,} bytes (max_input_bytes); only its first {storage_cap(settings):,} bytes "
            "are stored"
        )
    else:
        message = f"{what} is {size:,} bytes, over the limit of {limit:,} bytes (max_input_bytes)"
    return problem(
        UnsupportedInput,
        message,
        source=source,
        hint="split it into smaller articles or raise max_input_bytes",
    )


def clean_hints(fields: Mapping[str, Any]) -> dict[str, str]:
    """The hint fields present in ``fields`` as non-empty strings (containers are ignored)."""
    hints: dict[str, str] = {}
    for key in HINT_KEYS:
        value = fields.get(key)
        if value is None or isinstance(value, dict | list | bool):
            continue
        text = str(value).strip()
        if text:
            hints[key] = text
    return hints


def make_raw(
    *,
    article_id: str,
    source: str,
    content: bytes,
    kind: str,
    settings: Settings,
    encoding: str | None = None,
    declared: str | None = None,
    hints: Mapping[str, str] | None = None,
    error: tuple[str, str] | None = None,
    truncated: bool = False,
    size: int | None = None,
    detect: bool = True,
) -> RawArticle:
    """Build a RawArticle, detecting the encoding and flagging oversized content.

    ``encoding`` is used as given (e.g. "utf-8" for text taken from a JSON string); otherwise
    it is detected from the bytes, the ``declared`` charset and, for HTML, the page itself.
    An explicit ``error`` wins over the size check. ``detect=False`` leaves the encoding None
    (for bytes known not to be text, like a corrupt gzip stream).
    """
    if encoding is None and detect:
        encoding = detect_encoding(content, declared=declared, html=kind == "html")
    if error is None:
        error = size_problem(
            len(content) if size is None else size, settings, source=source, truncated=truncated
        )
    message, error_type = error if error is not None else (None, None)
    return RawArticle(
        id=article_id,
        source=source,
        content=content,
        sha256=hashlib.sha256(content).hexdigest(),
        kind=kind,
        encoding=encoding,
        hints=dict(hints or {}),
        error=message,
        error_type=error_type,
    )


def url_slug(url: str) -> str | None:
    """The last non-empty path segment of a URL without a web-page extension, else the host."""
    parts = urlsplit(url)
    segments = [unquote(s) for s in parts.path.split("/") if s.strip()]
    if segments:
        slug = _WEB_EXTENSION.sub("", segments[-1]).strip()
        if slug:
            return slug
    return parts.hostname or None
