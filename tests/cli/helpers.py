"""Helpers of the CLI tests: the good article and readers of the CLI's output."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from click.testing import Result

from newsevents.settings import Settings
from newsevents.store import SQLiteStore, open_sqlite

GOOD_ARTICLE = (
    "WASHINGTON, January 27, 2022 — The United States rejected Russia's demand to bar Ukraine "
    "from NATO on Wednesday, Secretary of State Antony Blinken said.\n\n"
    "Russia accused NATO of ignoring its security concerns. "
    "Ukraine asked Germany for more weapons.\n\n"
    "France and Germany met Russian officials in Paris to discuss the crisis.\n"
)
"""A short wire-style report of the written US answer to Russia's demands (January 2022)."""

GOOD_ID = "good-wire"

Invoke = Callable[..., Result]


def jsonl(text: str) -> list[dict[str, Any]]:
    """The objects of JSONL output (every non-empty line must be one JSON object)."""
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert all(isinstance(row, dict) for row in rows), text
    return rows


def listing(invoke: Invoke, command: str, db: str, *extra: str) -> list[dict[str, Any]]:
    """Rows of ``newsevents COMMAND --db DB --format jsonl``, which must succeed."""
    result = invoke(command, "--db", db, "--format", "jsonl", *extra)
    assert result.exit_code == 0, result.stderr
    return jsonl(result.stdout)


def failed_lines(stderr: str) -> list[str]:
    """The per-input failure messages the CLI printed."""
    return [line for line in stderr.splitlines() if line.startswith("failed ")]


@contextmanager
def opened(db: str) -> Iterator[SQLiteStore]:
    store = open_sqlite(Settings(), path=db)
    try:
        yield store
    finally:
        store.close()


def ids(rows: Sequence[Mapping[str, Any]], key: str = "id") -> list[str]:
    return sorted(str(row[key]) for row in rows)
