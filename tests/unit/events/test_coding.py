"""Event coding on real sentences: roles, modality, PLOVER conversions, word-sense traps."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.errors import DictionaryError
from newsevents.events.triggers import parse
from newsevents.records import EventType, Modality

pytestmark = pytest.mark.slow
HEADER = "id\tlemma\tpos\tevent\tmode\tcameo\trequires\trecipient\tconfidence\n"


def events(code_text, text: str):  # type: ignore[no-untyped-def]
    return [
        (e.event, {a.code for a in e.actor}, {r.code for r in e.recipient}, e.modality, e)
        for e in code_text(text).events
    ]


def find(evs, kind):  # type: ignore[no-untyped-def]
    return [e for e in evs if e[0] == kind]


def test_active_subject_and_object(code_text) -> None:  # type: ignore[no-untyped-def]
    (ev,) = find(
        events(code_text, "Russia accused Ukraine of shelling villages."), EventType.ACCUSE
    )
    assert ev[1] == {"RUS"} and ev[2] == {"UKR"}


def test_passive_by_agent(code_text) -> None:  # type: ignore[no-untyped-def]
    evs = find(events(code_text, "The proposal was rejected by France."), EventType.REJECT)
    assert evs and evs[0][1] == {"FRA"}


def test_negation(code_text) -> None:  # type: ignore[no-untyped-def]
    evs = find(events(code_text, "Russia did not attack Ukraine."), EventType.ASSAULT)
    assert evs and evs[0][3] == Modality.NEGATED


def test_future_consult_is_agree(code_text) -> None:  # type: ignore[no-untyped-def]
    evs = events(code_text, "The French president will meet the German chancellor next week.")
    assert find(evs, EventType.AGREE) and not find(evs, EventType.CONSULT)
    assert "future→AGREE" in find(evs, EventType.AGREE)[0][4].rule


def test_conditional_sanction_is_threaten(code_text) -> None:  # type: ignore[no-untyped-def]
    evs = events(
        code_text, "Britain said it would impose sanctions on Iran if it enriched uranium."
    )
    (threat,) = find(evs, EventType.THREATEN)
    assert threat[1] == {"GBR"} and threat[2] == {"IRN"} and threat[3] == Modality.ASSERTED
    assert not [e for e in find(evs, EventType.SANCTION) if e[3] == Modality.ASSERTED]


def test_complement_of_a_request_is_not_an_event(code_text) -> None:  # type: ignore[no-untyped-def]
    evs = events(code_text, "Germany urged Russia to withdraw its troops.")
    assert find(evs, EventType.REQUEST)
    assert not find(evs, EventType.RETREAT)


def test_labour_strike_is_protest_air_strike_is_assault(code_text) -> None:  # type: ignore[no-untyped-def]
    labour = events(code_text, "French rail workers went on strike against the pension reform.")
    assert find(labour, EventType.PROTEST) and not find(labour, EventType.ASSAULT)
    air = events(code_text, "An Israeli air strike hit a Syrian base.")
    assert not find(air, EventType.PROTEST)


def test_compound_actor_is_one_event(code_text) -> None:  # type: ignore[no-untyped-def]
    evs = find(
        events(code_text, "Diplomats from Russia, Ukraine, France and Germany held talks."),
        EventType.CONSULT,
    )
    assert len(evs) == 1 and evs[0][1] == {"RUS", "UKR", "FRA", "DEU"}


def test_every_event_explains_itself(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("China condemned the United States on Monday.")
    assert result.events
    for e in result.events:
        assert e.rule and "triggers.tsv:" in e.rule
        assert e.sentence and e.trigger == "condemned"
        assert e.cameo and e.quad and e.intensity is not None


def test_malformed_pattern_names_file_and_line() -> None:
    text = HEADER + "x\tfoo\tVERB\tNOPE\t\t\t\t\t\n"
    with pytest.raises(DictionaryError, match=r"overlay\.tsv:2"):
        parse(text, "overlay.tsv")


def test_bad_constraint_is_refused(tmp_path: Path) -> None:
    text = HEADER + "x\tfoo\tVERB\tREJECT\t\t\tbogus=1\t\t\n"
    with pytest.raises(DictionaryError, match="bad constraint"):
        parse(text, "overlay.tsv")


def test_a_pattern_id_used_twice_in_one_file_is_refused() -> None:
    # the second row would silently replace the first
    text = HEADER + "x\tfoo\tVERB\tREJECT\t\t\t\t\t\n" + "x\tbar\tVERB\tACCUSE\t\t\t\t\t\n"
    with pytest.raises(DictionaryError, match=r"'x' is already used at overlay\.tsv:2"):
        parse(text, "overlay.tsv")
