"""`newsevents reprocess --failed` retries stored raw inputs after the cause is fixed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import Invoke

pytestmark = pytest.mark.slow

GERMAN = (
    "Die Bundesregierung hat am Mittwoch neue Sanktionen gegen Russland beschlossen. "
    "Der Kanzler sagte, die Maßnahmen seien mit den Partnern in der Europäischen Union "
    "abgestimmt und würden sofort in Kraft treten. Die Opposition kritisierte den Schritt "
    "als zu spät und forderte weitere Schritte gegen die Regierung in Moskau."
)


def test_reprocess_retries_with_the_stored_bytes(invoke: Invoke, tmp_path: Path, db: str) -> None:
    path = tmp_path / "sanktionen.txt"
    path.write_text(GERMAN, encoding="utf-8")
    first = invoke("ingest", str(path), "--db", db)
    assert first.exit_code == 1
    failures = [
        json.loads(line)
        for line in invoke("failures", "--db", db, "--format", "jsonl").stdout.splitlines()
    ]
    assert [f["error_type"] for f in failures] == ["UnsupportedLanguage"]
    path.unlink()  # the original is gone: reprocessing must use the stored raw bytes
    again = invoke("reprocess", "--failed", "--db", db, env={"NEWSEVENTS_LANGUAGES": "en,de"})
    assert again.exit_code == 0, again.stderr
    assert "1 failed inputs retried: 1 coded" in again.stderr
    assert invoke("failures", "--db", db, "--format", "jsonl").stdout.strip() == ""
    listed = [
        json.loads(line)
        for line in invoke("articles", "--db", db, "--format", "jsonl").stdout.splitlines()
    ]
    assert [a["id"] for a in listed] == ["sanktionen"]


def test_reprocess_needs_the_failed_flag(invoke: Invoke, db: str) -> None:
    assert invoke("reprocess", "--db", db).exit_code == 2
