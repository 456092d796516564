"""Where a trigger's recipient may be named: the pattern's own sources (its object, a
preposition, a dative …), then the prepositions on the object, the complement clause, and whoever
drew a reaction. The parse walk for actors is in ``roles.py``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newsevents.doc_cache import children_of
from newsevents.events.roles import (
    DEMAND_MODALS,
    OBJ,
    RELATIVES,
    SAYING,
    STATIVE_PASSIVES,
    came_under,
    elided,
    governing_verb,
    prep_objects,
    stolen_object,
    subject_of,
)

COMPLEMENT_PREPS = frozenset({"to", "against", "on", "with", "from", "for", "into", "toward"})
REASON_PREPS = frozenset({"for", "from"})


def complement_tokens(trigger: Any) -> list[Any]:
    """Who an event's complement clause is about: "threatened to shell Iraqi towns",
    "demanded that the DPRK forsake …", "agreed to provide aid for Romania"."""
    out: list[Any] = []
    clause_deps = ("xcomp", "ccomp", "acl") if trigger.pos_ == "NOUN" else ("xcomp", "ccomp")
    for comp in children_of(trigger):
        if comp.dep_ not in clause_deps or comp.pos_ not in ("VERB", "AUX"):
            continue
        if comp.dep_ in ("ccomp", "acl"):
            subj = subject_of(comp) or next(
                (c for c in children_of(comp) if c.dep_ == "nsubjpass"), None
            )
            if subj is not None and subj.pos_ != "PRON":
                out.append(subj)
        out += [c for c in children_of(comp) if c.dep_ in ("dobj", "dative")]
        # "retaliate against Israel for the killing of …": the target, not the reason
        preps = [c for c in children_of(comp) if c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS]
        targets = [c for c in preps if c.lower_ not in REASON_PREPS] or preps
        for prep in targets:
            out += [p for p in children_of(prep) if p.dep_ == "pobj"]
        for obj in [c for c in children_of(comp) if c.dep_ == "dobj"]:
            for prep in children_of(obj):
                if prep.dep_ == "prep" and prep.lower_ in COMPLEMENT_PREPS:
                    out += [p for p in children_of(prep) if p.dep_ == "pobj"]
    return out


OBJECT_PREPS = frozenset({"against", "on", "to", "with", "toward", "towards", "for"})


def drawer(noun: Any) -> list[Any]:
    """Whoever drew a reaction: "China staged drills, *drawing* condemnation from Taipei" →
    China; "Bolsonaro's conviction drew a warning from Rubio" → the convicted."""
    verb = governing_verb(noun)
    if verb is not None and verb.dep_ == "advcl" and verb.head.dep_ == "pcomp":
        # "held talks … on what he called a peace mission, drawing criticism": the parser hung
        # the reaction on the aside; it answers the main clause
        verb = verb.head.head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
    while verb is not None:
        reported = [c for c in children_of(verb) if c.dep_ == "ccomp"]
        if verb.lemma_ in SAYING and reported and subject_of(reported[0]) is not None:
            # "Thailand has deported 100 Uighurs, officials said, drawing condemnation": the
            # reported act drew it, not the officials who report it
            verb = reported[0]
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


def _stray_preps(verb: Any, preps: set[str]) -> list[Any]:
    """The objects of a verb's preposition that a misparse hung on the noun the verb was read as
    modifying ("Greece extradited Russian suspect Alexander Vinnik to France")."""
    if verb.dep_ not in ("amod", "compound"):
        return []
    return [p for h in (verb.head, verb.head.head) for p in prep_objects(h, preps)]


def recipient_candidates(trigger: Any, sources: Iterable[str]) -> list[list[Any]]:
    """Token groups that may name the recipient, in the order to try them: the pattern's own
    sources, then prepositions on the object ("further action against Russia"), the object's
    "of" ("imports of Russian oil"), the trigger's own "to/against", then the complement clause.
    The coder takes the first group that names an actor."""
    sources = list(sources)
    if trigger.lemma_ in DEMAND_MODALS and trigger.dep_ == "aux":
        # "Russian troops should be withdrawn": the passive's subject is who must act ("Israel
        # must be punished" is a threat's target, not a demand's)
        subj = subject_of(trigger.head)
        if subj is None and trigger.lemma_ == "should":
            subj = next((c for c in children_of(trigger.head) if c.dep_ == "nsubjpass"), None)
        return [[subj]] if subj is not None else []
    if trigger.pos_ == "ADJ" and trigger.dep_ in ("acomp", "oprd"):
        own = prep_objects(trigger, OBJECT_PREPS | {"of", "about"})
        head = recipient_candidates(trigger.head, [s for s in sources if s.startswith("prep")])
        return [own, *head, complement_tokens(trigger)]
    obj = next((c for c in children_of(trigger) if c.dep_ in OBJ), None)
    if (obj is None or obj.dep_ == "dobj") and (
        trigger.pos_ == "VERB" and trigger.lemma_ not in STATIVE_PASSIVES
    ):
        # "Google was fined 2.42 billion euros": a passive's retained object is no party
        obj = next((c for c in children_of(trigger) if c.dep_ == "nsubjpass"), obj)
    if obj is None and trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        obj = trigger.head  # "49 Ivorian soldiers arrested at the airport": the soldiers
    if obj is None and trigger.pos_ == "VERB":
        obj = stolen_object(trigger)  # "has released Otto Warmbier, …, Tillerson said"
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
            found = [c for c in children_of(obj) if c.dep_ in ("poss", "compound", "amod")]
            # "rejected a revised map adopted by Nepal's Cabinet": whose act the object is
            found += [
                p
                for a in children_of(obj)
                if a.dep_ == "acl" and a.tag_ == "VBN"
                for g in children_of(a)
                if g.dep_ == "agent"
                for p in children_of(g)
                if p.dep_ == "pobj"
            ]
        elif kind == "dative":
            datives = [c for c in children_of(trigger) if c.dep_ == "dative"]
            verb = governing_verb(trigger) if trigger.pos_ == "NOUN" else None
            if not datives and verb is not None:  # "handed Qatar a list of 13 demands"
                datives = [c for c in children_of(verb) if c.dep_ == "dative"]
            found = datives + [p for c in datives for p in children_of(c) if p.dep_ == "pobj"]
        elif kind == "prep":
            found = prep_objects(trigger, preps)
            if obj is not None:
                found += prep_objects(obj, preps)
            verb = governing_verb(trigger) if trigger.pos_ == "NOUN" else None
            if verb is not None and not found:
                found = prep_objects(verb, preps)  # "issued arrest warrants on Thursday for X"
            if not found and trigger.pos_ == "VERB":
                found = _stray_preps(trigger, preps)
        elif kind == "objprep" and obj is not None:
            found = prep_objects(obj, preps)
        elif kind == "of":
            found = prep_objects(trigger, preps or {"of", "against", "on", "with", "to", "toward"})
        elif kind == "drawn":
            found = drawer(trigger)
        elif kind == "verbobj":
            # "placed Bolsonaro under house arrest": the object of the governing verb
            verb = governing_verb(trigger) if trigger.pos_ == "NOUN" else None
            found = (
                [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")] if verb else []
            )
        elif kind == "under":
            # "a convoy carrying ASEAN monitors came under fire": what came under it
            come = came_under(trigger) if trigger.pos_ == "NOUN" else None
            found = [c for c in children_of(come) if c.dep_ == "nsubj"] if come is not None else []
            # "a convoy carrying two Singapore embassy officials and an ASEAN team": who rode
            found += [
                o
                for c in found
                for a in children_of(c)
                if a.dep_ == "acl" and a.lemma_ in ("carry", "transport")
                for d in children_of(a)
                if d.dep_ == "dobj"
                for o in (d, *(g for g in children_of(d) if g.dep_ == "conj"))
            ]
        groups.append(found)
    if "none" in sources:
        return groups
    if trigger.pos_ == "NOUN":  # "a suspension of air links with Serbia"
        groups.append(
            [p for o in prep_objects(trigger, ["of"]) for p in prep_objects(o, OBJECT_PREPS)]
        )
    if obj is not None:
        # "charged four people, including European Parliament Vice-President Eva Kaili"
        groups.append(prep_objects(obj, ["including"]))
        groups.append(prep_objects(obj, OBJECT_PREPS))
        groups.append(prep_objects(obj, ["of"]))  # "banned imports of Russian oil"
    groups.append(prep_objects(trigger, ["to", "against", "toward"]))
    groups.append(complement_tokens(trigger))
    # "asked for guarantees that NATO would not expand": the clause on the object names it
    nouns = prep_objects(trigger, ["for", "on"]) + ([obj] if obj is not None else [])
    groups.append([s for n in nouns for s in complement_tokens(n)])
    return groups
