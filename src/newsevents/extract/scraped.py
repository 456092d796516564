"""Clean plain text as scrapers save it: headline, standfirst, dateline, captions, body.

What is dropped, line by line (each rule is a named pattern below, each has its own test):
tracking-tag and script remnants, image captions and credits, repeated headlines, share /
subscribe / cookie / advertisement lines, the dateline and byline (read into metadata). What is
kept: the standfirst (first paragraph) and every body paragraph. Hard line breaks inside a
paragraph are joined; blank lines separate paragraphs.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsevents.extract.dates import find_date, find_place_dateline, is_dateline, with_year

HEADER_LINES = 12
"""How many kept lines from the top may hold the headline, dateline and byline."""

_JUNK = re.compile(
    r"""^(?:<?!--.*|.*-->|</?script\b.*|.*\bgtag\(.*|.*\bdataLayer\b.*|.*\bgoogletag\..*
    |.*\bwindow\.\w+\s*=.*|.*\bfunction\s*\(.*|[{}()\[\];,\s]+|(?:var|let|const)\s+\w+\s*=.*
    |@media\b.*|(?:<[^>]{0,200}>\s*)+)$""",
    re.IGNORECASE | re.VERBOSE,
)

_AGENCY = (
    r"(?:reuters|ap|afp|getty\s+images|epa(?:-efe)?|efe|ap\s+photo|xinhua|anadolu(?:\s+agency)?"
    r"|tass|bloomberg|shutterstock|alamy|dpa|sipa(?:\s+usa)?|pa(?:\s+wire)?|afp\s+via\s+getty\s+images)"
)
_CREDIT = re.compile(
    rf"""^(?:(?:image|photo|picture|video|graphic|illustration|file\s+photo)s?\s*
        (?:source|credit|courtesy|by)?\s*[:|]\s*.{{0,80}}
    |(?:credit|courtesy|source)\s*:\s*.{{0,60}}
    |\(?\s*(?:photo\s*:?\s*)?{_AGENCY}\s*\)?\.?
    |.{{0,80}}/\s*{_AGENCY}\s*\)?\.?
    |{_AGENCY}\s*/\s*[A-Z][\w .'-]{{0,60}}
    |.*\((?:ap\s+photo|photo\s+by|photo:|image:)[^)]*\)\.?)$""",
    re.IGNORECASE | re.VERBOSE,
)

_BOILERPLATE = re.compile(
    r"""^(?:share(?:\s+this)?(?:\s+(?:article|story|post|page))?(?:\s+(?:on|via)\s+.*)?
    |tweet|email|print|comments?|leave\s+a\s+comment|recommended(?:\s+for\s+you)?
    |subscribe\b.*|sign\s+up\b.*|(?:accept|reject|manage)\s+(?:all\s+)?cookies?.*
    |cookie\s+(?:settings|preferences|policy)
    |advertisement|advert|ad|sponsored(?:\s+content)?|read\s+more\b.*|also\s+read\b.*
    |related(?:\s+(?:articles?|stories|news))?\s*:.*|follow\s+us\b.*|click\s+here\b.*
    |skip\s+to\s+(?:main\s+)?content|continue\s+reading\b.*|story\s+continues\b.*
    |listen\s+to\s+this\s+article\b.*|copyright\b.*|©.*|all\s+rights\s+reserved\.?
    |download\s+(?:our|the)\s+app\b.*)$""",
    re.IGNORECASE | re.VERBOSE,
)
_COOKIE = re.compile(r"\bcookies?\b.*\b(?:we use|accept|consent|privacy|browsing|experience)\b")
_BYLINE = re.compile(r"^(?i:by)\s+(?P<name>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,4})")
_PERSON = re.compile(r"\b[A-Z][a-z'’-]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z'’-]+")
_BULLET = re.compile(r"^(?:[-•*▪–]\s|\d{1,2}[.)]\s)")


@dataclass(frozen=True, slots=True)
class Scraped:
    """What the cleaning pass found: body paragraphs and header metadata."""

    paragraphs: tuple[str, ...]
    title: str | None
    published: dt.date | None
    author: str | None


@dataclass(slots=True)
class _Line:
    text: str
    block: int
    kept: bool = True


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"<!--.*?-->", "\n", text, flags=re.DOTALL)
    text = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", text)
    return re.sub(r"[ \t\u00a0\u2009\u202f\u3000]+", " ", text)


def _norm_key(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip().casefold()


def _words(line: str) -> int:
    return len(line.split())


def is_junk(line: str) -> bool:
    """Tracking-tag, comment and script remnants."""
    return bool(_JUNK.match(line))


def is_credit(line: str) -> bool:
    """An image credit or caption credit line ("IMAGE SOURCE: AXIOS", "(Reuters)", …)."""
    if _words(line) > 40:
        return False
    if "getty images" in line.lower():
        return True
    return _words(line) <= 20 and bool(_CREDIT.match(line))


def is_boilerplate(line: str) -> bool:
    """Share, subscribe, cookie, advertisement and "read more" lines."""
    if _words(line) <= 15 and _BOILERPLATE.match(line.rstrip(" .:!›»>")):
        return True
    return _words(line) <= 60 and bool(_COOKIE.search(line.lower()))


def _is_caption(line: str) -> bool:
    return _words(line) <= 20 and bool(_PERSON.search(line))


def _is_headline(line: str) -> bool:
    return 2 <= _words(line) <= 30 and len(line) <= 200 and not line.endswith(".")


def _split(text: str) -> list[_Line]:
    lines: list[_Line] = []
    block = 0
    for raw in _normalise(text).split("\n"):
        line = raw.strip()
        if not line:
            block += 1
            continue
        lines.append(_Line(line, block))
    return lines


def _drop_noise(lines: list[_Line]) -> None:
    first: int | None = None  # the first kept line (the headline, if any) is never a caption
    for i, line in enumerate(lines):
        if is_junk(line.text) or is_boilerplate(line.text):
            line.kept = False
        elif is_credit(line.text):
            line.kept = False
            before = lines[i - 1] if i > 0 else None
            if before and before.kept and i - 1 != first and _is_caption(before.text):
                before.kept = False
        elif first is None:
            first = i


def _header(
    lines: list[_Line], title_hint: str | None
) -> tuple[str | None, dt.date | None, str | None]:
    kept = [line for line in lines if line.kept]
    title: str | None = None
    first = next(
        (
            line
            for line in kept[:HEADER_LINES]
            if _words(line.text) >= 2
            and not is_dateline(line.text)
            and not _BYLINE.match(line.text)
        ),
        None,
    )
    hint_key = _norm_key(title_hint) if title_hint else None
    if first is not None and (
        _norm_key(first.text) == hint_key or (_is_headline(first.text) and len(first.text) >= 10)
    ):
        title = first.text
    keys = {k for k in (hint_key, _norm_key(title) if title else None) if k}
    for line in kept:
        if _norm_key(line.text) in keys:
            line.kept = False
    published: dt.date | None = None
    author: str | None = None
    header = [line for line in kept[:HEADER_LINES] if line.kept]
    full_dates = [found for line in header if (found := find_date(line.text))]
    years = [found.date.year for found in full_dates if found.date]
    for line in header:
        found = is_dateline(line.text)
        if found is not None:
            line.kept = False
            published = published or found.date
            continue
        byline = _BYLINE.match(line.text)
        if byline and _words(line.text) <= 12 and author is None:
            author = byline.group("name")
            line.kept = False
            dated = find_date(line.text)
            published = published or (dated.date if dated else None)
    if published is None:
        for line in header:
            place = find_place_dateline(line.text)
            if place is not None:
                published = with_year(place, years[0] if years else None)
                break
    return title, published, author


def _starts_paragraph(previous: str, line: str) -> bool:
    if _BULLET.match(line):
        return True
    if line[0].islower():
        return False
    ends_sentence = previous.endswith((".", "!", "?", ":", '"', "”", "’", ")", "'"))
    return ends_sentence or len(previous) < 40


def _paragraphs(lines: list[_Line]) -> list[str]:
    paragraphs: list[str] = []
    current: list[str] = []
    previous: _Line | None = None
    for line in lines:
        if not line.kept:
            previous = None
            continue
        if current and (
            previous is None
            or previous.block != line.block
            or _starts_paragraph(current[-1], line.text)
        ):
            paragraphs.append(" ".join(current))
            current = []
        current.append(line.text)
        previous = line
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def clean_scraped(text: str, *, title_hint: str | None = None) -> Scraped:
    """Split scraped text into body paragraphs, reading title, dateline and byline."""
    lines = _split(text)
    _drop_noise(lines)
    title, published, author = _header(lines, title_hint)
    return Scraped(tuple(_paragraphs(lines)), title, published, author)
