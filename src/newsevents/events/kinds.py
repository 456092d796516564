"""Which event types and words the coder treats alike: PLOVER conversions, the types that take
their recipient from the place or the story, and the verbs whose complements are not events."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.doc_cache import children_of
from newsevents.records import EventType

COOP_TO_AGREE = frozenset(
    {EventType.CONSULT, EventType.COOPERATE, EventType.AID, EventType.RETREAT, EventType.CONCEDE}
)
CONFLICT_TO_THREATEN = frozenset(
    {EventType.SANCTION, EventType.COERCE, EventType.ASSAULT, EventType.MOBILIZE, EventType.PROTEST}
)
# conflict actions an agreement stands for ("the allies agreed to remove Russian banks from
# SWIFT" is the sanction itself); a deployment is not ("agreed to deploy THAAD" is an agreement)
AGREED_ACTIONS = CONFLICT_TO_THREATEN - {EventType.MOBILIZE}
ACTORLESS_OK = frozenset({EventType.ASSAULT, EventType.COERCE})  # "was killed", "was shelled"
COOPERATIVE = frozenset(
    {EventType.AGREE, EventType.SUPPORT, EventType.CONSULT, EventType.COOPERATE, EventType.AID}
)
INFERRED_TARGET = "+target-named-beside"
FORCE = frozenset({EventType.MOBILIZE, EventType.ASSAULT})
# acts that take no clause as their content ("freed", "shelled", "arrested")
PLAIN_ACTS = frozenset({EventType.RETREAT, EventType.ASSAULT, EventType.COERCE})
# "sanctions over the crackdown": the crackdown is the reason given, reported elsewhere
BACKGROUND = frozenset(
    {"since", "after", "before", "following", "until", "amid", "despite", "over", "citing"}
)  # "called off the talks, citing joint drills": the reason given
# an announced deployment, not a threat; the PLOVER gold codes a future sanction ("will tighten
# the blockade", "will withdraw inspectors") as THREATEN
ANNOUNCED = frozenset({EventType.MOBILIZE})
# sanctions on ties and movement a state decides on its own (expulsions, closures, suspensions,
# cuts in ties), announced for later; a withdrawal announced stays a threat (the dev gold)
DECIDED_TIES = frozenset({"expel", "blockade", "discontinue", "relations", "reduce"})
REFERRING = frozenset({EventType.ACCUSE, EventType.SUPPORT, EventType.REJECT})
CONTEXTUAL = REFERRING | {EventType.REQUEST, EventType.THREATEN, EventType.AGREE, EventType.AID}
_POINTERS = (  # what "the attack", "the drills" … refer back to
    (
        "attack invasion offensive strike bombing shelling assault raid killing downing massacre "
        "execution executions bombardment",
        "ASSAULT",
    ),
    (
        "drill drills exercise exercises test launch deployment buildup mobilization mobilisation",
        "MOBILIZE",
    ),
    ("detention detentions arrest arrests crackdown coup seizure seizures hijacking", "COERCE"),
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
# verbs of rescue: with no nationality named, the rescued are the rescuer's own people
RESCUES = frozenset({"rescue", "free", "liberate"})
# a state putting people to death: with no nationality named, its own people, and a passive
# execution ("was executed") is the work of the state where it happens
EXECUTIONS = frozenset({"execute", "execution", "hang"})
# verbs that direct one's own side: "instructed officials not to endorse …" is a refusal
DIRECTING = frozenset({"instruct", "order", "direct", "decide", "vote", "choose"})
# prepositions that give a joint act its setting ("talks on the sidelines of the G20 summit")
SETTING_PREPS = frozenset({"on", "at", "in", "during", "after", "before", "amid"})
# verbs by which a host receives a visitor ("hosted", "received", "welcomed … to")
HOSTING = frozenset({"host", "receive", "welcome"})
# "was disqualified", "was impeached": removed from office by the country's own institutions
REMOVALS_FROM_OFFICE = frozenset(
    {"disqualify", "impeach", "oust", "unseat", "remove", "sack", "vote"}  # "voted out of office"
)
# passive acts whose doer the story may leave unnamed ("was shot"; a passive arrest is the state's)
UNSEEN_HANDS = frozenset({EventType.ASSAULT})
# modes that, with no one else named, act on the actor's own country: a leader resigning, a court
# sentencing journalists
DOMESTIC_MODES = frozenset({"resign", "convict"})
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
# arrests, charges and sentences of someone said to serve a foreign state target that state
SPY_CASES = frozenset({EventType.COERCE, EventType.ACCUSE, EventType.SANCTION})
REMOVALS = frozenset({EventType.SANCTION, EventType.COOPERATE, EventType.COERCE})
NEED_RECIPIENT = frozenset({EventType.AID, EventType.COOPERATE, EventType.SANCTION})
# the pointer a nominal event leaves for the story when it copies an earlier one ("Hungary
# announced a similar ban"): its recipient is that earlier measure's
SIMILAR = "similar"


def similar(tok: Token) -> bool:
    """A nominal event said to be like an earlier one: "a similar ban", "the same measure"."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in ("similar", "same") for c in children_of(tok)
    )


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
# giving verbs whose recipient, when unnamed, is the country the story is about
SENDING = frozenset(
    {"send", "provide", "deliver", "dispatch", "fly", "ship", "airlift", "donate", "carry", "gift"}
)
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
# sectors of people whose unnamed office makes a sanction domestic ("removed the president")
OFFICIALS = frozenset({"GOV", "OPP", "MIL", "LEG", "JUD", "COP", "REB"})


def announced_concession(event: EventType, mode: str | None, tok: Token) -> bool:
    """An announced future concession stays CONCEDE (PLOVER manual): easing, repealing or
    withdrawing a measure, withdrawing troops, halting attacks (a declared ceasefire) and
    stepping down (a promised resignation). The dev gold codes a future release or a future
    permission ("will allow the refugees to return") as AGREE, so those are not."""
    if event == EventType.RETREAT:
        return mode in ("withdraw", "ceasefire", "resign")
    return event == EventType.CONCEDE and tok.lemma_.lower() not in {"allow", "permit"}


WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"}
)
# family codes of groups with no country of their own (the Islamic State, al-Qaeda)
TRANSNATIONAL = frozenset({"IMG"})
START_WORDS = frozenset({"from", "starting", "beginning", "effective", "as"})


def scheduled(tok: Token) -> bool:
    """A measure announced with the day it takes effect ("will impose duties on Australian wine
    from Saturday") is decided, not threatened."""
    # the date may hang on the object: "tighten controls on exports of three materials from
    # Thursday"
    return any(
        c.lower_ in START_WORDS
        and c.dep_ in ("prep", "advcl", "advmod", "acl")
        and any(t.ent_type_ == "DATE" for t in c.subtree)
        for c in tok.subtree
        if c.i > tok.i
    )


# ground retaken: "liberated the village of Robotyne", "recaptured Kherson"
RETAKING = frozenset({"liberate", "retake", "recapture", "reclaim", "regain"})
