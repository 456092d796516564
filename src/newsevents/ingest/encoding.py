"""Detect the text encoding of raw input bytes.

Order of evidence, strongest first:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. the charset the transport declared (an HTTP ``Content-Type`` header, a WARC record's header);
3. for HTML, a ``<meta charset>`` / ``http-equiv`` declaration or an XML declaration in the
   first few kilobytes;
4. bytes that are valid UTF-8 (plain ASCII included);
5. charset_normalizer's best guess — with an English-first correction: a guess of a single-byte
   Latin code page (or of UTF-16 for bytes without a NUL) is read as windows-1252, the legacy
   encoding of most English web pages, whenever the bytes decode as windows-1252.

A declared encoding that does not decode the bytes is ignored, and the labels ``iso-8859-1``
and ``ascii`` mean windows-1252, as browsers read them (WHATWG Encoding Standard). The result is
a Python codec name (``"utf-8"``, ``"utf-8-sig"``, ``"cp1252"``, …) or None when undecidable.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

__all__ = ["codec_name", "decodes", "detect_encoding", "sniff_declared"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_META = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""",
    re.IGNORECASE,
)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_:.\-]+)""")
_SNIFF_BYTES = 4096

# Labels browsers read as windows-1252 (WHATWG Encoding Standard).
_WINDOWS_1252_ALIASES = frozenset({"iso8859-1", "ascii", "cp1252"})

# Single-byte Latin code pages charset_normalizer confuses with windows-1252 on short English text.
_LATIN_GUESSES = frozenset(
    {
        "cp1250",
        "cp1252",
        "cp1254",
        "cp1257",
        "cp437",
        "cp850",
        "cp858",
        "iso8859-1",
        "iso8859-2",
        "iso8859-3",
        "iso8859-4",
        "iso8859-9",
        "iso8859-10",
        "iso8859-13",
        "iso8859-14",
        "iso8859-15",
        "iso8859-16",
        "latin-1",
        "mac-roman",
        "mac-latin2",
        "mac-iceland",
        "mac-turkish",
    }
)


def codec_name(label: str | None) -> str | None:
    """The Python codec name for an encoding label, or None for an unknown label."""
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None


def decodes(data: bytes, encoding: str) -> bool:
    """True when ``data`` decodes strictly with ``encoding``."""
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def sniff_declared(data: bytes) -> str | None:
    """The encoding an HTML/XML page declares in its first bytes (raw label), if any."""
    head = data[:_SNIFF_BYTES]
    match = _XML_DECL.match(head) or _META.search(head)
    if match is None:
        return None
    return match.group(1).decode("ascii", errors="replace")


def _declared(data: bytes, label: str | None) -> str | None:
    name = codec_name(label)
    if name is None:
        return None
    if name in _WINDOWS_1252_ALIASES and decodes(data, "cp1252"):
        return "cp1252"
    if name.startswith(("utf-16", "utf-32")) and b"\x00" not in data:
        return None  # an ASCII-compatible page cannot really be UTF-16/32
    return name if decodes(data, name) else None


def _guess(data: bytes) -> str | None:
    best = charset_normalizer.from_bytes(data).best()
    guess = codec_name(best.encoding) if best is not None else None
    wide_without_nul = (
        guess is not None and guess.startswith(("utf-16", "utf-32")) and b"\x00" not in data
    )
    if (guess is None or guess in _LATIN_GUESSES or wide_without_nul) and decodes(data, "cp1252"):
        return "cp1252"
    if wide_without_nul:
        return None
    return guess


def detect_encoding(data: bytes, *, declared: str | None = None, html: bool = False) -> str | None:
    """Detect the encoding of ``data`` (see the module docstring for the order of evidence)."""
    if not data:
        return None
    for bom, name in _BOMS:
        if data.startswith(bom) and decodes(data, name):
            return name  # a truncated wide text after its BOM falls through to the guesses
    for label in (declared, sniff_declared(data) if html else None):
        found = _declared(data, label)
        if found is not None:
            return found
    if decodes(data, "utf-8"):
        return "utf-8"
    return _guess(data)
