"""Inputs that cannot become a Document fail with the right error, source and hint."""

from __future__ import annotations

import time

import pytest

from newsevents.errors import (
    DecodeError,
    ExtractError,
    UnsupportedInput,
    UnsupportedLanguage,
)
from newsevents.extract import extract
from newsevents.settings import Settings

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"

GERMAN = (
    "Die Bundesregierung hat am Dienstag angekündigt, dass sie die Sanktionen gegen Russland "
    "verschärfen wird. Der Bundeskanzler sagte in Berlin, dass die Lage an der Grenze zur "
    "Ukraine sehr ernst sei und dass man mit den Partnern in der Europäischen Union eng "
    "zusammenarbeiten werde. Die Opposition kritisierte die Entscheidung als zu spät."
)
FRENCH = (
    "Le gouvernement français a annoncé mardi qu'il allait renforcer les sanctions contre la "
    "Russie. Le président a déclaré à Paris que la situation à la frontière avec l'Ukraine "
    "était très grave et que la France travaillerait avec ses partenaires de l'Union "
    "européenne. L'opposition a critiqué une décision prise selon elle trop tard."
)
RUSSIAN = (
    "Министр иностранных дел России заявил во вторник, что Москва изучит ответ Вашингтона на "
    "свои предложения по безопасности. По его словам, ситуация на границе с Украиной остается "
    "напряженной, а переговоры с западными партнерами будут продолжены в ближайшие дни."
)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [(GERMAN, "German", "de"), (FRENCH, "French", "fr"), (RUSSIAN, "Russian", "ru")],
)
@pytest.mark.parametrize("kind", ["text", "html"])
def test_non_english_articles_are_refused(make_raw, text, name, code, kind) -> None:
    content = (
        text if kind == "text" else f"<html><body><article><p>{text}</p></article></body></html>"
    )
    with pytest.raises(UnsupportedLanguage) as info:
        extract(make_raw(content, kind=kind, source="foreign.txt"), Settings())
    err = info.value
    assert f"article looks like {name} ({code}); newsevents codes English only" in err.message
    assert err.source == "foreign.txt"
    assert err.hint


def test_short_foreign_text_is_not_judged(make_raw) -> None:
    doc = extract(make_raw("Die Regierung hat die Sanktionen verschärft.", kind="text"), Settings())
    assert doc.text == "Die Regierung hat die Sanktionen verschärft."
    assert doc.language is None


def test_other_languages_pass_when_settings_allow_them(make_raw) -> None:
    doc = extract(make_raw(GERMAN, kind="text"), Settings(languages=("en", "de")))
    assert doc.language == "de"


def test_png_named_html_is_unsupported_input(make_raw) -> None:
    with pytest.raises(UnsupportedInput) as info:
        extract(make_raw(PNG, kind="html", source="photo.html"), Settings())
    assert "PNG image" in info.value.message
    assert info.value.source == "photo.html"
    assert info.value.hint


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"some text\x00\x00with NUL bytes in it", "NUL bytes"),
    ],
)
def test_other_binary_content_is_unsupported_input(make_raw, data: bytes, what: str) -> None:
    with pytest.raises(UnsupportedInput, match=what):
        extract(make_raw(data, kind="text"), Settings())


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  "])
def test_empty_input_is_extract_error(make_raw, content: bytes) -> None:
    with pytest.raises(ExtractError) as info:
        extract(make_raw(content, kind="text", source="empty.txt"), Settings())
    assert type(info.value) is ExtractError
    assert "empty" in info.value.message
    assert info.value.source == "empty.txt"


def test_html_with_only_navigation_is_extract_error(make_raw) -> None:
    html = (
        "<html><head><title>Example</title></head><body><nav><ul>"
        "<li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
        "<li><a href='/sport'>Sport</a></li></ul></nav>"
        "<footer>© 2024 Example</footer></body></html>"
    )
    with pytest.raises(ExtractError, match="no article text") as info:
        extract(make_raw(html, source="front.html"), Settings())
    assert info.value.hint
    assert info.value.source == "front.html"


def test_text_that_is_only_boilerplate_is_extract_error(make_raw) -> None:
    text = "Share this article\n\nAdvertisement\n\nSubscribe\n\nAccept all cookies\n"
    with pytest.raises(ExtractError, match="no article text"):
        extract(make_raw(text, kind="text"), Settings())


def test_huge_page_fails_fast_naming_size_and_limit(make_raw) -> None:
    big = b"<html><body>" + b"<p>word </p>" * (20_000_000 // 12) + b"</body></html>"
    raw = make_raw(big, source="big.html")
    start = time.perf_counter()
    with pytest.raises(ExtractError) as info:
        extract(raw, Settings())
    assert time.perf_counter() - start < 1.0
    message = info.value.message
    assert f"{len(big):,} bytes" in message
    assert "10,000,000 bytes" in message
    assert "max_input_bytes" in message


def test_limit_comes_from_settings(make_raw) -> None:
    with pytest.raises(ExtractError, match="over the limit of 100 bytes"):
        extract(make_raw("An English sentence. " * 10, kind="text"), Settings(max_input_bytes=100))


def test_undecodable_bytes_are_decode_error(make_raw) -> None:
    noise = bytes(range(1, 9)) * 200 + bytes(range(14, 32)) * 100
    with pytest.raises(DecodeError) as info:
        extract(make_raw(noise, kind="text", source="noise.txt"), Settings())
    assert info.value.source == "noise.txt"
    assert info.value.hint


def test_unknown_kind_is_unsupported_input(make_raw) -> None:
    with pytest.raises(UnsupportedInput, match="unknown article kind 'pdf'"):
        extract(make_raw("text", kind="pdf"), Settings())
