"""The parties an event has when the parse names none or only an unknown body: the state of the
place, the lead clause or the story for an unnamed actor; the state a spy served, the victims'
country, the place aid goes to, the embassy's state for a missing recipient; groups coded where
they act. Every fallback that fires appends its name to the rule."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from newsevents.doc_cache import children_of, tokens, where_lower
from newsevents.events.context import (
    attackers_of_passive,
    embassy_owners,
    first_mentions,
    foreign,
    home_country,
    other_country,
    own_country,
    passive,
    principal_of,
    reporting_subject,
    with_clause_lead,
)
from newsevents.events.kinds import (
    COOPERATIVE,
    DOMESTIC,
    DOMESTIC_MODES,
    EXECUTIONS,
    FORCE,
    INFERRED_TARGET,
    LOCATED,
    REMOVALS,
    REMOVALS_FROM_OFFICE,
    RESCUES,
    RETAKING,
    SAME_COUNTRY,
    SENDING,
    SPY_CASES,
    TRANSNATIONAL,
    UNSEEN_HANDS,
)
from newsevents.events.mentions import (
    MentionIndex,
    insurgent,
    located_in_phrase,
    mentions_at,
)
from newsevents.events.roles import (
    prep_objects,
    subject_of,
)
from newsevents.events.triggers import Trigger
from newsevents.records import (
    EventType,
    Mention,
)

# aid given to people where they are held or stranded is no gift to that place
PROTECTING = frozenset({"rescue", "evacuate", "shelter"})
# sanctions on ties between states: their target is another state, never the actor's own
TIES = frozenset({"relations", "withdraw", "discontinue"})


MISSIONS = frozenset({"embassy", "consulate", "mission", "office"})


VESSELS = frozenset(
    {"tanker", "ship", "vessel", "freighter", "carrier", "boat", "trawler", "yacht", "it"}
)
FLAGS = frozenset({"flagged", "owned", "operated", "registered"})


def flag_state(tok: Any, index: MentionIndex, own: set[str]) -> list[Mention]:
    """ "Iran's navy seized an oil tanker … The Marshall Islands-flagged St Nikolas had been
    heading for Turkey": a ship seized or struck is its flag's (or owner's), named anywhere in
    the story; the nearest such name wins."""
    objects = (c for c in children_of(tok) if c.dep_ in ("dobj", "nsubjpass"))
    if not any(c.lemma_.lower() in VESSELS for c in objects):
        return []
    doc = tok.doc
    toks = tokens(doc)
    flags = [
        m
        for i in where_lower(doc, FLAGS)  # the document's word columns, read once
        if i > 1 and toks[i - 1].text == "-"
        for m in mentions_at(toks[i - 2], index, places=True)
        if m.code not in own | {"UNK"} and not m.family
    ]
    return sorted(flags, key=lambda m: abs(m.start - tok.idx))[:1]


def _after_verb(tok: Any) -> list[Any]:
    """The verb a "after being …" clause hangs on."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "after" and tok.head.head.pos_ == "VERB":
        return [tok.head.head]
    return []


def regroup(
    tok: Any, row: Trigger, index: MentionIndex, actors: list[Mention],
    recipients: list[Mention], place: list[Mention],
) -> tuple[list[Mention], list[Mention], str]:  # fmt: skip
    """Groups coded where they act: transnational groups, insurgents hit abroad, unknown groups."""
    rule_extra = ""
    named_place = [m for m in place if m.code not in ("UNK", *TRANSNATIONAL)][:1]
    transnational = any(m.code in TRANSNATIONAL for m in (*actors, *recipients))
    if transnational and not named_place and row.event in FORCE:
        # "Iraqi forces launched an offensive to drive Islamic State out of Tal Afar": with no
        # place the dictionary knows, the fight is where the story is
        named_place = home_country(tok.doc, index)[:1]
    if named_place and transnational:
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
        # "PKK terrorists": a group's fighters count as the group
        and any(insurgent(m) and m.code in own_codes for m in recipients)
    ):
        # "Turkish jets struck PKK positions in Syria's Afrin region", "Indian jets struck a
        # Jaish-e-Mohammed camp in Balakot, Pakistan": a state's own insurgents hit abroad
        # are coded where they were hit
        recipients = [
            replace(m, code=abroad[0].code) if insurgent(m) and m.code in own_codes else m
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
    return actors, recipients, rule_extra


def _reported_state(tok: Any, index: MentionIndex) -> list[Mention]:
    """ "Egypt has asked the Security Council …, the foreign ministry said, urging the council
    …": an unnamed ministry speaking for the state of the clause it reports."""
    verb = tok.head
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or verb.lemma_ not in ("say", "announce"):
        return []
    return [
        m
        for c in children_of(verb)
        if c.dep_ == "ccomp" and (subj := subject_of(c)) is not None
        for m in mentions_at(subj, index)
        if m.kind in ("state", "capital") and m.code != "UNK"
    ][:1]


def _time_clause(tok: Any) -> bool:
    return tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until", "when")
        for c in children_of(tok)
    )


def _chambers(row: Trigger, recipients: list[Mention]) -> list[Mention]:
    """Protesters storming "the Georgian parliament": a state's own legislature or courts are
    the target of its own people."""
    if row.event != EventType.PROTEST:
        return []
    return [m for m in recipients if m.sector in ("LEG", "JUD") and m.code != "UNK"][:1]


# verbs of firing a weapon from somewhere: the launch site names the unseen attacker
LAUNCHES = frozenset({"fire", "launch", "lob"})
UNREST = frozenset({"unrest", "riot", "protest", "demonstration", "violence", "stampede"})


def unrest_toll(tok: Any) -> bool:
    """ "Nine people had been killed in the unrest", "protests in which scores of people have
    been killed": a toll of riots, told with no one who killed, is not an attack of its own."""
    return passive(tok) and any(
        (tok.head if p.lower_ == "which" and tok.dep_ == "relcl" else p).lemma_ in UNREST
        for p in prep_objects(tok, ["in", "during"])
    )


# what talks did, as a party to them reports it ("said the talks broke down")
TALKS_HELD = frozenset(
    {"break", "collapse", "end", "stall", "resume", "begin", "start", "open", "conclude", "fail"}
)


def _other_side(
    tok: Any, index: MentionIndex, others: set[str], trigger_ids: set[int]
) -> list[Mention]:
    """Talks "with X" that a party says broke down, stalled or resumed have that party as their
    other side: "Kim said nuclear talks with the United States broke down". Not talks that
    another event acts on ("pulling out of peace treaty talks with Japan")."""
    named_with = any(
        (m := index.at(p)) is not None and m.code in others for p in prep_objects(tok, ["with"])
    )
    if not named_with:
        return []  # "talks held with Chinese mediation", "talks facilitated by …"
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = tok.head
    side = reporting_subject(verb) if verb.lemma_ in TALKS_HELD else None
    if side is None or verb.i in trigger_ids:
        return []
    return [m for m in first_mentions([side], index) if m.code not in others | {"UNK"}]


def _shares_passive(tok: Any) -> bool:
    """A participle joined to a passive that shares its "was": "was taken into custody on
    Friday and charged with undermining the state"."""
    return (
        tok.dep_ == "conj"
        and tok.tag_ == "VBN"
        and passive(tok.head)
        and not any(c.dep_ in ("nsubj", "aux", "auxpass") for c in children_of(tok))
    )


def fill_actors(
    tok: Any, row: Trigger, index: MentionIndex, actors: list[Mention],
    recipients: list[Mention], place: list[Mention], participle: bool, trigger_ids: set[int],
    deep: bool,
) -> tuple[list[Mention], list[Mention], str]:  # fmt: skip
    """The actor when the parse names none or only an unknown body: the state of the place, the
    lead clause or the story; the unseen hand of a passive; the state a fugitive left."""
    rule_extra = ""
    if not actors and tok.lemma_ == "summon" and passive(tok):
        # "UK ambassador Laurie Bristow was summoned to the foreign ministry in Moscow": the
        # ministry (placed below by its town) summoned him
        actors = [
            m
            for p in prep_objects(tok, ["to"])
            for m in mentions_at(p, index)
            if m.sector == "GOV" or m.kind in ("seat", "state", "capital")
        ]
        rule_extra += "+summoned-to" if actors else ""
    if row.event == EventType.RETREAT and actors and all(a.code == "UNK" for a in actors):
        # "Jody Wilson-Raybould resigned from Prime Minister Justin Trudeau's cabinet"
        owner = [
            m
            for p in prep_objects(tok, ["from"])
            for c in children_of(p)
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
        if not sibling and lead is not None and tok.dep_ == "conj":
            # "US President Joe Biden scrapped …, but the Treasury hit …": the same government
            sibling = [
                m
                for m in mentions_at(lead, index)
                if m.kind == "person" and m.sector == "GOV" and m.code != "UNK" and not m.family
            ]
        if not sibling and tok.dep_ == "conj":
            # "…, with the External Affairs Ministry calling it … and urging Kathmandu to …"
            lead = with_clause_lead(tok.head)
            sibling = [m for m in mentions_at(lead, index) if m.kind == "state"] if lead else []
        sibling = sibling or _reported_state(tok, index)
        # an unnamed official acting on a named foreign state is not of that state
        foes = (
            {m.code for m in recipients if m.kind in ("state", "adjective", "capital")}
            if row.event not in FORCE | DOMESTIC and all(a.sector == "GOV" for a in actors)
            else set()
        )
        # "The government has raised concerns with Beijing": the foe is not where it acts
        # (unless the story names no other state: "lifted the ban on the Tehreek-i-Labbaik
        # Pakistan" acts at home)
        here = [m for m in place if m.code not in foes]
        chambers = _chambers(row, recipients)
        where = sibling or here or chambers or home_country(tok.doc, index, foes) or place
        if where:
            actors = [replace(a, code=where[0].code) for a in actors]
            rule_extra += (
                "+actor-of-lead-clause"
                if sibling
                else "+actor-from-place"
                if where is here or where is place
                else "+actor-of-chamber"
                if where is chambers
                else "+actor-from-story"
            )
    if not actors and recipients and row.event == EventType.CONSULT and tok.pos_ == "NOUN":
        actors = _other_side(tok, index, {m.code for m in recipients}, trigger_ids)
        rule_extra += "+other-side-of-talks" if actors else ""
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
        where = place or swept[:1] or _chambers(row, recipients) or home_country(tok.doc, index)
        actors = [replace(m, sector="CVL", name=f"protesters ({m.code})") for m in where]
        rule_extra += "+protesters-of-place" if actors else ""
    if not actors and row.event == EventType.MOBILIZE and passive(tok):
        # "armoured vehicles were deployed in Harare", "5,000 German troops are to be based in
        # Lithuania": the forces sent are their state's, named or where they are sent at home
        forces = [
            m
            for c in children_of(tok)
            if c.dep_ == "nsubjpass"
            for m in mentions_at(c, index)
            if m.code != "UNK" and not m.family
        ]
        where = forces[:1] or place[:1] or home_country(tok.doc, index)[:1]
        actors = [replace(m, sector="MIL", name=f"forces ({m.code})") for m in where]
        rule_extra += "+forces-sent" if actors else ""
    if not actors and row.event == EventType.ASSAULT and tok.lemma_ in LAUNCHES:
        # "34 rockets were fired from Lebanon at northern Israel", "rockets fired from Gaza":
        # an unidentified attacker where they were launched, not where they fell
        hit = {m.code for m in recipients}
        origin = [
            m
            for p in prep_objects(tok, ["from"])
            for m in mentions_at(p, index, places=True)
            if m.code not in hit | {"UNK"} and not m.family
        ]
        actors = [replace(m, sector="UNK", name=f"unidentified ({m.code})") for m in origin[:1]]
        rule_extra += "+launched-from" if actors else ""
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
    patient = tok.dep_ == "pcomp" and any(c.dep_ == "auxpass" for c in children_of(tok))
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
                for c in children_of(tok)
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
                # "were handed over to Tokyo prosecutors after being extradited from the US"
                for v in (
                    tok,
                    *(c for c in children_of(tok) if c.dep_ == "conj"),
                    *_after_verb(tok),
                )
                for t in v.subtree
                if t.dep_ == "pobj" and t.head.lower_ == "to"
                for m in mentions_at(t, index, places=True)
                if m.code not in ("UNK", actors[0].code) and not m.family
            ][:1]
    if (
        (not recipients or deep)
        and tok.dep_ == "conj"
        and (passive(tok) or _shares_passive(tok))
        and not any(c.dep_ == "nsubjpass" for c in children_of(tok))
    ):
        # "Morales arrived in Argentina and was granted refugee status": the shared subject
        # is the one acted on ("was taken into custody … and charged": the one taken)
        shared = next(
            (c for c in children_of(tok.head) if c.dep_ == "nsubjpass"), None
        ) or subject_of(tok.head)
        patients = [m for m in mentions_at(shared, index) if m.code != "UNK"] if shared else []
        recipients = patients or recipients
    held = (
        row.event == EventType.COERCE
        or (row.event == EventType.RETREAT and row.mode == "release")
        or (row.event == EventType.AID and row.mode == "humanitarian" and tok.lemma_ == "grant")
        or tok.lemma_ in EXECUTIONS
        or tok.lemma_ in ("charge", "indict")  # "was charged with treason in a Dar es Salaam court"
    )
    if not actors and held and (passive(tok) or participle or _shares_passive(tok)):
        # "Navalny was detained at Moscow's airport": the state where it happens did it;
        # "Sonko was released from prison": so did the state that held him
        home = place or [m for m in recipients if m.code != "UNK" and not m.family][:1]
        arrest = row.event == EventType.COERCE and row.mode == "arrest"
        if not home and arrest and passive(tok) and not _time_clause(tok):
            # "his campaign said he had been arrested", in a story from Cairo: Egypt did it
            # ("two years after he was detained" is the background of a sentence)
            home = home_country(tok.doc, index)[:1]
        actors = [replace(m, sector="GOV", name=m.code, kind="state") for m in home]
        rule_extra += "+implied-state-actor" if actors else ""
    return actors, recipients, rule_extra


TARGETING = frozenset({"target", "aim"})


def _targeted(tok: Any, index: MentionIndex) -> list[Mention]:
    """Who a "targeting …" or "aimed at …" participle on an attack (or on the verb that
    carried it out) names."""
    holders = [tok]
    if tok.pos_ == "NOUN" and tok.head.pos_ == "VERB":
        holders.append(tok.head)  # "carried out an air strike …, targeting …"
    found: list[Mention] = []
    for h in holders:
        for c in children_of(h):
            if c.dep_ in ("acl", "advcl", "xcomp") and c.lemma_ in TARGETING and c.tag_ == "VBG":
                objects = [g for g in children_of(c) if g.dep_ == "dobj"]
                objects += prep_objects(c, ["at"])
                found += [m for o in objects for m in mentions_at(o, index)]
    return found


def fill_recipients(
    tok: Any, row: Trigger, index: MentionIndex, actors: list[Mention],
    recipients: list[Mention], place: list[Mention], actor_inferred: bool,
) -> tuple[list[Mention], str]:  # fmt: skip
    """The recipient when the parse names none or only unknown people: the state a spy served,
    the victims' country, the place aid goes to, the embassy's state."""
    rule_extra = ""
    own_codes = {a.code for a in actors}
    if (
        not recipients
        and row.event == EventType.CONSULT
        and tok.lemma_ == "visit"
        and tok.tag_ == "VBG"
        and tok.dep_ in ("amod", "compound")
        and own_codes - {"UNK"}
    ):
        # "Chancellor Olaf Scholz and visiting President William Ruto looked on", "visiting
        # Japanese Prime Minister Fumio Kishida laid a wreath in Kyiv": the host is the leader
        # named beside the visitor, else the place, else the country the story is filed from
        visitor = tok.head
        partners = [c for c in children_of(visitor) if c.dep_ == "conj"]
        partners += [visitor.head] if visitor.dep_ == "conj" else []
        beside = [m for c in partners for m in mentions_at(c, index)]

        def hosting(ms: Iterable[Mention]) -> list[Mention]:
            return [m for m in ms if m.code not in own_codes | {"UNK"} and not m.family]

        # the story's country only when the sentence names no host (a document-wide reading)
        hosts = hosting([*beside, *place]) or hosting(home_country(tok.doc, index, own_codes))
        if hosts:
            return hosts[:1], "+host-of-visitor"
    if (
        row.event == EventType.ASSAULT
        and tok.lemma_ in RETAKING
        and actors
        and {m.code for m in recipients} <= own_codes
    ):
        # "Ukrainian forces have liberated the village of Robotyne …. Russia's Defense Ministry
        # made no immediate comment": ground retaken at home is taken from the other state named
        held_by = [m for m in other_country(tok, index, own_codes) if not m.family] or [
            replace(m, sector=None)
            for m in dict.fromkeys(index.by_token.values())
            if m.kind in ("state", "adjective")
            and m.code not in own_codes | {"UNK"}
            and not m.family
        ][:1]
        if held_by:
            return held_by, "+taken-from-other-state"
    if row.event == EventType.SANCTION and recipients and {m.code for m in recipients} <= own_codes:
        # "ordered Israel's embassy in Asuncion to close": its own mission, the host is hit
        host = [
            m
            for t in tok.subtree
            if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.lemma_ in MISSIONS
            for m in mentions_at(t, index, places=True)
            if m.code not in own_codes | {"UNK"}
        ]
        if host:
            recipients, rule_extra = host[:1], "+host-of-own-mission"
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
    if actors and row.event in SPY_CASES and not {m.code for m in recipients} - own_codes - {"UNK"}:
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
        elif (
            beside
            and row.event in FORCE
            and not all(a.sector == "COP" for a in actors)
            and tok.lemma_ not in EXECUTIONS
        ):
            # "seized three Ukrainian navy ships, wounding several sailors": the other side's
            # (police firing on unnamed people fire on their own country's; a state executes its
            # own prisoners unless their nationality is named)
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
    if row.event in FORCE | {EventType.COERCE} and actors and not recipients:
        recipients = flag_state(tok, index, own_codes)
        rule_extra += "+flag-state" if recipients else ""
    if not recipients and row.event == EventType.ASSAULT and actors:
        # "carried out an air strike in Doha, targeting senior Hamas leaders": the target named
        # by the participle, not the place
        recipients = [m for m in _targeted(tok, index) if m.code not in own_codes | {"UNK"}]
        rule_extra += "+target-of-participle" if recipients else ""
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
        domestic_fight = row.event == EventType.ASSAULT and actor_inferred
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
    return recipients, rule_extra
