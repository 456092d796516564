"""newsevents: political event data from news articles.

>>> import newsevents
>>> result = newsevents.code("The United States rejected Russia's demand on Wednesday.",
...                          published="2022-01-27")
>>> [(e.event, [a.code for a in e.actor]) for e in result.events]
[(<EventType.REJECT: 'REJECT'>, ['USA']), (<EventType.REQUEST: 'REQUEST'>, ['RUS'])]
"""

from __future__ import annotations

from typing import Any

from newsevents.errors import NewsEventsError
from newsevents.records import (
    ActorRef,
    ArticleResult,
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
from newsevents.settings import Settings, load_settings

__all__ = [
    "ActorRef",
    "ArticleResult",
    "Document",
    "Event",
    "EventType",
    "Failure",
    "Mention",
    "Modality",
    "NewsEventsError",
    "Pipeline",
    "Place",
    "Quantity",
    "Quote",
    "RawArticle",
    "Settings",
    "code",
    "load_settings",
]


def code(text_or_html: str | bytes, **kwargs: Any) -> ArticleResult:
    """Code one article (plain text or HTML); keywords: ``published``, ``url``, ``title``."""
    from newsevents.pipeline import code as _code

    return _code(text_or_html, **kwargs)


def __getattr__(name: str) -> Any:
    if name == "Pipeline":
        from newsevents.pipeline import Pipeline

        return Pipeline
    raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
