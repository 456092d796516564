"""The store schema as an ordered list of migrations.

Each migration has a version, a name and its statements; ``schema_version`` records the ones
applied. Opening an older database applies the missing ones in one transaction; opening a
database written by a newer newsevents fails with a :class:`StoreError`.

The core schema is plain SQL that PostgreSQL also accepts (TEXT, INTEGER, REAL, BLOB→BYTEA aside):
ISO dates as TEXT, JSON as TEXT, no SQLite-only types. Full-text search is SQLite-specific and
isolated in :mod:`newsevents.store.fts` (migration 2).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from newsevents.errors import StoreError
from newsevents.store import fts


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema: applied once, in order, recorded in ``schema_version``."""

    version: int
    name: str
    statements: tuple[str, ...]


CORE: tuple[str, ...] = (
    """CREATE TABLE raw_articles (
        id TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        kind TEXT NOT NULL,
        encoding TEXT,
        hints TEXT NOT NULL,
        error TEXT,
        error_type TEXT,
        content BLOB NOT NULL,
        ingested_at TEXT NOT NULL)""",
    """CREATE TABLE articles (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        sha256 TEXT,
        title TEXT,
        published TEXT,
        url TEXT,
        source TEXT,
        language TEXT,
        site TEXT,
        author TEXT,
        text TEXT NOT NULL,
        paragraphs TEXT NOT NULL,
        extractor TEXT NOT NULL,
        processed_at TEXT NOT NULL)""",
    "CREATE INDEX articles_published ON articles (published)",
    "CREATE INDEX articles_sha256 ON articles (sha256)",
    """CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL,
        code TEXT NOT NULL,
        sector TEXT,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        rule TEXT NOT NULL,
        entity INTEGER NOT NULL,
        resolution TEXT NOT NULL,
        family TEXT,
        PRIMARY KEY (article_id, seq))""",
    "CREATE INDEX mentions_code ON mentions (code, sector, name)",
    """CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        event TEXT NOT NULL,
        mode TEXT,
        modality TEXT NOT NULL,
        day TEXT,
        date_precision TEXT NOT NULL,
        sentence_start INTEGER NOT NULL,
        confidence REAL NOT NULL,
        rule TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (article_id, seq))""",
    "CREATE INDEX events_day ON events (day)",
    "CREATE INDEX events_type ON events (event, modality)",
    """CREATE TABLE event_actors (
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        seq INTEGER NOT NULL,
        code TEXT NOT NULL,
        code_key TEXT NOT NULL,
        sector TEXT,
        name TEXT NOT NULL,
        family_key TEXT,
        PRIMARY KEY (event_id, role, seq))""",
    "CREATE INDEX event_actors_code ON event_actors (code_key, role)",
    "CREATE INDEX event_actors_family ON event_actors (family_key, role)",
    """CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        text TEXT NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        speaker_code TEXT,
        speaker_key TEXT,
        speaker_name TEXT,
        speaker_fold TEXT,
        verb TEXT,
        direct INTEGER NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (article_id, seq))""",
    "CREATE INDEX quotes_speaker ON quotes (speaker_key)",
    """CREATE TABLE places (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL,
        country TEXT,
        latitude REAL,
        longitude REAL,
        feature TEXT,
        geo_precision TEXT,
        PRIMARY KEY (article_id, seq))""",
    """CREATE TABLE quantities (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        value REAL NOT NULL,
        unit TEXT NOT NULL,
        text TEXT NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        approximate INTEGER NOT NULL,
        PRIMARY KEY (article_id, seq))""",
    """CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        source TEXT NOT NULL,
        stage TEXT NOT NULL,
        error_type TEXT NOT NULL,
        message TEXT NOT NULL,
        at TEXT NOT NULL)""",
    "CREATE INDEX failures_article ON failures (article_id)",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "core tables", CORE),
    Migration(2, "full-text search over articles and quotes", fts.CREATE_STATEMENTS),
)
"""Every migration, in order. Append only: never edit one that has shipped."""

LATEST = MIGRATIONS[-1].version

_VERSION_TABLE = """CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL)"""


def current_version(conn: sqlite3.Connection) -> int:
    """The highest applied migration (0 for an empty database)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection, *, source: str, upto: int | None = None) -> int:
    """Bring the database to ``upto`` (default: the latest version) and return its version.

    ``conn`` must be in autocommit mode (``isolation_level=None``): the whole upgrade runs in
    one ``BEGIN IMMEDIATE`` transaction, so two processes opening a fresh file do not race.
    """
    target = LATEST if upto is None else upto
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(_VERSION_TABLE)
        version = current_version(conn)
        if version > LATEST:
            raise StoreError(
                f"the database schema is version {version}, newer than this newsevents knows "
                f"({LATEST})",
                source=source,
                hint="upgrade newsevents, or use another database file (--db)",
            )
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        for migration in MIGRATIONS:
            if version < migration.version <= target:
                for statement in migration.statements:
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, now),
                )
                version = migration.version
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return version
