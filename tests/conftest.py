"""Shared fixtures: one real pipeline per test session (the spaCy model loads once)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.pipeline import Pipeline, raw_from_text
from newsevents.records import ArticleResult
from newsevents.settings import Settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED_FILE = "us-rejects-russia-demand-2022-01-27.txt"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or skip the test with the reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the reference material lives beside the repository")
    return path


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


@pytest.fixture(scope="session")
def code_text(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    def run(text: str, published: str | None = "2022-01-27") -> ArticleResult:
        return pipeline.code_one(raw_from_text(text, published=published))

    return run
