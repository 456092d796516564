"""The embedded default store: one SQLite file (WAL mode, foreign keys on, FTS5 search).

    store = open_sqlite(settings)            # or registry.stores.get("sqlite.v1")(settings)
    if store.save_raw(raw):                   # bytes first, before any stage runs
        article_id = store.article_id_for(raw.sha256)
        ...
        store.save_result(result)             # one transaction per article

Every ``sqlite3`` error is mapped to :class:`StoreError` naming the database file.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager, suppress
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from newsevents import registry
from newsevents.errors import StoreError
from newsevents.records import LIVE_MODALITIES, ArticleResult, Failure, RawArticle
from newsevents.settings import Settings
from newsevents.store import fts, rows
from newsevents.store.base import DEFAULT_MODALITIES
from newsevents.store.migrations import migrate

_LIVE = tuple(sorted(str(m) for m in LIVE_MODALITIES))
_ARTICLE_COLUMNS = "a.id, a.title, a.published, a.url, a.source, a.language"
_COUNTS = f"""
    (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id
        AND e.modality IN ({", ".join("?" for _ in _LIVE)})) AS n_events,
    (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS n_quotes"""


class SQLiteStore:
    """A :class:`~newsevents.store.base.Store` in one SQLite file.

    One connection, shared by threads under a lock (the API serves requests from a pool);
    several processes may open the same file (WAL, ``BEGIN IMMEDIATE`` for writes).
    """

    def __init__(self, path: str, *, timeout: float = 30.0) -> None:
        self.path = path
        self._lock = threading.RLock()
        try:
            self._conn = sqlite3.connect(
                path, timeout=timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise self._error(exc, "cannot open the database") from exc
        try:
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA journal_mode = WAL").fetchone()
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self.schema_version = migrate(self._conn, source=path)
        except sqlite3.Error as exc:
            self._conn.close()
            raise self._error(exc, "cannot open the database") from exc
        except StoreError:
            self._conn.close()
            raise

    # -- plumbing ---------------------------------------------------------------------------

    def _error(self, exc: sqlite3.Error, what: str) -> StoreError:
        text = str(exc)
        if isinstance(exc, sqlite3.OperationalError) and "unable to open" in text:
            hint = "check that the directory exists and is writable, or choose another --db path"
        elif "not a database" in text or "malformed" in text:
            hint = "this file is not a newsevents SQLite database; choose another --db path"
        elif "locked" in text or "busy" in text:
            hint = "another process holds the database; retry when it has finished"
        elif "readonly" in text:
            hint = "the database file is read-only; check its permissions"
        else:
            hint = "check the database file, or start a fresh one with another --db path"
        return StoreError(f"{what} ({text})", source=self.path, hint=hint)

    @contextmanager
    def _write(self, what: str) -> Iterator[sqlite3.Connection]:
        """One write transaction; any error rolls it back and surfaces as StoreError."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._error(exc, what) from exc
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise self._error(exc, what) from exc
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        """Undo the open transaction, if any; the error that caused it is the one to report."""
        if self._conn.in_transaction:
            with suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")

    def _all(self, sql: str, params: Collection[Any] = (), what: str = "query failed") -> list[Any]:
        with self._lock:
            try:
                return self._conn.execute(sql, tuple(params)).fetchall()
            except sqlite3.Error as exc:
                raise self._error(exc, what) from exc

    def _one(self, sql: str, params: Collection[Any] = ()) -> Any:
        found = self._all(sql, params)
        return found[0] if found else None

    # -- raw inputs -------------------------------------------------------------------------

    def save_raw(self, raw: RawArticle) -> bool:
        with self._write("cannot store the raw article") as conn:
            known = "SELECT 1 FROM raw_articles WHERE sha256 = ?"
            if conn.execute(known, (raw.sha256,)).fetchone():
                return False
            article_id = raw.id
            n = 0
            while conn.execute("SELECT 1 FROM raw_articles WHERE id = ?", (article_id,)).fetchone():
                n += 1
                article_id = f"{raw.id}-{raw.sha256[:8]}" + (f"-{n}" if n > 1 else "")
            conn.execute(
                "INSERT INTO raw_articles (id, sha256, source, kind, encoding, hints, error, "
                "error_type, content, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows.raw_row(raw, article_id),
            )
            return True

    def article_id_for(self, sha256: str) -> str | None:
        row = self._one("SELECT id FROM raw_articles WHERE sha256 = ?", (sha256,))
        return str(row["id"]) if row else None

    def is_done(self, sha256: str) -> bool:
        row = self._one(
            "SELECT 1 FROM articles WHERE sha256 = ? OR id = "
            "(SELECT id FROM raw_articles WHERE sha256 = ?)",
            (sha256, sha256),
        )
        return row is not None

    def raw(self, article_id: str) -> RawArticle | None:
        row = self._one("SELECT * FROM raw_articles WHERE id = ?", (article_id,))
        return rows.raw_from_row(row) if row else None

    def failed_raw(self) -> list[RawArticle]:
        found = self._all(
            "SELECT r.* FROM raw_articles r WHERE EXISTS "
            "(SELECT 1 FROM failures f WHERE f.article_id = r.id) "
            "OR (r.error IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM articles a WHERE a.id = r.id)) ORDER BY r.ingested_at, r.id"
        )
        return [rows.raw_from_row(r) for r in found]

    # -- results ----------------------------------------------------------------------------

    def save_result(self, result: ArticleResult) -> None:
        aid = result.article_id
        try:
            with self._write("cannot store the result") as conn:
                conn.execute("DELETE FROM failures WHERE article_id = ?", (aid,))
                if result.document is not None:
                    self._replace_document(conn, result)
                for failure in result.failures:
                    self._insert_failure(conn, failure)
        except ValueError as exc:  # json refuses NaN/inf: a bug upstream, not a broken database
            raise StoreError(
                f"cannot store the result of {aid} ({exc})",
                source=self.path,
                hint="a record holds a value JSON cannot represent (NaN or infinity)",
            ) from exc

    def _replace_document(self, conn: sqlite3.Connection, result: ArticleResult) -> None:
        doc = result.document
        assert doc is not None
        aid = result.article_id
        for table in ("event_actors", "events", "quotes", "mentions", "places", "quantities"):
            if table == "event_actors":
                conn.execute(
                    "DELETE FROM event_actors WHERE event_id IN "
                    "(SELECT id FROM events WHERE article_id = ?)",
                    (aid,),
                )
            else:
                conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
        conn.execute("DELETE FROM articles WHERE id = ?", (aid,))
        sha = conn.execute("SELECT sha256 FROM raw_articles WHERE id = ?", (aid,)).fetchone()
        conn.execute(
            "INSERT INTO articles (id, sha256, title, published, url, source, language, site, "
            "author, text, paragraphs, extractor, processed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows.document_row(doc, aid, sha["sha256"] if sha else None),
        )
        conn.executemany(
            "INSERT INTO mentions (article_id, seq, start_char, end_char, text, code, sector, "
            "name, kind, rule, entity, resolution, family) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [rows.mention_row(aid, i, m) for i, m in enumerate(result.mentions)],
        )
        for i, event in enumerate(result.events):
            cur = conn.execute(
                "INSERT INTO events (article_id, seq, event, mode, modality, day, date_precision, "
                "sentence_start, confidence, rule, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows.event_row(aid, i, event, doc.published),
            )
            assert cur.lastrowid is not None
            conn.executemany(
                "INSERT INTO event_actors (event_id, role, seq, code, code_key, sector, name, "
                "family_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows.event_actor_rows(cur.lastrowid, event),
            )
        conn.executemany(
            "INSERT INTO quotes (article_id, seq, text, start_char, end_char, speaker_code, "
            "speaker_key, speaker_name, speaker_fold, verb, direct, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [rows.quote_row(aid, i, q) for i, q in enumerate(result.quotes)],
        )
        conn.executemany(
            "INSERT INTO places (article_id, seq, name, start_char, end_char, text, country, "
            "latitude, longitude, feature, geo_precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [rows.place_row(aid, i, p) for i, p in enumerate(result.places)],
        )
        conn.executemany(
            "INSERT INTO quantities (article_id, seq, value, unit, text, start_char, end_char, "
            "approximate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [rows.quantity_row(aid, i, q) for i, q in enumerate(result.quantities)],
        )

    @staticmethod
    def _insert_failure(conn: sqlite3.Connection, f: Failure) -> None:
        conn.execute(
            "INSERT INTO failures (article_id, source, stage, error_type, message, at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (f.article_id, f.source, f.stage, f.error_type, f.message, rows.now_iso()),
        )

    def save_failure(self, failure: Failure) -> None:
        with self._write("cannot store the failure") as conn:
            conn.execute(
                "DELETE FROM failures WHERE article_id = ? AND stage = ?",
                (failure.article_id, failure.stage),
            )
            self._insert_failure(conn, failure)

    # -- queries ----------------------------------------------------------------------------

    def articles(
        self, *, limit: int = 50, offset: int = 0, search: str | None = None
    ) -> list[dict[str, Any]]:
        select = f"SELECT {_ARTICLE_COLUMNS}, {_COUNTS} FROM articles a"
        params: list[Any] = list(_LIVE)
        search_at = None
        if search is None or not search.strip():
            sql = f"{select} ORDER BY a.published IS NULL, a.published DESC, a.id"
        else:
            sql = f"{select} JOIN ({fts.ARTICLE_MATCH}) m ON m.pk = a.pk ORDER BY m.rank, a.id"
            search_at = len(params)
            params.append(search)
        found = self._search_all(f"{sql} LIMIT ? OFFSET ?", [*params, limit, offset], search_at)
        return [dict(r) for r in found]

    def _search_all(self, sql: str, params: list[Any], search_at: int | None) -> list[Any]:
        """Run a query whose ``params[search_at]`` is an FTS5 query typed by a user.

        A query that is not valid FTS5 syntax is retried as plain words (see
        :func:`fts.plain_query`); only when that fails too is it a StoreError naming the query.
        """
        if search_at is None:
            return self._all(sql, params)
        query = str(params[search_at])
        with self._lock:
            for attempt in (query, fts.plain_query(query)):
                params[search_at] = attempt
                try:
                    return self._conn.execute(sql, tuple(params)).fetchall()
                except sqlite3.OperationalError as exc:
                    if not fts.is_query_error(str(exc)):
                        raise self._error(exc, "search failed") from exc
                    error = exc
                except sqlite3.Error as exc:
                    raise self._error(exc, "search failed") from exc
        raise StoreError(
            f"not a valid search query ({error})", source=query, hint=fts.SYNTAX_HINT
        ) from error

    def article(self, article_id: str) -> dict[str, Any] | None:
        row = self._one(
            f"SELECT {_ARTICLE_COLUMNS}, {_COUNTS}, a.site, a.author, a.sha256, a.text, "
            "a.paragraphs, a.extractor, a.processed_at FROM articles a WHERE a.id = ?",
            [*_LIVE, article_id],
        )
        if row is None:
            return None
        out = dict(row)
        out["paragraphs"] = [tuple(p) for p in json.loads(out["paragraphs"])]
        where = "WHERE article_id = ? ORDER BY seq"
        out["mentions"] = [
            rows.mention_json(r) for r in self._all(f"SELECT * FROM mentions {where}", [article_id])
        ]
        out["places"] = [
            rows.place_json(r) for r in self._all(f"SELECT * FROM places {where}", [article_id])
        ]
        out["quantities"] = [
            rows.quantity_json(r)
            for r in self._all(f"SELECT * FROM quantities {where}", [article_id])
        ]
        return out

    def events(
        self,
        *,
        actor: str | None = None,
        recipient: str | None = None,
        type: str | None = None,
        since: date | None = None,
        until: date | None = None,
        article_id: str | None = None,
        modalities: Collection[str] | None = DEFAULT_MODALITIES,
        limit: int | None = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        where: list[str] = []
        params: list[Any] = []
        for role, code in (("actor", actor), ("recipient", recipient)):
            if code is not None:
                where.append(
                    "EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id "
                    "AND x.role = ? AND (x.code_key = ? OR x.family_key = ?))"
                )
                params += [role, rows.code_key(code), rows.code_key(code)]
        if type is not None:
            where.append("e.event = ?")
            params.append(type.upper())
        if since is not None:
            where.append("e.day >= ?")
            params.append(since.isoformat())
        if until is not None:
            where.append("e.day <= ?")
            params.append(until.isoformat())
        if article_id is not None:
            where.append("e.article_id = ?")
            params.append(article_id)
        if modalities is not None:
            mods = sorted({str(m) for m in modalities})
            if not mods:
                return []
            where.append(f"e.modality IN ({', '.join('?' for _ in mods)})")
            params += mods
        sql = "SELECT e.data FROM events e"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.day IS NULL, e.day, e.article_id, e.sentence_start, e.seq"
        sql, params = _page(sql, params, limit, offset)
        return [json.loads(r["data"]) for r in self._all(sql, params)]

    def quotes(
        self,
        *,
        speaker: str | None = None,
        actor: str | None = None,
        since: date | None = None,
        limit: int | None = 100,
        search: str | None = None,
    ) -> list[dict[str, Any]]:
        where: list[str] = []
        params: list[Any] = []
        sql = "SELECT q.article_id, q.data, a.published, a.title FROM quotes q "
        sql += "JOIN articles a ON a.id = q.article_id"
        search_at = None
        if search is not None and search.strip():
            sql += f" JOIN ({fts.QUOTE_MATCH}) m ON m.id = q.id"
            search_at = len(params)
            params.append(search)
        if speaker is not None:
            where.append("q.speaker_fold LIKE ? ESCAPE '\\'")
            params.append(f"%{_like_escape(rows.fold(speaker))}%")
        if actor is not None:
            where.append("q.speaker_key = ?")
            params.append(rows.code_key(actor))
        if since is not None:
            where.append("a.published >= ?")
            params.append(since.isoformat())
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.published IS NULL, a.published, q.article_id, q.start_char, q.seq"
        sql, params = _page(sql, params, limit, 0)
        out = []
        for r in self._search_all(sql, params, search_at):
            item = json.loads(r["data"])
            item.update(article_id=r["article_id"], published=r["published"], title=r["title"])
            out.append(item)
        return out

    def actors(self, *, limit: int | None = 100) -> list[dict[str, Any]]:
        sql = (
            "SELECT code, sector, name, MAX(family) AS family, COUNT(*) AS mentions, "
            "COUNT(DISTINCT article_id) AS articles FROM mentions "
            "GROUP BY code, sector, name ORDER BY mentions DESC, articles DESC, code, name"
        )
        sql, params = _page(sql, [], limit, 0)
        return [dict(r) for r in self._all(sql, params)]

    def failures(self) -> list[dict[str, Any]]:
        return [
            dict(r)
            for r in self._all(
                "SELECT article_id, source, stage, error_type, message, at FROM failures "
                "ORDER BY id"
            )
        ]

    def stats(self) -> dict[str, Any]:
        live = f"modality IN ({', '.join('?' for _ in _LIVE)})"

        def count(sql: str, params: Collection[Any] = ()) -> int:
            return int(self._one(sql, params)[0])

        by_type = self._all(
            f"SELECT event, COUNT(*) AS n FROM events WHERE {live} "
            "GROUP BY event ORDER BY n DESC, event",
            _LIVE,
        )
        dyads = self._all(
            "SELECT x.code AS actor, y.code AS recipient, COUNT(DISTINCT e.id) AS events "
            "FROM events e JOIN event_actors x ON x.event_id = e.id AND x.role = 'actor' "
            "JOIN event_actors y ON y.event_id = e.id AND y.role = 'recipient' "
            f"WHERE e.{live} GROUP BY x.code, y.code ORDER BY events DESC, actor, recipient "
            "LIMIT 10",
            _LIVE,
        )
        return {
            "raw": count("SELECT COUNT(*) FROM raw_articles"),
            "articles": count("SELECT COUNT(*) FROM articles"),
            "failures": count("SELECT COUNT(*) FROM failures"),
            "events": count(f"SELECT COUNT(*) FROM events WHERE {live}", _LIVE),
            "quotes": count("SELECT COUNT(*) FROM quotes"),
            "events_by_type": {r["event"]: r["n"] for r in by_type},
            "top_dyads": [dict(r) for r in dyads],
        }

    # -- lifecycle --------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _page(sql: str, params: list[Any], limit: int | None, offset: int) -> tuple[str, list[Any]]:
    if limit is None and not offset:
        return sql, params
    return f"{sql} LIMIT ? OFFSET ?", [*params, -1 if limit is None else limit, offset]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@registry.stores.register("sqlite.v1")
def open_sqlite(settings: Settings, path: str | None = None) -> SQLiteStore:
    """Open (creating or upgrading) the SQLite database at ``path``, else ``settings.db``."""
    target = path or settings.db
    if target != ":memory:" and Path(target).is_dir():
        raise StoreError(
            "is a directory, not a database file",
            source=target,
            hint="give a file path, e.g. --db newsevents.db",
        )
    return SQLiteStore(target)
