"""Shared helpers for the extract tests: RawArticle builders."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pytest

from newsevents.records import RawArticle

MakeRaw = Callable[..., RawArticle]


@pytest.fixture
def make_raw() -> MakeRaw:
    def build(
        content: str | bytes,
        kind: str = "html",
        *,
        source: str = "test-input",
        encoding: str | None = None,
        hints: dict[str, str] | None = None,
    ) -> RawArticle:
        data = content.encode("utf-8") if isinstance(content, str) else content
        return RawArticle(
            id="test",
            source=source,
            content=data,
            sha256=hashlib.sha256(data).hexdigest(),
            kind=kind,
            encoding=encoding,
            hints=hints or {},
        )

    return build
