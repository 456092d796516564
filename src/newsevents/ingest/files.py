"""Articles from files and directories.

A directory is a corpus: it is walked recursively in sorted order, hidden files and folders and
files of other types are skipped without a word. A file given explicitly must have one of the
accepted types, else it comes back as a Failure naming them.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

from newsevents.errors import DecodeError, InputError, InputNotFound, UnsupportedInput
from newsevents.ingest.common import failure, make_raw, problem, storage_cap
from newsevents.ingest.jsonrec import iter_json_document, iter_jsonl
from newsevents.ingest.warc import iter_warc, read_capped
from newsevents.records import Failure, RawArticle
from newsevents.settings import Settings

__all__ = ["ACCEPTED", "FileType", "classify", "iter_path", "walk"]

# Longest suffixes first, so ".html.gz" wins over ".gz".
_SUFFIXES: tuple[tuple[str, str, bool], ...] = (
    (".jsonl.gz", "jsonl", True),
    (".html.gz", "html", True),
    (".json.gz", "json", True),
    (".warc.gz", "warc", False),  # warcio reads gzipped WARC itself, record by record
    (".htm.gz", "html", True),
    (".txt.gz", "text", True),
    (".jsonl", "jsonl", False),
    (".html", "html", False),
    (".json", "json", False),
    (".warc", "warc", False),
    (".htm", "html", False),
    (".txt", "text", False),
)
ACCEPTED = ".html, .htm, .txt, .json, .jsonl (each also gzipped as .gz), .warc and .warc.gz"

_GZIP_ERRORS = (EOFError, OSError, zlib.error)


@dataclass(frozen=True, slots=True)
class FileType:
    """How to read a file: ``kind`` is html, text, json, jsonl or warc."""

    kind: str
    gzipped: bool
    stem: str


def classify(name: str) -> FileType | None:
    """The type of a file from its name, or None for a type ingest does not take."""
    lower = name.lower()
    for suffix, kind, gzipped in _SUFFIXES:
        if lower.endswith(suffix) and len(name) > len(suffix):
            return FileType(kind=kind, gzipped=gzipped, stem=name[: -len(suffix)])
    return None


def walk(root: Path) -> Iterator[tuple[Path, FileType]]:
    """Files of accepted types under ``root``, sorted by path; hidden entries skipped."""
    found: list[tuple[tuple[str, ...], Path, FileType]] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        base = Path(folder)
        for name in files:
            file_type = classify(name)
            if name.startswith(".") or file_type is None:
                continue
            path = base / name
            found.append((path.relative_to(root).parts, path, file_type))
    found.sort(key=lambda item: item[0])
    for _, path, file_type in found:
        yield path, file_type


def iter_path(text: str, settings: Settings) -> Iterator[RawArticle | Failure]:
    """Articles from one path given on the command line (a file or a directory)."""
    path = Path(text)
    file_type = classify(path.name)
    try:
        is_dir = path.is_dir()
        exists = is_dir or path.exists()
    except OSError:
        exists = is_dir = False
    if not exists:
        yield failure(
            InputNotFound,
            "no such file or directory",
            article_id=file_type.stem if file_type else text,
            source=text,
            hint="check the path",
        )
        return
    if is_dir:
        for child, child_type in walk(path):
            yield from iter_file(child, child_type, settings)
        return
    if file_type is None:
        yield failure(
            UnsupportedInput,
            f"unsupported file type {''.join(path.suffixes[-2:]) or '(no extension)'!r}",
            article_id=text,
            source=text,
            hint=f"give {ACCEPTED} files, a directory, an http(s) URL or - for standard input",
        )
        return
    yield from iter_file(path, file_type, settings)


def iter_file(
    path: Path, file_type: FileType, settings: Settings
) -> Iterator[RawArticle | Failure]:
    """Articles from one file of a known type."""
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield failure(
            InputError,
            f"cannot be read ({exc.strerror or exc})",
            article_id=file_type.stem,
            source=source,
            hint="check that the file exists and is readable",
        )
        return
    with handle:
        stream = cast(IO[bytes], gzip.GzipFile(fileobj=handle)) if file_type.gzipped else handle
        try:
            yield from _read(stream, path, file_type, settings)
        except _GZIP_ERRORS as exc:
            yield _unreadable(path, file_type, exc, settings)
        except InputError as err:  # a corrupt WARC archive
            content, truncated = _raw_bytes(path, settings)
            yield make_raw(
                article_id=file_type.stem,
                source=source,
                content=content,
                kind="text",
                settings=settings,
                error=(str(err), type(err).__name__),
                truncated=truncated,
                detect=False,
            )


def _read(
    stream: IO[bytes], path: Path, file_type: FileType, settings: Settings
) -> Iterator[RawArticle]:
    source, stem, cap = str(path), file_type.stem, storage_cap(settings)
    if file_type.kind == "warc":
        yield from iter_warc(stream, path=source, stem=stem, settings=settings)
    elif file_type.kind == "jsonl":
        yield from iter_jsonl(stream, path=source, stem=stem, settings=settings)
    elif file_type.kind == "json":
        data, truncated = read_capped(stream, cap)
        if truncated:
            error = problem(
                UnsupportedInput,
                f"JSON file is larger than {cap:,} bytes; only its first {cap:,} bytes are stored",
                source=source,
                hint="write the records one per line as .jsonl, which is read line by line",
            )
            yield make_raw(
                article_id=stem,
                source=source,
                content=data,
                kind="text",
                settings=settings,
                error=error,
                detect=False,
            )
        else:
            yield from iter_json_document(data, path=source, stem=stem, settings=settings)
    else:
        data, truncated = read_capped(stream, cap)
        yield make_raw(
            article_id=stem,
            source=source,
            content=data,
            kind=file_type.kind,
            settings=settings,
            truncated=truncated,
        )


def _raw_bytes(path: Path, settings: Settings) -> tuple[bytes, bool]:
    """The file's own bytes (compressed, if it is), capped for storage."""
    try:
        with path.open("rb") as handle:
            return read_capped(handle, storage_cap(settings))
    except OSError:
        return b"", False


def _unreadable(
    path: Path, file_type: FileType, exc: BaseException, settings: Settings
) -> RawArticle:
    source = str(path)
    if file_type.gzipped:
        error = problem(
            DecodeError,
            f"gzip stream is truncated or corrupt ({exc}); its compressed bytes are stored",
            source=source,
            hint="download or compress the file again, or check it with `gzip -t`",
        )
    else:
        error = problem(
            InputError,
            f"reading failed ({exc})",
            source=source,
            hint="check the disk and the file, then ingest it again",
        )
    content, truncated = _raw_bytes(path, settings)
    kind = file_type.kind if file_type.kind in ("html", "text") else "text"
    return make_raw(
        article_id=file_type.stem,
        source=source,
        content=content,
        kind=kind,
        settings=settings,
        error=error,
        truncated=truncated,
        detect=False,
    )
