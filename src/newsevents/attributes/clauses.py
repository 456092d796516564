"""Which clause a phrase belongs to, so an event takes the date of its own clause.

"Rajapaksa will resign on Wednesday, … after protesters stormed his residence on Saturday":
Saturday dates the storming, not the resignation. A date phrase counts for an event when it
hangs off the event's own verb or a verb above it ("Russia said on Tuesday it would reduce …"),
not when it sits in a clause below it.
"""

from __future__ import annotations

from typing import Any

from newsevents.doc_cache import char_span

CLAUSE_POS = frozenset({"VERB", "AUX"})
PARTICIPANTS = frozenset({"dobj", "nsubj", "nsubjpass", "dative"})  # "in a video released on …"
# nouns that restate the event itself ("a surprise move announced Thursday evening")
# prepositions naming the grounds of an act, whose object is an earlier event
GROUNDS = frozenset({"for", "over"})
# nouns naming an act that the grounds may refer to ("for the downing", "over the arrest")
PAST_ACTS = frozenset(
    {
        *("attack", "arrest", "detention", "death", "murder", "invasion", "annexation"),
        *("execution", "seizure", "raid", "crackdown", "coup", "assassination", "abduction"),
    }
)
RESTATING = frozenset({"move", "decision", "step", "announcement", "measure", "action", "order"})


def verb_of(tok: Any) -> Any:
    """The verb a token belongs to (itself when it is one)."""
    for _ in range(12):
        if tok.pos_ in CLAUSE_POS or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _dates_grounds(tok: Any, trigger: Any) -> bool:
    """ "apologized for the downing of a bomber last November": a date hung on the event noun
    an act answers ("for", "over") dates that earlier event, not the act."""
    for _ in range(8):
        if tok.pos_ in CLAUSE_POS or tok.head.i == tok.i or tok.i == trigger.i:
            return False
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ == "pobj"
            and tok.head.lower_ in GROUNDS
            and (tok.lower_.endswith("ing") or tok.lemma_.lower() in PAST_ACTS)
        ):
            return not _below(trigger, tok)
        tok = tok.head
    return False


RESPONSES = frozenset({"response", "retaliation", "reaction", "reprisal", "answer"})


def _answered(noun: Any) -> bool:
    """A noun the event answers: "in response to sanctions imposed by the EU in March"."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return False
    return prep.lower_ in GROUNDS or (prep.lower_ == "to" and prep.head.lemma_ in RESPONSES)


def in_own_clause(doc: Any, trigger_start: int, phrase_start: int) -> bool:
    """False when the phrase sits in a subordinate clause of its own, with its own subject, below
    the trigger ("… after protesters stormed his residence on Saturday"); True otherwise, so that a
    date attached a little low by the parser ("rejected the demand to bar Ukraine … on
    Wednesday") still counts."""
    trigger = char_span(doc, trigger_start, trigger_start + 1)
    phrase = char_span(doc, phrase_start, phrase_start + 1)
    if trigger is None or phrase is None:
        return True
    own = verb_of(trigger[0])
    if _dates_grounds(phrase[0], trigger[0]):
        return False
    node = verb_of(phrase[0])
    for _ in range(12):
        if node.i == own.i or node.head.i == node.i:
            return True
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        # "was wounded when a gunman opened fire at his rally on Saturday": a "when" clause
        # shares the main clause's time
        simultaneous = any(c.dep_ == "advmod" and c.lower_ == "when" for c in node.children)
        # below the trigger, or beside it ("arrived on Wednesday, the first visit since the war
        # began in 2011, and signed …": 2011 dates the war), but not a clause the trigger is in
        apart = node.dep_ in ("advcl", "relcl") and has_subject and not _below(own, node)
        if (apart or _reported_beside(node, own, phrase[0])) and not simultaneous:
            return False
        if (
            node.dep_ == "acl"
            # "a rift dating back to 2017", "tariffs starting Monday": the noun's own time
            and (node.tag_ == "VBN" or (node.tag_ == "VBG" and node.lemma_ in ("date", "start")))
            and (node.head.dep_ in PARTICIPANTS | {"appos"} or _answered(node.head))
            and node.head.lemma_ not in RESTATING
            and not _below(own, node)
        ):
            # "pardoned 1,500 people charged over the Jan. 6, 2021, attack" dates the charges;
            # "a surprise move announced Thursday evening" still dates the move
            return False
        node = node.head
    return True


def within_clause(doc: Any, trigger_start: int, phrase_start: int, phrase_end: int) -> bool:
    """Whether a date phrase dates the trigger's own verb directly, or a "when" clause under it
    ("were killed when two car bombs exploded on Saturday, the president said on Sunday":
    Saturday), rather than a clause above, such as the verb that reports it."""
    trigger = char_span(doc, trigger_start, trigger_start + 1)
    span = char_span(doc, phrase_start, phrase_end)
    if trigger is None or span is None:
        return False
    own = verb_of(trigger[0])
    root = span.root
    if root.dep_ in ("npadvmod", "tmod", "advmod"):
        dated = root.head
    elif root.dep_ == "pobj" and root.head.dep_ == "prep":
        if root.head.lower_ in ("by", "until", "till", "before"):
            return False  # "would pull all troops out by Sept. 11": a deadline, not the act
        dated = root.head.head
    else:
        return False
    if dated.i == own.i:
        return True
    return (
        dated.dep_ == "advcl"
        and dated.head.i == own.i
        and any(c.lower_ in ("when", "as") and c.dep_ in ("advmod", "mark") for c in dated.children)
    )


def _reported_beside(node: Any, own: Any, phrase: Any) -> bool:
    """A finite complement clause beside the trigger's: "said weapons had been loaded … in
    December, accusing South Africa …" — December dates the loading, not the accusation. Not a
    clause that leads its reporting verb ("Kamto was arrested late on Monday, his lawyer said"),
    nor a phrase before the clause's subject ("said on Saturday he had instructed …")."""
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    finite = node.tag_ in FINITE or any(
        (c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE)
        or (c.dep_ == "mark" and c.lower_ == "that")
        for c in node.children
    )  # not "declaring him persona non grata on Tuesday"
    return (
        node.dep_ == "ccomp"
        and subject is not None
        and node.i > node.head.i
        and phrase.i > subject.i
        and finite
        and not _below(own, node)
    )


def _below(node: Any, ancestor: Any) -> bool:
    return any(a.i == ancestor.i for a in node.ancestors)


FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
NOUN_MODIFIERS = frozenset({"compound", "nummod", "amod", "poss", "nmod"})
# nouns whose "of" phrase is a time ("the morning of April 13", "the end of September")
TIME_NOUNS = frozenset(
    {"morning", "afternoon", "evening", "night", "dawn", "eve", "day", "week", "weekend", "end"}
    | {"beginning", "start", "middle", "hour", "month", "year", "first"}
)


def dates_other_noun(doc: Any, trigger_start: int, phrase_start: int, phrase_end: int) -> bool:
    """True when the phrase only describes a noun that is not the event: "his 2022 election
    defeat" dates the election, not a warning drawn by a verdict on Thursday; "Tuesday's attack"
    still dates the attack itself."""
    span = char_span(doc, phrase_start, phrase_end)
    trigger = char_span(doc, trigger_start, trigger_start + 1)
    if span is None or trigger is None:
        return False
    root = span.root
    head = root.head
    if (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.pos_ in ("NOUN", "PROPN")
        and head.head.lemma_ not in TIME_NOUNS  # "on the morning of April 13": a time
    ):
        # "over his role in the deadly unrest of January 2022": the date of the unrest
        root, head = head, head.head
    if (
        root.dep_ not in (*NOUN_MODIFIERS, "prep")
        or head.pos_ not in ("NOUN", "PROPN")
        or head.i in range(span.start, span.end)
    ):
        return False
    return not (trigger[0].i == head.i or _below(trigger[0], head))


NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


# days in one unit of an "N units after" clause, and the least a bare plural ("weeks after")
# can mean
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
BARE_UNITS = {"week": 14, "month": 60, "year": 730}


def days_before(doc: Any, trigger_start: int) -> tuple[int, int, int] | None:
    """For an event in a clause like "…, two days after Tigrayan forces seized the towns" or
    "…, a week after seizing Goma": how many days it lies before the main clause, and the
    character span of that clause (a date phrase inside it is the event's own). "Weeks after"
    and "months after" with no number count as the least they can mean (two weeks, two months)."""
    trigger = char_span(doc, trigger_start, trigger_start + 1)
    if trigger is None:
        return None
    node = verb_of(trigger[0])
    for _ in range(4):
        after = _after_word(node)
        if after is not None:
            # "a day after its Guards seized them" (on the verb), "a week after seizing" (on
            # the preposition)
            unit = next(
                (c for c in (*node.children, *after.children) if c.dep_ == "npadvmod"), None
            )
            days = _duration_days(unit) if unit is not None else None
            if not days:
                return None
            span = doc[node.left_edge.i : node.right_edge.i + 1]
            return days, span.start_char, span.end_char
        if node.head.i == node.i:
            return None
        node = verb_of(node.head)
    return None


def _after_word(node: Any) -> Any | None:
    """The "after" that opens a clause: the mark of "after Tigrayan forces seized …", or the
    preposition over "after seizing Goma"."""
    if node.dep_ == "advcl":
        return next((c for c in node.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if node.dep_ == "pcomp" and node.head.lower_ == "after":
        return node.head
    return None


def _duration_days(unit: Any) -> int | None:
    """Days in "two days", "a week", "three months"; "weeks" alone is at least two weeks."""
    lemma = unit.lemma_.lower()
    if lemma not in UNIT_DAYS:
        return None
    if any(c.lower_ in ("less", "under", "within") for c in unit.subtree):
        return None  # "less than a year after": any time within it
    count = next((c for c in unit.children if c.dep_ in ("nummod", "det")), None)
    number = NUMBER_WORDS.get(count.lower_) if count is not None else None
    if number is None and count is not None and count.like_num and count.text.isdigit():
        number = int(count.text)
    if number is None and count is None and unit.tag_ == "NNS":
        return BARE_UNITS.get(lemma)
    return number * UNIT_DAYS[lemma] if number else None
