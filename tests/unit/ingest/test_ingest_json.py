"""Ingest from JSON and JSONL records, plain and gzipped."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

from newsevents.ingest import iter_inputs
from newsevents.records import Failure, RawArticle
from newsevents.settings import Settings

SETTINGS = Settings()


def raws(*inputs: Path) -> list[RawArticle]:
    items = list(iter_inputs([str(i) for i in inputs], SETTINGS))
    assert all(isinstance(i, RawArticle) for i in items), items
    return [i for i in items if isinstance(i, RawArticle)]


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def test_jsonl_records_with_fields_and_hints(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        jsonl(
            {
                "id": "a1",
                "text": "Ministers met in Geneva.",
                "title": "Talks",
                "published": "2022-01-27",
                "url": "https://example.org/a1",
                "source": "Example Wire",
                "extra": "ignored",
            },
            {"html": "<p>Troops withdrew.</p>"},
        ),
        encoding="utf-8",
    )
    first, second = raws(path)
    assert first.id == "a1"
    assert first.source == f"{path}#1"
    assert first.kind == "text"
    assert first.content == b"Ministers met in Geneva."
    assert first.sha256 == hashlib.sha256(b"Ministers met in Geneva.").hexdigest()
    assert first.encoding == "utf-8"
    assert first.hints == {
        "title": "Talks",
        "published": "2022-01-27",
        "url": "https://example.org/a1",
        "source": "Example Wire",
    }
    assert second.id == "feed-2"  # no id: <file stem>-<line number>
    assert second.source == f"{path}#2"
    assert second.kind == "html"
    assert second.content == b"<p>Troops withdrew.</p>"
    assert second.error is None


def test_jsonl_broken_line_among_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = jsonl({"id": "g1", "text": "One."})
    path.write_text(
        good + '{"id": "bad", "text": "unterminated\n\n' + jsonl({"id": "g2", "text": "Two."}),
        encoding="utf-8",
    )
    items = raws(path)
    assert [i.id for i in items] == ["g1", "mixed-2", "g2"]
    broken = items[1]
    assert broken.source == f"{path}#2"
    assert broken.content == b'{"id": "bad", "text": "unterminated'
    assert broken.error_type == "RecordError"
    assert broken.error is not None
    assert broken.error.startswith(f"{path}#2: line 2 is not valid JSON (")
    assert broken.error.endswith("— fix or remove the line; each line must be one JSON object")
    assert items[0].error is None and items[2].error is None
    assert items[2].source == f"{path}#4"  # the blank line 3 is skipped but counted


def test_json_object_without_text_or_html(tmp_path: Path) -> None:
    path = tmp_path / "meta.jsonl"
    line = json.dumps({"id": "m1", "title": "Only a title"})
    path.write_text(line + "\n", encoding="utf-8")
    (raw,) = raws(path)
    assert raw.id == "m1"
    assert raw.content == line.encode()
    assert raw.hints == {"title": "Only a title"}
    assert raw.error_type == "RecordError"
    assert raw.error == (
        f"{path}#1: record has no `text` or `html` string — add the article body as `text` "
        "(plain text) or `html` (the page)"
    )


def test_jsonl_line_that_is_not_an_object(tmp_path: Path) -> None:
    path = tmp_path / "list.jsonl"
    path.write_text("[1, 2]\n", encoding="utf-8")
    (raw,) = raws(path)
    assert raw.error_type == "RecordError"
    assert raw.error is not None and "not an object" in raw.error


def test_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl({"text": "A."}, {"text": "B."}).encode()))
    items = raws(path)
    assert [(i.id, i.content) for i in items] == [("dump-1", b"A."), ("dump-2", b"B.")]


def test_truncated_jsonl_gz_yields_good_records_then_the_error(tmp_path: Path) -> None:
    records = [{"id": f"r{n}", "text": f"Record {n} " + "word " * 50} for n in range(200)]
    compressed = gzip.compress(jsonl(*records).encode())
    cut = compressed[: len(compressed) - 40]
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(cut)
    items = raws(path)
    last = items[-1]
    assert last.id == "cut"
    assert last.source == str(path)
    assert last.content == cut
    assert last.error_type == "DecodeError"
    good = items[:-1]
    assert len(good) > 100
    assert all(i.error is None for i in good)
    assert [i.id for i in good] == [f"r{n}" for n in range(len(good))]


def test_json_single_object(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": "Single.", "title": "T"}), encoding="utf-8")
    (raw,) = raws(path)
    assert (raw.id, raw.source, raw.content, raw.hints) == (
        "one",
        str(path),
        b"Single.",
        {"title": "T"},
    )


def test_json_list_of_objects(tmp_path: Path) -> None:
    path = tmp_path / "many.json.gz"
    data = [{"id": 7, "text": "Seven."}, {"html": "<p>x</p>"}, {"nope": 1}]
    path.write_bytes(gzip.compress(json.dumps(data).encode()))
    items = raws(path)
    assert [i.id for i in items] == ["7", "many-2", "many-3"]
    assert [i.source for i in items] == [f"{path}#record-{n}" for n in (1, 2, 3)]
    assert [i.error_type for i in items] == [None, None, "RecordError"]
    assert json.loads(items[2].content) == {"nope": 1}


def test_json_file_that_does_not_parse(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(b"{not json")
    (raw,) = raws(path)
    assert raw.id == "bad"
    assert raw.content == b"{not json"
    assert raw.error_type == "RecordError"
    assert raw.error is not None and raw.error.startswith(f"{path}: file is not valid JSON")


def test_jsonl_cp1252_line_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "legacy.jsonl"
    path.write_bytes('{"id": "c", "text": "Talks at the café in Geneva ended."}\n'.encode("cp1252"))
    (raw,) = raws(path)
    assert raw.error is None
    assert raw.content.decode("utf-8") == "Talks at the café in Geneva ended."


def test_record_text_over_the_limit_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(jsonl({"id": "big", "text": "z" * 150}), encoding="utf-8")
    (item,) = list(iter_inputs([str(path)], Settings(max_input_bytes=100)))
    assert isinstance(item, RawArticle)
    assert item.content == b"z" * 150
    assert item.error_type == "UnsupportedInput"


def test_missing_jsonl_is_a_failure(tmp_path: Path) -> None:
    (item,) = list(iter_inputs([str(tmp_path / "none.jsonl")], SETTINGS))
    assert isinstance(item, Failure)
    assert item.article_id == "none"
    assert item.error_type == "InputNotFound"
