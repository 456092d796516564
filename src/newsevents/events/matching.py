"""Whether a trigger pattern's dependency constraints hold at a token (see ``triggers.py``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newsevents.doc_cache import children_of
from newsevents.events.kinds import NAMING, WEEKDAYS
from newsevents.events.roles import (
    RELATIVES,
    actor_tokens,
    comma_participle,
    elided,
    finite_modifier,
    governing_verb,
    misread_noun,
    stolen_object,
)
from newsevents.events.triggers import Trigger


def forms(tok: Any) -> tuple[str, ...]:
    """The lemma plus guesses that survive the lemmatizer's slips ("staged" → "stag")."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    out = [lemma]
    if low != lemma:
        out.append(low)
        if low.endswith("ed"):
            out += [low[:-1], low[:-2]]
        elif low.endswith("ing"):
            out += [low[:-3], low[:-3] + "e"]
        elif low.endswith("s"):
            out.append(low[:-1])
    return tuple(dict.fromkeys(out))


def entity_form(tok: Any) -> tuple[str, ...]:
    # constraint values are lower case; the small model often tags a town as ORG or nothing
    named = tok.ent_type_ in ("GPE", "LOC", "FAC") or (
        tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "NORP")
    )
    if tok.ent_type_ == "PERSON":
        return ("person",)  # "released Brittney Griner"
    return ("gpe",) if named else ()


def dated(tok: Any) -> bool:
    """A clause with a weekday of its own ("deployed on Friday"): news, not a description."""
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in WEEKDAYS for g in children_of(c))
        for c in children_of(tok)
    )


def part_of_speech(tok: Any) -> str:
    if tok.pos_ in ("VERB", "AUX"):
        return "NOUN" if misread_noun(tok) else "VERB"
    if tok.pos_ in ("NOUN", "PROPN") or misread_noun(tok):
        return "NOUN"
    return tok.pos_


def children(tok: Any, deps: Iterable[str]) -> list[Any]:
    ds = set(deps)
    return [c for c in children_of(tok) if c.dep_ in ds]


SUBJECTS = frozenset({"nsubj", "nsubjpass"})
CARRYING = frozenset({"carry", "load", "bring", "bear", "transport", "pack", "laden"})


def _subjects(tok: Any, levels: int) -> list[Any]:
    """A verb trigger's subject and the nouns it counts or groups ("thousands of protesters")."""
    if (tok.dep_ == "amod" and not finite_modifier(tok)) or (
        tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBG") and not comma_participle(tok)
    ):
        # "striking miners", "a convoy of trucks carrying diesel crossed": the noun an
        # active participle (or a verb misread as one) describes does it
        heads = [tok.head]
    else:
        heads = actor_tokens(tok)[:1] if tok.pos_ in ("VERB", "AUX") else []
    if heads and heads[0].lower_ in RELATIVES and heads[0].head.dep_ == "relcl":
        heads = [heads[0].head.head]  # "protesters who tried to force their way in"
    for _ in range(levels):
        heads += [p for k in list(heads) for p in of_objects(k)]
    return heads


def _complementizer(k: Any, tok: Any) -> bool:
    """ "notified the UN that it is withdrawing": a "that" the parser made the object."""
    return (
        k.lower_ == "that"
        and tok.dep_ == "ccomp"
        and k.i < tok.i
        and any(c.dep_ == "nsubj" and c.i > k.i for c in children_of(tok))
    )


def holds(
    trigger: Trigger, tok: Any, seen: dict[tuple[str, bool], frozenset[str]] | None = None
) -> bool:
    """Whether every constraint of a pattern holds at ``tok``. ``seen`` keeps the words each
    constraint reads at this token, for the next pattern tried on it."""
    seen = {} if seen is None else seen
    for c in trigger.requires:
        key = (c.key, c.negated and c.key == "subj")
        words = seen.get(key)
        if words is None:
            words = seen[key] = frozenset(_words(c.key, tok, c.negated))
        ok = bool(words) and ("*" in c.values or not c.values.isdisjoint(words))
        if ok == c.negated:
            return False
    return True


def _so_called(tok: Any) -> list[Any]:
    """The noun of a "what X called …" object the parser made a clause of its own: "launched
    what it called anti-terrorist operations" → operations."""
    return [
        o
        for c in children(tok, ("ccomp",))
        if c.lemma_ in NAMING and any(w.lower_ == "what" for w in children(c, ("dobj",)))
        for o in [
            *children(c, ("oprd", "attr", "dobj")),
            # "unveiled what it described as its first hypersonic missile"
            *(
                p
                for a in children(c, ("prep",))
                if a.lower_ == "as"
                for p in children(a, ("pobj",))
            ),
        ]
        if o.lower_ != "what"
    ]


def _words(key: str, tok: Any, negated: bool) -> Iterable[str]:
    """The words a constraint of ``key`` reads at ``tok``: its objects' forms, its
    prepositions, its modifiers …"""
    if key == "obj":
        kids = [
            elided(k)
            for k in children(tok, ("dobj", "attr", "oprd", "nsubjpass"))
            if not _complementizer(k, tok)
        ]
        if not kids:
            kids = _so_called(tok)  # "launched what it called anti-terrorist operations"
        if not kids and (stolen := stolen_object(tok)) is not None:
            kids = [stolen]  # "has released Otto Warmbier, an American student, … said"
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            kids.append(tok.head)  # "a deal signed with the army": the deal is what was signed
        elif (
            tok.dep_ == "relcl"
            and not kids
            and (tok.head.dep_ in ("npadvmod", "appos") or dated(tok))
        ):
            # "…, an accusation the group denied", "the soldiers it deployed on Friday": what
            # was denied or deployed ("the sanctions Tokyo imposed" is a description, not news)
            kids.append(tok.head)
        for _ in range(2):  # "Indian Air Force pilot Wing Commander Abhinandan Varthaman"
            kids += [g for k in list(kids) for g in children(k, ("conj", "compound", "appos"))]
        kids = list(dict.fromkeys(kids))
        for _ in range(2):  # "tens of thousands of troops"
            kids += [p for k in list(kids) for p in of_objects(k)]
        # "GPE" in a constraint stands for any named town or country ("seized Goma")
        return [f for k in kids for f in (*forms(k), *entity_form(k))]
    if key == "prep":
        # "called off the ceasefire on Monday": a day is no preposition of the pattern's
        kids = [
            k
            for k in children(tok, ("prep", "agent", "dative"))
            if not (k.lower_ == "on" and any(g.ent_type_ == "DATE" for g in children_of(k)))
        ]
        # "sending about 100 drones toward Israel": the preposition may hang on the object
        kids += [p for o in children(tok, ("dobj",)) for p in children(o, ("prep",))]
        # "called for the suspects to be tried": "for" marks the clause
        kids += [
            m
            for k in children(tok, ("advcl", "ccomp", "xcomp"))
            for m in children(k, ("mark",))
            if m.lower_ == "for"
        ]
        return [k.lower_ for k in kids]
    if key == "pobj":
        # "spoke by telephone": the parser may read "by" as a passive's agent
        preps = children(tok, ("prep", "agent"))
        # "fired a missile, possibly a new ICBM, toward the Sea of Japan", "a missile that
        # flew over Hokkaido before falling into the Pacific": hung on the object
        preps += [d for o in children(tok, ("dobj",)) for d in o.subtree if d.dep_ == "prep"]
        # "pulling out of peace talks": "of" hangs on "out"; "stayed away from the meeting":
        # "from" hangs on "away"
        preps += [g for k in list(preps) for g in children(k, ("prep",))]
        preps += [g for k in children(tok, ("advmod", "prt")) for g in children(k, ("prep",))]
        kids = [p for k in preps for p in children(k, ("pobj", "pcomp"))]
        kids += [p for k in list(kids) for p in of_objects(k)]  # "bowing to days of protests"
        kids += [g for k in list(kids) for g in children(k, ("compound",))]  # "chipmaker Nexperia"
        return [f for k in kids for f in forms(k)]
    if key == "prt":
        # "stepped down hours later": the parser often reads the particle as an adverb
        return [k.lower_ for k in children(tok, ("prt", "advmod"))]
    if key == "xcomp":
        kids = children(tok, ("xcomp", "ccomp"))
        kids += [g for k in list(kids) for g in children(k, ("conj",))]  # "… and would pay"
        # "vowed to keep fighting": what is kept up
        kids += [
            g
            for k in list(kids)
            if k.lemma_ in ("keep", "continue")
            for g in children(k, ("xcomp",))
        ]
        # "have sworn to fight" is often parsed as an adverbial clause; "gave the envoy 48
        # hours to leave" as a relative clause on the hours, "ordered an officer based at the
        # embassy to leave" as a clause on the officer
        kids += [
            k
            for k in (
                *children(tok, ("advcl",)),
                *(
                    r
                    for d in children(tok, ("dobj", "npadvmod"))
                    for r in children(d, ("relcl", "acl"))
                ),
            )
            if any(g.tag_ == "TO" for g in children_of(k))
        ]
        return [k.lemma_.lower() for k in kids]
    if key == "inf":
        kids = [
            k
            for k in children(tok, ("xcomp", "ccomp"))
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(k))
        ]
        return [k.lemma_.lower() for k in kids]
    if key == "mod":
        kids = children(tok, ("amod", "compound", "nmod", "advmod", "npadvmod"))
        # "their first joint army training": the modifier of a compound modifies the whole
        kids += [g for k in kids if k.dep_ == "compound" for g in children(k, ("amod",))]
        # "NORP" stands for any nationality or state named on the noun ("an Israeli strike")
        return [
            w
            for k in kids
            for w in (
                k.lemma_.lower(),
                k.lower_,
                *(("norp",) if k.ent_type_ in ("NORP", "GPE") else ()),
            )
        ]
    if key == "as":
        kids = children(tok, ("oprd", "acomp", "ccomp", "xcomp"))
        # "that Kyiv called an act of …": two objects, or one when the relative is the other
        kids += children(tok, ("dobj",))[0 if tok.dep_ == "relcl" else 1 :]
        kids += [
            p for k in children(tok, ("prep",)) if k.lower_ == "as" for p in children(k, ("pobj",))
        ]
        kids += [  # "regards the decision to issue a warrant as null": hung low
            p
            for o in children(tok, ("dobj",))
            for k in o.subtree
            if k.dep_ == "prep" and k.lower_ == "as"
            for p in children(k, ("pobj",))
        ]
        # "declared the envoy persona non grata", misread as a clause with the envoy its subject
        kids += [g for k in children(tok, ("ccomp",)) for g in children(k, ("dobj",))]
        # "ruled that Johnson acted unlawfully": how the act was done
        kids += [g for k in children(tok, ("ccomp",)) for g in children(k, ("advmod",))]
        # "ruled that X's decision to dissolve Parliament … was unconstitutional": a long
        # clause subject the parser cut off, leaving "was" a subjectless conjunct of "ruled"
        kids += [
            g
            for k in children(tok, ("conj",))
            if k.lemma_ == "be" and not any(c.dep_ in SUBJECTS for c in children_of(k))
            for g in children(k, ("acomp", "attr"))
        ]
        # "found Dominic Ongwen, a former child soldier …, guilty": hung on the object after
        # its apposition (an adjective after its noun), or on the apposition; "declared
        # unconstitutional the articles": put before the object's determiner
        kids += [
            a
            for o in children(tok, ("dobj",))
            for x in (o, *children(o, ("appos",)))
            for a in children(x, ("amod",))
            if a.i > x.i or any(d.i > a.i for d in children(x, ("det",)))
        ]
        kids += [m for k in list(kids) for m in children(k, ("amod", "compound", "attr", "acomp"))]
        kids += [p for k in list(kids) for p in of_objects(k)]  # "an act of aggression"
        return [f for k in kids for f in forms(k)]
    if key == "aux":
        return [k.lower_ for k in children(tok, ("aux",))]
    if key == "in":
        return [tok.head.lower_] if tok.dep_ == "pobj" else []
    if key == "head":
        # a verb's head is the verb it complements ("would stop issuing licences")
        verb = tok.head if tok.dep_ == "xcomp" else governing_verb(tok)
        return forms(verb) if verb is not None else ()
    if key == "cargo":  # "trucks carrying medicine rolled into Gaza": what they carry
        kids = [
            g
            # "a convoy of trucks loaded with food", "sent planes carrying firefighters"
            for k in [*_subjects(tok, 1), *children(tok, ("dobj",))]
            for a in children_of(k)
            if a.dep_ in ("acl", "relcl", "amod") and a.lemma_ in CARRYING
            for g in a.subtree
        ]
        return [f for k in kids for f in forms(k)]
    # subj: "tens of thousands of protesters stormed …" counts the protesters
    heads = _subjects(tok, 2)
    # "killed by Hezbollah fire", "Israeli fire": fire that someone owns is gunfire
    heads = [k for k in heads if not (negated and k.lemma_ == "fire" and owned(k))]
    # "a bomb blast killed 25 people": a bombing, not an accident
    heads = [k for k in heads if not (negated and k.lemma_ in BLASTS and _bombed(k))]
    # "Supreme Court Justice Gilmar Mendes suspended …": a named person's title counts
    heads += [
        t
        for k in heads
        if k.pos_ == "PROPN"
        for t in k.subtree
        if t.dep_ == "compound" and t.i < k.i and t.pos_ in ("PROPN", "NOUN")
    ]
    return [f for k in heads for f in (*forms(k), *entity_form(k))]


BLASTS = frozenset({"blast", "explosion"})
BOMBS = frozenset({"bomb", "car", "suicide", "truck", "roadside", "grenade", "mine"})


def _bombed(noun: Any) -> bool:
    return any(k.dep_ in ("compound", "amod") and k.lemma_ in BOMBS for k in children_of(noun))


def owned(noun: Any) -> bool:
    return any(
        k.dep_ == "poss" or (k.dep_ in ("compound", "amod") and k.pos_ in ("PROPN", "ADJ"))
        for k in children_of(noun)
        if k.ent_type_ in ("GPE", "NORP", "ORG") or k.dep_ == "poss"
    )


def of_objects(tok: Any) -> list[Any]:
    return [
        p
        for c in children_of(tok)
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in children_of(c)
        if p.dep_ == "pobj"
    ]
