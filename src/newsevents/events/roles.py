"""Who is the actor and who the recipient of a trigger, read off the dependency parse.

Actor = grammatical agent: the active subject, the passive by-agent, the possessor or national
modifier of a nominal event ("Russia's demand"), the subject of a light verb governing a nominal
event ("held talks"), or the controller of an infinitive ("agreed to …", "the US intent to
provide …"). Recipient = the object or prepositional object each pattern names; where to look
for it is in ``recipients.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newsevents.doc_cache import children_of, tokens
from newsevents.events.modality import deadline_aside, misjoined_past, spoken_aside

SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJ = frozenset({"dobj", "attr", "oprd"})
NOUN_MODS = frozenset({"poss", "compound", "amod", "nmod", "nummod"})  # "Thai F-16 jets"
LIGHT_VERBS = frozenset(
    {
        *("hold", "launch", "make", "issue", "conduct", "carry", "stage", "impose", "announce"),
        *("begin", "start", "continue", "resume", "order", "open", "mount", "level", "file"),
        *("deliver", "send", "give", "provide", "offer", "express", "voice", "lodge", "extend"),
        *("have", "attend", "join", "host", "sign", "reach", "seal", "approve", "adopt", "pass"),
        *(
            "slap",
            "unveil",
            "declare",
            "decree",
            "lead",
            "organize",
            "organise",
            "call",
            "go",
            "engage",
        ),
        *("participate", "take", "return", "arrive", "travel", "head", "come", "gather"),
        *("end", "conclude", "wrap", "complete", "finish", "break", "close", "hand", "present"),
        *("strike", "clinch", "forge", "finalise", "finalize", "pursue", "bring", "repeat"),
        *("place", "put", "raise", "keep", "step", "increase", "intensify", "kick", "publish"),
        *("authorize", "authorise", "renew", "expand", "tighten", "toughen", "broaden", "widen"),
        *("unleash", "wage", "fight", "pay", "undertake", "embark", "notify", "clear"),
    }
)
NOT_ACTORS = frozenset({"place"})
RELATIVES = frozenset({"who", "which", "that"})
COUNTRY_KINDS = frozenset({"state", "capital", "place", "adjective", "seat"})
LED_BY = frozenset({"led", "backed", "sponsored", "controlled", "commanded", "run", "supported"})
# "was welcomed in Ulaanbaatar for talks": the guest received takes part
HOSTING = frozenset({"welcome", "receive", "host", "invite"})
MEETING_PREPS = frozenset({"at", "in", "during", "after", "following", "for", "before", "ahead"})
# "water cannon fired by Chinese ships", "drones launched by the Houthis": the wielder acts
WIELDED = frozenset({"fire", "launch", "operate", "fly", "pilot", "send", "drive", "use", "plant"})
JOINT_NOUNS = frozenset({"exercise", "drill", "drills", "patrol", "ceasefire", "truce", "fire"})
MEETING_NOUNS = frozenset(
    {
        *("talk", "talks", "meeting", "call", "visit", "summit", "negotiation"),
        *("rally", "protest", "demonstration", "march", "strike"),  # "poured into … for rallies"
    }
)
# "fighting between troops and rebels", "the first direct flight between Israel and the UAE"
BETWEEN_NOUNS = frozenset(
    {"fighting", "clash", "battle", "flight", "agreement", "deal", "accord", "service", "link"}
)
STATIVE_PASSIVES = frozenset({"oppose", "commit", "determine", "prepare", "resolve", "dedicate"})
# a country's own sides stand for it ("Libya's two warring sides agreed …"), its allies do not


def _unnamed_source(subj: Any) -> bool:
    """ "a senior government official", "officials": a source no name identifies."""
    if subj.pos_ != "NOUN" or any(c.pos_ == "PROPN" for c in subj.subtree):
        return False
    dets = [c.lower_ for c in children_of(subj) if c.dep_ == "det"]
    return dets in (["a"], ["an"]) or (not dets and subj.tag_ == "NNS")


def governing_verb(noun: Any) -> Any | None:
    """The verb a nominal trigger depends on: "held talks", "went on strike", "put its army on
    the highest level of combat readiness"."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i != noun.i:
        noun = noun.head  # "declared martial law and a general mobilisation"
    noun = _outer(noun)
    if noun.dep_ in OBJ | {"nsubjpass", "nsubj"}:  # "a ceasefire took hold"
        return noun.head
    if noun.dep_ == "pobj":
        owner = noun.head.head
        if owner.pos_ in ("VERB", "AUX"):
            return owner
        if owner.dep_ in OBJ and owner.head.pos_ in ("VERB", "AUX"):
            return owner.head  # "placed 8,500 troops on alert", "began four days of drills"
    return None


def subject_of(verb: Any) -> Any | None:
    """The token that is the agent of a verb (active subject or passive by-agent)."""
    subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "csubj")]
    for c in children_of(verb):
        # "it had lodged a protest … by Beijing's consul general": a "by" the parser hung on
        # an active verb with a subject of its own is no agent
        if c.dep_ == "agent" and not (subjects and subjects[0].lower_ not in RELATIVES):
            for p in children_of(c):
                if p.dep_ == "pobj":
                    return p
    if not subjects:
        return _loose_agent(verb) or _stranded_subject(verb) or relative_subject(verb)
    # "the paramilitary Rapid Support Forces deployed": the parser split one subject in two
    c = subjects[-1] if len(subjects) > 1 and subjects[-1].pos_ == "PROPN" else subjects[0]
    if c.pos_ == "VERB":
        # a mis-parse like "[The Red Cross] operating in Iraq said": its own subject
        inner = next((g for g in children_of(c) if g.dep_ == "nsubj"), None)
        if inner is not None:
            return inner
    return c


FINITE = frozenset({"VBD", "VBZ", "VBP"})
# "took the opportunity to urge …": an object that is the occasion, not the one who acts
OCCASIONS = frozenset({"opportunity", "occasion", "chance", "platform"})
# "X said Y must / should withdraw": a demand by the speaker on Y
DEMAND_MODALS = frozenset({"must", "should"})
SAYING = frozenset({"say", "tell", "insist", "argue", "stress", "declare", "add", "write"})
CLAUSE_GAP = frozenset({"aux", "auxpass", "advmod", "neg"})


def _stranded_subject(verb: Any) -> Any | None:
    """A new clause's subject the parser coordinated with the noun before it: "Hamas freed 20
    hostages on Monday and Israel released 2,000 prisoners" reads "Israel" as a second
    "Monday"; a finite verb right after "and Israel" has Israel for its subject."""
    if any(c.dep_ in SUBJ or c.dep_ == "expl" for c in children_of(verb)):
        return None
    if verb.tag_ not in FINITE and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE | {"MD"} for c in children_of(verb)
    ):
        return None
    doc = verb.doc
    toks = tokens(doc)
    i = verb.i - 1
    while i >= 0 and toks[i].dep_ in CLAUSE_GAP and toks[i].head.i == verb.i:
        i -= 1
    if i < 1:
        return None
    cand = toks[i]
    if cand.dep_ != "conj" or cand.pos_ not in ("PROPN", "NOUN") or cand.head.i >= cand.i:
        return None
    if toks[i - 1].lower_ != "and" and not (
        toks[i - 1].pos_ in ("PROPN", "ADJ", "DET") and i > 1 and toks[i - 2].lower_ == "and"
    ):
        return None
    return cand


def relative_subject(verb: Any) -> Any | None:
    """The subject of a bare relative clause the parser hung on the noun as an appositive:
    "…, a move Georgia's President Salome Zourabichvili condemned as a provocation"."""
    noun = verb.head
    if (
        verb.dep_ not in ("acl", "relcl")
        or verb.tag_ not in FINITE | {"VBN"}
        or noun.pos_ != "NOUN"
        or any(c.dep_ in ("dobj", "auxpass") for c in children_of(verb))
    ):
        return None  # the noun is the clause's missing object ("a move X condemned")
    return next(
        (
            c
            for c in children_of(noun)
            # ("a move President Moon Jae-in denounced": the name's last part misread)
            if c.dep_ in ("appos", "advmod")
            and c.pos_ in ("PROPN", "NOUN")
            and noun.i < c.i < verb.i
        ),
        None,
    )


def _loose_agent(verb: Any) -> Any | None:
    """A passive verb's "by"-agent the parser left as a plain preposition, on the verb or on
    its object: "Google was fined 2.42 billion euros by the European Union"."""
    if not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return None
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    for holder in (verb, *objects):
        for c in children_of(holder):
            if c.dep_ == "prep" and c.lower_ == "by":
                return next((p for p in children_of(c) if p.dep_ == "pobj"), None)
    return None


def _lemmas(tok: Any) -> set[str]:
    """The lemma and what survives the lemmatizer's slips ("staged" → "stag")."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    if low.endswith("ed"):
        out |= {low[:-1], low[:-2]}
    return out


DEPARTURES = frozenset({"withdrawal", "pullout", "pull-out", "retreat", "departure", "exit"})


def _outer(noun: Any) -> Any:
    """The phrase a noun is counted in: "one of the biggest rallies" → "one"."""
    while (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.pos_ in ("NUM", "NOUN", "PRON")
        and noun.head.head.i != noun.i
    ):
        noun = noun.head.head
    return noun


# "launched ground forces drills": a plural noun the tagger read as a verb, in a noun's place
NOUN_SLOTS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})
NOUN_ENDINGS = ("ment", "tion", "sion", "ance", "ence")  # "disengagement" is no adjective


def misread_noun(tok: Any) -> bool:
    """A noun the tagger read as a verb ("launched ground forces drills") or an adjective
    ("began disengagement") in a noun's slot."""
    return tok.dep_ in NOUN_SLOTS and (
        tok.tag_ == "VBZ" or (tok.pos_ == "ADJ" and tok.lower_.endswith(NOUN_ENDINGS))
    )


def _owner_of_plan(trigger: Any) -> Any | None:
    """Whose decision, plan or move an infinitive names: "Trump's decision to impose …"."""
    if trigger.dep_ != "acl" or trigger.head.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(trigger)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(trigger)):
        return None
    return next((c for c in children_of(trigger.head) if c.dep_ == "poss"), None)


def comma_participle(tok: Any) -> bool:
    """A participle after a comma that says what the clause did, misread as describing the
    object before it: "overturned the Prime Minister's decision to dissolve the House, ruling
    that the move was unconstitutional" (the court rules, not the decision)."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBG"
        and tok.i > 0
        and tok.doc[tok.i - 1].lower_ == ","
        and tok.head.dep_ == "dobj"
        and tok.head.head.pos_ == "VERB"
        and any(c.dep_ == "ccomp" for c in children_of(tok))
    )


def came_under(trigger: Any) -> Any | None:
    """The "come" of "a convoy came under fire" when a noun trigger is what something came
    under, else None."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "under":
        return None
    verb = governing_verb(trigger)
    return verb if verb is not None and verb.lemma_ == "come" else None


def actor_tokens(trigger: Any) -> list[Any]:
    """Candidate tokens naming the actor of a trigger, best first."""
    # "will not attend this week's Summit of the Americas"
    if trigger.pos_ in ("NOUN", "PROPN") or misread_noun(trigger):
        mods = [c for c in children_of(trigger) if c.dep_ in ("poss",)]
        mods += [c for c in children_of(trigger) if c.dep_ in ("compound", "amod", "nmod", "nsubj")]
        # "the withdrawal of its troops from Niger": who leaves, not the place left
        movers = trigger.lemma_.lower() in DEPARTURES
        mods += prep_objects(trigger, ["of"]) if movers else []
        mods += [
            p
            for c in children_of(trigger)
            if c.dep_ == "prep" and c.lower_ in (("by",) if movers else ("by", "from"))
            for p in children_of(c)
            if p.dep_ == "pobj"
        ]
        if trigger.lemma_ in MEETING_NOUNS | BETWEEN_NOUNS:  # "a summit between Trump and Kim"
            mods += [p for p in prep_objects(trigger, ["between"])]
            if trigger.dep_ in ("nsubj", "nsubjpass"):  # "fighting broke out between …"
                mods += prep_objects(trigger.head, ["between"])
        if trigger.lemma_ in JOINT_NOUNS:
            # "the joint exercise of the forces of Russia and Belarus", "a cease-fire between …"
            mods += [p for p in prep_objects(trigger, ["of", "between"])]
        verb = governing_verb(trigger)
        if came_under(trigger) is not None and verb is not None:
            # "the vessel came under fire from small boats": the attacker is whoever fired,
            # never what came under it
            return [*mods, *prep_objects(verb, ["from"])]
        if verb is not None and verb.lemma_ in DRAW_VERBS:
            mods += prep_objects(verb, ["from"])  # "drawing condemnation from Taipei"
            return mods
        subj = subject_of(verb) if verb is not None else None
        if subj is None and verb is not None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            subj = subject_of(verb.head)  # "ordered an offensive … and declared an emergency"
        if (
            subj is None
            and verb is not None
            and verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and verb.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "poss" for c in children_of(trigger))  # "calling its demands …"
        ):
            subj = subject_of(verb.head)  # "Abe and Putin agreed …, wrapping up summit talks"
        if (
            subj is None
            and verb is not None
            and verb.dep_ in ("ccomp", "xcomp")
            and any(c.dep_ == "auxpass" for c in children_of(verb))
        ):
            subj = subject_of(verb.head)  # "ordered the forces to be put on combat duty"
        if subj is None and verb is not None and verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
            # "parliament voted to impose martial law", "urged Russia to lift its blockade"
            subj = next(iter(actor_tokens(verb)), None)
        if (
            subj is None
            and verb is not None
            and verb.dep_ == "acl"
            and verb.head.dep_ in OBJ
            and verb.head.head.pos_ == "VERB"
        ):
            subj = subject_of(verb.head.head)  # "ordered Bolsonaro placed under house arrest"
        if subj is not None and subj.lower_ in RELATIVES and verb is not None:
            subj = verb.head if verb.dep_ == "relcl" else None  # "Biden, who announced aid …"
        if subj is not None and mods and mods[0].pos_ == "PRON" and mods[0].dep_ == "poss":
            mods.insert(0, subj)  # "X and Y kicked off their joint drills": all of them
        elif verb is not None and _lemmas(verb) & LIGHT_VERBS and subj is not None:
            mods.append(subj)
        elif (
            trigger.lemma_ in MEETING_NOUNS
            and _outer(trigger).dep_ == "pobj"
            and _outer(trigger).head.lower_ in MEETING_PREPS
        ):
            # "Putin said …, after talks in Moscow with Scholz": the speaker took part;
            # "NATO and Russia failed to narrow differences at the meeting": so did they;
            # "people poured into Belgrade for one of the biggest rallies": so did they
            verb = _outer(trigger).head.head
            while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head  # "asked China to restructure … during talks": the asker
            named = any(m.pos_ == "PROPN" or m.ent_type_ for m in mods)
            if verb.pos_ in ("VERB", "AUX"):
                if verb.lemma_ in ("say", "tell"):
                    # "X and Y agreed …, Putin told reporters after talks in Sochi": the
                    # parties of the reported clause took part
                    joint = [
                        subj
                        for c in children_of(verb)
                        if c.dep_ == "ccomp" and (subj := subject_of(c)) is not None
                        and any(g.dep_ == "conj" for g in children_of(subj))
                    ]  # fmt: skip
                    mods += joint
                mods += actor_tokens(verb)
                # "Putin was welcomed in Ulaanbaatar for talks with Khurelsukh": the one received
                if verb.lemma_ in HOSTING:
                    mods += [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
                # "agreed a deal …, unveiling the framework after talks in Windsor", "warned
                # Biden that those who play with fire will get burned, in a phone call": the
                # clause above names the parties when this one does not
                for _ in range(0 if named else 2):
                    if verb.dep_ not in ("advcl", "ccomp", "conj") or verb.head.i == verb.i:
                        break
                    verb = verb.head
                    mods += actor_tokens(verb) if verb.pos_ in ("VERB", "AUX") else []
        return mods
    if trigger.lemma_ == "should" and trigger.dep_ == "aux":
        # "Sandu said Russian troops should be withdrawn": a call, but only as what a speaker
        # says (not "should not expect", nor "a state that should be isolated")
        clause = trigger.head
        if clause.dep_ != "ccomp" or clause.head.lemma_ not in SAYING:
            return []
        if any(c.dep_ == "neg" for c in children_of(clause)):
            return []
        speaker = subject_of(clause.head)
        return [speaker] if speaker is not None else []
    if trigger.lemma_ in DEMAND_MODALS and trigger.dep_ == "aux":
        # "X said Y must do Z", "X issued a reminder that Y must …": the demand is X's
        node = trigger.head
        for _ in range(3):
            if node.dep_ not in ("ccomp", "acl", "dobj", "relcl") or node.head.i == node.i:
                return []
            node = node.head
            speaker = subject_of(node) if node.pos_ in ("VERB", "AUX") else None
            if speaker is not None:
                return [speaker]
        return []
    if trigger.pos_ == "ADJ" and trigger.dep_ in ("acomp", "amod", "oprd"):
        trigger = trigger.head  # "Norway is willing to …": the subject of "is"
    if trigger.lemma_ == "visit" and trigger.tag_ == "VBG" and trigger.dep_ in ("amod", "compound"):
        return [trigger.head]  # "visiting Japanese Prime Minister Fumio Kishida": the visitor
    if (
        trigger.dep_ == "pcomp"
        and trigger.tag_ == "VBG"
        and trigger.lemma_ in ("accuse", "allege", "demand", "ask", "seek", "urge")
        and trigger.head.lower_ in ("at", "in", "before")
        and trigger.head.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "aux" for c in children_of(trigger))
    ):
        # "filed a case at the ICJ accusing the UAE": the parser made the court the subject
        # of what the filing says
        return actor_tokens(trigger.head.head)
    if comma_participle(trigger):
        return actor_tokens(trigger.head.head)  # "overturned the decision, ruling that …"
    owner = _owner_of_plan(trigger)
    if owner is not None:
        return [owner]  # "India called Trump's decision to impose a tariff unfair": Trump's
    subj = subject_of(trigger)
    if subj is not None and subj.lower_ in RELATIVES and trigger.dep_ == "relcl":
        measure = trigger.head
        if measure.lemma_ in MEASURES and measure.dep_ == "dobj" and measure.head.lemma_ in ISSUING:
            # "unveiled export controls that cut China off from chips": who issued them
            return actor_tokens(measure.head)
        return [trigger.head]  # "protesters who breached parliament": the protesters
    if subj is not None and subj.lower_ in ("they", "we") and trigger.dep_ == "ccomp":
        # "the Netherlands and Australia said they hold Russia responsible": all the speakers
        speaker = subject_of(trigger.head)
        if (
            speaker is not None
            and speaker.pos_ != "PRON"
            and any(c.dep_ == "conj" for c in children_of(speaker))
        ):
            return [speaker]
    helper = subject_of(trigger.head) if trigger.head.lemma_ in ("help", "assist") else None
    if subj is not None and helper is not None and trigger.dep_ in ("ccomp", "xcomp"):
        # "British marines helped authorities in Gibraltar seize a tanker": the helper counts
        # when the helped are unnamed
        return [subj, helper]
    if subj is not None:
        # "Fifteen Asia-Pacific countries, the 10 ASEAN members together with China, Japan …,
        # signed": a subject the parser split in two; the one that names someone counts
        split = [c for c in children_of(trigger) if c.dep_ == "nsubj" and c.i != subj.i]
        return [subj, *split]
    if trigger.lemma_ in STATIVE_PASSIVES:
        # "Israel is opposed to …", "Vietnam is committed to …": a state, not a passive
        subj = next((c for c in children_of(trigger) if c.dep_ == "nsubjpass"), None)
        if subj is not None:
            return [subj]
    head = trigger.head
    anchor = misjoined_past(trigger)
    if anchor is not None:
        return actor_tokens(anchor)  # "accused X of plotting to … and recalled its envoy"
    if (
        trigger.dep_ == "conj"
        and head.dep_ == "ccomp"
        and (head.lemma_ == "be" or (trigger.tag_ == "VBG" and head.tag_ in FINITE))
    ):
        # "Bhutan said China's road was a violation … and urged Beijing to …": a copula
        # describes, it does not urge; the urging is the speaker's. "a motion declaring that
        # China's treatment amounts to genocide and urging the IOC …": a participle joined to
        # the finite verb of the clause is the declaring body's
        return actor_tokens(head.head)
    if trigger.dep_ in ("conj", "dep") and head.i != trigger.i:
        if any(c.dep_ == "auxpass" for c in children_of(trigger)) and not any(
            c.dep_ == "nsubjpass" for c in children_of(trigger)
        ):
            return []  # "Morales arrived in Argentina and was granted refugee status": not his act
        giver = deadline_aside(trigger)  # "…, giving them 72 hours to leave and accusing them"
        if giver is not None:
            return actor_tokens(giver)
        shared = next((c for c in children_of(head) if c.dep_ == "nsubjpass"), None)
        if trigger.dep_ == "conj" and shared is not None and trigger.tag_ in FINITE:
            # "he was pissed off at Putin … and threatened to impose tariffs": the active verb
            # shares the passive clause's subject, not its by-agent
            return [shared]
        return actor_tokens(head)  # "dep": a clause the parser could not place
    if trigger.dep_ == "advcl" and any(c.dep_ == "nsubjpass" for c in children_of(trigger)):
        return []  # "Turkey called on NATO after 33 soldiers were killed": not Turkey's act
    if spoken_aside(trigger):
        # "X said he and Putin had agreed to deploy troops, accusing Ukraine …": X accuses
        top = head
        # "Kenya recalled … and ordered Mogadishu's envoy to go home …, accusing …": up
        # through the coordination to the clause that names the accuser
        while top.dep_ in ("ccomp", "xcomp") or (top.dep_ == "conj" and subject_of(top) is None):
            if top.head.i == top.i:
                break
            top = top.head
        # "Trump demanded that the BRICS countries commit to …, warning that …": Trump warns
        subj = subject_of(top)
        near = subject_of(head) if head.pos_ in ("VERB", "AUX") else None
        if (
            subj is not None
            and near is not None
            and _unnamed_source(subj)
            and near.pos_ == "PROPN"
            and near.dep_ == "nsubj"
        ):
            # "Greece is expelling two diplomats, accusing them of …, an official said": the
            # named state accuses, not the unnamed official who reports it
            return [near]
        if subj is not None:
            return [subj]
    if trigger.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        subj = subject_of(head)  # "Russia launched …, striking cities": Russia strikes
        if subj is None and head.dep_ in ("conj", "xcomp", "advcl") and head.head.i != head.i:
            return actor_tokens(head)  # "X severed ties and moved to …, accusing it of …"
        return [subj] if subj is not None else []
    if trigger.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in children_of(trigger)):
        return []  # "gathered at the station to be evacuated": the subject is the patient
    if trigger.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
        objs = [c for c in children_of(head) if c.dep_ in ("dobj",)]  # "urged Russia to withdraw"
        if head.lemma_ == "use" or any(o.lemma_ in OCCASIONS for o in objs):
            objs = []  # "used a press conference to denounce …": the user acts, not the means
        subj = subject_of(head)
        if subj is None and not objs:  # "it had been forced to hit back": the one forced
            objs = [c for c in children_of(head) if c.dep_ == "nsubjpass"]
        if not objs and subj is None and head.dep_ in ("xcomp", "conj", "advcl"):
            return actor_tokens(head)  # "agreed to move to ban …": the one who agreed
        # "Russia's communications watchdog Roskomnadzor began blocking …": a subject the
        # parser split in two, either half may be the named one
        split = [
            c for c in children_of(head) if c.dep_ == "nsubj" and subj is not None and c.i != subj.i
        ]
        return objs + ([subj] if subj is not None else []) + split
    if (
        trigger.dep_ in ("acl", "relcl")
        and head.dep_ in ("attr", "oprd")
        and head.head.pos_ in ("VERB", "AUX")
    ):
        subj = subject_of(head.head)  # "Russia has become the first country to recognise …"
        if subj is not None:
            return [subj]
    if trigger.dep_ == "acl" and trigger.tag_ == "VBG" and head.dep_ in ("dobj", "pobj"):
        verb = governing_verb(head)  # "The Gambia filed a case at the ICJ accusing Myanmar"
        subj = subject_of(verb) if verb is not None else None
        if subj is not None:
            return [subj]
    if trigger.dep_ in ("acl", "xcomp", "ccomp") and head.pos_ in ("NOUN", "PROPN"):
        # "the US intent to provide …", "the government's commitment to defend …"
        return actor_tokens(head) if head.pos_ == "NOUN" else [head]
    if trigger.dep_ == "pcomp" and head.head.i != head.i:
        return actor_tokens(head.head)
    return []


def finite_modifier(verb: Any) -> bool:
    """A past-tense verb with a subject of its own that the parser hung on its object as an
    adjective: "South Korea scrambled fighter jets" read as "scrambled jets"."""
    return (
        verb.dep_ == "amod"
        and verb.tag_ == "VBD"
        and verb.head.i > verb.i
        and any(c.dep_ == "nsubj" for c in children_of(verb))
    )


def stolen_object(verb: Any) -> Any | None:
    """The object the parser made the subject of the reporting verb: "North Korea has released
    Otto Warmbier, an American student …, Tillerson said" reads Warmbier as the one who said."""
    if finite_modifier(verb):
        return verb.head  # "South Korea scrambled fighter jets": the jets
    if verb.dep_ != "ccomp" or verb.i + 1 >= len(verb.doc):
        return None
    if any(c.dep_ in ("dobj", "nsubjpass", "attr", "oprd") for c in children_of(verb)):
        return None
    tok = verb.doc[verb.i + 1]
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    if tok.dep_ == "nsubj" and tok.head.i == verb.head.i and tok.pos_ in ("PROPN", "NOUN"):
        return tok
    return None


# what a state issues that then acts for it ("adopted a resolution that condemns …")
MEASURES = frozenset(
    {
        *("control", "measure", "sanction", "law", "decree", "rule", "resolution", "bill"),
        *("order", "regulation", "policy", "package", "tariff", "restriction", "ban"),
    }
)
# how the issuer puts a measure out ("rejected a resolution that …" is not the rejecter's)
ISSUING = frozenset(
    {
        *("unveil", "adopt", "pass", "approve", "introduce", "impose", "announce", "issue"),
        *("enact", "publish", "implement", "tighten", "expand", "sign"),
    }
)


def elided(obj: Any) -> Any:
    """A bare number as object stands for the counted noun before it: in "expelling 40 Russian
    diplomats, and France said it would expel 35", "35" means 35 Russian diplomats."""
    if obj.pos_ != "NUM" or any(True for _ in children_of(obj)):
        return obj
    for tok in reversed(list(obj.sent[: obj.i - obj.sent.start])):
        if tok.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in children_of(tok)):
            return tok
    return obj


def prep_objects(tok: Any, preps: Iterable[str]) -> list[Any]:
    """The objects of ``tok``'s prepositions among ``preps`` ("sanctions *on Russia*")."""
    wanted = set(preps)
    return [
        p
        for c in children_of(tok)
        if c.dep_ == "prep" and c.lower_ in wanted
        for p in children_of(c)
        if p.dep_ == "pobj"
    ]


# verbs by which a subject draws a reaction from others; the reaction is theirs, not its
DRAW_VERBS = frozenset(
    {"draw", "prompt", "spark", "provoke", "trigger", "earn", "attract", "face", "receive", "meet"}
)


def bordered(tok: Any) -> bool:
    """ "the region bordering Afghanistan": the object of the verb "border"."""
    return bool(tok.dep_ == "dobj" and tok.head.lemma_ == "border")


def across_border(tok: Any) -> bool:
    """ "near the border with Mali", "on its frontier with Syria", "the region bordering
    Afghanistan": a neighbour, not the place; so are its conjuncts ("near the borders with Niger
    and Burkina Faso")."""
    while tok.dep_ in ("conj", "compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if bordered(tok):
        return True
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "with"
        and tok.head.head.lemma_ in ("border", "frontier", "boundary")
    )
