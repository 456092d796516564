"""The date phrases news uses, as precompiled patterns with a resolver each: absolute dates
("Jan. 26", "2022-01-20", "in 2014"), weekdays and day words ("on Wednesday", "yesterday"),
relative periods ("last week", "earlier this month", "two days ago", "in the coming days"); each
resolves against the publication date to a period with a precision, or to nothing when vague."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from newsevents.records import DatePrecision

DAY, WEEK, MONTH, YEAR = (
    DatePrecision.DAY,
    DatePrecision.WEEK,
    DatePrecision.MONTH,
    DatePrecision.YEAR,
)


class _Period(NamedTuple):
    first: dt.date
    last: dt.date
    precision: DatePrecision
    forward: bool = False  # the phrase itself points after publication


# --- vocabulary ------------------------------------------------------------------------------

_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_VAGUE = {"a few", "few", "several", "some"}
_COARSER = {"day": WEEK, "week": MONTH, "month": YEAR}
FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo"})
SCHEDULE = frozenset({"schedule", "plan", "set", "slate"})
_BOUND_CUES = frozenset({"from", "until", "till", "by"})
FORWARD_HEADS = frozenset({"set", "due", "schedule", "expect", "plan"})

_FULL_MONTH = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH = rf"(?:(?:{_FULL_MONTH})\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_PART = r"(?:\s+(?i:morning|afternoon|evening|night))?"
_SUB = r"(?:(?P<sub>(?i:early|mid|late|earlier|later))[\s-]+)?"
_NUM = r"(?<![\d,.])(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<day2>\d{1,2}))?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"


# --- calendar helpers ------------------------------------------------------------------------


def _month_period(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _week_period(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


_MONTH_THIRDS = {"early": (0, 9), "mid": (10, 19), "late": (20, 30)}
_WEEK_THIRDS = {"early": (0, 2), "mid": (2, 4), "late": (4, 6)}


def _part(first: dt.date, last: dt.date, sub: str | None, published: dt.date | None) -> _Period:
    """Narrow a period to its early/mid/late part, or to before/after publication.

    A year splits into January–April, May–August, September–December; a month into days 1–10,
    11–20, 21–end; a week into Monday–Wednesday, Wednesday–Friday, Friday–Sunday.
    """
    sub = (sub or "").lower()
    if sub in ("early", "mid", "late"):
        if first.month != last.month:  # a year
            third = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[sub]
            first = dt.date(first.year, third[0], 1)
            last = _month_period(first.year, third[1])[1]
        else:  # a month (days 1–10, 11–20, 21–end) or a week (Mon–Wed, Wed–Fri, Fri–Sun)
            bounds = _MONTH_THIRDS if (last - first).days > 7 else _WEEK_THIRDS
            lo, hi = bounds[sub]
            first, last = first + dt.timedelta(days=lo), min(first + dt.timedelta(days=hi), last)
    elif sub == "earlier" and published is not None and first <= published <= last:
        last = published
    elif sub == "later" and published is not None and first <= published <= last:
        first = min(published + dt.timedelta(days=1), last)
        return _Period(first, last, DAY, forward=first > published)
    return _Period(first, last, DAY)


def _with_precision(period: _Period, precision: DatePrecision, forward: bool) -> _Period:
    return _Period(period.first, period.last, precision, forward or period.forward)


# --- resolvers: one per pattern; each returns a period or None -------------------------------

Resolver = Callable[["re.Match[str]", "dt.date | None", bool], "_Period | None"]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, published: dt.date) -> int:
    """The year that puts a year-less "Jan. 26" nearest to publication."""
    best = published.year
    best_gap: int | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        when = _safe_date(year, month, min(day, calendar.monthrange(year, month)[1]))
        if when is None:
            continue
        gap = abs((when - published).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _day_date(m: re.Match[str], published: dt.date | None, future: bool) -> _Period | None:
    month = _MONTHS[m["month"].rstrip(".").lower()]
    day = int(m["day"])
    if m["year"]:
        year = int(m["year"])
    elif published is not None:
        if not 1 <= day <= 31:
            return None
        year = _nearest_year(month, day, published)
    else:
        return None
    first = _safe_date(year, month, day)
    last = _safe_date(year, month, int(m["day2"])) if m["day2"] else first
    if first is None or last is None or last < first:
        return None
    return _Period(first, last, DAY)


def _iso(m: re.Match[str], published: dt.date | None, future: bool) -> _Period | None:
    first = _safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
    return None if first is None else _Period(first, first, DAY)


def _month_year(m: re.Match[str], published: dt.date | None, future: bool) -> _Period | None:
    first, last = _month_period(int(m["year"]), _MONTHS[m["month"].rstrip(".").lower()])
    return _with_precision(_part(first, last, m["sub"], published), MONTH, False)


def _bare_month(m: re.Match[str], published: dt.date | None, future: bool) -> _Period | None:
    if published is None:
        return None
    month = _MONTHS[m["month"].lower()]
    rel = (m["rel"] or "").lower()
    year = published.year
    if rel == "last":  # the most recent such month before the current one
        year -= 1 if month >= published.month else 0
    elif rel == "next":  # the first such month after the current one
        year += 1 if month <= published.month else 0
    elif (m["cue"] or "").lower() in _BOUND_CUES:  # "barred from June": the nearest June
        year = _nearest_year(month, 1, published)
    elif rel != "this":
        if future:
            year += 1 if month < published.month else 0
        else:
            year -= 1 if month > published.month else 0
    first, last = _month_period(year, month)
    return _with_precision(_part(first, last, m["sub"], published), MONTH, rel == "next")


def _year(m: re.Match[str], published: dt.date | None, future: bool) -> _Period | None:
    year = int(m["year"])
    period = _part(dt.date(year, 1, 1), dt.date(year, 12, 31), m["sub"], published)
    return _with_precision(period, YEAR, False)


def _weekday(m: re.Match[str], published: dt.date | None, future: bool) -> _Period | None:
    if published is None:
        return None
    target = _WEEKDAYS[m["weekday"].lower()]
    rel = (m["rel"] or "").lower()
    back = (published.weekday() - target) % 7  # days back to the most recent one (0 = today)
    if rel == "last":
        when = published - dt.timedelta(days=back or 7)
    elif rel == "next":
        when = published + dt.timedelta(days=(target - published.weekday()) % 7 or 7)
    elif future or rel == "coming":
        when = published + dt.timedelta(days=(target - published.weekday()) % 7)
    else:
        when = published - dt.timedelta(days=back)
    return _Period(when, when, DAY, forward=rel in ("next", "coming"))


def _day_word(m: re.Match[str], published: dt.date | None, future: bool) -> _Period | None:
    if published is None:
        return None
    word = " ".join(m["word"].lower().split())
    offset = {
        "yesterday": -1, "last night": -1, "the day before yesterday": -2,
        "tomorrow": 1, "the day after tomorrow": 2,
    }.get(word, 0)  # fmt: skip
    when = published + dt.timedelta(days=offset)
    return _Period(when, when, DAY, forward=offset > 0)


_UNITS = {"week": WEEK, "weekend": WEEK, "month": MONTH, "year": YEAR}


def _relative_period(m: re.Match[str], published: dt.date | None, future: bool) -> _Period | None:
    if published is None:
        return None
    rel, unit = m["rel"].lower(), m["unit"].lower()
    step = {"last": -1, "this": 0, "next": 1}[rel]
    if unit == "year":
        first, last = dt.date(published.year + step, 1, 1), dt.date(published.year + step, 12, 31)
    elif unit == "month":
        first, last = _month_period(*_shift_month(published.year, published.month, step))
    else:
        first, last = _week_period(published + dt.timedelta(weeks=step))
        if unit == "weekend":
            first = last - dt.timedelta(days=1)
    return _with_precision(_part(first, last, m["sub"], published), _UNITS[unit], step > 0)


def _weekend(m: re.Match[str], published: dt.date | None, future: bool) -> _Period | None:
    if published is None:
        return None
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    if future and saturday + dt.timedelta(days=1) < published:
        saturday += dt.timedelta(days=7)
    return _Period(saturday, saturday + dt.timedelta(days=1), WEEK)


def _ago(m: re.Match[str], published: dt.date | None, future: bool) -> _Period | None:
    if published is None:
        return None
    count, unit = " ".join(m["count"].lower().split()), m["unit"].lower()
    if count in _VAGUE:
        if unit == "year":
            return None  # "a few years ago": no year we could honestly name
        n, precision = (3 if count != "several" else 5), _COARSER[unit]
    else:
        n = int(count) if count.isdigit() else _COUNTS[count]
        precision = {"day": DAY, "week": WEEK, "month": MONTH, "year": YEAR}[unit]
    if unit == "year":
        when = dt.date(published.year - n, 1, 1)
    elif unit == "month":
        when = dt.date(*_shift_month(published.year, published.month, -n), 1)
    else:
        when = published - dt.timedelta(days=n * (7 if unit == "week" else 1))
    if precision == DAY:
        return _Period(when, when, DAY)
    if precision == WEEK:
        return _Period(*_week_period(when), WEEK)
    if precision == MONTH:
        return _Period(*_month_period(when.year, when.month), MONTH)
    return _Period(dt.date(when.year, 1, 1), dt.date(when.year, 12, 31), YEAR)


def _recent(m: re.Match[str], published: dt.date | None, future: bool) -> _Period | None:
    if published is None:
        return None
    return _Period(published - dt.timedelta(days=6), published, WEEK)


def _coming(m: re.Match[str], published: dt.date | None, future: bool) -> _Period | None:
    if published is None:
        return None
    unit = (m["unit"] or m["unit2"]).lower()
    days, precision = {"days": (7, WEEK), "weeks": (31, MONTH), "months": (183, YEAR)}[unit]
    first = published + dt.timedelta(days=1)
    return _Period(first, published + dt.timedelta(days=days), precision, forward=True)


# --- patterns: (compiled regex with a "p" group = the phrase, resolver, needs a licence) -----

_CUE = r"(?:(?P<cue>(?i:in|since|during|until|till|by|from|through|throughout|before|after))\s+)?"
RULES: tuple[tuple[re.Pattern[str], Resolver, bool], ...] = (
    (re.compile(r"\b(?P<p>(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d))\b"), _iso, False),
    (
        re.compile(
            rf"\b(?P<p>(?:(?:{_WEEKDAY}),?\s+)?(?P<month>{_MONTH})\s*"
            rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<day2>\d{{1,2}}))?"
            rf"(?:,?\s+{_YEAR})?)(?![\d,]*\d)"
        ),
        _day_date,
        False,
    ),
    (
        re.compile(rf"(?P<p>{_NUM}\s+(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+{_YEAR})?)(?!\w)"),
        _day_date,
        False,
    ),
    (re.compile(rf"\b(?P<p>{_SUB}(?P<month>{_MONTH}),?\s+{_YEAR})\b"), _month_year, False),
    (
        re.compile(
            rf"\b{_CUE}(?P<p>(?:(?P<rel>(?i:last|this|next))\s+)?{_SUB}"
            rf"(?P<month>{_FULL_MONTH}))\b"
        ),
        _bare_month,
        True,
    ),
    (re.compile(rf"\b{_CUE}(?P<p>{_SUB}{_YEAR})\b(?![-–/]\d)"), _year, True),
    (
        re.compile(
            rf"\b(?P<p>(?:(?P<rel>(?i:last|this|next|coming))\s+)?(?P<weekday>{_WEEKDAY})"
            rf"{_PART})(?:['’]s)?\b(?!\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Star))"
        ),
        _weekday,
        False,
    ),
    (
        re.compile(
            r"(?<!Russia )(?<!USA )\b(?P<p>(?:(?i:earlier|later)\s+)?(?P<word>(?i:yesterday|today"
            r"|tonight|tomorrow|last\s+night|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)"
            r"|this\s+(?:morning|afternoon|evening)))"
            rf"{_PART})\b"
        ),
        _day_word,
        False,
    ),
    (
        re.compile(
            rf"\b(?P<p>{_SUB}(?P<rel>(?i:last|this|next))\s+(?P<unit>(?i:week|weekend|month|year)))\b"
        ),
        _relative_period,
        False,
    ),
    (re.compile(r"\b(?i:over|at|during|on)\s+(?P<p>(?i:the\s+weekend))\b"), _weekend, False),
    (
        re.compile(
            r"\b(?P<p>(?P<count>(?i:a\s+few|several|an?|one|two|three|four|five|six|seven|eight"
            r"|nine|ten|eleven|twelve|\d{1,3}))\s+(?P<unit>(?i:day|week|month|year))s?\s+"
            r"(?i:ago))\b"
        ),
        _ago,
        False,
    ),
    (
        re.compile(
            r"\b(?i:in|over|within|during)\s+(?P<p>(?i:the\s+(?:coming|next(?:\s+few)?)\s+"
            r"(?P<unit>days|weeks|months)|the\s+(?P<unit2>days|weeks|months)\s+ahead))\b"
        ),
        _coming,
        False,
    ),
    (
        re.compile(
            r"\b(?i:in|over|during|within)\s+(?P<p>(?i:the\s+(?:past|last)\s+(?:week|few\s+days"
            r"|(?:two|three|four|five|six|seven|several)\s+days)|recent\s+days))\b"
        ),
        _recent,
        False,
    ),
)


# a cheap search per rule, in the order of RULES (find_dates zips the two strictly): a text
# without the hint cannot match the rule, so the costly pattern is not run over it (most
# articles name no month, year or weekday in most of these shapes), and where it does match,
# only the sentences holding the hint are searched. A hint may match more than its rule, never
# less. Hints written in lower case (``folded``) are searched in the lower-cased text: Python's
# case-blind matching is several times slower.
class Hint(NamedTuple):
    pattern: re.Pattern[str]
    folded: bool = False


_MONTH_HINT = Hint(re.compile(_MONTH))
HINTS: tuple[Hint, ...] = (
    Hint(re.compile(r"\d{4}-\d\d")),
    _MONTH_HINT,
    _MONTH_HINT,
    _MONTH_HINT,
    Hint(re.compile(_FULL_MONTH)),
    Hint(re.compile(r"(?:1[89]|20)\d\d")),
    Hint(re.compile(_WEEKDAY)),
    Hint(
        re.compile(
            r"yesterday|today|tonight|tomorrow|last\s+night|the\s+day\s|this\s+(?:mor|aft|eve)"
        ),
        folded=True,
    ),
    Hint(re.compile(r"(?:last|this|next)\s"), folded=True),
    Hint(re.compile(r"weekend"), folded=True),
    Hint(re.compile(r"ago\b"), folded=True),
    Hint(re.compile(r"(?:ahead|coming|next)\b"), folded=True),
    Hint(re.compile(r"(?:past|last|recent)\b"), folded=True),
)


# --- the parse: licences and the future hint --------------------------------------------------
