"""``newsevents eval`` (score gold sentences) and ``newsevents explain`` (why a sentence codes as
it does)."""

from __future__ import annotations

import sys
from typing import Any

import click
from rich.table import Table

from newsevents.cli import EXIT_OK, _fatal, _pipeline, _settings, err, main, out, render


@main.command(name="eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--misses", is_flag=True, help="List the sentences that were missed.")
@click.pass_context
def eval_(ctx: click.Context, gold: str, as_json: bool, misses: bool) -> None:
    """Score the coder on a gold JSONL file (PLOVER gold-standard format)."""
    from newsevents.evaluation import read_gold, score
    from newsevents.pipeline import raw_from_text

    with _fatal():
        records = read_gold(gold)
        pipeline = _pipeline(_settings(ctx))
        raws = [
            raw_from_text(r["text"], article_id=str(r.get("id") or n))
            for n, r in enumerate(records)
        ]
        results = {r.article_id: r for r in pipeline.run(raws)}
    coded = [results[raw.id].events if raw.id in results else () for raw in raws]
    scores = score(records, coded)
    data = scores.as_dict()
    if as_json:
        data["misses"] = scores.misses
        click.echo(render.dumps(data, pretty=True))
        sys.exit(EXIT_OK)
    per = Table(title="per type", header_style="bold")
    for col in ("type", "gold", "found", "recall", "emitted", "precision"):
        per.add_column(col, justify="right" if col != "type" else "left")
    for t, row in data["per_type"].items():
        per.add_row(
            t,
            *(
                str(row[k]) if row[k] is not None else "—"
                for k in ("gold", "found", "recall", "emitted", "precision")
            ),
        )
    out.print(per)
    if misses:
        for m in scores.misses:
            out.print(m)
    out.print(f"sentences: {data['sentences']}")
    out.print(f"type found: {data['type_found']:.1%}")
    out.print(f"actor match (of found): {data['actor_match']:.1%}")
    out.print(f"recipient match (of found): {data['recipient_match']:.1%}")
    out.print(f"type+actor+recipient: {data['full_match']:.1%}")
    out.print(f"events per sentence: {data['events_per_sentence']:.2f}")
    out.print(f"events of the gold type: {data['share_of_events_of_gold_type']:.1%}")


@main.command()
@click.argument("sentence")
@click.option("--date", "published", help="Publication date to resolve actors as of (YYYY-MM-DD).")
@click.pass_context
def explain(ctx: click.Context, sentence: str, published: str | None) -> None:
    """Show the parse, the actors, the rules that fired and the near misses for a sentence."""
    from newsevents.pipeline import raw_from_text

    with _fatal():
        pipeline = _pipeline(_settings(ctx))
        report: dict[str, Any] = pipeline.explain(raw_from_text(sentence, published=published))
    parse = Table(title="parse", header_style="bold")
    for col in ("i", "token", "lemma", "pos", "dep", "head", "entity"):
        parse.add_column(col)
    for t in report["tokens"]:
        parse.add_row(
            str(t["i"]), t["text"], t["lemma"], t["pos"], t["dep"], str(t["head"]), t["ent"]
        )
    out.print(parse)
    actors = Table(title="actor mentions", header_style="bold")
    for col in ("text", "code", "sector", "name", "kind", "rule", "resolution"):
        actors.add_column(col)
    for m in report["mentions"]:
        actors.add_row(
            m["text"],
            m["code"],
            m["sector"] or "",
            m["name"],
            m["kind"],
            m["rule"],
            " → ".join(m["resolution"]),
        )
    out.print(actors)
    triggers = Table(title="trigger candidates", header_style="bold")
    for col in ("token", "pattern", "requires", "holds", "verdict"):
        triggers.add_column(col)
    for cand in report["triggers"]:
        for n, p in enumerate(cand["patterns"]):
            triggers.add_row(
                cand["token"] if n == 0 else "",
                f"{p['event']} {p['rule']}",
                p["requires"],
                "yes" if p["holds"] else "no",
                cand["verdict"] if n == 0 else "",
            )
    out.print(triggers)
    out.print(render.events_table(report["events"], title="events"))
    if report["failures"]:
        for f in report["failures"]:
            err.print(f"[yellow]failed[/] {f['message']}")
