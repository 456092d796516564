"""PLOVER's conversions of a coded trigger: a promise or future cooperation is AGREE, a conflict
action under a condition is THREATEN, an announced concession is CONCEDE, a stated refusal is
REJECT, a joint exercise is COOPERATE, a visitor is the actor of a visit; the complement of another
event is no event of its own."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsevents.doc_cache import children_of
from newsevents.events.context import (
    collective,
    governors,
    named_codes,
    passive,
)
from newsevents.events.kinds import (
    AGREED_ACTIONS,
    ANNOUNCED,
    CONFLICT_TO_THREATEN,
    COOP_TO_AGREE,
    COOPERATIVE,
    DECIDED_TIES,
    DIRECTING,
    EXERCISES,
    HOSTING,
    INTENT,
    NEED_RECIPIENT,
    PLAIN_ACTS,
    PROMISE,
    announced_concession,
    scheduled,
    similar,
)
from newsevents.events.mentions import (
    MentionIndex,
    mentions_at,
)
from newsevents.events.modality import Reading, read
from newsevents.events.roles import (
    prep_objects,
    subject_of,
)
from newsevents.events.triggers import Trigger
from newsevents.records import (
    EventType,
    Mention,
    Modality,
)

CROWDS = frozenset({"protester", "demonstrator", "rioter", "marcher", "striker", "picketer"})


@dataclass(frozen=True, slots=True)
class Coding:
    """The event type, mode and modality a trigger is coded with, and its parties."""

    event: EventType
    mode: str | None
    modality: Modality
    rule: str
    confidence: float
    actors: list[Mention]
    recipients: list[Mention]


ATTEMPTS = frozenset({"try", "attempt"})
FORCIBLE = frozenset({EventType.ASSAULT, EventType.PROTEST, EventType.COERCE})


def _attempted(governor: Any, event: EventType) -> bool:
    """An attack, a storming or an arrest attempted is an act of its own (PLOVER counts
    attempted assassinations): "hundreds of people tried to storm his residence"."""
    return (
        governor.lemma_ in ATTEMPTS
        and event in FORCIBLE
        and governor.tag_ in ("VBD", "VBN")
        # "the Kremlin said Ukraine had tried to kill Putin": a claim, told as such
        and governor.dep_ != "ccomp"
        and read(governor).modality == Modality.ASSERTED
    )


# what a court finds a party did, reported as its ruling: a conviction (SANCTION:convict)
COURT_FINDINGS = frozenset({"violate", "breach", "responsible", "violation", "commit"})


VOLLEYS = frozenset({"shot", "shots", "round", "rounds", "burst", "bursts", "flare", "flares"})


AID_KINDS = frozenset({"aid", "military", "humanitarian", "security", "weapons", "arms"})
RECOGNISING = frozenset({"recognize", "recognise"})


def _military(tok: Any) -> bool:
    return any(
        g.lower_ in ("military", "security", "weapons", "arms")
        for c in children_of(tok)
        if c.dep_ == "dobj"
        for g in c.subtree
    )


# the heads of what a state leaves when it withdraws itself rather than its forces
LEFT_BODIES = frozenset({
    "treaty", "convention", "pact", "accord", "agreement", "deal", "council", "organisation",
    "organization", "alliance", "union", "bloc", "forum", "court", "statute", "protocol", "charter",
    "commission", "mediation", "process", "initiative", "framework", "talks", "negotiations",
    "group", "body", "community", "federation", "partnership", "mechanism", "arrangement", "club",
    "membership",
})  # fmt: skip


def _leaves_body(tok: Any) -> bool:
    """Whether ``tok`` (withdraw, pull out, leave, quit) has a treaty or a body as what is left:
    "pulling out of the Barents Euro-Arctic Council", "withdraw from the Ottawa Convention"."""
    left = prep_objects(tok, ("from", "of"))
    for c in children_of(tok):
        if c.dep_ in ("prep", "prt") and c.lower_ == "out":
            left += prep_objects(c, ("of", "from"))
        elif c.dep_ == "dobj" and tok.lemma_ in ("leave", "quit", "exit"):
            left.append(c)
    return any(p.lemma_.lower() in LEFT_BODIES for p in left)


def _by_parties(
    event: EventType, mode: str | None, tok: Any, actors: list[Mention], recipients: list[Mention]
) -> tuple[EventType, str | None, str]:
    """The type an act takes from who its parties are, with the rule suffix that says so."""
    if (
        event == EventType.ACCUSE
        and tok.lemma_ in COURT_FINDINGS
        and actors
        and all(a.sector == "JUD" for a in actors)
    ):
        # "the ICJ held that Pakistan had violated the Vienna Convention", "the European Court
        # of Human Rights ruled that Russia was responsible for killings": a ruling against it
        return EventType.SANCTION, "convict", "+court-ruling"
    if (
        event == EventType.ASSAULT
        and tok.lemma_ == "fire"
        and any(
            g.lower_ == "warning" and g.i + 1 < len(g.doc) and g.doc[g.i + 1].lemma_ in VOLLEYS
            for c in children_of(tok)
            if c.dep_ == "dobj"
            for g in c.subtree
        )
    ):
        # "the South Korean military fired (hundreds of) warning shots": a show of force
        return EventType.MOBILIZE, "weapons", "+warning-fire"
    if (
        event == EventType.AGREE
        and tok.lemma_ == "announce"
        and any(
            g.lower_ in AID_KINDS and g.dep_ in ("amod", "compound")
            for c in children_of(tok)
            if c.dep_ == "dobj"
            for g in children_of(c)
        )
    ):
        # "announced a $345 million military aid package for Taiwan": aid given, as the lead
        # coders take it ("a line of credit", "a funding package" stay promises)
        return EventType.AID, "military" if _military(tok) else None, "+aid-announced"
    if (
        event == EventType.RETREAT
        and mode == "withdraw"
        and actors
        and not any(a.family for a in actors)
        and ((recipients and all(m.family for m in recipients)) or _leaves_body(tok))
    ):
        # a state leaving ECOWAS or the Council of Europe cuts ties (PLOVER SANCTION withdraw:
        # "withdraw oneself ... from a group, mediation activity, organization"), as does one
        # pulling out of a treaty or a forum the dictionaries do not know ("the Ottawa
        # Convention", "the Barents Euro-Arctic Council")
        return EventType.SANCTION, "withdraw", "+left-organisation"
    if (
        event == EventType.AID
        and mode == "military"
        and tok.lemma_ in ("deploy", "send", "dispatch")
        and not named_codes(recipients) - named_codes(actors)
    ):
        # "began deploying soldiers in Gauteng to support police": forces sent to help at home
        # (or to no one named) mobilise; military aid goes to another party
        return EventType.MOBILIZE, "troops", "+own-forces→MOBILIZE"
    if event == EventType.COERCE and tok.lemma_ == "arrest" and tok.pos_ == "NOUN":
        governing = {a.lemma_ for a in tok.ancestors}
        abroad = named_codes(recipients) - named_codes(actors)
        if abroad and governing & {"order", "issue", "seek"}:
            # "an Argentine court ordered the arrest of Venezuelan President Maduro": an arrest
            # in absentia is a threat (the manual's THREATEN arrest)
            return EventType.THREATEN, "arrest", "+in-absentia→THREATEN"
    if event == EventType.COERCE and tok.lemma_ in ("bar", "ban"):
        barred_from = {
            g.lemma_
            for c in tok.subtree
            if c.dep_ == "prep" and c.lower_ == "from"
            for g in children_of(c)
        }
        foreign = named_codes(recipients) - named_codes(actors)
        if foreign and barred_from & {"enter", "land", "visit"}:
            if "enter" in barred_from:
                # "barred Myanmar's army chief … from entering the country": an entry ban on a
                # foreign state's people is a sanction (as ban.entry.v)
                return EventType.SANCTION, "expel", "+entry-ban→SANCTION"
            # "the Netherlands barred the Turkish foreign minister's plane from landing": a
            # foreign visitor turned away is a visit refused
            return EventType.REJECT, None, "+entry-refused→REJECT"
    return event, mode, ""


def _visiting_partner(tok: Any) -> bool:
    """ "Xi held talks with visiting Philippine President Marcos": the partner is the visitor,
    also when the parser reads "with visiting X" as a visit made by the host (the participle
    hung on "with", the visitor as its object)."""
    return any(
        t.lemma_ == "visit"
        and t.tag_ == "VBG"
        and (
            (t.i > tok.i and t.dep_ in ("amod", "compound"))
            or (t.i >= tok.i and t.dep_ == "pcomp" and t.head.lower_ == "with")
        )
        for t in tok.subtree
    )


def _taking_part(tok: Any, index: MentionIndex) -> list[Mention] | None:
    """The states named as taking part in an exercise of many nations ("troops from 27
    countries, including the United States, Britain …", "personnel from 16 countries taking
    part"), or None when its sentence names no such count."""
    for t in tok.sent:
        if t.lemma_ not in ("country", "nation") or t.head.lower_ != "from":
            continue
        if not any(c.dep_ == "nummod" for c in children_of(t)):
            continue
        party = t.head.head  # the troops or personnel the countries send
        named = {
            m.code: m
            for d in party.subtree
            for m in mentions_at(d, index)
            if m.kind in ("state", "adjective") and m.code != "UNK"
        }
        return list(named.values())
    return None


def _own_clause(tok: Any, governing: EventType | None) -> bool:
    """A clause with its own subject that the parser hung on a plain act (a release, an attack,
    an arrest), which takes no content: a coordinated clause of its own."""
    return (
        governing in PLAIN_ACTS
        and tok.dep_ == "ccomp"
        and any(c.dep_ == "nsubj" for c in children_of(tok))
    )


def convert(
    tok: Any, row: Trigger, reading: Reading, index: MentionIndex, actors: list[Mention],
    recipients: list[Mention], place: list[Mention], rule_extra: str, kinds: dict[int, EventType],
) -> Coding | None:  # fmt: skip
    """The coding of one trigger, or None when it is the content of another event or a meeting
    without two known parties. ``kinds`` gives the type of every trigger of the sentence."""
    event, modality = row.event, reading.modality
    if "reported" in row.recipient and modality == Modality.HYPOTHETICAL:
        modality = Modality.ASSERTED  # "said China's detentions may amount to crimes": said
    setting = tok.pos_ == "NOUN" and tok.dep_ == "pobj"
    # "asked China to restructure its debt during talks with Wang Yi": the talks are where
    # the request was made, not part of what was asked
    meeting_setting = (
        setting
        and event == EventType.CONSULT
        # "warned Biden …, in a phone call", "failed to bridge their differences at talks in
        # Brussels": the call or the talks took place
        and (
            tok.head.lower_ in ("during", "after", "at")
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
    event, mode, suffix = _by_parties(event, row.mode, tok, actors, recipients)
    rule += suffix
    if suffix == "+left-organisation" and not all(m.family for m in recipients):
        recipients = []  # "the Ottawa Convention": a treaty named after a city, no party
    confidence = row.confidence
    governor = reading.complement_of
    while (
        governor is not None
        and governor.lemma_ in ("keep", "continue")
        and governor.dep_ in ("xcomp", "ccomp")
        and governor.head.i != governor.i
    ):
        governor = governor.head  # "vowed to keep fighting": the vow governs the fighting
    if "drawn" in row.recipient or meeting_setting:
        governor = None  # a reaction drawn by an act is news, not the act's content
    if event in AGREED_ACTIONS and collective(governor) and modality == Modality.ASSERTED:
        # "the allies agreed to remove Russian banks from SWIFT" is the sanction itself
        rule += "+agreed-action"
        governor = None
    if row.event == EventType.AGREE and any(
        c.dep_ == "xcomp" and kinds.get(c.i) in AGREED_ACTIONS for c in children_of(tok)
    ):
        return None  # the agreed conflict action is coded instead
    if event == EventType.ASSAULT and "prepare" in governors(tok):
        # "the army prepared to resume shelling": readying force is MOBILIZE (PLOVER gold)
        event, mode, governor = EventType.MOBILIZE, None, None
        modality = Modality.ASSERTED
        rule += "+prepared→MOBILIZE"
    if (
        governor is not None
        and governor.pos_ == "NOUN"
        and governor.lemma_ in DECREES
        and tok.dep_ == "acl"
        and tok.tag_ == "VBG"
    ):
        # "signed an executive order cutting off aid to South Africa": the decree does it
        rule += "+by-decree"
        governor = None
    if _own_troops_ordered_out(governor, row.mode, kinds):
        # "the army ordered its troops to withdraw from Vuhledar": a withdrawal carried out
        rule += "+ordered-withdrawal"
        governor = None
    if governor is not None and _own_clause(tok, kinds.get(governor.i)):
        governor = None  # "Azerbaijan freed 32 soldiers and Armenia released two": misparsed
    if governor is not None and (governor.i in kinds or governor.lemma_ in INTENT):
        if governor.lemma_ in PROMISE and event in COOP_TO_AGREE and modality == Modality.ASSERTED:
            event, mode, rule = EventType.AGREE, None, rule + "+promised→AGREE"
        elif governor.i in kinds:
            return None  # the content of another event: "urged Russia to withdraw"
        elif _attempted(governor, event):
            rule += "+attempted"  # "protesters tried to storm his residence": an act done
        elif not (governor.lemma_ in ("force", "compel") and passive(governor)):
            modality = Modality.REPORTED_INTENT  # but "had been forced to hit back": done
    elif governor is not None and governor.lemma_ in PROMISE and event in COOP_TO_AGREE:
        event, mode, rule = EventType.AGREE, None, rule + "+promised→AGREE"
    directed = reading.complement_of is not None and reading.complement_of.lemma_ in DIRECTING
    if (
        modality == Modality.NEGATED
        and (
            (reading.future and reading.speech_head is not None)
            or directed
            # "left Moscow without signing the agreement": a signature held back
            or (reading.without and event in (EventType.AGREE, EventType.SUPPORT))
            # "said they did not recognise the result": recognition withheld is a rejection (a
            # standing "five EU states do not recognise Kosovo" is no event)
            or (
                event == EventType.SUPPORT
                and tok.lemma_ in RECOGNISING
                and not reading.ended
                and (reading.speech_head is not None or tok.tag_ == "VBD")
            )
        )
        and event in COOPERATIVE | {EventType.CONSULT}
    ):
        # "Kyiv would not hold peace talks with Russia as long as …", "instructed officials
        # not to endorse the communique": a stated refusal
        event, mode, modality = EventType.REJECT, None, Modality.ASSERTED
        rule += "+refused→REJECT"
    if modality == Modality.NEGATED and event == EventType.REJECT and _force_kept_open(tok):
        # "Trump said he was not ruling out a military option": force held open is a threat
        event, mode, modality = EventType.THREATEN, None, Modality.ASSERTED
        rule += "+not-ruled-out→THREATEN"
    if (
        reading.ended
        and modality == Modality.NEGATED
        and not reading.future
        and event in (EventType.SUPPORT, EventType.COOPERATE, EventType.AID)
    ):
        # "Puntland no longer recognises the federal government": support withdrawn
        event, mode, modality = EventType.SANCTION, "discontinue", Modality.ASSERTED
        rule += "+ended→SANCTION"
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
    elif (
        modality == Modality.ASSERTED
        and event == EventType.RETREAT
        and mode == "ceasefire"
        and own_side_says(reading.speech_head, actors, index)
    ):
        # "Azerbaijan said it was unilaterally halting hostilities": a ceasefire declared by
        # its own side (the manual's CONCEDE); one observed by others stays RETREAT
        event, mode = EventType.CONCEDE, None
        rule += "+declared→CONCEDE"
    elif modality == Modality.FUTURE and event in COOP_TO_AGREE:
        event, mode = EventType.AGREE, None
        modality = Modality.ASSERTED
        rule += "+future→AGREE"
    elif modality == Modality.FUTURE and (
        event in ANNOUNCED | {EventType.THREATEN}
        # "Russia said it would expel 60 U.S. diplomats", "Israel will close its embassy in
        # Dublin": a decision on ties announced is the sanction itself, not a warning
        or (event == EventType.SANCTION and mode in DECIDED_TIES)
    ):
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
    together = any(
        c.dep_ == "advmod" and c.lower_ in ("together", "jointly") for c in children_of(tok)
    )
    taking_part = (
        _taking_part(tok, index)
        if event == EventType.MOBILIZE and tok.lemma_.lower() in EXERCISES
        else None
    )
    if taking_part is not None:
        # "About 30,000 troops from 27 countries, including the United States, Britain …,
        # began Norway's Cold Response exercise": drills of many nations are cooperation among
        # them, not a show of force at a neighbour named beside them
        own = {a.code for a in actors}
        event, mode, rule = EventType.COOPERATE, None, rule + "+many-nations"
        recipients = [m for m in taking_part if m.code not in own]
    if (
        event == EventType.MOBILIZE
        and (tok.lemma_.lower() in EXERCISES or together)
        and len(named_codes(actors)) >= 2
    ):
        # "South Korea and the United States began their annual exercises": held together,
        # an exercise is military cooperation; a neighbour named beside it is no partner;
        # so is sailing together ("Chinese and Russian warships sailed together through …")
        event, mode, rule = EventType.COOPERATE, None, rule + "+joint"
        recipients = []
    in_own = {m.code for m in place} & {a.code for a in actors}
    if (
        event == EventType.CONSULT
        and recipients
        and actors
        and (
            tok.lemma_ in HOSTING
            or (in_own and not in_own & {m.code for m in recipients})
            or _visiting_partner(tok)
        )
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
    if (
        event == EventType.PROTEST
        and modality == Modality.REPORTED_INTENT
        and tok.lemma_.lower() in CROWDS
    ):
        # "soldiers tried to drive back protesters": whatever the soldiers meant, the
        # protesters were there
        modality = Modality.ASSERTED
    # two parties of one country count ("government negotiators and the Taliban")
    known = {(a.code, a.sector) for a in actors if a.code != "UNK"}
    if event == EventType.CONSULT and (
        not known or (not recipients and len(known) < 2 and mode != "multilateral")
    ):
        return None  # a meeting needs two known parties ("the cabinet met" is not a CONSULT)
    joint = event in COOPERATIVE and len({c for c, _ in known}) >= 2  # "Iran, Russia and China"
    if (
        event == EventType.COOPERATE
        and tok.pos_ == "NOUN"
        and tok.lemma_.lower() in EXERCISES
        and known
        and not recipients
        and not joint
        and taking_part is None
    ):
        # "China's military launched joint drills around Taiwan": joint among its own services,
        # a show of force at whoever the drills surround
        event, mode, rule = EventType.MOBILIZE, None, rule + "+own-services→MOBILIZE"
        recipients = [
            m
            for t in tok.subtree
            if t.dep_ == "pobj" and t.head.lower_ in ("around", "near", "off")
            for m in mentions_at(t, index)
            if m.code not in {a.code for a in actors}
        ]
    if event in NEED_RECIPIENT and not recipients and not joint:
        if tok.pos_ == "NOUN" and not similar(tok):  # "a similar ban": the story has its target
            return None
        confidence -= 0.2
    if not actors:
        confidence -= 0.2
    if actors and all(a.code == "UNK" for a in actors):
        confidence -= 0.1
    return Coding(event, mode, modality, rule, confidence, actors, recipients)


def own_side_says(speech_head: Any | None, actors: list[Mention], index: MentionIndex) -> bool:
    """Whether the speaker of reported speech belongs to the side of the event's actor."""
    speaker = subject_of(speech_head) if speech_head is not None else None
    said_by = {m.code for m in mentions_at(speaker, index)} if speaker is not None else set()
    return bool(said_by - {"UNK"} and said_by & {a.code for a in actors})


# instruments that act once signed: what "an order cutting aid" does is done
DECREES = frozenset({"order", "decree", "directive", "proclamation", "edict", "ordinance"})


def _own_troops_ordered_out(governor: Any, mode: str | None, kinds: dict[int, EventType]) -> bool:
    """ "ordered its troops to withdraw": a command to one's own forces, carried out as news
    reports it. Not an order that is an event of its own ("ordered the spokesman to leave"),
    not troops of a named other nation ("ordered American troops to leave": an expulsion), not a
    halt to attacks a court orders."""
    if governor is None or governor.lemma_ != "order" or mode != "withdraw" or governor.i in kinds:
        return False
    return not any(
        k.ent_type_ in ("NORP", "GPE")
        for o in children_of(governor)
        if o.dep_ == "dobj"
        for k in o.subtree
    )


# what a state may hold open against another: "not ruling out a military option"
FORCE_WORDS = frozenset(
    {"military", "force", "strike", "strikes", "intervention", "attack", "invasion", "war"}
    | {"retaliation", "nuclear", "sanctions", "troops"}
)


def _force_kept_open(tok: Any) -> bool:
    """ "did not rule out military action": the object of "rule out" names force."""
    return tok.lemma_ == "rule" and any(
        g.lemma_.lower() in FORCE_WORDS
        for c in children_of(tok)
        if c.dep_ in ("dobj", "nsubjpass")
        for g in c.subtree
    )
