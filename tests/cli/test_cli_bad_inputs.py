"""Every kind of bad input through ``newsevents ingest``, each beside a good article.

For each: exit code 1, the good article is stored, one message on stderr that names the input and
says what to do next, the raw bytes kept (when there are any) and ``failures`` lists it with the
stage and error type.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.cli.helpers import GOOD_ID, Invoke, failed_lines, ids, listing, opened

pytestmark = pytest.mark.slow

PNG = (
    b"\x89PNG\r\n\x1a\n"
    b"\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)

OTHER_ARTICLE = (
    "MOSCOW, January 27, 2022 — Russia accused the United States of ignoring its main security "
    "demands on Thursday, Foreign Minister Sergei Lavrov said. Ukraine asked Germany for more "
    "weapons."
)

GERMAN_ARTICLE = (
    "BERLIN, 27. Januar 2022 — Die Vereinigten Staaten haben die Forderung Russlands "
    "zurückgewiesen, der Ukraine den Beitritt zur NATO zu verwehren, sagte Außenminister Antony "
    "Blinken am Mittwoch. Die Bundesregierung in Berlin begrüßte die Antwort und forderte weitere "
    "Gespräche mit Moskau. Die Lage an der Grenze bleibe angespannt, hieß es aus dem "
    "Verteidigungsministerium."
)

NAV_ONLY = (
    "<!doctype html><html><head><title>Example News</title></head><body>"
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
    "<li><a href='/politics'>Politics</a></li></ul></nav>"
    "<footer><p>© 2022 Example News. All rights reserved.</p>"
    "<a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a></footer></body></html>"
)


def big_page() -> bytes:
    """An HTML page of about 20 MB (twice the default max_input_bytes)."""
    paragraph = (
        "<p>" + "The committee met again on Thursday and said talks would go on. " * 16 + "</p>\n"
    ).encode()
    count = 20_000_000 // len(paragraph) + 1
    return b"<html><body><article>" + paragraph * count + b"</article></body></html>"


@dataclass(frozen=True)
class Bad:
    """One bad input: how to build it and what the failure must look like."""

    name: str  # the file name, as the message must name it
    article_id: str
    stage: str
    error_type: str
    build: Callable[[Path], bytes | None]  # writes the file, returns the bytes to be kept


def _write(name: str, data: bytes) -> Callable[[Path], bytes]:
    def build(folder: Path) -> bytes:
        (folder / name).write_bytes(data)
        return data

    return build


def _truncated_gzip(folder: Path) -> bytes:
    page = f"<html><body><article><p>{OTHER_ARTICLE}</p></article></body></html>"
    whole = gzip.compress(page.encode("utf-8"))
    cut = whole[: len(whole) // 2]
    (folder / "wire-0127.html.gz").write_bytes(cut)
    return cut  # the compressed bytes, as they are on disk


def _jsonl_with_broken_line(folder: Path) -> bytes:
    broken = b'{"id": "wire-2", "text": "Russia said'
    good = json.dumps({"id": "wire-1", "text": OTHER_ARTICLE, "published": "2022-01-27"})
    lines = [good.encode(), broken]
    (folder / "batch.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    return broken


def _json_without_body(folder: Path) -> bytes:
    data = json.dumps(
        {"id": "no-body", "title": "Talks in Geneva", "url": "https://example.org/geneva"}
    ).encode()
    (folder / "record.json").write_bytes(data)
    return data


def _big(folder: Path) -> bytes:
    data = big_page()
    (folder / "huge.html").write_bytes(data)
    return data


def _missing(folder: Path) -> None:
    del folder  # nothing is written: the path does not exist
    return None


BAD = [
    Bad("empty.txt", "empty", "extract", "ExtractError", _write("empty.txt", b"")),
    Bad("photo.html", "photo", "extract", "UnsupportedInput", _write("photo.html", PNG)),
    Bad("wire-0127.html.gz", "wire-0127", "ingest", "DecodeError", _truncated_gzip),
    Bad("huge.html", "huge", "ingest", "UnsupportedInput", _big),
    Bad("batch.jsonl#2", "batch-2", "ingest", "RecordError", _jsonl_with_broken_line),
    Bad("record.json", "no-body", "ingest", "RecordError", _json_without_body),
    Bad("front.html", "front", "extract", "ExtractError", _write("front.html", NAV_ONLY.encode())),
    Bad(
        "bericht.txt",
        "bericht",
        "extract",
        "UnsupportedLanguage",
        _write("bericht.txt", GERMAN_ARTICLE.encode("utf-8")),
    ),
    Bad("missing.txt", "missing", "ingest", "InputNotFound", _missing),
]


def check_failed_run(
    invoke: Invoke,
    db: str,
    args: list[str],
    *,
    name: str,
    article_id: str,
    stage: str,
    error_type: str,
    kept: bytes | None,
    env: dict[str, str] | None = None,
) -> None:
    result = invoke("ingest", *args, "--db", db, env=env)
    assert result.exit_code == 1, (result.stdout, result.stderr, result.exception)

    # one clear message naming the input, followed by what to do next
    messages = failed_lines(result.stderr)
    assert len(messages) == 1, result.stderr
    message = messages[0]
    assert name in message
    assert " — " in message[message.index(name) + len(name) :], message
    assert message.rstrip()[-1] != "—", "the hint after the dash is empty"
    assert "Traceback" not in result.stderr
    assert "See them with: newsevents failures --db" in result.stderr

    # the good article went through
    assert GOOD_ID in ids(listing(invoke, "articles", db))

    # the failure is listed with the right stage and error type
    failures = listing(invoke, "failures", db)
    assert [(f["article_id"], f["stage"], f["error_type"]) for f in failures] == [
        (article_id, stage, error_type)
    ]
    assert name in failures[0]["source"] or name.split("#")[0] in failures[0]["source"]
    assert failures[0]["message"] == message.removeprefix("failed ").strip()

    # the raw input is kept byte for byte (or there were no bytes to keep)
    with opened(db) as store:
        raw = store.raw(article_id)
        failed = {r.id: r for r in store.failed_raw()}
        if kept is None:
            assert raw is None
            assert article_id not in failed
        else:
            assert raw is not None
            assert raw.content == kept
            assert failed[article_id].content == kept


@pytest.mark.parametrize("bad", BAD, ids=[b.name for b in BAD])
def test_bad_input_beside_a_good_one(
    bad: Bad, invoke: Invoke, good_file: Path, tmp_path: Path, db: str
) -> None:
    kept = bad.build(tmp_path)
    path = str(tmp_path / bad.name.split("#")[0])
    check_failed_run(
        invoke,
        db,
        [str(good_file), path],
        name=bad.name,
        article_id=bad.article_id,
        stage=bad.stage,
        error_type=bad.error_type,
        kept=kept,
    )


def test_jsonl_good_lines_around_a_broken_one_are_stored(
    invoke: Invoke, tmp_path: Path, db: str
) -> None:
    lines = [
        json.dumps({"id": "wire-1", "text": OTHER_ARTICLE, "published": "2022-01-27"}),
        '{"id": "wire-2", "text": "Russia said',
        json.dumps({"text": "Ukraine asked Germany for more weapons on Thursday."}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke("ingest", str(tmp_path / "feed.jsonl"), "--db", db)
    assert result.exit_code == 1
    assert ids(listing(invoke, "articles", db)) == ["feed-3", "wire-1"]
    assert [f["article_id"] for f in listing(invoke, "failures", db)] == ["feed-2"]


def test_cp1252_text_is_decoded_and_stored(
    invoke: Invoke, good_file: Path, tmp_path: Path, db: str
) -> None:
    text = (
        "PARIS, January 26, 2022 – France and Germany met Russian and Ukrainian officials in "
        "Paris, the Élysée said. The café talks lasted eight hours; "
        "the Kremlin called them “useful”."
    )
    data = text.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the bytes really are not UTF-8
    (tmp_path / "elysee.txt").write_bytes(data)

    result = invoke("ingest", str(good_file), str(tmp_path / "elysee.txt"), "--db", db)
    assert result.exit_code == 0, result.stderr
    assert failed_lines(result.stderr) == []
    assert ids(listing(invoke, "articles", db)) == sorted([GOOD_ID, "elysee"])
    assert listing(invoke, "failures", db) == []
    with opened(db) as store:
        raw = store.raw("elysee")
        article = store.article("elysee")
    assert raw is not None and raw.content == data
    assert article is not None
    assert "Élysée" in article["text"] and "“useful”" in article["text"]
    assert "\ufffd" not in article["text"]


# -- a URL that times out ------------------------------------------------------------------

RELEASE = threading.Event()  # set at teardown so the sleeping handler ends at once


class SlowHandler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        del format, args

    def do_GET(self) -> None:
        RELEASE.wait(10)
        body = b"<html><body><p>Too late.</p></body></html>"
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should


@pytest.fixture
def slow_url() -> Iterator[str]:
    RELEASE.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/world/slow-story.html"
    finally:
        RELEASE.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.mark.network
def test_url_that_times_out(invoke: Invoke, good_file: Path, slow_url: str, db: str) -> None:
    check_failed_run(
        invoke,
        db,
        [str(good_file), slow_url],
        name=slow_url,
        article_id="slow-story",
        stage="ingest",
        error_type="FetchError",
        kept=None,
        env={"NEWSEVENTS_FETCH_TIMEOUT": "0.5"},
    )


@pytest.mark.network
def test_timeout_hint_names_a_real_option(invoke: Invoke, slow_url: str, db: str) -> None:
    result = invoke("ingest", slow_url, "--db", db, env={"NEWSEVENTS_FETCH_TIMEOUT": "0.5"})
    assert result.exit_code == 1
    (message,) = failed_lines(result.stderr)
    hint = message.split(" — ", 1)[1]
    options = invoke("ingest", "--help").stdout + invoke("--help").stdout
    for word in hint.split():
        if word.startswith("--"):
            assert word.strip(".,;") in options, f"{word} is not an option: {hint}"
