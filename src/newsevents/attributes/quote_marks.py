"""Quotation marks in a text: which marks open and close a quote (straight, curly, guillemets,
low-nine), matched within a paragraph, with the span inside and the span with its marks."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_MARK = re.compile("[\"'“”„«»‹›‘’‚]")
_TRIM_END = " \t\r\n,;:—–-"
_TRIM_START = " \t\r\n"

_DOUBLE_OPEN = frozenset("“„")
_SINGLE_OPEN = frozenset("‘‚")
_CLOSER = {"“": "”", "„": "”", "«": "»", "‹": "›", "‘": "’", "‚": "’", '"': '"', "'": "'"}
"""The closing mark for each opening mark."""


@dataclass(frozen=True, slots=True)
class Marked:
    """A stretch between quotation marks: inner text span and the span with its marks."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool


# -- scanning the marks -------------------------------------------------------------------------
def paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _opens(text: str, i: int, para_start: int) -> bool:
    """May the mark at ``i`` open a quote? (not glued to a word on its left, text on its right)"""
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not _is_word(before) and not after.isspace()


def _closes(text: str, i: int) -> bool:
    """May the mark at ``i`` close a quote? (nothing word-like glued on its right)"""
    after = text[i + 1] if i + 1 < len(text) else " "
    return not _is_word(after)


def _opening_mark(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The opening mark a paragraph starts with (continuation of a quote), if any."""
    i = start
    while i < end and text[i].isspace():
        i += 1
    if i < end and text[i] in _CLOSER and _opens(text, i, start):
        return i, text[i]
    return None


def scan_marks(text: str) -> list[Marked]:
    """Every stretch of text between quotation marks, paragraph-bounded (see module doc)."""
    found: list[Marked] = []
    spans = paragraphs(text)
    opener: str | None = None  # the opening mark of the quote being read
    outer_start = start = 0
    for n, (p_start, p_end) in enumerate(spans):
        if opener is not None:
            # a continuation paragraph: skip its opening mark
            lead = _opening_mark(text, p_start, p_end)
            scan_from = lead[0] + 1 if lead else p_start
        else:
            scan_from = p_start
        for m in _MARK.finditer(text, scan_from, p_end):
            i, ch = m.start(), m.group()
            if opener is None:
                if ch in _CLOSER and _opens(text, i, p_start):
                    opener, outer_start, start = ch, i, i + 1
                continue
            if ch == _CLOSER[opener] and (ch not in "’'" or _closes(text, i)):
                if ch == '"' and text[i - 1].isspace() and not _closes(text, i):
                    continue  # a straight mark glued to the next word opens, it cannot close
                found.append(Marked(start, i, outer_start, i + 1, True))
                opener = None
        if opener is None:
            continue
        nxt = spans[n + 1] if n + 1 < len(spans) else None
        lead = _opening_mark(text, *nxt) if nxt else None
        if lead is not None and (lead[1] == opener or lead[1] in _DOUBLE_OPEN | {'"'}):
            continue  # the quote goes on in the next paragraph
        if opener not in "‘‚'":  # an unclosed single mark is an apostrophe more often than not
            found.append(Marked(start, p_end, outer_start, p_end, False))
        opener = None
    return found


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM_START:
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    return start, end


# -- speakers -----------------------------------------------------------------------------------
