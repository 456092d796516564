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
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from newsevents.doc_cache import entities
from newsevents.events import ontology
from newsevents.events.context import (
    attackers_of_passive,
    by_code,
    collective,
    conditioned_party,
    content_of,
    definite,
    embassy_owners,
    first_mentions,
    foreign,
    governors,
    home_country,
    named_codes,
    other_country,
    own_country,
    passive,
    place_country,
    principal_of,
    ref,
    reporting_subject,
    speaker_tail,
    with_clause_lead,
)
from newsevents.events.kinds import (
    ACTORLESS_OK,
    ADDRESSED,
    AGREED_ACTIONS,
    ANNOUNCED,
    BACKGROUND,
    CONFLICT_TO_THREATEN,
    CONTEXTUAL,
    COOP_TO_AGREE,
    COOPERATIVE,
    DIRECTING,
    DOMESTIC,
    DOMESTIC_MODES,
    EXECUTIONS,
    EXERCISES,
    FORCE,
    HOSTING,
    INFERRED_TARGET,
    INTENT,
    LOCATED,
    NAMING,
    NEED_RECIPIENT,
    OFFICIALS,
    PROMISE,
    REFERRING,
    REMOVALS,
    REMOVALS_FROM_OFFICE,
    RESCUES,
    SAME_COUNTRY,
    SENDING,
    SETTING_PREPS,
    SPEAKER_VERBS,
    SPY_CASES,
    TRANSNATIONAL,
    UNSEEN_HANDS,
    WANTED,
    WEEKDAYS,
    announced_concession,
    scheduled,
)
from newsevents.events.matching import forms, holds, part_of_speech, wildcards
from newsevents.events.modality import Reading, read
from newsevents.events.roles import (
    NOT_ACTORS,
    NOUN_MODS,
    RELATIVES,
    MentionIndex,
    actor_tokens,
    governing_verb,
    located_in_phrase,
    mentions_at,
    prep_objects,
    recipient_candidates,
    subject_of,
)
from newsevents.events.story import (
    blamed_attackers,
    confronted_protests,
    dedupe,
    monitored_reports,
    refer_back,
)
from newsevents.events.triggers import Trigger, TriggerTable
from newsevents.records import (
    ActorRef,
    DatePrecision,
    Event,
    EventType,
    Mention,
    Modality,
    merge_repeats,
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    token: Any
    trigger: Trigger


def _speaks(doc: Any, m: Mention) -> bool:
    """A mention that is the subject of a speech verb ("…, Saudi Arabia and the United States
    said"): a source of the story, not a party to take as a recipient."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(4):
        if tok.dep_ not in ("conj", "compound", "appos") or tok.head.i == tok.i:
            break
        tok = tok.head
    return (tok.dep_ == "nsubj" and tok.head.lemma_ in SPEAKER_VERBS) or speaker_tail(tok, m)


# aid given to people where they are held or stranded is no gift to that place
PROTECTING = frozenset({"rescue", "evacuate", "shelter"})
TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})
# the unrest a government answers is reported with it
PROTEST_CAUSES = frozenset({"after", "following", "amid", "despite"})
# sanctions on ties between states: their target is another state, never the actor's own
TIES = frozenset({"relations", "withdraw", "discontinue"})


def _names_a_thing(doc: Any, m: Mention) -> bool:
    """A capital naming a thing, not a party: "the Paris climate agreement"."""
    if m.kind != "capital":
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("compound", "amod", "nmod")


class EventCoder:
    """Codes the events of one parsed document from its actor mentions."""

    def __init__(self, table: TriggerTable) -> None:
        self.table = table
        self._hashes: dict[int, tuple[set[int], set[int]]] = {}

    def rows_for(self, tok: Any) -> tuple[Trigger, ...]:
        pos = part_of_speech(tok)
        rows = self.table.candidates(tok.lemma_.lower(), pos)
        if rows or pos not in ("VERB", "NOUN"):
            return rows
        for form in forms(tok)[1:]:
            rows = self.table.candidates(form, pos)
            if rows:
                return rows
        return ()

    def _possible(self, doc: Any) -> list[int]:
        """Indices of the tokens whose lemma or form could be a trigger, read off the document's
        arrays so that no Python token is built for the other words."""
        from spacy.attrs import LEMMA, LOWER

        strings = doc.vocab.strings
        key = id(strings)
        if key not in self._hashes:
            words = {lemma for lemma, _ in self.table.by_key}
            forms_of = {f for w in words for f in (w, w + "d", w + "ed", w + "s", w + "ing")}
            forms_of |= {w[:-1] + "ing" for w in words if w.endswith("e")}
            lemmas = words | {w.capitalize() for w in words}
            hashed = {strings.add(w) for w in lemmas}, {strings.add(f) for f in forms_of}
            self._hashes[key] = hashed
        lemmas_h, forms_h = self._hashes[key]
        rows = doc.to_array([LEMMA, LOWER]).tolist()
        return [i for i, (lemma, lower) in enumerate(rows) if lemma in lemmas_h or lower in forms_h]

    def candidates(self, sent: Any, possible: Sequence[int] | None = None) -> list[_Candidate]:
        out = []
        for tok in sent if possible is None else (sent.doc[i] for i in possible):
            if tok.pos_ not in TRIGGER_POS:
                continue  # determiners, pronouns, punctuation: never a trigger
            rows = self.rows_for(tok)
            if not rows:
                continue
            if tok.dep_ == "compound" and tok.pos_ == "NOUN" and tok.head.pos_ in ("NOUN", "PROPN"):
                continue  # "riot police", "the protest movement": a noun naming another noun
            deps = {c.dep_: c.lower_ for c in tok.children}
            if "oprd" in deps and deps.get("dobj") == "what":
                continue  # "strikes on what it called terrorist hideouts": a naming, no event
            clause = tok.head if tok.dep_ == "conj" else tok
            if tok.lemma_ == "allow" and tok.tag_ == "VBG" and clause.dep_ == "advcl":
                continue  # "approved a loan, allowing the disbursement of …": a consequence
            # the most specific pattern first: more constraints, then fewer wildcards
            for row in sorted(rows, key=lambda r: (-len(r.requires), wildcards(r))):
                if holds(row, tok):
                    out.append(_Candidate(tok, row))
                    break
        return out

    def __call__(
        self, doc: Any, mentions: Iterable[Mention], article_id: str, published: dt.date | None
    ) -> tuple[Event, ...]:
        index = MentionIndex(doc, mentions)
        parties: list[ActorRef] = []

        def named() -> list[ActorRef]:  # built once, and only when a story fallback needs it
            if not parties:
                parties.extend(
                    ref(m)
                    for m in sorted(set(index.by_token.values()), key=lambda m: m.start)
                    if m.code != "UNK"
                    and m.kind not in NOT_ACTORS
                    and not _speaks(doc, m)
                    and not _names_a_thing(doc, m)
                )
            return parties

        events: list[Event] = []
        possible = self._possible(doc)
        for sent in doc.sents:
            lo, hi = bisect_left(possible, sent.start), bisect_left(possible, sent.end)
            found = self.candidates(sent, possible[lo:hi])
            trigger_ids = {c.token.i for c in found}
            conflict_ids = {c.token.i for c in found if c.trigger.event in AGREED_ACTIONS}
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
                refer_back(
                    e,
                    [*events, *(x for x in sentence_events if x.trigger_start < e.trigger_start)],
                    back_refs[e.trigger_start],
                    named,
                )
                if e.trigger_start in back_refs
                else e
                for e in sentence_events
            ]
            sentence_events += confronted_protests(sentence_events)
            sentence_events += monitored_reports(sentence_events)
            events.extend(dedupe(sentence_events))
        # sentences with their own date phrase may report a different occurrence: the
        # attributes stage merges those once it has dated them
        starts = [s.start_char for s in doc.sents]
        dated = {
            starts[bisect_right(starts, e.start_char) - 1]
            for e in entities(doc)  # built once per document, shared with the other coders
            if e.label_ in ("DATE", "TIME")
        }
        return tuple(merge_repeats(blamed_attackers(events), keep_apart=dated))

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
        actors = first_mentions(actor_tokens(tok), index)
        participle = tok.dep_ == "acl" and tok.tag_ == "VBN"  # "soldiers arrested at …"
        if participle and not passive_agent(tok):
            actors = []  # "49 Ivorian soldiers arrested at the airport": the soldiers are held
        recipients: list[Mention] = []
        if "reported" in row.recipient:
            # "a UN commission concluded that Israel has committed genocide": the finding is the
            # event, made by its reporter against the subject
            finder = reporting_subject(tok)
            if finder is None:
                return None
            actors, recipients = first_mentions([finder], index), actors
            if not actors or not {m.code for m in recipients} - {a.code for a in actors}:
                return None  # "Germany said it was responsible for its own security"
        # "the US rejected Russia's demand": the demand was addressed to the rejecter
        if (
            row.event == EventType.REQUEST
            and tok.pos_ == "NOUN"
            and tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.lemma_ in ADDRESSED
        ):
            subj = subject_of(tok.head)
            recipients = mentions_at(subj, index) if subj is not None else []
        if not recipients:
            own_codes = {m.code for m in actors}
            for group in recipient_candidates(tok, row.recipient):
                recipients = [m for t in group for m in mentions_at(t, index, places=True)]
                if recipients and all(
                    m.code in own_codes and m.kind in ("state", "adjective") for m in recipients
                ):
                    continue  # "halting U.S. funding for the WHO": the actor's own name
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
                    # "voted against the scheme, while Finland abstained": a contrast
                    or (
                        c.dep_ == "advcl"
                        and any(g.dep_ == "mark" and g.lower_ in CONTRASTS for g in c.children)
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
            if not recipients and victims and not other_country(tok, index, own):
                recipients, deep = victims, True  # unnamed people of the only country in view
        if not recipients and row.event == EventType.CONSULT and tok.dep_ == "pobj":
            # "Biden warned Putin … in a video call": the one addressed took part, also when
            # the call hangs in the warning's content ("warned Biden that …, in a phone call")
            verb = tok.head.head
            while (
                verb.dep_ == "ccomp"
                and not any(c.dep_ in ("dobj", "dative") for c in verb.children)
                and verb.head.i != verb.i
            ):
                verb = verb.head
            for obj in (c for c in verb.children if c.dep_ in ("dobj", "dative")):
                recipients = mentions_at(obj, index)
        recipients = [m for m in recipients if not speaker_tail(tok, m)]
        own = {a.code for a in actors}
        if row.event == EventType.THREATEN and not {m.code for m in recipients} - own:
            recipients = conditioned_party(tok, index, own) or recipients
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
                # "rejected it": a thing, not a person of the actor's country
                and (m.kind != "pronoun" or m.name in actor_names or m.text.lower() == "it")
                and (
                    m.kind in ("state", "pronoun", "seat", "adjective")
                    # "Israel and Hamas agreed to a ceasefire in Gaza"; fighting stays local
                    # ("Syrian rebels seized Damascus")
                    or (m.kind in ("place", "capital") and row.event not in LOCATED)
                )
            )
            # an unresolved name ("Bucha" read as a person) is no recipient; an unknown group
            # may still be placed below
            and not (m.code == "UNK" and m.sector is None and m.kind != "group")
        ]
        if len(named_codes(actors)) >= 2 and row.event in COOPERATIVE - {EventType.AID}:
            recipients = [m for m in recipients if m.kind != "place"]  # "agreed … in Geneva"
            # "Xi and Biden held talks on the sidelines of the G20 summit": a party named in
            # the setting of a joint act, or elsewhere in its clause, is no recipient
            heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
            setting = {
                t.idx
                for h in heads
                for c in h.children
                if c.dep_ == "prep" and c.lower_ in SETTING_PREPS
                for t in c.subtree
            }
            recipients = [] if deep else [m for m in recipients if m.start not in setting]
        rule_extra = "+recipient-in-clause" if deep else ""
        place = place_country(tok, index)
        named_place = [m for m in place if m.code not in ("UNK", *TRANSNATIONAL)][:1]
        if named_place and any(m.code in TRANSNATIONAL for m in (*actors, *recipients)):
            # "bombed Islamic State targets in neighbouring Libya": a transnational group is
            # coded by the country it acts in (PLOVER gold), its family kept
            actors, recipients = (
                [
                    replace(m, code=named_place[0].code, family=m.family or m.code)
                    if m.code in TRANSNATIONAL
                    else m
                    for m in group
                ]
                for group in (actors, recipients)
            )
            rule_extra += "+group-where-it-acts"
        own_codes = {a.code for a in actors}
        abroad = [m for m in named_place if m.code not in own_codes]
        if (
            row.event == EventType.ASSAULT
            and abroad
            and recipients
            and any(m.kind == "group" and m.code in own_codes for m in recipients)
        ):
            # "Turkish jets struck PKK positions in Syria's Afrin region", "Indian jets struck a
            # Jaish-e-Mohammed camp in Balakot, Pakistan": a state's own insurgents hit abroad
            # are coded where they were hit
            recipients = [
                replace(m, code=abroad[0].code) if m.kind == "group" and m.code in own_codes else m
                for m in recipients
            ]
            rule_extra += "+target-abroad"
        if any(m.code == "UNK" and m.kind == "group" for m in recipients):
            # "blamed a little-known local Islamist group, National Thowheeth Jama'ath": an
            # unknown group belongs where the story is
            where = place or home_country(tok.doc, index)
            recipients = [
                replace(m, code=where[0].code) if m.code == "UNK" and m.kind == "group" else m
                for m in recipients
                if where or not (m.code == "UNK" and m.kind == "group")
            ]
            rule_extra += "+group-of-story" if where else ""
        if row.event == EventType.RETREAT and actors and all(a.code == "UNK" for a in actors):
            # "Jody Wilson-Raybould resigned from Prime Minister Justin Trudeau's cabinet"
            owner = [
                m
                for p in prep_objects(tok, ["from"])
                for c in p.children
                if c.dep_ == "poss"
                for m in mentions_at(c, index)
                if m.code != "UNK" and not m.family
            ]
            if owner:
                actors = [replace(a, code=owner[0].code) for a in actors]
                rule_extra += "+member-of"
        if (
            actors
            # "The Enforcement Directorate arrested …": an unknown body acts where it is
            and all(a.code == "UNK" and (a.sector or a.kind == "group") for a in actors)
            and not foreign(tok, actors)
        ):
            # "government supporters attacked protesters in Colombo": Sri Lankans; "authorities
            # imposed a curfew" in a story datelined COLOMBO: Sri Lanka's authorities; "Poland
            # raised …, and the foreign ministry summoned …": the state of the first clause
            lead = subject_of(tok.head) if tok.dep_ == "conj" else with_clause_lead(tok)
            sibling = [m for m in mentions_at(lead, index) if m.kind == "state"] if lead else []
            # an unnamed official acting on a named foreign state is not of that state
            foes = (
                {m.code for m in recipients if m.kind in ("state", "adjective", "capital")}
                if row.event not in FORCE | DOMESTIC and all(a.sector == "GOV" for a in actors)
                else set()
            )
            where = sibling or place or home_country(tok.doc, index, foes)
            if where:
                actors = [replace(a, code=where[0].code) for a in actors]
                rule_extra += (
                    "+actor-of-lead-clause"
                    if sibling
                    else "+actor-from-place"
                    if place
                    else "+actor-from-story"
                )
        if not actors and row.event == EventType.ASSAULT and passive(tok):
            actors, how = attackers_of_passive(tok, index, trigger_ids)
            rule_extra += how
        if not actors and row.event == EventType.PROTEST:
            # "sparking protests in Kampala", "hundreds of supporters of a cleric stormed
            # parliament" in a story from Baghdad: the people of the place protest
            # "the protests that have swept the country": the country just named
            swept = [
                m
                for t in tok.subtree
                if t.lower_ in ("country", "nation") and t.i > tok.i
                for m in mentions_at(t, index)
            ]
            where = place or swept[:1] or home_country(tok.doc, index)
            actors = [replace(m, sector="CVL", name=f"protesters ({m.code})") for m in where]
            rule_extra += "+protesters-of-place" if actors else ""
        if not actors and row.event == EventType.ASSAULT and place:
            # "a roadside bombing near Samarra killed …": an unidentified attacker in that country
            actors = [replace(m, sector="UNK", name=f"unidentified ({m.code})") for m in place]
            rule_extra += "+unidentified-actor-in-place"
        unseen = (
            row.event in UNSEEN_HANDS or row.mode == "convict" or tok.lemma_ in REMOVALS_FROM_OFFICE
        )
        if not actors and unseen and passive(tok):
            # "Slovak Prime Minister Robert Fico was shot", "Kanu has been re-arrested", "Lula was
            # convicted": an unnamed attacker, or the authorities or courts of the story's country
            actors = [
                replace(m, sector="UNK", name=f"unidentified ({m.code})")
                for m in (place or home_country(tok.doc, index))[:1]
            ]
            rule_extra += "+unidentified-actor-in-story" if actors else ""
        patient = tok.dep_ == "pcomp" and any(c.dep_ == "auxpass" for c in tok.children)
        if (not actors or patient) and row.event in REMOVALS and passive(tok):
            # "23 Russian diplomats will be expelled from the UK", "was extradited from the UAE",
            # "arrived in Lima after being extradited from the US": the subject is the patient
            source = [
                replace(m, sector="GOV", kind="state")
                for p in prep_objects(tok, ["from"])
                for m in mentions_at(p, index, places=True)
                if m.code != "UNK" and not m.family
            ]
            if not source and row.event == EventType.COOPERATE:
                # "Former Honduran President Hernández was extradited to the US": his state
                source = [
                    replace(m, sector="GOV", kind="state")
                    for c in tok.children
                    if c.dep_ == "nsubjpass"
                    for m in mentions_at(c, index)
                    if m.code != "UNK" and not m.family
                ]
            if source:
                if patient:  # the one extradited stands for the state that receives him
                    recipients = [m for m in actors if m.code not in {x.code for x in source}]
                actors = source[:1]
                rule_extra += "+actor-from-origin"
            if source and row.event == EventType.COOPERATE and not recipients:
                # "was extradited from the Bahamas and put on a plane to the US": the state
                # that receives the fugitive
                recipients = [
                    replace(m, sector="GOV", kind="state")
                    for v in (tok, *(c for c in tok.children if c.dep_ == "conj"))
                    for t in v.subtree
                    if t.dep_ == "pobj" and t.head.lower_ == "to"
                    for m in mentions_at(t, index, places=True)
                    if m.code not in ("UNK", actors[0].code) and not m.family
                ][:1]
        if (
            (not recipients or deep)
            and tok.dep_ == "conj"
            and passive(tok)
            and not any(c.dep_ == "nsubjpass" for c in tok.children)
        ):
            # "Morales arrived in Argentina and was granted refugee status": the shared subject
            # is the one acted on
            shared = subject_of(tok.head)
            patients = [m for m in mentions_at(shared, index) if m.code != "UNK"] if shared else []
            recipients = patients or recipients
        held = (
            row.event == EventType.COERCE
            or (row.event == EventType.RETREAT and row.mode == "release")
            or (row.event == EventType.AID and row.mode == "humanitarian" and tok.lemma_ == "grant")
            or tok.lemma_ in EXECUTIONS
        )
        if not actors and held and (passive(tok) or participle):
            # "Navalny was detained at Moscow's airport": the state where it happens did it;
            # "Sonko was released from prison": so did the state that held him
            home = place or [m for m in recipients if m.code != "UNK" and not m.family][:1]
            actors = [replace(m, sector="GOV", name=m.code, kind="state") for m in home]
            rule_extra += "+implied-state-actor" if actors else ""
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ in ("pobj", "dobj")
            and tok.head.lower_ in BACKGROUND
            # "said after a video call between the two leaders": the call just happened
            and not (row.event == EventType.CONSULT and tok.head.lower_ in ("after", "following"))
            # "dropped the plan after rare protests there on Friday": the protests are news too
            and not (row.event == EventType.PROTEST and tok.head.lower_ in PROTEST_CAUSES)
        ):
            return None  # "talks since the invasion": a reference to an event, not a new one
        if tok.pos_ == "NOUN" and tok.dep_ in ("oprd", "attr") and tok.head.lemma_ in NAMING:
            return None  # "if the EU labelled the offensive an invasion": a word, not an event
        if tok.dep_ == "amod" and tok.tag_ == "VBN":
            return None  # "Rwanda-backed M23", "Iran-backed Houthis": a description
        given = passive_agent(tok) and (
            (row.event == EventType.AID and tok.lemma_ in SENDING | {"supply", "gift"})
            or (row.event == EventType.AGREE and tok.lemma_ in ("offer", "pledge", "promise"))
        )  # "600,000 doses donated by the Chinese government arrived …": the gift is the news;
        # "rejected $20 million in aid offered by the G7": so is the offer
        dated = any(  # "49 Ivorian soldiers arrested at Bamako airport on Sunday": news
            c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in WEEKDAYS for g in c.children)
            for c in tok.children
        )
        if row.event != EventType.ASSAULT and participle and not given and not dated:
            # "five Americans detained in Iran flew …", "troops backed by tanks": who they are
            return None
        if tok.dep_ == "relcl" and any(c.lower_ == "had" for c in tok.children if c.dep_ == "aux"):
            return None  # "Glas, who had been sheltering in the embassy": background
        if tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.pos_ == "VERB":
            return None  # "bar NATO from deploying troops", "refrained from attacking"
        if "drawn" not in row.recipient and content_of(tok, trigger_ids):
            # "accusing it of supporting terrorism", "blamed Israel for the bombing", "warned
            # Iran against attacking U.S. forces", "… of violating the deal by attacking ports"
            return None
        if tok.pos_ == "NOUN" and tok.head.lower_ == "of" and tok.head.head.lemma_ == "sideline":
            return None  # "on the sidelines of the SCO summit": where a meeting took place
        wanted_by = governing_verb(tok) if tok.pos_ == "NOUN" else None
        if wanted_by is not None and wanted_by.lemma_ in WANTED and row.event != EventType.REQUEST:
            return None  # "called for peace talks": the request is the event, not the talks
        if passive(tok) and any(
            p.i in trigger_ids
            and any(_named(index.at(g)) for g in p.children if g.dep_ in NOUN_MODS)
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
        if row.event == EventType.SANCTION and all(
            m.code == "UNK" and m.sector not in OFFICIALS for m in recipients
        ):
            recipients = []  # "sanctions on dozens of people and companies": whose, the story says
        pointer = next(
            (
                c
                for c in tok.children
                # "condemned the drills"; "quickly rejected it": the latest act of another party
                if c.dep_ in ("dobj", "pobj") and (definite(c) or c.lower_ == "it")
            ),
            None,
        )
        if pointer is None and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN":
            subj = subject_of(tok)
            if subj is not None and subj.lower_ not in RELATIVES:
                pointer = tok.head  # "a move Netanyahu rejected": what the move was
        if not recipients and row.event in REFERRING and pointer is not None:
            back_refs[tok.idx] = pointer.lemma_.lower()  # "condemned the drills": see __call__
        elif (
            not recipients
            and row.event in CONTEXTUAL
            # "the two leaders agreed …": both parties are already the actors
            and len(named_codes(actors)) < 2
        ):
            back_refs[tok.idx] = ""  # no recipient in the sentence: the story's other party
        if (
            row.event in COOPERATIVE
            and recipients
            and all(m.code == "UNK" for m in recipients)
            and tok.lemma_ not in PROTECTING
        ):
            # "aid for people affected by the floods in Pakistan": where they are
            recipients = [x for m in recipients[:1] for x in located_in_phrase(tok.doc, m, index)]
        if row.event in COOPERATIVE:
            recipients = [m for m in recipients if m.code != "UNK"]  # "reopen embassies"
        own_codes = {a.code for a in actors}
        if (
            actors
            and row.event in SPY_CASES
            and not {m.code for m in recipients} - own_codes - {"UNK"}
        ):
            serves = principal_of(tok, index, own_codes)
            if serves:
                recipients, rule_extra = serves, rule_extra + "+serving"
        if (
            actors
            and recipients
            and all(m.code == "UNK" and (m.sector or row.event in DOMESTIC) for m in recipients)
        ):
            # "Egyptian police … arresting 12 demonstrators": the same country's people
            first = actors[0]
            beside = other_country(tok, index, {a.code for a in actors})
            if place and row.event in FORCE | DOMESTIC and place[0].code != "UNK":
                # "Hamas gunmen … into southern Israel, killing hundreds": where it happened
                recipients = [replace(m, code=place[0].code) for m in recipients]
                rule_extra += "+victims-in-place"
            elif beside and row.event in FORCE:
                # "seized three Ukrainian navy ships, wounding several sailors": the other side's
                recipients = [replace(m, code=beside[0].code) for m in recipients]
                rule_extra += INFERRED_TARGET
            elif beside and row.event == EventType.SANCTION and row.mode in TIES:
                # "notified the U.S. that it was terminating the Visiting Forces Agreement"
                recipients = beside[:1]
                rule_extra += INFERRED_TARGET
            elif first.family and row.event in SAME_COUNTRY | {EventType.THREATEN}:
                # "ECOWAS gave the military leaders who seized power a week": the story's country
                where = place or home_country(tok.doc, index)
                if where:
                    recipients = [replace(m, code=where[0].code) for m in recipients]
                    rule_extra += "+recipient-from-story"
            elif (
                first.code != "UNK"
                and not first.family
                and row.event in SAME_COUNTRY
                and row.mode not in ("expel", "withdraw")  # expelled diplomats are foreign
            ):
                recipients = [replace(m, code=first.code) for m in recipients]
                rule_extra += "+same-country-recipient"
        if not recipients and row.event == EventType.AID and actors and tok.lemma_ in SENDING:
            # "The United States sent two rescue teams" in a story about Turkey's earthquake
            own = {a.code for a in actors}
            where = [m for m in home_country(tok.doc, index) if m.code not in own]
            if where:
                recipients, rule_extra = where, rule_extra + "+recipient-from-story"
        if not recipients and row.event == EventType.AID and actors and tok.lemma_ in SENDING:
            # "aircraft from New Zealand landed in Tonga carrying water": where it arrives
            own = {a.code for a in actors}
            recipients = [m for m in place if m.code not in own and m.code != "UNK"]
            rule_extra += "+recipient-from-place" if recipients else ""
        if not recipients and row.event == EventType.AID and actors and tok.lemma_ in RESCUES:
            # "army commandos rescued 13 hostages": its own people, unless named otherwise
            recipients = own_country(actors)
            rule_extra += "+domestic-recipient" if recipients else ""
        if not recipients and row.event in LOCATED and actors:
            # no named target: the country where it happens ("killed a journalist in Beirut");
            # a protest or a crackdown is otherwise aimed at the actor's own country
            own = {a.code for a in actors}
            # a sanction "in Russia" targets Russia; one announced "in Washington" does not
            recipients = [m for m in place if m.code not in own or row.event != EventType.SANCTION]
            if not recipients and row.event in FORCE and tok.lemma_ not in EXECUTIONS:
                # "drills in six zones surrounding Taiwan": the other country named beside it;
                # "fired a missile at the station" in a story from Ukraine: Ukraine
                recipients = other_country(tok, index, own) or [
                    m for m in home_country(tok.doc, index) if m.code not in own
                ]
                rule_extra += INFERRED_TARGET if recipients else ""
            rule_extra += "+recipient-from-place" if recipients else ""
            if not recipients and row.mode == "apologize":
                # "expressed regrets for colonial rule of Congo": to the wronged country
                recipients = other_country(tok, index, own)
                rule_extra += INFERRED_TARGET if recipients else ""
            domestic_fight = row.event == EventType.ASSAULT and "+actor-from-" in rule_extra
            if not recipients and (
                row.event in DOMESTIC | {EventType.CONCEDE}
                or row.mode in DOMESTIC_MODES
                or domestic_fight
                or tok.lemma_ in EXECUTIONS
            ):
                # "cartel gunmen unleashed gunbattles across the city": unnamed armed men of the
                # story's country fight inside it
                recipients = own_country(actors)
                rule_extra += "+domestic-recipient" if recipients else ""
        if row.event == EventType.PROTEST and actors and {m.code for m in recipients} <= own_codes:
            # "protesters attacked the embassies of Rwanda, France …", "tried to force their way
            # into the French embassy": the protest is aimed at those states
            missions = embassy_owners(index.sent(tok), index, own_codes)
            if missions:
                recipients, rule_extra = missions, rule_extra + "+embassy-of"
        event, modality = row.event, reading.modality
        if "reported" in row.recipient and modality == Modality.HYPOTHETICAL:
            modality = Modality.ASSERTED  # "said China's detentions may amount to crimes": said
        setting = tok.pos_ == "NOUN" and tok.dep_ == "pobj"
        # "asked China to restructure its debt during talks with Wang Yi": the talks are where
        # the request was made, not part of what was asked
        meeting_setting = (
            setting
            and event == EventType.CONSULT
            # "warned Biden …, in a phone call": the call took place
            and (
                tok.head.lower_ in ("during", "after")
                or (tok.head.lower_, tok.lemma_) == ("in", "call")
            )
        )
        if (
            setting
            and tok.head.lower_ in ("after", "following")
            and modality in (Modality.FUTURE, Modality.HYPOTHETICAL, Modality.NEGATED)
        ) or meeting_setting:
            # "would reduce activity … after talks in Istanbul", "did not want a war …, after
            # talks in Moscow with Scholz": the talks happened
            modality = Modality.ASSERTED
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
        if "drawn" in row.recipient or meeting_setting:
            governor = None  # a reaction drawn by an act is news, not the act's content
        if event in AGREED_ACTIONS and collective(governor) and modality == Modality.ASSERTED:
            # "the allies agreed to remove Russian banks from SWIFT" is the sanction itself
            rule += "+agreed-action"
            governor = None
        if row.event == EventType.AGREE and any(
            c.dep_ == "xcomp" and c.i in conflict_ids for c in tok.children
        ):
            return None  # the agreed conflict action is coded instead
        if event == EventType.ASSAULT and "prepare" in governors(tok):
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
            elif not (governor.lemma_ in ("force", "compel") and passive(governor)):
                modality = Modality.REPORTED_INTENT  # but "had been forced to hit back": done
        elif governor is not None and governor.lemma_ in PROMISE and event in COOP_TO_AGREE:
            event, mode, rule = EventType.AGREE, None, rule + "+promised→AGREE"
        directed = reading.complement_of is not None and reading.complement_of.lemma_ in DIRECTING
        if (
            modality == Modality.NEGATED
            and ((reading.future and reading.speech_head is not None) or directed)
            and event in COOPERATIVE | {EventType.CONSULT}
        ):
            # "Kyiv would not hold peace talks with Russia as long as …", "instructed officials
            # not to endorse the communique": a stated refusal
            event, mode, modality = EventType.REJECT, None, Modality.ASSERTED
            rule += "+refused→REJECT"
        if reading.conditional and event in CONFLICT_TO_THREATEN | {EventType.THREATEN}:
            event, mode = EventType.THREATEN, None
            modality = Modality.ASSERTED
            rule += "+conditional→THREATEN"
        elif (
            modality == Modality.HYPOTHETICAL
            and event in CONFLICT_TO_THREATEN
            and own_side_says(reading.speech_head, actors, index)
        ):
            # "Erdogan said Turkey could enter Israel": saying one's own side could use force
            event, mode = EventType.THREATEN, None
            modality = Modality.ASSERTED
            rule += "+could→THREATEN"
        elif modality == Modality.FUTURE and announced_concession(event, mode, tok):
            # "would repeal the farm laws", "will pull all troops out": the manual codes an
            # announced concession or withdrawal as CONCEDE, not AGREE
            event, mode = EventType.CONCEDE, None
            modality = Modality.ASSERTED
            rule += "+announced→CONCEDE"
        elif modality == Modality.FUTURE and event in COOP_TO_AGREE:
            event, mode = EventType.AGREE, None
            modality = Modality.ASSERTED
            rule += "+future→AGREE"
        elif modality == Modality.FUTURE and event in ANNOUNCED | {EventType.THREATEN}:
            # "will send 3,000 troops"; "would weigh sanctions": saying so is the threat
            modality = Modality.ASSERTED
            rule += "+announced"
        elif modality == Modality.FUTURE and event == EventType.SANCTION and scheduled(tok):
            modality = Modality.ASSERTED  # "will impose duties on Australian wine from Saturday"
            rule += "+scheduled"
        elif modality == Modality.FUTURE and event in CONFLICT_TO_THREATEN:
            event, mode = EventType.THREATEN, None
            modality = Modality.ASSERTED
            rule += "+future→THREATEN"
        if (
            event == EventType.RETREAT
            and mode == "access"
            and len(named_codes(actors)) >= 2
            and modality == Modality.ASSERTED
        ):
            # "Ethiopia and Eritrea reopened two crossing points": opened together, cooperation
            event, mode, rule = EventType.COOPERATE, None, rule + "+joint"
        if (
            event == EventType.MOBILIZE
            and tok.lemma_.lower() in EXERCISES
            and len(named_codes(actors)) >= 2
        ):
            # "South Korea and the United States began their annual exercises": held together,
            # an exercise is military cooperation; a neighbour named beside it is no partner
            event, mode, rule = EventType.COOPERATE, None, rule + "+joint"
            recipients = []
        in_own = {m.code for m in place} & {a.code for a in actors}
        if (
            event == EventType.CONSULT
            and recipients
            and actors
            and (tok.lemma_ in HOSTING or (in_own and not in_own & {m.code for m in recipients}))
        ):
            # "Lula welcomed Maduro to Brasilia", "Putin held talks with Kim at the Vostochny
            # cosmodrome": the manual codes the visitor as the actor, the host as the recipient
            actors, recipients = recipients, actors
            mode, rule = "visit", rule + "+visitor-is-actor"
        if event == EventType.CONSULT and not recipients and len(named_codes(actors)) == 1:
            # "Obama held talks in Hanoi with President Tran Dai Quang": an unknown counterpart
            # named with "with" is of the country the talks were held in
            unknown = [
                m
                for p in prep_objects(tok, ["with"])
                for m in mentions_at(p, index)
                if m.code == "UNK" and m.kind == "person"
            ]
            own = {a.code for a in actors}
            if unknown:
                recipients = [m for m in place if m.code not in own and m.code != "UNK"][:1]
                rule += "+host-from-place" if recipients else ""
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
            reporter = ref(found[0]) if found else None
        sent = index.sent(tok)
        sentence = sent.text.rstrip()
        sentence_end = sent.start_char + len(sentence)
        info = ontology.info(str(event), mode)
        return Event(
            article_id=article_id,
            event=event,
            actor=tuple(ref(m) for m in by_code(actors)),
            recipient=tuple(ref(m) for m in by_code(recipients)),
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


CONTRASTS = frozenset({"while", "whereas", "although", "though"})


def _named(m: Mention | None) -> bool:
    return m is not None and m.code != "UNK"


def passive_agent(tok: Any) -> bool:
    return any(c.dep_ == "agent" for c in tok.children)


def own_side_says(speech_head: Any | None, actors: list[Mention], index: MentionIndex) -> bool:
    """Whether the speaker of reported speech belongs to the side of the event's actor."""
    speaker = subject_of(speech_head) if speech_head is not None else None
    said_by = {m.code for m in mentions_at(speaker, index)} if speaker is not None else set()
    return bool(said_by - {"UNK"} and said_by & {a.code for a in actors})


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
                    "holds": holds(r, tok),
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
                    actors = first_mentions(actor_tokens(tok), index)
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
                    "pos": part_of_speech(tok),
                    "start": tok.idx,
                    "patterns": tried,
                    "verdict": verdict,
                }
            )
    return out
