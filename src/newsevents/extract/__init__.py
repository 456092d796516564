"""The extract stage: a ``RawArticle`` (HTML or scraped text bytes) becomes a clean ``Document``.

::

    extractor = registry.extractors.get("trafilatura.v1")(settings)
    document = extractor(raw)            # or extract(raw, settings)

Steps: size limit → binary check → decoding → HTML (trafilatura) or scraped-text cleaning →
paragraphs joined with "\\n\\n" (spans kept in ``Document.paragraphs``) → language gate.
Hints (``title``, ``published``, ``url``, ``source``) win over what the page says.

Raises ``UnsupportedInput`` (binary content), ``DecodeError`` (no plausible encoding),
``ExtractError`` (no article text, input too large) and ``UnsupportedLanguage``; every error
names ``raw.source`` and says what to do next.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsevents import registry
from newsevents.errors import ExtractError, UnsupportedInput, UnsupportedLanguage
from newsevents.extract.dates import parse_hint_date
from newsevents.extract.decode import check_binary, check_size, check_text, decode
from newsevents.extract.htmlpage import read_page
from newsevents.extract.language import NAMES, detect
from newsevents.extract.scraped import clean_scraped
from newsevents.records import Document, RawArticle
from newsevents.settings import Settings

__all__ = ["NAME", "extract", "make_extractor"]

NAME = "trafilatura.v1"
PARAGRAPH_SEPARATOR = "\n\n"

_LOOKS_LIKE_HTML = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)


def join_paragraphs(paragraphs: tuple[str, ...]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The document text and the character span of each paragraph in it."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in paragraphs:
        spans.append((offset, offset + len(paragraph)))
        offset += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return PARAGRAPH_SEPARATOR.join(paragraphs), tuple(spans)


def _no_text(raw: RawArticle, what: str) -> ExtractError:
    return ExtractError(
        f"no article text: {what}",
        source=raw.source,
        hint="check that the input is a news article (HTML page or its text)",
    )


def _check_language(raw: RawArticle, text: str, settings: Settings) -> str | None:
    guess = detect(text)
    allowed = tuple(code.lower() for code in settings.languages)
    if guess.code in allowed or not allowed:
        return guess.code
    if not guess.judged or guess.code == "und":
        # Too short to judge, or Latin-script text with almost no function words (lists,
        # results tables): let it through rather than lose an English page.
        return None
    names = ", ".join(NAMES.get(code, code) for code in allowed)
    raise UnsupportedLanguage(
        f"article looks like {guess.name} ({guess.code}); newsevents codes {names} only",
        source=raw.source,
        hint="translate the article to English first, or leave it out of the batch",
    )


def extract(raw: RawArticle, settings: Settings) -> Document:
    """Clean text and metadata of one article."""
    if raw.kind not in ("html", "text"):
        raise UnsupportedInput(
            f"unknown article kind {raw.kind!r}",
            source=raw.source,
            hint='the ingest stage sets kind to "html" or "text"',
        )
    check_size(raw, settings.max_input_bytes)
    if not raw.content.strip():
        raise _no_text(raw, "the input is empty")
    check_binary(raw)
    content, encoding = decode(raw)
    check_text(raw, content, encoding)
    hints = raw.hints
    title = hints.get("title") or None
    published = parse_hint_date(hints.get("published"))
    url = hints.get("url") or None
    site = hints.get("source") or None
    author: str | None = None
    if raw.kind == "html" or _LOOKS_LIKE_HTML.match(content[:1000]):
        page = read_page(content, source=raw.source, url=url)
        paragraphs = page.paragraphs
        title = title or page.title
        published = published or parse_hint_date(page.date)
        url, site, author = url or page.url, site or page.site, page.author
        extractor = f"{NAME}/html"
    else:
        scraped = clean_scraped(content, title_hint=title)
        paragraphs = scraped.paragraphs
        title = title or scraped.title
        published = published or scraped.published
        author = scraped.author
        extractor = f"{NAME}/text"
    if not paragraphs:
        raise _no_text(raw, "nothing is left after removing boilerplate")
    text, spans = join_paragraphs(paragraphs)
    language = _check_language(raw, text, settings)
    return Document(
        article_id=raw.id,
        text=text,
        title=title,
        published=published,
        url=url,
        language=language,
        site=site,
        author=author,
        source=raw.source,
        sha256=raw.sha256,
        paragraphs=spans,
        extractor=extractor,
    )


@registry.extractors.register(NAME)
def make_extractor(settings: Settings) -> Callable[[RawArticle], Document]:
    """The registered factory: settings once, then one call per article."""

    def run(raw: RawArticle) -> Document:
        return extract(raw, settings)

    return run
