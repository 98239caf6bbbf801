"""`diplograph query`: ask one of the canned questions."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from ..errors import DiplographError
from ..query import QUESTIONS, ActorProfile, QueryRow, ask, profile
from ..vocab import EVENT_CLASS, STATUS_NODE
from . import main
from .output import opened, output_options, source_options, table, to_csv, to_json

EXAMPLES = """\b
Examples:
  diplograph query who-met --store graph-store
  diplograph query who-met --actor Biden --since 2021-01-01 --level country
  diplograph query who-warned --actor Russia --status all --evidence
  diplograph query who-threatened --graph build.nq --format json
  diplograph query who-sanctioned --until 2022-12-31 --format csv > sanctions.csv
  diplograph query who-accused --actor "United States" --limit 10
  diplograph query who-demanded --level country
  diplograph query who-did --type aid --status planned --status proposed
  diplograph query profile --actor "Joe Biden"
  diplograph query timeline --actor Biden --actor Putin --status all
  diplograph query ties --limit 20 --level country
"""
TABLE_COLUMNS = [("agent_label", "agent"), ("arrow", ""), ("target_label", "target"),
                 ("type", "type"), ("status", "status"), ("count", "count"),
                 ("first_date", "first"), ("last_date", "last")]
CSV_COLUMNS = ["type", "agent", "agent_label", "target", "target_label", "status", "count",
               "first_date", "last_date", "symmetric", "events"]
NOT_OCCURRED = "*"


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


@main.command("query", epilog=EXAMPLES)
@click.argument("question", type=click.Choice(QUESTIONS), metavar="QUESTION")
@source_options
@click.option("--actor", "actors", multiple=True, metavar="NAME",
              help="Keep events of this actor: a label, alias, slug or IRI. timeline takes two.")
@click.option("--status", "statuses", multiple=True, default=("occurred",), show_default=True,
              metavar="S", help=f"Event status, repeatable: {', '.join(STATUS_NODE)} or all.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
              help="Keep events dated on or after this day (undated events are left out).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
              help="Keep events dated on or before this day (undated events are left out).")
@click.option("--type", "event_type", default=None, metavar="T",
              help=f"Event type for who-did, profile, timeline, ties: {', '.join(EVENT_CLASS)}.")
@click.option("--level", type=click.Choice(["actor", "country"]), default="actor",
              show_default=True, help="country: count persons as the state they act for.")
@click.option("--evidence", is_flag=True, help="Show the sentences each answer was read from.")
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="At most N rows (ties: default 20).")
@output_options()
def query_command(question: str, graph: Path | None, store: Path | None,
                  actors: tuple[str, ...], statuses: tuple[str, ...], since: datetime | None,
                  until: datetime | None, event_type: str | None, level: str, evidence: bool,
                  limit: int | None, fmt: str) -> None:
    """Ask QUESTION of the graph: who-met, who-warned, who-threatened, who-sanctioned,
    who-accused, who-demanded, who-did (any --type), profile (of one --actor),
    timeline (of two --actor) or ties (the strongest pairs).

    Only events that occurred are counted unless --status says otherwise; an event
    told in several articles counts once. Meetings list each pair once."""
    if len(actors) > (2 if question == "timeline" else 1):
        raise click.UsageError("--actor is given once (twice for timeline)")
    options: dict[str, Any] = dict(
        status=statuses, since=_day(since), until=_day(until), level=level,
        event_type=event_type)
    with opened(store, graph) as source:
        try:
            if question == "profile":
                if not actors:
                    raise click.UsageError("profile needs --actor NAME")
                found = profile(source, actors[0], evidence=evidence, limit=limit, **options)
                click.echo(render_profile(found, fmt, evidence))
                return
            rows = ask(source, question, actor=actors[0] if actors else None,
                       other=actors[1] if len(actors) > 1 else None, evidence=evidence,
                       limit=limit, **options)
        except DiplographError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(render_rows(rows, fmt, evidence))


def render_rows(rows: list[QueryRow], fmt: str, evidence: bool) -> str:
    if fmt == "json":
        return to_json([row.to_dict(evidence) for row in rows])
    if fmt == "csv":
        columns = CSV_COLUMNS + (["evidence"] if evidence else [])
        return to_csv([row.to_dict(evidence) for row in rows], columns)
    return render_table(rows, evidence)


def render_table(rows: list[QueryRow], evidence: bool) -> str:
    """Aligned rows; statuses other than "occurred" are marked, evidence indented below."""
    records = []
    for row in rows:
        record = row.to_dict()
        record["arrow"] = "<->" if row.symmetric else "->"
        if row.status != "occurred":
            record["status"] = f"{row.status}{NOT_OCCURRED}"
        records.append(record)
    text = table(records, TABLE_COLUMNS)
    if evidence and rows:
        lines = text.split("\n")
        out = lines[:2]
        for line, row in zip(lines[2:], rows):
            out.append(line)
            out += [f"    [{ev.document}] {' '.join(ev.sentence.split())}" for ev in row.evidence]
        text = "\n".join(out)
    if any(row.status != "occurred" for row in rows):
        text += f"\n{NOT_OCCURRED} not (or not yet) happened: planned, proposed, conditional or negated"
    return text


def render_profile(found: ActorProfile, fmt: str, evidence: bool) -> str:
    if fmt == "csv":
        return render_rows(list(found.rows), fmt, evidence)
    if fmt == "json":
        about = {k: v for k, v in found.__dict__.items() if k != "rows"}
        return to_json({**about, "aliases": list(found.aliases), "roles": list(found.roles),
                        "rows": [row.to_dict(evidence) for row in found.rows]})
    head = f"{found.label} ({found.kind})"
    if found.country_label:
        head += f", acting for {found.country_label}"
    lines = [head, f"  {found.actor}"]
    if found.aliases:
        lines.append(f"  also called: {', '.join(found.aliases)}")
    lines += [f"  role: {role}" for role in found.roles]
    return "\n".join(lines) + "\n\n" + render_table(list(found.rows), evidence)
