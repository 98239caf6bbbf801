"""Export the graph: as RDF (turtle, nt, nq, trig, jsonld, rdfxml) or as a property
graph of actors and interactions (graphml, gexf, csv).

RDF is streamed straight to the file: by pyoxigraph's serializer, except JSON-LD,
which graph/jsonld.py compacts with the project's context (ontology/context.jsonld);
quad formats (nq, trig, jsonld) keep the named graphs, triple formats get their union.

Property graphs follow :func:`graph.netx.to_networkx`. Attribute values are strings,
numbers or booleans; ``events`` and ``evidence`` are JSON strings. In GEXF the edge
attribute ``type`` is called ``event_type`` (GEXF reserves ``type`` for
directed/undirected) and ``weight`` is the event count.

CSV is two files, written row by row:
  * ``--out edges.csv`` writes ``edges.csv`` and ``edges-nodes.csv``;
  * ``--out DIR`` (an existing directory, or a path without a suffix) writes
    ``DIR/edges.csv`` and ``DIR/nodes.csv``.
Edges: agent agent_label target target_label type status date count symmetric events
evidence (events space-separated, evidence JSON). Nodes: id label type country.
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from .errors import FormatError, StoreError
from .netx import Edge, edges, nodes, to_networkx
from .store import FORMATS, GraphStore

RDF_FORMATS = ("turtle", "nt", "nq", "trig", "jsonld", "rdfxml")
GRAPH_FORMATS = ("graphml", "gexf", "csv")
EXPORT_FORMATS = RDF_FORMATS + GRAPH_FORMATS
EDGE_COLUMNS = ("agent", "agent_label", "target", "target_label", "type", "status", "date",
                "count", "symmetric", "events", "evidence")
NODE_COLUMNS = ("id", "label", "type", "country")

# characters XML 1.0 cannot hold, even escaped
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def export(store: GraphStore, target: Path, fmt: str, *, level: str = "actor",
           status: Iterable[str] | str = ("occurred",)) -> list[Path]:
    """Write the graph to ``target`` in format ``fmt``; returns the files written.
    ``level`` and ``status`` shape property graphs only (RDF is written whole)."""
    target = Path(target)
    fmt = fmt.lower()
    if fmt not in EXPORT_FORMATS and fmt not in FORMATS:
        raise FormatError(f"unknown export format {fmt!r}; known: {', '.join(EXPORT_FORMATS)}")
    try:
        if fmt == "csv":
            return write_csv(store, target, level=level, status=status)
        if fmt in GRAPH_FORMATS:
            _parent(target)
            graph = to_networkx(store, level=level, status=status)
            writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
            writer(xml_safe(graph, gexf=fmt == "gexf"), target)
            return [target]
        _parent(target)
        store.dump(target, fmt)
        return [target]
    except OSError as exc:
        raise StoreError(f"{target}: cannot write: {exc}") from exc


def _parent(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)


def xml_text(value: str) -> str:
    """``value`` without the characters XML 1.0 cannot hold."""
    return _NOT_XML.sub("", value)


def _safe(value: Any) -> str | int | float | bool:
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return xml_text("" if value is None else str(value))


def xml_safe(graph: nx.MultiDiGraph, *, gexf: bool = False) -> nx.MultiDiGraph:
    """A copy whose attribute values GraphML and GEXF can hold: strings, numbers,
    booleans; lists and dicts as JSON strings."""
    safe = nx.MultiDiGraph(**{k: _safe(v) for k, v in graph.graph.items()})
    for node, data in graph.nodes(data=True):
        safe.add_node(xml_text(node), **{k: _safe(v) for k, v in data.items()})
    for a, b, key, data in graph.edges(keys=True, data=True):
        attrs = {k: _safe(v) for k, v in data.items()}
        if gexf:
            attrs["event_type"] = attrs.pop("type", "")
            attrs["weight"] = attrs.get("count", 1)
        safe.add_edge(xml_text(a), xml_text(b), key=xml_text(key), **attrs)
    return safe


def csv_paths(target: Path) -> tuple[Path, Path]:
    """(edges file, nodes file) for ``--out target``: see the module docstring."""
    if target.is_dir() or not target.suffix:
        return target / "edges.csv", target / "nodes.csv"
    return target, target.with_name(f"{target.stem}-nodes{target.suffix}")


def write_csv(store: GraphStore, target: Path, *, level: str = "actor",
              status: Iterable[str] | str = ("occurred",)) -> list[Path]:
    """Write the edges and nodes CSV files; returns their paths."""
    edge_path, node_path = csv_paths(target)
    _parent(edge_path)
    with edge_path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(EDGE_COLUMNS)
        for edge in edges(store, level=level, status=status):
            writer.writerow(edge_record(edge))
    with node_path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(NODE_COLUMNS)
        for node in nodes(store, level=level):
            writer.writerow((node.id, node.label, node.type, node.country))
    return [edge_path, node_path]


def edge_record(edge: Edge) -> tuple[object, ...]:
    """An edge as a CSV row (:data:`EDGE_COLUMNS`)."""
    return (edge.agent, edge.agent_label, edge.target, edge.target_label, edge.type,
            edge.status, edge.date, edge.count, str(edge.symmetric).lower(),
            " ".join(edge.events), json.dumps(list(edge.evidence), ensure_ascii=False))
