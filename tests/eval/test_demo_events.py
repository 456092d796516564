"""Article-level eval on the demo corpus: the hand-coded main events of each report.

``demo_events.jsonl`` holds, for each of the 48 demo reports, the 1-3 events a coder must find
(see ``DEMO_EVENTS.md`` for the coding rules and the corrections made to the demo README's table).
The slow test runs the real pipeline on the whole demo folder and scores, over articles:

- recall: share of hand-coded events (not marked ``"modality": "future"``) found by an emitted
  live event (asserted or historical) of the same type whose actors meet the hand-coded actors
  and, when the hand coding has a recipient, whose recipients meet it; for reciprocal events the
  emitted actors and recipients together must meet both hand-coded sides (a multilateral event
  with no recipient side: two of its parties, or its only party);
- precision: share of emitted live events that match some hand-coded event of their article;
- dates: among found events, share with a matching emitted event whose ``date`` equals the
  hand-coded date at the hand-coded precision (day, month or year).

Codes match when equal, when one side gives only a PLOVER family (IGO, UNO, EUR, IMG, …) that is
the other side's family, or when both are bodies of the same UN or EU family (UNGA ~ UN, EC ~ EU).
Two different IGOs (NATO, OSCE) never match each other.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import pytest

from newsevents.pipeline import Pipeline
from newsevents.records import LIVE_MODALITIES, ActorRef, ArticleResult, EventType

GOLD = Path(__file__).resolve().parent / "demo_events.jsonl"
FAMILIES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
ONE_BODY_FAMILIES = frozenset({"UNO", "EUR"})  # organs of one organisation: UNGA ~ UN, EC ~ EU
PRECISIONS = {"day": 10, "month": 7, "year": 4}

# Issue targets: recall >= 0.70, precision >= 0.40, dates >= 0.70. Until the coder reaches them,
# the floors pin today's figures rounded down to 0.05 so that a regression fails; raise them as the
# coder improves, and lower one only as an explicit, explained act (see DEMO_EVENTS.md).
FLOORS = {"recall": 0.65, "precision": 0.55, "dates": 0.95}


# -- the hand-coded file ------------------------------------------------------------------------
def read_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def ingest_id(file: str) -> str:
    """The RawArticle id the ingest stage gives: record id, WARC slug, or the file stem."""
    if "#" in file:
        return file.split("#", 1)[1]
    return Path(file).name.split(".", 1)[0]


def _tsv_rows(name: str) -> Iterator[dict[str, str]]:
    resource = files("newsevents.data") / "actors" / name
    lines = [ln for ln in resource.read_text(encoding="utf-8").splitlines() if ln.strip()]
    rows = csv.reader(
        (ln for ln in lines if not ln.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE
    )
    header = next(rows)
    for row in rows:
        yield dict(zip(header, row, strict=False))


def known_families() -> dict[str, str]:
    """Our finer non-state codes and the PLOVER family each rolls up to (NATO -> IGO)."""
    out: dict[str, str] = {}
    for name in ("organizations.tsv", "groups.tsv"):
        for row in _tsv_rows(name):
            if row.get("plover"):
                out[row["code"]] = row["plover"]
    return out


def known_codes() -> set[str]:
    codes = {row["code"] for row in _tsv_rows("countries.tsv")}
    return codes | set(known_families()) | FAMILIES


# -- matching -----------------------------------------------------------------------------------
def same_actor(hand: str, code: str, family: str | None, families: dict[str, str]) -> bool:
    hand_family = families.get(hand)
    if hand == code:
        return True
    if hand in FAMILIES and hand == family:
        return True
    if code in FAMILIES and code == hand_family:
        return True
    return bool(hand_family and hand_family == family and hand_family in ONE_BODY_FAMILIES)


def meets(hand: Iterable[str], ours: Iterable[ActorRef], families: dict[str, str]) -> int:
    """How many hand-coded codes one of our actors stands for."""
    refs = list(ours)
    return sum(any(same_actor(h, a.code, a.family, families) for a in refs) for h in set(hand))


def matches(gold: dict[str, Any], event: Any, families: dict[str, str]) -> bool:
    if str(event.event) != gold["event"]:
        return False
    actor, recipient = gold["actor"], gold["recipient"]
    if gold.get("reciprocal", False) or (recipient and not event.recipient):
        # a joint act ("X and Y signed", "held talks", "clashed") puts both parties in `actor`,
        # as PLOVER codes it, whether or not the hand coder marked it reciprocal
        both = (*event.actor, *event.recipient)
        if recipient:
            return meets(actor, both, families) > 0 and meets(recipient, both, families) > 0
        return meets(actor, both, families) >= min(2, len(set(actor)))
    if actor and not meets(actor, event.actor, families):
        return False
    return not recipient or meets(recipient, event.recipient, families) > 0


def date_ok(gold: dict[str, Any], event: Any) -> bool:
    if event.date is None or not gold.get("date"):
        return False
    width = PRECISIONS[gold.get("date_precision", "day")]
    return bool(event.date.isoformat()[:width] == gold["date"][:width])


# -- scoring ------------------------------------------------------------------------------------
@dataclass
class ArticleScore:
    id: str
    gold: int = 0
    found: int = 0
    dated: int = 0
    emitted: int = 0
    correct: int = 0
    missed: list[str] = field(default_factory=list)


@dataclass
class DemoScores:
    articles: list[ArticleScore] = field(default_factory=list)
    per_type: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    future_found: int = 0
    future: int = 0

    def total(self, key: str) -> int:
        return sum(int(getattr(a, key)) for a in self.articles)

    @property
    def recall(self) -> float:
        return self.total("found") / max(self.total("gold"), 1)

    @property
    def precision(self) -> float:
        return self.total("correct") / max(self.total("emitted"), 1)

    @property
    def dates(self) -> float:
        return self.total("dated") / max(self.total("found"), 1)

    def figures(self) -> dict[str, float]:
        return {
            "recall": round(self.recall, 3),
            "precision": round(self.precision, 3),
            "dates": round(self.dates, 3),
        }

    def table(self) -> str:
        lines = ["article | gold | found | dated | emitted | correct | missed"]
        for a in self.articles:
            missed = "; ".join(a.missed) or "-"
            lines.append(
                f"{a.id} | {a.gold} | {a.found} | {a.dated} | {a.emitted} | {a.correct} | {missed}"
            )
        lines.append("type | gold | found | dated | emitted | correct")
        for t in EventType:
            c = self.per_type.get(str(t))
            if c:
                lines.append(
                    f"{t} | {c['gold']} | {c['found']} | {c['dated']} | {c['emitted']} | "
                    f"{c['correct']}"
                )
        lines.append(
            f"figures: {self.figures()} (future events found: {self.future_found}/{self.future})"
        )
        return "\n".join(lines)


def _label(gold: dict[str, Any]) -> str:
    arrow = "<->" if gold.get("reciprocal", False) else "->"
    return f"{gold['event']} {','.join(gold['actor'])} {arrow} {','.join(gold['recipient'])}"


def score_results(
    gold: list[dict[str, Any]], results: dict[str, ArticleResult], families: dict[str, str]
) -> DemoScores:
    scores = DemoScores()
    for article in gold:
        result = results[ingest_id(article["file"])]
        live = [e for e in result.events if e.modality in LIVE_MODALITIES]
        row = ArticleScore(article["id"], emitted=len(live))
        for event in live:
            hit = any(matches(g, event, families) for g in article["events"])
            row.correct += hit
            scores.per_type[str(event.event)]["emitted"] += 1
            scores.per_type[str(event.event)]["correct"] += hit
        for g in article["events"]:
            found = [e for e in live if matches(g, e, families)]
            if g.get("modality") == "future":
                scores.future += 1
                scores.future_found += any(matches(g, e, families) for e in result.events)
                continue
            counts = scores.per_type[g["event"]]
            row.gold += 1
            counts["gold"] += 1
            if not found:
                row.missed.append(_label(g))
                continue
            row.found += 1
            counts["found"] += 1
            if any(date_ok(g, e) for e in found):
                row.dated += 1
                counts["dated"] += 1
        scores.articles.append(row)
    return scores


def demo_results(pipeline: Pipeline) -> dict[str, ArticleResult]:
    with as_file(files("newsevents.data") / "demo") as demo_dir:
        return {r.article_id: r for r in pipeline.run(pipeline.inputs([str(demo_dir)]))}


# -- tests --------------------------------------------------------------------------------------
def test_hand_coding_is_well_formed() -> None:
    gold = read_gold()
    codes = known_codes()
    types = {str(t) for t in EventType}
    assert len(gold) == 48
    assert [a["id"] for a in gold] == [f"demo-{n:04d}" for n in range(1, 49)]
    assert len({ingest_id(a["file"]) for a in gold}) == 48
    with as_file(files("newsevents.data") / "demo") as demo:
        records = {
            json.loads(line)["id"]
            for line in (demo / "records.jsonl").read_text(encoding="utf-8").splitlines()
        }
        warc = gzip.decompress((demo / "archive.warc.gz").read_bytes())
        for a in gold:
            path, _, key = a["file"].partition("#")
            assert (demo / path).is_file(), a["file"]
            if path == "records.jsonl":
                assert key in records, a["file"]
            elif path == "archive.warc.gz":
                assert f"/{key}".encode() in warc, a["file"]
    for a in gold:
        published = dt.date.fromisoformat(a["published"])
        assert 1 <= len(a["events"]) <= 3, a["id"]
        for e in a["events"]:
            assert e["event"] in types, (a["id"], e)
            assert e["actor"] and set(e["actor"] + e["recipient"]) <= codes, (a["id"], e)
            width = PRECISIONS[e.get("date_precision", "day")]
            assert len(e["date"]) == width, (a["id"], e)
            if e.get("modality") != "future":
                assert e["date"] <= published.isoformat()[:width], (a["id"], e)


def test_matching_rules() -> None:
    families = known_families()

    def ref(code: str, family: str | None = None) -> ActorRef:
        return ActorRef(code=code, sector=None, name=code, text=code, start=0, end=0, family=family)

    assert same_actor("UNGA", "UN", "UNO", families)
    assert same_actor("EC", "EU", "EUR", families)
    assert same_actor("NATO", "IGO", "IGO", families)
    assert same_actor("IGO", "NATO", "IGO", families)
    assert not same_actor("NATO", "OSCE", "IGO", families)
    assert not same_actor("RUS", "UKR", None, families)
    assert meets(["RUS", "UKR", "FRA", "DEU"], [ref("FRA"), ref("DEU"), ref("UNK")], families) == 2


def test_a_joint_act_matches_an_unmarked_pair() -> None:
    """ "China and Russia began joint drills" is one COOPERATE with both in `actor` (PLOVER);
    a hand coder who wrote CHN → RUS without marking it reciprocal still sees it found."""
    families = known_families()
    pair = [ActorRef(code=c, sector=None, name=c, text=c, start=0, end=0) for c in ("CHN", "RUS")]

    class Joint:
        event, actor, recipient = "COOPERATE", pair, []

    hand = {"event": "COOPERATE", "actor": ["CHN"], "recipient": ["RUS"], "reciprocal": False}
    assert matches(hand, Joint(), families)
    assert not matches({**hand, "recipient": ["USA"]}, Joint(), families)


@pytest.mark.slow
def test_demo_events_floors(pipeline: Pipeline) -> None:
    gold = read_gold()
    results = demo_results(pipeline)
    missing = sorted({ingest_id(a["file"]) for a in gold} - set(results))
    assert not missing, f"no pipeline result for {missing}; got {sorted(results)}"
    failed = {k: r.failures for k, r in results.items() if r.failures}
    assert not failed, f"articles failed: {failed}"
    scores = score_results(gold, results, known_families())
    figures = scores.figures()
    assert all(figures[k] >= floor for k, floor in FLOORS.items()), (
        f"demo scores fell below the floors {FLOORS}:\n{scores.table()}"
    )
