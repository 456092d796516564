"""Publication dates: from ``hints`` (ISO strings) and from a scraped article's dateline.

A dateline is read, never guessed: no date from today's clock or a file's mtime. Forms read::

    January 27, 2022 · Jan. 27, 2022 · Jan 27th, 2022 · 27 January 2022 · 27th Jan 2022
    2022-01-27 (optionally with a time) · Thursday, January 27, 2022
    WASHINGTON, Jan 27 (Reuters) - …   (no year: the year must come from elsewhere)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?![\d])"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
)

# A place dateline at the start of a paragraph: "WASHINGTON, Jan 27 (Reuters) -".
_PLACE_DATELINE = re.compile(
    rf"^(?-i:[A-Z][A-Za-z .'-]{{1,40}}),\s+(?:[A-Za-z]+\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
    r"\s*(?:\([^)]{1,40}\))?\s*[-–—]",
    re.IGNORECASE,
)

# Words that may stand beside a date on a line that is only a dateline.
_DATELINE_FILLER = re.compile(
    r"\b(?:published|updated|posted|last|modified|date|on|at|am|pm|a\.m|p\.m|et|est|edt|gmt|"
    r"utc|bst|cet|cest|pst|pdt|ist|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?\b|T\d\d:\d\d\S*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a line, with where it was found."""

    date: dt.date | None  # None when the year is missing (month and day are kept)
    month: int
    day: int
    start: int
    end: int


def _build(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_date(line: str) -> DateMatch | None:
    """The first full date (day, month, year) written in ``line``."""
    best: DateMatch | None = None
    for pattern in _PATTERNS:
        m = pattern.search(line)
        if not m:
            continue
        groups = m.groupdict()
        month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"].lower()]
        day = int(groups["day"])
        date = _build(int(groups["year"]), month, day)
        if date is not None and (best is None or m.start() < best.start):
            best = DateMatch(date, month, day, m.start(), m.end())
    return best


def find_place_dateline(line: str) -> DateMatch | None:
    """A wire-style dateline opening a paragraph ("WASHINGTON, Jan 27 (Reuters) -")."""
    m = _PLACE_DATELINE.match(line)
    if not m:
        return None
    month = MONTHS[m.group("month").lower()]
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    year = m.group("year")
    date = _build(int(year), month, day) if year else None
    return DateMatch(date, month, day, m.start(), m.end())


def is_dateline(line: str) -> DateMatch | None:
    """The date when ``line`` holds nothing but a date (weekday, time, "Published" allowed)."""
    if len(line) > 80:
        return None
    found = find_date(line)
    if found is None:
        return None
    rest = line[: found.start] + " " + line[found.end :]
    rest = _TIME.sub(" ", rest)
    rest = _DATELINE_FILLER.sub(" ", rest)
    if re.search(r"[^\W\d_]", rest):
        return None
    return found


def with_year(found: DateMatch, year: int | None) -> dt.date | None:
    """Complete a year-less dateline with a year known from elsewhere."""
    return found.date or _build(year, found.month, found.day)


def parse_hint_date(value: str | None) -> dt.date | None:
    """An ISO date or datetime string from ``hints['published']`` (or a written-out date)."""
    if not value:
        return None
    text = value.strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    found = find_date(text)
    return found.date if found else None
