"""Records to table rows and back: plain values only (ISO dates, JSON as text).

Nothing here touches a database, so a PostgreSQL store can reuse every function.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from newsevents.records import (
    ActorRef,
    Document,
    Event,
    Mention,
    Place,
    Quantity,
    Quote,
    RawArticle,
    actor_json,
    as_dict,
    event_json,
)

Row = tuple[Any, ...]


def now_iso() -> str:
    """The current UTC time as ISO text (seconds precision)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def dumps(value: Any) -> str:
    """JSON text as the store keeps it (UTF-8, no ASCII escaping, NaN refused)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def fold(text: str) -> str:
    """The case-insensitive form names are searched in (Unicode casefolding, not ASCII-only)."""
    return text.casefold()


def code_key(code: str) -> str:
    """The case-insensitive form actor codes are filtered on."""
    return fold(code)


def raw_row(raw: RawArticle, article_id: str) -> Row:
    """``raw_articles`` (id, sha256, source, kind, encoding, hints, error, error_type, content,
    ingested_at)."""
    return (
        article_id,
        raw.sha256,
        raw.source,
        raw.kind,
        raw.encoding,
        dumps(dict(raw.hints)),
        raw.error,
        raw.error_type,
        bytes(raw.content),
        now_iso(),
    )


def raw_from_row(row: Any) -> RawArticle:
    """A :class:`RawArticle` back from a ``raw_articles`` row (mapping by column name)."""
    hints = json.loads(row["hints"])
    return RawArticle(
        id=row["id"],
        source=row["source"],
        content=bytes(row["content"]),
        sha256=row["sha256"],
        kind=row["kind"],
        encoding=row["encoding"],
        hints={str(k): str(v) for k, v in hints.items()},
        error=row["error"],
        error_type=row["error_type"],
    )


def document_row(doc: Document, article_id: str, sha256: str | None) -> Row:
    """``articles`` (id, sha256, title, published, url, source, language, site, author, text,
    paragraphs, extractor, processed_at)."""
    return (
        article_id,
        doc.sha256 or sha256,
        doc.title,
        iso(doc.published),
        doc.url,
        doc.source,
        doc.language,
        doc.site,
        doc.author,
        doc.text,
        dumps([list(p) for p in doc.paragraphs]),
        doc.extractor,
        now_iso(),
    )


def mention_row(article_id: str, seq: int, m: Mention) -> Row:
    """``mentions`` (article_id, seq, start_char, end_char, text, code, sector, name, kind,
    rule, entity, resolution, family)."""
    return (
        article_id,
        seq,
        m.start,
        m.end,
        m.text,
        m.code,
        m.sector,
        m.name,
        m.kind,
        m.rule,
        m.entity,
        dumps(list(m.resolution)),
        m.family,
    )


def mention_json(row: Any) -> dict[str, Any]:
    return {
        "start": row["start_char"],
        "end": row["end_char"],
        "text": row["text"],
        "code": row["code"],
        "sector": row["sector"],
        "name": row["name"],
        "kind": row["kind"],
        "rule": row["rule"],
        "entity": row["entity"],
        "resolution": json.loads(row["resolution"]),
        "family": row["family"],
    }


def event_row(article_id: str, seq: int, e: Event, published: dt.date | None) -> Row:
    """``events`` (article_id, seq, event, mode, modality, day, date_precision, sentence_start,
    confidence, rule, data). ``day`` is the event date, else the article's publication date."""
    return (
        article_id,
        seq,
        str(e.event),
        e.mode,
        str(e.modality),
        iso(e.date or published),
        str(e.date_precision),
        e.sentence_start,
        e.confidence,
        e.rule,
        dumps(event_json(e)),
    )


def event_actor_rows(event_id: int, e: Event) -> list[Row]:
    """``event_actors`` (event_id, role, seq, code, code_key, sector, name, family_key)."""
    rows: list[Row] = []
    for role, refs in (("actor", e.actor), ("recipient", e.recipient)):
        for seq, a in enumerate(refs):
            family = code_key(a.family) if a.family else None
            rows.append((event_id, role, seq, a.code, code_key(a.code), a.sector, a.name, family))
    return rows


def quote_json(q: Quote) -> dict[str, Any]:
    """The JSON shape of a quote (``as_dict`` of the record; speaker like an event actor)."""
    return {
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "speaker": actor_json(q.speaker) if q.speaker else None,
        "verb": q.verb,
        "direct": q.direct,
    }


def quote_row(article_id: str, seq: int, q: Quote) -> Row:
    """``quotes`` (article_id, seq, text, start_char, end_char, speaker_code, speaker_key,
    speaker_name, speaker_fold, verb, direct, data)."""
    speaker: ActorRef | None = q.speaker
    return (
        article_id,
        seq,
        q.text,
        q.start,
        q.end,
        speaker.code if speaker else None,
        code_key(speaker.code) if speaker else None,
        speaker.name if speaker else None,
        fold(speaker.name) if speaker else None,
        q.verb,
        int(q.direct),
        dumps(quote_json(q)),
    )


def place_row(article_id: str, seq: int, p: Place) -> Row:
    """``places`` (article_id, seq, name, start_char, end_char, text, country, latitude,
    longitude, feature, geo_precision)."""
    return (
        article_id,
        seq,
        p.name,
        p.start,
        p.end,
        p.text,
        p.country,
        p.latitude,
        p.longitude,
        p.feature,
        p.precision,
    )


def place_json(row: Any) -> dict[str, Any]:
    return as_dict(
        Place(
            name=row["name"],
            start=row["start_char"],
            end=row["end_char"],
            text=row["text"],
            country=row["country"],
            latitude=row["latitude"],
            longitude=row["longitude"],
            feature=row["feature"],
            precision=row["geo_precision"],
        )
    )


def quantity_row(article_id: str, seq: int, q: Quantity) -> Row:
    """``quantities`` (article_id, seq, value, unit, text, start_char, end_char, approximate)."""
    return (article_id, seq, q.value, q.unit, q.text, q.start, q.end, int(q.approximate))


def quantity_json(row: Any) -> dict[str, Any]:
    return as_dict(
        Quantity(
            value=row["value"],
            unit=row["unit"],
            text=row["text"],
            start=row["start_char"],
            end=row["end_char"],
            approximate=bool(row["approximate"]),
        )
    )
