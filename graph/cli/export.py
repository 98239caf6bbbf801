"""`diplograph export`: write the graph as RDF or as a property graph."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import DiplographError
from ..export import EXPORT_FORMATS, export
from ..model import STATUSES
from . import main
from .output import opened, source_options

EXAMPLES = """\b
Examples:
  diplograph export --format nq --store graph-store --out graph.nq
  diplograph export --format turtle --graph build.trig --out union.ttl
  diplograph export --format jsonld --out graph.jsonld
  diplograph export --format graphml --level country --out countries.graphml
  diplograph export --format gexf --status all --out actors.gexf
  diplograph export --format csv --out edges.csv        # edges.csv + edges-nodes.csv
  diplograph export --format csv --out tables/          # tables/edges.csv + tables/nodes.csv
"""


@main.command("export", epilog=EXAMPLES)
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS, case_sensitive=False),
              required=True, help="RDF (turtle nt nq trig jsonld rdfxml) or a property graph "
                                  "of actors and interactions (graphml gexf csv).")
@source_options
@click.option("--out", type=click.Path(path_type=Path), required=True, metavar="FILE",
              help="File to write; for csv a FILE (plus FILE-nodes) or a directory.")
@click.option("--level", type=click.Choice(["actor", "country"]), default="actor",
              show_default=True, help="Property graphs: country rolls persons up to their state.")
@click.option("--status", "statuses", multiple=True, default=("occurred",), show_default=True,
              metavar="S", help=f"Property graphs: statuses kept, repeatable: {', '.join(STATUSES)} or all.")
def export_command(fmt: str, graph: Path | None, store: Path | None, out: Path, level: str,
                   statuses: tuple[str, ...]) -> None:
    """Write the graph to --out. Quad formats (nq, trig, jsonld) keep one named graph
    per article; triple formats (turtle, nt, rdfxml) hold their union; jsonld is
    compacted with the project's context (ontology/context.jsonld). graphml, gexf
    and csv hold actors as nodes and interactions as edges, with their evidence."""
    with opened(store, graph) as source:
        try:
            written = export(source, out, fmt.lower(), level=level, status=statuses)
        except DiplographError as exc:
            raise click.ClickException(str(exc)) from exc
    for path in written:
        click.echo(f"wrote {path}", err=True)
