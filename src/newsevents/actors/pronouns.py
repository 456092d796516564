"""Pronouns and role nouns resolved to the actor they stand for: he/she/his → the nearest person
within a few sentences; it/its → the nearest state-like actor; they/their → the nearest group;
"the group", "the bloc" → the nearest armed group or organisation named before."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from newsevents.actors.phrases import (
    GROUP_LIKE,
    PERSON_WINDOW,
    PRONOUNS,
    STATE_LIKE,
    Found,
)
from newsevents.doc_cache import sentences, tokens, where_lower, where_pos

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
    verb = tok.head
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is None and verb.dep_ == "xcomp":
        # "prompting Israel's foreign minister to liken him to …": the one told to act
        heads = list(verb.head.children)
        own = next((c for c in heads if c.dep_ == "dobj"), None) or next(
            (c for c in heads if c.dep_ == "nsubj"), None
        )
    return own


def _controller(tok: Any) -> Any | None:
    """The object controlling the clause an "its" sits in: "ordered it to close its consulate"
    → "it"."""
    if tok.lower_ != "its":
        return None
    clause = tok.head.head if tok.head.dep_ in ("dobj", "pobj") else None
    if clause is None or clause.dep_ != "xcomp":
        return None
    return next((c for c in clause.head.children if c.dep_ == "dobj" and c.pos_ == "PRON"), None)


PLURAL = frozenset({"NNS", "NNPS"})
# unnamed bodies a "they" or "it" of their own statement stands for: "police said they had
# arrested …" (an unnamed government's or army's "we" is left to the story's other readings)
SPEAKING_BODIES = frozenset({"COP"})


def _people(doc: Any, f: Found) -> bool:
    """Named people: a plural nationality ("Bolivians"), or a person joined to another by
    "and" ("Evo Morales and eight other Bolivians")."""
    toks = tokens(doc)
    last = toks[f.end - 1]
    if f.kind == "adjective":
        return last.tag_ in PLURAL
    return f.kind == "person" and (
        last.dep_ == "conj" or any(c.dep_ == "conj" for c in last.children)
    )


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


def resolve_pronouns(doc: Any, found: dict[int, Found]) -> dict[int, Found]:
    """he/she/his → the nearest person within a few sentences; it/its → the nearest
    state-like actor in the sentence ("Britain said it would …"); they/their → the nearest
    group-like actor in the sentence ("The Fijian rebels said they will …")."""
    toks = tokens(doc)
    sent_no = {}
    sents = sentences(doc)
    for n, sent in enumerate(sents):
        for i in range(sent.start, sent.end):  # indices only: no Token objects to build
            sent_no[i] = n
    ranked = sorted(found.values(), key=lambda f: f.start)
    for i in where_pos(doc, "PRON"):  # no token object built for the other words
        if i in found:
            continue
        tok = toks[i]
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
                        and toks[f.end - 1].tag_ in ("NN", "NNP")
                    )
                )
                and f.start >= sentence.start
            ]
        elif word in ("they", "their", "them"):
            pool = [
                f
                for f in ranked
                # "Palestinian leaders said they …": a plural title too; "barred Evo Morales
                # and eight other Bolivians …, accusing them": the object may be people named
                # by their nationality, or together (a subject "they" or a "their" rather
                # stands for the group or the states that act)
                if (
                    f.kind in GROUP_LIKE
                    or (f.kind == "title" and toks[f.end - 1].tag_ == "NNS")
                    or (word == "them" and _people(doc, f))
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
                    if toks[f.end - 1].dep_ == "nsubj" and toks[f.end - 1].head.i == root.i
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
        speaker = next((f for f in pool if subj is not None and f.start <= subj.i < f.end), None)
        if speaker is None and subj is not None and word in ("they", "it"):
            # "police say they have arrested a suspect": the unnamed body speaking of itself
            # (its country is found where it acts, as for the body named as the subject)
            speaker = next(
                (
                    f
                    for f in ranked
                    if f.start <= subj.i < f.end
                    and f.kind == "agent"
                    and f.sector in SPEAKING_BODIES
                ),
                None,
            )
            if speaker is not None:
                # "Israeli police stormed … and police said they had arrested": the same body
                # named with its country earlier
                speaker = next(
                    (
                        f
                        for f in reversed(ranked)
                        if f.end <= speaker.start
                        and f.kind == "agent"
                        and f.sector == speaker.sector
                        and f.code not in ("", "UNK")
                    ),
                    speaker,
                )
        if speaker is not None:
            before.append(speaker)  # "West African leaders … said they could use force"
        if before and word in PRONOUNS and _unnamed_person_between(toks, ranked, before[-1], tok):
            continue  # "killing a prominent businessman and members of his family": his own
        if before:
            a = before[-1]
            why = ("pronoun:" + word, "antecedent:" + a.name)
            found[tok.i] = Found(
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


# "an accusation the group denied", "the bloc said": a bare definite noun standing for the
# nearest named actor of its kind
DESCRIPTIONS = {
    **dict.fromkeys(("group", "militia", "movement", "militants", "rebels", "insurgents"), "group"),
    **dict.fromkeys(("bloc", "alliance", "organisation", "organization", "union", "body"), "igo"),
    **dict.fromkeys(("council", "court", "tribunal", "commission", "committee"), "named"),
}
# "the tribunal" after "the International Criminal Court": the words a body's name may use
HEAD_WORDS = {"tribunal": ("tribunal", "court"), "court": ("court", "tribunal")}


def _unnamed_person_between(toks: Any, ranked: list[Found], antecedent: Found, tok: Any) -> bool:
    """An unnamed person ("a prominent businessman") closer to "his" than the named one."""
    return any(
        f.kind == "agent"
        and f.code in ("", "UNK")
        and antecedent.end <= f.start
        and f.end <= tok.i
        and tok.i - f.end <= 6
        and toks[f.end - 1].tag_ == "NN"
        for f in ranked
    )


def _named_by(doc: Any, f: Found, word: str) -> bool:
    """ "the council" → "the UN Security Council", "the tribunal" → "the International
    Criminal Court": a body whose own name holds the word."""
    if f.kind not in ("igo", "seat", "group"):
        return False
    words = {t.lower_ for t in tokens(doc)[f.start : f.end]} | set(f.name.lower().split())
    return bool(words & set(HEAD_WORDS.get(word, (word,))))


def resolve_descriptions(doc: Any, found: dict[int, Found]) -> dict[int, Found]:
    """ "the group" → the nearest armed group named within a few sentences before it; "the bloc",
    "the alliance" → the nearest international organisation; "the council", "the court" → the
    nearest body whose name holds the word."""
    toks = tokens(doc)
    ranked: list[Found] | None = None
    starts: list[int] = []
    for i in where_lower(doc, DESCRIPTIONS):
        tok = toks[i]
        kind = DESCRIPTIONS[tok.lower_]
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        had = found.get(tok.i)
        if had is not None and not (kind == "named" and had.kind == "agent" and not had.code):
            continue  # a known mention; an unnamed "tribunal" agent may still be the ICC
        # "accusing the body of chronic bias": the charge, hung on the object, is no part of it
        charged = tok.dep_ == "dobj" and tok.head.lemma_ in ("accuse", "suspect", "blame")
        kids = [
            c
            for c in tok.children
            if c.dep_ not in ("punct", "relcl", "acl")
            and not (charged and c.dep_ == "prep" and c.lower_ in ("of", "for"))
        ]
        # "the Hague-based tribunal", "the Geneva-based body": where a body sits does not make
        # it another body
        based = [c for c in kids if any(t.lower_ == "based" for t in c.subtree)]
        kids = [c for c in kids if c not in based]
        before = toks[(based[0].left_edge.i if based else tok.i) - 1] if tok.i else None
        if [c.lower_ for c in kids] != ["the"] or before is None or before.lower_ != "the":
            continue  # "the armed group", "a group of states", "the group of seven"
        ranked = ranked if ranked is not None else sorted(found.values(), key=lambda f: f.start)
        starts = starts or [sent.start for sent in sentences(doc)]
        here = bisect_right(starts, tok.i) - 1
        window = starts[max(0, here - PERSON_WINDOW)]  # this sentence and the few before it
        before = [
            f
            for f in ranked
            if f.end <= tok.i
            and f.start >= window
            and f.code not in ("", "UNK")
            and (
                f.kind == kind
                if kind == "group"
                else _named_by(doc, f, tok.lower_)
                if kind == "named"
                else f.kind == "igo" or f.family is not None
            )
        ]
        if not before:
            continue
        a = before[-1]
        found[tok.i] = Found(
            tok.i - 1, tok.i + 1, a.entry, "pronoun", a.code, a.sector, a.name, a.rule,
            ("definite:the " + tok.lower_, "antecedent:" + a.name), a.family,
        )  # fmt: skip
    return found
