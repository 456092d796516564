"""The rule-based event coder (``rules.v1``): triggers as data, roles from the parse.

For every token whose lemma and part of speech match a trigger pattern whose constraints hold,
the coder reads the actor and recipient off the dependency parse (:mod:`.roles`), the modality off
the clause (:mod:`.modality`), and applies PLOVER's conversions: a promised or future cooperation
is AGREE ("will meet", "pledged to send aid"); a conflict action under a condition is THREATEN by
its actor ("would impose sanctions if Russia invades"), the condition itself hypothetical; the
complement of another event is not an event of its own ("urged Russia to withdraw" is one
REQUEST). Every event names its rule (``triggers.tsv`` id and line, plus each conversion).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from newsevents.events import ontology
from newsevents.events.modality import Reading, read
from newsevents.events.roles import (
    NOUN_MODS,
    MentionIndex,
    actor_tokens,
    elided,
    governing_verb,
    mentions_at,
    prep_objects,
    recipient_candidates,
    subject_of,
)
from newsevents.events.triggers import Trigger, TriggerTable
from newsevents.records import LIVE_MODALITIES as LIVE
from newsevents.records import (
    ActorRef,
    DatePrecision,
    Event,
    EventType,
    Mention,
    Modality,
    merge_repeats,
)

COOP_TO_AGREE = frozenset(
    {EventType.CONSULT, EventType.COOPERATE, EventType.AID, EventType.RETREAT, EventType.CONCEDE}
)
CONFLICT_TO_THREATEN = frozenset(
    {EventType.SANCTION, EventType.COERCE, EventType.ASSAULT, EventType.MOBILIZE, EventType.PROTEST}
)
ACTORLESS_OK = frozenset({EventType.ASSAULT, EventType.COERCE})  # "was killed", "was shelled"
COOPERATIVE = frozenset(
    {EventType.AGREE, EventType.SUPPORT, EventType.CONSULT, EventType.COOPERATE, EventType.AID}
)
INFERRED_TARGET = "+target-named-beside"
FORCE = frozenset({EventType.MOBILIZE, EventType.ASSAULT})
# "sanctions over the crackdown": the crackdown is the reason given, reported elsewhere
BACKGROUND = frozenset(
    {"since", "after", "before", "following", "until", "amid", "despite", "over"}
)
# an announced deployment, not a threat; the PLOVER gold codes a future sanction ("will tighten
# the blockade", "will withdraw inspectors") as THREATEN
ANNOUNCED = frozenset({EventType.MOBILIZE})
REFERRING = frozenset({EventType.ACCUSE, EventType.SUPPORT, EventType.REJECT})
CONTEXTUAL = REFERRING | {EventType.REQUEST, EventType.THREATEN, EventType.AGREE}
_POINTERS = (  # what "the attack", "the drills" … refer back to
    ("attack invasion offensive strike bombing shelling assault raid killing", "ASSAULT"),
    ("drill drills exercise exercises test launch deployment buildup mobilization", "MOBILIZE"),
    ("detention detentions arrest arrests crackdown coup", "COERCE"),
    ("agreement agreements deal accord accords treaty", "AGREE SUPPORT"),
    ("sanction sanctions expulsion expulsions ban embargo", "SANCTION"),
    ("demand demands proposal proposals request ultimatum", "REQUEST"),
)
POINTS_TO = {
    word: frozenset(EventType(k) for k in kinds.split())
    for words, kinds in _POINTERS
    for word in words.split()
}
COLLECTIVE = frozenset({"agree", "decide", "vote", "resolve", "move"})  # "agreed to sanction"
DOMESTIC = frozenset({EventType.PROTEST, EventType.COERCE})
LOCATED = DOMESTIC | {
    EventType.ASSAULT,
    EventType.CONCEDE,
    EventType.RETREAT,
    EventType.MOBILIZE,
    EventType.SANCTION,
}
# events whose unnamed targets are most often the actor's own people ("police arrested 12
# demonstrators"); a threat or a promise to unnamed people says nothing of their country
SAME_COUNTRY = frozenset(
    {
        *(EventType.PROTEST, EventType.COERCE, EventType.ASSAULT, EventType.RETREAT),
        *(EventType.CONCEDE, EventType.SANCTION, EventType.MOBILIZE, EventType.AID),
        *(EventType.ACCUSE, EventType.REQUEST, EventType.REJECT),  # "accused Darfur rebels"
    }
)
REMOVALS = frozenset({EventType.SANCTION, EventType.COOPERATE, EventType.COERCE})
NEED_RECIPIENT = frozenset({EventType.AID, EventType.COOPERATE, EventType.SANCTION})
PROMISE = frozenset(
    {
        "intent",
        "intention",
        "plan",
        "pledge",
        "promise",
        "offer",
        "agree",
        "vow",
        "decide",
        "undertake",
        "commit",
        "decision",
        "agreement",
        "readiness",
        "willingness",
        "ready",
        "willing",
        "prepared",
        "pledged",
        "promised",
    }
)
INTENT = frozenset(
    {
        "plan",
        "intend",
        "want",
        "seek",
        "hope",
        "expect",
        "aim",
        "prepare",
        "wish",
        "try",
        "attempt",
        "consider",
        "threaten",
        "warn",
        "vow",
        "propose",
        "demand",
        "urge",
        "ask",
        "call",
        "refuse",
        "decline",
        "reject",
        "deny",
        "agree",
        "promise",
        "pledge",
        "order",
        "allow",
        "permit",
        "authorize",
        "authorise",
        "invite",
        "request",
        "press",
        "push",
        "encourage",
        "persuade",
        "force",
        "compel",
        "fail",
    }
)
# verbs whose nominal object is only wanted, proposed or refused, not done: "called for peace
# talks", "urged a ceasefire", "rejected sanctions" (a nominal demand under them stays an event)
WANTED = frozenset(
    {
        *("call", "urge", "demand", "seek", "propose", "push", "press", "ask", "want", "request"),
        *("reject", "refuse", "oppose", "consider", "discuss", "debate", "plan", "rule", "weigh"),
        *("cancel", "postpone", "scrap", "delay", "suspend", "shelve", "halt", "freeze"),
    }
)
# what a misparsed trailing "…, Saudi Arabia and the United States said." hangs on
SPEAKER_VERBS = frozenset({"say", "tell", "report", "announce", "confirm", "add", "state"})
EXERCISES = frozenset({"exercise", "drill", "drills", "game", "maneuver", "manoeuvre"})
NAMING = frozenset({"call", "label", "describe", "brand", "term", "dub", "consider", "deem"})
ADDRESSED = frozenset(
    {
        "reject",
        "accept",
        "receive",
        "consider",
        "refuse",
        "dismiss",
        "deny",
        "answer",
        "respond",
        "study",
        "welcome",
        "turn",
        "heed",
        "ignore",
    }
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    token: Any
    trigger: Trigger


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


def _wildcards(trigger: Trigger) -> int:
    return sum("*" in c.values for c in trigger.requires)


def _entity_form(tok: Any) -> tuple[str, ...]:
    # constraint values are lower case; the small model often tags a town as ORG or nothing
    named = tok.ent_type_ in ("GPE", "LOC", "FAC") or (
        tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "NORP")
    )
    if tok.ent_type_ == "PERSON":
        return ("person",)  # "released Brittney Griner"
    return ("gpe",) if named else ()


def _pos(tok: Any) -> str:
    if tok.pos_ in ("VERB", "AUX"):
        return "VERB"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    return tok.pos_


def _children(tok: Any, deps: Iterable[str]) -> list[Any]:
    ds = set(deps)
    return [c for c in tok.children if c.dep_ in ds]


def _holds(trigger: Trigger, tok: Any) -> bool:
    for c in trigger.requires:
        if c.key == "obj":
            kids = [elided(k) for k in _children(tok, ("dobj", "attr", "oprd", "nsubjpass"))]
            for _ in range(2):  # "Indian Air Force pilot Wing Commander Abhinandan Varthaman"
                kids += [g for k in list(kids) for g in _children(k, ("conj", "compound", "appos"))]
            kids = list(dict.fromkeys(kids))
            for _ in range(2):  # "tens of thousands of troops"
                kids += [p for k in list(kids) for p in _of_objects(k)]
            # "GPE" in a constraint stands for any named town or country ("seized Goma")
            ok = any(c.admits(f) for k in kids for f in (*forms(k), *_entity_form(k)))
        elif c.key == "prep":
            kids = _children(tok, ("prep", "agent", "dative"))
            # "sending about 100 drones toward Israel": the preposition may hang on the object
            kids += [p for o in _children(tok, ("dobj",)) for p in _children(o, ("prep",))]
            ok = any(c.admits(k.lower_) for k in kids)
        elif c.key == "prt":
            ok = any(c.admits(k.lower_) for k in _children(tok, ("prt",)))
        elif c.key == "xcomp":
            kids = _children(tok, ("xcomp", "ccomp"))
            kids += [g for k in list(kids) for g in _children(k, ("conj",))]  # "… and would pay"
            # "have sworn to fight" is often parsed as an adverbial clause
            kids += [
                k for k in _children(tok, ("advcl",)) if any(g.tag_ == "TO" for g in k.children)
            ]
            ok = any(c.admits(k.lemma_.lower()) for k in kids)
        elif c.key == "mod":
            kids = _children(tok, ("amod", "compound", "nmod", "advmod", "npadvmod"))
            ok = any(c.admits(k.lemma_.lower()) or c.admits(k.lower_) for k in kids)
        elif c.key == "as":
            kids = _children(tok, ("oprd", "acomp", "ccomp", "xcomp"))
            kids += [
                p
                for k in _children(tok, ("prep",))
                if k.lower_ == "as"
                for p in _children(k, ("pobj",))
            ]
            kids += [
                m for k in list(kids) for m in _children(k, ("amod", "compound", "attr", "acomp"))
            ]
            ok = any(c.admits(f) for k in kids for f in forms(k))
        elif c.key == "head":
            verb = governing_verb(tok)
            ok = verb is not None and any(c.admits(f) for f in forms(verb))
        else:  # subj: "tens of thousands of protesters stormed …" counts the protesters
            heads = actor_tokens(tok)[:1] if tok.pos_ in ("VERB", "AUX") else []
            for _ in range(2):
                heads += [p for k in list(heads) for p in _of_objects(k)]
            # "killed by Hezbollah fire", "Israeli fire": fire that someone owns is gunfire
            heads = [k for k in heads if not (c.negated and k.lemma_ == "fire" and _owned(k))]
            ok = any(c.admits(f) for k in heads for f in forms(k))
        if ok == c.negated:
            return False
    return True


def _owned(noun: Any) -> bool:
    return any(
        k.dep_ == "poss" or (k.dep_ in ("compound", "amod") and k.pos_ in ("PROPN", "ADJ"))
        for k in noun.children
        if k.ent_type_ in ("GPE", "NORP", "ORG") or k.dep_ == "poss"
    )


def _by_code(ms: list[Mention]) -> list[Mention]:
    """One actor per code and sector ("U.S. Ambassador John Sullivan" and "he" are one)."""
    seen: set[tuple[str, str | None]] = set()
    out = []
    for m in ms:
        if (m.code, m.sector) not in seen:
            seen.add((m.code, m.sector))
            out.append(m)
    return out


def _of_objects(tok: Any) -> list[Any]:
    return [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _ref(m: Mention, sector: str | None = None) -> ActorRef:
    return ActorRef(m.code, sector or m.sector, m.name, m.text, m.start, m.end, m.rule, m.family)


def _passive(tok: Any) -> bool:
    return any(c.dep_ == "nsubjpass" for c in tok.children) and not any(
        c.dep_ == "agent" for c in tok.children
    )


def _definite(tok: Any) -> bool:
    """A noun phrase that points back: "the drills", "this attack", "the detentions"."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those") for c in tok.children
    )


def _collective(governor: Any) -> bool:
    return governor is not None and governor.lemma_ in COLLECTIVE


def _other_country(tok: Any, index: MentionIndex, own: set[str]) -> list[Mention]:
    for t in tok.sent:
        m = index.by_token.get(t.i)
        kinds = ("state", "adjective", "place")
        if m is not None and m.kind in kinds and m.code not in own | {"UNK"}:
            return [replace(m, sector=None)]
    return []


def _home_country(doc: Any, index: MentionIndex) -> list[Mention]:
    """Where the story happens: the dateline city's country ("COLOMBO —") in the first few
    sentences, else the country most of the article's places and states belong to."""
    for n, sent in enumerate(doc.sents):
        if n >= 5:
            break
        if len(sent) <= 12 and any(t.text in ("—", "–", "--", "-") for t in sent):
            for t in sent:
                m = index.by_token.get(t.i)
                if m is not None and m.kind in ("capital", "place", "state") and m.code != "UNK":
                    return [replace(m, sector=None)]
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in index.by_token.values():
        if m.kind in ("state", "capital", "place", "adjective") and m.code != "UNK":
            counts[m.code] = counts.get(m.code, 0) + 1
            first.setdefault(m.code, m)
    if not counts:
        return []
    code, n = max(counts.items(), key=lambda kv: kv[1])
    return [replace(first[code], sector=None)] if n >= 0.4 * sum(counts.values()) else []


def _place_country(tok: Any, index: MentionIndex) -> list[Mention]:
    """The country of a place named in the trigger's sentence ("demonstrated in Serbia")."""
    for t in tok.sent:
        m = index.by_token.get(t.i)
        if m is None or m.code == "UNK":
            continue
        # "in eastern Beirut": a capital named as a location, not as an actor
        if m.kind == "place" or (m.kind == "capital" and t.dep_ == "pobj"):
            return [replace(m, sector=None)]
    return []


def _own_country(actors: list[Mention]) -> list[Mention]:
    first = actors[0]
    if first.code == "UNK" or first.family:
        return []
    return [replace(first, sector="GOV", name=first.code, text=first.text)]


OUTSIDERS = frozenset({"foreign", "international", "western", "multinational", "overseas"})


def _foreign(trigger: Any, actors: list[Mention]) -> bool:
    """ "Foreign forces", "international troops": not the country where it happens."""
    doc = trigger.doc
    for m in actors:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and any(
            t.lower_ in OUTSIDERS for t in (*span, *span.root.children) if t.i <= span.root.i
        ):
            return True
    return False


def _speaker_tail(trigger: Any, m: Mention) -> bool:
    """A name the parser hung on the event's clause although it is the subject of a trailing
    "…, X and Y said." ("agreed to a ceasefire, Saudi Arabia and the United States said")."""
    doc = trigger.doc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    top = root
    while top.dep_ in ("conj", "compound") and top.head.i != top.i:
        top = top.head
    nxt = top.right_edge.i + 1
    # "…, Saudi Arabia and the United States said" hung on as an apposition, or "killing
    # several people, witnesses and Amnesty International said" read as a coordination
    return (
        (top.dep_ == "appos" or root.dep_ == "conj")
        and nxt < len(doc)
        and doc[nxt].lemma_ in SPEAKER_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[nxt].children)
    )


def _first_mentions(tokens: Iterable[Any], index: MentionIndex) -> list[Mention]:
    """The first token that names a known actor; failing that, the first that names anyone."""
    fallback: list[Mention] = []
    for tok in tokens:
        found = mentions_at(tok, index)
        if any(m.code != "UNK" for m in found):
            return found
        fallback = fallback or found
    return fallback


class EventCoder:
    """Codes the events of one parsed document from its actor mentions."""

    def __init__(self, table: TriggerTable) -> None:
        self.table = table

    def rows_for(self, tok: Any) -> tuple[Trigger, ...]:
        pos = _pos(tok)
        rows = self.table.candidates(tok.lemma_.lower(), pos)
        if rows or pos not in ("VERB", "NOUN"):
            return rows
        for form in forms(tok)[1:]:
            rows = self.table.candidates(form, pos)
            if rows:
                return rows
        return ()

    def candidates(self, sent: Any) -> list[_Candidate]:
        out = []
        for tok in sent:
            rows = self.rows_for(tok)
            if not rows:
                continue
            # the most specific pattern first: more constraints, then fewer wildcards
            for row in sorted(rows, key=lambda r: (-len(r.requires), _wildcards(r))):
                if _holds(row, tok):
                    out.append(_Candidate(tok, row))
                    break
        return out

    def __call__(
        self, doc: Any, mentions: Iterable[Mention], article_id: str, published: dt.date | None
    ) -> tuple[Event, ...]:
        index = MentionIndex(doc, mentions)
        events: list[Event] = []
        for sent in doc.sents:
            found = self.candidates(sent)
            trigger_ids = {c.token.i for c in found}
            conflict_ids = {c.token.i for c in found if c.trigger.event in CONFLICT_TO_THREATEN}
            sentence_events = []
            back_refs: dict[int, str] = {}
            for cand in found:
                event = self._code(
                    cand, index, trigger_ids, article_id, published, conflict_ids, back_refs
                )
                if event is not None:
                    sentence_events.append(event)
            # "met Min Aung Hlaing … and reached a consensus": the meeting's other party
            sentence_events = [
                _refer_back(
                    e,
                    [*events, *(x for x in sentence_events if x.trigger_start < e.trigger_start)],
                    back_refs[e.trigger_start],
                )
                if e.trigger_start in back_refs
                else e
                for e in sentence_events
            ]
            sentence_events += _confronted_protests(sentence_events)
            events.extend(_dedupe(sentence_events))
        # sentences with their own date phrase may report a different occurrence: the
        # attributes stage merges those once it has dated them
        dated = {
            s.start_char for s in doc.sents if any(e.label_ in ("DATE", "TIME") for e in s.ents)
        }
        return tuple(merge_repeats(events, keep_apart=dated))

    def _code(
        self,
        cand: _Candidate,
        index: MentionIndex,
        trigger_ids: set[int],
        article_id: str,
        published: dt.date | None,
        conflict_ids: frozenset[int] | set[int] = frozenset(),
        back_refs: dict[int, str] | None = None,
    ) -> Event | None:
        back_refs = back_refs if back_refs is not None else {}
        tok, row = cand.token, cand.trigger
        reading: Reading = read(tok)
        actors = _first_mentions(actor_tokens(tok), index)
        if "reported" in row.recipient:
            # "a UN commission concluded that Israel has committed genocide": the finding is the
            # event, made by its reporter against the subject
            reporter = _reporter(tok)
            if reporter is None:
                return None
            actors, reported = _first_mentions([reporter], index), actors
            if not actors or not reported:
                return None
            row = replace(row, recipient=("none",))
            forced: list[Mention] | None = reported
        else:
            forced = None
        recipients: list[Mention] = []
        # "the US rejected Russia's demand": the demand was addressed to the rejecter
        if (
            row.event == EventType.REQUEST
            and tok.pos_ == "NOUN"
            and tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.lemma_ in ADDRESSED
        ):
            subj = subject_of(tok.head)
            recipients = mentions_at(subj, index) if subj is not None else []
        if forced is not None:
            recipients = forced
        if not recipients:
            for group in recipient_candidates(tok, row.recipient):
                recipients = [m for t in group for m in mentions_at(t, index, places=True)]
                if recipients:
                    break
        deep = False
        if not recipients and "none" not in row.recipient and tok.pos_ in ("VERB", "ADJ"):
            # last resort: the first other actor named inside the event's own clause
            # ("willing to send material to help defend Saudi Arabia")
            own = {a.code for a in actors}
            # "X and Y met in Geneva": where two parties meet is no third party
            places = not (
                len(own - {"UNK"}) >= 2 and row.event in COOPERATIVE | {EventType.CONSULT}
            )
            # not inside a coordinated clause with its own subject ("The United States sent
            # two teams, and the European Union …": the EU is no recipient of the US)
            other_clauses = {
                d.i
                for c in tok.children
                if c.pos_ in ("VERB", "AUX")
                and (
                    # "…, witnesses and Amnesty International said"
                    (
                        c.dep_ in ("ccomp", "advcl", "parataxis", "conj")
                        and c.lemma_ in SPEAKER_VERBS
                    )
                    or (
                        c.dep_ in ("conj", "parataxis")
                        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                    )
                )
                for d in c.subtree
            }
            victims: list[Mention] = []
            for t in tok.subtree:
                inside = t.i > tok.i and t.i not in other_clauses
                m = index.at(t, places=places) if inside else None
                if m is not None and m.code == "UNK" and m.sector and row.event in FORCE | DOMESTIC:
                    victims = victims or [m]  # "opened fire to disperse demonstrators"
                if m is not None and m.code not in own | {"UNK"}:
                    # with its conjuncts: "peace talks between Russia and Ukraine"
                    head = t if t.dep_ != "compound" else t.head
                    more = [x for x in mentions_at(head, index, places=True) if x.code != "UNK"]
                    recipients, deep = [m, *[x for x in more if x.code != m.code]], True
                    break
            if not recipients and victims and not _other_country(tok, index, own):
                recipients, deep = victims, True  # unnamed people of the only country in view
        if not recipients and row.event == EventType.CONSULT and tok.dep_ == "pobj":
            # "Biden warned Putin … in a video call": the one addressed took part
            verb = tok.head.head
            for obj in (c for c in verb.children if c.dep_ in ("dobj", "dative")):
                recipients = mentions_at(obj, index)
        recipients = [m for m in recipients if not _speaker_tail(tok, m)]
        actor_keys = {(m.code, m.name) for m in actors}
        actor_codes = {m.code for m in actors}
        # "a trial court convicted him": a pronoun for someone else of the same country stays
        actor_names = {m.name for m in actors}
        recipients = [
            m
            for m in recipients
            if (m.code, m.name) not in actor_keys
            # the actor again through a pronoun or its state name, not a domestic target
            and not (
                m.code in actor_codes
                and (m.kind != "pronoun" or m.name in actor_names)
                and (
                    m.kind in ("state", "pronoun", "seat", "adjective")
                    # "Israel and Hamas agreed to a ceasefire in Gaza"; fighting stays local
                    # ("Syrian rebels seized Damascus")
                    or (m.kind in ("place", "capital") and row.event not in LOCATED)
                )
            )
            # an unresolved name ("Bucha" read as a person) is no recipient
            and not (m.code == "UNK" and m.sector is None)
        ]
        if len({a.code for a in actors} - {"UNK"}) >= 2 and row.event in COOPERATIVE:
            recipients = [m for m in recipients if m.kind != "place"]  # "agreed … in Geneva"
        rule_extra = "+recipient-in-clause" if deep else ""
        place = _place_country(tok, index)
        if (
            actors
            and all(a.code == "UNK" and a.sector for a in actors)
            and not _foreign(tok, actors)
        ):
            # "government supporters attacked protesters in Colombo": Sri Lankans; "authorities
            # imposed a curfew" in a story datelined COLOMBO: Sri Lanka's authorities
            where = place or _home_country(tok.doc, index)
            if where:
                actors = [replace(a, code=where[0].code) for a in actors]
                rule_extra += "+actor-from-place" if place else "+actor-from-story"
        if not actors and row.event == EventType.ASSAULT and _passive(tok):
            # "twenty soldiers were killed in a face-off with Chinese troops": the other side
            foes = [
                m
                for p in prep_objects(tok, ["in", "during"])
                for q in prep_objects(p, ["with"])
                for m in mentions_at(q, index)
                if m.code != "UNK"
            ]
            if foes:
                actors, rule_extra = foes, rule_extra + "+clash-with"
        if not actors and row.event == EventType.ASSAULT and place:
            # "a roadside bombing near Samarra killed …": an unidentified attacker in that country
            actors = [replace(m, sector="UNK", name=f"unidentified ({m.code})") for m in place]
            rule_extra += "+unidentified-actor-in-place"
        if not actors and row.event in REMOVALS and _passive(tok):
            # "23 Russian diplomats will be expelled from the UK", "was extradited from the UAE"
            source = [
                replace(m, sector="GOV", kind="state")
                for p in prep_objects(tok, ["from"])
                for m in mentions_at(p, index, places=True)
                if m.code != "UNK" and not m.family
            ]
            if source:
                actors = source[:1]
                rule_extra += "+actor-from-origin"
        if not actors and row.event == EventType.COERCE and _passive(tok):
            # "Navalny was detained at Moscow's airport": the state where it happens did it
            home = place or [m for m in recipients if m.code != "UNK" and not m.family][:1]
            actors = [replace(m, sector="GOV", name=m.code, kind="state") for m in home]
            rule_extra += "+implied-state-actor" if actors else ""
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ in ("pobj", "dobj")
            and tok.head.lower_ in BACKGROUND
            # "said after a video call between the two leaders": the call just happened
            and not (row.event == EventType.CONSULT and tok.head.lower_ in ("after", "following"))
        ):
            return None  # "talks since the invasion": a reference to an event, not a new one
        if tok.pos_ == "NOUN" and tok.dep_ in ("oprd", "attr") and tok.head.lemma_ in NAMING:
            return None  # "if the EU labelled the offensive an invasion": a word, not an event
        if tok.dep_ == "amod" and tok.tag_ == "VBN":
            return None  # "Rwanda-backed M23", "Iran-backed Houthis": a description
        if row.event != EventType.ASSAULT and tok.dep_ == "acl" and tok.tag_ == "VBN":
            # "five Americans detained in Iran flew …", "troops backed by tanks": who they are
            return None
        if tok.dep_ == "relcl" and any(c.lower_ == "had" for c in tok.children if c.dep_ == "aux"):
            return None  # "Glas, who had been sheltering in the embassy": background
        if tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.pos_ == "VERB":
            return None  # "bar NATO from deploying troops", "refrained from attacking"
        if _content_of(tok, trigger_ids):
            # "accusing it of supporting terrorism", "blamed Israel for the bombing", "warned
            # Iran against attacking U.S. forces", "… of violating the deal by attacking ports"
            return None
        if tok.pos_ == "NOUN" and tok.head.lower_ == "of" and tok.head.head.lemma_ == "sideline":
            return None  # "on the sidelines of the SCO summit": where a meeting took place
        wanted_by = governing_verb(tok) if tok.pos_ == "NOUN" else None
        if wanted_by is not None and wanted_by.lemma_ in WANTED and row.event != EventType.REQUEST:
            return None  # "called for peace talks": the request is the event, not the talks
        if _passive(tok) and any(
            p.i in trigger_ids and any(index.at(g) for g in p.children if g.dep_ in NOUN_MODS)
            for c in tok.children
            if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by")
            for p in c.children
        ):
            return None  # "were killed in an Israeli air strike": the strike is the event
        if not actors and (not recipients or tok.pos_ == "NOUN"):
            return None  # a nominal event needs its actor ("sanctions against Moscow" alone is not)
        if not actors and row.event not in ACTORLESS_OK:
            # "the document offered Russia a path", "hostages were handed over to the Red
            # Cross": nobody to chart as the actor (an unattributed attack or arrest still is)
            return None
        if not actors and all(m.code == "UNK" for m in recipients):
            return None  # nobody known on either side: nothing a user could chart
        if row.event in NEED_RECIPIENT and not recipients and all(a.code == "UNK" for a in actors):
            return None  # "civilians gathered to be evacuated": no giver, no receiver
        if (
            row.pos == "ADJ"
            and not recipients
            and not any(c.dep_ in ("xcomp", "prep") for c in tok.children)
        ):
            return None  # "ready", "willing" on their own promise nothing to anyone
        if row.event == EventType.SANCTION and all(m.code == "UNK" for m in recipients):
            recipients = []  # "sanctions on dozens of people and companies": whose, the story says
        pointer = next(
            (c for c in tok.children if c.dep_ in ("dobj", "pobj") and _definite(c)), None
        )
        if not recipients and row.event in REFERRING and pointer is not None:
            back_refs[tok.idx] = pointer.lemma_.lower()  # "condemned the drills": see __call__
        elif not recipients and row.event in CONTEXTUAL:
            back_refs[tok.idx] = ""  # no recipient in the sentence: the story's other party
        if row.event in COOPERATIVE:
            recipients = [m for m in recipients if m.code != "UNK"]  # "reopen embassies"
        if (
            actors
            and recipients
            and all(m.code == "UNK" and (m.sector or row.event in DOMESTIC) for m in recipients)
        ):
            # "Egyptian police … arresting 12 demonstrators": the same country's people
            first = actors[0]
            if place and row.event in FORCE | DOMESTIC and place[0].code != "UNK":
                # "Hamas gunmen … into southern Israel, killing hundreds": where it happened
                recipients = [replace(m, code=place[0].code) for m in recipients]
                rule_extra += "+victims-in-place"
            elif first.code != "UNK" and not first.family and row.event in SAME_COUNTRY:
                recipients = [replace(m, code=first.code) for m in recipients]
                rule_extra += "+same-country-recipient"
        if not recipients and row.event in LOCATED and actors:
            # no named target: the country where it happens ("killed a journalist in Beirut");
            # a protest or a crackdown is otherwise aimed at the actor's own country
            own = {a.code for a in actors}
            # a sanction "in Russia" targets Russia; one announced "in Washington" does not
            recipients = [m for m in place if m.code not in own or row.event != EventType.SANCTION]
            if not recipients and row.event in FORCE:
                # "drills in six zones surrounding Taiwan": the other country named beside it;
                # "fired a missile at the station" in a story from Ukraine: Ukraine
                recipients = _other_country(tok, index, own) or [
                    m for m in _home_country(tok.doc, index) if m.code not in own
                ]
                rule_extra += INFERRED_TARGET if recipients else ""
            rule_extra += "+recipient-from-place" if recipients else ""
            if not recipients and row.event in DOMESTIC | {EventType.CONCEDE}:
                recipients = _own_country(actors)
                rule_extra += "+domestic-recipient" if recipients else ""
        event, modality = row.event, reading.modality
        rule = f"{row.id}@{row.where}{rule_extra}"
        mode = row.mode
        if (
            event == EventType.RETREAT
            and mode == "withdraw"
            and recipients
            and all(m.family for m in recipients)
            and actors
            and not any(a.family for a in actors)
        ):
            # a state leaving ECOWAS or the Council of Europe cuts ties (PLOVER SANCTION)
            event, mode, rule = EventType.SANCTION, "withdraw", rule + "+left-organisation"
        confidence = row.confidence
        governor = reading.complement_of
        if (
            event in CONFLICT_TO_THREATEN
            and _collective(governor)
            and modality == Modality.ASSERTED
        ):
            # "the allies agreed to remove Russian banks from SWIFT" is the sanction itself
            rule += "+agreed-action"
            governor = None
        if row.event == EventType.AGREE and any(
            c.dep_ == "xcomp" and c.i in conflict_ids for c in tok.children
        ):
            return None  # the agreed conflict action is coded instead
        if event == EventType.ASSAULT and "prepare" in _governors(tok):
            # "the army prepared to resume shelling": readying force is MOBILIZE (PLOVER gold)
            event, mode, governor = EventType.MOBILIZE, None, None
            modality = Modality.ASSERTED
            rule += "+prepared→MOBILIZE"
        if governor is not None and (governor.i in trigger_ids or governor.lemma_ in INTENT):
            if (
                governor.lemma_ in PROMISE
                and event in COOP_TO_AGREE
                and modality == Modality.ASSERTED
            ):
                event, mode, rule = EventType.AGREE, None, rule + "+promised→AGREE"
            elif governor.i in trigger_ids:
                return None  # the content of another event: "urged Russia to withdraw"
            else:
                modality = Modality.REPORTED_INTENT
        elif governor is not None and governor.lemma_ in PROMISE and event in COOP_TO_AGREE:
            event, mode, rule = EventType.AGREE, None, rule + "+promised→AGREE"
        if reading.conditional and event in CONFLICT_TO_THREATEN:
            event, mode = EventType.THREATEN, None
            modality = Modality.ASSERTED
            rule += "+conditional→THREATEN"
        elif modality == Modality.FUTURE and event in COOP_TO_AGREE:
            event, mode = EventType.AGREE, None
            modality = Modality.ASSERTED
            rule += "+future→AGREE"
        elif modality == Modality.FUTURE and event in ANNOUNCED:
            modality = Modality.ASSERTED  # "will send 3,000 troops", "will expel 35 diplomats"
            rule += "+announced"
        elif modality == Modality.FUTURE and event in CONFLICT_TO_THREATEN:
            event, mode = EventType.THREATEN, None
            modality = Modality.ASSERTED
            rule += "+future→THREATEN"
        if (
            event == EventType.MOBILIZE
            and tok.lemma_.lower() in EXERCISES
            and len({a.code for a in actors} - {"UNK"}) >= 2
        ):
            # "South Korea and the United States began their annual exercises": held together,
            # an exercise is military cooperation; a neighbour named beside it is no partner
            event, mode, rule = EventType.COOPERATE, None, rule + "+joint"
            recipients = []
        # two parties of one country count ("government negotiators and the Taliban")
        known = {(a.code, a.sector) for a in actors if a.code != "UNK"}
        if event == EventType.CONSULT and (
            not known or (not recipients and len(known) < 2 and mode != "multilateral")
        ):
            return None  # a meeting needs two known parties ("the cabinet met" is not a CONSULT)
        joint = event in COOPERATIVE and len({c for c, _ in known}) >= 2  # "Iran, Russia and China"
        if event in NEED_RECIPIENT and not recipients and not joint:
            if tok.pos_ == "NOUN":
                return None
            confidence -= 0.2
        if not actors:
            confidence -= 0.2
        if actors and all(a.code == "UNK" for a in actors):
            confidence -= 0.1
        reporter = None
        if reading.speech_head is not None:
            speaker = subject_of(reading.speech_head)
            found = mentions_at(speaker, index) if speaker is not None else []
            reporter = _ref(found[0]) if found else None
        sent = tok.sent
        sentence = sent.text.rstrip()
        sentence_end = sent.start_char + len(sentence)
        info = ontology.info(str(event), mode)
        return Event(
            article_id=article_id,
            event=event,
            actor=tuple(_ref(m) for m in _by_code(actors)),
            recipient=tuple(_ref(m) for m in _by_code(recipients)),
            trigger=tok.text,
            trigger_start=tok.idx,
            trigger_end=tok.idx + len(tok.text),
            sentence=sentence,
            sentence_start=sent.start_char,
            sentence_end=sentence_end,
            rule=rule,
            mode=mode,
            modality=modality,
            confidence=round(max(0.05, min(confidence, 0.99)), 2),
            date=published,
            date_precision=DatePrecision.PUBLICATION if published else DatePrecision.NONE,
            cameo=row.cameo or info.cameo,
            quad=info.quad,
            intensity=info.intensity,
            goldstein=info.goldstein,
            reported_by=reporter,
            evidence=((sent.start_char, sentence_end),),
        )


def _dedupe(events: list[Event]) -> list[Event]:
    """Within one sentence, one event per type and actor set (verb and noun of "held talks");
    a MOBILIZE beside its actor's ASSAULT is part of the assault (PLOVER manual)."""

    def codes(e: Event) -> set[str]:
        return {a.code for a in e.actor}

    mobilizing = {c for e in events if e.event == EventType.MOBILIZE for c in codes(e)}
    # "began drills … and fired missiles into waters": firing at no one is part of the drills
    events = [
        e
        for e in events
        if not (
            e.event == EventType.ASSAULT
            and (not e.recipient or INFERRED_TARGET in e.rule or "recipient-from-place" in e.rule)
            and codes(e) & mobilizing
        )
    ]
    assaulting = {
        c for e in events if e.event == EventType.ASSAULT and e.modality in LIVE for c in codes(e)
    }
    events = [e for e in events if not (e.event == EventType.MOBILIZE and codes(e) & assaulting)]
    best: dict[tuple[Any, ...], Event] = {}
    for e in events:
        k = (e.event, frozenset(a.code for a in e.actor), e.modality)
        old = best.get(k)
        if old is None or _weight(e) > _weight(old):
            best[k] = e
    return sorted(best.values(), key=lambda e: e.trigger_start)


def _reporter(tok: Any) -> Any | None:
    """The subject of the verb a clause is reported by ("X concluded/said/found that …")."""
    clause = tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    return subject_of(clause.head)


PROTESTERS = ("protester", "demonstrator", "rioter", "marcher", "striker")


def _confronted_protests(events: list[Event]) -> list[Event]:
    """ "Police fired tear gas at thousands of protesters outside parliament": the protest the
    police met is an event of its own, by the protesters against their government."""
    out: list[Event] = []
    for e in events:
        if e.event not in (EventType.ASSAULT, EventType.COERCE) or e.modality != Modality.ASSERTED:
            continue
        crowd = [
            r
            for r in e.recipient
            if r.code != "UNK" and not r.family and any(w in r.text.lower() for w in PROTESTERS)
        ]
        if not crowd or any(x.event == EventType.PROTEST for x in (*events, *out)):
            continue
        who = crowd[0]
        target = replace(who, sector="GOV", name=who.code, text=who.text)
        info = ontology.info("PROTEST", "demo")
        out.append(
            replace(
                e,
                event=EventType.PROTEST,
                actor=(who,),
                recipient=(target,),
                trigger=who.text,
                trigger_start=who.start,
                trigger_end=who.end,
                rule=f"protesters-met-by:{e.event}@{e.trigger_start}",
                mode="demo",
                confidence=round(max(0.05, e.confidence - 0.2), 2),
                cameo=info.cameo,
                quad=info.quad,
                intensity=info.intensity,
                goldstein=info.goldstein,
                reported_by=None,
            )
        )
    return out


def _content_of(tok: Any, trigger_ids: set[int]) -> bool:
    """Whether a trigger sits in what another event says someone did or must not do."""
    node = tok
    for _ in range(4):
        if node.dep_ in ("pcomp", "pobj") and node.head.lower_ in ("of", "for", "against"):
            verb = node.head.head
            if verb.i in trigger_ids and verb.pos_ == "VERB":
                return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _governors(tok: Any) -> list[str]:
    """The verbs a trigger's clause is the complement of, nearest first ("prepared to resume
    shelling" → resume, prepare)."""
    out: list[str] = []
    node = tok
    for _ in range(3):
        if node.dep_ not in ("xcomp", "advcl", "pcomp") or node.head.i == node.i:
            break
        node = node.head if node.dep_ != "pcomp" else node.head.head
        out.append(node.lemma_.lower())
    return out


def _weight(e: Event) -> tuple[bool, bool, bool, float]:
    """Which of two readings of one event to keep: a named recipient before one guessed from
    the actor's country ("fired rockets into southern Israel, killing hundreds of people")."""
    guessed = "same-country-recipient" in e.rule
    placed = "recipient-from-place" in e.rule  # "a drone strike in Baghdad killed Soleimani"
    return (bool(e.recipient) and not guessed, bool(e.recipient), not placed, e.confidence)


def _refer_back(event: Event, earlier: list[Event], pointer: str) -> Event:
    """Fill a missing recipient from the story so far.

    With a pointing object ("Taiwan condemned the drills"), the actor of the earlier event it
    names (the drills → the latest MOBILIZE) is the recipient, as a reader would take it.
    Without one ("Kuleba proposed a ceasefire"), the other party of the latest event the actor
    took part in is."""
    own = {a.code for a in event.actor}
    prior_events = [
        p
        for p in earlier
        if p.sentence_start < event.sentence_start
        # "met Min Aung Hlaing … and reached a consensus": an earlier clause of the sentence
        or (p.sentence_start == event.sentence_start and p.trigger_start < event.trigger_start)
    ]
    if pointer:
        kinds = POINTS_TO.get(pointer)
        ranked = [p for p in prior_events if kinds is None or p.event in kinds]
        for prior in reversed(ranked):
            codes = {a.code for a in prior.actor}
            if prior.actor and not codes & own and "UNK" not in codes:
                rule = f"{event.rule}+refers-to:{prior.event}@{prior.trigger_start}"
                return replace(event, recipient=prior.actor, rule=rule)
        return event
    for prior in reversed(prior_events):
        parties = prior.actor + prior.recipient
        if own & {a.code for a in parties}:
            others = tuple(a for a in parties if a.code not in own and a.code != "UNK")
            if others:
                rule = f"{event.rule}+counterpart-from:{prior.event}@{prior.trigger_start}"
                return replace(event, recipient=others, rule=rule)
    return event


def diagnose(coder: EventCoder, doc: Any, mentions: Iterable[Mention]) -> list[dict[str, Any]]:
    """For ``newsevents explain``: every token that matched a trigger lemma, the patterns tried,
    which held, and why a candidate produced no event (the near misses)."""
    index = MentionIndex(doc, mentions)
    out: list[dict[str, Any]] = []
    for sent in doc.sents:
        chosen = {c.token.i: c for c in coder.candidates(sent)}
        ids = set(chosen)
        for tok in sent:
            rows = coder.rows_for(tok)
            if not rows:
                continue
            tried = [
                {
                    "rule": f"{r.id}@{r.where}",
                    "event": str(r.event),
                    "holds": _holds(r, tok),
                    "requires": " ".join(
                        ("!" if c.negated else "") + c.key + "=" + "|".join(sorted(c.values))
                        for c in r.requires
                    ),
                }
                for r in rows
            ]
            verdict = "no pattern's constraints held"
            if tok.i in chosen:
                event = coder._code(chosen[tok.i], index, ids, "explain", None)
                if event is not None:
                    verdict = f"coded {event.event} ({event.modality})"
                else:
                    actors = _first_mentions(actor_tokens(tok), index)
                    verdict = (
                        "no actor and no recipient found"
                        if not actors
                        else "suppressed: the complement of another event, "
                        "or a nominal event without the recipient it needs"
                    )
            out.append(
                {
                    "token": tok.text,
                    "lemma": tok.lemma_,
                    "pos": _pos(tok),
                    "start": tok.idx,
                    "patterns": tried,
                    "verdict": verdict,
                }
            )
    return out
