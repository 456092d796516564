"""Full-text search: every SQLite FTS5-specific statement of the store lives here.

Articles (title + text) and quotes (text) are indexed through FTS5 *external content* tables:
the text is stored once, in ``articles``/``quotes``, and triggers keep the index in step with
every insert, update and delete. A PostgreSQL store would replace this module with a
``tsvector`` column and a GIN index; nothing else in the schema depends on it.
"""

from __future__ import annotations

TOKENIZER = "unicode61 remove_diacritics 2"

CREATE_STATEMENTS: tuple[str, ...] = (
    f"""CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='pk', tokenize='{TOKENIZER}')""",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
    END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END""",
    f"""CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, content='quotes', content_rowid='id', tokenize='{TOKENIZER}')""",
    """CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER quotes_fts_update AFTER UPDATE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    # index whatever an older database already holds
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
)

ARTICLE_MATCH = "SELECT rowid AS pk, rank FROM articles_fts WHERE articles_fts MATCH ?"
"""Article keys (``articles.pk``) matching a query, with their FTS5 rank (lower = better)."""

QUOTE_MATCH = "SELECT rowid AS id, rank FROM quotes_fts WHERE quotes_fts MATCH ?"
"""Quote ids (``quotes.id``) matching a query, with their FTS5 rank."""


def plain_query(query: str) -> str:
    """``query`` with every whitespace-separated term quoted as a phrase (all must match).

    Used when a query is not valid FTS5 syntax, so ``ceasefire-talks`` or ``"Kyiv`` still
    search for their words instead of failing.
    """
    return " ".join('"' + term.replace('"', '""') + '"' for term in query.split())


def is_query_error(message: str) -> bool:
    """True when an sqlite3 error message is about the FTS5 query text, not the database."""
    return any(
        marker in message
        for marker in ("fts5", "no such column", "unterminated string", "unknown special query")
    )


SYNTAX_HINT = 'use words, "exact phrases", AND/OR/NOT or prefix* — see the SQLite FTS5 query syntax'
