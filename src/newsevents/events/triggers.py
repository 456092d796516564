"""Trigger patterns as data: ``newsevents/data/events/triggers.tsv`` plus a user overlay.

Columns: ``id  lemma  pos  event  mode  cameo  requires  recipient  confidence  notes``.

- ``lemma``/``pos``: the trigger word's lemma and part of speech (VERB or NOUN).
- ``requires``: space-separated constraints on the trigger's dependents, all must hold:
  ``obj=a|b`` (direct object, or passive subject, with one of these lemmas; ``*`` any),
  ``prep=a|b`` (a preposition child), ``pobj=a|b`` (the object of one: "took to the
  *streets*"), ``prt=a`` (a particle: "call off"), ``xcomp=a|*``,
  ``GPE`` among ``obj`` values admits any named place ("seized Goma"), ``PERSON`` any named
  person ("released Brittney Griner");
  ``inf=a|*`` (an infinitive complement only, not a "that" clause: "told them *to move*"),
  ``mod=a|b`` (an adjective/compound modifier of a noun trigger: "air strike"; ``NORP`` any
  nationality or state: "an *Israeli* strike"),
  ``head=a|b`` (the verb that governs a noun trigger: "hold talks"), ``in=a|b`` (the
  preposition a noun trigger is the object of: "*at* the invitation of"), ``as=a|b`` (what the
  object is called: "called the move *illegitimate*", "described it *as a provocation*"),
  ``cargo=a|b`` (what the trigger's subject carries: "trucks *carrying food* rolled into …"),
  ``aux=a|b`` (an auxiliary of a verb trigger: "said it *would* respond");
  ``!`` negates a constraint.
- ``recipient``: where the recipient comes from, tried in order (``|``): ``obj``, ``possobj``
  (possessor of the object: "rejected Russia's demand"), ``dative``, ``prep:to`` (any
  preposition), ``objprep:on`` (a preposition on the object: "imposed sanctions on X"),
  ``of`` (a noun trigger's "of"/"against"-phrase), ``drawn`` (whoever drew the reaction:
  "X staged drills, drawing condemnation from Y": Y → X), ``verbobj`` (the object of the verb
  governing a noun trigger: "placed Bolsonaro under house arrest"), ``under`` (what "came under"
  a noun trigger: "a convoy came under fire"), ``none``; ``reported``: the
  trigger's subject is the recipient and whoever reports it the actor ("a UN inquiry concluded that
  Israel committed genocide": ACCUSE UN → Israel).
An overlay row with an existing ``id`` replaces it; a new id adds a pattern.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from newsevents.errors import DictionaryError
from newsevents.records import EventType

COLUMNS = ("id", "lemma", "pos", "event", "mode", "cameo", "requires", "recipient", "confidence")
CONSTRAINTS = frozenset(
    {
        *("obj", "prep", "pobj", "prt", "xcomp", "inf", "mod", "head", "subj", "as", "in"),
        *("cargo", "aux"),
    }
)


@dataclass(frozen=True, slots=True)
class Constraint:
    key: str
    values: frozenset[str]
    negated: bool

    def admits(self, lemma: str) -> bool:
        return "*" in self.values or lemma in self.values


@dataclass(frozen=True, slots=True)
class Trigger:
    id: str
    lemma: str
    pos: str
    event: EventType
    mode: str | None
    cameo: str | None
    requires: tuple[Constraint, ...]
    recipient: tuple[str, ...]
    confidence: float
    where: str


def _constraints(cell: str, where: str) -> tuple[Constraint, ...]:
    out = []
    for part in cell.split():
        negated = part.startswith("!")
        key, _, values = part.lstrip("!").partition("=")
        if key not in CONSTRAINTS or not values:
            raise DictionaryError(
                f"bad constraint {part!r}",
                source=where,
                hint=f"use key=a|b with key in {sorted(CONSTRAINTS)}",
            )
        out.append(Constraint(key, frozenset(v.lower() for v in values.split("|")), negated))
    return tuple(out)


def parse(text: str, name: str) -> list[Trigger]:
    rows: list[Trigger] = []
    seen: dict[str, str] = {}
    header: list[str] | None = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{name}:{lineno}"
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if header is None:
            header = cells
            missing = [c for c in COLUMNS if c not in header]
            if missing:
                raise DictionaryError(f"header lacks {', '.join(missing)}", source=where)
            continue
        if len(cells) > len(header):
            raise DictionaryError(f"{len(cells)} cells, header has {len(header)}", source=where)
        row = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))
        if row["id"].strip() in seen:
            raise DictionaryError(
                f"pattern id {row['id'].strip()!r} is already used at {seen[row['id'].strip()]}",
                source=where,
                hint="give each pattern its own id (an overlay file replaces a built-in id)",
            )
        seen[row["id"].strip()] = where
        try:
            event = EventType(row["event"].strip())
        except ValueError as exc:
            raise DictionaryError(f"unknown event type {row['event']!r}", source=where) from exc
        pos = row["pos"].strip().upper()
        if pos not in ("VERB", "NOUN", "ADJ"):
            raise DictionaryError(f"pos must be VERB, NOUN or ADJ, not {pos!r}", source=where)
        try:
            confidence = float(row["confidence"] or 0.6)
        except ValueError as exc:
            raise DictionaryError(f"bad confidence {row['confidence']!r}", source=where) from exc
        rows.append(
            Trigger(
                id=row["id"].strip(),
                lemma=row["lemma"].strip().lower(),
                pos=pos,
                event=event,
                mode=row["mode"].strip() or None,
                cameo=row["cameo"].strip() or None,
                requires=_constraints(row["requires"], where),
                recipient=tuple(r for r in row["recipient"].split("|") if r.strip()) or ("obj",),
                confidence=confidence,
                where=where,
            )
        )
    return rows


@dataclass(frozen=True, slots=True)
class TriggerTable:
    by_key: dict[tuple[str, str], tuple[Trigger, ...]]

    def candidates(self, lemma: str, pos: str) -> tuple[Trigger, ...]:
        return self.by_key.get((lemma, pos), ())


@functools.cache
def load(overlay: str | None = None) -> TriggerTable:
    path = resources.files("newsevents.data") / "events" / "triggers.tsv"
    rows = {t.id: t for t in parse(path.read_text(encoding="utf-8"), "triggers.tsv")}
    if overlay:
        p = Path(overlay)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise DictionaryError(f"cannot read ({exc.strerror})", source=str(p)) from exc
        rows.update({t.id: t for t in parse(text, str(p))})
    table: dict[tuple[str, str], list[Trigger]] = {}
    for t in rows.values():
        table.setdefault((t.lemma, t.pos), []).append(t)
    # the most specific pattern first (more constraints, a required word before an excluded
    # one, then fewer wildcards); the coder takes the first whose constraints hold, and
    # patterns of equal rank keep file order
    return TriggerTable({k: tuple(sorted(v, key=_specificity)) for k, v in table.items()})


def _specificity(trigger: Trigger) -> tuple[int, int, int]:
    required = sum(not c.negated for c in trigger.requires)
    return -len(trigger.requires), -required, sum("*" in c.values for c in trigger.requires)
