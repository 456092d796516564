"""``newsevents demo``: ingest the bundled demo corpus and show what came out of it."""

from __future__ import annotations

import time
from importlib import resources
from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from newsevents.cli import render
from newsevents.settings import Settings

SHOWCASE = "us-nato-written-response"  # an article whose events make a good first table


def run_demo(settings: Settings, db: str, out: Console, err: Console) -> None:
    from newsevents import registry
    from newsevents.pipeline import Pipeline, RunStats

    started = time.perf_counter()
    store = registry.stores.get(settings.store)(settings, db)
    try:
        with resources.as_file(resources.files("newsevents.data") / "demo") as folder:
            pipeline = Pipeline(settings)
            stats = RunStats()
            with err.status("[bold]Coding the demo corpus…[/] (loads the spaCy model once)"):
                for _ in pipeline.run(pipeline.inputs([str(folder)]), store=store, stats=stats):
                    pass
        summary = store.stats()
        showcase = _pick_article(store)
        events = store.events(article_id=showcase["id"], limit=None) if showcase else []
        failures = store.failures()
    finally:
        store.close()
    elapsed = time.perf_counter() - started
    _print(out, db, stats, summary, showcase, events, failures, elapsed)


def _pick_article(store: Any) -> dict[str, Any] | None:
    """The showcase article if it codes well, else the article with the most events."""
    rows = store.articles(limit=500)
    best = max(rows, key=lambda r: r.get("n_events") or 0, default=None)
    for row in rows:
        if SHOWCASE in str(row.get("id")) and (row.get("n_events") or 0) >= 4:
            return dict(row)
    return best


def _print(
    out: Console,
    db: str,
    stats: Any,
    summary: dict[str, Any],
    showcase: dict[str, Any] | None,
    events: list[dict[str, Any]],
    failures: list[dict[str, Any]],
    elapsed: float,
) -> None:
    out.print(
        Panel.fit(
            f"[bold]newsevents demo[/] — {summary['articles']} articles coded into [cyan]{db}[/] "
            f"in {elapsed:.0f} s\n"
            f"{summary['events']} events · {summary['quotes']} quotes · "
            f"{summary['failures']} failures · "
            f"{stats.unchanged} already stored (re-running is a no-op)",
            border_style="cyan",
        )
    )
    by_type = Table(title="events by PLOVER type", header_style="bold")
    by_type.add_column("type")
    by_type.add_column("events", justify="right")
    by_type.add_column("")
    total = max(summary["events"], 1)
    for t, n in sorted(summary["events_by_type"].items(), key=lambda kv: -kv[1]):
        by_type.add_row(t, str(n), "█" * max(1, round(30 * n / total)))
    dyads = Table(title="top actor → recipient pairs", header_style="bold")
    dyads.add_column("actor")
    dyads.add_column("recipient")
    dyads.add_column("events", justify="right")
    known = [d for d in summary["top_dyads"] if "UNK" not in (d["actor"], d["recipient"])]
    for d in known[:10]:
        dyads.add_row(d["actor"], d["recipient"], str(d["events"]))
    grid = Table.grid(padding=(0, 4))
    grid.add_row(by_type, dyads)
    out.print(grid)
    if showcase:
        title = f"{showcase.get('title')} ({showcase.get('published')}) — {showcase['id']}"
        out.print(render.events_table(events, title=title))
    if failures:
        out.print(
            f"[yellow]{len(failures)} inputs failed on purpose or by accident;[/] "
            f"see [bold]newsevents failures --db {db}[/]"
        )
    out.print(
        Panel(
            "\n".join(
                [
                    f"newsevents events --db {db} --actor RUS --recipient UKR",
                    f"newsevents events --db {db} --type REJECT --since 2022-01-01",
                    f"newsevents actors --db {db}",
                    f"newsevents articles --db {db} --search sanctions",
                    'newsevents explain "Russia has amassed troops near the Ukrainian border."',
                    "newsevents code my-article.html --format json",
                ]
            ),
            title="explore further",
            border_style="green",
        )
    )
