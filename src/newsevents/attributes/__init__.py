"""The attributes stage: who said it, when it happened, where, and how many (``rules.v1``).

Runs after actors and events on the same parse: quotes with their speakers (from the actor
mentions), date phrases resolved against the publication date, places from an offline gazetteer,
and quantities. Each event then gets its date and precision, its location, its quantities and —
when it stands inside a quote — ``reported_by`` the speaker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from newsevents import registry
from newsevents.attributes.clauses import (
    dates_other_noun,
    days_before,
    in_own_clause,
    within_clause,
)
from newsevents.attributes.dates import (
    BACKGROUND_AGE,
    DateMention,
    EventDate,
    event_date,
    find_dates,
    pick_date,
)
from newsevents.attributes.places import event_location, find_places
from newsevents.attributes.quantities import event_quantities, find_quantities
from newsevents.attributes.quotes import find_quotes, quote_at
from newsevents.records import (
    ArticleResult,
    DatePrecision,
    Event,
    Modality,
    ParsedDocument,
    merge_repeats,
)
from newsevents.settings import Settings

__all__ = ["code_attributes", "make_attribute_coder"]

# what the events stage adds to a future act it codes as news in its own right
FORETOLD = ("+announced", "+scheduled")


def code_attributes(parsed: ParsedDocument, result: ArticleResult) -> ArticleResult:
    doc = parsed.doc
    published = parsed.document.published
    text = parsed.document.text
    quotes = find_quotes(doc, result.mentions)
    dates = find_dates(doc, published)
    places = find_places(doc, result.mentions)
    quantities = find_quantities(doc)
    events: list[Event] = []
    for e in result.events:
        own = [
            d
            for d in dates
            if not (e.sentence_start <= d.start < e.sentence_end)
            or (
                in_own_clause(doc, e.trigger_start, d.start)
                and not dates_other_noun(doc, e.trigger_start, d.start, d.end)
            )
        ]
        inner = [
            d
            for d in own
            if e.sentence_start <= d.start < e.sentence_end
            and within_clause(doc, e.trigger_start, d.start, d.end)
        ]
        if inner:  # the clause's own date outranks the date of the verb that reports it
            own = [d for d in own if d in inner or not e.sentence_start <= d.start < e.sentence_end]
        when = event_date(
            e.sentence_start,
            e.sentence_end,
            e.trigger_start,
            own,
            published,
            future=e.modality == Modality.FUTURE,
        )
        if when.historical and any(w in e.rule for w in FORETOLD):
            # "announced he would step down in January": a month ahead, not one gone by
            when = event_date(
                e.sentence_start, e.sentence_end, e.trigger_start, own, published, future=True
            )
        when = _shifted(doc, e, own, published, when)
        modality = e.modality
        # "Burkina Faso's military executed 223 villagers on Feb. 25, Human Rights Watch said on
        # Thursday": what a monitoring body newly reports is the news, however old
        monitored = e.reported_by is not None and e.reported_by.family is not None
        if when.historical and modality == Modality.ASSERTED and not monitored:
            modality = Modality.HISTORICAL
        quote = quote_at(quotes, e.trigger_start, e.trigger_end)
        reported_by = e.reported_by
        if reported_by is None and quote is not None and quote.speaker is not None:
            reported_by = quote.speaker
        events.append(
            replace(
                e,
                date=when.date,
                date_precision=when.precision,
                date_text=when.text,
                modality=modality,
                location=event_location(
                    e.sentence_start, e.sentence_end, e.trigger_start, places, text
                ),
                quantities=event_quantities(e.sentence_start, e.sentence_end, quantities),
                reported_by=reported_by,
            )
        )
    return replace(
        result,
        events=tuple(merge_repeats(events)),
        quotes=quotes,
        places=places,
        quantities=quantities,
    )


def _shifted(
    doc: Any, e: Event, own: list[DateMention], published: dt.date | None, when: EventDate
) -> EventDate:
    """ "Iran released the sailors on Wednesday, a day after its Revolutionary Guards seized
    them": the seizure is dated a day before the main clause's date."""
    shift = days_before(doc, e.trigger_start)
    if shift is None or when.date is None or when.precision != DatePrecision.DAY:
        return when
    days, start, end = shift
    chosen = pick_date(e.sentence_start, e.sentence_end, e.trigger_start, own, published, False)
    if chosen is None or start <= chosen.start < end:
        return when  # the clause has a date of its own
    text = f"{days} day{'s' if days > 1 else ''} before {chosen.text}"
    date = when.date - dt.timedelta(days=days)
    # "…, months after tit-for-tat strikes strained ties": background, not the day's news
    historical = when.historical or (published is not None and date <= published - BACKGROUND_AGE)
    return when._replace(date=date, text=text, historical=historical)


@registry.attribute_coders.register("rules.v1")
def make_attribute_coder(
    settings: Settings,
) -> Callable[[ParsedDocument, ArticleResult], ArticleResult]:
    return code_attributes
