"""The ingest stage: inputs in, one RawArticle per article out, bytes kept exactly as they came.

Inputs are files (``.html``, ``.htm``, ``.txt``, ``.json``, ``.jsonl``, each also ``.gz``;
``.warc``, ``.warc.gz``), directories (a corpus, walked recursively in sorted order), ``-`` for
standard input, and http(s) URLs.

Nothing here raises for a bad input:

- no bytes to keep (a path that does not exist, a URL that fails) → a :class:`Failure` with
  ``stage="ingest"``;
- bytes known to be unusable (a broken JSONL line, a JSON record without ``text``/``html``, a
  corrupt gzip stream, an input over ``max_input_bytes``) → a :class:`RawArticle` with ``error``
  and ``error_type`` set, so the raw input is still stored and can be fixed and reprocessed.

Inputs over five times ``max_input_bytes`` are cut to that size for storage (``error`` says so).
Binary content (a PNG renamed ``.html``) is passed on as it is: the extract stage rejects it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from newsevents.errors import InputNotFound
from newsevents.ingest.common import failure
from newsevents.ingest.encoding import detect_encoding
from newsevents.ingest.fetch import fetch_url, is_url
from newsevents.ingest.files import ACCEPTED, classify, iter_path
from newsevents.ingest.stdin import STDIN, read_stdin
from newsevents.records import Failure, RawArticle
from newsevents.settings import Settings

__all__ = ["ACCEPTED", "classify", "detect_encoding", "iter_input", "iter_inputs"]


def iter_input(
    text: str, settings: Settings, *, stdin: BinaryIO | None = None
) -> Iterator[RawArticle | Failure]:
    """Articles from one input: a path, a directory, an http(s) URL or ``-``."""
    if text == STDIN:
        yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer, settings)
    elif is_url(text):
        yield from fetch_url(text, settings)
    elif not text.strip():
        yield failure(
            InputNotFound,
            "an empty input name is not a file, directory or URL",
            article_id=text,
            source=repr(text),
            hint="give a path, an http(s) URL or - for standard input",
        )
    else:
        yield from iter_path(text, settings)


def iter_inputs(
    inputs: Sequence[str], settings: Settings, *, stdin: BinaryIO | None = None
) -> Iterator[RawArticle | Failure]:
    """One RawArticle per article found, or a Failure per input with no bytes to keep.

    Order is stable: inputs in the given order, directory contents sorted by path.
    ``stdin`` is read for ``-`` (default: the process's standard input).
    """
    for text in inputs:
        yield from iter_input(text, settings, stdin=stdin)
