"""The knowledge graph as a property graph: actors as nodes, interactions as edges.

One edge per (agent, target, event type, status, day); meetings are one edge per
pair, from the actor whose label sorts first, marked ``symmetric=True``.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
import networkx as nx
import pyoxigraph as ox

from .query import bindings_for, evidence_for, load_query, to_row
from .store import GraphStore, to_python


@dataclass(frozen=True)
class Node:
    """An actor: IRI, label, kind (Person, Country, Organization), country IRI or ""."""

    id: str
    label: str
    type: str
    country: str = ""


@dataclass(frozen=True)
class Edge:
    """Events of one type and status between two actors on one day ("" if undated)."""

    agent: str
    target: str
    agent_label: str
    target_label: str
    type: str
    status: str
    date: str
    count: int
    symmetric: bool
    events: tuple[str, ...] = ()
    evidence: tuple[dict[str, str], ...] = field(default=())

    @property
    def key(self) -> str:
        return f"{self.type}/{self.status}/{self.date}"


def nodes(store: GraphStore, *, level: str = "actor") -> Iterator[Node]:
    """Every actor; at level "country" the actors that have a dg:country are left
    out (they are rolled up into it)."""
    seen: dict[str, Node] = {}
    for row in sorted(store.select(load_query("actors")), key=lambda r: str(r["actor"])):
        actor = str(row["actor"])
        if actor in seen or (level == "country" and row["country"]):
            continue
        kind = str(row["kind"]).rsplit("#", 1)[-1]
        seen[actor] = Node(actor, str(row["label"] or actor), kind, str(row["country"] or ""))
    yield from seen.values()


def edges(store: GraphStore, *, level: str = "actor", status: Iterable[str] | str = ("occurred",),
          evidence: bool = True) -> Iterator[Edge]:
    """Every edge, with the sentences its events were read from if ``evidence``."""
    bindings: dict[str, object] = {
        **bindings_for(store, actor=None, status=status, since=None, until=None, level=level,
                   event_type=None),
        "by_date": True,
    }
    found = evidence_for(store) if evidence else {}
    result = store.query(load_query("who-did"), bindings)
    assert isinstance(result, ox.QuerySolutions)
    for solution in result:
        row = to_row({v.value: to_python(solution[v.value]) for v in result.variables})
        day = to_python(solution["day"]) or ""
        proofs = tuple({"document": ev.document, "sentence": ev.sentence}
                       for e in row.events for ev in found.get(e, ()))
        yield Edge(row.agent, row.target, row.agent_label, row.target_label,
                   row.type, row.status, str(day), row.count,
                   row.symmetric, row.events, proofs)


def to_networkx(store: GraphStore, *, level: str = "actor",
                status: Iterable[str] | str = ("occurred",),
                evidence: bool = True) -> nx.MultiDiGraph:
    """The graph of actors and their interactions.

    Nodes are actor IRIs with ``label``, ``type`` and ``country`` (IRI or "").
    Edges are keyed "type/status/date" and carry ``type``, ``status``, ``date`` (ISO
    or ""), ``count``, ``symmetric``, ``events`` (IRIs) and ``evidence`` (a list of
    ``{"document", "sentence"}``)."""
    graph = nx.MultiDiGraph(level=level)
    for node in nodes(store, level=level):
        graph.add_node(node.id, label=node.label, type=node.type, country=node.country)
    for edge in edges(store, level=level, status=status, evidence=evidence):
        for actor, label in ((edge.agent, edge.agent_label), (edge.target, edge.target_label)):
            if actor not in graph:
                graph.add_node(actor, label=label, type="", country="")
        graph.add_edge(edge.agent, edge.target, key=edge.key, type=edge.type,
                       status=edge.status, date=edge.date, count=edge.count,
                       symmetric=edge.symmetric, events=list(edge.events),
                       evidence=[dict(e) for e in edge.evidence])
    return graph
