"""Date phrases in an article, resolved against its publication date, and the date of an event.

:func:`find_dates` reads the parse it is given (no second NLP pass): precompiled patterns
(:mod:`.date_rules`) find the phrases ("on Wednesday", "yesterday", "last week", "Jan. 26",
"earlier this month", "in 2014", "in the coming days", "two days ago", ISO dates …); spaCy's
DATE/TIME entities license the ambiguous ones (a bare "2014" or "March" counts only inside such
an entity or after a cue word such as "in"), and the dependency parse gives each phrase a
``future`` hint (will / shall / 'll / going to / scheduled for in the governing clause).

Each :class:`DateMention` is a period: ``date`` is its first day, ``end_date`` its last, with a
precision (day, week, month, year). Relative phrases need a publication date; without one only
absolute dates ("Jan 26, 2022", "in 2014", "2022-01-20") resolve. Impossible dates ("February 30")
and vague spans ("hundreds of years", "three weeks later") give nothing rather than a guess.

:func:`event_date` picks the phrase that dates one event: the nearest one inside the event's
sentence, never a date after publication unless the event is future; otherwise the publication
date (precision ``publication``), or no date at all when the article has none.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from newsevents.attributes.date_rules import (
    FORWARD_HEADS,
    FUTURE_AUX,
    HINTS,
    RULES,
    SCHEDULE,
    Hint,
    Resolver,
)
from newsevents.doc_cache import char_span, entities, sentences, text_of, tokens
from newsevents.records import DatePrecision


@dataclass(frozen=True, slots=True)
class DateMention:
    """A resolved date phrase: the period from ``date`` to ``end_date`` (inclusive).

    ``future`` is true when the phrase points forward by itself ("tomorrow", "next week") or its
    governing clause is future tense ("will meet on Monday").
    """

    start: int
    end: int
    text: str
    date: dt.date
    end_date: dt.date
    precision: DatePrecision
    future: bool = False


BACKGROUND_AGE = dt.timedelta(days=30)


class EventDate(NamedTuple):
    """The date of one event; unpacks as ``date, precision, text, historical``."""

    date: dt.date | None
    precision: DatePrecision
    text: str | None
    historical: bool


def _entity_spans(doc: Any) -> list[tuple[int, int]]:
    return [(e.start_char, e.end_char) for e in entities(doc) if e.label_ in ("DATE", "TIME")]


# a law's title that a bare year may close ("the Anti-Homosexuality Act, 2023")
STATUTE = re.compile(r"\b(?:Act|Law|Code|Ordinance|Decree|Bill),? $")


def _licensed(m: re.Match[str], spans: Iterable[tuple[int, int]], doc: Any) -> bool:
    """A bare year or month counts after a cue word, with last/next, or inside a DATE entity.

    A number that counts something ("by 2000 troops") is not a year, even when spaCy says DATE.
    """
    start, end = m.span("p")
    if m.groupdict().get("year") and not m["sub"] and _counts_things(doc, start, end):
        return False
    if m.groupdict().get("year") and STATUTE.search(text_of(doc), max(0, start - 24), start):
        return False  # "the Anti-Homosexuality Act, 2023": part of a law's name
    if m["cue"] or m.groupdict().get("rel") or m["sub"]:
        return True
    return any(s <= start and end <= e for s, e in spans)


def _counts_things(doc: Any, start: int, end: int) -> bool:
    toks = tokens(doc)
    span = char_span(doc, start, end)
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    head = tok.head
    if tok.dep_ != "nummod" or head.tag_ != "NNS" or head.i != tok.i + 1:
        return False
    return tok.i == 0 or toks[tok.i - 1].dep_ not in ("det", "poss")


def _has_future_aux(verb: Any) -> bool:
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in FUTURE_AUX:
            return True
    head = verb.head
    if verb.dep_ == "xcomp" and any(c.lower_ == "to" for c in verb.children):
        if head.lower_ == "going":  # "is going to meet", not "went to meet"
            return any(c.dep_ == "aux" for c in head.children)
        return head.lemma_.lower() in FORWARD_HEADS
    return verb.tag_ == "VBN" and verb.lemma_.lower() in SCHEDULE


def clause_is_future(doc: Any, start: int, end: int) -> bool:
    """True when the clause governing the span is future tense (will / 'll / going to …)."""
    span = char_span(doc, start, end)
    if span is None or len(span) == 0:
        return False
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    for _ in range(8):
        if _has_future_aux(tok):
            return True
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        if tok.head.i == tok.i or not (
            tok.dep_ == "xcomp" or (tok.dep_ == "conj" and not own_subject)
        ):
            return False
        tok = tok.head
    return False


# --- public API ------------------------------------------------------------------------------


def _hint_hits(hint: Hint, text: str, lowered: str) -> list[int]:
    """Where a rule's hint occurs in the text."""
    if not hint.folded:
        return [h.start() for h in hint.pattern.finditer(text)]
    if len(lowered) == len(text):
        return [h.start() for h in hint.pattern.finditer(lowered)]
    # a letter whose lower case is longer ("İ") would shift every offset: match case-blind
    return [h.start() for h in re.finditer(hint.pattern.pattern, text, re.IGNORECASE)]


def _windows(hits: list[int], starts: list[int]) -> list[tuple[int, int]]:
    """The runs of sentences holding a rule's hint words: the only text its full pattern (slow
    on a whole article) has to search, as no date phrase runs from one sentence into the next.
    ``starts`` ends with the text's length."""
    out: list[tuple[int, int]] = []
    for hit in hits:
        n = bisect_right(starts, hit) - 1
        lo, hi = starts[max(n, 0)], starts[min(n + 1, len(starts) - 1)]
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def find_dates(doc: Any, published: dt.date | None) -> tuple[DateMention, ...]:
    """Every date phrase in ``doc`` that resolves, in text order (spans never overlap)."""
    text: str = text_of(doc)
    spans = _entity_spans(doc)
    found: list[tuple[int, int, re.Match[str], Resolver]] = []
    starts: list[int] = []  # sentence starts, read only when some hint fires
    lowered = text.lower()
    hits_of: dict[int, list[int]] = {}  # three rules share the month hint
    for (regex, resolve, needs_licence), hint in zip(RULES, HINTS, strict=True):
        hits = hits_of.get(id(hint))
        if hits is None:
            hits = hits_of[id(hint)] = _hint_hits(hint, text, lowered)
        if not hits:
            continue
        starts = starts or [s.start_char for s in sentences(doc)] + [len(text)]
        for lo, hi in _windows(hits, starts):
            for m in regex.finditer(text, lo, hi):
                if needs_licence and not _licensed(m, spans, doc):
                    continue
                found.append((m.start("p"), m.end("p"), m, resolve))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    out: list[DateMention] = []
    taken_until = -1
    for start, end, m, resolve in found:
        if start < taken_until:
            continue
        taken_until = end  # an impossible date still claims its words: no shorter guess inside
        future = clause_is_future(doc, start, end)
        period = resolve(m, published, future)
        if period is None:
            continue
        out.append(
            DateMention(
                start=start,
                end=end,
                text=text[start:end],
                date=period.first,
                end_date=period.last,
                precision=period.precision,
                future=future or period.forward,
            )
        )
    return tuple(out)


def pick_date(
    sentence_start: int,
    sentence_end: int,
    trigger_start: int,
    dates: Iterable[DateMention],
    published: dt.date | None,
    future: bool,
) -> DateMention | None:
    """The date phrase that dates an event: inside its sentence, nearest to its trigger.

    A phrase after publication dates only a future event; a phrase that ended before
    publication does not date a future event.
    """
    best: DateMention | None = None
    best_key: tuple[int, int] | None = None
    for mention in dates:
        if mention.start < sentence_start or mention.end > sentence_end:
            continue
        if published is not None:
            if mention.date > published and not future:
                continue
            if future and mention.end_date < published:
                continue
        if mention.start <= trigger_start < mention.end:
            distance = 0
        elif trigger_start < mention.start:
            distance = mention.start - trigger_start
        else:
            distance = trigger_start - mention.end + 1
        key = (distance, mention.start)
        if best_key is None or key < best_key:
            best, best_key = mention, key
    return best


def event_date(
    sentence_start: int,
    sentence_end: int,
    trigger_start: int,
    dates: Iterable[DateMention],
    published: dt.date | None,
    future: bool,
) -> EventDate:
    """Date one event: its nearest date phrase, else publication, else nothing.

    ``historical`` is true when the whole phrase lies a month or more before publication: the
    story's background ("the 2014 annexation of Crimea" in a 2022 article, "the generals who
    seized power in July" in a September one), not its news.
    """
    chosen = pick_date(sentence_start, sentence_end, trigger_start, dates, published, future)
    if chosen is not None:
        historical = published is not None and chosen.end_date <= published - BACKGROUND_AGE
        return EventDate(chosen.date, chosen.precision, chosen.text, historical)
    if published is not None:
        return EventDate(published, DatePrecision.PUBLICATION, None, False)
    return EventDate(None, DatePrecision.NONE, None, False)
