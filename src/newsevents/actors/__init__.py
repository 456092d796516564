"""The actors stage: every mention of a state, organisation, group or person, coded as of the
article's date. ``rules.v1`` is dictionary- and parse-driven (see :mod:`.coder`)."""

from __future__ import annotations

from collections.abc import Callable

from newsevents import registry
from newsevents.actors.coder import ActorCoder
from newsevents.actors.dictionary import ActorDictionary, Entry, load
from newsevents.records import Mention, ParsedDocument
from newsevents.settings import Settings

__all__ = ["ActorCoder", "ActorDictionary", "Entry", "load", "make_actor_coder"]


@registry.actor_coders.register("rules.v1")
def make_actor_coder(settings: Settings) -> Callable[[ParsedDocument], tuple[Mention, ...]]:
    coder = ActorCoder(load(settings.actors_overlay))

    def code(parsed: ParsedDocument) -> tuple[Mention, ...]:
        return coder(parsed.doc, parsed.document.published)

    return code
