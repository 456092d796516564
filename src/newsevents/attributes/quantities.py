"""Numbers with what they count: troops, casualties, money, weapons.

Seeds are the parse's CARDINAL, MONEY and QUANTITY entities. Each one's value is read from its
words ("over 100,000", "1.5 million", "five", "hundreds"); what it counts comes from the vocabulary
in ``data/places/units.tsv``: a currency sign, word or code around the number; else a counted noun
within a few words after it ("8,500 U.S. service members" → ``service members``). A number of
persons or troops that a casualty verb governs takes the casualty as unit ("at least 50 people
were killed" → ``killed``). A number whose unit is not in the vocabulary ("three days") is not
reported. Vague amounts are never given false precision: "hundreds of" is 100, approximate.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from newsevents.doc_cache import entities, span_text, text_of, tokens
from newsevents.errors import DictionaryError
from newsevents.records import Quantity

SEED_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY"})
APPROX = (
    "more than", "at least", "up to", "as many as", "an estimated", "upwards of", "fewer than",
    "less than", "close to", "in excess of", "over", "about", "around", "nearly", "almost", "some",
    "roughly", "approximately", "estimated", "under", "about", "just over", "just under",
)  # fmt: skip
_APPROX_RE = re.compile(
    r"^(?:"
    + "|".join(sorted((re.escape(a) for a in set(APPROX)), key=len, reverse=True))
    + r")\s+",
    re.IGNORECASE,
)
_APPROX_BEFORE = re.compile(
    r"(?:"
    + "|".join(sorted((re.escape(a) for a in set(APPROX)), key=len, reverse=True))
    + r")\s+$",
    re.IGNORECASE,
)
WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
    "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000,
}  # fmt: skip
VAGUE = {"dozen": 12, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000}
VAGUE |= {"tens": 10, "millions": 1_000_000, "billions": 1_000_000_000}
FUZZY = frozenset({"several", "few", "a few", "many"})
_NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
_GLUED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|b|tn)$", re.IGNORECASE)
_SIGN = re.compile(r"^(US\$|C\$|A\$|HK\$|[$€£¥₹₽₴₪])")
GAP = 6  # tokens allowed between a number and the noun it counts


@dataclass(frozen=True, slots=True)
class Units:
    currency: dict[str, str]
    count: dict[str, tuple[str, str]]  # term -> (kind, unit)
    casualty: dict[str, str]
    longest: int  # words in the longest counted term


@functools.cache
def load_units() -> Units:
    """The vocabulary of units (once per process)."""
    path = resources.files("newsevents.data") / "places" / "units.tsv"
    currency: dict[str, str] = {}
    count: dict[str, tuple[str, str]] = {}
    casualty: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and line[0] != "#"]
    for number, line in rows[1:]:
        cells = line.split("\t")
        if len(cells) != 4 or not cells[0] or not cells[2]:
            raise DictionaryError(
                "a row needs term, kind, unit and notes separated by tabs",
                source=f"data/places/units.tsv:{number}",
            )
        term, kind, unit = cells[0].lower(), cells[1], cells[2]
        if kind == "currency":
            currency[term] = unit
        elif kind in ("person", "military", "weapon"):
            count[term] = (kind, unit)
        elif kind == "casualty":
            casualty[term] = unit
        else:
            raise DictionaryError(
                f"unknown kind {kind!r}", source=f"data/places/units.tsv:{number}"
            )
    longest = max(len(t.split()) for t in count)
    return Units(currency, count, casualty, longest)


def parse_number(words: Sequence[str]) -> tuple[float, bool] | None:
    """The value of number words and whether it is approximate; None if they are not a number.

    >>> parse_number(["1.5", "million"])
    (1500000.0, False)
    >>> parse_number(["hundreds"])
    (100.0, True)
    """
    toks = [w.lower().strip() for w in words if w.strip() and w.lower() not in ("and", "-")]
    if not toks:
        return None
    approximate = False
    value: float | None = None
    total = 0.0
    i = 0
    if toks[0] in FUZZY or " ".join(toks[:2]) == "a few":
        approximate, i = True, (2 if toks[0] == "a" else 1)
        value = 1.0 if i < len(toks) and toks[i] in SCALES else None
    while i < len(toks):
        w = toks[i].replace("-", " ")
        glued = _GLUED.match(w)
        if _NUMBER.match(w):
            value = (value or 0.0) + float(w.replace(",", ""))
        elif glued:
            value = float(glued.group(1).replace(",", "")) * SCALES[glued.group(2).lower()]
        elif all(p in WORDS for p in w.split()):
            value = (value or 0.0) + sum(WORDS[p] for p in w.split())
        elif w in SCALES:
            value = (value if value is not None else 1.0) * SCALES[w]
            if SCALES[w] >= 1_000:
                total, value = total + value, None
        elif w in VAGUE:
            approximate = True
            value = (value if value is not None else 1.0) * VAGUE[w]
        elif w == "of" and approximate:
            pass  # "tens of thousands"
        else:
            return None
        i += 1
    result = total + (value or 0.0)
    return (result, approximate) if result > 0 else None


def _is_number(tok: Any) -> bool:
    return bool(tok.like_num) or tok.lower_ in VAGUE


class _Finder:
    def __init__(self, doc: Any, units: Units) -> None:
        self.doc = doc
        self.text: str = text_of(doc)
        self.units = units

    def run(self) -> tuple[Quantity, ...]:
        out: list[Quantity] = []
        used_to = -1
        for ent in entities(self.doc):
            if ent.label_ not in SEED_LABELS or ent.start_char < used_to:
                continue
            q = self._quantity(ent)
            if q is not None:
                out.append(q)
                used_to = q.end
        return tuple(out)

    def _quantity(self, ent: Any) -> Quantity | None:
        doc, text = self.doc, self.text
        toks = tokens(doc)
        start, end = ent.start_char, ent.end_char
        body = text[start:end]
        approximate = False
        lead = _APPROX_RE.match(body)
        if lead:
            approximate, body = True, body[lead.end() :]
        elif _APPROX_BEFORE.search(text[max(0, start - 20) : start]):
            found = _APPROX_BEFORE.search(text[max(0, start - 20) : start])
            assert found is not None
            approximate, start = True, max(0, start - 20) + found.start()
        currency = None
        sign = _SIGN.match(body)
        if sign:
            currency, body = self.units.currency.get(sign.group(1).lower()), body[sign.end() :]
        elif ent.start > 0 and toks[ent.start - 1].lower_ in self.units.currency:
            currency, start = (
                self.units.currency[toks[ent.start - 1].lower_],
                toks[ent.start - 1].idx,
            )
        words = body.split()
        if words and words[-1].lower() in self.units.currency and currency is None:
            currency, words = self.units.currency[words[-1].lower()], words[:-1]
        parsed = parse_number(words)
        if parsed is None:
            return None
        value, vague = parsed
        approximate = approximate or vague
        if currency is None:
            currency, end = self._currency_after(ent.end, end)
        if currency is not None:
            return Quantity(value, currency, text[start:end], start, end, approximate)
        unit, end = self._counted(ent, end)
        if unit is None:
            return None
        return Quantity(value, unit, text[start:end], start, end, approximate)

    def _currency_after(self, i: int, end: int) -> tuple[str | None, int]:
        doc = self.doc
        for size in (2, 1):
            if i + size <= len(doc):
                words = doc[i : i + size]
                unit = self.units.currency.get(words.text.lower())
                if unit is not None:
                    return unit, words.end_char
        return None, end

    def _counted(self, ent: Any, end: int) -> tuple[str | None, int]:
        """The noun the number counts, turned into a casualty unit where a casualty verb rules."""
        doc, units = self.doc, self.units
        toks = tokens(doc)
        stop = min(len(doc), ent.end + GAP)
        noun = None
        unit = None
        kind = None
        for j in range(ent.end, stop):
            tok = toks[j]
            if tok.is_space or (j > ent.end and (tok.is_sent_start or _is_number(tok))):
                break  # a new paragraph, sentence or number
            boundary = tok.is_punct and tok.text != "-"
            if boundary or (tok.pos_ in ("VERB", "AUX", "ADP") and tok.lower_ != "of"):
                if tok.lower_ in units.casualty and j == ent.end:
                    return units.casualty[tok.lower_], tok.idx + len(tok)  # "50 dead"
                break
            for size in range(min(units.longest, j - ent.end + 1), 0, -1):
                term = span_text(doc, j - size + 1, j + 1).lower()
                if term in units.count and toks[j - size].text != "-":  # not "anti-aircraft"
                    kind, unit = units.count[term]
                    noun = tok
                    break
            if noun is not None:
                break
            if tok.lower_ in units.casualty and j == ent.end:
                return units.casualty[tok.lower_], tok.idx + len(tok)
        casualty = self._casualty(ent.root, noun)
        if casualty is not None and kind in (None, "person", "military"):
            return casualty, (noun.idx + len(noun)) if noun is not None else end
        if noun is None:
            return None, end
        return unit, noun.idx + len(noun)

    def _casualty(self, root: Any, noun: Any) -> str | None:
        """'50 people were killed', 'killing 12 civilians', '120 injured', 'dozens … died'."""
        units = self.units
        heads = [root]
        if noun is not None:
            heads.append(noun)
            if noun.dep_ == "pobj" and noun.head.lower_ == "of":
                heads.append(noun.head.head)  # "hundreds of people were arrested"
        for t in heads:
            if t.dep_ in ("nsubjpass", "nsubj", "dobj") and t.head.lemma_ in units.casualty:
                return units.casualty[t.head.lemma_]
        return None


def find_quantities(doc: Any) -> tuple[Quantity, ...]:
    """Every number in the document with what it counts, in text order."""
    return _Finder(doc, load_units()).run()


def event_quantities(
    sentence_start: int, sentence_end: int, quantities: Sequence[Quantity]
) -> tuple[Quantity, ...]:
    """The quantities inside an event's sentence."""
    return tuple(q for q in quantities if sentence_start <= q.start and q.end <= sentence_end)
