"""Turning results into what the CLI prints: tables for people, JSON for machines."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table

from newsevents.records import ArticleResult, as_dict, event_json


def actors_text(actors: Iterable[dict[str, Any]]) -> str:
    parts = []
    for a in actors:
        code = a.get("code") or "?"
        sector = a.get("sector")
        parts.append(f"{code}/{sector}" if sector else code)
    return ", ".join(parts) or "—"


def article_json(result: ArticleResult) -> dict[str, Any]:
    """``--format json``: one object per article."""
    doc = result.document
    article: dict[str, Any] = {"id": result.article_id, "source": result.source}
    if doc is not None:
        article.update(
            {
                "title": doc.title,
                "published": doc.published.isoformat() if doc.published else None,
                "url": doc.url,
                "language": doc.language,
                "site": doc.site,
                "author": doc.author,
                "sha256": doc.sha256,
                "extractor": doc.extractor,
                "text": doc.text,
            }
        )
    return {
        "article": article,
        "events": [event_json(e) for e in result.events],
        "actors": [as_dict(m) for m in result.mentions],
        "quotes": [as_dict(q) for q in result.quotes],
        "places": [as_dict(p) for p in result.places],
        "quantities": [as_dict(q) for q in result.quantities],
        "failures": [as_dict(f) for f in result.failures],
    }


def extract_json(result: ArticleResult) -> dict[str, Any]:
    doc = result.document
    assert doc is not None
    return {
        "id": result.article_id,
        "source": result.source,
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "url": doc.url,
        "language": doc.language,
        "text": doc.text,
    }


def dumps(obj: Any, *, pretty: bool = False) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None)


def events_table(
    events: list[dict[str, Any]], *, title: str | None = None, wide: bool = False
) -> Table:
    table = Table(title=title, show_lines=False, header_style="bold", expand=False)
    table.add_column("date", no_wrap=True)
    table.add_column("event", no_wrap=True, style="bold cyan")
    table.add_column("actor", style="green")
    table.add_column("recipient", style="magenta")
    table.add_column("trigger")
    table.add_column("where")
    table.add_column("modality")
    if wide:
        table.add_column("article", no_wrap=True)
    table.add_column("evidence", ratio=1, min_width=40)
    for e in events:
        event = e["event"] + (f":{e['mode']}" if e.get("mode") else "")
        row = [
            e.get("date") or "—",
            event,
            actors_text(e.get("actor", [])),
            actors_text(e.get("recipient", [])),
            (e.get("trigger") or {}).get("text", ""),
            (e.get("location") or {}).get("name") or "",
            e.get("modality", ""),
        ]
        if wide:
            row.append(e.get("article_id", ""))
        sentence = " ".join((e.get("sentence") or "").split())
        row.append(sentence if len(sentence) <= 160 else sentence[:157] + "…")
        table.add_row(*row)
    return table


def quotes_table(quotes: list[dict[str, Any]], *, title: str | None = None) -> Table:
    table = Table(title=title, header_style="bold")
    table.add_column("published", no_wrap=True)
    table.add_column("speaker", style="green")
    table.add_column("kind")
    table.add_column("quote", ratio=1, min_width=40)
    table.add_column("article", no_wrap=True)
    for q in quotes:
        speaker = q.get("speaker") or {}
        who = f"{speaker.get('name', '?')} ({speaker.get('code', '?')})" if speaker else "—"
        text = " ".join((q.get("text") or "").split())
        kind = "direct" if q.get("direct") else f"indirect ({q.get('verb') or '…'})"
        table.add_row(
            q.get("published") or "—",
            who,
            kind,
            text if len(text) <= 200 else text[:197] + "…",
            q.get("article_id", ""),
        )
    return table


def print_failures(console: Console, failures: list[dict[str, Any]]) -> None:
    table = Table(header_style="bold", title="failures")
    for col in ("article", "stage", "error", "message"):
        table.add_column(col)
    for f in failures:
        table.add_row(f["article_id"], f["stage"], f["error_type"], f["message"])
    console.print(table)
