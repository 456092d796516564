"""Quotes and their speakers: direct speech between quotation marks and indirect speech.

:func:`find_quotes` works on the spaCy parse the pipeline already made and on the actor
mentions of the article; it runs no NLP of its own.

Direct quotes
    Straight ``"…"`` and curly ``“…”`` double quotes, guillemets ``«…»``, single quotes ``‘…’``
    at the top level (single marks inside a double quote are nested quotes and stay part of the
    text), partial quotes inside a sentence, and quotes over several paragraphs (English
    convention: each continuation paragraph opens with a mark, only the last one closes). A quote
    never crosses a paragraph break unless the next paragraph opens with a mark; a quote that
    never closes stops at the end of its paragraph. Apostrophes (``don’t``, ``Ukraine’s``,
    ``allies’``) are not quote marks. Quoted stretches of fewer than :data:`MIN_WORDS` words are
    scare quotes or titles (``‘republics’``) and are skipped.

Speakers, in this order
    1. a reporting verb above the quote in the dependency tree (``Blinken said the reply offers
       Russia “…”``, ``Blinken said, “…”``, ``“…,” Blinken said`` when parsed as one sentence);
    2. a reporting verb in the frame of the quote: its sentences outside the marks
       (``“…,” said Blinken``, ``…, saying, “…”``, ``“…,” according to Blinken``);
    3. a speaker in the next sentence when the quote's own sentences have no reporting verb
       (``“…” Blinken added.``);
    4. the speaker of the previous quote, at most one paragraph back.
    The subject of the verb is resolved through the mentions (a pronoun mention carries its
    antecedent's code and name); a participle or conjoined verb without a subject takes the
    subject of the verb it hangs from (``Blinken refused …, saying “…”``).

Indirect speech
    A clausal complement of a reporting verb whose subject is an actor mention (``X said (that)
    …``, ``X told reporters …``, ``X warned …``, ``X added …``, ``…, X said``) and the clause
    beside ``according to X``. A clause that overlaps a direct quote is left to the direct quote.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from newsevents.attributes.quote_marks import Marked, paragraphs, scan_marks, trim
from newsevents.attributes.speakers import Speakers
from newsevents.doc_cache import char_span, text_of, tokens
from newsevents.records import ActorRef, Mention, Quote

_FINITE = frozenset({"VBD", "VBZ", "VBP"})

MIN_WORDS = 3
"""Quoted stretches shorter than this are scare quotes or titles, not speech."""

REPORTING_VERBS = frozenset(
    {
        "acknowledge",
        "add",
        "admit",
        "affirm",
        "allege",
        "announce",
        "answer",
        "argue",
        "ask",
        "assert",
        "caution",
        "claim",
        "comment",
        "complain",
        "concede",
        "conclude",
        "confirm",
        "contend",
        "continue",
        "counter",
        "declare",
        "demand",
        "deny",
        "emphasise",
        "emphasize",
        "exclaim",
        "explain",
        "insist",
        "joke",
        "maintain",
        "note",
        "observe",
        "plead",
        "pledge",
        "predict",
        "promise",
        "quip",
        "recall",
        "reiterate",
        "remark",
        "reply",
        "respond",
        "retort",
        "say",
        "scream",
        "shout",
        "state",
        "stress",
        "suggest",
        "tell",
        "tweet",
        "underline",
        "urge",
        "vow",
        "warn",
        "write",
        "yell",
    }
)
"""Lemmas of verbs that introduce speech."""

ACCORDING = "according to"

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLIMB = frozenset({"advcl", "xcomp", "conj", "acl", "relcl", "ccomp", "parataxis"})


_REPORTING_HASHES: dict[int, set[int]] = {}  # per string store: the reporting words' hashes


def _maybe_reporting(doc: Any) -> list[Any]:
    """The tokens whose lemma or form could make them a reporting verb, found on the document's
    arrays instead of building a Python token for every word."""
    toks = tokens(doc)
    from spacy.attrs import LEMMA, LOWER

    strings = doc.vocab.strings
    wanted = _REPORTING_HASHES.get(id(strings))
    if wanted is None:  # hashed once per string store, not once per document
        words = {*REPORTING_VERBS, "according"}
        wanted = {strings.add(w) for w in words} | {strings.add(w.capitalize()) for w in words}
        _REPORTING_HASHES[id(strings)] = wanted
    rows = doc.to_array([LEMMA, LOWER])
    return [
        toks[i]
        for i, (lemma, lower) in enumerate(rows.tolist())
        if lemma in wanted or lower in wanted
    ]


def _is_reporting(tok: Any) -> bool:
    if tok.lower_ == "according":
        return any(c.lower_ == "to" for c in tok.children)
    return tok.lemma_.lower() in REPORTING_VERBS and tok.pos_ in ("VERB", "AUX")


def _verb_name(tok: Any) -> str:
    return ACCORDING if tok.lower_ == "according" else str(tok.lemma_).lower()


def _subjects(tok: Any, quoted: set[int]) -> list[Any]:
    return [c for c in tok.children if c.dep_ in _SUBJECTS and not c.is_punct and c.i not in quoted]


def _subject_of(verb: Any, quoted: set[int]) -> Any | None:
    """The subject token of a reporting verb (or the X of 'according to X')."""
    if verb.lower_ == "according":
        for to in verb.children:
            if to.lower_ == "to":
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        return obj
        return None
    tok = verb
    for _ in range(4):
        subjects = _subjects(tok, quoted)
        if subjects:
            return subjects[0]
        if tok.dep_ not in _CLIMB or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _is_finite(tok: Any) -> bool:
    return tok.tag_ in _FINITE or any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)


class _QuoteFinder:
    def __init__(self, doc: Any, mentions: Sequence[Mention]) -> None:
        self.doc = doc
        self.text: str = text_of(doc)
        self.speakers = Speakers(doc, mentions)
        self.marked = [m for m in scan_marks(self.text) if self._long_enough(m)]
        self.quoted: set[int] = set()
        for m in self.marked:
            span = char_span(doc, m.outer_start, m.outer_end)
            if span is not None:
                self.quoted.update(range(span.start, span.end))
        self.paragraphs = paragraphs(self.text)

    def _long_enough(self, m: Marked) -> bool:
        return len(self.text[m.start : m.end].split()) >= MIN_WORDS

    def _paragraph_of(self, pos: int) -> int:
        for n, (s, e) in enumerate(self.paragraphs):
            if s <= pos <= e:
                return n
        return -1

    def _speaker_of(self, verb: Any) -> ActorRef | None:
        subject = _subject_of(verb, self.quoted)
        return self.speakers.speaker(subject) if subject is not None else None

    # -- direct ---------------------------------------------------------------------------
    def direct(self, indirect: Sequence[Quote]) -> list[Quote]:
        out: list[Quote] = []
        earlier = sorted(indirect, key=lambda q: q.end)
        last: tuple[ActorRef, int, int] | None = None  # previous speaker, its paragraph and end
        for m in self.marked:
            span = char_span(self.doc, m.outer_start, m.outer_end)
            if span is None or len(span) == 0:
                continue
            for q in earlier:
                if (
                    q.speaker is not None
                    and q.end <= m.outer_start
                    and (last is None or q.end > last[2])
                ):
                    last = (q.speaker, self._paragraph_of(q.end), q.end)
            para = self._paragraph_of(m.outer_start)
            verb: str | None = None
            speaker: ActorRef | None = None
            found = self._speaker_for(span)
            if found is not None:
                verb, speaker = _verb_name(found[0]), found[1]
            elif last is not None and para - last[1] <= 1:
                speaker = last[0]
            if speaker is not None:
                last = (speaker, self._paragraph_of(m.outer_end), m.outer_end)
            start, end = trim(self.text, m.start, m.end)
            if start >= end:
                continue
            out.append(Quote(self.text[start:end], start, end, speaker, verb, direct=True))
        return out

    def _speaker_for(self, span: Any) -> tuple[Any, ActorRef | None] | None:
        """(reporting verb, speaker) for the quote over ``span`` (marks included)."""
        inside = set(range(span.start, span.end))
        # 1. a reporting verb above the quote
        for tok in span:
            if tok.head.i in inside:
                continue
            anc = tok.head
            while True:
                if anc.i not in self.quoted and _is_reporting(anc):
                    who = self._speaker_of(anc)
                    if who is not None:
                        return anc, who
                    if _subject_of(anc, self.quoted) is not None:
                        break
                if anc.head.i == anc.i:
                    break
                anc = anc.head
        # 2. a reporting verb in the quote's sentences outside the marks, nearest first, or in
        #    the sentence before when it ends with a colon ("She said:")
        sents = self._sentences(span.start, span.end)
        if span.start > 0:
            before = self.doc[span.start - 1].sent
            tail = [t for t in before if not t.is_space]
            if tail and tail[-1].text == ":" and before.start < sents[0].start:
                sents.insert(0, before)
        frame = [t for s in sents for t in s if t.i not in self.quoted and _is_reporting(t)]
        frame.sort(key=lambda t: (t.i < span.start, abs(t.i - span.end)))
        for verb in frame:
            who = self._speaker_of(verb)
            if who is not None:
                return verb, who
        if frame:
            return frame[0], None
        # 3. the speaker named in the next sentence ("Blinken added.")
        last_sent = sents[-1] if sents else None
        if last_sent is not None and last_sent.end < len(self.doc):
            nxt = self.doc[last_sent.end].sent
            if not any(t.i in self.quoted for t in nxt):
                for verb in nxt:
                    if _is_reporting(verb) and not any(c.dep_ == "ccomp" for c in verb.children):
                        who = self._speaker_of(verb)
                        if who is not None:
                            return verb, who
        return None

    def _sentences(self, start: int, end: int) -> list[Any]:
        out: list[Any] = []
        i = start
        while i < end:
            sent = self.doc[i].sent
            out.append(sent)
            i = sent.end
        return out

    # -- indirect -------------------------------------------------------------------------
    def _clauses(self, verb: Any) -> list[tuple[int, int]]:
        """Token spans of the speech a reporting verb introduces."""
        if verb.lower_ == "according":
            clause = self._according_clause(verb)
            return [clause] if clause is not None else []
        out = []
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        for c in verb.children:
            if c.i in self.quoted or c.dep_ not in ("ccomp", "xcomp"):
                continue
            if c.dep_ == "xcomp" and not (objects and _is_finite(c)):
                continue  # "urged Moscow to stop" is a request, not speech
            first = c.left_edge.i
            if objects and verb.lemma_ != "tell" and not _subjects(c, self.quoted):
                # "warned the drills could be used …": the parser took the subject for an object
                obj = objects[0]
                if obj.i < c.i:
                    first = obj.left_edge.i
            last = c.right_edge.i + 1
            subject = _subject_of(verb, self.quoted)
            if c.i < verb.i and subject is not None and c.i < subject.i < verb.i:
                # "The talks were useful, X said": the clause runs up to the comma before X
                commas = [t.i for t in self.doc[last : subject.i] if t.text == ","]
                last = commas[-1] if commas else last
            out.append((first, last))
        merged: list[tuple[int, int]] = []
        for first, last in sorted(out):
            gap = self.doc[merged[-1][1] : first] if merged else None
            if gap is not None and all(t.is_punct or t.is_space for t in gap):
                merged[-1] = (
                    merged[-1][0],
                    max(last, merged[-1][1]),
                )  # one clause, split by the parser
            else:
                merged.append((first, last))
        return merged

    def indirect(self) -> list[Quote]:
        outer = [(m.outer_start, m.outer_end) for m in self.marked]
        out: list[Quote] = []
        for tok in _maybe_reporting(self.doc):
            if tok.i in self.quoted or not _is_reporting(tok):
                continue
            clauses = self._clauses(tok)
            if not clauses:
                continue
            who = self._speaker_of(tok)
            if who is None:
                continue
            for first, last in clauses:
                while first < last and (
                    self.doc[first].dep_ == "mark"
                    or self.doc[first].is_punct
                    or self.doc[first].lower_ == "that"
                ):
                    first += 1
                while last > first and self.doc[last - 1].is_punct:
                    last -= 1
                if first >= last:
                    continue
                start = self.doc[first].idx
                end = self.doc[last - 1].idx + len(self.doc[last - 1])
                if any(s < end and start < e for s, e in outer):
                    continue
                out.append(Quote(self.text[start:end], start, end, who, _verb_name(tok), False))
        return out

    def _according_clause(self, tok: Any) -> tuple[int, int] | None:
        """The clause beside 'according to X': the rest of its sentence."""
        sent = tok.sent
        left, right = tok.left_edge.i, tok.right_edge.i + 1
        before = (sent.start, left)
        after = (right, sent.end)
        first, last = after if after[1] - after[0] >= before[1] - before[0] else before
        if last - first < 2:
            return None
        return first, last


def find_quotes(doc: Any, mentions: Sequence[Mention]) -> tuple[Quote, ...]:
    """Direct and indirect quotes of a parsed article, each with its speaker when one is found.

    ``doc`` is the spaCy Doc of the article text; ``mentions`` are the article's actor mentions.
    Spans are character offsets into ``doc.text``; quotes come out in text order.
    """
    finder = _QuoteFinder(doc, mentions)
    indirect = finder.indirect()
    quotes = finder.direct(indirect) + indirect
    return tuple(sorted(quotes, key=lambda q: (q.start, q.end)))


def quote_at(quotes: Iterable[Quote], start: int, end: int) -> Quote | None:
    """The innermost quote whose span holds ``start``–``end`` (for an event's ``reported_by``)."""
    best: Quote | None = None
    for q in quotes:
        inside = q.start <= start and end <= q.end
        if inside and (best is None or q.end - q.start < best.end - best.start):
            best = q
    return best
