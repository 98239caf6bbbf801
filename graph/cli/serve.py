"""`diplograph serve`: the graph as a read-only SPARQL endpoint with a query page."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import DiplographError
from ..settings import (
    DEFAULT_HOST,
    DEFAULT_MAX_BODY,
    DEFAULT_MAX_RESULTS,
    DEFAULT_PORT,
    DEFAULT_QUERY_TIMEOUT,
    from_env,
)
from ..store import open_graph
from . import main
from .output import source_options


@main.command()
@source_options
@click.option("--host", help=f"Address to listen on (default {DEFAULT_HOST}).")
@click.option("--port", type=click.IntRange(0, 65535),
              help=f"Port (default {DEFAULT_PORT}; 0: any free port).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True),
              help=f"Seconds a query may run before it is stopped (default {DEFAULT_QUERY_TIMEOUT:g}).")
@click.option("--max-results", type=click.IntRange(min=1),
              help=f"Rows or triples per answer; more are cut off (default {DEFAULT_MAX_RESULTS}).")
@click.option("--max-body", type=click.IntRange(min=1),
              help=f"Largest request body in bytes (default {DEFAULT_MAX_BODY}).")
def serve(store: Path | None, graph: Path | None, host: str | None, port: int | None,
          timeout: float | None, max_results: int | None, max_body: int | None) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint at /sparql, with a query
    page at /. Queries run on the union of the named graphs; updates, SERVICE and
    remote graphs are refused. Stop with Ctrl-C.

    \b
    Example:
      diplograph serve --store graph-store --port 8080
      curl -G http://127.0.0.1:8080/sparql --data-urlencode 'query=ASK { ?s ?p ?o }'
    """
    from ..server import serve as serve_graph

    settings = from_env().with_overrides(host=host, port=port, query_timeout=timeout,
                                         max_results=max_results, max_body=max_body)
    try:
        source = open_graph(store, graph, settings)
    except DiplographError as exc:
        raise click.ClickException(str(exc)) from exc

    def announce(url: str) -> None:
        click.echo(f"Serving {source!r} at {url} (SPARQL endpoint: {url}sparql); "
                   "press Ctrl-C to stop")

    try:
        serve_graph(source, settings, announce=announce)
    except OSError as exc:
        raise click.ClickException(
            f"cannot listen on {settings.host}:{settings.port}: {exc.strerror or exc}") from exc
    except DiplographError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        source.close()
    click.echo("Stopped.")
