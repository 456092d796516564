"""``code``, ``extract``, ``explain``, ``eval`` and the ``events`` filters on a good article."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from newsevents.records import Modality
from tests.cli.helpers import GOOD_ARTICLE, GOOD_ID, Invoke, failed_lines, jsonl, listing

pytestmark = pytest.mark.slow

EVENT_KEYS = {
    "article_id",
    "event",
    "mode",
    "actor",
    "recipient",
    "date",
    "modality",
    "confidence",
    "sentence",
    "text_info",
    "rule",
}
ACTOR_KEYS = {"code", "sector", "text", "name"}


def codes(actors: list[dict[str, Any]]) -> list[str]:
    return [a["code"] for a in actors]


def check_event(event: dict[str, Any], text: str | None = None) -> None:
    assert event.keys() >= EVENT_KEYS
    for role in ("actor", "recipient"):
        assert isinstance(event[role], list)
        for actor in event[role]:
            assert actor.keys() >= ACTOR_KEYS
    span = event["text_info"]
    assert set(span) >= {"start", "end"} and 0 <= span["start"] < span["end"]
    assert 0.0 <= event["confidence"] <= 1.0
    assert event["modality"] in {str(m) for m in Modality}  # JSON keeps every modality
    if text is not None:
        assert text[span["start"] : span["end"]] == event["sentence"]


def the_reject(events: list[dict[str, Any]]) -> dict[str, Any]:
    (reject,) = [e for e in events if e["event"] == "REJECT"]
    return reject


def test_code_jsonl(invoke: Invoke, good_file: Path) -> None:
    result = invoke("code", str(good_file), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    events = jsonl(result.stdout)
    assert len(events) >= 3
    for event in events:
        check_event(event, GOOD_ARTICLE)
        assert event["modality"] in ("asserted", "historical")  # jsonl lists live events only
        assert event["article_id"] == GOOD_ID
        assert event["date"] <= "2022-01-27"  # never after publication
    reject = the_reject(events)
    assert codes(reject["actor"]) == ["USA"] and codes(reject["recipient"]) == ["RUS"]
    # "on Wednesday" in an article published on Thursday 27 January
    assert (reject["date"], reject["date_precision"]) == ("2022-01-26", "day")
    assert "rejected Russia's demand" in reject["sentence"]
    assert {"ACCUSE", "REQUEST"} <= {e["event"] for e in events}


def test_code_json(invoke: Invoke, good_file: Path) -> None:
    result = invoke("code", str(good_file), "--format", "json")
    assert result.exit_code == 0, result.stderr
    obj = json.loads(result.stdout)
    assert {"article", "events", "actors", "quotes", "failures"} <= obj.keys()
    article = obj["article"]
    assert article["id"] == GOOD_ID
    assert article["published"] == "2022-01-27"
    assert article["language"] == "en"
    assert obj["failures"] == []
    for event in obj["events"]:
        check_event(event, article["text"])
    assert codes(the_reject(obj["events"])["actor"]) == ["USA"]
    assert {"USA", "RUS", "UKR", "NATO"} <= {m["code"] for m in obj["actors"]}


def test_code_json_several_articles_is_an_array(
    invoke: Invoke, good_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "second.txt"
    other.write_text("Russia accused NATO of aggression on Thursday, the Kremlin said.\n")
    result = invoke("code", str(good_file), str(other), "--format", "json")
    assert result.exit_code == 0, result.stderr
    objs = json.loads(result.stdout)
    assert [o["article"]["id"] for o in objs] == [GOOD_ID, "second"]


def test_code_table(invoke: Invoke, good_file: Path) -> None:
    result = invoke("code", str(good_file))
    assert result.exit_code == 0, result.stderr
    table = result.stdout
    assert GOOD_ID in table and "2022-01-27" in table
    for word in ("REJECT", "USA", "RUS", "rejected", "asserted"):
        assert word in table


def test_code_stdin(invoke: Invoke) -> None:
    result = invoke("code", "-", "--format", "jsonl", input=GOOD_ARTICLE.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    events = jsonl(result.stdout)
    assert events and all(e["article_id"].startswith("stdin-") for e in events)
    assert codes(the_reject(events)["recipient"]) == ["RUS"]


def test_code_with_a_bad_input_still_prints_the_good_one(
    invoke: Invoke, good_file: Path, tmp_path: Path
) -> None:
    result = invoke("code", str(good_file), str(tmp_path / "nowhere.txt"), "--format", "jsonl")
    assert result.exit_code == 1
    assert the_reject(jsonl(result.stdout))["article_id"] == GOOD_ID
    (message,) = failed_lines(result.stderr)
    assert "nowhere.txt" in message and " — " in message


def test_extract_jsonl_gz(invoke: Invoke, tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in GOOD_ARTICLE.strip().split("\n\n"))
    page = (
        "<!doctype html><html><head><title>US rejects Russia's NATO demand</title></head>"
        f"<body><article><h1>US rejects Russia's NATO demand</h1>{paragraphs}</article>"
        "</body></html>"
    )
    path = tmp_path / "us-answer-0127.html.gz"
    path.write_bytes(gzip.compress(page.encode("utf-8")))
    result = invoke("extract", str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    (record,) = jsonl(result.stdout)
    assert set(record) == {"id", "source", "title", "published", "url", "language", "text"}
    assert record["id"] == "us-answer-0127"
    assert record["source"] == str(path)
    assert record["title"] == "US rejects Russia's NATO demand"
    assert record["published"] == "2022-01-27"
    assert record["language"] == "en"
    assert "rejected Russia's demand to bar Ukraine from NATO" in record["text"]
    assert "<p>" not in record["text"]


def test_extract_missing_file(invoke: Invoke, good_file: Path, tmp_path: Path) -> None:
    result = invoke("extract", str(good_file), str(tmp_path / "absent.html"))
    assert result.exit_code == 1
    assert [r["id"] for r in jsonl(result.stdout)] == [GOOD_ID]
    (message,) = failed_lines(result.stderr)
    assert "absent.html" in message and " — " in message


def test_explain_shows_reject(invoke: Invoke) -> None:
    result = invoke("explain", "The United States rejected Russia's demand.")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for title in ("parse", "actor mentions", "trigger candidates", "events"):
        assert title in out
    assert "REJECT" in out and "coded REJECT" in out
    assert "USA" in out and "RUS" in out


def test_events_filters(invoke: Invoke, good_file: Path, db: str) -> None:
    assert invoke("ingest", str(good_file), "--db", db).exit_code == 0
    everything = listing(invoke, "events", db)
    assert len(everything) >= 3 and {e["event"] for e in everything} > {"REJECT"}
    for event in everything:
        check_event(event)
    rejects = listing(invoke, "events", db, "--type", "REJECT", "--since", "2022-01-01")
    assert [e["event"] for e in rejects] == ["REJECT"]
    assert rejects[0] == the_reject(everything)
    assert listing(invoke, "events", db, "--type", "reject") == rejects  # case does not matter
    assert listing(invoke, "events", db, "--type", "REJECT", "--since", "2022-01-28") == []
    by_actor = listing(invoke, "events", db, "--actor", "UKR")
    assert by_actor and all("UKR" in codes(e["actor"]) for e in by_actor)
    to_nato = listing(invoke, "events", db, "--recipient", "NATO")
    assert [e["event"] for e in to_nato] == ["ACCUSE"]
    table = invoke("events", "--db", db, "--type", "REJECT")
    assert table.exit_code == 0 and "1 events" in table.stdout and "REJECT" in table.stdout


def test_actors_and_articles_listings(invoke: Invoke, good_file: Path, db: str) -> None:
    assert invoke("ingest", str(good_file), "--db", db).exit_code == 0
    actors = listing(invoke, "actors", db)
    assert {"USA", "RUS", "UKR", "NATO"} <= {a["code"] for a in actors}
    assert all({"code", "sector", "name", "mentions", "articles"} <= a.keys() for a in actors)
    (article,) = listing(invoke, "articles", db)
    assert article["id"] == GOOD_ID and article["n_events"] >= 3
    found = listing(invoke, "articles", db, "--search", "Blinken")
    assert [a["id"] for a in found] == [GOOD_ID]
    assert listing(invoke, "articles", db, "--search", "Zanzibar") == []
    none = invoke("failures", "--db", db)
    assert none.exit_code == 0 and "No failures." in none.stdout


def test_eval_json(invoke: Invoke, tmp_path: Path) -> None:
    gold = [
        {
            "id": "g1",
            "text": "The United States rejected Russia's demand on Wednesday.",
            "event": "REJECT",
            "actor": [{"code": "USA"}],
            "recipient": [{"code": "RUS"}],
        },
        {
            "id": "g2",
            "text": "Russia accused NATO of ignoring its security concerns.",
            "event": "ACCUSE",
            "actor": [{"code": "RUS"}],
            "recipient": [{"code": "NATO"}],
        },
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(g) for g in gold) + "\n", encoding="utf-8")
    result = invoke("eval", str(path), "--json")
    assert result.exit_code == 0, result.stderr
    scores = json.loads(result.stdout)
    assert scores["sentences"] == 2
    assert scores["type_found"] == 1.0
    assert scores["full_match"] == 1.0
    assert scores["misses"] == []


def test_eval_broken_gold_file_cannot_run(invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "broken-gold.jsonl"
    path.write_text('{"text": "no event field"}\n', encoding="utf-8")
    result = invoke("eval", str(path))
    assert result.exit_code == 3
    assert "broken-gold.jsonl" in result.stderr and "line 1" in result.stderr


def test_event_sentence_has_no_trailing_whitespace(invoke: Invoke, good_file: Path) -> None:
    result = invoke("code", str(good_file), "--format", "jsonl")
    assert result.exit_code == 0
    for event in jsonl(result.stdout):
        assert event["sentence"] == event["sentence"].strip(), repr(event["sentence"])


def test_quotes_listing_filters_by_speaker_and_actor(
    invoke: Invoke, tmp_path: Path, db: str
) -> None:
    path = tmp_path / "lavrov.txt"
    path.write_text(
        "MOSCOW, January 27, 2022 — Russian Foreign Minister Sergei Lavrov said on Thursday that "
        "the written U.S. response gave no positive answer on the main issue.\n\n"
        "U.S. Secretary of State Antony Blinken said the reply offered a diplomatic path.\n",
        encoding="utf-8",
    )
    assert invoke("ingest", str(path), "--db", db).exit_code == 0
    by_name = jsonl(invoke("quotes", "--db", db, "--speaker", "lavrov", "--format", "jsonl").stdout)
    assert [q["speaker"]["code"] for q in by_name] == ["RUS"]
    assert by_name[0]["text"].startswith("the written U.S. response")
    by_code = jsonl(invoke("quotes", "--db", db, "--actor", "USA", "--format", "jsonl").stdout)
    assert [q["speaker"]["name"] for q in by_code] == ["Antony Blinken"]
    assert (
        jsonl(invoke("quotes", "--db", db, "--since", "2022-02-01", "--format", "jsonl").stdout)
        == []
    )
    table = invoke("quotes", "--db", db)
    assert table.exit_code == 0 and "Sergei Lavrov (RUS)" in table.stdout
