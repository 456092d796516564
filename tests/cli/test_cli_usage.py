"""Usage errors (exit 2), runs that cannot start (exit 3) and the commands the README documents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli.helpers import Invoke

README = Path(__file__).resolve().parents[2] / "README.md"


def commands(help_text: str) -> list[str]:
    """The command names listed under ``Commands:`` in ``newsevents --help``."""
    section = help_text.split("Commands:", 1)[1]
    return [m.group(1) for m in re.finditer(r"^\s{2}([a-z][a-z-]*)\s", section, re.MULTILINE)]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["code"], "Missing argument"),
        (["ingest", "--db", "x.db"], "Missing argument"),
        (["extract"], "Missing argument"),
        (["code", "article.txt", "--format", "xml"], "'xml' is not one of"),
        (["extract", "article.txt", "--format", "json"], "'json' is not one of"),
        (["events", "--format", "csv"], "'csv' is not one of"),
        (["events", "--limit", "many"], "'many' is not a valid integer"),
        (["explain"], "Missing argument"),
        (["frobnicate"], "No such command"),
    ],
)
def test_usage_errors_exit_2(invoke: Invoke, args: list[str], says: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert says in result.stderr
    assert "Usage: newsevents" in result.stderr
    assert result.stdout == ""


def test_bad_since_date_is_a_usage_error(invoke: Invoke, db: str) -> None:
    result = invoke("events", "--db", db, "--since", "27/01/2022")
    assert result.exit_code == 2
    assert "'27/01/2022' is not a date like 2022-01-27" in result.stderr


@pytest.mark.parametrize("command", ["ingest", "articles", "events", "failures", "actors"])
def test_database_in_a_missing_directory_exits_3(
    invoke: Invoke, good_file: Path, tmp_path: Path, command: str
) -> None:
    target = tmp_path / "no-such-folder" / "events.db"
    args = [command, str(good_file)] if command == "ingest" else [command]
    result = invoke(*args, "--db", str(target))
    assert result.exit_code == 3
    assert str(target) in result.stderr
    assert "directory exists" in result.stderr  # the hint: what to do next
    assert "Traceback" not in result.stderr
    assert not target.parent.exists()


def test_database_that_is_not_sqlite_exits_3(invoke: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "notes.db"
    target.write_bytes(b"These are my notes, not a database. " * 200)
    result = invoke("articles", "--db", str(target))
    assert result.exit_code == 3
    assert str(target) in result.stderr and " — " in result.stderr
    assert target.read_bytes().startswith(b"These are my notes")  # left as it was


def test_database_path_that_is_a_directory_exits_3(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("failures", "--db", str(tmp_path))
    assert result.exit_code == 3
    assert str(tmp_path) in result.stderr and "is a directory" in result.stderr


def test_missing_config_file_exits_3(invoke: Invoke, tmp_path: Path) -> None:
    result = invoke("--config", str(tmp_path / "settings.toml"), "articles")
    assert result.exit_code == 3
    assert "settings.toml" in result.stderr and "not found" in result.stderr


def test_bad_setting_in_environment_exits_3(invoke: Invoke, db: str) -> None:
    result = invoke("articles", "--db", db, env={"NEWSEVENTS_FETCH_TIMEOUT": "soon"})
    assert result.exit_code == 3
    assert "NEWSEVENTS_FETCH_TIMEOUT" in result.stderr and "'soon'" in result.stderr


def test_help_lists_every_command(invoke: Invoke) -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    expected = {
        "extract",
        "code",
        "ingest",
        "articles",
        "events",
        "failures",
        "actors",
        "eval",
        "explain",
        "demo",
    }
    assert expected <= set(commands(result.stdout))


def test_readme_documents_every_command(invoke: Invoke) -> None:
    if not README.exists():
        pytest.skip(f"{README} does not exist yet (the README is being written)")
    text = README.read_text(encoding="utf-8")
    listed = commands(invoke("--help").stdout)
    assert listed
    missing = [c for c in listed if f"newsevents {c}" not in text]
    assert not missing, f"README.md does not show `newsevents <command>` for: {missing}"


def test_readme_states_the_exit_codes(invoke: Invoke) -> None:
    if not README.exists():
        pytest.skip(f"{README} does not exist yet (the README is being written)")
    text = README.read_text(encoding="utf-8")
    for code in ("`1`", "`2`", "`3`"):
        assert code in text
