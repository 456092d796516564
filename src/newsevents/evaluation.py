"""Score the coder against gold-coded sentences (the PLOVER gold standard format).

Each gold record: ``id``, ``text``, ``event`` (PLOVER type), ``actor`` and ``recipient`` (lists of
``{text, code, sector}``). Only the events the system lists by default (asserted) count.
International organisations are one family: a gold ``IGO`` matches our ``NATO`` (family IGO),
and IGO, UNO, EUR and NGO match each other (the gold standard codes NGOs such as Amnesty
International and the Red Cross as IGO).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsevents.errors import InputError
from newsevents.records import LIVE_MODALITIES, ActorRef, Event

IO_FAMILY = frozenset({"IGO", "UNO", "EUR", "NGO"})


def _codes(actors: Iterable[ActorRef]) -> set[str]:
    out: set[str] = set()
    for a in actors:
        out.add(a.code.upper())
        if a.family:
            out.add(a.family.upper())
    return out


def codes_match(gold: list[dict[str, Any]], ours: Iterable[ActorRef]) -> bool:
    """Gold with no actor always matches; otherwise any shared code (IO family counted as one)."""
    want = {str(g.get("code") or "").upper() for g in gold if g.get("code")}
    if not want:
        return True
    have = _codes(ours)
    if want & have:
        return True
    return bool(want & IO_FAMILY and have & IO_FAMILY)


@dataclass
class Scores:
    sentences: int = 0
    type_found: int = 0
    actor_ok: int = 0
    recipient_ok: int = 0
    full: int = 0
    events: int = 0
    events_of_gold_type: int = 0
    per_type: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    confusion: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    misses: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        n = max(self.sentences, 1)
        per_type = {}
        for t, c in sorted(self.per_type.items()):
            per_type[t] = {
                "gold": c["gold"],
                "found": c["found"],
                "recall": round(c["found"] / c["gold"], 3) if c["gold"] else None,
                "emitted": c["emitted"],
                "precision": round(c["correct"] / c["emitted"], 3) if c["emitted"] else None,
            }
        return {
            "sentences": self.sentences,
            "type_found": round(self.type_found / n, 3),
            "actor_match": round(self.actor_ok / max(self.type_found, 1), 3),
            "recipient_match": round(self.recipient_ok / max(self.type_found, 1), 3),
            "full_match": round(self.full / n, 3),
            "events_per_sentence": round(self.events / n, 3),
            "share_of_events_of_gold_type": round(
                self.events_of_gold_type / max(self.events, 1), 3
            ),
            "per_type": per_type,
            "confusion": {g: dict(c) for g, c in sorted(self.confusion.items())},
        }


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(
            f"cannot read the gold file ({exc.strerror})",
            source=str(p),
            hint="give a JSONL file of gold-coded sentences",
        ) from exc
    records = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"line {n} is not valid JSON ({exc.msg})",
                source=str(p),
                hint="each line must be one JSON object",
            ) from exc
        if not isinstance(rec, dict) or "text" not in rec or "event" not in rec:
            raise InputError(
                f"line {n} lacks 'text' or 'event'",
                source=str(p),
                hint="each record needs the sentence 'text' and the gold 'event' type",
            )
        records.append(rec)
    return records


def score(gold: list[dict[str, Any]], coded: list[tuple[Event, ...]]) -> Scores:
    s = Scores()
    for rec, events in zip(gold, coded, strict=True):
        live = [e for e in events if e.modality in LIVE_MODALITIES]
        want = str(rec["event"]).upper()
        s.sentences += 1
        s.events += len(live)
        s.per_type[want]["gold"] += 1
        for e in live:
            s.per_type[str(e.event)]["emitted"] += 1
            s.confusion[want][str(e.event)] += 1
        if not live:
            s.confusion[want]["(none)"] += 1
        same = [e for e in live if str(e.event) == want]
        s.events_of_gold_type += len(same)
        s.per_type[want]["correct"] += len(same)
        if not same:
            s.misses.append(
                {"id": rec.get("id"), "want": want, "got": [str(e.event) for e in live]}
            )
            continue
        s.type_found += 1
        s.per_type[want]["found"] += 1
        best = max(
            same,
            key=lambda e: (
                codes_match(rec.get("actor") or [], e.actor),
                codes_match(rec.get("recipient") or [], e.recipient),
            ),
        )
        a_ok = codes_match(rec.get("actor") or [], best.actor)
        r_ok = codes_match(rec.get("recipient") or [], best.recipient)
        s.actor_ok += a_ok
        s.recipient_ok += r_ok
        s.full += a_ok and r_ok
        if not (a_ok and r_ok):
            s.misses.append(
                {"id": rec.get("id"), "want": want, "actor_ok": a_ok, "recipient_ok": r_ok}
            )
    return s
