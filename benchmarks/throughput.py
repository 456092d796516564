"""Throughput benchmark: raw spaCy against the whole newsevents pipeline, on the same text.

The bundled demo corpus is ingested and extracted once; its documents are repeated (each copy
with its own article id) until they hold ``--words`` words. On that text the script times

1. ``nlp.pipe`` alone (the floor: newsevents cannot be faster than its parser);
2. the pipeline from Document onwards, batch by batch: ``nlp.parse`` then ``Pipeline._code``
   (actors, events, attributes when an attribute coder is registered);
3. each coder alone on the already-parsed docs, as a share of the spaCy time, and as a share of
   the raw spaCy parse of the same batches timed alongside it (steadier on a shared machine,
   whose speed drifts between the separate runs);
4. the end-to-end run from the demo files (ingest, extract, parse, code, store into a fresh
   SQLite file in a temporary folder);
5. with ``--workers N`` (N > 1), the pipeline in N processes, each reporting its own peak RSS.

Usage::

    .venv/bin/python benchmarks/throughput.py                      # 300,000 words, 1 process
    .venv/bin/python benchmarks/throughput.py --words 50000 --workers 2
    .venv/bin/python benchmarks/throughput.py --json               # machine-readable figures

Nothing here asserts a time: it reports, a person reads.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from newsevents import nlp
from newsevents.errors import NewsEventsError
from newsevents.pipeline import Pipeline, RunStats
from newsevents.records import ArticleResult, Document, RawArticle
from newsevents.settings import Settings, load_settings
from newsevents.store import open_sqlite

# Issue targets: coding cost as a share of the spaCy parse time.
BUDGETS = {"actors": 10.0, "events": 15.0, "attributes": 10.0}

Pair = tuple[RawArticle, Document]


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the results table."""

    stage: str
    seconds: float
    words: int
    articles: int
    ratio: float | None  # this stage's time / raw spaCy time on the same text
    peak_rss_mb: float

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


@dataclass(frozen=True, slots=True)
class WorkerReport:
    """What one pool worker did (times exclude its model load and warm-up)."""

    pid: int
    articles: int
    words: int
    seconds: float
    peak_rss_mb: float


@dataclass(slots=True)
class Report:
    """Every figure of one benchmark run."""

    machine: dict[str, Any]
    settings: dict[str, Any]
    corpus: dict[str, Any]
    rows: list[Row] = field(default_factory=list)
    coding: dict[str, dict[str, float]] = field(default_factory=dict)
    workers: list[WorkerReport] = field(default_factory=list)


# -- helpers ------------------------------------------------------------------------------


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB.

    ``getrusage(RUSAGE_SELF).ru_maxrss`` (KiB on Linux, bytes on macOS) survives ``execve`` on
    Linux, so a spawned worker would report its parent's peak if that was higher; ``VmHWM`` of
    ``/proc/self/status`` belongs to the process's own memory map, so it is preferred when present.
    """
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def word_count(text: str) -> int:
    return len(text.split())


def log(message: str) -> None:
    print(f"[throughput] {message}", file=sys.stderr, flush=True)


def machine_info() -> dict[str, Any]:
    """nproc, CPU model and RAM, as the README asks for them."""
    cpu = platform.processor() or platform.machine()
    ram_mb: float | None = None
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                ram_mb = int(line.split()[1]) / 1024
                break
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_mb": round(ram_mb) if ram_mb else None,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def batches(items: Sequence[Pair], size: int) -> Iterator[Sequence[Pair]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# -- corpus -------------------------------------------------------------------------------


def demo_pairs(pipeline: Pipeline, folder: Path) -> tuple[list[Pair], float]:
    """Ingest and extract the demo corpus once; (raw, document) pairs and the seconds it took."""
    start = time.perf_counter()
    pairs: list[Pair] = []
    for item in pipeline.inputs([str(folder)]):
        if not isinstance(item, RawArticle) or item.error:
            continue
        try:
            document = pipeline.extract(item)
        except NewsEventsError as exc:
            log(f"skipped {item.source}: {exc}")
            continue
        # the pipeline only needs the id and source of a raw article once it is extracted
        pairs.append((replace(item, content=b""), document))
    return pairs, time.perf_counter() - start


def repeat_to(pairs: Sequence[Pair], words: int) -> list[Pair]:
    """Copies of ``pairs`` with distinct article ids until they hold at least ``words`` words."""
    if not pairs:
        return []
    out: list[Pair] = []
    total = 0
    copy = 0
    while total < words:
        for raw, document in pairs:
            article_id = f"{document.article_id}~{copy}"
            out.append((replace(raw, id=article_id), replace(document, article_id=article_id)))
            total += word_count(document.text)
            if total >= words:
                break
        copy += 1
    return out


# -- the timed parts ----------------------------------------------------------------------


def warm_up(pipeline: Pipeline, pairs: Sequence[Pair]) -> None:
    """Load the model and run the articles once through every stage, so no timing pays for it.

    The timed corpus repeats these articles, so after this pass spaCy's vocabulary already holds
    every word: the first timed stage is not charged for growing it.
    """
    settings = pipeline.settings
    for batch in batches(pairs, settings.batch_size):
        for (raw, _), parsed in zip(batch, nlp.parse([d for _, d in batch], settings), strict=True):
            pipeline._code(raw, parsed)


def time_spacy(settings: Settings, texts: Sequence[str]) -> float:
    model = nlp.load(settings.model)
    start = time.perf_counter()
    for _ in model.pipe(texts, batch_size=settings.batch_size):
        pass
    return time.perf_counter() - start


def time_pipeline(pipeline: Pipeline, pairs: Sequence[Pair]) -> tuple[float, float]:
    """Parse + code every article batch by batch; (total seconds, seconds spent parsing)."""
    settings = pipeline.settings
    parse_seconds = 0.0
    start = time.perf_counter()
    for batch in batches(pairs, settings.batch_size):
        t0 = time.perf_counter()
        parsed = list(nlp.parse([d for _, d in batch], settings))
        parse_seconds += time.perf_counter() - t0
        for (raw, _), p in zip(batch, parsed, strict=True):
            pipeline._code(raw, p)
    return time.perf_counter() - start, parse_seconds


def time_coders(pipeline: Pipeline, pairs: Sequence[Pair]) -> dict[str, float]:
    """Seconds spent in each coder alone, every call on an already-parsed doc, and under
    ``spacy`` the raw ``nlp.pipe`` parse of the same batches timed alongside them: a shared
    machine's speed drifts between the separate spaCy run and this one, batch by batch it
    drifts for both alike."""
    settings = pipeline.settings
    model = nlp.load(settings.model)
    spent = {"actors": 0.0, "events": 0.0, "attributes": 0.0, "spacy": 0.0}
    clock = time.perf_counter
    for batch in batches(pairs, settings.batch_size):
        t_raw = clock()
        for _ in model.pipe([d.text for _, d in batch], batch_size=settings.batch_size):
            pass
        spent["spacy"] += clock() - t_raw
        parsed = list(nlp.parse([d for _, d in batch], settings))  # not timed
        for (raw, _), p in zip(batch, parsed, strict=True):
            t0 = clock()
            mentions = pipeline.code_actors(p)
            t1 = clock()
            events = pipeline.code_events(p, mentions)
            t2 = clock()
            spent["actors"] += t1 - t0
            spent["events"] += t2 - t1
            if pipeline.code_attributes is not None:
                result = ArticleResult(
                    raw.id, raw.source, p.document, tuple(mentions), tuple(events)
                )
                t3 = clock()
                pipeline.code_attributes(p, result)
                spent["attributes"] += clock() - t3
    return spent


def time_end_to_end(pipeline: Pipeline, folder: Path) -> tuple[float, RunStats, int]:
    """Files → ingest → extract → parse → code → a fresh SQLite file; (seconds, stats, words)."""
    stats = RunStats()
    words = 0
    with tempfile.TemporaryDirectory(prefix="newsevents-bench-") as tmp:
        store = open_sqlite(pipeline.settings, path=str(Path(tmp) / "bench.db"))
        try:
            start = time.perf_counter()
            for result in pipeline.run(pipeline.inputs([str(folder)]), store=store, stats=stats):
                if result.document is not None:
                    words += word_count(result.document.text)
            seconds = time.perf_counter() - start
        finally:
            store.close()
    return seconds, stats, words


# -- the process pool ---------------------------------------------------------------------


def _worker(settings: Settings, demo: list[Pair], pairs: list[Pair]) -> WorkerReport:
    """Run in a pool process: warm up on the demo articles, then parse + code its share."""
    pipeline = Pipeline(settings)
    warm_up(pipeline, demo)
    seconds, _ = time_pipeline(pipeline, pairs)
    return WorkerReport(
        pid=os.getpid(),
        articles=len(pairs),
        words=sum(word_count(d.text) for _, d in pairs),
        seconds=seconds,
        peak_rss_mb=peak_rss_mb(),
    )


def run_pool(
    settings: Settings, demo: Sequence[Pair], pairs: Sequence[Pair], workers: int
) -> tuple[float, list[Any]]:
    """Split the articles over ``workers`` spawned processes; (wall seconds, worker reports)."""
    shares = [list(pairs[i::workers]) for i in range(workers)]
    context = multiprocessing.get_context("spawn")
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        reports = list(pool.map(_worker, [settings] * workers, [list(demo)] * workers, shares))
    return time.perf_counter() - start, reports


# -- output -------------------------------------------------------------------------------


def fmt_ratio(ratio: float | None) -> str:
    return "—" if ratio is None else f"{ratio:.2f}×"


def text_table(report: Report) -> str:
    m, c = report.machine, report.corpus
    lines = [
        f"machine: {m['nproc']} CPUs, {m['cpu']}, {m['ram_mb']} MB RAM, Python {m['python']}",
        f"model: {report.settings['model']}  batch size: {report.settings['batch_size']}  "
        f"attribute coder: {report.settings['attribute_coder_registered']}",
        f"corpus: {c['demo_articles']} demo articles ({c['demo_words']:,} words) repeated to "
        f"{c['articles']:,} articles, {c['words']:,} words",
        "",
        f"{'stage':<44} {'seconds':>9} {'words/s':>10} {'articles/s':>11} {'vs spaCy':>9} "
        f"{'peak RSS':>10}",
        "-" * 98,
    ]
    for row in report.rows:
        lines.append(
            f"{row.stage:<44} {row.seconds:>9.2f} {row.words_per_s:>10,.0f} "
            f"{row.articles_per_s:>11,.1f} {fmt_ratio(row.ratio):>9} "
            f"{row.peak_rss_mb:>7,.0f} MB"
        )
    lines += [
        "",
        f"{'coding cost (on parsed docs)':<44} {'seconds':>9} {'% of spaCy':>11} "
        f"{'alongside':>10} {'budget':>8}",
        "-" * 87,
    ]
    for name, figures in report.coding.items():
        budget = BUDGETS.get(name)
        verdict = "" if budget is None else ("ok" if figures["percent"] <= budget else "OVER")
        lines.append(
            f"{name:<44} {figures['seconds']:>9.2f} {figures['percent']:>10.1f}% "
            f"{figures['percent_alongside']:>9.1f}% "
            f"{'≤' + format(budget, '.0f') + '%' if budget else '':>8} {verdict}"
        )
    if "attributes" not in report.coding:
        lines.append(f"{'attributes':<44} {'—':>9} {'not registered':>11}")
    for w in report.workers:
        lines.append(
            f"worker pid {w.pid}: {w.articles} articles, {w.words:,} words in {w.seconds:.2f} s "
            f"({w.words / w.seconds if w.seconds else 0:,.0f} words/s), "
            f"peak RSS {w.peak_rss_mb:,.0f} MB"
        )
    return "\n".join(lines)


def markdown(report: Report) -> str:
    c = report.corpus
    lines = [
        f"Measured on {c['words']:,} words ({c['articles']:,} articles, the demo corpus repeated), "
        f"model `{report.settings['model']}`, batch size {report.settings['batch_size']}, "
        f"{report.machine['nproc']} CPUs ({report.machine['cpu']}).",
        "",
        "| stage | words/s | articles/s | ratio vs spaCy | peak RSS |",
        "|---|---:|---:|---:|---:|",
    ]
    for row in report.rows:
        lines.append(
            f"| {row.stage} | {row.words_per_s:,.0f} | {row.articles_per_s:,.1f} | "
            f"{fmt_ratio(row.ratio)} | {row.peak_rss_mb:,.0f} MB |"
        )
    lines += [
        "",
        "| coder | % of spaCy parse time | % of the parse timed alongside | budget |",
        "|---|---:|---:|---:|",
    ]
    for name, figures in report.coding.items():
        budget = BUDGETS.get(name)
        lines.append(
            f"| {name} | {figures['percent']:.1f}% | {figures['percent_alongside']:.1f}% | "
            + (f"≤ {budget:.0f}% |" if budget is not None else "— |")
        )
    if "attributes" not in report.coding:
        lines.append("| attributes | not registered | — | ≤ 10% |")
    return "\n".join(lines)


def as_json(report: Report) -> str:
    rows = [
        {**asdict(r), "words_per_s": r.words_per_s, "articles_per_s": r.articles_per_s}
        for r in report.rows
    ]
    data = {
        "machine": report.machine,
        "settings": report.settings,
        "corpus": report.corpus,
        "rows": rows,
        "coding": report.coding,
        "workers": [asdict(w) for w in report.workers],
    }
    return json.dumps(data, indent=2, ensure_ascii=False)


# -- main ---------------------------------------------------------------------------------


def benchmark(words: int, workers: int, settings: Settings) -> Report:
    pipeline = Pipeline(settings)
    rows: list[Row] = []
    with resources.as_file(resources.files("newsevents.data") / "demo") as folder:
        log("ingesting and extracting the demo corpus (also loads trafilatura)")
        demo, _ = demo_pairs(pipeline, folder)
        if not demo:
            raise SystemExit("the demo corpus gave no documents")
        pairs = repeat_to(demo, words)
        texts = [d.text for _, d in pairs]
        total_words = sum(word_count(t) for t in texts)
        demo_words = sum(word_count(d.text) for _, d in demo)
        log("warming up (loads the spaCy model)")
        warm_up(pipeline, demo)
        # ingest + extract once more, now that everything is imported and warm
        demo_again, extract_seconds = demo_pairs(pipeline, folder)
        rows.append(
            Row(
                "ingest + extract (demo, once)",
                extract_seconds,
                demo_words,
                len(demo_again),
                None,
                peak_rss_mb(),
            )
        )

        log(f"raw spaCy on {total_words:,} words")
        spacy_seconds = time_spacy(settings, texts)
        rows.append(
            Row("spaCy nlp.pipe", spacy_seconds, total_words, len(pairs), 1.0, peak_rss_mb())
        )

        log("pipeline: parse + actors + events (+ attributes)")
        pipe_seconds, parse_seconds = time_pipeline(pipeline, pairs)
        rows.append(
            Row(
                "pipeline (parse + code)",
                pipe_seconds,
                total_words,
                len(pairs),
                pipe_seconds / spacy_seconds,
                peak_rss_mb(),
            )
        )
        rows.append(
            Row(
                "… of which nlp.parse",
                parse_seconds,
                total_words,
                len(pairs),
                parse_seconds / spacy_seconds,
                peak_rss_mb(),
            )
        )

        log("coders alone on parsed docs")
        spent = time_coders(pipeline, pairs)
        alongside = spent.pop("spacy")
        coding = {
            name: {
                "seconds": secs,
                "percent": 100.0 * secs / spacy_seconds,
                "percent_alongside": 100.0 * secs / alongside,
            }
            for name, secs in spent.items()
            if name != "attributes" or pipeline.code_attributes is not None
        }

        log("end to end from the demo files into a fresh SQLite file")
        e2e_seconds, stats, e2e_words = time_end_to_end(pipeline, folder)
        rows.append(
            Row(
                f"end to end → SQLite (demo, {stats.coded} coded)",
                e2e_seconds,
                e2e_words,
                stats.seen,
                None,
                peak_rss_mb(),
            )
        )

    report = Report(
        machine=machine_info(),
        settings={
            "model": settings.model,
            "batch_size": settings.batch_size,
            "workers": workers,
            "attribute_coder_registered": pipeline.code_attributes is not None,
        },
        corpus={
            "demo_articles": len(demo),
            "demo_words": demo_words,
            "articles": len(pairs),
            "words": total_words,
        },
        rows=rows,
        coding=coding,
    )
    if workers > 1:
        log(f"pipeline in {workers} spawned processes")
        wall, reports = run_pool(settings, demo, pairs, workers)
        report.workers = reports
        busiest = max(r.seconds for r in reports)
        report.rows.append(
            Row(
                f"pipeline × {workers} workers (wall, incl. start)",
                wall,
                total_words,
                len(pairs),
                wall / spacy_seconds,
                max(r.peak_rss_mb for r in reports),
            )
        )
        report.rows.append(
            Row(
                f"pipeline × {workers} workers (warm)",
                busiest,
                total_words,
                len(pairs),
                busiest / spacy_seconds,
                max(r.peak_rss_mb for r in reports),
            )
        )
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--words", type=int, default=300_000, help="words to parse (300000)")
    parser.add_argument("--workers", type=int, default=1, help="processes for the pool run (1)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.words < 1 or args.workers < 1:
        parser.error("--words and --workers must be positive")
    report = benchmark(args.words, args.workers, load_settings())
    if args.json:
        print(as_json(report))
    else:
        print(text_table(report))
        print("\nMarkdown for the README:\n")
        print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
