"""Records built by hand for the store tests (no spaCy)."""

from __future__ import annotations

import datetime as dt
import hashlib

from newsevents.records import (
    ActorRef,
    ArticleResult,
    DatePrecision,
    Document,
    Event,
    EventType,
    Failure,
    Mention,
    Modality,
    Place,
    Quantity,
    Quote,
    RawArticle,
)


def raw(article_id: str, body: str, **extra: object) -> RawArticle:
    content = body.encode("utf-8")
    return RawArticle(
        id=article_id,
        source=f"/data/{article_id}.html",
        content=content,
        sha256=hashlib.sha256(content).hexdigest(),
        kind="html",
        encoding="utf-8",
        hints={"title": f"Title of {article_id}"},
        **extra,  # type: ignore[arg-type]
    )


def ref(
    code: str, name: str, sector: str | None = "GOV", start: int = 0, family: str | None = None
) -> ActorRef:
    return ActorRef(
        family=family,
        code=code,
        sector=sector,
        name=name,
        text=name,
        start=start,
        end=start + len(name),
        rule=f"test:{code}",
    )


def event(
    article_id: str,
    kind: EventType,
    actors: tuple[ActorRef, ...],
    recipients: tuple[ActorRef, ...],
    *,
    date: dt.date | None = None,
    modality: Modality = Modality.ASSERTED,
    sentence_start: int = 0,
) -> Event:
    sentence = f"{actors[0].name} did {kind.value.lower()} to someone."
    return Event(
        article_id=article_id,
        event=kind,
        actor=actors,
        recipient=recipients,
        trigger=kind.value.lower(),
        trigger_start=sentence_start + 5,
        trigger_end=sentence_start + 10,
        sentence=sentence,
        sentence_start=sentence_start,
        sentence_end=sentence_start + len(sentence),
        rule=f"verb:{kind.value.lower()}",
        mode="verbal",
        context=("diplomatic",),
        modality=modality,
        confidence=0.75,
        date=date,
        date_precision=DatePrecision.DAY if date else DatePrecision.NONE,
        date_text="on Monday" if date else None,
        location=Place(
            name="Geneva",
            start=40,
            end=46,
            text="Geneva",
            country="CHE",
            latitude=46.20222,
            longitude=6.14569,
            feature="city",
            precision="city",
        ),
        quantities=(Quantity(value=3000.0, unit="troops", text="3,000 troops", start=50, end=62),),
        cameo="040",
        quad=1,
        intensity=1.5,
        goldstein=1.0,
        reported_by=ref("USA", "White House"),
        evidence=((5, 10), (20, 30)),
    )


def document(article_id: str, text: str, *, title: str, published: dt.date | None) -> Document:
    return Document(
        article_id=article_id,
        text=text,
        title=title,
        published=published,
        url=f"https://example.org/{article_id}",
        language="en",
        site="example.org",
        source=f"/data/{article_id}.html",
        paragraphs=((0, len(text)),),
        extractor="test",
    )


def result(
    article_id: str,
    *,
    text: str = "Blinken met Lavrov in Geneva.",
    title: str = "Talks in Geneva",
    published: dt.date | None = dt.date(2024, 3, 1),
    events: tuple[Event, ...] = (),
    quotes: tuple[Quote, ...] = (),
    mentions: tuple[Mention, ...] = (),
    failures: tuple[Failure, ...] = (),
    with_document: bool = True,
) -> ArticleResult:
    return ArticleResult(
        article_id=article_id,
        source=f"/data/{article_id}.html",
        document=document(article_id, text, title=title, published=published)
        if with_document
        else None,
        mentions=mentions,
        events=events,
        quotes=quotes,
        places=(Place(name="Geneva", start=22, end=28, text="Geneva", country="CHE"),),
        quantities=(
            Quantity(value=2.5, unit="USD", text="$2.5", start=0, end=4, approximate=True),
        ),
        failures=failures,
    )


def mention(
    code: str, name: str, sector: str | None = "GOV", start: int = 0, family: str | None = None
) -> Mention:
    return Mention(
        family=family,
        start=start,
        end=start + len(name),
        text=name,
        code=code,
        sector=sector,
        name=name,
        kind="person",
        rule="test",
        entity=1,
        resolution=("title:x", f"person:{name}"),
    )


def quote(text: str, speaker: ActorRef | None, start: int = 0) -> Quote:
    return Quote(
        text=text, start=start, end=start + len(text), speaker=speaker, verb="said", direct=True
    )


def failure(article_id: str, stage: str = "extract") -> Failure:
    return Failure(
        article_id=article_id,
        source=f"/data/{article_id}.html",
        stage=stage,
        error_type="ExtractError",
        message="no article text could be extracted",
    )
