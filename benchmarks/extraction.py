"""Article-extraction benchmark: trafilatura alone against newsevents' ``extract``.

The metric is the one of scrapinghub/article-extraction-benchmark: per page, the texts are cut
into word tokens (runs of ``\\w``), every 4 consecutive tokens form a shingle, and shingle
counts give true/false positives and negatives, normalised per page so long pages weigh no
more than short ones. Precision is averaged over pages with a prediction, recall over pages with
a ground truth, and F1 is computed from the two averages.

Usage (the data is not part of the repository; bring the benchmark to a folder first)::

    python benchmarks/extraction.py --data /tmp/aeb          # html/*.html.gz + ground-truth.json
    python benchmarks/extraction.py --data /tmp/aeb --json
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from newsevents.errors import NewsEventsError
from newsevents.extract import extract
from newsevents.extract.language import NAMES
from newsevents.records import RawArticle
from newsevents.settings import Settings

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Counts of the n-token shingles of ``text`` (a text shorter than n is one shingle)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page."""
    gold, guess = shingles(true), shingles(pred)
    tp = sum((gold & guess).values())
    fp = sum((guess - gold).values())
    fn = sum((gold - guess).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


@dataclass(frozen=True, slots=True)
class Score:
    name: str
    precision: float
    recall: float
    f1: float
    pages: int
    failed: int
    pages_per_second: float


def score(name: str, counts: list[tuple[float, float, float]], failed: int, secs: float) -> Score:
    precision = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(name, precision, recall, f1, len(counts), failed, len(counts) / secs)


def _trafilatura(html: bytes, _key: str) -> str:
    return trafilatura.extract(html) or ""


def _newsevents(settings: Settings) -> Callable[[bytes, str], str]:
    def run(html: bytes, key: str) -> str:
        raw = RawArticle(
            id=key,
            source=f"{key}.html.gz",
            content=html,
            sha256=hashlib.sha256(html).hexdigest(),
            kind="html",
        )
        return extract(raw, settings).text

    return run


def run(
    name: str, pages: dict[str, bytes], truth: dict[str, str], func: Callable[[bytes, str], str]
) -> Score:
    counts: list[tuple[float, float, float]] = []
    failed = 0
    start = time.perf_counter()
    for key, html in pages.items():
        try:
            pred = func(html, key)
        except NewsEventsError:
            pred, failed = "", failed + 1
        counts.append(page_counts(truth[key], pred))
    return score(name, counts, failed, time.perf_counter() - start)


def load(data: Path) -> tuple[dict[str, bytes], dict[str, str]]:
    ground = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages: dict[str, bytes] = {}
    truth: dict[str, str] = {}
    for key, item in sorted(ground.items()):
        path = data / "html" / f"{key}.html.gz"
        if path.exists():
            pages[key] = gzip.decompress(path.read_bytes())
            truth[key] = item.get("articleBody", "") or ""
    return pages, truth


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="folder with html/*.html.gz, ground-truth.json")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    args = parser.parse_args(argv)
    if args.data is None or not (args.data / "ground-truth.json").is_file():
        sys.stderr.write(
            "benchmarks/extraction.py: --data must name a folder holding ground-truth.json and "
            "html/*.html.gz from github.com/scrapinghub/article-extraction-benchmark "
            "(clone it outside the repository and pass its path)\n"
        )
        return 2
    pages, truth = load(args.data)
    if args.limit:
        pages = dict(list(pages.items())[: args.limit])
    # Measure extraction, not the language gate: accept every language the detector names.
    settings = Settings(languages=tuple(NAMES))
    scores = [
        run("trafilatura (defaults)", pages, truth, _trafilatura),
        run("newsevents extract", pages, truth, _newsevents(settings)),
    ]
    if args.json:
        sys.stdout.write(json.dumps([_asdict(s) for s in scores]) + "\n")
        return 0
    sys.stdout.write(f"{len(pages)} pages from {args.data}\n")
    sys.stdout.write(
        f"{'':<24}{'precision':>10}{'recall':>10}{'F1':>10}{'failed':>8}{'pages/s':>9}\n"
    )
    for s in scores:
        sys.stdout.write(
            f"{s.name:<24}{s.precision:>10.4f}{s.recall:>10.4f}{s.f1:>10.4f}"
            f"{s.failed:>8}{s.pages_per_second:>9.1f}\n"
        )
    return 0


def _asdict(s: Score) -> dict[str, object]:
    return {
        "name": s.name,
        "precision": round(s.precision, 4),
        "recall": round(s.recall, 4),
        "f1": round(s.f1, 4),
        "pages": s.pages,
        "failed": s.failed,
        "pages_per_second": round(s.pages_per_second, 1),
    }


if __name__ == "__main__":
    raise SystemExit(main())
