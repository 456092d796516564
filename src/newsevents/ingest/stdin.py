"""Articles from standard input (``-``).

The bytes are sniffed: HTML when they start with ``<`` after a byte-order mark and whitespace;
JSONL when every non-empty line starts with ``{``; plain text otherwise. A single HTML or text
article gets the id ``stdin-<first 8 hex digits of its sha256>``; JSONL records are read as from a
file named ``stdin`` (source ``-#<line>``).
"""

from __future__ import annotations

import codecs
import hashlib
import io
from collections.abc import Iterator
from typing import IO

from newsevents.ingest.common import make_raw, storage_cap
from newsevents.ingest.jsonrec import iter_jsonl
from newsevents.ingest.warc import read_capped
from newsevents.records import RawArticle
from newsevents.settings import Settings

__all__ = ["STDIN", "read_stdin", "sniff"]

STDIN = "-"
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class _Prefixed(io.RawIOBase):
    """A stream that yields ``head`` and then the rest of ``tail`` (stdin after sniffing)."""

    def __init__(self, head: bytes, tail: IO[bytes]) -> None:
        super().__init__()
        self._head = head
        self._tail = tail

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        if self._head:
            data, self._head = self._head[: len(buffer)], self._head[len(buffer) :]
        else:
            data = self._tail.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def sniff(data: bytes, *, complete: bool = True) -> str:
    """The kind of the bytes read from stdin: "html", "jsonl" or "text".

    With ``complete=False`` (only the start of the input is at hand) the last, possibly cut,
    line is not looked at.
    """
    head = data
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    if head.lstrip().startswith(b"<"):
        return "html"
    lines = head.splitlines()
    if not complete and lines:
        lines = lines[:-1]
    filled = [line.lstrip() for line in lines if line.strip()]
    if filled and all(line.startswith(b"{") for line in filled):
        return "jsonl"
    return "text"


def read_stdin(stream: IO[bytes], settings: Settings) -> Iterator[RawArticle]:
    """Articles from standard input."""
    data, truncated = read_capped(stream, storage_cap(settings))
    kind = sniff(data, complete=not truncated)
    if kind == "jsonl":
        lines: IO[bytes] = (
            io.BufferedReader(_Prefixed(data, stream)) if truncated else io.BytesIO(data)
        )
        yield from iter_jsonl(lines, path=STDIN, stem="stdin", settings=settings)
        return
    yield make_raw(
        article_id=f"stdin-{hashlib.sha256(data).hexdigest()[:8]}",
        source=STDIN,
        content=data,
        kind=kind,
        settings=settings,
        truncated=truncated,
    )
