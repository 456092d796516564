"""The events stage: PLOVER events from trigger patterns and the parse (``rules.v1``)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from newsevents import registry
from newsevents.events.coder import EventCoder, diagnose
from newsevents.events.triggers import load
from newsevents.records import Event, Mention, ParsedDocument
from newsevents.settings import Settings

__all__ = ["EventCoder", "diagnose", "make_event_coder"]


@functools.cache
def _coder(overlay: str | None) -> EventCoder:
    return EventCoder(load(overlay))


class _Factory:
    """The registered factory; ``coder(settings)`` gives the EventCoder itself (for explain)."""

    def __call__(
        self, settings: Settings
    ) -> Callable[[ParsedDocument, Sequence[Mention]], tuple[Event, ...]]:
        coder = _coder(settings.events_overlay)

        def code(parsed: ParsedDocument, mentions: Sequence[Mention]) -> tuple[Event, ...]:
            doc = parsed.document
            return coder(parsed.doc, mentions, doc.article_id, doc.published)

        return code

    @staticmethod
    def coder(settings: Settings) -> EventCoder:
        return _coder(settings.events_overlay)


make_event_coder: Any = registry.event_coders.register("rules.v1")(_Factory())
