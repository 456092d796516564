"""Whom an act is aimed at when the parse leaves it at home. A deployment's recipient is the
state it is meant to deter, when the sentence says so ("sent a carrier strike group to the
Middle East to deter Iran", "in a show of force against North Korea", "what it called a warning
to separatists"), rather than the host or the waters it goes to; an apology's or admission's is
the wronged party the sentence names ("apologised for the killing of Congolese independence hero
Patrice Lumumba"), not the apologiser's own country."""

from __future__ import annotations

from typing import Any

from newsevents.doc_cache import children_of
from newsevents.events.mentions import MentionIndex, mentions_at
from newsevents.records import Mention

AIMING_VERBS = frozenset({"deter", "counter", "warn", "intimidate", "pressure", "monitor"})
AIMING_NOUNS = frozenset({"force", "show", "warning", "strength", "resolve", "message", "signal"})
AIMING_PREPS = frozenset({"against", "to"})


def _named_in(tok: Any, index: MentionIndex) -> list[Mention]:
    """The known parties a phrase names: the noun itself, or its owner ("North Korea's threats",
    "North Korean threats")."""
    found = [m for m in mentions_at(tok, index, places=True) if m.code != "UNK"]
    if found:
        return found
    owners = [c for c in children_of(tok) if c.dep_ in ("poss", "amod", "compound", "nmod")]
    return [m for c in owners for m in mentions_at(c, index) if m.code != "UNK"]


def deterred(
    trigger: Any, index: MentionIndex, actors: list[Mention], aimed_only: bool = False
) -> list[Mention]:
    """The party a show of force is aimed at, named after the trigger in its sentence, or [];
    with ``aimed_only``, only what the sentence says is "aimed at" (a warning's target)."""
    own = {m.code for m in actors}
    sent = index.sent(trigger)
    for tok in trigger.doc[trigger.i + 1 : sent.end]:
        phrases: list[Any] = []
        if tok.pos_ == "VERB" and tok.lemma_ == "aim":  # "in a message aimed at Ethiopia"
            phrases = [
                p
                for c in children_of(tok)
                if c.dep_ == "prep" and c.lower_ == "at"
                for p in children_of(c)
                if p.dep_ == "pobj"
            ]
        elif not aimed_only and tok.pos_ == "VERB" and tok.lemma_ in AIMING_VERBS:
            phrases = [c for c in children_of(tok) if c.dep_ in ("dobj", "dative")]
        elif not aimed_only and tok.lemma_ in AIMING_NOUNS and tok.pos_ == "NOUN":
            phrases = [
                p
                for c in children_of(tok)
                if c.dep_ == "prep" and c.lower_ in AIMING_PREPS
                for p in children_of(c)
                if p.dep_ == "pobj"
            ]
        for phrase in phrases:
            found = [m for m in _named_in(phrase, index) if m.code not in own]
            if found:
                return found
    return []


def wronged(trigger: Any, index: MentionIndex, actors: list[Mention]) -> list[Mention]:
    """The first known party of another country named in an apology's sentence, or []."""
    own = {m.code for m in actors}
    sent = index.sent(trigger)
    for tok in trigger.doc[sent.start : sent.end]:
        found = [
            m
            for m in mentions_at(tok, index)
            if m.code not in own and m.code != "UNK" and m.kind not in ("place", "capital")
        ]
        if found:
            return found[:1]
    return []
