"""Options and output shared by the commands that read a graph: ``--graph FILE |
--store DIR`` (:func:`source_options`) and ``--format table|json|csv``
(:func:`output_options`), with the writers behind them."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from ..errors import DiplographError
from ..store import GraphStore, open_graph

F = TypeVar("F", bound=Callable[..., Any])
OUTPUT_FORMATS = ("table", "json", "csv")
MAX_CELL = 60  # characters shown per table cell


def source_options(function: F) -> F:
    """``--graph FILE`` and ``--store DIR`` (passed on as ``graph`` and ``store``)."""
    function = click.option(
        "--store", type=click.Path(file_okay=False, path_type=Path), default=None,
        help="Store directory built by `diplograph build` [default: $DIPLOGRAPH_STORE "
             "or ./diplograph-store].")(function)
    return click.option(
        "--graph", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
        help="An RDF file (.nq .trig .ttl .nt .jsonld .rdf) to query instead of a store; "
             "wins over --store.")(function)


def output_options(*extra: str, default: str = "table") -> Callable[[F], F]:
    """``--format`` with table, json and csv, plus ``extra`` choices (passed on as ``fmt``)."""
    choices = [*OUTPUT_FORMATS, *extra]

    def decorate(function: F) -> F:
        return click.option(
            "--format", "fmt", type=click.Choice(choices, case_sensitive=False), default=default,
            show_default=True, help="Output format: an aligned table for reading, JSON or "
                                    "CSV for programs.")(function)
    return decorate


@contextmanager
def opened(store: Path | None, graph: Path | None) -> Iterator[GraphStore]:
    """The graph behind ``--store``/``--graph``, its errors as click errors."""
    try:
        source = open_graph(store=store, graph=graph)
    except DiplographError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield source
    finally:
        source.close()


def table(records: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str]]) -> str:
    """An aligned text table of ``records``; ``columns`` are (key, header) pairs.
    Numbers are right-aligned, long cells cut."""
    if not records:
        return "(no results)"
    cells = [[_cell(r.get(key)) for key, _ in columns] for r in records]
    numeric = [all(isinstance(r.get(key), (int, float)) and not isinstance(r.get(key), bool)
                   for r in records) for key, _ in columns]
    widths = [max(len(header), *(len(row[i]) for row in cells))
              for i, (_, header) in enumerate(columns)]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric)]
        return "  ".join(parts).rstrip()

    header = line([h for _, h in columns])
    rule = "  ".join("-" * w for w in widths)
    return "\n".join([header, rule, *(line(row) for row in cells)])


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…"


def to_json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)


def to_csv(records: Sequence[dict[str, Any]], columns: Sequence[str], *,
           delimiter: str = ",") -> str:
    """CSV with a header row; lists and dicts as JSON, None as an empty cell."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([_csv_value(record.get(c)) for c in columns])
    return out.getvalue().rstrip("\n")


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value
