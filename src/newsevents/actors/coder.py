"""Find actor mentions in a parsed document and resolve each to a code and sector.

Resolution paths (each recorded on the mention's ``resolution``):
- ``dict``: a dictionary phrase (state, capital, seat of power, organisation, group, person);
- ``title``: a person missing from the dictionary, coded from the title chain before the name
  ("Kremlin spokesman Dmitry Peskov") or an appositive after it ("Peskov, the Kremlin spokesman");
- ``agent``: an agent noun with its nationality ("Russian troops", "officials from Ukraine");
- ``coref``: a later short form of a person named in full ("Blinken" after "Antony J. Blinken"),
  or a dictionary person found by surname alone when only one person of that surname holds office
  on the article's date;
- ``pronoun``/``role``: "he", "his", "the minister" → the nearest compatible person before it
  (:mod:`.pronouns`).
Dictionary phrases are matched and chosen by date in :mod:`.phrases`; persons (titles,
appositives, surname coreference) are coded in :mod:`.persons`.
Places that are not actors stay places: a state or capital governed by a locative preposition
("talks in Paris") becomes a mention of kind ``place``, which events never use as an actor.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsevents.actors.dictionary import (
    REGION,
    SHARED,
    ActorDictionary,
    Entry,
)
from newsevents.actors.persons import persons
from newsevents.actors.phrases import (
    COUNTRY_KINDS,
    CURRENCIES,
    ENTITY_KINDS,
    ENTITY_LABELS,
    HONORIFICS,
    MODIFIER_DEPS,
    OFFICES,
    PART_BREAKS,
    POSTED,
    REGION_WORDS,
    TOWN_WORDS,
    Found,
    based_in,
    choose,
    hyphen_end,
    in_place_entity,
    in_water,
    is_locative,
    longest,
    matchers_for,
    name_tail,
    named_region,
    surname_particle,
)
from newsevents.actors.pronouns import (
    resolve_descriptions,
    resolve_pronouns,
)
from newsevents.doc_cache import char_bounds, entities, span_text, tokens, where_pos
from newsevents.records import Mention

KOREAN_HALVES = {"North": "North Korea", "South": "South Korea"}
# facilities named after their town ("Abha International Airport", "Kerch Bridge")
FACILITIES = frozenset(
    {"airport", "airbase", "bridge", "port", "harbour", "harbor", "station", "refinery", "dam"}
)
# prepositions before a town's name ("from Parachinar to Peshawar"); wider than the locatives
# of phrases.LOCATIVE, which mark a place that is no actor
TOWN_PREPOSITIONS = frozenset({"in", "from", "to", "near", "outside", "into"})
# mention kinds that name a country itself ("Pakistan", "Pakistani", "Islamabad", "Lahore")
NAMES_STATE = frozenset({"state", "adjective", "capital", "place"})
DATELINE_ENDS = frozenset({":", "—", "–", "-", "--", ",", "("})


# "Russian-installed", "Moscow-appointed": an agent put in place by the state named before
INSTALLED = frozenset({"installed", "appointed", "imposed", "controlled", "run"})
# names a state's own body shares with a UN organ ("Russia's Security Council")
NATIONAL_ORGANS = frozenset({"security council"})
# "-style", "-speaking": a compound that names a likeness, not the state
# "Indian tribes", "the Gila River Indian Community", "the Bureau of Indian Affairs": the
# Americas' first nations (a capitalised word only: "the Indian community in Dubai" is Indian)
TRIBAL = frozenset({"tribe", "tribes", "tribal", "reservation", "reservations"})
NATIVE_NAMES = TRIBAL | {"community", "affairs", "country", "nation", "nations"}
LIKENESS = frozenset({"style", "like", "speaking", "born"})  # "an Algerian-born militant"
# "US-backed fighters", "Iran-aligned militias": the backer of those who act
BACKING = frozenset(
    {"backed", "supported", "sponsored", "funded", "aligned", "allied", "armed", "trained"}
)
# what the backed may be for the backer to be left out: fighters, a government, a breakaway region
# (a "U.S.-backed campaign", a "Kremlin-backed broadcaster" or a "UN-backed commission" keeps it)
BACKED_ACTORS = frozenset(
    {"fighters", "forces", "militia", "militias", "militiamen", "rebels", "separatists"}
    | {"troops", "militants", "insurgents", "paramilitaries", "proxies", "group", "groups"}
    | {"government"}
    | {"authorities", "administration", "region", "regions", "republic", "republics", "enclave"}
)


def _shared_seat(f: Found) -> bool:
    return f.kind == "seat" and f.code == f.entry.code and f.entry.role == SHARED


def _of_seat(g: Found, seat: Found) -> bool:
    """An agent coded from the seat itself ("the Senate's leadership")."""
    return g.kind == "agent" and f"agent:{seat.entry.phrase}->{seat.code}" in g.resolution


def _backs_fighters(backed: Any) -> bool:
    """Whether the noun a "-backed" compound describes is an armed group, a government or a
    breakaway region (named or not): "Rwanda-backed M23", "US-backed Syrian Democratic
    Forces", "Russian-backed separatists"."""
    noun = backed.head
    return noun.pos_ == "PROPN" or noun.lower_ in BACKED_ACTORS


POSS = ("'s", "’s")


class ActorCoder:
    """Codes the actor mentions of one parsed document."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary

    def __call__(self, doc: Any, day: dt.date | None) -> tuple[Mention, ...]:
        found = self._dictionary_mentions(doc, day)
        self._where_groups_act(doc, found)  # before an agent noun takes the group's country
        self._local_seats(doc, found, "group")  # before a title takes a party's country
        self._dateline_seats(doc, found)  # and a seat's
        found = self._attach_agents(doc, found)
        found = persons(self.dictionary, doc, day, found)
        found = self._unknown_organisations(doc, found)
        self._korean_halves(doc, found)
        self._local_seats(doc, found, "seat")  # before pronouns take a seat's default country
        found = resolve_pronouns(doc, found)
        found = resolve_descriptions(doc, found)
        self._qualified_places(doc, found)
        return self._finish(doc, found)

    @staticmethod
    def _where_groups_act(doc: Any, found: dict[int, Found]) -> None:
        """A group that fights across a region is coded by the country its sentence places it
        in: "Boko Haram jihadists killed 92 Chadian soldiers" (Chad), "… in Niger's Diffa
        region" (Niger); by its home country when the sentence names that or no other."""
        toks = tokens(doc)
        for f in found.values():
            if f.kind != "group" or not f.entry.acts_in or f.code != f.entry.code:
                continue
            sent = toks[f.start].sent
            named = [
                g
                for g in sorted(found.values(), key=lambda g: g.start)
                if sent.start <= g.start < sent.end and g.kind in NAMES_STATE
            ]
            codes = [g.code for g in named]
            # "stormed the town of Bosso in southeastern Niger near the Nigerian border", "a
            # raid on Chadian soil": a country named as the ground stands over the home named
            # beside it
            ground = [g.code for g in named if _names_ground(toks, g)]
            if f.entry.code not in ground and any(c in f.entry.acts_in for c in ground):
                codes = [c for c in codes if c != f.entry.code]
            there = next((c for c in codes if c in f.entry.acts_in), None)
            if there is not None and f.entry.code not in codes:
                f.code = there
                f.resolution = (*f.resolution, f"acts-in:{there}")

    def _qualified_places(self, doc: Any, found: dict[int, Found]) -> None:
        """A town named with its country takes that country, whatever larger namesake the
        dictionary knows: "the Mozambican town of Palma", "Palma, Mozambique" (not Mallorca)."""
        toks = tokens(doc)
        for f in found.values():
            if f.kind != "place":
                continue
            country: Found | None = None
            if f.start >= 2 and toks[f.start - 1].lower_ == "of":
                if toks[f.start - 2].lower_ in TOWN_WORDS:
                    country = next(
                        (
                            g
                            for i in range(max(0, f.start - 6), f.start - 2)
                            if (g := found.get(i)) is not None and g.kind == "adjective"
                        ),
                        None,
                    )
            elif f.end + 1 < len(doc) and toks[f.end].text == ",":
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

    def _local_seats(self, doc: Any, found: dict[int, Found], kind: str) -> None:
        """A seat whose name many states use ("the Senate", "the House of Representatives")
        belongs to the country of a place named in its sentence, unless its default country is
        named there too: "students rallied outside the House of Representatives in Jakarta".
        Any seat placed by a city right after it is of that city's country: "the Foreign Office
        in Berlin". A group whose name many states use (a party such as "the Workers' Party") is
        placed the same way, though not by an office holder of another state named beside it nor
        by a city after it."""
        toks = tokens(doc)
        by_start = {f.start: f for f in found.values()}
        party = kind == "group"
        by_end = {f.end: f for f in found.values()}
        placed: dict[str, Found] = {}  # a shared name already placed earlier in the story
        for f in sorted(found.values(), key=lambda f: f.start):
            owner = (
                by_end.get(f.start - 1) if f.start and toks[f.start - 1].lower_ in POSS else None
            )
            if f.kind == kind and f.entry.role == SHARED and owner and owner.kind == "state":
                placed[f.entry.phrase] = owner  # "Colombia's Senate", placed in _finish
            elif f.kind == kind and f.entry.role == SHARED and f.code != f.entry.code:
                placed[f.entry.phrase] = f
            if f.kind != kind or f.code != f.entry.code:
                continue
            at = f.end + 1 + (f.end + 1 < len(doc) and toks[f.end + 1].lower_ == "the")
            # ("Hezbollah in Syria" stays Lebanese: a city names a seat's state, not a group's)
            after_in = not party and f.end < len(doc) and toks[f.end].lower_ == "in"
            city = by_start.get(at) if after_in else None
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
            sent = toks[f.start].sent
            near = [g for g in found.values() if sent.start <= g.start < sent.end and g is not f]
            # another seat of the same shared name ("sent to the Senate") names no country
            if any(g.code == f.code and not _shared_seat(g) and not _of_seat(g, f) for g in near):
                continue
            local = next((g for g in near if g.kind == "place" and g.code not in ("", "UNK")), None)
            if f.sector == "GOV":
                # a ministry deals with foreign states and their envoys ("Russia's ambassador
                # was summoned to the Foreign Office"): placed by a town, not by whom it meets
                near = []
            # "Thailand's parliament …, with the military-appointed Senate": the state that
            # owns the legislature named before it
            local = local or next(
                (
                    g
                    for g in near
                    if g.kind == "state"
                    and g.start < f.start
                    and g.end < len(doc)
                    and toks[g.end].lower_ in ("'s", "’s")
                ),
                None,
            )
            # "The Philippine Supreme Court … voided the articles the House of Representatives
            # sent to the Senate": the country of a court or a legislature named before it
            local = local or next(
                (
                    g
                    for g in near
                    if g.kind == "agent"
                    and g.sector in ("JUD", "LEG")
                    and g.code not in ("", "UNK")
                    and g.start < f.start
                ),
                None,
            )
            # "The House of Representatives impeached Vice President Sara Duterte": the
            # country of the official it acts on, when no place is named
            local = local or next(
                (
                    g
                    for g in near
                    if g.kind == "person"
                    and g.code not in ("", "UNK")
                    and g.sector in OFFICES
                    and not party  # "Labour leader Keir Starmer met Trump": still Britain's
                ),
                None,
            )
            # "An Algerian military judge ordered the detention of Louisa Hanoune, head of the
            # Workers' Party": a party takes the nationality named before it in its sentence
            local = local or next(
                (g for g in near if party and g.kind == "adjective" and g.start < f.start), None
            )
            # "the Senate's leadership" follows the Senate
            kin = [g for g in near if _of_seat(g, f)]
            if local is not None:
                f.code, f.family = local.code, local.family
                f.resolution = (*f.resolution, f"local:{local.entry.phrase}->{local.code}")
                placed[f.entry.phrase] = f
            elif f.entry.phrase in placed and not party:
                # "Colombia's Senate rejected … Petro accused the Senate of fraud": the same
                # seat as placed before in the story
                before = placed[f.entry.phrase]
                f.code, f.family = before.code, before.family
                f.resolution = (*f.resolution, f"as-before:{before.code}")
            for g in kin:
                g.code, g.family = f.code, f.family

    # -- dictionary phrases ---------------------------------------------------------------
    def _dictionary_mentions(self, doc: Any, day: dt.date | None) -> dict[int, Found]:
        toks = tokens(doc)
        spans: list[tuple[int, int, Entry]] = []
        for ent in entities(doc):
            if ent.label_ not in ENTITY_LABELS:
                continue
            start = ent.start + (1 if ent[0].lower_ == "the" else 0)
            end = ent.end - (1 if ent[-1].lower_ in ("'s", "’s") else 0)
            if ent.label_ == "PERSON":
                end = hyphen_end(doc, start, end)[1]
            if start >= end:
                continue
            titled = start > 0 and toks[start - 1].lower_.rstrip(".") in HONORIFICS
            if ent.label_ == "GPE" and end - start == 1 and self._titled_name(doc, start):
                continue  # "former President Alejandro Toledo": a surname, not Toledo, Ohio
            if ent.label_ in ("GPE", "LOC", "PERSON") and surname_particle(doc, start):
                continue  # "billionaire Isabel dos Santos": a surname, not Santos in Brazil
            found = [
                e
                for e in self.dictionary.lookup(span_text(doc, start, end))
                if e.kind in ENTITY_KINDS
                # "President Bush" is no town in Egypt
                and (e.kind != "city" or (toks[start].text[:1].isupper() and not titled))
            ]
            entry = choose(found, day, False)
            if entry is not None:
                spans.append((start, end, entry))
            elif ent.label_ in ("GPE", "LOC", "ORG"):
                spans += self._city_parts(doc, start, end)
            elif ent.label_ == "FAC" and toks[end - 1].lower_ in FACILITIES:
                spans += self._facility_town(doc, start, day)
        spans += self._dateline_city(doc, spans)
        spans += self._unmarked_towns(doc, day)
        for start, end, key, exact in matchers_for(doc.vocab, self.dictionary)(doc):
            entry = choose(self.dictionary.lookup(key), day, exact)
            if entry is None:
                continue
            first = toks[start].text
            if entry.kind in ("state", "capital", "adjective", "person", "group") and not (
                first[:1].isupper() or first[:1].isdigit()
            ):
                continue
            if (
                entry.kind in ("igo", "seat")
                and entry.phrase[:1].isupper()
                and not first[:1].isupper()
            ):
                # "Poroshenko's security council", "Hanoi's secret service": a name written
                # small is no UN organ and no American agency
                continue
            if entry.kind == "seat" and self._longer_name(doc, end):
                continue  # "the Department of State Services" (Nigeria), not State
            if entry.kind == "city" and not (
                first[:1].isupper()
                and (in_place_entity(doc, start, end) or named_region(doc, end, entry))
            ):
                continue  # "Mobile", "Nice", "metro": a city name only inside a place entity
            if entry.kind == "city" and self._hyphen_tail(doc, start):
                continue  # "Gorno-Badakhshan" (Tajikistan) is not Badakhshan (Afghanistan)
            if entry.kind == "city" and self._titled_name(doc, start):
                continue  # "former President Alejandro Toledo": a surname, not Toledo, Ohio
            if in_water(doc, start, end):
                continue  # "the South China Sea", "the Gulf of Oman": a body of water, no state
            if name_tail(doc, start, entry):
                continue  # "Mocimboa da Praia", "Puerto Jordan": the end of a longer name
            if entry.kind == "group" and entry.sector == "PTY" and self._named_before(doc, start):
                continue  # "the United Democratic Party" (Gambia) is not the US Democrats
            if entry.kind in ("agent", "title") and toks[end - 1].pos_ == "ADJ":
                continue  # "official contact", "military exercises": an adjective, not a person
            spans.append((start, end, entry))
        out: dict[int, Found] = {}
        for start, end, e in longest(spans):
            if (
                start > 1
                and toks[start - 1].text == "-"
                and toks[start - 2].lower_ in ("anti", "pro", "inter")
            ):
                continue  # "an anti-Syria journalist", "pro-Russian", "the Inter-American Court"
            hyphen = end + 1 < len(doc) and toks[end].text == "-"
            word = toks[end + 1 : end + 2] if hyphen else toks[end : end + 1]
            if e.kind in ("state", "adjective") and any(t.lower_ in CURRENCIES for t in word):
                continue  # "a 3-billion-U.S.-dollar package", "U.S. dollars": money, no party
            if e.code == "IND" and _first_nations(toks, start, end):
                continue  # "the Gila River Indian Community", "American Indian tribes"
            likeness = end + 1 < len(doc) and (
                toks[end + 1].lower_ in LIKENESS
                or (toks[end + 1].lower_ in BACKING and _backs_fighters(toks[end + 1]))
            )
            if likeness and toks[end].text == "-":
                # "a Russian-style bill", "the French-speaking majority": not that state;
                # "US-backed fighters seized Raqa", "Iran-aligned militias": the backer is not
                # the one acting (the fighters are coded where they fight)
                continue
            if (
                e.kind in ("adjective", "state")
                and start > 0
                and toks[start - 1].lower_ in REGION_WORDS
                and toks[start - 1].text[:1].isupper()
            ):
                continue  # "Central American", "Latin American", "North Korean" is matched whole
            if (
                e.kind in ("adjective", "state")
                and start > 0
                and toks[start - 1].lower_ == "ethnic"
            ):
                # "ethnic Albanians in Serbia" names an ethnic group, not Albania
                name = span_text(doc, start - 1, end)
                blank = Entry(name, "UNK", "CVL", name, "agent", e.rule)
                out[start] = Found(
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
            owner = self._national_organ(doc, start, end, e, out)
            if owner is not None:
                out[start] = owner
                continue
            kind = e.kind
            if kind == "city" or (kind in ("state", "capital") and is_locative(doc, start, end)):
                kind = "place"
            sector = e.sector if kind != "place" else None
            why: tuple[str, ...] = (f"dict:{e.kind}",)
            if kind == "place":
                why += ("locative: a place, not an actor",)
            out[start] = Found(start, end, e, kind, e.code, sector, e.name, e.rule, why, e.family)
        return out

    def _national_organ(
        self, doc: Any, start: int, end: int, e: Entry, out: dict[int, Found]
    ) -> Found | None:
        """ "Russia's Security Council dismissed the move": a state's own council, not the UN's."""
        toks = tokens(doc)
        if (
            e.kind != "igo"
            or span_text(doc, start, end).lower() not in NATIONAL_ORGANS
            or start < 2
        ):
            return None
        if toks[start - 1].text not in ("'s", "’s"):
            return None
        state = next(
            (f for f in out.values() if f.end == start - 1 and f.kind in ("state", "capital")), None
        )
        if state is None:
            return None
        name = f"{state.code} {span_text(doc, start, end)}"
        entry = Entry(name, state.code, "GOV", name, "agent", e.rule)
        why = (f"national organ: {state.name}'s, not {e.code}",)
        return Found(start, end, entry, "agent", state.code, "GOV", name, e.rule, why)

    def _korean_halves(self, doc: Any, found: dict[int, Found]) -> None:
        """ "fired rounds near the South's border islands": in a story about the two Koreas,
        "the North" and "the South" are North and South Korea."""
        toks = tokens(doc)
        codes = {f.code for f in found.values()}
        if not codes & {"KOR", "PRK"}:
            return
        for tok in toks[1:]:
            half = KOREAN_HALVES.get(tok.text)
            if half is None or tok.i in found or toks[tok.i - 1].lower_ != "the":
                continue
            after = toks[tok.i + 1] if tok.i + 1 < len(doc) else None
            if after is not None and after.text[:1].isupper() and after.text not in ("'s", "’s"):
                continue  # "the North Atlantic", "the South China Sea"
            entry = choose(
                [e for e in self.dictionary.lookup(half) if e.kind == "state"], None, False
            )
            if entry is not None:
                why = ("korean-half: " + tok.text + " → " + entry.code,)
                found[tok.i] = Found(
                    tok.i, tok.i + 1, entry, "state", entry.code, entry.sector, entry.name,
                    entry.rule, why, entry.family,
                )  # fmt: skip

    def _unmarked_towns(self, doc: Any, day: dt.date | None) -> list[tuple[int, int, Entry]]:
        """ "travelling from Parachinar to Peshawar": a one-word town after a locative
        preposition that the NER left unmarked (a longer name, "in Santiago Maldonado's …", is
        not one)."""
        toks = tokens(doc)
        out: list[tuple[int, int, Entry]] = []
        for i in where_pos(doc, "PROPN"):  # no token object built for the other words
            if i == 0 or i + 1 >= len(toks) or toks[i - 1].lower_ not in TOWN_PREPOSITIONS:
                continue
            tok = toks[i]
            if tok.ent_type_ or toks[i + 1].pos_ == "PROPN" or not tok.text[:1].isupper():
                continue
            entry = self._town(tok.text, day)
            if entry is not None:
                out.append((i, i + 1, entry))
        return out

    def _town(self, name: str, day: dt.date | None) -> Entry | None:
        """The GeoNames city (or our own place) a one-word name reads as, if any."""
        return choose([e for e in self.dictionary.lookup(name) if e.kind == "city"], day, False)

    @staticmethod
    def _dateline_seats(doc: Any, found: dict[int, Found]) -> None:
        """A seat whose name many states use, in a story filed from another country that never
        names the seat's default one, is of the filing country: "ISLAMABAD: … Foreign Office
        spokesperson Mumtaz Zahra Baloch urged Iran" (before a title takes the seat's country)."""
        home = found.get(0)
        if (
            home is None
            or home.kind not in ("place", "capital")
            or home.code in ("", "UNK")
            or home.end >= len(doc)
            or tokens(doc)[home.end].text not in DATELINE_ENDS
        ):
            return
        named = {
            g.code
            for g in found.values()
            if g.kind in NAMES_STATE or (g.kind == "seat" and not _shared_seat(g))
        }
        for f in found.values():
            if _shared_seat(f) and f.code != home.code and f.code not in named:
                f.code, f.family = home.code, home.family
                f.resolution = (*f.resolution, f"dateline:{home.entry.phrase}->{home.code}")

    def _dateline_city(
        self, doc: Any, spans: list[tuple[int, int, Entry]]
    ) -> list[tuple[int, int, Entry]]:
        """ "QUETTA: A suicide bomber …", "LAHORE —": the city in capitals that opens the story
        is where it was filed, also where the entity recogniser missed it."""
        toks = tokens(doc)
        end = 0
        while end < min(len(doc), 4) and toks[end].is_alpha and toks[end].text.isupper():
            end += 1
        if not end or end >= len(doc) or toks[end].text not in DATELINE_ENDS:
            return []
        if any(s < end for s, _e, _entry in spans):
            return []
        name = " ".join(t.text.capitalize() for t in toks[:end])
        found = [e for e in self.dictionary.lookup(name) if e.kind in ("city", "capital")]
        entry = choose(found, None, False)
        return [(0, end, entry)] if entry is not None else []

    def _facility_town(
        self, doc: Any, start: int, day: dt.date | None
    ) -> list[tuple[int, int, Entry]]:
        """ "struck the arrivals hall of Abha International Airport": the town a facility is
        named after is where it stands."""
        entry = self._town(tokens(doc)[start].text, day)
        return [(start, start + 1, entry)] if entry is not None else []

    def _city_parts(self, doc: Any, start: int, end: int) -> list[tuple[int, int, Entry]]:
        """Cities inside a longer place name: "Donetsk Oblast", "Kharkiv and Izium"."""
        toks = tokens(doc)
        out = []
        part = start
        for i in range(start, end + 1):
            if i < end and toks[i].lower_ not in PART_BREAKS:
                continue
            if i > part and toks[part].text[:1].isupper():
                city = [
                    e for e in self.dictionary.lookup(span_text(doc, part, i)) if e.kind == "city"
                ]
                if city:
                    out.append((part, i, city[0]))
            part = i + 1
        return out

    # -- agents and titles get their country from modifiers -------------------------------
    def _attach_agents(self, doc: Any, found: dict[int, Found]) -> dict[int, Found]:
        toks = tokens(doc)
        by_token = {i: f for f in found.values() for i in range(f.start, f.end)}
        for f in sorted(found.values(), key=lambda f: f.start):
            if f.kind == "seat" and f.start > 0:
                # "Peru's Congress", "the Dutch Senate": the named state's own body
                owned = f.start > 1 and toks[f.start - 1].lower_ in ("'s", "’s")
                owner = by_token.get(f.start - 2 if owned else f.start - 1)
                kinds = ("state",) if owned else ("adjective",)
                if owner is not None and owner.kind in kinds and owner.code != f.code:
                    f.code, f.family = owner.code, owner.family
                    f.resolution = (*f.resolution, f"owner:{owner.entry.phrase}->{owner.code}")
                continue
            if f.kind not in ("agent", "title"):
                continue
            head = toks[f.end - 1]
            sources = [c for c in head.children if c.dep_ in MODIFIER_DEPS or c.i < f.start]
            for prep in (
                c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
            ):
                sources += [t for t in prep.children if t.dep_ == "pobj"]
            sources += self._group_source(doc, f, head, by_token)
            # "a Russian-installed official", "the Kremlin-appointed governor": the state
            # that put the agent in place
            sources += [
                g
                for c in head.children
                if c.dep_ == "amod" and c.lower_ in INSTALLED
                for g in c.children
                if g.dep_ in ("npadvmod", "compound", "nmod") and g.i < c.i
            ]
            # a chain directly before the agent ("Kremlin spokesman", "US Secretary of State")
            left = by_token.get(f.start - 1)
            if left is not None and left.kind in COUNTRY_KINDS | {"place"}:
                sources.insert(0, toks[left.start])
            if toks[f.end - 1].lemma_.lower() in POSTED:
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

    def _hyphen_tail(self, doc: Any, start: int) -> bool:
        """The end of a hyphenated name whose first part names no place of its own
        ("Gorno-Badakhshan"; not "Israel-Gaza", "Russia-Ukraine")."""
        toks = tokens(doc)
        if start < 2 or toks[start - 1].text != "-" or toks[start - 1].whitespace_:
            return False
        first = toks[start - 2]
        return first.text[:1].isupper() and not self.dictionary.lookup(first.text)

    def _longer_name(self, doc: Any, end: int) -> bool:
        """The match stops inside a longer name the recogniser found: the next word is a
        capitalised part of the same entity and no title ("Department of State Services")."""
        toks = tokens(doc)
        if end >= len(doc):
            return False
        nxt = toks[end]
        return (
            nxt.ent_iob_ == "I"
            and nxt.ent_type_ in ("ORG", "FAC", "GPE")
            and nxt.pos_ == "PROPN"
            and nxt.text[:1].isupper()
            and not any(e.kind in ("title", "agent") for e in self.dictionary.lookup(nxt.lower_))
        )

    def _named_before(self, doc: Any, start: int) -> bool:
        """The match starts inside a longer name the recogniser found: the word before is a
        capitalised part of the same entity and names no state ("the Islamic Renaissance
        Party" of Tajikistan; not "the U.S. Democratic Party")."""
        toks = tokens(doc)
        if start == 0 or toks[start].ent_iob_ != "I":
            return False
        before = toks[start - 1]
        return (
            before.text[:1].isupper()
            and before.lower_ != "the"
            and not any(
                e.kind in ("state", "adjective", "capital")
                for e in self.dictionary.lookup(before.text)
            )
        )

    @staticmethod
    def _group_source(doc: Any, f: Found, head: Any, by_token: dict[int, Found]) -> list[Any]:
        """ "detained 33 mercenaries from Russia's Wagner private military group": the named
        group of a "from" phrase the parser hung on the verb, or that names the group noun."""
        toks = tokens(doc)
        nxt = toks[f.end] if f.end < len(doc) else None
        if nxt is None or nxt.lower_ != "from" or nxt.head.i not in (head.i, head.head.i):
            return []
        return [
            c
            for t in nxt.children
            if t.dep_ == "pobj" and t.i not in by_token
            for c in (t, *t.children)
            if (g := by_token.get(c.i)) is not None and g.kind == "group"
        ]

    # -- organisations the dictionary does not know --------------------------------------
    def _titled_name(self, doc: Any, start: int) -> bool:
        """A name right after a title and a given name: "President Alejandro Toledo"."""
        toks = tokens(doc)
        if start < 2 or toks[start - 1].pos_ != "PROPN" or not toks[start - 1].text[:1].isupper():
            return False
        title = toks[start - 2].lower_.rstrip(".")
        return any(e.kind == "title" for e in self.dictionary.lookup(title))

    def _unknown_organisations(self, doc: Any, found: dict[int, Found]) -> dict[int, Found]:
        """An ORG entity no dictionary entry covers stays an actor with code UNK and its own
        name ("the Third World Water Forum"), so its events are kept and a user can add it."""
        toks = tokens(doc)
        taken = {i for f in found.values() for i in range(f.start, f.end)}
        by_end = {f.end: f for f in found.values() if f.kind in ("state", "capital")}
        for ent in entities(doc):
            if ent.label_ != "ORG" or taken & set(range(ent.start, ent.end)):
                continue
            start = ent.start + (1 if ent[0].lower_ == "the" else 0)
            if start >= ent.end:
                continue
            name = span_text(doc, start, ent.end)
            blank = Entry(name, "UNK", None, name, "group", "ner:ORG")
            # "China's Southern Theater Command": a body of the state that owns it
            owner = by_end.get(start - 1) if toks[start - 1].lower_ in ("'s", "’s") else None
            found[start] = Found(
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

    # -- pronouns ----------------------------------------------------------------------
    def _finish(self, doc: Any, found: dict[int, Found]) -> tuple[Mention, ...]:
        entity_ids: dict[tuple[str, str], int] = {}
        out = []
        for f in sorted(found.values(), key=lambda f: f.start):
            if f.kind == "title" and f.code == "" and not _definite_subject(doc, f):
                continue  # a bare title with no person and no country names nobody
            code = f.code or "UNK"
            kind = "place" if f.kind in ("state", "capital") and based_in(doc, f.end) else f.kind
            key = (code, f.name if f.kind in ("person", "pronoun") else code)
            entity = entity_ids.setdefault(key, len(entity_ids))
            start, end = char_bounds(doc, f.start, f.end)
            out.append(
                Mention(
                    start=start,
                    end=end,
                    text=span_text(doc, f.start, f.end),
                    code=code,
                    sector=f.sector,
                    name=f.name if f.kind not in ("agent", "title") else f"{code} {f.entry.phrase}",
                    kind=kind,
                    rule=f.rule,
                    entity=entity,
                    resolution=f.resolution,
                    family=f.family,
                )
            )
        return tuple(out)


def _definite_subject(doc: Any, f: Found) -> bool:
    """ "The prime minister on Friday accused …": a definite title that acts names the holder
    of the office the story is about, for the event coder to place."""
    toks = tokens(doc)
    head = toks[f.end - 1]
    return f.start > 0 and toks[f.start - 1].lower_ == "the" and head.dep_ in ("nsubj", "nsubjpass")


def _first_nations(toks: Any, start: int, end: int) -> bool:
    """ "Indian" naming the first nations of the Americas, not India: "American Indian",
    "Native Indian", or before a tribal word ("Gila River Indian Community", "Indian tribes")."""
    if start > 0 and toks[start - 1].lower_ in ("american", "native"):
        return True
    after = toks[end] if end < len(toks) else None
    return after is not None and (
        after.lower_ in TRIBAL or (after.lower_ in NATIVE_NAMES and after.text[:1].isupper())
    )


# the ground a nationality names: "Chadian soil", "a Nigerien village"
GROUND = TOWN_WORDS | {"soil", "territory"}


def _names_ground(toks: Any, g: Found) -> bool:
    """Whether a mention names where something happens: a place ("in southeastern Niger"), or a
    nationality of the ground ("on Chadian soil")."""
    if g.kind == "place":
        return True
    return g.kind == "adjective" and toks[g.start].head.lemma_ in GROUND
