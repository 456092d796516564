"""Persons: dictionary, surname coreference, titles, appositives.

Split out of :mod:`.coder`, whose :class:`~newsevents.actors.coder.ActorCoder` calls
:func:`persons` after the dictionary phrases and agents are found. A person missing from the
dictionary is coded from the title chain before the name ("Kremlin spokesman Dmitry Peskov") or an
appositive after it ("Peskov, the Kremlin spokesman"); a later short form takes the person named in
full ("Blinken" after "Antony J. Blinken"); a surname alone takes the one dictionary person of that
surname in office on the article's date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsevents.actors.dictionary import ActorDictionary, Entry, fold, surname_keys
from newsevents.actors.phrases import (
    CHAIN_KINDS,
    Found,
    based_in,
    choose,
    coreferent,
    hyphen_end,
)
from newsevents.doc_cache import entities, span_text, tokens, where_pos


# -- persons: dictionary, surname coreference, titles, appositives --------------------
def persons(
    dictionary: ActorDictionary, doc: Any, day: dt.date | None, found: dict[int, Found]
) -> dict[int, Found]:
    """Code the persons of ``doc`` into ``found``: dictionary persons, surname coreference,
    titles, appositives (called by :class:`~newsevents.actors.coder.ActorCoder`)."""
    toks = tokens(doc)
    by_token = {i: f for f in found.values() for i in range(f.start, f.end)}
    known: dict[str, Found] = {}  # surname -> the person named in full earlier
    candidates = [
        hyphen_end(doc, ent.start, ent.end) for ent in entities(doc) if ent.label_ == "PERSON"
    ]
    candidates += [(f.start, f.end) for f in found.values() if f.kind == "person"]
    # "Trump threatened Canada …": a leader's bare surname the NER took for an organisation
    candidates += [
        (ent.start, ent.end)
        for ent in entities(doc)
        if ent.label_ in ("ORG", "NORP")
        and ent.end - ent.start == 1
        and ent.start not in by_token
        and _curated_surname(dictionary, fold(ent.text), day)
    ]
    # "National Security Adviser Moeed Yusuf on Sunday": a name after a title the NER missed
    candidates += _untagged_names(doc, found, by_token)
    for start, end in sorted(set(candidates)):
        covered = [by_token.get(i) for i in range(start, end)]
        existing = next((c for c in covered if c is not None and c.kind == "person"), None)
        if existing is not None:
            for key in surname_keys(existing.name, existing.code):
                known.setdefault(key, existing)
            _chain(doc, existing, by_token, found)
            continue
        if any(c is not None for c in covered):
            continue
        word = end - 1
        while word > start and not toks[word - 1].whitespace_:
            word -= 1  # the last word's first token: "Chan-o-cha" is one word
        if not any(toks[k].text[:1].isupper() for k in range(word, end)):
            # "fled into the bush": a common noun the NER took for a name ("al-Eryani" is one)
            continue
        if end - start == 1 and len(toks[start].text) <= 4 and toks[start].text.isupper():
            continue  # "Libya's UN-backed government": an abbreviation, not Kim Jong Un
        surname = fold(toks[end - 1].text)
        earlier = known.get(surname)
        if earlier is not None:
            f = coreferent(start, end, earlier)
        else:
            entry = _by_surname(dictionary, surname, day)
            if entry is not None and end - start > 1 and not _shares_name(doc[start:end], entry):
                entry = None  # "Maria Shoigu" is not Sergei Shoigu
            if entry is not None:
                f = Found(
                    start,
                    end,
                    entry,
                    "person",
                    entry.code,
                    entry.sector,
                    entry.name,
                    entry.rule,
                    ("surname:" + entry.name,),
                    entry.family,
                )
            else:
                name = span_text(doc, start, end)
                blank = Entry(name, "UNK", None, name, "person", "ner:PERSON")
                f = Found(
                    start,
                    end,
                    blank,
                    "person",
                    "UNK",
                    None,
                    name,
                    "ner:PERSON",
                    ("unresolved: not in the dictionary",),
                )
        found[start] = f
        for i in range(start, end):
            by_token[i] = f
        _chain(doc, f, by_token, found)
        for key in surname_keys(f.name, f.code) | {surname}:
            known.setdefault(key, f)
    # a later short form the NER missed ("Szijjarto" after "Péter Szijjártó")
    for i in where_pos(doc, "PROPN") if known else ():  # no token built for the other words
        if i not in by_token:
            earlier = known.get(fold(toks[i].text))
            if earlier is not None and earlier.start < i:
                found[i] = coreferent(i, i + 1, earlier)
    return {f.start: f for f in found.values()}


def _untagged_names(
    doc: Any, found: dict[int, Found], by_token: dict[int, Found]
) -> list[tuple[int, int]]:
    """Runs of one to three capitalised proper nouns right after a title, outside any entity:
    the name the title introduces ("National Security Adviser Moeed Yusuf")."""
    toks = tokens(doc)
    out = []
    for f in found.values():
        if f.kind != "title" or f.end >= len(doc):
            continue
        end = f.end
        while (
            end < len(doc)
            and end - f.end < 3
            and end not in by_token
            and toks[end].pos_ == "PROPN"
            and toks[end].text[:1].isupper()
            and not toks[end].ent_type_
        ):
            end += 1
        # the run must end its noun phrase ("Minister Ahmed Khan said"), not name a thing
        last = toks[end - 1]
        if end > f.end and not f.end <= last.head.i < end and last.dep_ not in ("compound", "ROOT"):
            out.append((f.end, end))
    return out


def _shares_name(words: Any, entry: Entry) -> bool:
    """Whether a name, set apart from its quoted nickname and its titles, is the entry's full
    name: 'President Joko "Jokowi" Widodo' is Joko Widodo ("Kim Jong Nam" is not Kim Yong Nam)."""
    quoted = False
    kept = []
    for tok in words:
        if tok.text in ('"', "“", "”", "'"):
            quoted = not quoted
        elif not quoted and not tok.is_punct:
            kept.append(fold(tok.text))
    parts = [fold(w) for w in entry.name.split()]
    return len(kept) >= len(parts) and kept[-len(parts) :] == parts


def _curated_surname(dictionary: ActorDictionary, surname: str, day: dt.date | None) -> bool:
    """Whether exactly one person of our own (curated) files in office on ``day`` bears it."""
    people = [
        e
        for e in dictionary.surnames.get(surname, ())
        if e.valid_on(day) and not e.rule.startswith("persons_phoenix")
    ]
    return len({e.name for e in people}) == 1


def _by_surname(dictionary: ActorDictionary, surname: str, day: dt.date | None) -> Entry | None:
    people = [e for e in dictionary.surnames.get(surname, ()) if e.valid_on(day)]
    # the curated files outrank the historical Phoenix list, whose open periods end in 2014
    curated = [e for e in people if not e.rule.startswith("persons_phoenix")]
    if len({e.name for e in curated}) == 1:
        people = curated
    names = {e.name for e in people}
    if len(names) != 1:
        return None
    if day is None:
        return choose(people, None, False)  # undated: the latest office ("Putin" the president)
    return min(people, key=lambda e: (e.distance(day), e.rule))


def _chain(doc: Any, person: Found, by_token: dict[int, Found], found: dict[int, Found]) -> None:
    """Absorb the title chain before a name (and an appositive title after it)."""
    toks = tokens(doc)
    i = person.start - 1
    chain: list[Found] = []
    skipped = 0
    while i >= 0:
        f = by_token.get(i)
        if f is not None and f.kind in CHAIN_KINDS | {"agent", "place"} and f is not person:
            if based_in(doc, f.end):
                break  # "the London-based dissident X": where one lives is no nationality
            chain.append(f)
            i = f.start - 1
        elif toks[i].lower_ in ("'s", "’s", "the") and chain:
            i -= 1
        elif (
            f is None
            and not chain
            and skipped < 2
            and (
                (toks[i].pos_ in ("NOUN", "PROPN") and toks[i].dep_ in ("compound", "nmod"))
                # "Indian national Kulbhushan Jadhav", "British citizen …"
                or toks[i].lower_ in ("national", "citizen", "resident")
            )
            and i < toks[i].head.i < person.end
        ):
            # "Australian economist Sean Turnell", "Irish trade unionist Esther Lynch": a
            # profession between nationality and name
            skipped += 1
            i -= 1
        else:
            break
    last = toks[person.end - 1]
    if last.dep_ == "appos" and not chain:
        # "Russia's deputy U.N. ambassador, Gennady Kuzmin, said": the title before the comma
        head = last.head
        if head.dep_ == "pobj" and head.head.lower_ == "of":
            head = head.head.head  # "the head of Russia's Wagner group, Yevgeny Prigozhin"
        f = by_token.get(head.i)
        if f is not None and f is not person and f.kind in ("title", "agent"):
            chain.append(f)
    appos = [t for t in last.children if t.dep_ == "appos"]
    for tok in appos:
        for t in tok.subtree:
            f = by_token.get(t.i)
            if (
                f is not None
                and f is not person
                and f not in chain
                and f.kind in CHAIN_KINDS | {"agent"}
                and not based_in(doc, f.end)  # "Ruhollah Zam, a Paris-based journalist"
            ):
                chain.append(f)
    if not chain:
        return
    title = next((f for f in chain if f.kind in ("title", "agent")), None)
    known = [f for f in chain if f.code and f.code != "UNK"]
    if (
        len(known) >= 2
        and known[0].kind in ("adjective", "title", "agent")
        and known[1].kind == "adjective"
        and known[1].end == known[0].start
    ):
        # "Bosnian Serb leader Milorad Dodik": the outer adjective is the state, the inner
        # one the community
        known = [known[1], known[0], *known[2:]]
    if title is not None and not known:
        # "the head of Russia's Wagner group, Yevgeny Prigozhin": whom the title serves
        for prep in toks[title.end - 1].children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                known += [
                    f
                    for t in prep.subtree
                    if (f := by_token.get(t.i)) is not None
                    and f is not person
                    and f.code not in ("", "UNK")
                ]
    # "Russia's deputy U.N. ambassador": the state employs, the organisation is the posting
    country = next((f for f in known if f.kind not in ("igo", "group")), None) or next(
        iter(known), None
    )
    if person.code == "UNK":
        if country is not None:
            person.code, person.family = country.code, country.family
            person.resolution = ("title:" + span_text(doc, country.start, country.end),)
        if title is not None:
            person.sector = title.sector or (country.sector if country is not None else None)
            person.resolution = (*person.resolution, "title:" + title.entry.phrase)
        person.rule = (title or country or person).rule
    elif title is not None and title.sector == "OPP" and person.sector != "OPP":
        # "opposition leader Raila Odinga": in opposition now, whatever office he once held
        person.sector = "OPP"
        person.resolution = (*person.resolution, "title:" + title.entry.phrase)
    left = [f for f in chain if f.end <= person.start]
    for f in left:
        found.pop(f.start, None)
        for k in range(f.start, f.end):
            by_token[k] = person
    if left:
        person.start = min(f.start for f in left)
    found[person.start] = person
