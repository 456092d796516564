from __future__ import annotations

import dataclasses

from store_records import failure, raw, result

from newsevents.records import Failure
from newsevents.store import SQLiteStore


def test_save_raw_is_idempotent_by_sha256(store: SQLiteStore) -> None:
    first = raw("a1", "<p>Blinken met Lavrov.</p>")
    assert store.save_raw(first) is True
    assert store.save_raw(first) is False
    # the same bytes under another id and source are still the same article
    assert store.save_raw(dataclasses.replace(first, id="other", source="/elsewhere")) is False
    assert store.stats()["raw"] == 1
    assert store.article_id_for(first.sha256) == "a1"
    assert store.raw("other") is None


def test_raw_round_trip_keeps_bytes_hints_and_errors(store: SQLiteStore) -> None:
    item = raw("a1", "caf\u00e9 \x00 bytes", error="bad charset", error_type="DecodeError")
    item = dataclasses.replace(item, content=b"\xff\xfe\x00binary", encoding=None)
    store.save_raw(item)
    assert store.raw("a1") == item


def test_id_collision_gets_the_sha_suffix(store: SQLiteStore) -> None:
    one = raw("same-id", "first article")
    two = raw("same-id", "second article")
    assert store.save_raw(one) and store.save_raw(two)
    assert store.article_id_for(one.sha256) == "same-id"
    assert store.article_id_for(two.sha256) == f"same-id-{two.sha256[:8]}"
    stored = store.raw(f"same-id-{two.sha256[:8]}")
    assert stored is not None and stored.content == b"second article"
    assert store.article_id_for("0" * 64) is None


def test_is_done_only_after_a_document_is_stored(store: SQLiteStore) -> None:
    item = raw("a1", "text")
    store.save_raw(item)
    assert not store.is_done(item.sha256)
    store.save_result(result("a1", failures=(failure("a1"),), with_document=False))
    assert not store.is_done(item.sha256)
    store.save_result(result("a1"))
    assert store.is_done(item.sha256)


def test_failed_raw_lists_inputs_with_failures(store: SQLiteStore) -> None:
    ok, bad, undecodable = raw("ok", "fine"), raw("bad", "broken"), raw("dec", "x")
    undecodable = dataclasses.replace(undecodable, error="not text", error_type="DecodeError")
    for item in (ok, bad, undecodable):
        store.save_raw(item)
    store.save_result(result("ok"))
    store.save_result(result("bad", failures=(failure("bad"),), with_document=False))
    assert [r.id for r in store.failed_raw()] == ["bad", "dec"]
    assert store.failed_raw()[0] == bad


def test_save_failure_without_raw_is_listed(store: SQLiteStore) -> None:
    missing = Failure(
        article_id="/no/such/file.html",
        source="/no/such/file.html",
        stage="ingest",
        error_type="InputNotFound",
        message="no such file",
    )
    store.save_failure(missing)
    store.save_failure(missing)  # the same failure again replaces, never duplicates
    listed = store.failures()
    assert len(listed) == 1
    row = listed[0]
    assert {k: row[k] for k in ("article_id", "source", "stage", "error_type", "message")} == (
        dataclasses.asdict(missing)
    )
    assert row["at"][:2] == "20" and "T" in row["at"]
    assert store.failed_raw() == []
