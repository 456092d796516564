"""Eval gate: scores on the PLOVER gold dev set may not slip below these floors.

Raising a floor is part of improving the coder; lowering one is an explicit, explained act.
"""

from __future__ import annotations

import pytest

from newsevents.evaluation import read_gold, score
from newsevents.pipeline import Pipeline, raw_from_text
from tests.conftest import shared_path

pytestmark = pytest.mark.slow

# measured 0.906 / 0.944 / 0.938 / 0.805 / 0.825 on 2026-11-28 (seventh session); one dev
# sentence ("declared a unilateral ceasefire", gold RETREAT) is now coded CONCEDE, as the manual
# says of declared ceasefires
FLOORS = {
    "type_found": 0.89,
    "actor_match": 0.93,
    "recipient_match": 0.92,
    "full_match": 0.79,
    "share_of_events_of_gold_type": 0.81,
}
CEILINGS = {"events_per_sentence": 2.0}


def test_dev_gold_floors(pipeline: Pipeline) -> None:
    records = read_gold(shared_path("gold", "plover_gsr_dev.jsonl"))
    raws = [raw_from_text(r["text"], article_id=r["id"]) for r in records]
    results = {r.article_id: r.events for r in pipeline.run(raws)}
    scores = score(records, [results.get(raw.id, ()) for raw in raws]).as_dict()
    for key, floor in FLOORS.items():
        assert scores[key] >= floor, f"{key} fell to {scores[key]} (floor {floor})"
    for key, ceiling in CEILINGS.items():
        assert scores[key] <= ceiling, f"{key} rose to {scores[key]} (ceiling {ceiling})"
