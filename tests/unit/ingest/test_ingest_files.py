"""Ingest from files and directories: types, ids, order, gzip, sizes, encodings."""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

import pytest

from newsevents.ingest import iter_inputs
from newsevents.records import Failure, RawArticle
from newsevents.settings import Settings

SETTINGS = Settings()
PAGE = b"<html><head><title>Talks</title></head><body><p>Ministers met.</p></body></html>"


def ingest(*inputs: str | Path, settings: Settings = SETTINGS) -> list[RawArticle | Failure]:
    return list(iter_inputs([str(i) for i in inputs], settings))


def only_raw(*inputs: str | Path, settings: Settings = SETTINGS) -> RawArticle:
    (item,) = ingest(*inputs, settings=settings)
    assert isinstance(item, RawArticle), item
    return item


def test_html_file(tmp_path: Path) -> None:
    path = tmp_path / "talks-2022.html"
    path.write_bytes(PAGE)
    raw = only_raw(path)
    assert raw.id == "talks-2022"
    assert raw.source == str(path)
    assert raw.kind == "html"
    assert raw.content == PAGE
    assert raw.sha256 == hashlib.sha256(PAGE).hexdigest()
    assert raw.encoding == "utf-8"
    assert raw.error is None and raw.error_type is None
    assert raw.hints == {}


def test_htm_and_txt_kinds(tmp_path: Path) -> None:
    (tmp_path / "a.htm").write_bytes(PAGE)
    (tmp_path / "b.txt").write_text("Ministers met on Monday.\n", encoding="utf-8")
    items = ingest(tmp_path / "a.htm", tmp_path / "b.txt")
    assert [(r.id, r.kind) for r in items if isinstance(r, RawArticle)] == [
        ("a", "html"),
        ("b", "text"),
    ]


def test_html_gz_id_and_content(tmp_path: Path) -> None:
    path = tmp_path / "foo.html.gz"
    path.write_bytes(gzip.compress(PAGE))
    raw = only_raw(path)
    assert raw.id == "foo"
    assert raw.kind == "html"
    assert raw.content == PAGE  # decompressed payload
    assert raw.sha256 == hashlib.sha256(PAGE).hexdigest()


def test_txt_gz(tmp_path: Path) -> None:
    path = tmp_path / "Note.TXT.GZ"
    path.write_bytes(gzip.compress(b"Plain words."))
    raw = only_raw(path)
    assert (raw.id, raw.kind, raw.content) == ("Note", "text", b"Plain words.")


def test_id_keeps_dots_before_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "v1.2-story.html"
    path.write_bytes(PAGE)
    assert only_raw(path).id == "v1.2-story"


def test_directory_is_recursive_sorted_and_skips_hidden_and_other_types(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "inner.txt").write_text("inner", encoding="utf-8")
    (tmp_path / "a.html").write_bytes(PAGE)
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(b"gz text"))
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".hidden.html").write_bytes(PAGE)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text("secret", encoding="utf-8")
    items = ingest(tmp_path)
    assert all(isinstance(i, RawArticle) for i in items)
    assert [i.source for i in items] == [
        str(tmp_path / "a.html"),
        str(tmp_path / "b" / "inner.txt"),
        str(tmp_path / "c.txt.gz"),
    ]
    assert [i.id for i in items if isinstance(i, RawArticle)] == ["a", "inner", "c"]


def test_inputs_keep_their_order(tmp_path: Path) -> None:
    (tmp_path / "z.txt").write_text("zed", encoding="utf-8")
    (tmp_path / "a.txt").write_text("ay", encoding="utf-8")
    items = ingest(tmp_path / "z.txt", tmp_path / "a.txt")
    assert [i.source for i in items] == [str(tmp_path / "z.txt"), str(tmp_path / "a.txt")]


def test_missing_path_is_a_failure(tmp_path: Path) -> None:
    missing = tmp_path / "gone" / "story.html"
    (item,) = ingest(missing)
    assert isinstance(item, Failure)
    assert item.stage == "ingest"
    assert item.error_type == "InputNotFound"
    assert item.article_id == "story"
    assert item.source == str(missing)
    assert item.message == f"{missing}: no such file or directory — check the path"


def test_unknown_extension_given_explicitly_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7")
    (item,) = ingest(path)
    assert isinstance(item, Failure)
    assert item.error_type == "UnsupportedInput"
    assert "'.pdf'" in item.message
    assert ".html" in item.message and ".jsonl" in item.message and ".warc" in item.message


def test_empty_file_comes_through_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    raw = only_raw(path)
    assert raw.content == b""
    assert raw.sha256 == hashlib.sha256(b"").hexdigest()
    assert raw.error is None  # extract rejects it, not ingest


def test_binary_renamed_html_is_passed_on(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    path = tmp_path / "photo.html"
    path.write_bytes(png)
    raw = only_raw(path)
    assert raw.kind == "html"
    assert raw.content == png
    assert raw.error is None


def test_truncated_gzip_keeps_compressed_bytes(tmp_path: Path) -> None:
    compressed = gzip.compress(PAGE * 50)
    cut = compressed[: len(compressed) // 2]
    path = tmp_path / "broken.html.gz"
    path.write_bytes(cut)
    raw = only_raw(path)
    assert raw.id == "broken"
    assert raw.content == cut
    assert raw.sha256 == hashlib.sha256(cut).hexdigest()
    assert raw.error_type == "DecodeError"
    assert raw.error is not None
    assert raw.error.startswith(f"{path}: gzip stream is truncated or corrupt")
    assert "gzip -t" in raw.error
    assert raw.encoding is None


def test_cp1252_bytes_are_detected(tmp_path: Path) -> None:
    text = "The minister met reporters at a café near the border on Tuesday."
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    raw = only_raw(path)
    assert raw.encoding in {"cp1252", "windows-1252"}
    assert raw.encoding is not None
    assert "café" in raw.content.decode(raw.encoding)


def test_meta_charset_is_used_for_html(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1252"></head><body>Zürich talks</body></html>'
    path = tmp_path / "zurich.html"
    path.write_bytes(page.encode("cp1252"))
    raw = only_raw(path)
    assert raw.encoding == "cp1252"
    assert "Zürich" in raw.content.decode(raw.encoding)


def test_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffCafé society.".encode())
    raw = only_raw(path)
    assert raw.encoding == "utf-8-sig"
    assert raw.content.decode(raw.encoding) == "Café society."


def test_same_file_twice_gives_same_sha256(tmp_path: Path) -> None:
    path = tmp_path / "twice.html"
    path.write_bytes(PAGE)
    first, second = ingest(path, path)
    assert isinstance(first, RawArticle) and isinstance(second, RawArticle)
    assert first.sha256 == second.sha256 == hashlib.sha256(PAGE).hexdigest()
    assert first == second


def test_file_over_the_limit_keeps_all_bytes_with_an_error(tmp_path: Path) -> None:
    settings = Settings(max_input_bytes=100)
    body = b"x" * 300
    path = tmp_path / "long.txt"
    path.write_bytes(body)
    raw = only_raw(path, settings=settings)
    assert raw.content == body
    assert raw.error_type == "UnsupportedInput"
    assert raw.error == (
        f"{path}: input is 300 bytes, over the limit of 100 bytes (max_input_bytes)"
        " — split it into smaller articles or raise max_input_bytes"
    )


def test_file_over_five_times_the_limit_is_truncated_for_storage(tmp_path: Path) -> None:
    settings = Settings(max_input_bytes=100)
    path = tmp_path / "huge.txt"
    path.write_bytes(b"y" * 1000)
    raw = only_raw(path, settings=settings)
    assert raw.content == b"y" * 500
    assert raw.sha256 == hashlib.sha256(b"y" * 500).hexdigest()
    assert raw.error is not None and "only its first 500 bytes are stored" in raw.error


@pytest.mark.parametrize("name", ["", "   "])
def test_empty_input_name_is_a_failure(name: str) -> None:
    (item,) = ingest(name)
    assert isinstance(item, Failure)
    assert item.error_type == "InputNotFound"
