"""Place mentions resolved against the gazetteer, and the location of an event.

Candidates are spaCy GPE/LOC/FAC entities and the actor mentions of kind ``place`` (a state or
capital governed by a locative preposition). A state or capital the actor coder used as an actor
("Moscow said", "Russia has amassed") is the actor, not a place, and is left out — unless it is
written as a place: a dateline ("KYIV (Reuters) —") or a qualified name ("Paris, Texas"). A name
inside a person's name or reused as a person's surname ("Jordan" after "Michael Jordan") is not a
place either. "<Name> region/province/oblast" is found in the text even when NER misses the name.

Ambiguous names are scored (:func:`_score`): a feature prior (country > area > US state > city),
the city's population, and the article's context — the countries its actor mentions and its
unambiguous places name, their neighbours, and US states/regions of unambiguous cities. So Paris is
Paris, France unless Texas is in the article, and Georgia is the US state only when the article's
US evidence outweighs its Caucasus evidence.

Region phrases ("eastern Ukraine", "the Donetsk region") give the country or city with feature
``area`` and precision ``region``; border phrases ("the Ukrainian border", "Ukraine's border",
"the border with Ukraine") give the country with precision ``border``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from newsevents.attributes.gazetteer import Candidate, GazEntry, Gazetteer, load_gazetteer
from newsevents.doc_cache import char_span, entities, span_text, text_of, tokens
from newsevents.records import Mention, Place

DIRECTIONS = {
    "north": "northern",
    "south": "southern",
    "east": "eastern",
    "west": "western",
    "northern": "northern",
    "southern": "southern",
    "eastern": "eastern",
    "western": "western",
    "central": "central",
    "northeastern": "north-eastern",
    "northwestern": "north-western",
    "southeastern": "south-eastern",
    "southwestern": "south-western",
    "north-eastern": "north-eastern",
    "north-western": "north-western",
    "south-eastern": "south-eastern",
    "south-western": "south-western",
}
REGION_NOUNS = frozenset({"region", "province", "oblast", "governorate", "district", "county"})
BORDER_RE = re.compile(r"\b(?:border|borders|frontier)\b", re.IGNORECASE)
REGION_RE = re.compile(
    r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:region|province|oblast|governorate)\b"
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_KINDS = frozenset({"state", "capital", "seat", "igo", "group", "agent", "title", "pronoun"})
COUNTRY_KINDS = frozenset({"state", "capital", "place", "adjective"})
LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|inside|within|across|throughout|around|along)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# Scoring weights (see the module docstring).
PRIOR = {"country": 10.0, "area": 9.0, "region": 8.5, "city": 0.0}
SAME_COUNTRY = {"region": 2.0, "city": 1.5, "country": 1.5, "area": 0.0}
NEIGHBOUR = 1.0
SAME_ADMIN = 2.0
MENTION_CODE = 1.0  # the actor coder's code agrees with a city candidate's country
ALTERNATE = -1.0
PREFERRED = 5.0  # our aliases.tsv says what the name means in news


@dataclass(frozen=True, slots=True)
class _Span:
    start: int  # token indices [start, end)
    end: int
    code: str | None  # the code of a covering place mention
    facility: bool = False  # a FAC entity: main names only ("White House" is not Casablanca)
    region: bool = False  # found as "<Name> region/province/oblast" (never a person)


@dataclass(frozen=True, slots=True)
class _Context:
    codes: frozenset[str]
    admins: frozenset[str]


def _covering(mentions: Iterable[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if m.start < end and start < m.end]


def _person_blocks(
    doc: Any, text: str, mentions: Sequence[Mention]
) -> tuple[list[tuple[int, int]], set[str]]:
    spans = [(e.start_char, e.end_char) for e in entities(doc) if e.label_ == "PERSON"]
    spans += [(m.start, m.end) for m in mentions if m.kind == "person"]
    surnames = {text[s:e].split()[-1].lower() for s, e in spans if text[s:e].split()}
    return spans, surnames


def _score(cand: Candidate, ctx: _Context, code: str | None) -> float:
    e = cand.entry
    score = PRIOR[e.feature]
    if e.feature == "city":
        score += math.log10(e.population + 1)
        if code is not None and e.country == code:
            score += MENTION_CODE
    if e.country is not None and e.country in ctx.codes:
        score += SAME_COUNTRY[e.feature]
    if e.feature == "country" and any(n in ctx.codes for n in e.near):
        score += NEIGHBOUR
    if e.admin1 is not None and e.admin1 in ctx.admins:
        score += SAME_ADMIN
    if cand.alternate:
        score += ALTERNATE
    if cand.preferred:
        score += PREFERRED
    return score


def _best(cands: Sequence[Candidate], ctx: _Context, code: str | None) -> GazEntry | None:
    if not cands:
        return None
    # max() keeps the first of equal scores: countries come first in the gazetteer.
    return max(cands, key=lambda c: _score(c, ctx, code)).entry


def _inside(entry: GazEntry, within: GazEntry) -> bool:
    if within.feature == "region" and within.admin1:
        return entry.admin1 == within.admin1 and entry is not within
    return entry.country == within.country and entry is not within


def _place(entry: GazEntry, text: str, start: int, end: int, **override: Any) -> Place:
    values: dict[str, Any] = {
        "name": entry.name,
        "start": start,
        "end": end,
        "text": text[start:end],
        "country": entry.country,
        "latitude": entry.latitude,
        "longitude": entry.longitude,
        "feature": entry.feature,
        "precision": entry.precision,
    }
    values.update(override)
    return Place(**values)


class _Resolver:
    """Finds the places of one document."""

    def __init__(self, doc: Any, mentions: Sequence[Mention], gaz: Gazetteer) -> None:
        self.doc = doc
        self.text: str = text_of(doc)
        self.mentions = mentions
        self.gaz = gaz
        self.persons, self.surnames = _person_blocks(doc, self.text, mentions)
        self.taken: set[int] = set()  # token indices already inside a place

    # -- candidate spans ----------------------------------------------------------------
    def spans(self) -> list[_Span]:
        doc, out = self.doc, []
        seen: set[int] = set()
        for ent in entities(doc):
            if ent.label_ not in PLACE_LABELS:
                continue
            covering = _covering(self.mentions, ent.start_char, ent.end_char)
            places = [m for m in covering if m.kind == "place"]
            actor = any(m.kind in ACTOR_KINDS | {"person"} for m in covering)
            capital = all(m.kind == "capital" for m in covering)
            written_as_place = (
                self._dateline(ent.start_char, ent.text) or self._qualifier(ent.end) is not None
            )
            if not places and actor and not (capital and written_as_place):
                continue  # an actor, unless written as a place: "Paris, Texas"
            code = places[0].code if places else None
            out.append(_Span(ent.start, ent.end, code, ent.label_ == "FAC"))
            seen.update(range(ent.start, ent.end))
        for match in REGION_RE.finditer(self.text):
            named = doc.char_span(match.start(1), match.end(1))
            if named is None or seen.intersection(range(named.start, named.end + 1)):
                continue
            if any(c.entry.feature == "city" for c in self.gaz.lookup(named.text)):
                out.append(_Span(named.start, named.end, None, region=True))
                seen.update(range(named.start, named.end))
        for m in self.mentions:
            if m.kind != "place" and not (m.kind == "capital" and self._dateline(m.start, m.text)):
                continue
            span = char_span(doc, m.start, m.end)
            if span is not None and not seen.intersection(range(span.start, span.end)):
                out.append(_Span(span.start, span.end, m.code))
        return sorted(out, key=lambda s: s.start)

    def _dateline(self, at: int, name: str) -> bool:
        """'WASHINGTON (Agency) —', 'KRAMATORSK, Ukraine —': a capitalised name opening a
        paragraph is where the story was filed, a place."""
        return name.isupper() and len(name) > 3 and (at == 0 or self.text[at - 1] == "\n")

    def _is_person(self, start: int, end: int, name: str) -> bool:
        if any(s < end and start < e for s, e in self.persons):
            return True
        return name.lower() in self.surnames and not LOCATIVE.search(self.text[:start])

    # -- context --------------------------------------------------------------------------
    def context(self, spans: Sequence[_Span]) -> _Context:
        """Countries and US states the article names unambiguously (an ambiguous name such as
        "Georgia" must not vote for one of its own readings)."""
        codes = {
            m.code
            for m in self.mentions
            if m.kind in COUNTRY_KINDS
            and m.code in self.gaz.countries
            and len({c.entry.country for c in self.gaz.lookup(m.text)}) <= 1
        }
        admins: set[str] = set()
        extra: set[str] = set()
        for span in spans:
            cands = self.gaz.lookup(self._name(span.start, span.end))
            if len(cands) == 1:
                entry = cands[0].entry
                if entry.country:
                    extra.add(entry.country)
                if entry.feature != "country":
                    extra.update(entry.near)
                if entry.admin1:
                    admins.add(entry.admin1)
        return _Context(frozenset(codes | extra), frozenset(admins))

    def _name(self, start: int, end: int) -> str:
        return self.doc[start:end].text

    # -- resolution -----------------------------------------------------------------------
    def resolve(self) -> tuple[Place, ...]:
        spans = self.spans()
        ctx = self.context(spans)
        out: list[Place] = list(self._borders())
        for span in spans:
            if self.taken.intersection(range(span.start, span.end)):
                continue
            place = self._resolve_span(span, ctx)
            if place is not None:
                out.append(place)
        out.sort(key=lambda p: p.start)
        return tuple(out)

    def _resolve_span(self, span: _Span, ctx: _Context) -> Place | None:
        doc, start, end = self.doc, span.start, span.end
        toks = tokens(doc)
        if toks[start].lower_ == "the" and end - start > 1:
            start += 1
        direction = None
        name = self._name(start, end)
        cands = self.gaz.lookup(name)
        if start > 0 and toks[start - 1].is_title and toks[start - 1].lower_ in DIRECTIONS:
            wider = self.gaz.lookup(self._name(start - 1, end))  # "North" + "Korea"
            if wider:
                cands, start = wider, start - 1
        if not cands and toks[start].lower_ in DIRECTIONS and end - start > 1:
            direction, start = DIRECTIONS[toks[start].lower_], start + 1
            name = self._name(start, end)
            cands = self.gaz.lookup(name)
        if not cands and "," in name:
            head = span_text(doc, start, end).split(",")[0]
            cands = self.gaz.lookup(head)
        if not cands and end - start > 1 and toks[end - 1].lower_ in REGION_NOUNS:
            end -= 1  # "the Donetsk region" as one entity
            name = self._name(start, end)
            cands = self.gaz.lookup(name)
        if span.facility:
            cands = tuple(c for c in cands if not c.alternate)
        state = end < len(doc) and toks[end].lower_ == "state"
        if state:  # "Washington state"
            cands = tuple(c for c in cands if c.entry.feature == "region") or cands
        if not span.region and self._is_person(
            toks[start].idx, toks[end - 1].idx + len(toks[end - 1]), name
        ):
            return None
        within = self._qualifier(end)
        if within is not None:
            cands = tuple(c for c in cands if _inside(c.entry, within)) or cands
        entry = _best(cands, ctx, span.code)
        if entry is None and span.code is not None:
            entry = self.gaz.country(span.code)
        if entry is None:
            return None
        c0 = toks[start].idx
        c1 = toks[end - 1].idx + len(toks[end - 1])
        if direction is None and start > 0 and toks[start - 1].lower_ in DIRECTIONS:
            direction, c0 = DIRECTIONS[toks[start - 1].lower_], toks[start - 1].idx
        if direction is not None:
            self.taken.update(range(start, end))
            return _place(
                entry, self.text, c0, c1, name=f"{direction} {entry.name}", feature="area",
                precision="region",
            )  # fmt: skip
        if state and entry.feature == "region":
            return _place(entry, self.text, c0, toks[end].idx + len(toks[end]))
        if end < len(doc) and toks[end].lower_ in REGION_NOUNS and entry.feature == "city":
            c1 = toks[end].idx + len(toks[end])
            return _place(
                entry, self.text, c0, c1, name=f"{entry.name} {toks[end].lower_}",
                feature="region", precision="region",
            )  # fmt: skip
        return _place(entry, self.text, c0, c1)

    def _qualifier(self, end: int) -> GazEntry | None:
        """'Paris, Texas': the US state or country right after a comma decides the name."""
        doc = self.doc
        toks = tokens(doc)
        if end + 1 >= len(doc) or toks[end].text != ",":
            return None
        for size in (3, 2, 1):
            for cand in self.gaz.lookup(span_text(doc, end + 1, min(len(doc), end + 1 + size))):
                if cand.entry.feature in ("region", "country"):
                    return cand.entry
        return None

    # -- borders --------------------------------------------------------------------------
    def _country_at(self, i: int) -> str | None:
        tok = self.doc[i]
        for m in _covering(self.mentions, tok.idx, tok.idx + len(tok)):
            if m.code in self.gaz.countries and (m.kind in COUNTRY_KINDS or m.kind == "place"):
                return m.code
        cands = [c for c in self.gaz.lookup(tok.text) if c.entry.feature == "country"]
        return cands[0].entry.country if cands else None

    def _borders(self) -> Iterable[Place]:
        doc = self.doc
        toks = tokens(doc)
        for match in BORDER_RE.finditer(self.text):
            found = doc.char_span(match.start(), match.end())
            if found is None:
                continue
            tok = found[0]
            i = tok.i - 1
            if i >= 0 and toks[i].text in ("'s", "’s", "'"):
                i -= 1
            code = self._country_at(i) if i >= 0 else None
            first, last = i, tok.i
            if code is None and tok.i + 2 < len(doc) and toks[tok.i + 1].lower_ == "with":
                code, first, last = self._country_at(tok.i + 2), tok.i, tok.i + 2
                while code is not None and last + 1 < len(doc) and toks[last + 1].ent_iob_ == "I":
                    last += 1
            if code is None:
                continue
            while first > 0 and toks[first].ent_iob_ == "I" and first > i - 3:
                first -= 1  # the whole name: "the United States' border"
            if first > 0 and toks[first - 1].lower_ == "the":
                first -= 1
            entry = self.gaz.country(code)
            if entry is None:
                continue
            self.taken.update(range(first, last + 1))
            yield _place(
                entry, self.text, toks[first].idx, toks[last].idx + len(toks[last]),
                name=f"{entry.name} border", feature="area", precision="border",
            )  # fmt: skip


def find_places(doc: Any, mentions: Sequence[Mention]) -> tuple[Place, ...]:
    """Every place the document names, resolved against the gazetteer, in text order."""
    return _Resolver(doc, mentions, load_gazetteer()).resolve()


def event_location(
    sentence_start: int,
    sentence_end: int,
    trigger_start: int,
    places: Sequence[Place],
    text: str | None = None,
) -> Place | None:
    """The place where an event happened: in its sentence, governed by a locative preposition
    (in/at/near/outside …), nearest the trigger. Without ``text`` the preposition cannot be
    checked and the nearest place of the sentence is taken."""
    inside = [p for p in places if sentence_start <= p.start and p.end <= sentence_end]
    if text is not None:
        inside = [p for p in inside if LOCATIVE.search(text[max(0, p.start - 20) : p.start])]
    if not inside:
        return None
    return min(inside, key=lambda p: (abs(p.start - trigger_start), p.start))
