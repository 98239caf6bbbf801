"""`diplograph eval`: score a built graph against gold event annotations."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import DiplographError
from ..evaluate import DIGITS, evaluate, format_report, load_gold
from . import main


@main.command("eval")
@click.argument("graph_or_store", type=click.Path(exists=True, path_type=Path))
@click.option("--gold", "gold_dir", required=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder with documents.jsonl, actors.jsonl and events.jsonl.")
@click.option("--ontology", "ontology_dir", default=None,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of the ontology's .ttl files, for event subclasses "
                   "[default: the ontology shipped with diplograph].")
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--min-core-f1", type=click.FloatRange(0.0, 1.0), default=None, metavar="X",
              help="Exit with status 1 when the actor-level core F1 is below X.")
def eval_command(graph_or_store: Path, gold_dir: Path, ontology_dir: Path | None,
                 as_json: bool, min_core_f1: float | None) -> None:
    """Score GRAPH_OR_STORE (an RDF file or a store folder) against gold annotations.

    Prints precision, recall and F1 per event type at the actor and the country
    level, the core (meet, warn, threaten, sanction) and overall totals, and the
    status and date accuracy on the gold events found.

    \b
    Example:
      diplograph eval --gold gold/ diplograph-store
      diplograph eval --gold gold/ build.nq --json > report.json
      diplograph eval --gold gold/ diplograph-store --min-core-f1 0.6   # in CI
    """
    try:
        report = evaluate(graph_or_store, load_gold(gold_dir), ontology_dir)
    except DiplographError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else format_report(report))
    core_f1 = round(report.actor.core.f1, DIGITS)  # as printed
    if min_core_f1 is not None and core_f1 < min_core_f1:
        click.echo(f"core F1 at the actor level is {core_f1}, below --min-core-f1 {min_core_f1}", err=True)
        click.get_current_context().exit(1)
