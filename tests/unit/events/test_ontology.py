"""The PLOVER ontology files and their loader (newsevents.events.ontology)."""

from __future__ import annotations

import json
import re
import shutil
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from newsevents.errors import DictionaryError
from newsevents.events import ontology
from newsevents.records import EventType, Modality

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"
PLOVER_REF = SHARED / "reference" / "plover"
DATA = files("newsevents.data.events")


def _spec() -> dict[str, Any]:
    path = PLOVER_REF / "plover_spec.json"
    if not path.is_file():
        pytest.skip("../shared/reference/plover/plover_spec.json is not present")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _draft_codes() -> list[str]:
    path = PLOVER_REF / "CAMEO2PLOVER-2021.txt"
    if not path.is_file():
        pytest.skip("../shared/reference/plover/CAMEO2PLOVER-2021.txt is not present")
    codes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):", line)
        if match:
            codes.append(match.group(1))
    return codes


# --- plover.tsv -------------------------------------------------------------------------------


def test_every_event_type_has_a_type_row() -> None:
    assert ontology.event_types() == list(EventType)
    for event in EventType:
        row = ontology.info(event)
        assert row.event is event
        assert row.mode is None


def test_every_mode_of_the_spec_has_a_row() -> None:
    spec = _spec()
    for name, entry in spec["events"].items():
        assert ontology.modes(name) == entry["modes"], name
        for mode in entry["modes"]:
            row = ontology.info(name, mode)
            assert (row.event, row.mode) == (EventType(name), mode)


def test_quads_are_1_to_4_and_follow_the_manual() -> None:
    spec = _spec()
    for event in EventType:
        for mode in [None, *ontology.modes(event)]:
            quad = ontology.info(event, mode).quad
            assert quad in (1, 2, 3, 4)
            expected = spec["events"][event]["quad"]
            if isinstance(expected, int):  # SANCTION's is a flagged inconsistency
                assert quad == expected, (event, mode)


def test_sanction_is_material_conflict() -> None:
    assert ontology.info("SANCTION").quad == 4
    assert {ontology.info("SANCTION", m).quad for m in ontology.modes("SANCTION")} == {4}
    assert ontology.QUAD_NAMES[4] == "material conflict"


def test_accuse_intensity_is_negative() -> None:
    assert ontology.info("ACCUSE").intensity == -3.0
    # between its mildest and harshest mode, like every other type
    assert (
        ontology.info("ACCUSE", "allege").intensity
        < -3.0
        < ontology.info("ACCUSE", "disapprove").intensity
    )


def test_intensities_are_the_manuals_scores() -> None:
    table = _spec()["plover_scores_manual_table"]
    for key, score in table.items():
        event, _, mode = key.partition(":")
        row = ontology.info(event, mode or None)
        if key == "ACCUSE":
            assert row.intensity == -3.0  # printed +3 in the manual
        else:
            assert row.intensity == score, key
    # the one mode the manual's score table forgets takes its type's score
    assert ontology.info("PROTEST", "vandalize").intensity == ontology.info("PROTEST").intensity


def test_representative_cameo_codes() -> None:
    reject = ontology.info("REJECT")
    assert (reject.cameo, reject.goldstein) == ("120", -4.0)
    meet = ontology.info("REJECT", "meet")
    assert (meet.cameo, meet.goldstein) == ("125", -5.0)
    assert ontology.info("SANCTION", "convict").cameo == "116"
    for event in EventType:
        for mode in [None, *ontology.modes(event)]:
            row = ontology.info(event, mode)
            cameo = ontology.plover_for_cameo(row.cameo)
            assert cameo is not None and cameo.cameo == row.cameo
            assert cameo.goldstein == row.goldstein


def test_unknown_or_auxiliary_mode_falls_back_to_the_type_row() -> None:
    base = ontology.info("ASSAULT")
    assert ontology.info("ASSAULT", "sideAB") == base
    assert ontology.info("ASSAULT", "future") == base
    assert ontology.info("assault", "Firearms").mode == "firearms"
    assert ontology.AUXILIARY_MODES["negation"] is Modality.NEGATED
    assert set(ontology.AUXILIARY_MODES) == set(_spec()["auxiliary_modes"])


def test_unknown_event_type_is_a_dictionary_error() -> None:
    with pytest.raises(DictionaryError, match="DISAPPROVE") as err:
        ontology.info("DISAPPROVE")
    assert err.value.hint is not None and "ACCUSE" in err.value.hint
    with pytest.raises(DictionaryError):
        ontology.modes("CRIME")


# --- contexts.tsv -----------------------------------------------------------------------------


def test_contexts_are_the_manuals() -> None:
    assert ontology.contexts() == _spec()["contexts"]


# --- cameo_plover.tsv -------------------------------------------------------------------------


def test_cameo_table_covers_every_code_of_the_draft() -> None:
    table = ontology.default_ontology().cameo
    missing = [code for code in _draft_codes() if code not in table]
    assert missing == []


def test_cameo_table_covers_statement_and_appeal_codes_as_dropped() -> None:
    table = ontology.default_ontology().cameo
    dropped = sorted(code for code, row in table.items() if row.event is None)
    assert dropped[:2] == ["01", "010"]
    assert {"019", "02", "0211", "0256", "028"} <= set(dropped)
    assert all(code[:2] in ("01", "02") for code in dropped)
    assert all(row.mode is None and row.context == () for row in table.values() if not row.event)


def test_code_175_is_listed_once() -> None:
    lines = (DATA / ontology.CAMEO_FILE).read_text(encoding="utf-8").splitlines()
    assert sum(1 for line in lines if line.startswith("175\t")) == 1
    row = ontology.plover_for_cameo("175")
    assert row is not None and row.event is EventType.ASSAULT
    assert "repression" in row.context


def test_cameo_rows_use_only_defined_modes_and_contexts() -> None:
    known = set(ontology.contexts())
    for row in ontology.default_ontology().cameo.values():
        if row.event is not None and row.mode is not None:
            assert row.mode in ontology.modes(row.event), row
        assert set(row.context) <= known, row
    # the draft's own names were normalised away
    modes = {row.mode for row in ontology.default_ontology().cameo.values()}
    assert not modes & {"ease", "return", "ban", "political", "massacre", "cleansing"}


def test_cameo_roots_match_the_goldstein_fallback_values() -> None:
    roots = _spec()["cameo_goldstein_root_values_from_phoenix_postprocess"]
    for root, value in roots.items():
        row = ontology.plover_for_cameo(root)
        assert row is not None and row.cameo == root
        assert row.goldstein == value, root


def test_cameo_normalisations() -> None:
    def row(code: str) -> ontology.CameoRow:
        found = ontology.plover_for_cameo(code)
        assert found is not None
        return found

    assert (row("163").event, row("163").mode) == (EventType.SANCTION, "discontinue")
    assert (row("116").event, row("116").mode) == (EventType.SANCTION, "convict")
    assert row("0813").event is EventType.CONCEDE
    assert row("0841").event is EventType.RETREAT
    assert row("091").context == ("crime", "corruption")
    assert row("0811").context == ("pro_democracy",)


def test_plover_for_cameo_walks_up_to_the_parent() -> None:
    def found(code: str) -> str | None:
        row = ontology.plover_for_cameo(code)
        return row.cameo if row else None

    assert found("0215") == "021"
    assert found("1999") == "19"
    assert found("2043") == "204"
    assert found(" 1711 ") == "1711"
    assert ontology.plover_for_cameo("21") is None
    assert ontology.plover_for_cameo("abc") is None
    assert ontology.plover_for_cameo("") is None


def test_loaded_once_per_process() -> None:
    assert ontology.default_ontology() is ontology.default_ontology()


# --- validation of user copies ----------------------------------------------------------------


@pytest.fixture
def copies(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name in (ontology.PLOVER_FILE, ontology.CAMEO_FILE, ontology.CONTEXTS_FILE):
        target = tmp_path / name
        with (DATA / name).open("rb") as src, target.open("wb") as dst:
            shutil.copyfileobj(src, dst)
        out[name] = target
    return out


def _load(copies: dict[str, Path]) -> ontology.Ontology:
    return ontology.load(
        copies[ontology.PLOVER_FILE], copies[ontology.CAMEO_FILE], copies[ontology.CONTEXTS_FILE]
    )


def _edit(path: Path, line: int, new: str | None) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    if new is None:
        lines.append(lines[line - 1])
    else:
        lines[line - 1] = new
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _line_of(path: Path, prefix: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if line.startswith(prefix))


def test_unchanged_copies_load(copies: dict[str, Path]) -> None:
    loaded = _load(copies)
    assert loaded.info("COERCE", "curfew").intensity == -6.5
    assert len(loaded.cameo) == len(ontology.default_ontology().cameo)


@pytest.mark.parametrize(
    ("name", "prefix", "new", "message"),
    [
        (ontology.CAMEO_FILE, "1823\t", "1823\tkill by physical assault ASSAULT", "fields"),
        (ontology.CAMEO_FILE, "042\t", "042\tvisit\tCONSULT\ttour\t\t1.9\t", "no mode 'tour'"),
        (ontology.CAMEO_FILE, "042\t", "042\tvisit\tCONSULT\t\tsport\t1.9\t", "unknown context"),
        (ontology.CAMEO_FILE, "042\t", "042\tvisit\tCONSULTS\t\t\t1.9\t", "unknown PLOVER"),
        (ontology.CAMEO_FILE, "042\t", "042\tvisit\tCONSULT\t\t\t19\t", "outside -10..10"),
        (ontology.CAMEO_FILE, "042\t", "42\tvisit\tCONSULT\t\t\t1.9\t", "not a CAMEO event code"),
        (ontology.CAMEO_FILE, "175\t", None, "repeats line"),
        (ontology.CAMEO_FILE, "cameo\t", "code\tlabel", "header"),
        (ontology.PLOVER_FILE, "SANCTION\t\t", "SANCTION\t\t5\t-6\t160\t-4.0\tx", "quad '5'"),
        (ontology.PLOVER_FILE, "ACCUSE\t\t", "ACCUSE\t\t3\tminus\t112\t-2.0\tx", "not a number"),
        (ontology.PLOVER_FILE, "REJECT\t\t", "REJECT\t\t3\t-2\t120\t-3.0\tx", "differs"),
        (ontology.PLOVER_FILE, "REJECT\tmeet", "REJECT\tmeet\t4\t-2\t125\t-5.0\tx", "keeps"),
        (ontology.CONTEXTS_FILE, "cyber\t", "Cyber Stuff\tx", "bad context name"),
    ],
)
def test_malformed_line_names_file_and_line(
    copies: dict[str, Path], name: str, prefix: str, new: str | None, message: str
) -> None:
    path = copies[name]
    line = _line_of(path, prefix)
    line_reported = line
    if new is None:  # the line is duplicated at the end of the file
        line_reported = len(path.read_text(encoding="utf-8").splitlines()) + 1
    _edit(path, line, new)
    with pytest.raises(DictionaryError, match=re.escape(message)) as err:
        _load(copies)
    assert err.value.source == f"{path}:{line_reported}"
    assert str(path) in str(err.value) and err.value.hint


def test_missing_type_row_names_the_file(copies: dict[str, Path]) -> None:
    path = copies[ontology.PLOVER_FILE]
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(x for x in lines if not x.startswith("AID\t")) + "\n", "utf-8")
    with pytest.raises(DictionaryError, match="no row for event type AID") as err:
        _load(copies)
    assert err.value.source == str(path)


def test_missing_file_is_a_dictionary_error(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="not found") as err:
        ontology.load_contexts(tmp_path / "nope.tsv")
    assert err.value.source == str(tmp_path / "nope.tsv")


def test_comments_and_blank_lines_are_skipped(copies: dict[str, Path]) -> None:
    path = copies[ontology.CONTEXTS_FILE]
    path.write_text("# our contexts\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    assert _load(copies).contexts == ontology.default_ontology().contexts
