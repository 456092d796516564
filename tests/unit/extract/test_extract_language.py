"""The offline language guesser names the languages it refuses."""

from __future__ import annotations

import pytest

from newsevents.extract.language import SHORT_TEXT_WORDS, detect

SAMPLES = {
    "en": "The government said on Tuesday that it would not accept the demand and that the "
    "talks with its allies had been going on for weeks before the decision was made.",
    "es": "El gobierno dijo el martes que no aceptará la demanda y que las conversaciones con "
    "sus aliados se han prolongado durante semanas antes de la decisión.",
    "it": "Il governo ha detto martedì che non accetterà la richiesta e che i colloqui con gli "
    "alleati sono andati avanti per settimane prima della decisione.",
    "pt": "O governo disse na terça-feira que não vai aceitar a exigência e que as conversas "
    "com os aliados já duram semanas antes da decisão final do conselho.",
    "nl": "De regering zei dinsdag dat zij de eis niet zal aanvaarden en dat de gesprekken met "
    "de bondgenoten al weken aan de gang zijn voor het besluit werd genomen.",
    "uk": "Уряд заявив у вівторок, що не прийме цю вимогу і що переговори з союзниками "
    "тривають уже кілька тижнів до ухвалення рішення та її оприлюднення.",
    "ar": "قالت الحكومة يوم الثلاثاء إنها لن تقبل هذا الطلب وإن المحادثات مع الحلفاء "
    "مستمرة منذ أسابيع قبل اتخاذ القرار النهائي بشأن المسألة المطروحة على الطاولة الآن",
    "zh": "政府星期二表示，不会接受这一要求，与盟国的会谈在作出决定之前已经进行了数周，"
    "双方将在下周继续讨论边境局势和安全问题。",
}


@pytest.mark.parametrize(("code", "text"), SAMPLES.items())
def test_detects_language(code: str, text: str) -> None:
    guess = detect(text)
    assert guess.code == code
    assert guess.judged


def test_english_quoting_a_foreign_phrase_stays_english() -> None:
    text = SAMPLES["en"] + " The minister called it “une décision de la plus haute importance”."
    assert detect(text).code == "en"


def test_short_text_is_not_judged() -> None:
    guess = detect("Regierung lehnt Forderung ab")
    assert guess.words < SHORT_TEXT_WORDS
    assert not guess.judged


def test_results_table_without_function_words_is_unknown() -> None:
    text = " ".join(["Viera 54 Rockledge 41 Palm Bay 60 Melbourne 48 Eau Gallie 33"] * 4)
    assert detect(text).code == "und"
