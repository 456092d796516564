"""Cheap, offline language identification, good enough to keep non-English articles out.

Two signals: the script of the letters (Cyrillic, Arabic, Han, …), and, for Latin-script text,
the share of tokens that are frequent function words of each language. The word lists are the
most frequent short words of each language, written out here; a word shared by two languages
counts for both, so only the distinctive words decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NAMES: dict[str, str] = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "sv": "Swedish",
    "pl": "Polish",
    "tr": "Turkish",
    "id": "Indonesian",
    "ru": "Russian",
    "uk": "Ukrainian",
    "ar": "Arabic",
    "fa": "Persian",
    "he": "Hebrew",
    "el": "Greek",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "hi": "Hindi",
    "und": "an unknown language",
}

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to a in is that for it with as was on be by at this from are have has "
        "had not but or an they which you were their been will would its who said he she his her "
        "we there after more also about than them when what over into could should these "
        "those other can while such our between against during because under",
        "de": "der die das und ist nicht ein eine einer eines dem den des mit sich auf für von zu "
        "im auch es sie werden wird wurde hat haben bei nach aus wie dass oder um nur noch sind "
        "über vor durch zum zur aber wenn unter sein seine ihre einem einen war",
        "fr": "le la les et est une des du dans que qui pour pas sur au aux avec ce cette il elle "
        "ils sont ont été par plus se sa son ses leur mais ou où comme nous vous être avait "
        "était entre aussi après selon lors sans",
        "es": "el la los las y es una del en que por para con no se su sus al lo como más pero "
        "está este esta ha han fue sido entre sobre también desde hasta cuando muy según ya "
        "porque sin hay ser dijo",
        "it": "il lo la gli le di del della dei delle e è che per con non una un sono nel nella "
        "alla al da dal anche come più ma questo questa ha hanno stato essere tra dopo ci si "
        "anni sua suo loro",
        "pt": "o a os as e é de do da dos das em no na nos nas que para com não uma um por mais "
        "como mas foi ser são está ao aos pela pelo seu sua também entre após quando já muito",
        "nl": "de het een en van is dat niet in op te zijn met voor er aan om ook als bij maar "
        "door naar uit nog wordt werd heeft hebben zijn dit deze wel over dan geen worden",
        "sv": "och att det som en på är av för med till den har inte om ett var jag men från "
        "vid så kan eller nu efter också under skulle sina sitt mot",
        "pl": "i w na z się że nie do to jest o jak po od za ale przez dla jego czy przy tak "
        "już także który która które oraz został była było są też",
        "tr": "ve bir bu da de için ile olarak olan çok daha gibi ama en her şey sonra kadar "
        "ancak göre değil ise yılında tarafından üzerinde",
        "id": "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada "
        "kita saya mereka sudah bisa atau oleh seperti tersebut adalah jadi",
    }.items()
}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)
_LETTER = re.compile(r"[^\W\d_]")

SHORT_TEXT_WORDS = 20
"""Texts with fewer words are not judged (too little evidence)."""


@dataclass(frozen=True, slots=True)
class Guess:
    """The language a text looks like, and how sure the guess is."""

    code: str
    words: int
    share: float  # share of letters in the script, or of tokens that are function words

    @property
    def name(self) -> str:
        return NAMES.get(self.code, self.code)

    @property
    def judged(self) -> bool:
        """Enough words to reject the text for its language."""
        return self.words >= SHORT_TEXT_WORDS


def _script_language(text: str) -> tuple[str, float]:
    """The non-Latin script most letters are written in ("latin" when none dominates)."""
    sample = text[:20000]
    letters = len(_LETTER.findall(sample))
    if not letters:
        return "latin", 1.0
    lang, count = max(((lang, len(p.findall(sample))) for lang, p in _SCRIPTS), key=lambda x: x[1])
    if count / letters < 0.3:
        return "latin", 1.0 - count / letters
    return lang, count / letters


def detect(text: str) -> Guess:
    """The most likely language of ``text`` (ISO 639-1 code, "und" when none fits)."""
    words = [w.lower() for w in _WORD.findall(text[:50000])]
    script, script_share = _script_language(text)
    if script != "latin":
        if script == "ru" and re.search(r"[іїєґІЇЄҐ]", text):
            script = "uk"
        if script == "ar" and re.search(r"[پچژگ]", text):
            script = "fa"
        if script == "zh" and re.search(r"[\u3040-\u30ff]", text[:20000]):
            script = "ja"
        count = len(words)
        if script in ("zh", "ja", "ko"):  # no spaces between words: count characters instead
            count = max(count, len(_LETTER.findall(text[:20000])) // 2)
        return Guess(script, count, script_share)
    if not words:
        return Guess("und", 0, 0.0)
    shares = {
        lang: sum(1 for w in words if w in vocab) / len(words)
        for lang, vocab in _FUNCTION_WORDS.items()
    }
    lang, share = max(shares.items(), key=lambda item: item[1])
    if share < 0.05:
        return Guess("und", len(words), share)
    if lang != "en" and shares["en"] >= 0.8 * share:
        lang, share = "en", shares["en"]
    return Guess(lang, len(words), share)
