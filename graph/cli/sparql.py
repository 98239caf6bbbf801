"""`diplograph sparql`: run any SPARQL query on the graph."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import DiplographError, FormatError
from ..query import SparqlResult, sparql
from . import main
from .output import opened, output_options, source_options, table, to_csv, to_json

EXAMPLES = """\b
Examples:
  diplograph sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --store graph-store
  diplograph sparql graph/queries/who-did.rq --graph build.nq --format csv
  diplograph sparql 'SELECT ?a ?label WHERE { ?a a dg:Country ; rdfs:label ?label }'
  diplograph sparql 'ASK { ?e a dg:Sanction }' --format json
  diplograph sparql 'CONSTRUCT { ?a dg:met ?b } WHERE { ?a dg:met ?b }' --format turtle
  echo 'SELECT * WHERE { ?s ?p ?o } LIMIT 5' | diplograph sparql - --format tsv
"""
GRAPH_FORMATS = ("turtle", "nt")


def read_query(query_or_file: str) -> str:
    """The query text: from stdin for '-', from a file when one exists at that path,
    else the argument itself."""
    if query_or_file == "-":
        return sys.stdin.read()
    path = Path(query_or_file)
    try:
        if len(query_or_file) < 4096 and "\n" not in query_or_file and path.is_file():
            return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise click.BadParameter(f"cannot read {path}: {exc}") from exc
    return query_or_file


@main.command("sparql", epilog=EXAMPLES)
@click.argument("query_or_file", metavar="QUERY_OR_FILE")
@source_options
@output_options("tsv", *GRAPH_FORMATS)
def sparql_command(query_or_file: str, graph: Path | None, store: Path | None, fmt: str) -> None:
    """Run a SPARQL query on the union of the graph's named graphs.

    QUERY_OR_FILE is the query text, a path to a .rq file or '-' for stdin. The
    prefixes dg: id: prov: dcterms: skos: owl: rdf: rdfs: xsd: are declared for you.
    SELECT and ASK answers print as a table, SPARQL JSON, CSV or TSV; CONSTRUCT and
    DESCRIBE answers as Turtle (the default for them) or N-Triples."""
    text = read_query(query_or_file)
    with opened(store, graph) as source:
        try:
            result = sparql(source, text)
            click.echo(render(result, fmt.lower()))
        except DiplographError as exc:
            raise click.ClickException(str(exc)) from exc


def render(result: SparqlResult, fmt: str) -> str:
    """The result in ``fmt``; graph results default to Turtle."""
    if result.kind == "graph":
        if fmt in ("json", "csv", "tsv"):
            raise FormatError(f"--format {fmt} is for SELECT and ASK; use turtle or nt")
        return result.to_rdf("nt" if fmt == "nt" else "turtle").decode("utf-8").rstrip("\n")
    if fmt in GRAPH_FORMATS:
        raise FormatError(f"--format {fmt} is for CONSTRUCT and DESCRIBE; use table, json, csv or tsv")
    if fmt == "json":
        return to_json(result.to_json())
    if fmt == "tsv":
        return result.to_tsv()
    if result.kind == "ask":
        return str(result.boolean).lower()
    records = result.records()
    if fmt == "csv":
        return to_csv(records, result.columns)
    return table(records, [(c, c) for c in result.columns])
