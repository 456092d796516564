from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from store_records import raw, result

from newsevents import registry
from newsevents.errors import StoreError
from newsevents.settings import Settings
from newsevents.store import SCHEMA_VERSION, SQLiteStore, Store, open_sqlite
from newsevents.store.migrations import MIGRATIONS, current_version, migrate


def _version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return current_version(conn)


def test_registered_as_sqlite_v1(db_path: Path) -> None:
    factory = registry.stores.get("sqlite.v1")
    with factory(Settings(db=str(db_path))) as s:
        assert isinstance(s, SQLiteStore)
        assert isinstance(s, Store)
    other = db_path.with_name("other.db")
    open_sqlite(Settings(db=str(db_path)), path=str(other)).close()
    assert other.exists()


def test_fresh_database_is_at_the_latest_version(db_path: Path) -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    with open_sqlite(Settings(db=str(db_path))) as s:
        assert s.schema_version == SCHEMA_VERSION
    assert _version(db_path) == SCHEMA_VERSION


def test_reopening_keeps_data_and_version(db_path: Path) -> None:
    with open_sqlite(Settings(db=str(db_path))) as s:
        s.save_raw(raw("a1", "body"))
        s.save_result(result("a1"))
    with open_sqlite(Settings(db=str(db_path))) as s:
        assert s.stats()["articles"] == 1
        assert [a["id"] for a in s.articles(search="Geneva")] == ["a1"]
    with sqlite3.connect(db_path) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_version")]
    assert versions == [m.version for m in MIGRATIONS]


def test_older_database_is_upgraded_and_indexed(db_path: Path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    assert migrate(conn, source=str(db_path), upto=1) == 1
    conn.execute(
        "INSERT INTO articles (id, title, text, paragraphs, extractor, processed_at) "
        "VALUES ('old', 'Old news', 'Ceasefire agreed in Doha.', '[]', 'x', '2024-01-01')"
    )
    conn.close()
    assert _version(db_path) == 1
    with open_sqlite(Settings(db=str(db_path))) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert [a["id"] for a in s.articles(search="ceasefire")] == ["old"]
    assert _version(db_path) == SCHEMA_VERSION


def test_newer_database_is_refused(db_path: Path) -> None:
    open_sqlite(Settings(db=str(db_path))).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, 'future', 'x')",
            (SCHEMA_VERSION + 1,),
        )
    with pytest.raises(StoreError) as info:
        open_sqlite(Settings(db=str(db_path)))
    assert info.value.source == str(db_path)
    assert f"version {SCHEMA_VERSION + 1}" in info.value.message
    assert info.value.hint is not None and "upgrade newsevents" in info.value.hint


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is a text file, not SQLite\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError) as info:
        open_sqlite(Settings(), path=str(bogus))
    assert info.value.source == str(bogus)
    assert str(bogus) in str(info.value)
    assert isinstance(info.value.__cause__, sqlite3.DatabaseError)
    assert info.value.hint is not None and "not a newsevents SQLite database" in info.value.hint


def test_path_in_a_missing_directory(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "dir" / "news.db"
    with pytest.raises(StoreError) as info:
        open_sqlite(Settings(db=str(target)))
    assert info.value.source == str(target)
    assert info.value.hint is not None and "directory exists" in info.value.hint
    assert not target.parent.exists()


def test_directory_instead_of_a_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        open_sqlite(Settings(db=str(tmp_path)))


def test_wal_mode_and_foreign_keys_are_on(store: SQLiteStore, db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn = store._conn
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_two_stores_on_one_file_see_each_other(db_path: Path) -> None:
    with (
        open_sqlite(Settings(db=str(db_path))) as one,
        open_sqlite(Settings(db=str(db_path))) as two,
    ):
        assert one.save_raw(raw("a1", "shared"))
        assert two.save_raw(raw("a1", "shared")) is False
        assert two.article_id_for(raw("a1", "shared").sha256) == "a1"


def test_usable_from_another_thread(store: SQLiteStore) -> None:
    seen: list[bool] = []
    worker = threading.Thread(target=lambda: seen.append(store.save_raw(raw("t1", "threaded"))))
    worker.start()
    worker.join()
    assert seen == [True]
    assert store.article_id_for(raw("t1", "threaded").sha256) == "t1"


def test_closed_store_raises_store_error(db_path: Path) -> None:
    s = open_sqlite(Settings(db=str(db_path)))
    s.close()
    with pytest.raises(StoreError) as info:
        s.stats()
    assert info.value.source == str(db_path)
