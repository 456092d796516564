"""Who a quote's speaker is: the actor mention at the subject of a reporting verb, read through
pronouns, titles and appositions, as the record's ActorRef."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from newsevents.doc_cache import token_range
from newsevents.records import ActorRef, Mention

_SPEAKER_KINDS_LAST = frozenset({"adjective", "place"})
_PERSONS = frozenset({"person", "pronoun"})


def actor_ref(mention: Mention) -> ActorRef:
    """The speaker record made from an actor mention."""
    return ActorRef(
        code=mention.code,
        sector=mention.sector,
        name=mention.name,
        text=mention.text,
        start=mention.start,
        end=mention.end,
        rule=mention.rule,
        family=mention.family,
    )


def _rank(mention: Mention) -> int:
    """Which mention inside a subject names the speaker best (lower is better)."""
    if mention.kind in _PERSONS:
        return 0
    if mention.kind in ("title", "agent"):
        return 1
    if mention.kind in _SPEAKER_KINDS_LAST:
        return 3
    return 2


class Speakers:
    """Turns the subject token of a reporting verb into a speaker, through the actor mentions."""

    def __init__(self, doc: Any, mentions: Sequence[Mention]) -> None:
        self.doc = doc
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            found = token_range(doc, m.start, m.end)
            for i in range(*found) if found is not None else ():
                self.by_token.setdefault(i, m)

    def _inside(self, tok: Any) -> list[Mention]:
        """Mentions in the subject's phrase, best first (prepositional tails last)."""
        found: dict[int, tuple[int, Mention]] = {}
        for t in tok.subtree:
            m = self.by_token.get(t.i)
            if m is not None and id(m) not in found:
                in_pp = any(a.dep_ == "prep" and a.i != tok.i for a in t.ancestors if a.i > tok.i)
                found[id(m)] = (_rank(m) + (4 if in_pp else 0) + (t.i != tok.i), m)
        return [m for _, m in sorted(found.values(), key=lambda x: (x[0], x[1].start))]

    def _name_span(self, tok: Any) -> tuple[int, int]:
        """Token span of a proper name ending in ``tok`` (``Olena Marchuk``, ``Okafor-Reyes``)."""
        first = tok.i
        while first > 0 and self.doc[first - 1].pos_ == "PROPN" and first - 1 not in self.by_token:
            first -= 1
        while first > 1 and self.doc[first - 1].text == "-" and self.doc[first - 2].pos_ == "PROPN":
            first -= 2
            while first > 0 and self.doc[first - 1].pos_ == "PROPN":
                first -= 1
        last = tok.i + 1
        while (
            last + 1 < len(self.doc)
            and self.doc[last].text == "-"
            and self.doc[last + 1].pos_ == "PROPN"
        ):
            last += 2
        return first, last

    def speaker(self, tok: Any) -> ActorRef | None:
        """The speaker named by subject token ``tok``, or None when no actor is named."""
        own = self.by_token.get(tok.i)
        if own is not None and own.kind in _PERSONS:
            return actor_ref(own)
        inside = self._inside(tok)
        person = next((m for m in inside if m.kind in _PERSONS), None)
        role = next((m for m in inside if m.kind not in _PERSONS), None)
        if person is not None:
            if person.code == "UNK" and role is not None and role.code != "UNK":
                return replace(
                    actor_ref(person), code=role.code, sector=role.sector, family=role.family
                )
            return actor_ref(person)
        if tok.pos_ == "PROPN" and (own is None or own.kind in ("title", "agent")):
            # a name the actor coder did not take for a person: keep it, with the role's code
            first, last = self._name_span(tok)
            span = self.doc[first:last]
            name = span.text.rstrip(".")  # "Wardaki-Jan." at a sentence end
            return ActorRef(
                code=role.code if role is not None else "UNK",
                sector=role.sector if role is not None else None,
                name=name,
                text=name,
                start=span.start_char,
                end=span.start_char + len(name),
                rule="quotes:subject",
                family=role.family if role is not None else None,
            )
        if own is not None:
            return actor_ref(own)
        return actor_ref(role) if role is not None else None
