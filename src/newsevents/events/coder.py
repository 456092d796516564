"""The rule-based event coder (``rules.v1``): triggers as data, roles from the parse.

For every token whose lemma and part of speech match a trigger pattern whose constraints hold,
the coder reads the actor and recipient off the dependency parse (:mod:`.parties`), fills the
parties the parse leaves open (:mod:`.fallbacks`), reads the modality off the clause
(:mod:`.modality`), and applies PLOVER's conversions (:mod:`.conversions`): a promised or future
cooperation is AGREE ("will meet", "pledged to send aid"); a conflict action under a condition is
THREATEN by its actor ("would impose sanctions if Russia invades"), the condition itself
hypothetical; the complement of another event is not an event of its own ("urged Russia to
withdraw" is one REQUEST). Every event names its rule (``triggers.tsv`` id and line, plus each
fallback and conversion).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from newsevents.doc_cache import char_span, children_of, columns, entities, sentences, text_of
from newsevents.events import ontology
from newsevents.events.context import (
    by_code,
    content_of,
    definite,
    first_mentions,
    named_codes,
    passive,
    passive_agent,
    place_country,
    ref,
    speaker_tail,
)
from newsevents.events.conversions import convert
from newsevents.events.fallbacks import fill_actors, fill_recipients, regroup, unrest_toll
from newsevents.events.kinds import (
    ACTORLESS_OK,
    BACKGROUND,
    CONTEXTUAL,
    NAMING,
    NEED_RECIPIENT,
    OFFICIALS,
    REFERRING,
    RESCUES,
    SENDING,
    SIMILAR,
    SPEAKER_VERBS,
    WANTED,
    similar,
)
from newsevents.events.matching import dated, forms, holds, part_of_speech
from newsevents.events.mentions import (
    MentionIndex,
    mentions_at,
)
from newsevents.events.modality import ASSEMBLING, Reading, read
from newsevents.events.parties import opening_roles
from newsevents.events.roles import (
    NOT_ACTORS,
    NOUN_MODS,
    RELATIVES,
    actor_tokens,
    governing_verb,
    relative_subject,
    subject_of,
)
from newsevents.events.story import (
    blamed_attackers,
    confronted_protests,
    dedupe,
    monitored_reports,
    prison_terms,
    refer_back,
    restated_attacks,
    swaps,
    told_tolls,
    ultimatums,
)
from newsevents.events.targets import deterred, wronged
from newsevents.events.triggers import Trigger, TriggerTable
from newsevents.records import (
    ActorRef,
    DatePrecision,
    Event,
    EventType,
    Mention,
    merge_repeats,
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    token: Any
    trigger: Trigger


def _speaks(doc: Any, m: Mention) -> bool:
    """A mention that is the subject of a speech verb ("…, Saudi Arabia and the United States
    said"): a source of the story, not a party to take as a recipient."""
    span = char_span(doc, m.start, m.end)
    if span is None:
        return False
    tok = span.root
    for _ in range(4):
        if tok.dep_ not in ("conj", "compound", "appos") or tok.head.i == tok.i:
            break
        tok = tok.head
    return (tok.dep_ == "nsubj" and tok.head.lemma_ in SPEAKER_VERBS) or speaker_tail(tok, m)


APOLOGIES = frozenset({"apologize", "apologise", "apology", "regret", "admit", "acknowledge"})
TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})
# the unrest a government answers is reported with it
PROTEST_CAUSES = frozenset({"after", "following", "amid", "despite"})


def _names_a_thing(doc: Any, m: Mention) -> bool:
    """A capital naming a thing, not a party: "the Paris climate agreement"."""
    if m.kind != "capital":
        return False
    span = char_span(doc, m.start, m.end)
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
        _pos, lowers, lemmas_of = columns(doc)  # read once, shared with the actor coder
        return [
            i
            for i, (lemma, lower) in enumerate(zip(lemmas_of, lowers, strict=True))
            if lemma in lemmas_h or lower in forms_h
        ]

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
            deps = {c.dep_: c.lower_ for c in children_of(tok)}
            if "oprd" in deps and deps.get("dobj") == "what":
                continue  # "strikes on what it called terrorist hideouts": a naming, no event
            clause = tok.head if tok.dep_ == "conj" else tok
            if tok.lemma_ == "allow" and tok.tag_ == "VBG" and clause.dep_ == "advcl":
                continue  # "approved a loan, allowing the disbursement of …": a consequence
            seen: dict[tuple[str, bool], frozenset[str]] = {}
            for row in rows:  # the most specific first (see triggers.load)
                if holds(row, tok, seen):
                    out.append(_Candidate(tok, row))
                    break
        return self._object_readings(out)

    def _object_readings(self, found: list[_Candidate]) -> list[_Candidate]:
        """A light verb fired by the word of its object ("launch" an attack or a strike) yields
        to the reading the object's own modifier settles: "launched an indefinite strike" is a
        labour strike, not an attack. A verb that turns its object into another type ("lifted
        martial law", "cancelled the visit") keeps its reading."""
        nouns = {
            c.token.i: c.trigger.event
            for c in found
            if c.token.pos_ == "NOUN"
            and any(r.key == "mod" and not r.negated for r in c.trigger.requires)
        }

        def yields(c: _Candidate) -> bool:
            return any(
                k.dep_ == "dobj"
                and nouns.get(k.i, c.trigger.event) != c.trigger.event
                and c.trigger.event in {r.event for r in self.table.candidates(k.lemma_, "NOUN")}
                for k in children_of(c.token)
            )

        return [c for c in found if not yields(c)]

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
        for sent in sentences(doc):
            lo, hi = bisect_left(possible, sent.start), bisect_left(possible, sent.end)
            found = self.candidates(sent, possible[lo:hi])
            trigger_ids = {c.token.i for c in found}
            kinds = {c.token.i: c.trigger.event for c in found}
            sentence_events = []
            back_refs: dict[int, str] = {}
            for cand in found:
                event = self._code(
                    cand, index, trigger_ids, article_id, published, kinds, back_refs
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
            sentence_events += prison_terms(sentence_events)
            sentence_events += ultimatums(sentence_events)
            sentence_events += swaps(sentence_events)
            events.extend(dedupe(sentence_events))
        # sentences with their own date phrase may report a different occurrence: the
        # attributes stage merges those once it has dated them
        starts = [s.start_char for s in sentences(doc)]
        dated = {
            starts[bisect_right(starts, e.start_char) - 1]
            for e in entities(doc)  # built once per document, shared with the other coders
            if e.label_ in ("DATE", "TIME")
        }
        attacks = restated_attacks(told_tolls(blamed_attackers(events)))
        return tuple(merge_repeats(attacks, keep_apart=dated))

    def _code(
        self,
        cand: _Candidate,
        index: MentionIndex,
        trigger_ids: set[int],
        article_id: str,
        published: dt.date | None,
        kinds: dict[int, EventType] | None = None,
        back_refs: dict[int, str] | None = None,
    ) -> Event | None:
        back_refs = back_refs if back_refs is not None else {}
        tok, row = cand.token, cand.trigger
        reading: Reading = read(tok)
        # "soldiers arrested at …" (not "a move Georgia's president condemned as …")
        participle = tok.dep_ == "acl" and tok.tag_ == "VBN" and relative_subject(tok) is None
        opened = opening_roles(tok, row, index, participle)
        if opened is None:
            return None
        actors, recipients, deep = opened
        rule_extra = "+recipient-in-clause" if deep else ""
        place = place_country(tok, index, reasons=row.event == EventType.SANCTION)
        actors, recipients, extra = regroup(tok, row, index, actors, recipients, place)
        rule_extra += extra
        actors, recipients, extra = fill_actors(
            tok, row, index, actors, recipients, place, participle, trigger_ids, deep
        )
        rule_extra += extra
        if _suppressed(tok, row, index, actors, recipients, participle, trigger_ids):
            return None
        if row.event == EventType.SANCTION and all(
            m.code == "UNK" and m.sector not in OFFICIALS for m in recipients
        ):
            recipients = []  # "sanctions on dozens of people and companies": whose, the story says
        pointer = next(
            (
                c
                for c in children_of(tok)
                # "condemned the drills"; "quickly rejected it": the latest act of another party
                if c.dep_ in ("dobj", "pobj") and (definite(c) or c.lower_ == "it")
            ),
            None,
        )
        if pointer is None and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN":
            subj = subject_of(tok)
            if subj is not None and subj.lower_ not in RELATIVES:
                pointer = tok.head  # "a move Netanyahu rejected": what the move was
        if not recipients and similar(tok):
            back_refs[tok.idx] = SIMILAR  # "Hungary announced a similar ban": see __call__
        elif not recipients and row.event in REFERRING and pointer is not None:
            back_refs[tok.idx] = pointer.lemma_.lower()  # "condemned the drills": see __call__
        elif (
            not recipients
            and row.event in CONTEXTUAL
            # "the two leaders agreed …": both parties are already the actors
            and len(named_codes(actors)) < 2
            # "commandos rescued 21 crew members": one's own people (see fill_recipients)
            and not (row.event == EventType.AID and tok.lemma_ in RESCUES)
        ):
            back_refs[tok.idx] = ""  # no recipient in the sentence: the story's other party
        inferred = "+actor-from-" in rule_extra  # an unnamed body placed by the story
        recipients, extra = fill_recipients(tok, row, index, actors, recipients, place, inferred)
        rule_extra += extra
        if recipients and back_refs.get(tok.idx) == "":
            del back_refs[tok.idx]  # the story gave the recipient already (a place, a home)
        if not recipients and row.event == EventType.MOBILIZE:
            # "Seoul responded by sending its naval unit toward Hormuz" after Iran seized a
            # tanker: a show of force with no target named faces the story's other party
            back_refs[tok.idx] = ""
        coding = convert(
            tok, row, reading, index, actors, recipients, place, rule_extra, kinds or {},
        )  # fmt: skip
        if coding is None:
            return None
        event, mode, modality, rule = coding.event, coding.mode, coding.modality, coding.rule
        actors, recipients, confidence = coding.actors, coding.recipients, coding.confidence
        aimed = (
            deterred(tok, index, actors, aimed_only=event == EventType.THREATEN)
            if event in (EventType.MOBILIZE, EventType.THREATEN)
            else []
        )
        if aimed:  # "deployed troops to Lithuania to deter Russia": aimed at Russia
            recipients, rule = aimed, rule + "+aimed-at"
        if (
            event == EventType.CONSULT
            and tok.dep_ in ("amod", "xcomp")
            and tok.tag_ == "VBG"
            and recipients
            and {m.code for m in recipients} <= {m.code for m in actors}
        ):
            return None  # "received visiting Egyptian Foreign Minister Shoukry": no host found
        if (
            event == EventType.CONCEDE
            and (mode == "apologize" or tok.lemma_.lower() in APOLOGIES)
            and {m.code for m in recipients} <= {m.code for m in actors}
        ):
            # "De Croo apologised for the killing of Congolese hero Patrice Lumumba"
            victims = wronged(tok, index, actors)
            if victims:
                recipients, rule = victims, rule + "+wronged-party"
        reporter = None
        if reading.speech_head is not None:
            speaker = subject_of(reading.speech_head)
            found = mentions_at(speaker, index) if speaker is not None else []
            reporter = ref(found[0]) if found else None
        sent = index.sent(tok)
        sentence = text_of(tok.doc)[sent.start_char : sent.end_char].rstrip()
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


BOUNTIES = frozenset({"reward", "bounty"})


def _suppressed(
    tok: Any, row: Trigger, index: MentionIndex, actors: list[Mention],
    recipients: list[Mention], participle: bool, trigger_ids: set[int],
) -> bool:  # fmt: skip
    """A trigger that names a background event, a description or the content of another event,
    or one whose parties nobody could chart."""
    noun = part_of_speech(tok) == "NOUN"  # "citing joint drills": tagged a verb at times
    base = tok  # "since the invasion and the annexation": both in the background
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head
    if (
        noun
        and base.dep_ in ("pobj", "dobj")
        and base.head.lower_ in BACKGROUND
        # "said after a video call between the two leaders": the call just happened
        and not (row.event == EventType.CONSULT and base.head.lower_ in ("after", "following"))
        # "dropped the plan after rare protests there on Friday": the protests are news too
        and not (row.event == EventType.PROTEST and base.head.lower_ in PROTEST_CAUSES)
    ):
        return True  # "talks since the invasion": a reference to an event, not a new one
    if (
        noun
        and base.dep_ == "pobj"
        and base.head.lower_ in ("to", "for")
        and base.head.head.lemma_ in ("response", "retaliation", "reaction", "reprisal", "revenge")
    ):
        return True  # "in response to Russia's invasion of Ukraine": the reason, told elsewhere
    if noun and tok.lemma_ == "arrest" and any(a.lemma_ in BOUNTIES for a in tok.ancestors):
        return True  # "a reward for information leading to his arrest": the reward is the event
    if (
        row.event == EventType.ASSAULT
        and unrest_toll(tok)
        and all(a.sector == "UNK" for a in actors)
    ):
        return True  # "nine people had been killed in the unrest": the riots' toll
    if row.event == EventType.PROTEST and noun and _protest_as_reason(tok):
        return True  # "bowing to weeks of protests", "recalled its ambassador in protest"
    if noun and tok.dep_ in ("oprd", "attr") and tok.head.lemma_ in NAMING:
        return True  # "if the EU labelled the offensive an invasion": a word, not an event
    if tok.dep_ == "amod" and tok.tag_ == "VBN":
        return True  # "Rwanda-backed M23", "Iran-backed Houthis": a description
    named = index.at(tok)
    if tok.pos_ == "PROPN" and named is not None and named.code != "UNK":
        return True  # "the Popular Mobilization Forces": a word of a known name
    given = passive_agent(tok) and (
        (row.event == EventType.AID and tok.lemma_ in SENDING | {"supply", "gift"})
        or (row.event == EventType.AGREE and tok.lemma_ in ("offer", "pledge", "promise"))
    )  # "600,000 doses donated by the Chinese government arrived …": the gift is the news;
    # "rejected $20 million in aid offered by the G7": so is the offer
    # "49 Ivorian soldiers arrested at Bamako airport on Sunday": news
    if row.event != EventType.ASSAULT and participle and not given and not dated(tok):
        # "five Americans detained in Iran flew …", "troops backed by tanks": who they are
        return True
    if tok.dep_ == "relcl" and any(c.lower_ == "had" for c in children_of(tok) if c.dep_ == "aux"):
        return True  # "Glas, who had been sheltering in the embassy": background
    if tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.pos_ == "VERB":
        return True  # "bar NATO from deploying troops", "refrained from attacking"
    if "drawn" not in row.recipient and content_of(tok, trigger_ids):
        # "accusing it of supporting terrorism", "blamed Israel for the bombing", "warned
        # Iran against attacking U.S. forces", "… of violating the deal by attacking ports"
        return True
    if noun and tok.head.lower_ == "of" and tok.head.head.lemma_ == "sideline":
        return True  # "on the sidelines of the SCO summit": where a meeting took place
    wanted_by = governing_verb(tok) if noun else None
    if wanted_by is not None and wanted_by.lemma_ in WANTED and row.event != EventType.REQUEST:
        return True  # "called for peace talks": the request is the event, not the talks
    if wanted_by is not None and wanted_by.lemma_ in ("block", "veto", "thwart"):
        return True  # "Cyprus blocked EU sanctions against Belarus": no sanctions were imposed
    if passive(tok) and any(
        p.i in trigger_ids
        and any(_named(index.at(g)) for g in children_of(p) if g.dep_ in NOUN_MODS)
        for c in children_of(tok)
        if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by")
        for p in children_of(c)
    ):
        return True  # "were killed in an Israeli air strike": the strike is the event
    if not actors and (not recipients or noun):
        return True  # a nominal event needs its actor ("sanctions against Moscow" alone is not)
    if not actors and row.event not in ACTORLESS_OK:
        # "the document offered Russia a path", "hostages were handed over to the Red
        # Cross": nobody to chart as the actor (an unattributed attack or arrest still is)
        return True
    if not actors and all(m.code == "UNK" for m in recipients):
        return True  # nobody known on either side: nothing a user could chart
    if row.event in NEED_RECIPIENT and not recipients and all(a.code == "UNK" for a in actors):
        return True  # "civilians gathered to be evacuated": no giver, no receiver
    # "ready", "willing" on their own promise nothing to anyone
    return (
        row.pos == "ADJ"
        and not recipients
        and not any(c.dep_ in ("xcomp", "prep") for c in children_of(tok))
    )


DURATIONS = frozenset({"day", "week", "month", "year", "night", "hour", "decade"})


def _protest_as_reason(tok: Any) -> bool:
    """Protests told as the background of the news: "bowing to weeks of mass protests" (a
    stretch of unrest, reported before), or "recalled its ambassador in protest" (the manner
    of another act)."""
    if tok.dep_ != "pobj":
        return False
    span = tok.head.head
    if tok.head.lower_ == "of" and span.lemma_ in DURATIONS and span.tag_ == "NNS":
        return True  # "weeks of protests"; "a day of protests" is the news
    if tok.head.lower_ != "in" or any(
        c.dep_ in ("det", "amod", "poss", "compound") for c in children_of(tok)
    ):
        return False
    verb = governing_verb(tok)
    # "gathered outside her home in protest": the gathering is the protest
    return verb is not None and verb.lemma_ not in ASSEMBLING


def _named(m: Mention | None) -> bool:
    return m is not None and m.code != "UNK"


def diagnose(coder: EventCoder, doc: Any, mentions: Iterable[Mention]) -> list[dict[str, Any]]:
    """For ``newsevents explain``: every token that matched a trigger lemma, the patterns tried,
    which held, and why a candidate produced no event (the near misses)."""
    index = MentionIndex(doc, mentions)
    out: list[dict[str, Any]] = []
    for sent in sentences(doc):
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
