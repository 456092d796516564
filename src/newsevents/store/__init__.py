"""The store: raw inputs, results and failures in a database behind one interface.

``sqlite.v1`` (the embedded default) is registered in :data:`newsevents.registry.stores`;
a PostgreSQL store can implement the same :class:`Store` protocol later.
"""

from __future__ import annotations

from newsevents.store.base import DEFAULT_MODALITIES, Store
from newsevents.store.migrations import LATEST as SCHEMA_VERSION
from newsevents.store.sqlite import SQLiteStore, open_sqlite

__all__ = ["DEFAULT_MODALITIES", "SCHEMA_VERSION", "SQLiteStore", "Store", "open_sqlite"]
