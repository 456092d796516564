"""Re-ingesting is a no-op: the same bytes never make a second article, event or failure."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.cli.helpers import GOOD_ID, Invoke, failed_lines, ids, listing, opened

pytestmark = pytest.mark.slow


def snapshot(invoke: Invoke, db: str) -> dict[str, Any]:
    """What the database holds, as the CLI lists it, plus the raw input count."""
    events = listing(invoke, "events", db, "--all", "--limit", "100000")
    with opened(db) as store:
        stats = store.stats()
    return {
        "articles": listing(invoke, "articles", db, "--limit", "100000"),
        "events": sorted(
            (e["article_id"], e["event"], e["trigger"]["start"], e["sentence"]) for e in events
        ),
        "failures": [
            (f["article_id"], f["stage"], f["error_type"]) for f in listing(invoke, "failures", db)
        ],
        "raw": stats["raw"],
    }


def summary(stderr: str) -> dict[str, int]:
    found = re.search(
        r"(\d+) inputs: (\d+) coded \((\d+) events\), (\d+) unchanged, (\d+) failed", stderr
    )
    assert found, stderr
    keys = ("inputs", "coded", "events", "unchanged", "failed")
    return dict(zip(keys, map(int, found.groups()), strict=True))


def test_same_article_twice_in_one_run_is_stored_once(
    invoke: Invoke, good_file: Path, tmp_path: Path, db: str
) -> None:
    copy = tmp_path / "same-story-elsewhere.txt"
    shutil.copyfile(good_file, copy)
    result = invoke("ingest", str(good_file), str(copy), "--db", db)
    assert result.exit_code == 0, result.stderr
    state = snapshot(invoke, db)
    assert ids(state["articles"]) == [GOOD_ID]
    assert state["raw"] == 1
    assert state["events"], "the good article has events"
    alone = tmp_path / "alone.db"
    assert invoke("ingest", str(good_file), "--db", str(alone)).exit_code == 0
    assert snapshot(invoke, str(alone))["events"] == state["events"], "no event is stored twice"


def test_same_article_twice_in_one_run_counts_as_unchanged(
    invoke: Invoke, good_file: Path, tmp_path: Path, db: str
) -> None:
    copy = tmp_path / "same-story-elsewhere.txt"
    shutil.copyfile(good_file, copy)
    result = invoke("ingest", str(good_file), str(copy), "--db", db)
    assert result.exit_code == 0, result.stderr
    counts = summary(result.stderr)
    assert (counts["inputs"], counts["coded"], counts["unchanged"]) == (2, 1, 1)


def test_second_ingest_changes_nothing(
    invoke: Invoke, good_file: Path, tmp_path: Path, db: str
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    inputs = [str(good_file), str(tmp_path / "empty.txt"), str(tmp_path / "gone.html")]

    first = invoke("ingest", *inputs, "--db", db)
    assert first.exit_code == 1
    before = snapshot(invoke, db)
    assert ids(before["articles"]) == [GOOD_ID]
    assert before["raw"] == 2  # the good article and the empty file; the missing path has none
    assert sorted(before["failures"]) == [
        ("empty", "extract", "ExtractError"),
        ("gone", "ingest", "InputNotFound"),
    ]
    n_events = len(before["events"])
    assert n_events >= 3

    second = invoke("ingest", *inputs, "--db", db)
    assert second.exit_code == 1  # the bad inputs are still bad
    assert len(failed_lines(second.stderr)) == 2
    counts = summary(second.stderr)
    assert counts["unchanged"] == 1 and counts["coded"] == 0
    assert snapshot(invoke, db) == before

    only_good = invoke("ingest", str(good_file), "--db", db)
    assert only_good.exit_code == 0
    assert summary(only_good.stderr)["unchanged"] == 1
    assert snapshot(invoke, db) == before


def test_force_recodes_without_duplicating(invoke: Invoke, good_file: Path, db: str) -> None:
    assert invoke("ingest", str(good_file), "--db", db).exit_code == 0
    before = snapshot(invoke, db)
    forced = invoke("ingest", str(good_file), "--db", db, "--force")
    assert forced.exit_code == 0
    assert summary(forced.stderr)["coded"] == 1
    assert snapshot(invoke, db) == before


def test_demo_twice_is_a_no_op(invoke: Invoke, db: str) -> None:
    first = invoke("demo", "--db", db)
    assert first.exit_code == 0, first.stderr
    before = snapshot(invoke, db)
    assert len(before["articles"]) >= 10 and len(before["events"]) >= 20
    second = invoke("demo", "--db", db)
    assert second.exit_code == 0
    assert "already stored" in second.stdout
    assert snapshot(invoke, db) == before
