"""The `diplograph` command: a thin layer over the library. Each subcommand lives in
its own module here and registers itself on `main`."""
from __future__ import annotations

import click

from .. import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="diplograph")
def main() -> None:
    """Build and query knowledge graphs of international affairs from English news.

    \b
    Typical use:
      diplograph build data/articles/seed.jsonl --store graph-store
      diplograph query who-met --store graph-store
      diplograph sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --store graph-store
      diplograph serve --store graph-store
    """


# each command module registers itself on `main` when imported
from . import build, evaluate, explain, export, query, serve, sparql  # noqa: E402,F401
