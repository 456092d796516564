"""From bytes to text: refuse binary payloads, then find the encoding.

Order: size limit (before anything else, so a huge page fails fast), binary magic bytes, BOM,
the encoding ingest detected, ``<meta charset>`` (HTML), strict UTF-8, then charset_normalizer
(preferring Windows-1252 when it only hesitates between Western single-byte code pages).
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from newsevents.errors import DecodeError, ExtractError, UnsupportedInput
from newsevents.records import RawArticle

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"RIFF", "a RIFF media file (WebP, WAV, AVI)"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"OggS", "an Ogg media file"),
    (b"\x7fELF", "an executable"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)

# Browsers read these labels as Windows-1252 (WHATWG Encoding Standard).
_AS_CP1252 = frozenset({"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin-1", "latin1"})
# Western single-byte code pages charset_normalizer hesitates between on short texts.
_WESTERN = frozenset(
    {"cp1250", "cp1252", "cp1257", "cp775", "cp874", "cp850", "cp437", "latin_1", "mac_roman"}
    | {f"iso8859_{n}" for n in (1, 2, 3, 4, 9, 10, 13, 14, 15, 16)}
)

_HINT_BINARY = "give newsevents the article's HTML page or its text, not an image or archive"


def check_size(raw: RawArticle, limit: int) -> None:
    """Refuse a payload over ``settings.max_input_bytes`` before reading it."""
    size = len(raw.content)
    if size > limit:
        raise ExtractError(
            f"input is {size:,} bytes ({size / 1_000_000:.1f} MB), over the limit of "
            f"{limit:,} bytes (max_input_bytes)",
            source=raw.source,
            hint="a news article is far smaller; check the input, or raise max_input_bytes "
            "(NEWSEVENTS_MAX_INPUT_BYTES) if the page really is this large",
        )


def _bom(content: bytes) -> str | None:
    for bom, name in _BOMS:
        if content.startswith(bom):
            return name
    return None


def check_binary(raw: RawArticle) -> None:
    """Refuse images, archives, PDFs and other binary payloads (magic bytes, NUL bytes)."""
    head = raw.content[:16]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise UnsupportedInput(
                f"content is {what}, not an article", source=raw.source, hint=_HINT_BINARY
            )
    declared = (raw.encoding or "").lower().replace("_", "-")
    wide = "utf-16" in declared or "utf-32" in declared
    if b"\x00" in raw.content[:65536] and not _bom(raw.content) and not wide:
        raise UnsupportedInput(
            "content holds NUL bytes, so it is binary data, not text",
            source=raw.source,
            hint=_HINT_BINARY,
        )


def _try(content: bytes, encoding: str) -> str | None:
    name = encoding.strip().lower()
    if name in _AS_CP1252:
        name = "cp1252"
    try:
        return content.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None


def decode(raw: RawArticle) -> tuple[str, str]:
    """``raw.content`` as text, and the encoding that decoded it."""
    content = raw.content
    candidates: list[str] = []
    bom = _bom(content)
    if bom:
        candidates.append(bom)
    if raw.encoding:
        candidates.append(raw.encoding)
    if raw.kind == "html":
        meta = _META_CHARSET.search(content[:4096])
        if meta:
            candidates.append(meta.group(1).decode("ascii", "replace"))
    candidates.append("utf-8")
    for encoding in candidates:
        text = _try(content, encoding)
        if text is not None:
            return text, encoding
    matches = list(charset_normalizer.from_bytes(content))
    if not matches:
        raise DecodeError(
            "bytes are not text in any encoding newsevents can detect",
            source=raw.source,
            hint="save the article as UTF-8 text or HTML and try again",
        )
    best = matches[0].encoding
    if best in _WESTERN and any(m.encoding == "cp1252" for m in matches):
        text = _try(content, "cp1252")
        if text is not None:
            return text, "cp1252"
    return str(matches[0]), best


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")


def check_text(raw: RawArticle, text: str, encoding: str) -> None:
    """Refuse a decoding that is mostly control characters: the bytes were not text."""
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise DecodeError(
            f"bytes decode as {encoding} only into control characters, so they are not text",
            source=raw.source,
            hint="save the article as UTF-8 text or HTML and try again",
        )
