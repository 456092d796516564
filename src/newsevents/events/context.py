"""What a trigger's clause and sentence say around it: the country where it happens, the
speaker of a reported clause, whether it is the content of another event, who is only quoted."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from newsevents.doc_cache import char_span, children_of, sentences, text_of, tokens
from newsevents.events.kinds import COLLECTIVE, SPEAKER_VERBS
from newsevents.events.mentions import (
    MentionIndex,
    mentions_at,
)
from newsevents.events.modality import misjoined_past
from newsevents.events.roles import (
    HOSTING,
    LED_BY,
    across_border,
    bordered,
    prep_objects,
    subject_of,
)
from newsevents.records import ActorRef, Mention


def by_code(ms: list[Mention]) -> list[Mention]:
    """One actor per code and sector ("U.S. Ambassador John Sullivan" and "he" are one)."""
    seen: set[tuple[str, str | None]] = set()
    out = []
    for m in ms:
        if (m.code, m.sector) not in seen:
            seen.add((m.code, m.sector))
            out.append(m)
    return out


def ref(m: Mention, sector: str | None = None) -> ActorRef:
    return ActorRef(m.code, sector or m.sector, m.name, m.text, m.start, m.end, m.rule, m.family)


def passive(tok: Any) -> bool:
    """A passive with no "by"-agent: "was extradited", "after being extradited from the US"."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(tok)) and not any(
        c.dep_ == "agent" for c in children_of(tok)
    )


def definite(tok: Any) -> bool:
    """A noun phrase that points back: "the drills", "this attack", "the detentions"."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those") for c in children_of(tok)
    )


def collective(governor: Any) -> bool:
    return governor is not None and governor.lemma_ in COLLECTIVE


def other_country(tok: Any, index: MentionIndex, own: set[str]) -> list[Mention]:
    for t in index.sent(tok):
        m = index.by_token.get(t.i)
        kinds = ("state", "adjective", "place", "agent")  # "three Ukrainian navy ships"
        # "the U.S.-backed forces", "Russia helped Syrian forces retake Palmyra": a sponsor or
        # a helper, no target
        backer = t.head.lower_ in LED_BY or (
            t.dep_ == "nsubj" and t.head.lemma_ in ("help", "assist") and t.head.is_ancestor(tok)
        )
        if (
            m is not None
            and m.kind in kinds
            and m.code not in own | {"UNK"}
            and not backer
            # "the region bordering Afghanistan": a neighbour (troops rushed to "the border with
            # Turkey" do face Turkey)
            and not bordered(t)
        ):
            return [replace(m, sector=None)]
    return []


OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "ELI", "PTY", "OPP"})


def home_country(doc: Any, index: MentionIndex, foes: set[str] | None = None) -> list[Mention]:
    """Where the story happens: the dateline city's country ("COLOMBO —") in the first few
    sentences, else the country most of the article's places and states belong to (leaving
    out ``foes``, the parties an unnamed actor acts on). A dateline whose country the story
    never names again while it names others is a bureau's ("CAIRO (AP) — A Houthi attack on
    … Yemen's government"), not where the story happens."""
    named, first = _country_counts(doc, index)
    dateline = _dateline_place(doc, index)
    if dateline is not None:
        again = dateline.name in text_of(doc)[dateline.end :]  # "the Taiwan Strait"
        # named more than once (a town counts 1.5, see _country_counts)
        if named.get(dateline.code, 0) > 1.5 or len(named) == 1 or again:
            return [replace(dateline, sector=None)]
    counts = {code: n for code, n in named.items() if code not in (foes or ())}
    if not counts:
        return []
    code, n = max(counts.items(), key=lambda kv: kv[1])
    return [replace(first[code], sector=None)] if n >= 0.4 * sum(counts.values()) else []


def _dateline_place(doc: Any, index: MentionIndex) -> Mention | None:
    toks = tokens(doc)
    # "KARACHI: Two Chinese nationals were killed …": a city in capitals and a colon
    colon = next((k for k, t in enumerate(toks[:4]) if t.text == ":"), None)
    if colon and all(t.is_alpha and t.text.isupper() for t in toks[:colon]):
        m = index.by_token.get(0)
        if m is not None and m.kind in ("capital", "place", "state") and m.code != "UNK":
            return m
    for n, sent in enumerate(sentences(doc)):
        if n >= 5:
            break
        # "COLOMBO —" as a sentence of its own, or heading a long first sentence ("MANAGUA,
        # Nicaragua (AP) — Nicaragua said …")
        dash = next((t.i for t in sent[:12] if _spaced_dash(t)), None)
        if dash is not None:
            for t in doc[sent.start : dash]:
                m = index.by_token.get(t.i)
                if m is not None and m.kind in ("capital", "place", "state") and m.code != "UNK":
                    return m
    return None


def _country_counts(doc: Any, index: MentionIndex) -> tuple[dict[str, float], dict[str, Mention]]:
    """How often the article names each country (places, states, officials), and where first."""
    toks = tokens(doc)
    counts: dict[str, float] = {}
    first: dict[str, Mention] = {}
    for i, m in index.by_token.items():
        if toks[i].head.lower_ in LED_BY:
            continue  # "the U.S.-backed forces": a sponsor, not where the story is
        # "Algerian President Abdelaziz Bouteflika", "former prime minister Thaksin": a named
        # official, serving or former, counts for his country
        named = m.kind in ("person", "agent") and m.sector in OFFICIAL_SECTORS
        if (
            (m.kind in ("state", "capital", "place", "adjective") or named)
            and m.code != "UNK"
            and not m.family
        ):
            # a town or capital says where the story happens more than a nationality does
            # ("stormed a cafe in Dhaka …, most of them Italian and Japanese nationals")
            weight = 1.5 if m.kind in ("capital", "place") else 1.0
            counts[m.code] = counts.get(m.code, 0) + weight
            first.setdefault(m.code, m)
    return counts, first


def _spaced_dash(tok: Any) -> bool:
    """A dash set off by spaces, as after a dateline ("KYIV -"), not a hyphen ("U.S.-led")."""
    if tok.text in ("—", "–", "--"):
        return True
    return tok.text == "-" and (tok.i == 0 or bool(tok.nbor(-1).whitespace_))


OTHER_TIME = frozenset({"after", "before", "since", "until", "while", "because", "as"})


def place_country(tok: Any, index: MentionIndex, reasons: bool = False) -> list[Mention]:
    """The country of a place named in the trigger's own clause ("demonstrated in Serbia"),
    else anywhere in its sentence. "Armenia declared martial law after fighting erupted in
    Nagorno-Karabakh": the place of the fighting is not where martial law was declared."""
    located = located_in(index.sent(tok), index)
    if not located:
        return []  # most sentences name no place: spare the clause walk
    clause = tok
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    inner = {
        t.i
        for c in children_of(clause)
        if c.dep_ in ("advcl", "conj", "ccomp", "parataxis") and c.i != tok.i
        for t in c.subtree
    }
    own = {t.i for t in clause.subtree} - inner
    # a clause of its own below the trigger ("after fighting erupted in …") is elsewhere
    elsewhere = {
        t.i
        for c in children_of(clause)
        if c.dep_ == "advcl"
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))
        # "were killed when a bomber rammed a car into their convoy in Pulwama": the same event
        and any(g.dep_ == "mark" and g.lower_ in OTHER_TIME for g in children_of(c))
        for t in c.subtree
    }
    if reasons:  # "sanctions over the killing of civilians in Bucha": the cause is elsewhere
        elsewhere |= {
            t.i
            for h in (tok, clause)
            for c in children_of(h)
            if c.dep_ == "prep" and c.lower_ in ("over", "for")
            for t in c.subtree
        }
    # "a military camp near the border with Mali": the neighbour across the border is not where
    places = [t for t in located if t.i not in elsewhere and not across_border(t)]
    mine = [t for t in places if t.i in own]
    # "a researcher working for a Geneva-based group has been detained in Moscow": the place
    # the verb itself names comes before one inside a party's description
    direct = [
        t
        for t in mine
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i in (tok.i, clause.i)
    ]
    # "forced the plane to land in Minsk on Sunday, where authorities arrested …": the place a
    # "where" clause stands for (its head, or a place just before it), unless the clause names
    # its own ("where he was killed inside the Saudi consulate")
    if (
        not mine
        and clause.dep_ == "relcl"
        and any(c.lower_ == "where" for c in children_of(clause))
    ):
        direct = [t for t in places if 0 <= clause.head.i - t.i <= 3][-1:]
    for t in direct or mine or places:
        return [replace(index.by_token[t.i], sector=None)]
    return []


def located_in(sent: Any, index: MentionIndex) -> list[Any]:
    """The tokens of a sentence that name a place (cached per sentence on the index)."""
    cache = index.cache.setdefault("located", {})
    if sent.start not in cache:
        doc = sent.doc
        toks = tokens(doc)
        cache[sent.start] = [
            toks[i]
            for i in sorted(index.by_token)
            if sent.start <= i < sent.end and _located(toks[i], index)
        ]
    found: list[Any] = cache[sent.start]
    return found


WHERE = frozenset({"in", "near", "inside", "across", "throughout"})
SETTLEMENTS = frozenset(
    {"village", "town", "city", "province", "region", "district", "county", "port"}
)
# what a state's possessive names when it names a place: "in Somalia's Puntland region"
TERRAIN = SETTLEMENTS | frozenset(
    {
        *("mountains", "mountain", "hills", "area", "areas", "north", "south", "east", "west"),
        *("northeast", "northwest", "southeast", "southwest", "border", "borderlands", "coast"),
        *("waters", "territory", "enclave", "island", "islands", "valley", "desert", "state"),
        *("capital", "heartland", "countryside", "interior", "frontier", "outskirts", "forest"),
    }
)


def _located(t: Any, index: MentionIndex) -> bool:
    m = index.by_token.get(t.i)
    doc = t.doc
    toks = tokens(doc)
    # "a U.S.-based missionary group": where a party is based, not where the event happens
    based = t.i + 2 < len(doc) and toks[t.i + 1].text == "-" and toks[t.i + 2].lower_ == "based"
    # "Puntland": a regional government, which names a place after "in"
    regional = m is not None and m.kind == "group" and m.sector == "GOV"
    # "in eastern Beirut": a capital named as a location, not as an actor
    return (
        m is not None
        and not based
        and m.code != "UNK"
        and (
            m.kind == "place"
            # "freed by Beijing": the capital acts, it is not where
            or (m.kind == "capital" and t.dep_ == "pobj" and t.head.lower_ != "by")
            # "in the central Malian village of Ogossagou": a nationality on a named settlement
            or (
                m.kind == "adjective"
                and t.dep_ in ("amod", "compound")
                and t.head.lemma_.lower() in SETTLEMENTS
                and t.head.dep_ == "pobj"
            )
            # "in Somalia's Puntland region", "in Puntland's Cal Miskaad mountains"; "in
            # Puntland": a state or a regional government naming where
            or (
                (m.kind in ("state", "capital") or regional)
                and t.dep_ == "poss"
                and (owned := _possessed(t)).dep_ == "pobj"
                and _where(owned.head)
                # "in Japan's 1941 attack" is no place
                and (owned.pos_ == "PROPN" or owned.lemma_.lower() in TERRAIN)
            )
            or (regional and t.dep_ == "pobj" and t.head.lower_ in WHERE)
        )
    )


def _possessed(t: Any) -> Any:
    """What a possessive owns, through a chain of them ("Cairo's St Mark's Cathedral")."""
    owned = t.head
    while owned.dep_ == "poss" and owned.head.i != owned.i:
        owned = owned.head
    return owned


def _where(prep: Any) -> bool:
    """A preposition of place: "in", "near" …, or "next to", "close to"."""
    return prep.lower_ in WHERE or (prep.lower_ == "to" and prep.head.lower_ in ("next", "close"))


def own_country(actors: list[Mention]) -> list[Mention]:
    first = actors[0]
    if first.code == "UNK" or first.family:
        return []
    return [replace(first, sector="GOV", name=first.code, text=first.text)]


HOME_OFFICES = frozenset({"ministry", "minister", "office", "secretary", "service", "ministers"})
OUTSIDERS = frozenset({"foreign", "international", "western", "multinational", "overseas"})


def _home_office(t: Any) -> bool:
    """ "the foreign ministry", "Foreign Minister Denis Moncada": a home office, no outsider."""
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else t
    return t.head.lemma_.lower() in HOME_OFFICES or nxt.lemma_.lower() in HOME_OFFICES


def foreign(trigger: Any, actors: list[Mention]) -> bool:
    """ "Foreign forces", "international troops": not the country where it happens."""
    doc = trigger.doc
    for m in actors:
        span = char_span(doc, m.start, m.end)
        if span is None:
            continue
        if any(
            t.lower_ in OUTSIDERS and not _home_office(t)
            for t in (*span, *children_of(span.root))
            if t.i <= span.root.i
        ):
            return True
    return False


def speaker_tail(trigger: Any, m: Mention) -> bool:
    """A name the parser hung on the event's clause although it is the subject of a trailing
    "…, X and Y said." ("agreed to a ceasefire, Saudi Arabia and the United States said")."""
    doc = trigger.doc
    toks = tokens(doc)
    span = char_span(doc, m.start, m.end)
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
        and toks[nxt].lemma_ in SPEAKER_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in toks[nxt].children)
    )


def first_mentions(tokens: Iterable[Any], index: MentionIndex) -> list[Mention]:
    """The first token that names a known actor; failing that, the first that names anyone."""
    fallback: list[Mention] = []
    for tok in tokens:
        found = mentions_at(tok, index)
        if any(m.code != "UNK" for m in found):
            return found
        fallback = fallback or found
    return fallback


def reporting_subject(tok: Any) -> Any | None:
    """The subject of the verb a clause is reported by ("X concluded/said/found that …")."""
    # "was responsible", "was a violation of the agreements": the copula's clause
    described = (tok.pos_, tok.dep_) in (("ADJ", "acomp"), ("NOUN", "attr"))
    clause = tok.head if described else tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    head = clause.head
    if head.pos_ == "ADJ" and head.dep_ == "acomp":  # "said it is highly likely that …"
        head = head.head
        if head.dep_ == "ccomp" and not any(
            c.dep_ == "nsubj" and c.lower_ != "it" for c in children_of(head)
        ):
            head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subj = subject_of(head)
    if subj is None and head.dep_ == "advcl" and head.tag_ == "VBG":
        return subject_of(head.head)  # "ordered the closure …, saying Moscow was behind …"
    return subj


CHARGES = frozenset({"suspicion", "charge", "accusation", "allegation", "count", "conviction"})


AGREEMENTS = frozenset(
    {"agreement", "deal", "pact", "accord", "treaty", "memorandum", "declaration", "framework"}
)
COMMITTING = frozenset({"commit", "pledge", "agree", "promise", "vow", "undertake"})


# verbs that charge their object "of" an act: "accused Hanoi's secret service of abducting …"
CHARGING = frozenset({"accuse", "suspect", "convict", "warn", "acquit", "clear", "absolve"})
# verbs that charge their object "with" an act: "charged three men with attacking …"
CHARGING_WITH = frozenset({"charge", "indict"})


def content_of(tok: Any, trigger_ids: set[int]) -> bool:
    """Whether a trigger sits in what another event says someone did or must not do."""
    if misjoined_past(tok) is not None:
        return False  # "accused X of plotting to assassinate … and recalled its ambassador"
    if (
        tok.dep_ == "acl"
        and tok.tag_ == "VBG"
        and tok.head.lemma_.lower() in AGREEMENTS
        and tok.head.head.i in trigger_ids
        and tok.lemma_ not in COMMITTING  # "a declaration committing them to a ceasefire"
    ):
        return True  # "signed a defence pact allowing their troops to train …": its terms
    node, below = tok, tok
    for _ in range(4):
        if (
            node.dep_ in ("pcomp", "pobj")
            and (
                node.head.lower_ in ("of", "for", "against")
                # "charged three men with attacking a police station": the charge
                or (node.head.lower_ == "with" and node.head.head.lemma_ in CHARGING_WITH)
            )
            # "fired flares for the first time to warn off a plane that violated …": a clause
            # on "time" says when, not what the flares were fired for
            and not (node.lemma_ == "time" and below.pos_ == "VERB" and below.i != tok.i)
        ):
            verb = node.head.head
            # "was welcomed in Ulaanbaatar for talks with Khurelsukh": why a guest came (an
            # active "hosted Albanese for talks" is the visit itself)
            hosted = (
                node.head.lower_ == "for"
                and verb.lemma_ in HOSTING
                and any(c.dep_ == "nsubjpass" for c in children_of(verb))
            )
            if verb.i in trigger_ids and verb.pos_ == "VERB" and not hosted:
                return True
            if (
                node.head.lower_ == "of"
                and verb.dep_ == "dobj"
                and verb.head.i in trigger_ids
                and verb.head.lemma_ in CHARGING
            ):
                return True  # "accusing Hanoi's secret service of abducting …": the charge
            if node.head.lower_ == "of" and verb.lemma_.lower() in CHARGES:
                return True  # "arrested on suspicion of plotting sabotage attacks"
        # "exempted electronics from its tariffs": the tariffs are what the exemption eases
        if (
            node.dep_ == "pobj"
            and node.head.lower_ == "from"
            and node.head.head.lemma_ == "exempt"
            and node.head.head.i in trigger_ids
        ):
            return True
        if node.head.i == node.i:
            return False
        node, below = node.head, node
    return False


def governors(tok: Any) -> list[str]:
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


def named_codes(mentions: Iterable[Mention]) -> set[str]:
    """The known codes among some mentions (unnamed ``UNK`` parties aside)."""
    return {m.code for m in mentions} - {"UNK"}


def two_sides(parties: Iterable[Mention | ActorRef]) -> bool:
    """At least two known parties, also two sides of one country ("the government and
    Tigrayan forces")."""
    return sum(p.code != "UNK" for p in parties) >= 2


def attackers_of_passive(
    tok: Any, index: MentionIndex, trigger_ids: set[int]
) -> tuple[list[Mention], str]:
    """Who did a passive attack with no by-agent: the subject of an attack clause hanging on it
    ("49 soldiers were killed when Azerbaijani forces shelled towns"), else the other side of the
    clash or strike it happened in ("killed in a face-off with Chinese troops", "in an airstrike
    by Syrian forces"). Returns the attackers and the rule suffix naming how they were found."""
    for clause in (c for c in children_of(tok) if c.dep_ == "advcl" and c.i in trigger_ids):
        subj = subject_of(clause)
        found = [
            m for m in (mentions_at(subj, index) if subj is not None else []) if m.code != "UNK"
        ]
        if found:
            return found, "+by-the-clause"
    foes = [
        m
        for p in prep_objects(tok, ["in", "during"])
        for q in prep_objects(p, ["with", "by"])
        for m in mentions_at(q, index)
        if m.code != "UNK"
    ]
    return foes, "+clash-with" if foes else ""


LEAKING = frozenset({"pass", "leak", "sell", "hand", "transmit", "supply"})
SPYING = frozenset({"spy", "work", "act", "operate", "collect", "gather", "pass"})


def principal_of(tok: Any, index: MentionIndex, own: set[str]) -> list[Mention]:
    """The foreign state an arrested or charged person is said to serve: "arrested three German
    citizens on suspicion of spying for China", "plotting sabotage on behalf of Russia"."""
    for t in tok.subtree:
        if t.dep_ != "pobj" or t.head.dep_ != "prep":
            continue
        prep, up = t.head, t.head.head
        serves = (
            (prep.lower_ == "for" and up.lemma_ in SPYING)
            or (prep.lower_ == "of" and up.lower_ == "behalf")
            # "on suspicion of passing state secrets to Russia"
            or (prep.lower_ == "to" and up.lemma_ in LEAKING)
        )
        found = [m for m in mentions_at(t, index) if m.code not in own | {"UNK"}]
        if serves and found and not any(m.family for m in found):
            return found[:1]
    return []


MISSIONS = frozenset({"embassy", "consulate"})


def embassy_owners(sent: Any, index: MentionIndex, own: set[str]) -> list[Mention]:
    """The states whose embassies a crowd went for: "attacked the embassies of Rwanda, France
    and Belgium", "tried to force their way into the French embassy"."""
    found: list[Mention] = []
    for t in sent:
        if t.lemma_.lower() not in MISSIONS:
            continue
        for c in children_of(t):
            if c.dep_ in ("amod", "compound", "poss", "nmod"):
                found += mentions_at(c, index)
            elif c.dep_ == "prep" and c.lower_ == "of":
                found += [
                    m for p in children_of(c) if p.dep_ == "pobj" for m in mentions_at(p, index)
                ]
    return [m for m in by_code(found) if m.code not in own | {"UNK"} and not m.family]


def conditioned_party(tok: Any, index: MentionIndex, own: set[str]) -> list[Mention]:
    """Who a threat is aimed at: the subject of its condition ("warned that Moscow would
    strengthen its forces if Finland and Sweden joined NATO": Finland and Sweden)."""
    for t in tok.subtree:
        if t.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children_of(t)
        ):
            subj = subject_of(t)
            if subj is not None:
                found = [m for m in mentions_at(subj, index) if m.code not in own | {"UNK"}]
                if found:
                    return found
    return []


def with_clause_lead(tok: Any) -> Any | None:
    """ "Greece condemned Turkey's decision …, with Culture Minister Lina Mendoni calling it a
    provocation": the subject of the clause the "with" phrase hangs on."""
    if tok.dep_ == "acl":
        # "…, with commandos backed by warplanes striking hideouts": up to the "with"
        node = tok
        for _ in range(5):
            if node.dep_ not in ("acl", "pobj", "agent", "conj") or node.head.i == node.i:
                break
            node = node.head
            if node.lower_ == "with" and node.dep_ == "prep":
                tok = next((c for c in children_of(node) if c.dep_ == "pobj"), tok)
                break
    if tok.dep_ not in ("pcomp", "pobj") or tok.head.lower_ != "with":
        return None
    verb = tok.head.head
    for _ in range(4):
        subj = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subj is not None or verb.head.i == verb.i:
            return subj
        verb = verb.head
    return None


def passive_agent(tok: Any) -> bool:
    """A verb with a "by"-agent: "troops backed by tanks", "doses donated by China"."""
    return any(c.dep_ == "agent" for c in children_of(tok))
