"""Dictionary phrases in a parsed document: the working mention (`Found`), the phrase
matchers, which dictionary entry a phrase resolves to on a date, and the tests that tell a place
name from a part of a longer name, a body of water or a locative phrase."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from newsevents.actors.dictionary import (
    REGION,
    ActorDictionary,
    Entry,
    is_case_sensitive,
)
from newsevents.doc_cache import entities, tokens

LOCATIVE = frozenset({"in", "at", "inside", "within", "throughout", "across", "outside", "near"})
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
CHAIN_KINDS = frozenset({"title", "adjective", "state", "seat", "igo", "capital", "group"})
COUNTRY_KINDS = frozenset({"state", "adjective", "capital", "seat", "igo", "group"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
PRIORITY = {
    "person": 0,
    "group": 1,
    "igo": 2,
    "seat": 3,
    "state": 4,
    "capital": 5,
    "adjective": 6,
    "title": 7,
    "agent": 8,
    "city": 9,
}
PERSON_WINDOW = 3  # sentences back to look for a pronoun's antecedent
STATE_LIKE = frozenset({"state", "capital", "seat", "igo", "group"})
GROUP_LIKE = frozenset({"agent", "group", "state", "igo"})
HONORIFICS = frozenset(
    {
        *("president", "mr", "mrs", "ms", "dr", "gen", "general", "minister", "chancellor"),
        *("king", "queen", "prince", "pope", "senator", "sen", "rep", "governor", "gov"),
        *("mayor", "judge", "secretary", "premier", "sheikh", "emir", "ayatollah", "colonel"),
    }
)
ENTITY_KINDS = frozenset({"person", "city"})  # found through NER entities, not the matcher
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


@dataclass(slots=True)
class Found:
    """A working mention over tokens [start, end) before it becomes a Mention."""

    start: int
    end: int
    entry: Entry
    kind: str
    code: str
    sector: str | None
    name: str
    rule: str
    resolution: tuple[str, ...]
    family: str | None = None


class Matchers:
    """Two PhraseMatchers over one vocab: case-insensitive names, case-sensitive acronyms."""

    def __init__(self, vocab: Any, dictionary: ActorDictionary) -> None:
        import spacy
        from spacy.matcher import PhraseMatcher

        tokenizer: Any = spacy.blank("en", vocab=vocab).tokenizer
        self.lower = PhraseMatcher(vocab, attr="LOWER")
        self.exact = PhraseMatcher(vocab, attr="ORTH")
        lower: list[str] = []
        exact: list[str] = []
        for _key, entries in dictionary.entries.items():
            for e in entries:
                if (
                    e.kind == "person"
                    and " " in e.phrase
                    and e.phrase[:1].isupper()
                    and not e.rule.startswith("persons_phoenix")  # keep the build under a second
                ):
                    exact.append(e.phrase)  # "Yoon Suk Yeol's offer": the NER may cut a name
                    continue
                if e.kind in ENTITY_KINDS and e.role != REGION:
                    continue  # persons and cities are looked up through the named entities
                (exact if is_case_sensitive(e.phrase) else lower).append(e.phrase)
        # "Amnesty", "Twitter": a one-word proper name in lower case is a common word
        # ("a prisoner amnesty"), so it must be capitalised in the text
        self.capitalised = {p.lower() for p in lower if " " not in p and p[:1].isupper()}
        for matcher, phrases in ((self.lower, lower), (self.exact, exact)):
            unique = sorted(set(phrases))
            # "gov.": the tokenizer keeps an abbreviation whole only when it is capitalised
            spelled = [p.capitalize() if _abbreviation(p) else p for p in unique]
            for phrase, pattern in zip(unique, tokenizer.pipe(spelled), strict=True):
                matcher.add(phrase.lower(), [pattern])

    def __call__(self, doc: Any) -> list[tuple[int, int, str, bool]]:
        toks = tokens(doc)
        strings = doc.vocab.strings
        out = [
            (s, e, strings[m], False)
            for m, s, e in self.lower(doc)
            if not (strings[m] in self.capitalised and toks[s].text[:1].islower())
        ]
        out += [(s, e, strings[m], True) for m, s, e in self.exact(doc)]
        return out


def _abbreviation(phrase: str) -> bool:
    return phrase.endswith(".") and " " not in phrase and phrase[:-1].isalpha()


@functools.cache
def _matchers(vocab_id: int, dictionary_id: int) -> dict[str, Matchers]:
    return {}


def matchers_for(vocab: Any, dictionary: ActorDictionary) -> Matchers:
    cache = _matchers(id(vocab), id(dictionary))
    if "m" not in cache:
        cache["m"] = Matchers(vocab, dictionary)
    return cache["m"]


def choose(entries: Iterable[Entry], day: dt.date | None, exact: bool) -> Entry | None:
    """The entry a phrase resolves to on ``day``: valid ones first, then by kind priority."""
    pool = [e for e in entries if is_case_sensitive(e.phrase) == exact or e.kind == "person"]
    if len(pool) < 2:  # most phrases have one reading: nothing to rank
        return pool[0] if pool else None
    if day is None:
        # no date to resolve against: a person's latest office is the likeliest reading
        return min(pool, key=lambda e: (PRIORITY.get(e.kind, 9), -_recency(e), _source(e)))
    return min(pool, key=lambda e: (e.distance(day), PRIORITY.get(e.kind, 9), _source(e)))


def _source(e: Entry) -> tuple[bool, bool, str]:
    """Our own place files before the GeoNames extract: "Ontario" is the province. Our curated
    person files before the historical Phoenix list, whose open periods may run past a state's
    birth (Salva Kiir is South Sudan's president, not Sudan's vice-president)."""
    return _source_rank(e.rule)


@functools.cache  # ranked for every candidate entry of every phrase found; few distinct rules
def _source_rank(rule: str) -> tuple[bool, bool, str]:
    return rule.startswith("geonames:"), rule.startswith("persons_phoenix"), rule


def _recency(e: Entry) -> int:
    if e.end is None:
        return dt.date.max.toordinal()
    return e.end.toordinal()


def longest(spans: list[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[0], PRIORITY.get(s[2].kind, 9)))
    taken: set[int] = set()
    out = []
    for start, end, entry in spans:
        if taken.isdisjoint(range(start, end)):
            out.append((start, end, entry))
            taken.update(range(start, end))
    return sorted(out, key=lambda s: s[0])


# "Kharkiv Oblast", "Sagaing Region": a region named after its city, which the NER often
# labels an organisation
REGION_SUFFIXES = frozenset(
    {"oblast", "region", "province", "state", "governorate", "district", "county", "prefecture"}
)
CURRENCIES = frozenset({"dollar", "dollars", "cents"})
# "the Mozambican town of Palma": a place word between a nationality and a town's name
TOWN_WORDS = frozenset({"town", "city", "village", "port", "district", "region", "province"})
PART_BREAKS = REGION_SUFFIXES | {"and", ","}  # where a city ends inside a longer place name


# a region's own institutions: "Haryana Police", "the Sindh government"
REGION_BODIES = frozenset({"police", "government", "assembly", "governor", "legislature", "court"})


def named_region(doc: Any, end: int, entry: Entry) -> bool:
    """A province the NER missed or folded into an organisation: "Katsina State", "Haryana
    Police" still name their country."""
    toks = tokens(doc)
    if entry.role != REGION:
        return False
    last = toks[end - 1].lower_
    nxt = toks[end].lower_ if end < len(doc) else ""
    return last in REGION_SUFFIXES or nxt in REGION_BODIES


def in_place_entity(doc: Any, start: int, end: int) -> bool:
    toks = tokens(doc)
    if all(toks[i].ent_type_ in ("GPE", "LOC", "FAC") for i in range(start, end)):
        return True
    # "Donetsk Oblast", "Kharkiv and Izium" read as an ORG entity: still places
    nxt = toks[end] if end < len(doc) else None
    return (
        all(toks[i].ent_type_ == "ORG" for i in range(start, end))
        and nxt is not None
        and (
            nxt.lower_ in REGION_SUFFIXES or (nxt.lower_ in ("and", ",") and nxt.ent_type_ == "ORG")
        )
    )


WATERS = frozenset({"sea", "ocean", "strait", "straits", "gulf", "bay", "channel", "lake"})


OFFICES = frozenset({"GOV", "LEG", "JUD"})
NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "di", "du"})


# first words of place names that end in a state's name ("Puerto Jordan", "San Marino" is listed)
PLACE_PREFIXES = frozenset(
    {"Puerto", "Porto", "Port", "San", "Santa", "Santo", "São", "Sao", "Fort", "Mount", "Lake",
     "Cape", "Nueva", "Nuevo", "Ciudad", "Villa", "Bahia", "Rio", "Saint", "St."}
)  # fmt: skip
# first words of party names that end in another party's short name ("the Social Democrats")
PARTY_PREFIXES = frozenset({"Social", "Christian", "Free", "Liberal", "Progressive", "New"})


def name_tail(doc: Any, start: int, entry: Entry) -> bool:
    """A match that is only the end of a longer name: "Mocimboa da Praia", "Santiago de Chile",
    "a military base in Puerto Jordan", "the Social Democrats" (not the US Democrats)."""
    toks = tokens(doc)
    before = toks[start - 1].text if start > 0 else ""
    if entry.kind == "group" and entry.sector == "PTY":
        return before in PARTY_PREFIXES
    if entry.kind not in ("state", "capital", "city"):
        return False
    # "billionaire Isabel dos Santos": a surname after its particle, not Santos in Brazil
    return (before in PLACE_PREFIXES and entry.kind != "city") or surname_particle(doc, start)


def surname_particle(doc: Any, start: int) -> bool:
    """Whether the word at ``start`` follows a lower-case name particle after a capitalised
    word ("Eduardo dos Santos", "Mocimboa da Praia"): the end of a longer name."""
    toks = tokens(doc)
    return (
        start > 1
        and toks[start - 1].lower_ in NAME_PARTICLES
        and toks[start - 1].text.islower()
        and toks[start - 2].text[:1].isupper()
    )


def in_water(doc: Any, start: int, end: int) -> bool:
    toks = tokens(doc)
    if toks[start].ent_type_ not in ("LOC", "GPE", "FAC"):
        return False  # not inside a place entity: no need to build the entity list
    ent = next((e for e in entities(doc) if e.start <= start and end <= e.end), None)
    return (
        ent is not None
        and ent.label_ in ("LOC", "GPE", "FAC")
        and any(t.lower_ in WATERS and t.text[:1].isupper() for t in ent)
    )


POSTED = frozenset(
    {"ambassador", "envoy", "representative", "delegate", "delegation", "mission", "diplomat"}
)
# "the Central American nation", "South American leaders": a region, not the United States
REGION_WORDS = frozenset({"central", "latin", "south", "north", "east", "west", "native"})


def coreferent(start: int, end: int, earlier: Found) -> Found:
    """A later short form of a person named in full earlier ("Blinken" → "Antony J. Blinken")."""
    return Found(
        start,
        end,
        earlier.entry,
        "person",
        earlier.code,
        earlier.sector,
        earlier.name,
        earlier.rule,
        ("coref:" + earlier.name,),
        earlier.family,
    )


def hyphen_end(doc: Any, start: int, end: int) -> tuple[int, int]:
    """ "Moon Jae-in", "Kim Jong-un": the NER often stops before the hyphenated syllable."""
    toks = tokens(doc)
    while end + 1 < len(doc) and toks[end].text == "-" and toks[end].whitespace_ == "":
        end += 2
    return start, end


def is_locative(doc: Any, start: int, end: int) -> bool:
    head = doc[start:end].root
    while head.dep_ in ("compound", "conj", "appos") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE


def based_in(doc: Any, end: int) -> bool:
    """ "the Bahrain-based 5th Fleet", "a Geneva-based group": where someone is based, a place."""
    toks = tokens(doc)
    return end + 1 < len(doc) and toks[end].text == "-" and toks[end + 1].lower_ == "based"
