"""Ingest from standard input (``-``), sniffing HTML, JSONL and text."""

from __future__ import annotations

import hashlib
import io
import json

from newsevents.ingest import iter_inputs
from newsevents.ingest.stdin import sniff
from newsevents.records import RawArticle
from newsevents.settings import Settings

SETTINGS = Settings()


def from_stdin(data: bytes, settings: Settings = SETTINGS) -> list[RawArticle]:
    items = list(iter_inputs(["-"], settings, stdin=io.BytesIO(data)))
    assert all(isinstance(i, RawArticle) for i in items), items
    return [i for i in items if isinstance(i, RawArticle)]


def test_stdin_text() -> None:
    data = b"Ministers met in Geneva on Monday.\nThey agreed to talk again.\n"
    (raw,) = from_stdin(data)
    assert raw.id == f"stdin-{hashlib.sha256(data).hexdigest()[:8]}"
    assert raw.source == "-"
    assert raw.kind == "text"
    assert raw.content == data
    assert raw.encoding == "utf-8"


def test_stdin_html_after_bom_and_whitespace() -> None:
    data = b"\xef\xbb\xbf  \n<!doctype html><p>Hi</p>"
    (raw,) = from_stdin(data)
    assert raw.kind == "html"
    assert raw.encoding == "utf-8-sig"


def test_stdin_jsonl() -> None:
    data = (
        json.dumps({"id": "s1", "text": "One."})
        + "\n\n"
        + json.dumps({"text": "Two.", "url": "https://example.org/2"})
        + "\n"
    ).encode()
    first, second = from_stdin(data)
    assert (first.id, first.source, first.content) == ("s1", "-#1", b"One.")
    assert (second.id, second.source, second.content) == ("stdin-3", "-#3", b"Two.")
    assert second.hints == {"url": "https://example.org/2"}


def test_stdin_jsonl_larger_than_the_storage_cap_is_read_to_the_end() -> None:
    settings = Settings(max_input_bytes=40)  # storage cap 200 bytes
    lines = [json.dumps({"id": f"r{n}", "text": "short"}) for n in range(30)]
    items = from_stdin(("\n".join(lines) + "\n").encode(), settings)
    assert [i.id for i in items] == [f"r{n}" for n in range(30)]
    assert all(i.error is None for i in items)


def test_sniff_rules() -> None:
    assert sniff(b"") == "text"
    assert sniff(b'{"a": 1}\n  {"b": 2}\n') == "jsonl"
    assert sniff(b'{"a": 1}\nnot json\n') == "text"
    assert sniff(b"\n\n<html>") == "html"


def test_empty_stdin_is_an_empty_text_article() -> None:
    (raw,) = from_stdin(b"")
    assert raw.content == b""
    assert raw.kind == "text"
    assert raw.error is None
