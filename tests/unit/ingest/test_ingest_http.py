"""Ingest from http(s) URLs against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import hashlib
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsevents.ingest import iter_inputs
from newsevents.records import Failure, RawArticle
from newsevents.settings import Settings

pytestmark = pytest.mark.network

PAGE = "<html><body><p>Talks in Zürich ended without a deal.</p></body></html>".encode("cp1252")
RELEASE = threading.Event()  # set at teardown so a sleeping handler ends at once


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        del format, args

    def _send(self, status: int, body: bytes, content_type: str, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/news/zurich-talks.html":
            self._send(200, PAGE, "text/html; charset=windows-1252")
        elif self.path == "/wire/":
            self._send(200, b"Plain wire copy.", "text/plain")
        elif self.path == "/old":
            self.send_response(302)
            self.send_header("Location", "/news/zurich-talks.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/slow":
            RELEASE.wait(5)
            self._send(200, b"too late", "text/plain")
        elif self.path == "/big":
            self._send(200, b"x" * 5000, "text/html")
        elif self.path == "/big-streamed":
            self._send(200, b"y" * 5000, "text/html", length=False)
        else:
            self._send(404, b"<p>Not found</p>", "text/html")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    RELEASE.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        RELEASE.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def fetch(url: str, settings: Settings | None = None) -> RawArticle | Failure:
    (item,) = list(iter_inputs([url], settings or Settings()))
    return item


def test_url_200(base_url: str) -> None:
    url = f"{base_url}/news/zurich-talks.html"
    raw = fetch(url)
    assert isinstance(raw, RawArticle)
    assert raw.id == "zurich-talks"
    assert raw.source == url
    assert raw.kind == "html"
    assert raw.content == PAGE
    assert raw.sha256 == hashlib.sha256(PAGE).hexdigest()
    assert raw.encoding == "cp1252"  # from the HTTP charset header
    assert "Zürich" in raw.content.decode(raw.encoding)
    assert raw.hints == {"url": url}
    assert raw.error is None


def test_text_plain_url_and_trailing_slash_id(base_url: str) -> None:
    raw = fetch(f"{base_url}/wire/")
    assert isinstance(raw, RawArticle)
    assert (raw.id, raw.kind, raw.content) == ("wire", "text", b"Plain wire copy.")


def test_redirect_is_followed_and_final_url_is_a_hint(base_url: str) -> None:
    raw = fetch(f"{base_url}/old")
    assert isinstance(raw, RawArticle)
    assert raw.id == "old"
    assert raw.source == f"{base_url}/old"
    assert raw.content == PAGE
    assert raw.hints == {"url": f"{base_url}/news/zurich-talks.html"}


def test_url_404(base_url: str) -> None:
    url = f"{base_url}/gone/story-9"
    item = fetch(url)
    assert isinstance(item, Failure)
    assert item.stage == "ingest"
    assert item.error_type == "FetchError"
    assert item.article_id == "story-9"
    assert item.source == url
    assert item.message == (
        f"{url}: the server answered HTTP 404 Not Found"
        " — check the URL, or try again later if the server is down"
    )


def test_url_timeout_is_fast_and_clear(base_url: str) -> None:
    url = f"{base_url}/slow"
    started = time.monotonic()
    item = fetch(url, Settings(fetch_timeout=0.5))
    assert time.monotonic() - started < 3
    assert isinstance(item, Failure)
    assert item.error_type == "FetchError"
    assert item.message == (
        f"{url}: timed out after 0.5 s — check the URL, or raise the timeout "
        "(NEWSEVENTS_FETCH_TIMEOUT or fetch_timeout)"
    )


@pytest.mark.parametrize("path", ["/big", "/big-streamed"])
def test_body_over_the_limit_is_refused(base_url: str, path: str) -> None:
    item = fetch(f"{base_url}{path}", Settings(max_input_bytes=1000))
    assert isinstance(item, Failure)
    assert item.error_type == "FetchError"
    assert "over the limit of 1,000 bytes (max_input_bytes)" in item.message


def test_connection_refused() -> None:
    with socket.socket() as sock:  # a port that nobody listens on once the socket is closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/story"
    item = fetch(url)
    assert isinstance(item, Failure)
    assert item.error_type == "FetchError"
    assert item.message.startswith(f"{url}: could not be fetched (ConnectError")
    assert item.message.endswith("— check the URL and your network connection")
