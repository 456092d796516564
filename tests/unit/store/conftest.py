from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.settings import Settings
from newsevents.store import SQLiteStore, open_sqlite


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "news.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[SQLiteStore]:
    s = open_sqlite(Settings(db=str(db_path)))
    yield s
    s.close()
