"""Article body and metadata from an HTML page, with trafilatura (never fetching anything).

Options were chosen on the article-extraction-benchmark (``benchmarks/extraction.py``):
``favor_precision=True`` and ``include_comments=False`` score best; tables are kept because
dropping them costs recall there. trafilatura separates blocks with a single "\\n"; each block
becomes one paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import trafilatura
from lxml import etree

from newsevents.errors import ExtractError

OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "with_metadata": True,
}
"""The trafilatura options ``extract`` uses (the benchmark prints its score with them)."""


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura found in a page."""

    paragraphs: tuple[str, ...]
    title: str | None
    date: str | None
    author: str | None
    site: str | None
    url: str | None
    language: str | None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = re.sub(r"\s+", " ", value).strip()
    return value or None


def split_blocks(body: str) -> tuple[str, ...]:
    """trafilatura's "\\n"-separated blocks as whitespace-normalised paragraphs."""
    blocks = (re.sub(r"[ \t\u00a0\u2009\u202f]+", " ", b).strip() for b in body.split("\n"))
    return tuple(b for b in blocks if b)


def _layout_table(paragraphs: tuple[str, ...]) -> bool:
    """Most of the extracted text is table rows ("| … | … |"): a page laid out with tables."""
    rows = sum(1 for p in paragraphs if p.startswith("|"))
    return bool(paragraphs) and rows / len(paragraphs) >= 0.5


def read_page(html: str, *, source: str, url: str | None = None) -> Page:
    """The article in ``html``; ``ExtractError`` when the page holds no article text."""
    try:
        doc = trafilatura.bare_extraction(html, url=url, **OPTIONS)
    except (ValueError, TypeError, etree.LxmlError) as exc:
        raise ExtractError(
            f"the HTML could not be parsed ({exc})",
            source=source,
            hint="check that the file is an HTML page; save the article text as .txt instead",
        ) from exc
    body = getattr(doc, "text", None) if doc is not None else None
    paragraphs = split_blocks(body) if isinstance(body, str) else ()
    if _layout_table(paragraphs):
        # an old table-layout page: the whole article sits in one cell, mashed into one line
        # with the navigation; without tables trafilatura finds the paragraphs themselves
        retry = trafilatura.bare_extraction(html, url=url, **{**OPTIONS, "include_tables": False})
        text = getattr(retry, "text", None) if retry is not None else None
        before = sum(len(p) for p in paragraphs)
        if isinstance(text, str) and split_blocks(text) and len(text) >= 0.5 * before:
            doc, paragraphs = retry, split_blocks(text)
    if not paragraphs:
        raise ExtractError(
            "no article text found in the HTML page (only navigation, scripts or boilerplate)",
            source=source,
            hint="give the article's own page, not a section front or a page rendered by "
            "JavaScript; or save the article text as .txt",
        )
    return Page(
        paragraphs=paragraphs,
        title=_clean(getattr(doc, "title", None)),
        date=_clean(getattr(doc, "date", None)),
        author=_clean(getattr(doc, "author", None)),
        site=_clean(getattr(doc, "sitename", None)),
        url=_clean(getattr(doc, "url", None)),
        language=_clean(getattr(doc, "language", None)),
    )
