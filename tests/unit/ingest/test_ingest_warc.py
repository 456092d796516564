"""Ingest from WARC archives written with warcio."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsevents.ingest import iter_inputs
from newsevents.records import RawArticle
from newsevents.settings import Settings

SETTINGS = Settings()
PAGE = "<html><body><p>Talks in Zürich ended.</p></body></html>"


def write_warc(path: Path, *, gzipped: bool) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))

        def response(uri: str, body: bytes, content_type: str, status: str = "200 OK") -> None:
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                length=len(body),  # a known length keeps warcio from spooling to a temp file
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2022-01-27T10:00:00Z"},
            )
            writer.write_record(record)

        request_headers = StatusAndHeaders(
            "GET /world/zurich-talks.html HTTP/1.1",
            [("Host", "news.example")],
            is_http_request=True,
        )
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/world/zurich-talks.html",
                "request",
                payload=io.BytesIO(b""),
                length=0,
                http_headers=request_headers,
            )
        )
        response(
            "https://news.example/world/zurich-talks.html",
            PAGE.encode("cp1252"),
            "text/html; charset=windows-1252",
        )
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        response("https://news.example/missing", b"<p>Not found</p>", "text/html", "404 Not Found")
        response("https://news.example/", b"Plain wire copy.", "text/plain; charset=utf-8")


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_responses_become_articles(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_warc(path, gzipped=name.endswith(".gz"))
    items = list(iter_inputs([str(path)], SETTINGS))
    assert all(isinstance(i, RawArticle) for i in items)
    page, wire = [i for i in items if isinstance(i, RawArticle)]

    assert page.id == "zurich-talks"
    assert page.source == f"{path}#record-3"  # warcinfo, request, response
    assert page.kind == "html"
    assert page.encoding == "cp1252"
    assert page.content.decode(page.encoding) == PAGE
    assert page.hints == {
        "url": "https://news.example/world/zurich-talks.html",
        "crawled": "2022-01-27T10:00:00Z",
    }
    assert page.error is None

    assert wire.id == "news.example"  # no path segment: the host
    assert wire.kind == "text"
    assert wire.content == b"Plain wire copy."
    assert wire.encoding == "utf-8"


def test_truncated_warc_gz_keeps_what_came_before_and_flags_the_file(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, gzipped=True)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 30])
    items = list(iter_inputs([str(cut)], SETTINGS))
    assert all(isinstance(i, RawArticle) for i in items)
    last = items[-1]
    assert isinstance(last, RawArticle)
    assert last.id == "cut"
    assert last.source == str(cut)
    assert last.error_type == "UnsupportedInput"
    assert last.error is not None and "WARC archive is corrupt or truncated" in last.error
    assert last.content == data[: len(data) - 30]
    assert [i.id for i in items[:-1] if isinstance(i, RawArticle)] == ["zurich-talks"]
