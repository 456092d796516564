"""Find actor mentions in a parsed document and resolve each to a code and sector.

Resolution paths (each recorded on the mention's ``resolution``):
- ``dict``: a dictionary phrase (state, capital, seat of power, organisation, group, person);
- ``title``: a person missing from the dictionary, coded from the title chain before the name
  ("Kremlin spokesman Dmitry Peskov") or an appositive after it ("Peskov, the Kremlin spokesman");
- ``agent``: an agent noun with its nationality ("Russian troops", "officials from Ukraine");
- ``coref``: a later short form of a person named in full ("Blinken" after "Antony J. Blinken"),
  or a dictionary person found by surname alone when only one person of that surname holds office
  on the article's date;
- ``pronoun``/``role``: "he", "his", "the minister" → the nearest compatible person before it.
Places that are not actors stay places: a state or capital governed by a locative preposition
("talks in Paris") becomes a mention of kind ``place``, which events never use as an actor.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from newsevents.actors.dictionary import (
    REGION,
    SHARED,
    ActorDictionary,
    Entry,
    fold,
    is_case_sensitive,
    surname_keys,
)
from newsevents.doc_cache import entities
from newsevents.records import Mention

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
class _Found:
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
        strings = doc.vocab.strings
        out = [
            (s, e, strings[m], False)
            for m, s, e in self.lower(doc)
            if not (strings[m] in self.capitalised and doc[s].text[:1].islower())
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
    if not pool:
        return None
    if day is None:
        # no date to resolve against: a person's latest office is the likeliest reading
        return min(pool, key=lambda e: (PRIORITY.get(e.kind, 9), -_recency(e), _source(e)))
    return min(pool, key=lambda e: (e.distance(day), PRIORITY.get(e.kind, 9), _source(e)))


def _source(e: Entry) -> tuple[bool, str]:
    """Our own place files before the GeoNames extract: "Ontario" is the province."""
    return e.rule.startswith("geonames:"), e.rule


def _recency(e: Entry) -> int:
    if e.end is None:
        return dt.date.max.toordinal()
    return e.end.toordinal()


def _longest(spans: list[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
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


def _named_region(doc: Any, end: int, entry: Entry) -> bool:
    """A province the NER missed or folded into an organisation: "Katsina State", "Haryana
    Police" still name their country."""
    if entry.role != REGION:
        return False
    last = doc[end - 1].lower_
    nxt = doc[end].lower_ if end < len(doc) else ""
    return last in REGION_SUFFIXES or nxt in REGION_BODIES


def _in_place_entity(doc: Any, start: int, end: int) -> bool:
    if all(doc[i].ent_type_ in ("GPE", "LOC", "FAC") for i in range(start, end)):
        return True
    # "Donetsk Oblast", "Kharkiv and Izium" read as an ORG entity: still places
    nxt = doc[end] if end < len(doc) else None
    return (
        all(doc[i].ent_type_ == "ORG" for i in range(start, end))
        and nxt is not None
        and (
            nxt.lower_ in REGION_SUFFIXES or (nxt.lower_ in ("and", ",") and nxt.ent_type_ == "ORG")
        )
    )


WATERS = frozenset({"sea", "ocean", "strait", "straits", "gulf", "bay", "channel", "lake"})


OFFICES = frozenset({"GOV", "LEG", "JUD"})
NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "di", "du"})


def _name_tail(doc: Any, start: int) -> bool:
    return (
        start > 1
        and doc[start - 1].lower_ in NAME_PARTICLES
        and doc[start - 1].text.islower()
        and doc[start - 2].text[:1].isupper()
    )


def _in_water(doc: Any, start: int, end: int) -> bool:
    if doc[start].ent_type_ not in ("LOC", "GPE", "FAC"):
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
SPEECH_VERBS = frozenset(
    {"say", "tell", "announce", "warn", "declare", "insist", "vow", "notify", "inform", "assure"}
)


def _speaker_of(tok: Any) -> Any | None:
    """The subject of the speech verb whose reported clause a pronoun is the subject of:
    "X … said they would …" → X (through a coordinated verb: "imposed … and said")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
        return None
    speech = tok.head.head
    if speech.lemma_ not in SPEECH_VERBS:
        return None
    while speech.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in speech.children):
        speech = speech.head
    return next((c for c in speech.children if c.dep_ == "nsubj"), None)


def _clause_subject(tok: Any) -> Any | None:
    """The subject of the verb an object pronoun belongs to: a plain pronoun object never
    stands for it ("X ordered it to …" is not X; that would be "itself")."""
    if tok.dep_ not in ("dobj", "dative"):
        return None
    return next((c for c in tok.head.children if c.dep_ == "nsubj"), None)


def _controller(tok: Any) -> Any | None:
    """The object controlling the clause an "its" sits in: "ordered it to close its consulate"
    → "it"."""
    if tok.lower_ != "its":
        return None
    clause = tok.head.head if tok.head.dep_ in ("dobj", "pobj") else None
    if clause is None or clause.dep_ != "xcomp":
        return None
    return next((c for c in clause.head.children if c.dep_ == "dobj" and c.pos_ == "PRON"), None)


def _in_subordinate(tok: Any, root: Any) -> bool:
    """Whether a token sits in an adverbial clause of the sentence's main verb."""
    node = tok
    for _ in range(12):
        if node.head.i == node.i:
            return False
        if node.dep_ == "advcl" and node.head.i == root.i:
            return True
        node = node.head
    return False


def _coreferent(start: int, end: int, earlier: _Found) -> _Found:
    """A later short form of a person named in full earlier ("Blinken" → "Antony J. Blinken")."""
    return _Found(
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


def _hyphen_end(doc: Any, start: int, end: int) -> tuple[int, int]:
    """ "Moon Jae-in", "Kim Jong-un": the NER often stops before the hyphenated syllable."""
    while end + 1 < len(doc) and doc[end].text == "-" and doc[end].whitespace_ == "":
        end += 2
    return start, end


def _is_locative(doc: Any, start: int, end: int) -> bool:
    head = doc[start:end].root
    while head.dep_ in ("compound", "conj", "appos") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE


class ActorCoder:
    """Codes the actor mentions of one parsed document."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary

    def __call__(self, doc: Any, day: dt.date | None) -> tuple[Mention, ...]:
        found = self._dictionary_mentions(doc, day)
        found = self._attach_agents(doc, found)
        found = self._persons(doc, day, found)
        found = self._unknown_organisations(doc, found)
        self._local_seats(doc, found)  # before pronouns take a seat's default country
        found = self._pronouns(doc, found)
        self._qualified_places(doc, found)
        return self._finish(doc, found)

    def _qualified_places(self, doc: Any, found: dict[int, _Found]) -> None:
        """A town named with its country takes that country, whatever larger namesake the
        dictionary knows: "the Mozambican town of Palma", "Palma, Mozambique" (not Mallorca)."""
        for f in found.values():
            if f.kind != "place":
                continue
            country: _Found | None = None
            if f.start >= 2 and doc[f.start - 1].lower_ == "of":
                if doc[f.start - 2].lower_ in TOWN_WORDS:
                    country = next(
                        (
                            g
                            for i in range(max(0, f.start - 6), f.start - 2)
                            if (g := found.get(i)) is not None and g.kind == "adjective"
                        ),
                        None,
                    )
            elif f.end + 1 < len(doc) and doc[f.end].text == ",":
                after = found.get(f.end + 1)
                if (
                    after is not None
                    and after.kind in ("state", "place")
                    # "San Juan, Puerto Rico": a territory or province names the country too
                    and (after.entry.kind == "state" or after.entry.role == REGION)
                ):
                    country = after
            if country is not None and country.code not in ("", "UNK", f.code):
                f.resolution = (*f.resolution, f"qualified:{country.entry.phrase}->{country.code}")
                f.code, f.family = country.code, country.family

    def _local_seats(self, doc: Any, found: dict[int, _Found]) -> None:
        """A seat whose name many states use ("the Senate", "the House of Representatives")
        belongs to the country of a place named in its sentence, unless its default country is
        named there too: "students rallied outside the House of Representatives in Jakarta".
        Any seat placed by a city right after it is of that city's country: "the Foreign Office
        in Berlin"."""
        by_start = {f.start: f for f in found.values()}
        for f in found.values():
            if f.kind != "seat" or f.code != f.entry.code:
                continue
            at = f.end + 1 + (f.end + 1 < len(doc) and doc[f.end + 1].lower_ == "the")
            city = by_start.get(at) if f.end < len(doc) and doc[f.end].lower_ == "in" else None
            if (
                city is not None
                and city.kind in ("place", "capital")
                and city.code not in ("", "UNK", f.code)
            ):
                f.code, f.family = city.code, city.family
                f.resolution = (*f.resolution, f"in:{city.entry.phrase}->{city.code}")
                continue
            if f.entry.role != SHARED:
                continue
            sent = doc[f.start].sent
            near = [g for g in found.values() if sent.start <= g.start < sent.end and g is not f]
            if any(g.code == f.code for g in near):
                continue
            local = next((g for g in near if g.kind == "place" and g.code not in ("", "UNK")), None)
            # "Thailand's parliament …, with the military-appointed Senate": the state that
            # owns the legislature named before it
            local = local or next(
                (
                    g
                    for g in near
                    if g.kind == "state"
                    and g.start < f.start
                    and g.end < len(doc)
                    and doc[g.end].lower_ in ("'s", "’s")
                ),
                None,
            )
            # "The House of Representatives impeached Vice President Sara Duterte": the
            # country of the official it acts on, when no place is named
            local = local or next(
                (
                    g
                    for g in near
                    if g.kind == "person" and g.code not in ("", "UNK") and g.sector in OFFICES
                ),
                None,
            )
            if local is not None:
                f.code, f.family = local.code, local.family
                f.resolution = (*f.resolution, f"local:{local.entry.phrase}->{local.code}")

    # -- dictionary phrases ---------------------------------------------------------------
    def _dictionary_mentions(self, doc: Any, day: dt.date | None) -> dict[int, _Found]:
        spans: list[tuple[int, int, Entry]] = []
        for ent in entities(doc):
            if ent.label_ not in ENTITY_LABELS:
                continue
            start = ent.start + (1 if ent[0].lower_ == "the" else 0)
            end = ent.end - (1 if ent[-1].lower_ in ("'s", "’s") else 0)
            if ent.label_ == "PERSON":
                end = _hyphen_end(doc, start, end)[1]
            if start >= end:
                continue
            titled = start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS
            if ent.label_ == "GPE" and end - start == 1 and self._titled_name(doc, start):
                continue  # "former President Alejandro Toledo": a surname, not Toledo, Ohio
            found = [
                e
                for e in self.dictionary.lookup(doc[start:end].text)
                if e.kind in ENTITY_KINDS
                # "President Bush" is no town in Egypt
                and (e.kind != "city" or (doc[start].text[:1].isupper() and not titled))
            ]
            entry = choose(found, day, False)
            if entry is not None:
                spans.append((start, end, entry))
            elif ent.label_ in ("GPE", "LOC", "ORG"):
                spans += self._city_parts(doc, start, end)
        for start, end, key, exact in matchers_for(doc.vocab, self.dictionary)(doc):
            entry = choose(self.dictionary.lookup(key), day, exact)
            if entry is None:
                continue
            first = doc[start].text
            if entry.kind in ("state", "capital", "adjective", "person", "group") and not (
                first[:1].isupper() or first[:1].isdigit()
            ):
                continue
            if entry.kind == "igo" and entry.phrase[:1].isupper() and not first[:1].isupper():
                continue  # "Poroshenko's security council": a name written small is no UN organ
            if entry.kind == "city" and not (
                first[:1].isupper()
                and (_in_place_entity(doc, start, end) or _named_region(doc, end, entry))
            ):
                continue  # "Mobile", "Nice", "metro": a city name only inside a place entity
            if entry.kind == "city" and self._titled_name(doc, start):
                continue  # "former President Alejandro Toledo": a surname, not Toledo, Ohio
            if _in_water(doc, start, end):
                continue  # "the South China Sea", "the Gulf of Oman": a body of water, no state
            if entry.kind in ("state", "capital") and _name_tail(doc, start):
                continue  # "Mocimboa da Praia", "Santiago de Chile": the end of a longer name
            if entry.kind in ("agent", "title") and doc[end - 1].pos_ == "ADJ":
                continue  # "official contact", "military exercises": an adjective, not a person
            spans.append((start, end, entry))
        out: dict[int, _Found] = {}
        for start, end, e in _longest(spans):
            if (
                start > 1
                and doc[start - 1].text == "-"
                and doc[start - 2].lower_ in ("anti", "pro", "inter")
            ):
                continue  # "an anti-Syria journalist", "pro-Russian", "the Inter-American Court"
            hyphen = end + 1 < len(doc) and doc[end].text == "-"
            word = doc[end + 1 : end + 2] if hyphen else doc[end : end + 1]
            if e.kind in ("state", "adjective") and any(t.lower_ in CURRENCIES for t in word):
                continue  # "a 3-billion-U.S.-dollar package", "U.S. dollars": money, no party
            likeness = end + 1 < len(doc) and doc[end + 1].lower_ in ("style", "like", "speaking")
            if likeness and doc[end].text == "-":
                continue  # "a Russian-style bill", "the French-speaking majority": not that state
            if (
                e.kind in ("adjective", "state")
                and start > 0
                and doc[start - 1].lower_ in REGION_WORDS
                and doc[start - 1].text[:1].isupper()
            ):
                continue  # "Central American", "Latin American", "North Korean" is matched whole
            if e.kind in ("adjective", "state") and start > 0 and doc[start - 1].lower_ == "ethnic":
                # "ethnic Albanians in Serbia" names an ethnic group, not Albania
                name = doc[start - 1 : end].text
                blank = Entry(name, "UNK", "CVL", name, "agent", e.rule)
                out[start] = _Found(
                    start,
                    end,
                    blank,
                    "agent",
                    "UNK",
                    "CVL",
                    name,
                    e.rule,
                    ("ethnic: a group, not the state " + e.code,),
                )
                continue
            kind = e.kind
            if kind == "city" or (kind in ("state", "capital") and _is_locative(doc, start, end)):
                kind = "place"
            sector = e.sector if kind != "place" else None
            why: tuple[str, ...] = (f"dict:{e.kind}",)
            if kind == "place":
                why += ("locative: a place, not an actor",)
            out[start] = _Found(start, end, e, kind, e.code, sector, e.name, e.rule, why, e.family)
        return out

    def _city_parts(self, doc: Any, start: int, end: int) -> list[tuple[int, int, Entry]]:
        """Cities inside a longer place name: "Donetsk Oblast", "Kharkiv and Izium"."""
        out = []
        part = start
        for i in range(start, end + 1):
            if i < end and doc[i].lower_ not in PART_BREAKS:
                continue
            if i > part and doc[part].text[:1].isupper():
                city = [e for e in self.dictionary.lookup(doc[part:i].text) if e.kind == "city"]
                if city:
                    out.append((part, i, city[0]))
            part = i + 1
        return out

    # -- agents and titles get their country from modifiers -------------------------------
    def _attach_agents(self, doc: Any, found: dict[int, _Found]) -> dict[int, _Found]:
        by_token = {i: f for f in found.values() for i in range(f.start, f.end)}
        for f in sorted(found.values(), key=lambda f: f.start):
            if f.kind == "seat" and f.start > 1 and doc[f.start - 1].lower_ in ("'s", "’s"):
                # "Peru's Congress", "Israel's Supreme Court": the named state's own body
                owner = by_token.get(f.start - 2)
                if owner is not None and owner.kind == "state" and owner.code != f.code:
                    f.code, f.family = owner.code, owner.family
                    f.resolution = (*f.resolution, f"owner:{owner.entry.phrase}->{owner.code}")
                continue
            if f.kind not in ("agent", "title"):
                continue
            head = doc[f.end - 1]
            sources = [c for c in head.children if c.dep_ in MODIFIER_DEPS or c.i < f.start]
            for prep in (
                c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
            ):
                sources += [t for t in prep.children if t.dep_ == "pobj"]
            # a chain directly before the agent ("Kremlin spokesman", "US Secretary of State")
            left = by_token.get(f.start - 1)
            if left is not None and left.kind in COUNTRY_KINDS | {"place"}:
                sources.insert(0, doc[left.start])
            if doc[f.end - 1].lemma_.lower() in POSTED:
                # "Russia's deputy U.N. ambassador": the state sends, the organisation hosts
                sources.sort(key=lambda t: getattr(by_token.get(t.i), "kind", "") == "igo")
            for tok in sources:
                src = by_token.get(tok.i)
                if src is None or src is f or src.kind not in COUNTRY_KINDS | {"place"}:
                    continue
                f.code = src.code
                f.family = src.family
                f.sector = f.sector or src.sector
                f.resolution = (*f.resolution, f"agent:{src.entry.phrase}->{src.code}")
                if src.start == f.start - 1 or src.end == f.start:
                    # merge "Russian" + "troops" into one mention
                    del found[src.start]
                    f.start = src.start
                break
        return {f.start: f for f in found.values()}

    # -- organisations the dictionary does not know --------------------------------------
    def _titled_name(self, doc: Any, start: int) -> bool:
        """A name right after a title and a given name: "President Alejandro Toledo"."""
        if start < 2 or doc[start - 1].pos_ != "PROPN" or not doc[start - 1].text[:1].isupper():
            return False
        title = doc[start - 2].lower_.rstrip(".")
        return any(e.kind == "title" for e in self.dictionary.lookup(title))

    def _unknown_organisations(self, doc: Any, found: dict[int, _Found]) -> dict[int, _Found]:
        """An ORG entity no dictionary entry covers stays an actor with code UNK and its own
        name ("the Third World Water Forum"), so its events are kept and a user can add it."""
        taken = {i for f in found.values() for i in range(f.start, f.end)}
        by_end = {f.end: f for f in found.values() if f.kind in ("state", "capital")}
        for ent in entities(doc):
            if ent.label_ != "ORG" or taken & set(range(ent.start, ent.end)):
                continue
            start = ent.start + (1 if ent[0].lower_ == "the" else 0)
            if start >= ent.end:
                continue
            name = doc[start : ent.end].text
            blank = Entry(name, "UNK", None, name, "group", "ner:ORG")
            # "China's Southern Theater Command": a body of the state that owns it
            owner = by_end.get(start - 1) if doc[start - 1].lower_ in ("'s", "’s") else None
            found[start] = _Found(
                start,
                ent.end,
                blank,
                "group",
                owner.code if owner else "UNK",
                None,
                name,
                "ner:ORG",
                (f"owned:{owner.entry.phrase}->{owner.code}",)
                if owner
                else ("unresolved: an organisation not in the dictionary",),
            )
        return found

    # -- persons: dictionary, surname coreference, titles, appositives --------------------
    def _persons(
        self, doc: Any, day: dt.date | None, found: dict[int, _Found]
    ) -> dict[int, _Found]:
        by_token = {i: f for f in found.values() for i in range(f.start, f.end)}
        known: dict[str, _Found] = {}  # surname -> the person named in full earlier
        candidates = [
            _hyphen_end(doc, ent.start, ent.end) for ent in entities(doc) if ent.label_ == "PERSON"
        ]
        candidates += [(f.start, f.end) for f in found.values() if f.kind == "person"]
        for start, end in sorted(set(candidates)):
            covered = [by_token.get(i) for i in range(start, end)]
            existing = next((c for c in covered if c is not None and c.kind == "person"), None)
            if existing is not None:
                for key in surname_keys(existing.name, existing.code):
                    known.setdefault(key, existing)
                self._chain(doc, existing, by_token, found)
                continue
            if any(c is not None for c in covered):
                continue
            word = end - 1
            while word > start and not doc[word - 1].whitespace_:
                word -= 1  # the last word's first token: "Chan-o-cha" is one word
            if not doc[word].text[:1].isupper():
                continue  # "fled into the bush": a common noun the NER took for a name
            surname = fold(doc[end - 1].text)
            earlier = known.get(surname)
            if earlier is not None:
                f = _coreferent(start, end, earlier)
            else:
                entry = self._by_surname(surname, day) if end - start == 1 else None
                if entry is not None:
                    f = _Found(
                        start,
                        end,
                        entry,
                        "person",
                        entry.code,
                        entry.sector,
                        entry.name,
                        entry.rule,
                        ("surname:" + entry.name,),
                        entry.family,
                    )
                else:
                    name = doc[start:end].text
                    blank = Entry(name, "UNK", None, name, "person", "ner:PERSON")
                    f = _Found(
                        start,
                        end,
                        blank,
                        "person",
                        "UNK",
                        None,
                        name,
                        "ner:PERSON",
                        ("unresolved: not in the dictionary",),
                    )
            found[start] = f
            for i in range(start, end):
                by_token[i] = f
            self._chain(doc, f, by_token, found)
            for key in surname_keys(f.name, f.code) | {surname}:
                known.setdefault(key, f)
        # a later short form the NER missed ("Szijjarto" after "Péter Szijjártó")
        for tok in doc:
            if tok.pos_ == "PROPN" and tok.i not in by_token:
                earlier = known.get(fold(tok.text))
                if earlier is not None and earlier.start < tok.i:
                    found[tok.i] = _coreferent(tok.i, tok.i + 1, earlier)
        return {f.start: f for f in found.values()}

    def _by_surname(self, surname: str, day: dt.date | None) -> Entry | None:
        people = [e for e in self.dictionary.surnames.get(surname, ()) if e.valid_on(day)]
        # the curated files outrank the historical Phoenix list, whose open periods end in 2014
        curated = [e for e in people if not e.rule.startswith("persons_phoenix")]
        if len({e.name for e in curated}) == 1:
            people = curated
        names = {e.name for e in people}
        if len(names) != 1:
            return None
        return min(people, key=lambda e: (e.distance(day), e.rule))

    def _chain(
        self, doc: Any, person: _Found, by_token: dict[int, _Found], found: dict[int, _Found]
    ) -> None:
        """Absorb the title chain before a name (and an appositive title after it)."""
        i = person.start - 1
        chain: list[_Found] = []
        skipped = 0
        while i >= 0:
            f = by_token.get(i)
            if f is not None and f.kind in CHAIN_KINDS | {"agent", "place"} and f is not person:
                chain.append(f)
                i = f.start - 1
            elif doc[i].lower_ in ("'s", "’s", "the") and chain:
                i -= 1
            elif (
                f is None
                and not chain
                and skipped < 2
                and (
                    (doc[i].pos_ in ("NOUN", "PROPN") and doc[i].dep_ in ("compound", "nmod"))
                    # "Indian national Kulbhushan Jadhav", "British citizen …"
                    or doc[i].lower_ in ("national", "citizen", "resident")
                )
                and doc[i].head.i >= person.start
            ):
                # "Australian economist Sean Turnell": a profession between nationality and name
                skipped += 1
                i -= 1
            else:
                break
        last = doc[person.end - 1]
        if last.dep_ == "appos" and not chain:
            # "Russia's deputy U.N. ambassador, Gennady Kuzmin, said": the title before the comma
            head = last.head
            if head.dep_ == "pobj" and head.head.lower_ == "of":
                head = head.head.head  # "the head of Russia's Wagner group, Yevgeny Prigozhin"
            f = by_token.get(head.i)
            if f is not None and f is not person and f.kind in ("title", "agent"):
                chain.append(f)
        appos = [t for t in last.children if t.dep_ == "appos"]
        for tok in appos:
            for t in tok.subtree:
                f = by_token.get(t.i)
                if (
                    f is not None
                    and f is not person
                    and f not in chain
                    and f.kind in CHAIN_KINDS | {"agent"}
                ):
                    chain.append(f)
        if not chain:
            return
        title = next((f for f in chain if f.kind in ("title", "agent")), None)
        known = [f for f in chain if f.code and f.code != "UNK"]
        if (
            len(known) >= 2
            and known[0].kind in ("adjective", "title", "agent")
            and known[1].kind == "adjective"
            and known[1].end == known[0].start
        ):
            # "Bosnian Serb leader Milorad Dodik": the outer adjective is the state, the inner
            # one the community
            known = [known[1], known[0], *known[2:]]
        if title is not None and not known:
            # "the head of Russia's Wagner group, Yevgeny Prigozhin": whom the title serves
            for prep in doc[title.end - 1].children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    known += [
                        f
                        for t in prep.subtree
                        if (f := by_token.get(t.i)) is not None
                        and f is not person
                        and f.code not in ("", "UNK")
                    ]
        # "Russia's deputy U.N. ambassador": the state employs, the organisation is the posting
        country = next((f for f in known if f.kind not in ("igo", "group")), None) or next(
            iter(known), None
        )
        if person.code == "UNK":
            if country is not None:
                person.code, person.family = country.code, country.family
                person.resolution = ("title:" + doc[country.start : country.end].text,)
            if title is not None:
                person.sector = title.sector or (country.sector if country is not None else None)
                person.resolution = (*person.resolution, "title:" + title.entry.phrase)
            person.rule = (title or country or person).rule
        left = [f for f in chain if f.end <= person.start]
        for f in left:
            found.pop(f.start, None)
            for k in range(f.start, f.end):
                by_token[k] = person
        if left:
            person.start = min(f.start for f in left)
        found[person.start] = person

    # -- pronouns ----------------------------------------------------------------------
    def _pronouns(self, doc: Any, found: dict[int, _Found]) -> dict[int, _Found]:
        """he/she/his → the nearest person within a few sentences; it/its → the nearest
        state-like actor in the sentence ("Britain said it would …"); they/their → the nearest
        group-like actor in the sentence ("The Fijian rebels said they will …")."""
        sent_no = {}
        sents = list(doc.sents)
        for n, sent in enumerate(sents):
            for i in range(sent.start, sent.end):  # indices only: no Token objects to build
                sent_no[i] = n
        ranked = sorted(found.values(), key=lambda f: f.start)
        for tok in doc:
            if tok.pos_ != "PRON" or tok.i in found:
                continue
            word = tok.lower_
            sentence = sents[sent_no[tok.i]]  # Token.sent walks the sentence on every read
            if word in PRONOUNS:
                pool = [
                    f
                    for f in ranked
                    # "the ICC's prosecutor said he was seeking …": a title with a country too
                    if (f.kind == "person" or (f.kind == "title" and f.code not in ("", "UNK")))
                    and sent_no[tok.i] - sent_no[f.start] <= PERSON_WINDOW
                ]
            elif word in ("it", "its"):
                # "the Defence Ministry said some units of its districts …": a singular agency
                pool = [
                    f
                    for f in ranked
                    if (
                        f.kind in STATE_LIKE
                        or (
                            f.kind == "agent"
                            and f.code not in ("", "UNK")
                            and doc[f.end - 1].tag_ in ("NN", "NNP")
                        )
                    )
                    and f.start >= sentence.start
                ]
            elif word in ("they", "their", "them"):
                pool = [
                    f
                    for f in ranked
                    # "Palestinian leaders said they …": a plural title too
                    if (
                        f.kind in GROUP_LIKE or (f.kind == "title" and doc[f.end - 1].tag_ == "NNS")
                    )
                    and f.start >= sentence.start
                    and f.code not in ("", "UNK")
                ]
            else:
                continue
            before = [f for f in pool if f.end <= tok.i]
            if word == "its" and before:
                # "Saudi Arabia cut ties with Iran after protesters stormed its embassy": the
                # subject of the main clause, not the nearest state named
                root = sentence.root
                subject = next(
                    (
                        f
                        for f in before
                        if doc[f.end - 1].dep_ == "nsubj" and doc[f.end - 1].head.i == root.i
                    ),
                    None,
                )
                if subject is not None and _in_subordinate(tok, root):
                    before.append(subject)
            bound = _clause_subject(tok)
            if bound is not None and any(not f.start <= bound.i < f.end for f in before):
                # "the United States had ordered it to close …": not the one giving the order
                before = [f for f in before if not f.start <= bound.i < f.end]
            controller = _controller(tok)
            if controller is not None and controller.i in found:
                before.append(found[controller.i])  # "ordered it to close its consulate"
            subj = _speaker_of(tok)
            speaker = next(
                (f for f in pool if subj is not None and f.start <= subj.i < f.end), None
            )
            if speaker is not None:
                before.append(speaker)  # "West African leaders … said they could use force"
            if before:
                a = before[-1]
                why = ("pronoun:" + word, "antecedent:" + a.name)
                found[tok.i] = _Found(
                    tok.i,
                    tok.i + 1,
                    a.entry,
                    "pronoun",
                    a.code,
                    a.sector,
                    a.name,
                    a.rule,
                    why,
                    a.family,
                )
        return found

    def _finish(self, doc: Any, found: dict[int, _Found]) -> tuple[Mention, ...]:
        entity_ids: dict[tuple[str, str], int] = {}
        out = []
        for f in sorted(found.values(), key=lambda f: f.start):
            if f.kind == "title" and f.code == "":
                continue  # a bare title with no person and no country names nobody
            code = f.code or "UNK"
            key = (code, f.name if f.kind in ("person", "pronoun") else code)
            entity = entity_ids.setdefault(key, len(entity_ids))
            span = doc[f.start : f.end]
            out.append(
                Mention(
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    code=code,
                    sector=f.sector,
                    name=f.name if f.kind not in ("agent", "title") else f"{code} {f.entry.phrase}",
                    kind=f.kind,
                    rule=f.rule,
                    entity=entity,
                    resolution=f.resolution,
                    family=f.family,
                )
            )
        return tuple(out)
