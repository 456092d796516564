"""The PLOVER ontology and the CAMEO→PLOVER table, read from ``newsevents/data/events/``.

Three tab-separated files, described (with every normalisation choice) in that folder's README:

- ``plover.tsv``: one row per PLOVER event type (empty mode) and per type + mode, with its quad
  (1 verbal cooperation … 4 material conflict), PLOVER intensity score, representative CAMEO code
  and that code's Goldstein value;
- ``cameo_plover.tsv``: every CAMEO code 01–2042 with its PLOVER type, mode and contexts;
- ``contexts.tsv``: the PLOVER contexts.

The files are read once per process and validated as they load: a bad line raises
:class:`~newsevents.errors.DictionaryError` naming the file and line. ``load()`` takes explicit
paths, so a user copy (or a test's broken copy) is checked by the same code::

    >>> info("ACCUSE", "allege").intensity
    -3.5
    >>> plover_for_cameo("0215").event is None  # unlisted: its parent 021 (APPEAL) is dropped
    True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType

from newsevents.errors import DictionaryError
from newsevents.records import EventType, Modality

DATA_PACKAGE = "newsevents.data.events"
PLOVER_FILE = "plover.tsv"
CAMEO_FILE = "cameo_plover.tsv"
CONTEXTS_FILE = "contexts.tsv"

PLOVER_COLUMNS = ("event", "mode", "quad", "intensity", "cameo", "goldstein", "description")
CAMEO_COLUMNS = ("cameo", "label", "event", "mode", "context", "goldstein", "notes")
CONTEXT_COLUMNS = ("context", "description")

QUAD_NAMES: Mapping[int, str] = MappingProxyType(
    {
        1: "verbal cooperation",
        2: "material cooperation",
        3: "verbal conflict",
        4: "material conflict",
    }
)
"""PLOVER/CAMEO quad codes."""

AUXILIARY_MODES: Mapping[str, Modality] = MappingProxyType(
    {
        "historical": Modality.HISTORICAL,
        "future": Modality.FUTURE,
        "hypothetical": Modality.HYPOTHETICAL,
        "negation": Modality.NEGATED,
    }
)
"""PLOVER's four auxiliary modes and the ``Event.modality`` that carries each of them.

They are not event modes (no row in ``plover.tsv``, no intensity of their own): an event keeps
its type's mode and score, and the auxiliary mode goes into ``Event.modality``.
"""

_CAMEO_CODE = re.compile(r"(0[1-9]|1[0-9]|20)[0-9]{0,2}")
_NAME = re.compile(r"[a-z][a-z_-]*")

Source = Path | Traversable


@dataclass(frozen=True, slots=True)
class EventInfo:
    """One row of ``plover.tsv``: a PLOVER type, or a type + mode, and its scores."""

    event: EventType
    mode: str | None
    quad: int
    intensity: float
    cameo: str
    goldstein: float
    description: str = ""


@dataclass(frozen=True, slots=True)
class CameoRow:
    """One row of ``cameo_plover.tsv`` (``event`` is None for codes PLOVER drops)."""

    cameo: str
    label: str
    event: EventType | None
    mode: str | None
    context: tuple[str, ...]
    goldstein: float
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Ontology:
    """The three files, loaded and cross-checked."""

    infos: Mapping[tuple[EventType, str | None], EventInfo]
    cameo: Mapping[str, CameoRow]
    contexts: tuple[str, ...]

    def event_types(self) -> list[str]:
        """The PLOVER types in file order (``EventType`` members, which are strings)."""
        return [event for event, mode in self.infos if mode is None]

    def modes(self, event: str) -> list[str]:
        """The modes the manual defines for ``event``, in file order."""
        kind = _event_type(event)
        return [mode for ev, mode in self.infos if ev is kind and mode is not None]

    def info(self, event: str, mode: str | None = None) -> EventInfo:
        """Quad, intensity and CAMEO code of ``event`` + ``mode``.

        A mode the type does not define (or an auxiliary mode) falls back to the type row.
        """
        kind = _event_type(event)
        if mode:
            found = self.infos.get((kind, mode.strip().lower()))
            if found is not None:
                return found
        return self.infos[(kind, None)]

    def plover_for_cameo(self, code: str) -> CameoRow | None:
        """The row for a CAMEO code, walking up to its parent codes when it is not listed.

        ``"0215"`` → ``021`` → ``02``; None when neither the code nor a parent is known.
        """
        code = str(code).strip()
        if not _CAMEO_CODE.fullmatch(code):
            return None
        while len(code) >= 2:
            row = self.cameo.get(code)
            if row is not None:
                return row
            code = code[:-1]
        return None


def _event_type(event: str) -> EventType:
    try:
        return EventType(str(event).strip().upper())
    except ValueError:
        raise DictionaryError(
            f"unknown PLOVER event type {event!r}",
            hint=f"known types: {', '.join(EventType)}",
        ) from None


def _where(source: Source, line: int | None = None) -> str:
    return f"{source}:{line}" if line is not None else str(source)


def _rows(source: Source, columns: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of a TSV file after its header; blank and ``#`` lines skipped."""
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DictionaryError(
            "data file not found", source=_where(source), hint="check the path"
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(
            f"cannot read data file ({exc})", source=_where(source), hint="save it as UTF-8 text"
        ) from exc
    header_seen = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = [f.strip() for f in raw.split("\t")]
        if not header_seen:
            if tuple(fields) != columns:
                raise DictionaryError(
                    f"header is {'|'.join(fields)!r}",
                    source=_where(source, number),
                    hint=f"the first line must be the tab-separated columns {' '.join(columns)}",
                )
            header_seen = True
            continue
        if len(fields) != len(columns):
            raise DictionaryError(
                f"{len(fields)} fields, expected {len(columns)}",
                source=_where(source, number),
                hint=f"separate the columns {' '.join(columns)} with single tabs",
            )
        yield number, fields
    if not header_seen:
        raise DictionaryError(
            "empty data file",
            source=_where(source),
            hint=f"start it with the columns {' '.join(columns)}",
        )


def _score(value: str, column: str, where: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise DictionaryError(
            f"{column} {value!r} is not a number", source=where, hint="use e.g. -3.5"
        ) from None
    if not -10.0 <= number <= 10.0:
        raise DictionaryError(
            f"{column} {number} is outside -10..10", source=where, hint="scores run from -10 to 10"
        )
    return number


def _plover_type(value: str, where: str) -> EventType:
    try:
        return EventType(value)
    except ValueError:
        raise DictionaryError(
            f"unknown PLOVER event type {value!r}",
            source=where,
            hint=f"use one of {', '.join(EventType)}",
        ) from None


def _cameo_code(value: str, where: str) -> str:
    if not _CAMEO_CODE.fullmatch(value):
        raise DictionaryError(
            f"{value!r} is not a CAMEO event code",
            source=where,
            hint="write 2 to 4 digits from 01 to 20xx, keeping the leading zero (e.g. 0211)",
        )
    return value


def load_contexts(source: Source) -> tuple[str, ...]:
    """The context names of a ``contexts.tsv`` file."""
    seen: dict[str, int] = {}
    for number, (name, _description) in _rows(source, CONTEXT_COLUMNS):
        where = _where(source, number)
        if not _NAME.fullmatch(name):
            raise DictionaryError(
                f"bad context name {name!r}", source=where, hint="use lower_case_with_underscores"
            )
        if name in seen:
            raise DictionaryError(
                f"context {name!r} repeats line {seen[name]}", source=where, hint="keep one row"
            )
        seen[name] = number
    return tuple(seen)


def _parse_plover(
    source: Source,
) -> tuple[dict[tuple[EventType, str | None], EventInfo], dict[tuple[EventType, str | None], int]]:
    infos: dict[tuple[EventType, str | None], EventInfo] = {}
    lines: dict[tuple[EventType, str | None], int] = {}
    for number, fields in _rows(source, PLOVER_COLUMNS):
        event_s, mode_s, quad_s, intensity_s, cameo_s, goldstein_s, description = fields
        where = _where(source, number)
        event = _plover_type(event_s, where)
        if mode_s and not _NAME.fullmatch(mode_s):
            raise DictionaryError(
                f"bad mode name {mode_s!r}", source=where, hint="use lower-case-with-hyphens"
            )
        if quad_s not in {"1", "2", "3", "4"}:
            raise DictionaryError(
                f"quad {quad_s!r} is not 1, 2, 3 or 4",
                source=where,
                hint="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict",
            )
        key = (event, mode_s or None)
        if key in infos:
            raise DictionaryError(
                f"{event}{':' + mode_s if mode_s else ''} repeats line {lines[key]}",
                source=where,
                hint="keep one row per type and per type + mode",
            )
        infos[key] = EventInfo(
            event=event,
            mode=mode_s or None,
            quad=int(quad_s),
            intensity=_score(intensity_s, "intensity", where),
            cameo=_cameo_code(cameo_s, where),
            goldstein=_score(goldstein_s, "goldstein", where),
            description=description,
        )
        lines[key] = number
    for event in EventType:
        if (event, None) not in infos:
            raise DictionaryError(
                f"no row for event type {event}",
                source=_where(source),
                hint="add a row with an empty mode for every PLOVER type",
            )
    for (event, mode), info in infos.items():
        if mode is not None and info.quad != infos[(event, None)].quad:
            raise DictionaryError(
                f"{event}:{mode} has quad {info.quad} but {event} has {infos[(event, None)].quad}",
                source=_where(source, lines[(event, mode)]),
                hint="a mode keeps its type's quad",
            )
    return infos, lines


def load_plover(source: Source) -> dict[tuple[EventType, str | None], EventInfo]:
    """The rows of a ``plover.tsv`` file keyed by (type, mode or None)."""
    return _parse_plover(source)[0]


def load_cameo_plover(
    source: Source,
    infos: Mapping[tuple[EventType, str | None], EventInfo],
    contexts: tuple[str, ...],
) -> dict[str, CameoRow]:
    """The rows of a ``cameo_plover.tsv`` file, checked against the modes and contexts given."""
    known_contexts = set(contexts)
    rows: dict[str, CameoRow] = {}
    lines: dict[str, int] = {}
    for number, fields in _rows(source, CAMEO_COLUMNS):
        code_s, label, event_s, mode_s, context_s, goldstein_s, notes = fields
        where = _where(source, number)
        code = _cameo_code(code_s, where)
        if code in rows:
            raise DictionaryError(
                f"CAMEO code {code} repeats line {lines[code]}",
                source=where,
                hint="keep one row per code",
            )
        event = _plover_type(event_s, where) if event_s else None
        context = tuple(c.strip() for c in context_s.split("|") if c.strip())
        if event is None and (mode_s or context):
            raise DictionaryError(
                f"CAMEO {code} has a mode or context but no PLOVER type",
                source=where,
                hint="fill the event column or empty mode and context",
            )
        if event is not None and mode_s and (event, mode_s) not in infos:
            defined = ", ".join(m for e, m in infos if e is event and m) or "none"
            raise DictionaryError(
                f"{event} has no mode {mode_s!r}", source=where, hint=f"its modes: {defined}"
            )
        for name in context:
            if name not in known_contexts:
                raise DictionaryError(
                    f"unknown context {name!r}",
                    source=where,
                    hint=f"use contexts from {CONTEXTS_FILE}, joined with '|'",
                )
        rows[code] = CameoRow(
            cameo=code,
            label=label,
            event=event,
            mode=mode_s or None,
            context=context,
            goldstein=_score(goldstein_s, "goldstein", where),
            notes=notes,
        )
        lines[code] = number
    return rows


def load(
    plover: Source | None = None,
    cameo: Source | None = None,
    contexts: Source | None = None,
) -> Ontology:
    """Load and cross-check the three files (the packaged ones for any path not given)."""
    package = files(DATA_PACKAGE)
    plover_src = plover if plover is not None else package / PLOVER_FILE
    cameo_src = cameo if cameo is not None else package / CAMEO_FILE
    contexts_src = contexts if contexts is not None else package / CONTEXTS_FILE
    names = load_contexts(contexts_src)
    infos, lines = _parse_plover(plover_src)
    table = load_cameo_plover(cameo_src, infos, names)
    for key, info in infos.items():
        row = table.get(info.cameo)
        where = _where(plover_src, lines[key])
        if row is None:
            raise DictionaryError(
                f"CAMEO code {info.cameo} is not in {CAMEO_FILE}",
                source=where,
                hint="pick a code that the CAMEO table lists",
            )
        if row.goldstein != info.goldstein:
            raise DictionaryError(
                f"goldstein {info.goldstein} differs from {row.goldstein} for CAMEO {info.cameo}",
                source=where,
                hint=f"copy the value from {CAMEO_FILE}",
            )
    return Ontology(infos=MappingProxyType(infos), cameo=MappingProxyType(table), contexts=names)


@functools.cache
def default_ontology() -> Ontology:
    """The packaged ontology, loaded once per process."""
    return load()


def event_types() -> list[str]:
    """The 16 PLOVER event types, in the manual's order."""
    return default_ontology().event_types()


def modes(event: str) -> list[str]:
    """The modes the PLOVER manual defines for ``event``."""
    return default_ontology().modes(event)


def info(event: str, mode: str | None = None) -> EventInfo:
    """Quad, intensity, CAMEO code and Goldstein value of ``event`` (+ ``mode``)."""
    return default_ontology().info(event, mode)


def plover_for_cameo(code: str) -> CameoRow | None:
    """The PLOVER type, mode and contexts of a CAMEO code (parents used for unlisted codes)."""
    return default_ontology().plover_for_cameo(code)


def contexts() -> list[str]:
    """The PLOVER contexts."""
    return list(default_ontology().contexts)
