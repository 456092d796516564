"""Encodings: BOM, declared encoding, UTF-8, then detection (cp1252 preferred for Western text)."""

from __future__ import annotations

import codecs

import pytest

from newsevents.errors import UnsupportedLanguage
from newsevents.extract import extract
from newsevents.settings import Settings

SENTENCE = (
    "The minister’s remarks in Zürich were “unacceptable”, the café owner said – and the "
    "Président of the regional council agreed on Tuesday that the naïve plan had failed."
)


def test_cp1252_text_without_a_declared_encoding(make_raw) -> None:
    doc = extract(make_raw(SENTENCE.encode("cp1252"), kind="text"), Settings())
    assert doc.text == SENTENCE


def test_invalid_utf8_falls_back_to_detection(make_raw) -> None:
    data = SENTENCE.encode("utf-8")[:40] + "déjà vu – “yes”. ".encode("cp1252")
    doc = extract(make_raw(data, kind="text"), Settings())
    assert "déjà vu – “yes”." in doc.text
    assert "\ufffd" not in doc.text


def test_declared_encoding_from_ingest_is_used(make_raw) -> None:
    doc = extract(make_raw(SENTENCE.encode("cp1252"), kind="text", encoding="cp1252"), Settings())
    assert doc.text == SENTENCE


def test_wrong_declared_encoding_falls_through(make_raw) -> None:
    doc = extract(make_raw(SENTENCE.encode("utf-8"), kind="text", encoding="ascii"), Settings())
    assert doc.text == SENTENCE


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_byte_order_marks(make_raw, bom: bytes, codec: str) -> None:
    doc = extract(make_raw(bom + SENTENCE.encode(codec), kind="text"), Settings())
    assert doc.text == SENTENCE


def test_utf16_declared_by_ingest_is_not_mistaken_for_binary(make_raw) -> None:
    doc = extract(
        make_raw(SENTENCE.encode("utf-16-le"), kind="text", encoding="utf-16-le"), Settings()
    )
    assert doc.text == SENTENCE


def test_cyrillic_cp1251_is_detected_then_refused_for_language(make_raw) -> None:
    text = (
        "Министр иностранных дел России заявил во вторник, что Москва изучит ответ Вашингтона "
        "на свои предложения по безопасности, а переговоры будут продолжены в ближайшие дни."
    )
    with pytest.raises(UnsupportedLanguage, match=r"Russian \(ru\)"):
        extract(make_raw(text.encode("cp1251"), kind="text"), Settings())
