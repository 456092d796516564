"""Records passed between pipeline stages.

Every record is a frozen dataclass; stages return new records and never mutate their input.
Every span (``start``/``end``) is a character offset into ``Document.text``, so any event, actor,
quote or place can be highlighted in the article it came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class EventType(StrEnum):
    """The 16 PLOVER event types."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class Modality(StrEnum):
    """How the text presents an event (PLOVER's auxiliary modes, plus reported intent)."""

    ASSERTED = "asserted"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    FUTURE = "future"
    REPORTED_INTENT = "reported-intent"
    HISTORICAL = "historical"
    QUESTION = "question"


LIVE_MODALITIES = frozenset({Modality.ASSERTED})
"""Modalities shown by default in listings and exports: the story's news. Historical events
(dated a month or more before publication) are stored and shown with ``--all``."""


class Sector(StrEnum):
    """PLOVER actor sectors (frequent and less frequent)."""

    COP = "COP"
    GOV = "GOV"
    JUD = "JUD"
    LEG = "LEG"
    MIL = "MIL"
    PRM = "PRM"
    PTY = "PTY"
    REB = "REB"
    SPY = "SPY"
    UAF = "UAF"
    UNK = "UNK"
    AGR = "AGR"
    BUS = "BUS"
    CRM = "CRM"
    CVL = "CVL"
    EDU = "EDU"
    ELI = "ELI"
    JRN = "JRN"
    LAB = "LAB"
    MED = "MED"
    REF = "REF"
    OPP = "OPP"
    PRE = "PRE"
    REL = "REL"
    SOC = "SOC"


class DatePrecision(StrEnum):
    """How precisely a date is known."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    PUBLICATION = "publication"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One input exactly as it arrived, stored before any stage runs.

    ``content`` is the payload to extract from (HTML bytes or text bytes); ``kind`` says which.
    ``hints`` carries metadata that came with the input (a JSONL record's title, published, url,
    source) — the extractor prefers them over what it finds in the page.
    """

    id: str
    source: str
    content: bytes
    sha256: str
    kind: str  # "html" | "text"
    encoding: str | None = None
    hints: dict[str, str] = field(default_factory=dict)
    error: str | None = None
    error_type: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """Clean article text and its metadata, produced by the extract stage."""

    article_id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    language: str | None = None
    site: str | None = None
    author: str | None = None
    source: str | None = None
    sha256: str | None = None
    paragraphs: tuple[tuple[int, int], ...] = ()
    extractor: str = ""


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """A document with its NLP parse (``doc`` is a spaCy ``Doc`` over ``document.text``)."""

    document: Document
    doc: Any


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that names (or refers to) an actor, resolved to a code and sector.

    ``family`` is the PLOVER code family of a non-state actor (IGO, UNO, EUR, NGO, IMG, …) whose
    ``code`` is a finer code of ours (NATO, UNSC, …); None for states.
    ``entity`` groups mentions of the same real-world actor inside one article (coreference);
    ``resolution`` records each step that produced the code, e.g. ("title:Secretary of State",
    "person:antony-blinken").
    """

    start: int
    end: int
    text: str
    code: str
    sector: str | None
    name: str
    kind: str  # state | igo | ngo | group | person | agent | seat | pronoun | unknown
    rule: str
    entity: int = -1
    resolution: tuple[str, ...] = ()
    family: str | None = None


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as it appears in an event or as a speaker."""

    code: str
    sector: str | None
    name: str
    text: str
    start: int
    end: int
    rule: str = ""
    family: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention resolved against the gazetteer."""

    name: str
    start: int
    end: int
    text: str
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    feature: str | None = None  # country | region | city | area
    precision: str | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number and what it counts (troops, killed, USD, helicopters …)."""

    value: float
    unit: str
    text: str
    start: int
    end: int
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    """Direct or indirect speech with its speaker."""

    text: str
    start: int
    end: int
    speaker: ActorRef | None
    verb: str | None
    direct: bool


@dataclass(frozen=True, slots=True)
class Event:
    """One PLOVER event with the evidence that produced it."""

    article_id: str
    event: EventType
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    rule: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    modality: Modality = Modality.ASSERTED
    confidence: float = 0.5
    date: dt.date | None = None
    date_precision: DatePrecision = DatePrecision.NONE
    date_text: str | None = None
    location: Place | None = None
    quantities: tuple[Quantity, ...] = ()
    cameo: str | None = None
    quad: int | None = None
    intensity: float | None = None
    goldstein: float | None = None
    reported_by: ActorRef | None = None
    evidence: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Failure:
    """A stage failed on one article; the batch went on and the raw input is stored."""

    article_id: str
    source: str
    stage: str
    error_type: str
    message: str


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything the pipeline made of one article (``document`` is None when it failed early)."""

    article_id: str
    source: str
    document: Document | None
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    failures: tuple[Failure, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.failures


def merge_repeats(events: Any, *, keep_apart: Any = frozenset()) -> list[Event]:
    """Repeated statements of one event in an article (same type, actors, recipients, modality
    and date) become one event that keeps every evidence sentence. Events whose sentence start
    is in ``keep_apart``, and events missing an actor or a recipient, are never merged."""
    from dataclasses import replace

    merged: dict[tuple[Any, ...], Event] = {}
    for e in events:
        key: tuple[Any, ...] = (
            e.event,
            frozenset(a.code for a in e.actor),
            frozenset(r.code for r in e.recipient),
            e.modality,
            e.date,
        )
        if not e.actor or not e.recipient or e.sentence_start in keep_apart:
            key += (e.sentence_start, e.trigger_start)
        old = merged.get(key)
        if old is None:
            merged[key] = e
        else:
            merged[key] = replace(
                old,
                evidence=old.evidence + tuple(x for x in e.evidence if x not in old.evidence),
                confidence=round(min(0.99, max(old.confidence, e.confidence) + 0.05), 2),
            )
    return sorted(merged.values(), key=lambda e: e.trigger_start)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return str(value)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        return {k: _plain(getattr(value, k)) for k in value.__dataclass_fields__}
    return value


def as_dict(record: Any) -> dict[str, Any]:
    """A JSON-ready dict of any record (dates as ISO strings, enums as their values)."""
    out = _plain(record)
    assert isinstance(out, dict)
    return out


def actor_json(actor: ActorRef) -> dict[str, Any]:
    return {
        "code": actor.code,
        "sector": actor.sector,
        "name": actor.name,
        "text": actor.text,
        "start": actor.start,
        "end": actor.end,
        "rule": actor.rule,
        "family": actor.family,
    }


def event_json(event: Event) -> dict[str, Any]:
    """The public JSON shape of an event (CLI jsonl output, the store, exports)."""
    return {
        "article_id": event.article_id,
        "event": str(event.event),
        "mode": event.mode,
        "context": list(event.context),
        "modality": str(event.modality),
        "actor": [actor_json(a) for a in event.actor],
        "recipient": [actor_json(a) for a in event.recipient],
        "date": event.date.isoformat() if event.date else None,
        "date_precision": str(event.date_precision),
        "date_text": event.date_text,
        "location": as_dict(event.location) if event.location else None,
        "quantities": [as_dict(q) for q in event.quantities],
        "confidence": event.confidence,
        "sentence": event.sentence,
        "text_info": {"start": event.sentence_start, "end": event.sentence_end},
        "trigger": {"text": event.trigger, "start": event.trigger_start, "end": event.trigger_end},
        "rule": event.rule,
        "cameo": event.cameo,
        "quad": event.quad,
        "intensity": event.intensity,
        "goldstein": event.goldstein,
        "reported_by": actor_json(event.reported_by) if event.reported_by else None,
        "evidence": [{"start": s, "end": e} for s, e in event.evidence],
    }
