"""Encoding detection, and the promise that no input bytes make ingest raise."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.ingest import iter_inputs
from newsevents.ingest.encoding import detect_encoding, sniff_declared
from newsevents.records import RawArticle
from newsevents.settings import Settings

META_1251 = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'


@pytest.mark.parametrize(
    ("data", "declared", "html", "expected"),
    [
        (b"", None, False, None),
        (b"plain ascii", None, False, "utf-8"),
        ("Zürich".encode(), None, False, "utf-8"),
        ("\ufeffZürich".encode(), None, False, "utf-8-sig"),
        ("Zürich".encode("utf-16"), None, False, "utf-16"),
        # a declared charset wins, and iso-8859-1 means windows-1252 as in browsers
        ("“Zürich”".encode("cp1252"), "ISO-8859-1", False, "cp1252"),
        ("Zürich".encode("iso8859-15"), "iso-8859-15", False, "iso8859-15"),
        # a declaration the bytes contradict is ignored
        ("Zürich".encode("cp1252"), "utf-8", False, "cp1252"),
        # an unknown label is ignored
        (b"plain", "no-such-charset", False, "utf-8"),
        # <meta> only counts for HTML
        ('<meta charset="koi8-r"><p>Привет</p>'.encode("koi8-r"), None, True, "koi8-r"),
        (
            (META_1251 + "Привет").encode("cp1251"),
            None,
            True,
            "cp1251",
        ),
        (
            '<?xml version="1.0" encoding="ISO-8859-15"?><p>€</p>'.encode("iso8859-15"),
            None,
            True,
            "iso8859-15",
        ),
    ],
)
def test_detect_encoding(data: bytes, declared: str | None, html: bool, expected: str) -> None:
    assert detect_encoding(data, declared=declared, html=html) == expected


def test_short_cp1252_word_is_not_taken_for_utf16() -> None:
    data = "café".encode("cp1252")
    encoding = detect_encoding(data)
    assert encoding == "cp1252"
    assert data.decode(encoding) == "café"


def test_sniff_declared_reads_only_the_head() -> None:
    assert sniff_declared(b"<html><head><meta charset='utf-8'>") == "utf-8"
    assert sniff_declared(b" " * 5000 + b"<meta charset='utf-8'>") is None


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=400), name=st.sampled_from(["a.html", "a.txt", "a.jsonl", "a.json"]))
def test_any_bytes_give_records_never_an_exception(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    gz = tmp_path / f"{name}.gz"
    gz.write_bytes(gzip.compress(data)[: max(1, len(data) // 2)])
    warc = tmp_path / "a.warc"
    warc.write_bytes(data)
    items = list(iter_inputs([str(path), str(gz), str(warc)], Settings()))
    assert items
    for item in items:
        assert isinstance(item, RawArticle)
        assert item.kind in {"html", "text"}
        assert (item.error is None) == (item.error_type is None)
        if item.encoding is not None and item.error is None:
            item.content.decode(item.encoding)  # the detected encoding really decodes
