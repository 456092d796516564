"""Events in their story: one event per reading within a sentence, the counterpart taken from
the story so far, and the protest that a crackdown met."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from newsevents.events import ontology
from newsevents.events.context import two_sides
from newsevents.events.kinds import (
    COOPERATIVE,
    INFERRED_TARGET,
    POINTS_TO,
    SIMILAR,
    TRANSNATIONAL,
)
from newsevents.records import LIVE_MODALITIES as LIVE
from newsevents.records import ActorRef, Event, EventType, Modality

STATE_FORCES = frozenset({None, "GOV", "MIL", "COP", "SPY"})
INWARD = frozenset({EventType.REJECT, EventType.REQUEST})


def codes(refs: Iterable[ActorRef]) -> set[str]:
    """The codes of some actors or recipients."""
    return {r.code for r in refs}


def dedupe(events: list[Event]) -> list[Event]:
    """Within one sentence, one event per type and actor set (verb and noun of "held talks");
    a MOBILIZE beside its actor's ASSAULT is part of the assault (PLOVER manual)."""

    # the same side: "youths attacked police stations" does not absorb the police deployment,
    # nor does a deployment absorb the rebels' killing it answers
    def sides(e: Event) -> set[tuple[str, str | None]]:
        return {(a.code, "state" if a.sector in STATE_FORCES else a.sector) for a in e.actor}

    mobilizing = {c for e in events if e.event == EventType.MOBILIZE for c in sides(e)}
    # "began drills … and fired missiles into waters": firing at no one is part of the drills
    events = [
        e
        for e in events
        if not (
            e.event == EventType.ASSAULT
            and (not e.recipient or INFERRED_TARGET in e.rule or "recipient-from-place" in e.rule)
            and sides(e) & mobilizing
        )
    ]

    assaulting = {
        c for e in events if e.event == EventType.ASSAULT and e.modality in LIVE for c in sides(e)
    }
    events = [e for e in events if not (e.event == EventType.MOBILIZE and sides(e) & assaulting)]
    kept: list[Event] = []
    for e in events:
        same = next((n for n, o in enumerate(kept) if _same_act(o, e)), None)
        if same is None:
            kept.append(e)
        elif _weight(e) > _weight(kept[same]):
            kept[same] = e
    return sorted(kept, key=lambda e: e.trigger_start)


def _same_act(a: Event, b: Event) -> bool:
    """One act told twice in a sentence: the same type, actors and modality, and no two
    different recipients ("held a meeting with Kurz … and later held talks with Merkel" are two
    meetings)."""
    if (a.event, a.modality, codes(a.actor)) != (b.event, b.modality, codes(b.actor)):
        return False
    if a.event in (EventType.ASSAULT, EventType.PROTEST):
        # "a strike in Homs killed three Iranian advisers", "protesters marched on parliament
        # in Dhaka": one attack or one protest, told twice
        return True
    mine, theirs = codes(a.recipient) - {"UNK"}, codes(b.recipient) - {"UNK"}
    return not mine or not theirs or bool(mine & theirs)


PROTESTERS = ("protester", "demonstrator", "rioter", "marcher", "striker")


def confronted_protests(events: list[Event]) -> list[Event]:
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
        out.append(
            _derived(
                e,
                (EventType.PROTEST, "demo"),
                (who,),
                (target,),
                (who.text, who.start),
                f"protesters-met-by:{e.event}@{e.trigger_start}",
            )
        )
    return out


def _derived(
    e: Event,
    kind: tuple[EventType, str | None],
    actor: tuple[ActorRef, ...],
    recipient: tuple[ActorRef, ...],
    trigger: tuple[str, int],
    rule: str,
) -> Event:
    """A second event read off a coded one (the protest police met, the accusation a report
    makes), in its sentence, a little less sure than the event it comes from."""
    event, mode = kind
    text, start = trigger
    info = ontology.info(str(event), mode)
    return replace(
        e,
        event=event,
        actor=actor,
        recipient=recipient,
        trigger=text,
        trigger_start=start,
        trigger_end=start + len(text),
        rule=rule,
        mode=mode,
        confidence=round(max(0.05, e.confidence - 0.2), 2),
        cameo=info.cameo,
        quad=info.quad,
        intensity=info.intensity,
        goldstein=info.goldstein,
        reported_by=None,
    )


REPORT_WORDS = (" report", " investigation", " inquiry")


def monitored_reports(events: list[Event]) -> list[Event]:
    """ "Burkina Faso's military executed at least 223 villagers, Human Rights Watch said in a
    report": a monitoring body's report of abuses accuses their authors (ACCUSE, allege)."""
    out: list[Event] = []
    for e in events:
        monitor = e.reported_by
        if (
            e.event not in (EventType.ASSAULT, EventType.COERCE)
            or e.modality != Modality.ASSERTED
            or monitor is None
            or monitor.family is None
            or not any(w in e.sentence.lower() for w in REPORT_WORDS)
        ):
            continue
        accused = tuple(a for a in e.actor if a.code not in ("UNK", monitor.code))
        if not accused or any(
            x.event == EventType.ACCUSE and x.actor[:1] == (monitor,) for x in (*events, *out)
        ):
            continue
        # the trigger is the monitor's "said" (dated by its own "on Thursday"), else its name
        at = e.sentence.find(" said", monitor.end - e.sentence_start)
        said = ("said", e.sentence_start + at + 1) if at >= 0 else (monitor.text, monitor.start)
        out.append(
            _derived(
                e,
                (EventType.ACCUSE, "allege"),
                (monitor,),
                accused,
                said,
                f"report-of:{e.event}@{e.trigger_start}",
            )
        )
    return out


PRISON_WORDS = (
    "prison", "jail", "imprisonment", "house arrest", "detention", "labour camp", "labor camp",
    "penal colony", "behind bars", "reform facility", "correctional facility", "penitentiary",
)  # fmt: skip
# "sentenced Ales Bialiatski, co-winner of …, to 10 years in prison": the term, however far
PRISON_TERM = re.compile(r"\bto\b[^,;.]{0,50}?\b(?:" + "|".join(PRISON_WORDS) + r")")
# a term not served: "sentenced in absentia", "allowed to remain free pending appeal"
NOT_SERVED = ("in absentia", "remain free", "pending appeal")
# rulings on a law or a candidacy imprison no one ("ruling that he had breached ethical
# standards by appointing a lawyer who had served a jail term")
RULINGS = ("rule.", "declare.", "strike.down.", "bar.")


def prison_terms(events: list[Event]) -> list[Event]:
    """ "A Dhaka court sentenced Khaleda Zia to five years' imprisonment": the PLOVER manual
    codes a conviction that results in imprisonment also as COERCE (arrest)."""
    out: list[Event] = []
    for e in events:
        if (
            e.event != EventType.SANCTION
            or e.mode != "convict"
            or e.modality != Modality.ASSERTED
            or e.rule.startswith(RULINGS)
        ):
            continue
        after = e.sentence[e.trigger_end - e.sentence_start :].lower()
        at = min((i for w in PRISON_WORDS if 0 <= (i := after.find(w)) < 90), default=-1)
        if at < 0 and (term := PRISON_TERM.search(after, 0, 200)) is not None:
            at = term.end() - len(next(w for w in PRISON_WORDS if term.group().endswith(w)))
        if (
            at < 0
            or any(w in after for w in NOT_SERVED)
            # a jailing told already; "attempting to seize power", a charge, is no jailing
            or any(
                x.event == EventType.COERCE and x.actor == e.actor and x.modality == e.modality
                for x in events
            )
        ):
            continue
        word = next(w for w in PRISON_WORDS if after.startswith(w, at))
        start = e.trigger_end + at
        text = e.sentence[start - e.sentence_start : start - e.sentence_start + len(word)]
        rule = f"prison-term-of:{e.event}@{e.trigger_start}"
        kind = (EventType.COERCE, "arrest")
        out.append(_derived(e, kind, e.actor, e.recipient, (text, start), rule))
    return out


# what a deadline names if it is not met: "… or face suspension", "… or it will resume …"
CONSEQUENCE = re.compile(r"\bor (?:face|risk|else|it|they|he|she|we|the)\b|\botherwise\b|\bwarn")


def ultimatums(events: list[Event]) -> list[Event]:
    """ "The African Union gave Sudan's military council 15 days to hand power to civilians or
    face suspension": a deadline with a consequence is an ultimatum (CAMEO 139, PLOVER
    THREATEN) as well as the demand it sets."""
    kind = (EventType.THREATEN, None)
    return [
        _derived(
            e,
            kind,
            e.actor,
            e.recipient,
            (e.trigger, e.trigger_start),
            f"ultimatum-of:{e.event}@{e.trigger_start}",
        )
        for e in events
        if e.event == EventType.REQUEST
        and e.rule.startswith(("give.deadline.", "give.until."))
        and e.modality == Modality.ASSERTED
        and CONSEQUENCE.search(e.sentence[e.trigger_end - e.sentence_start :])
        and not any(x.event == EventType.THREATEN and x.actor == e.actor for x in events)
    ]


SWAP = re.compile(
    r"\b(?:in (?:an? )?(?:prisoner )?(?:exchange|swap|trade)|(?:swapped|traded|exchanged)) for "
    r"(?!(?:cash|money|maps|funds|payment|information|access|concessions|guarantees)\b)"
)


def swaps(events: list[Event]) -> list[Event]:
    """ "Iran freed two Swedes in exchange for Hamid Nouri, an Iranian jailed in Sweden": a
    prisoner swap is a release by each side, so the counterpart frees the first side's people
    (RETREAT release, recipient → actor)."""
    out: list[Event] = []
    for e in events:
        if e.event != EventType.RETREAT or e.mode != "release" or e.modality not in LIVE:
            continue
        actor = codes(e.actor) - {"UNK"}
        holders = tuple(r for r in e.recipient if r.code not in actor | {"UNK"})
        found = SWAP.search(e.sentence, e.trigger_end - e.sentence_start)
        at = e.sentence_start + found.start() if found is not None else 0
        if not actor or not holders or found is None or at > e.trigger_end + 160:
            continue
        if any(
            x.event == EventType.RETREAT
            and x.actor[:1] == holders[:1]
            and actor & codes(x.recipient)
            for x in events
        ):
            continue
        state = replace(holders[0], sector="GOV", name=holders[0].code, rule="swap-counterpart")
        word = found.group(0).split()[-2]
        start = at + found.group(0).index(word)
        rule = f"swap-of:{e.event}@{e.trigger_start}"
        out.append(
            _derived(e, (EventType.RETREAT, "release"), (state,), e.actor, (word, start), rule)
        )
    return out


def _weight(e: Event) -> tuple[bool, bool, bool, bool, float]:
    """Which of two readings of one event to keep: a named recipient before one guessed from
    the actor's country ("fired rockets into southern Israel, killing hundreds of people")."""
    guessed = "same-country-recipient" in e.rule
    # "a drone strike in Baghdad killed Soleimani"; "overran a Kenyan army base in Somalia
    # …, with soldiers killed": the victims' place is a guess beside a named target
    placed = any(w in e.rule for w in ("recipient-from-place", "victims-in-place", "in-clause"))
    named = bool(e.recipient) and not guessed
    # "struck Kyiv …, killing 23 people and damaging the EU delegation's offices": the party
    # struck, before a party named beside unnamed victims
    direct = INFERRED_TARGET not in e.rule
    return (named, bool(e.recipient), not placed, direct, e.confidence)


def refer_back(
    event: Event,
    earlier: list[Event],
    pointer: str,
    named: Callable[[], Sequence[ActorRef]] = tuple,
) -> Event:
    """Fill a missing recipient from the story so far.

    With a pointing object ("Taiwan condemned the drills"), the actor of the earlier event it
    names (the drills → the latest MOBILIZE) is the recipient, as a reader would take it.
    Without one ("Kuleba proposed a ceasefire"), the other party of the latest event the actor
    took part in is."""
    own = codes(event.actor)
    if not pointer and event.event in COOPERATIVE - {EventType.AID} and two_sides(event.actor):
        return event  # "the government and Tigrayan forces signed a deal": both parties named
    prior_events = [
        p
        for p in earlier
        if p.sentence_start < event.sentence_start
        # "met Min Aung Hlaing … and reached a consensus": an earlier clause of the sentence
        or (p.sentence_start == event.sentence_start and p.trigger_start < event.trigger_start)
    ]
    if pointer == SIMILAR:
        # "Poland will ban imports of grain from Ukraine … Hungary announced a similar ban": the
        # target of the latest such measure by another party
        for prior in reversed(prior_events):
            # ("will ban imports" was coded as the threat of the measure)
            alike = prior.event == event.event or "future→THREATEN" in prior.rule
            if alike and prior.recipient and not codes(prior.actor) & own:
                rule = f"{event.rule}+similar-to:{prior.event}@{prior.trigger_start}"
                return replace(event, recipient=prior.recipient, rule=rule)
        return event
    if pointer:
        kinds = POINTS_TO.get(pointer)
        ranked = [p for p in prior_events if kinds is None or p.event in kinds]
        # "condemned the raids": the latest act whose doer the text names, before one whose doer
        # was only guessed ("the drone strike that killed three soldiers in Jordan")
        ranked.sort(key=lambda p: not any(u in p.rule for u in UNSEEN))
        for prior in reversed(ranked):
            theirs = codes(prior.actor)
            # "the army … calling the RSF's mobilisation illegal": one country, two sides
            rival = kinds is not None and not {(a.code, a.sector) for a in prior.actor} & {
                (a.code, a.sector) for a in event.actor
            }
            if prior.actor and (not theirs & own or rival) and "UNK" not in theirs:
                rule = f"{event.rule}+refers-to:{prior.event}@{prior.trigger_start}"
                return replace(event, recipient=prior.actor, rule=rule)
    else:
        for prior in reversed(prior_events):
            parties = prior.actor + prior.recipient
            if own & codes(parties):
                others = tuple(a for a in parties if a.code not in own and a.code != "UNK")
                if others:
                    rule = f"{event.rule}+counterpart-from:{prior.event}@{prior.trigger_start}"
                    return replace(event, recipient=others, rule=rule)
    # "Mexico agreed to deploy troops …" after "Trump suspended tariffs on Mexican goods": the
    # other party the story names, nearest before the trigger in its sentence, then after it,
    # then in the sentences before
    candidates = [a for a in named() if a.code not in own and a.code != "UNK"]
    same = [a for a in candidates if event.sentence_start <= a.start < event.sentence_end]
    before = [a for a in same if a.end <= event.trigger_start]
    after = [a for a in same if a.start > event.trigger_start]
    reporter = event.reported_by
    if reporter is not None and reporter.start > event.trigger_start:
        after = [a for a in after if a.end < reporter.start]  # "…, X and Y said": speakers
    earlier_named = [a for a in candidates if a.start < event.sentence_start]
    chosen = (before[-1:] or after[:1]) or earlier_named[-1:]
    if chosen:
        return replace(event, recipient=tuple(chosen), rule=f"{event.rule}+other-party-named")
    if event.event in INWARD and event.actor and not any(a.family for a in event.actor):
        # "Jammeh rejected the election results and called for a fresh vote", with no one else
        # in the story: a demand on, or a rejection within, the actor's own country
        return replace(event, recipient=event.actor[:1], rule=f"{event.rule}+domestic-recipient")
    return event


BLAMING = ("blame", "blamed", "blames", "blaming", "held", "holds", "hold")
UNSEEN = ("unidentified-actor", "actor-from-place", "actor-from-story")


def blamed_attackers(events: list[Event]) -> list[Event]:
    """ "Artillery shells struck a resort in Zakho … Baghdad blamed Turkish forces for the
    attack": an attack with no attacker named takes the one blamed for it in the next lines."""
    out = list(events)
    for n, e in enumerate(out):
        unseen = not e.actor or any(u in e.rule for u in UNSEEN)
        if e.event != EventType.ASSAULT or not unseen:
            continue
        blame = next(
            (
                b
                for b in out[n + 1 :]
                if b.event == EventType.ACCUSE
                and b.trigger.lower() in BLAMING
                and b.recipient
                and b.sentence_start - e.sentence_end < 400
            ),
            None,
        )
        if blame is None:
            continue
        # a transnational group (Islamic State) is coded where it struck, its family kept
        where = next((a.code for a in (*e.actor, *e.recipient) if a.code != "UNK"), None)
        blamed = tuple(
            replace(a, code=where, family=a.family or a.code)
            if a.code in TRANSNATIONAL and where
            else a
            for a in blame.recipient
            if a.code != "UNK"
        )
        named = codes(blamed)
        if blamed and named != codes(e.actor):
            victims = tuple(a for a in e.recipient if a.code not in named)
            rule = f"{e.rule}+blamed-by:{blame.event}@{blame.trigger_start}"
            out[n] = replace(e, actor=blamed, recipient=victims or e.recipient, rule=rule)
    return out


def told_tolls(events: list[Event]) -> list[Event]:
    """ "Israel says it has killed Hezbollah's top commander in an air strike … Lebanon's health
    ministry said at least five people were killed": a toll told with no attacker, after an
    attack told in an earlier sentence, is that attack's toll and joins its evidence."""
    out: list[Event] = []
    for e in events:
        toll = (
            e.event == EventType.ASSAULT
            and "+unidentified-actor-in-story" in e.rule
            and e.modality in LIVE
        )
        prior = (
            next(
                (
                    n
                    for n in range(len(out) - 1, -1, -1)
                    if out[n].event == EventType.ASSAULT
                    and out[n].modality in LIVE
                    and out[n].sentence_end <= e.sentence_start
                    and not any(u in out[n].rule for u in UNSEEN)
                ),
                None,
            )
            if toll
            else None
        )
        if prior is None:
            out.append(e)
            continue
        known = out[prior]
        out[prior] = replace(known, evidence=known.evidence + e.evidence)
    return out


def restated_attacks(events: list[Event]) -> list[Event]:
    """ "Israeli strikes hit al-Mawasi …, at least 90 Palestinians were killed", "a wave of missiles
    launched at Ukraine" after "a Russian cruise missile struck Uman": an attack whose attacker the
    parse could only place in the victims' own country, in a story that names who attacked that
    country, restates that attack and joins its evidence instead of standing as a second one. So
    does a definite "the attack" with a guessed attacker, and an attack with no attacker at all
    on a target an earlier attack struck ("when the strikes hit a meeting"): the attack the story
    told before."""
    known = [
        n
        for n, e in enumerate(events)
        if e.event == EventType.ASSAULT
        and e.modality in LIVE
        and not any(u in e.rule for u in UNSEEN)
        and codes(e.actor) - {"UNK"}
    ]
    out = list(events)
    dropped: set[int] = set()
    for n, e in enumerate(events):
        if e.event != EventType.ASSAULT or e.modality not in LIVE:
            continue
        own = codes(e.actor)
        before = [k for k in known if events[k].trigger_start < e.trigger_start]
        if not own:
            # "Kurdish officials said … when the strikes hit a meeting": no attacker at all, a
            # target the story's earlier attack already struck
            hit = codes(e.recipient) - {"UNK"}
            struck = [k for k in before if hit & codes(events[k].recipient)]
            attack = struck[-1] if struck else None
        elif any(u in e.rule for u in UNSEEN) and len(own) == 1:
            on_itself = own <= codes(e.recipient) - {"UNK"}
            attack = _attack_on(next(iter(own)), known, events) if on_itself else None
            if attack is None and _definite(e):
                attack = before[-1] if before else None  # "… were behind the attack"
        else:
            continue
        if attack is not None:
            out[attack] = replace(out[attack], evidence=out[attack].evidence + e.evidence)
            dropped.add(n)
    return [e for n, e in enumerate(out) if n not in dropped]


def _attack_on(victim: str, known: list[int], events: list[Event]) -> int | None:
    """The first named attack on ``victim`` by another party, or a clash it was one side of."""
    for k in known:
        attackers = codes(events[k].actor)
        if victim in codes(events[k].recipient) - attackers:
            return k
        if victim in attackers and len(events[k].actor) > 1:
            return k
    return None


def _definite(e: Event) -> bool:
    """A trigger written as a definite common noun: "the attack", "the strike", "this assault"."""
    before = e.sentence[: e.trigger_start - e.sentence_start].split()
    return bool(before) and before[-1].lower() in ("the", "this") and e.trigger.islower()
