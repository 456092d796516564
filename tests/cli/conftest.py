"""Fixtures of the CLI tests.

The CLI runs in-process through ``click.testing.CliRunner`` (the spaCy model loads once per test
session), on real files in ``tmp_path`` and a real SQLite file.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsevents.cli import main
from tests.cli.helpers import GOOD_ARTICLE, GOOD_ID, Invoke


@pytest.fixture
def invoke() -> Invoke:
    """Run ``newsevents ARGS…`` in-process; stdout and stderr come back separately."""
    runner = CliRunner()

    def run(
        *args: str, input: bytes | str | None = None, env: Mapping[str, str] | None = None
    ) -> Result:
        return runner.invoke(main, list(args), input=input, env=env, prog_name="newsevents")

    return run


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / f"{GOOD_ID}.txt"
    path.write_text(GOOD_ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "events.db")
