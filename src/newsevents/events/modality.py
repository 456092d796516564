"""How the text presents an event: asserted, negated, future, hypothetical, conditional, question.

Also finds the clause an event is embedded in: the complement of another verb ("agreed to
cooperate", "urged Russia to withdraw") and the speaker of reported speech ("X said Y did Z").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsevents.doc_cache import children_of
from newsevents.records import Modality

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
MODAL_AUX = frozenset({"could", "might", "may", "should", "must", "can", "would"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
RANKS = frozenset({"first", "last", "only", "latest"})
NEGATORS = frozenset({"not", "n't", "never", "no"})
SPEECH = frozenset(
    {
        "say",
        "tell",
        "announce",
        "report",
        "state",
        "claim",
        "add",
        "note",
        "insist",
        "declare",
        "confirm",
        "write",
        "stress",
        "explain",
        "argue",
        "reiterate",
        "assert",
        "believe",
        "think",
        "indicate",
        "suggest",
        "acknowledge",
        "admit",
        "mention",
        "recall",
        "reply",
        "respond",
        "retort",
    }
)

# a participle of saying after a comma is the subject's own act, even when the parser hangs it
# off a complement: "agreed to deploy troops, accusing Ukraine of …"
SPOKEN_PARTICIPLES = frozenset(
    {
        *("accuse", "blame", "warn", "vow", "urge", "demand", "deny", "reject", "condemn"),
        *("criticise", "criticize", "threaten", "praise", "dismiss", "call", "denounce"),
    }
)

# nouns whose infinitive is their content, not a purpose: "the commitment to defend Ukraine"
COMPLEMENT_NOUNS = frozenset(
    {
        *("commitment", "intent", "intention", "plan", "pledge", "promise", "decision"),
        *("agreement", "readiness", "willingness", "offer", "bid", "effort", "attempt", "move"),
        *("call", "demand", "request", "order", "right", "threat", "vow", "proposal", "deal"),
        *("ultimatum", "invitation", "permission", "authority", "mandate", "resolution"),
    }
)


@dataclass(frozen=True, slots=True)
class Reading:
    modality: Modality
    conditional: bool  # a main clause with an if/unless condition ("would impose … if …")
    future: bool
    complement_of: Any | None  # the governing verb when this event is its complement
    speech_head: Any | None  # the reporting verb when this event is reported speech
    ended: bool = False  # "no longer recognises": a relation brought to an end
    without: bool = False  # "left Moscow without signing": an act held back


MASS_ACTIONS = frozenset(
    {"strike", "protest", "rally", "march", "demonstration", "sit-in", "boycott", "walkout"}
)


def spoken_aside(trigger: Any) -> bool:
    """A participle of saying hung off a complement clause: "agreed to deploy troops, *accusing*
    Ukraine of …" is the speaker's own act, not part of what was agreed."""
    return bool(
        trigger.dep_ == "advcl"
        and trigger.tag_ == "VBG"
        and trigger.lemma_ in SPOKEN_PARTICIPLES
        and trigger.head.dep_ in ("ccomp", "xcomp")
    )


def _first_to(verb: Any) -> bool:
    """ "Obama became the first sitting president to visit Hiroshima", with the infinitive hung
    off the verb: the ranking says the visit happened."""
    return any(
        c.dep_ in ("attr", "oprd")
        and any(m.lower_ in RANKS or m.ent_type_ == "ORDINAL" for m in children_of(c))
        for c in children_of(verb)
    )


def _asks(root: Any) -> bool:
    """Whether the sentence of a root verb ends in a question mark (its last token, found
    without building the sentence's text)."""
    last = root.doc[root.right_edge.i]
    return last.text == "?" or (
        last.is_punct and root.doc[max(root.right_edge.i - 1, 0)].text == "?"
    )


def _aux(tok: Any) -> set[str]:
    return {c.lower_ for c in children_of(tok) if c.dep_ in ("aux", "auxpass")}


ASSEMBLING = frozenset(
    {"march", "rally", "gather", "assemble", "converge", "protest", "demonstrate", "flock"}
)
TIME_MARKS = frozenset({"after", "before", "since", "when", "while", "as", "until"})


def deadline_aside(tok: Any) -> Any | None:
    """The verb a participle belongs with when the parser coordinated it with an infinitive:
    "…, giving them 72 hours to leave the country and accusing them of meddling" goes with the
    giving, not the leaving."""
    head = tok.head
    if not (
        tok.dep_ == "conj"
        and tok.tag_ == "VBG"
        and head.dep_ in ("relcl", "advcl", "xcomp")
        and any(c.tag_ == "TO" for c in children_of(head))
    ):
        return None
    verb = head.head.head if head.dep_ == "relcl" else head.head
    return verb if verb.lemma_ == "give" and verb.tag_ == "VBG" else None


def misjoined_past(verb: Any) -> Any | None:
    """ "Denmark accused an Iranian service of plotting to assassinate an opposition figure …
    and recalled its ambassador": a subjectless past tense the parser joined to an infinitive
    goes with the nearest finite verb above it (the past cannot continue "to assassinate")."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.head.tag_ not in ("VB", "VBG"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return None
    node = verb.head
    for _ in range(5):
        if node.head.i == node.i:
            break
        node = node.head
        if node.tag_ in ("VBD", "VBZ", "VBP"):
            return node
    return None


def _finite_after_modal(verb: Any) -> bool:
    """ "Zelenskyy said about 200 people could have been inside and condemned the attack": a past
    tense joined to a modal complement ("could have been") is no part of it (that would read
    "could have condemned"); the parser hung it there, it goes with "said"."""
    head = verb.head
    return (
        verb.tag_ == "VBD"
        and head.tag_ in ("VB", "VBN")
        and head.dep_ == "ccomp"
        and head.head.tag_ == "VBD"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(head))
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb))
    )


def read(trigger: Any) -> Reading:
    """Read the modality of the clause a trigger stands in."""
    verb = trigger
    # a nominal event takes the modality of the verb that governs it
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass", "attr", "pobj"):
        verb = trigger.head if trigger.dep_ != "pobj" else trigger.head.head
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        if _finite_after_modal(clause):
            clause = clause.head.head  # joined to the verb of saying, not to its complement
            break
        anchor = misjoined_past(clause)
        if anchor is not None:
            clause = anchor
            continue
        clause = deadline_aside(clause) or clause.head
    aux = _aux(verb) | _aux(clause)
    # "said they did not recognise the vote and would recall their ambassadors": a joined verb
    # with an auxiliary of its own does not share the first verb's negation
    own_aux = clause is not verb and any(c.dep_ in ("aux", "auxpass") for c in children_of(verb))
    negated = any(c.dep_ == "neg" or c.lower_ in ("never",) for c in children_of(verb)) or (
        not own_aux and any(c.dep_ == "neg" for c in children_of(clause))
    )
    # "will no longer accept grants", "no longer recognises the government"
    ended = any(
        c.lower_ == "longer" and any(g.dep_ == "neg" for g in children_of(c))
        for c in children_of(verb)
    )
    # "left Moscow without signing the agreement", "the summit broke down without a deal"
    without = (trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ == "without") or (
        clause.dep_ == "pcomp" and clause.head.lower_ == "without"
    )
    negated = negated or ended or without
    # "advised its citizens to avoid traveling to Japan": what is avoided does not happen
    negated = negated or (
        clause.dep_ == "xcomp" and clause.head.lemma_ in ("avoid", "refrain", "shun")
    )
    # "commit to neither creating a currency nor backing another one"
    negated = negated or any(
        c.dep_ in ("preconj", "cc") and c.lower_ in ("neither", "nor")
        for c in (*children_of(verb), *children_of(clause))
    )
    # "no talks were held"
    if trigger.pos_ == "NOUN" and any(
        c.lower_ == "no" and c.dep_ == "det" for c in children_of(trigger)
    ):
        negated = True
    condition = any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in children_of(c))
        for c in children_of(clause)
    )
    # "if its government continued to allow the killings": an infinitive shares the condition
    conditioned = clause
    while conditioned.dep_ == "xcomp" and conditioned.head.i != conditioned.i:
        conditioned = conditioned.head
    in_condition = conditioned.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in CONDITION_MARKS | {"unless"}
        for m in children_of(conditioned)
    )
    future = bool(aux & FUTURE_AUX) or (
        "going" in aux or any(c.lower_ == "going" for c in children_of(clause))
    )
    modal = bool(aux & (MODAL_AUX - {"would"})) or {"would", "have"} <= aux  # "would have"
    complement_of = None
    temporal = any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in children_of(clause))
    # "announced the withdrawal of their countries from ECOWAS, accusing the bloc of …": a
    # participle after a comma the parser hung on the noun speaks for the clause's subject
    # (but "a general strike …, demanding justice" is what the strikers demand)
    aside = (
        clause.dep_ == "acl"
        and clause.tag_ == "VBG"
        and clause.i > 0
        and clause.doc[clause.i - 1].text == ","
        and clause.head.lemma_ not in MASS_ACTIONS
    )
    if (
        clause.dep_ in ("xcomp", "ccomp", "acl")
        and clause.head.i != clause.i
        and not temporal
        and not aside
    ):
        # "a day after tens of thousands rallied": a clause of time is no content, even when
        # the parser hangs it on a noun
        complement_of = clause.head
    elif (
        clause.dep_ == "advcl"
        and clause.head.dep_ in ("ccomp", "xcomp")
        # "warned that … after the RSF deployed troops": a clause of its own, not the content
        and not any(c.dep_ == "mark" for c in children_of(clause))
        and not spoken_aside(clause)
    ):
        # "admitted it had shot down the airliner, killing all 176": the killing is part of
        # what was admitted, as the shooting is
        complement_of = clause.head.head
    if clause.dep_ == "xcomp" and clause.head.lemma_ == "be":
        future, complement_of = True, None  # "foreign forces are to leave within 14 months"
    speech_head = None
    head = clause
    hops = 0
    while head.dep_ in ("ccomp", "conj", "xcomp") and head.head.i != head.i and hops < 4:
        head = head.head
        hops += 1
        if head.lemma_ in SPEECH:
            speech_head = head
            break
    if speech_head is None and clause.dep_ == "ROOT":
        # "Russia attacked Ukraine, officials said": the speech verb hangs off the event clause
        for c in children_of(clause):
            if c.dep_ in ("parataxis", "ccomp") and c.lemma_ in SPEECH:
                speech_head = c
    if "would" in aux and not condition and speech_head is not None:
        future = True  # reported future: "said it would send troops"
    # "calling up reservists to fight in Ukraine", "sent troops to help": a purpose, not a fact
    purpose = (
        clause.dep_ in ("advcl", "relcl", "acl")
        and not (clause.dep_ == "acl" and clause.head.lemma_ in COMPLEMENT_NOUNS)
        # "Russia has become the first country to recognise …": what it did, not a purpose
        and not (clause.dep_ in ("acl", "relcl") and clause.head.dep_ in ("attr", "oprd"))
        and not (clause.dep_ == "advcl" and _first_to(clause.head))
        # "parliament voted on Sunday to demand …": the vote is the demand; "thousands marched
        # to demand his resignation", "gathered to protest": the crowd's demand is made
        and clause.head.lemma_ not in ("vote", "agree", "decide", "resolve", "move")
        and clause.head.lemma_ not in ASSEMBLING
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(clause))
        and not any(c.dep_ in ("auxpass",) for c in children_of(clause))
    )
    if not purpose and clause.dep_ == "xcomp" and clause.head.dep_ == "advcl":
        # "deployed troops to help the government fight an insurgency": the fight is a purpose
        outer = clause.head
        purpose = any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(outer))
    # "since the Taliban seized power": the story's background, not its news
    since = clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "since" for m in children_of(clause)
    )
    if negated:
        modality = Modality.NEGATED
    elif (
        in_condition
        or (modal and not future)
        or (condition and ("would" in aux or future or modal))
    ):
        modality = Modality.HYPOTHETICAL
    elif future:
        modality = Modality.FUTURE
    elif purpose:
        modality = Modality.REPORTED_INTENT
    elif since:
        modality = Modality.HISTORICAL
    elif clause.dep_ == "ROOT" and _asks(clause):
        modality = Modality.QUESTION
    else:
        modality = Modality.ASSERTED
    return Reading(
        modality,
        condition and ("would" in aux or future or modal),
        future,
        complement_of,
        speech_head,
        ended,
        without,
    )
