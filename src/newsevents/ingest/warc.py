"""Articles from WARC files (``.warc``, ``.warc.gz``) read with warcio.

Kept: ``response`` records with a 2xx status (and ``resource`` records) whose content type is
HTML (``text/html``, ``application/xhtml+xml``) or plain text. Skipped without a word: requests,
metadata, warcinfo, revisits, redirects and error pages, images and other media. The HTTP payload
is de-chunked and decompressed; its encoding comes from the ``Content-Type`` charset first.
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.limitreader import LimitReader
from warcio.statusandheaders import StatusAndHeadersParserException

from newsevents.errors import UnsupportedInput
from newsevents.ingest.common import make_raw, storage_cap, url_slug
from newsevents.records import RawArticle
from newsevents.settings import Settings

__all__ = ["charset_of", "iter_warc", "kind_of", "read_capped"]

_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)
_KEPT_RECORDS = ("response", "resource")
_BLOCK = 1 << 16


def kind_of(content_type: str | None) -> str | None:
    """The kind of a Content-Type header value: "html", "text" or None (not an article)."""
    if not content_type:
        return None
    media = content_type.split(";", 1)[0].strip().lower()
    if media in _HTML_TYPES:
        return "html"
    if media in _TEXT_TYPES:
        return "text"
    return None


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header value, if any."""
    if not content_type:
        return None
    match = _CHARSET.search(content_type)
    return match.group(1) if match else None


def read_capped(stream: Any, cap: int) -> tuple[bytes, bool]:
    """Read at most ``cap`` bytes; also say whether more bytes were left."""
    chunks: list[bytes] = []
    size = 0
    while size <= cap:
        block = stream.read(min(_BLOCK, cap + 1 - size))
        if not block:
            break
        chunks.append(block)
        size += len(block)
    data = b"".join(chunks)
    return data[:cap], len(data) > cap


def _ok_status(record: Any) -> bool:
    if record.rec_type != "response":
        return True
    if record.http_headers is None:
        return False
    status = str(record.http_headers.get_statuscode() or "")
    return status.startswith("2")


def _content_type(record: Any) -> str | None:
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type")
    else:
        value = record.rec_headers.get_header("Content-Type")
    return str(value) if value else None


# warcio fails on corrupt archives with its own errors and, on some garbage, with plain Python
# errors from its parser; all of them mean "this archive is broken" at this boundary.
_WARC_ERRORS = (
    ArchiveLoadFailed,
    StatusAndHeadersParserException,
    EOFError,
    OSError,
    ValueError,
    zlib.error,
    AttributeError,
    KeyError,
    TypeError,
)


def _corrupt(path: str, where: str, reason: object) -> UnsupportedInput:
    return UnsupportedInput(
        f"WARC archive is corrupt or truncated {where} ({reason})",
        source=path,
        hint="check the file with `warcio check` or download it again",
    )


def _payload(record: Any, cap: int) -> tuple[bytes, bool, bool]:
    """The record's HTTP payload (capped), whether it was capped, and whether it is cut short."""
    content, capped = read_capped(record.content_stream(), cap)
    raw = record.raw_stream
    while raw.read(_BLOCK):  # drain what is left, so a short record shows as unread length
        pass
    short = isinstance(raw, LimitReader) and raw.limit > 0
    return content, capped, short


def _check_gzip(stream: IO[bytes]) -> str | None:
    """For a gzipped archive, why its gzip stream is broken (None when whole or not gzip)."""
    try:
        stream.seek(0)
        if stream.read(2) != b"\x1f\x8b":
            return None
        stream.seek(0)
        with gzip.GzipFile(fileobj=stream) as unzipped:
            while unzipped.read(_BLOCK * 16):
                pass
    except (EOFError, OSError, zlib.error) as exc:
        return str(exc) or type(exc).__name__
    return None


def iter_warc(
    stream: IO[bytes], *, path: str, stem: str, settings: Settings
) -> Iterator[RawArticle]:
    """Articles from one WARC stream; source ``path#record-N`` (N counts every WARC record from 1).

    Raises :class:`~newsevents.errors.UnsupportedInput` when the archive is corrupt or cut
    short; the records before the fault have been yielded already.
    """
    cap = storage_cap(settings)
    number = 0
    records = iter(ArchiveIterator(stream))
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except _WARC_ERRORS as exc:
            raise _corrupt(path, f"at record {number + 1}", exc) from exc
        number += 1
        if record.rec_type not in _KEPT_RECORDS or not _ok_status(record):
            continue
        content_type = _content_type(record)
        kind = kind_of(content_type)
        if kind is None:
            continue
        try:
            content, capped, short = _payload(record, cap)
        except _WARC_ERRORS as exc:
            raise _corrupt(path, f"at record {number}", exc) from exc
        if short:
            raise _corrupt(
                path, f"at record {number}", "the record ends before its declared length"
            )
        target = record.rec_headers.get_header("WARC-Target-URI") or ""
        hints = {"url": target} if target else {}
        date = record.rec_headers.get_header("WARC-Date")
        if date:
            hints["crawled"] = str(date)
        yield make_raw(
            article_id=(url_slug(target) if target else None) or f"{stem}-{number}",
            source=f"{path}#record-{number}",
            content=content,
            kind=kind,
            settings=settings,
            declared=charset_of(content_type),
            hints=hints,
            truncated=capped,
        )
    broken = _check_gzip(stream)
    if broken is not None:
        raise _corrupt(path, f"after record {number}", f"gzip: {broken}")
