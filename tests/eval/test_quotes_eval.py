"""Quote gate: direct-quote speaker accuracy on the quote test set may not slip below its floor.

The set is ``quotes_demo.jsonl`` beside this file (documented in ``QUOTES.md``). Every passage runs
through the real parse and the real actor coder, then :func:`find_quotes`. Run this file as a
script to print the scores and every miss::

    .venv/bin/python -m tests.eval.test_quotes_eval
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from newsevents.actors import make_actor_coder
from newsevents.attributes.quotes import find_quotes
from newsevents.nlp import parse_text
from newsevents.records import Document, ParsedDocument, Quote
from newsevents.settings import Settings

SET = Path(__file__).with_name("quotes_demo.jsonl")

FLOORS = {
    "direct_speaker_accuracy": 0.90,
    "direct_found": 0.95,
    "indirect_speaker_accuracy": 0.75,
}
CEILINGS = {"direct_spurious": 1}


@dataclass
class Scores:
    direct: int = 0
    direct_found: int = 0
    direct_right: int = 0
    indirect: int = 0
    indirect_right: int = 0
    direct_spurious: int = 0
    misses: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, float]:
        return {
            "direct_speaker_accuracy": self.direct_right / self.direct if self.direct else 0.0,
            "direct_found": self.direct_found / self.direct if self.direct else 0.0,
            "indirect_speaker_accuracy": (
                self.indirect_right / self.indirect if self.indirect else 0.0
            ),
            "direct_spurious": float(self.direct_spurious),
        }


def read_set(path: Path = SET) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def speaker_matches(quote: Quote, expected: str | None) -> bool:
    if expected is None:
        return quote.speaker is None
    if quote.speaker is None:
        return False
    want = expected.casefold()
    return want in (quote.speaker.name.casefold(), quote.speaker.code.casefold())


def quotes_of(record: dict[str, Any], settings: Settings) -> tuple[Quote, ...]:
    text = record["text"]
    published = dt.date.fromisoformat(record["published"]) if record.get("published") else None
    doc = parse_text(text, settings)
    parsed = ParsedDocument(
        document=Document(article_id=record["id"], text=text, published=published), doc=doc
    )
    return find_quotes(doc, make_actor_coder(settings)(parsed))


def score_set(records: list[dict[str, Any]], settings: Settings) -> Scores:
    s = Scores()
    for record in records:
        found = quotes_of(record, settings)
        matched: set[int] = set()
        for gold in record["quotes"]:
            hits = [
                q
                for q in found
                if q.direct == gold["direct"] and q.text.startswith(gold["text_starts"])
            ]
            if gold["direct"]:
                s.direct += 1
            else:
                s.indirect += 1
            if not hits:
                s.misses.append(f"{record['id']}: not found {gold['text_starts']!r}")
                continue
            matched.add(id(hits[0]))
            right = speaker_matches(hits[0], gold["speaker"])
            if gold["direct"]:
                s.direct_found += 1
                s.direct_right += right
            else:
                s.indirect_right += right
            if not right:
                got = hits[0].speaker.name if hits[0].speaker else None
                s.misses.append(
                    f"{record['id']}: {gold['text_starts']!r} speaker {got!r}, "
                    f"expected {gold['speaker']!r}"
                )
        for q in found:
            if q.direct and id(q) not in matched:
                s.direct_spurious += 1
                s.misses.append(f"{record['id']}: spurious direct quote {q.text[:40]!r}")
    return s


def test_set_is_well_formed() -> None:
    records = read_set()
    assert len(records) >= 40
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        for q in r["quotes"]:
            assert q["text_starts"] in r["text"], (r["id"], q["text_starts"])


@pytest.mark.slow
def test_quote_floors() -> None:
    scores = score_set(read_set(), Settings())
    values = scores.as_dict()
    for key, floor in FLOORS.items():
        assert values[key] >= floor, f"{key} fell to {values[key]:.3f}: {scores.misses}"
    for key, ceiling in CEILINGS.items():
        assert values[key] <= ceiling, f"{key} rose to {values[key]}: {scores.misses}"


if __name__ == "__main__":  # pragma: no cover - a report for people, not a test
    everything = read_set()
    for label, part in (
        ("all", everything),
        ("heldout", [r for r in everything if r.get("split") == "heldout"]),
    ):
        result = score_set(part, Settings())
        for line in result.misses:
            print(line)
        print(label, json.dumps(result.as_dict(), indent=2))
