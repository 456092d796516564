"""The parties of a coded event as the parse names them: the actor, the recipient from the
pattern's sources or, as a last resort, the first other party inside the event's own clause;
pruned of the actor's own names, of cities naming texts, of mediators and settings. The
fallbacks for parties the parse leaves open are in :mod:`.fallbacks`."""

from __future__ import annotations

from typing import Any

from newsevents.doc_cache import char_span, children_of
from newsevents.events.context import (
    conditioned_party,
    first_mentions,
    other_country,
    passive_agent,
    reporting_subject,
    speaker_tail,
    two_sides,
)
from newsevents.events.kinds import (
    ADDRESSED,
    COOPERATIVE,
    DOMESTIC,
    FORCE,
    LOCATED,
    SETTING_PREPS,
    SPEAKER_VERBS,
)
from newsevents.events.mentions import (
    MentionIndex,
    insurgent,
    mentions_at,
)
from newsevents.events.recipients import recipient_candidates
from newsevents.events.roles import (
    across_border,
    actor_tokens,
    subject_of,
)
from newsevents.events.triggers import Trigger
from newsevents.records import (
    EventType,
    Mention,
)

CONTRASTS = frozenset({"while", "whereas", "although", "though"})
# "the Iran-aligned group", "UAE-backed forces": a sponsor named on the party acted on
SPONSORED = frozenset({"aligned", "allied", "linked", "backed", "sponsored", "funded", "supported"})

# "the Rome Statute", "the Minsk agreements", "the Paris accord": a city naming a text
DOCUMENTS = frozenset(
    {"statute", "agreement", "accord", "treaty", "declaration", "protocol", "convention",
     "charter", "communique", "process", "format", "principle", "framework", "club"}
)  # fmt: skip


CONSEQUENCES = frozenset({"prompt", "spark", "trigger", "provoke", "draw", "force", "cause"})


# families whose members are organs of one organisation (the EU and its Commission, the UN and
# its Security Council)
ONE_BODY = frozenset({"EUR", "UNO"})


def _names_a_document(doc: Any, m: Mention) -> bool:
    if m.kind != "capital":
        return False
    span = char_span(doc, m.start, m.end)
    return (
        span is not None
        and span.root.dep_ in ("compound", "amod", "nmod")
        and span.root.head.lemma_.lower() in DOCUMENTS
    )


# "under the Russia-brokered agreement", "talks mediated by Qatar": a go-between, no party
BROKERING = frozenset({"broker", "mediate", "host", "facilitate"})
MEDIATING = BROKERING | {"sponsor", "chair"}


BASES = frozenset({"base", "outpost", "camp", "installation", "garrison", "post", "facility"})
GARRISONING = frozenset({"host", "house", "man", "use", "station"})


def _garrison(t: Any, index: MentionIndex) -> list[Mention]:
    """ "two bases in Iraq hosting US troops", "a base manned by Kenyan troops", "Al Udeid, the
    largest US military installation": a base is hit as its garrison's state."""
    if not {t.lemma_.lower(), t.lower_, t.lower_.rstrip("s")} & BASES:  # "bases" → "basis"
        return []
    out = []
    # "the Al Udeid air base in Qatar, the largest US military installation"
    placed = [
        a
        for p in children_of(t)
        if p.dep_ == "prep"
        for o in children_of(p)
        for a in children_of(o)
    ]
    for c in [*children_of(t), *placed]:
        if c.dep_ == "acl" and c.lemma_ in GARRISONING:
            out += [
                m for g in c.subtree if g.i != c.i for m in mentions_at(g, index) if m.code != "UNK"
            ]
        elif c.dep_ == "appos" and c.lemma_.lower() in BASES:
            out += [
                m
                for g in children_of(c)
                if g.dep_ in ("amod", "compound", "nmod")
                for m in mentions_at(g, index)
                if m.code != "UNK"
            ]
    return list({m.code: m for m in reversed(out)}.values())[::-1]  # one per state, in order


def _origins(thing: Any, index: MentionIndex) -> list[Mention]:
    """The states named on a thing given, and on the things coordinated with it: "its first
    British Challenger 2 tanks as well as U.S. Stryker vehicles"."""
    named = (
        index.at(t) for t in thing.subtree if t.dep_ in ("amod", "compound", "nmod", "npadvmod")
    )
    return [m for m in named if m is not None and m.kind in ("state", "adjective")]


def opening_roles(
    tok: Any, row: Trigger, index: MentionIndex, participle: bool
) -> tuple[list[Mention], list[Mention], bool] | None:
    """The actor and recipient the parse names, or None when a finding has no other party; the
    flag says the recipient was found deep inside the clause."""
    actors = first_mentions(actor_tokens(tok), index)
    if participle and not passive_agent(tok):
        actors = []  # "49 Ivorian soldiers arrested at the airport": the soldiers are held
    recipients: list[Mention] = []
    if "reported" in row.recipient:
        # "a UN commission concluded that Israel has committed genocide": the finding is the
        # event, made by its reporter against the subject
        finder = reporting_subject(tok)
        if finder is None:
            return None
        described = subject_of(tok.head) if tok.dep_ == "attr" else None
        if described is not None:  # "said China's road was a violation": what is described
            actors = first_mentions([described], index) or actors
        actors, recipients = first_mentions([finder], index), actors
        itself = not {m.code for m in recipients} - {a.code for a in actors}
        # "Germany said it was responsible for its own security"; a court ruling that the
        # country's own leaders violated the law is a finding against them
        if not actors or (itself and not all(a.sector == "JUD" for a in actors)):
            return None
    if "received" in row.recipient:
        # "Ukraine has received its first British Challenger tanks", "Pakistan received a $2
        # billion deposit from Saudi Arabia": the receiver is the recipient, the giver is named
        # after "from" or on what was received
        received = [c for c in children_of(tok) if c.dep_ in ("dobj", "nsubjpass")]
        # "received four helicopters, together with weapons and ammunition, from Russia": the
        # "from" may hang on what was received
        sources = [
            p
            for d in tok.subtree
            if d.dep_ == "prep" and d.lower_ == "from"
            for p in children_of(d)
            if p.dep_ == "pobj"
        ]
        givers = [
            m
            for t in (*sources, *received)
            for m in (mentions_at(t, index) if t.dep_ == "pobj" else _origins(t, index))
            if m.code != "UNK"
        ]
        recipients, actors = actors, [m for m in givers if m.code not in {a.code for a in actors}]
        if not actors:
            return None
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
            recipients = [
                m
                for t in group
                for m in _garrison(t, index) or mentions_at(t, index, places=True)
                if not _names_a_document(tok.doc, m)
            ]
            if (
                recipients
                and all(m.kind in ("state", "adjective") for m in recipients)
                and {m.code for m in recipients} <= own_codes
                # "Boko Haram fighters attacked the Chadian village": a group coded where it acts
                # strikes in its own country
                and not any(insurgent(a) for a in actors)
            ):
                continue  # "halting U.S. funding for the WHO": the actor's own name
            if recipients:
                break
    deep = False
    if not recipients and "none" not in row.recipient and tok.pos_ in ("VERB", "ADJ"):
        # last resort: the first other actor named inside the event's own clause
        # ("willing to send material to help defend Saudi Arabia")
        own = {a.code for a in actors}
        # "the Commission announced €210 million in EU funding": the actor's own organisation
        bodies = {a.family for a in actors if a.family in ONE_BODY}
        # "X and Y met in Geneva": where two parties meet is no third party
        # (two sides of one country too: "the government and Tigrayan forces signed … in
        # Pretoria")
        places = not (two_sides(actors) and row.event in COOPERATIVE | {EventType.CONSULT})
        # not inside a coordinated clause with its own subject ("The United States sent
        # two teams, and the European Union …": the EU is no recipient of the US)
        other_clauses = {
            d.i
            for c in children_of(tok)
            if c.pos_ in ("VERB", "AUX")
            and (
                # "…, witnesses and Amnesty International said"
                (c.dep_ in ("ccomp", "advcl", "parataxis", "conj") and c.lemma_ in SPEAKER_VERBS)
                or (
                    c.dep_ in ("conj", "parataxis")
                    and any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))
                )
                # "fired the prosecutor, prompting the U.S. State Department to say …": an
                # effect, whose parties are not the act's
                or (c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in CONSEQUENCES)
                # "voted against the scheme, while Finland abstained": a contrast
                or (
                    c.dep_ == "advcl"
                    and any(g.dep_ == "mark" and g.lower_ in CONTRASTS for g in children_of(c))
                    and any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))
                )
            )
            for d in c.subtree
        }
        if row.event in (EventType.SANCTION, EventType.COERCE):
            # "sentenced Toledo … for taking bribes from Brazilian firm Odebrecht": the
            # grounds name no target
            other_clauses |= {
                d.i
                for c in children_of(tok)
                if c.dep_ == "prep" and c.lower_ in ("for", "over")
                for d in c.subtree
            }
        # "equipment provided through a NATO fund", "shipped via Poland": a channel, not the
        # one the act is for (a march "through Budapest" is where the protest is)
        if row.event != EventType.PROTEST:
            other_clauses |= {
                d.i
                for c in tok.subtree
                if c.dep_ == "prep" and c.lower_ in ("through", "via")
                for d in c.subtree
            }
        victims: list[Mention] = []
        police = bool(actors) and all(a.sector == "COP" for a in actors)
        for t in tok.subtree:
            # "under the Russia-brokered agreement": a sponsor named in passing is no party
            inside = t.i > tok.i and t.i not in other_clauses and t.head.lemma_ not in BROKERING
            # "attacked a camp near the border with Mali": the neighbour is no target
            inside = inside and not across_border(t)
            # "a setback for the Iran-aligned group": a sponsor, not the one acted on
            inside = inside and t.head.lower_ not in SPONSORED
            m = index.at(t, places=places) if inside else None
            if m is not None and m.code == "UNK" and m.sector and row.event in FORCE | DOMESTIC:
                victims = victims or [m]  # "opened fire to disperse demonstrators"
                if police:
                    break  # police firing at protesters: the crowd, not a state named later
            if m is not None and m.code not in own | {"UNK"} and m.family not in bodies:
                # with its conjuncts: "peace talks between Russia and Ukraine"
                head = t if t.dep_ != "compound" else t.head
                more = [x for x in mentions_at(head, index, places=True) if x.code != "UNK"]
                recipients, deep = [m, *[x for x in more if x.code != m.code]], True
                break
        if not recipients and victims and (police or not other_country(tok, index, own)):
            recipients, deep = victims, True  # unnamed people of the only country in view
    if not recipients and row.event == EventType.CONSULT and tok.dep_ == "pobj":
        # "Biden warned Putin … in a video call": the one addressed took part, also when
        # the call hangs in the warning's content ("warned Biden that …, in a phone call")
        verb = tok.head.head
        while (
            verb.dep_ == "ccomp"
            and not any(c.dep_ in ("dobj", "dative") for c in children_of(verb))
            and verb.head.i != verb.i
        ):
            verb = verb.head
        for obj in (c for c in children_of(verb) if c.dep_ in ("dobj", "dative")):
            recipients = mentions_at(obj, index)
    recipients = [m for m in recipients if not speaker_tail(tok, m)]
    own = {a.code for a in actors}
    if row.event == EventType.THREATEN and not {m.code for m in recipients} - own - {"UNK"}:
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
    if two_sides(actors) and row.event in COOPERATIVE - {EventType.AID}:
        recipients = [m for m in recipients if m.kind != "place"]  # "agreed … in Geneva"
        # "Xi and Biden held talks on the sidelines of the G20 summit": a party named in
        # the setting of a joint act, or elsewhere in its clause, is no recipient
        heads = [tok, *(c for c in children_of(tok) if c.dep_ == "dobj")]
        setting = {
            t.idx
            for h in heads
            for c in children_of(h)
            if (c.dep_ == "prep" and c.lower_ in SETTING_PREPS)
            # "talks in Doha mediated by Qatar and Turkey": the mediators are no party
            or (c.dep_ == "acl" and c.lemma_ in MEDIATING)
            for t in c.subtree
        }
        recipients = [] if deep else [m for m in recipients if m.start not in setting]
    return actors, recipients, deep
