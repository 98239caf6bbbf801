"""The typed answers to questions: :class:`QueryRow` (one who-did or strongest-ties
row), :class:`Evidence`, :class:`ActorProfile` and :class:`SparqlResult` (any SPARQL
query), with the short names of event classes and statuses they use."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

import pyoxigraph as ox

from .store import DUMP_PREFIXES, XSD, rdf_format, to_python
from .vocab import EVENT_CLASS, STATUS_NODE

# event class IRI -> event type key ("meet"); status IRI -> status key ("occurred")
TYPE_OF_CLASS = {str(cls): key for key, (cls, _edge) in EVENT_CLASS.items()}
STATUS_OF_NODE = {str(node): key for key, node in STATUS_NODE.items()}


@dataclass(frozen=True)
class Evidence:
    """A sentence an event was read from."""

    document: str  # the document id (dcterms:identifier)
    sentence: str
    mention: str = ""  # the mention IRI


@dataclass(frozen=True)
class QueryRow:
    """One answer: events of one type between two actors with one status.

    For strongest ties, ``type`` and ``status`` list every type and status of the
    pair, space-separated. Symmetric rows (meetings, ties) name the pair once, the
    actor whose label sorts first as agent."""

    type: str
    agent: str
    agent_label: str
    target: str
    target_label: str
    status: str
    count: int
    first_date: date | None = None
    last_date: date | None = None
    symmetric: bool = False
    events: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self, evidence: bool = False) -> dict[str, Any]:
        """Plain values for JSON or CSV: dates as ISO strings, evidence only on request."""
        data = asdict(self)
        for key in ("first_date", "last_date"):
            data[key] = data[key].isoformat() if data[key] else None
        data["events"] = list(self.events)
        if evidence:
            data["evidence"] = [asdict(e) for e in self.evidence]
        else:
            del data["evidence"]
        return data


def quick_row(type: str, agent: str, agent_label: str, target: str, target_label: str,
              status: str, count: int, first_date: date | None, last_date: date | None,
              symmetric: bool, events: tuple[str, ...]) -> QueryRow:
    """A :class:`QueryRow` without evidence, made three times faster than by its
    constructor (which sets each field of the frozen dataclass one by one): for
    answers of thousands of rows."""
    row = object.__new__(QueryRow)
    row.__dict__.update(type=type, agent=agent, agent_label=agent_label, target=target,
                        target_label=target_label, status=status, count=count,
                        first_date=first_date, last_date=last_date, symmetric=symmetric,
                        events=events, evidence=())
    return row


@dataclass(frozen=True)
class ActorProfile:
    """An actor's description and every interaction it takes part in."""

    actor: str
    kind: str
    label: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    country_label: str | None = None
    code: str | None = None
    roles: tuple[str, ...] = ()
    rows: tuple[QueryRow, ...] = field(default=())


@dataclass(frozen=True)
class SparqlResult:
    """The answer to any SPARQL query: ``kind`` is "select" (``columns``, ``rows``
    of RDF terms, None when unbound), "ask" (``boolean``) or "graph" (``triples``)."""

    kind: str
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[Any, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = ()

    def records(self) -> list[dict[str, Any]]:
        """SELECT rows as dicts of plain Python values."""
        return [dict(zip(self.columns, map(to_python, row))) for row in self.rows]

    def to_json(self) -> dict[str, Any]:
        """The SPARQL 1.1 Query Results JSON document (SELECT and ASK)."""
        if self.kind == "ask":
            return {"head": {}, "boolean": self.boolean}
        bindings = [{c: _json_term(t) for c, t in zip(self.columns, row) if t is not None}
                    for row in self.rows]
        return {"head": {"vars": list(self.columns)}, "results": {"bindings": bindings}}

    def to_tsv(self) -> str:
        """SPARQL 1.1 Query Results TSV: terms in N-Triples syntax."""
        if self.kind == "ask":
            return str(self.boolean).lower()
        lines = ["\t".join(f"?{c}" for c in self.columns)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in self.rows]
        return "\n".join(lines)

    def to_rdf(self, fmt: str) -> bytes:
        """CONSTRUCT and DESCRIBE triples serialized as ``fmt`` (turtle, nt, ...)."""
        return ox.serialize(self.triples, None, rdf_format(fmt),
                            prefixes=None if fmt == "nt" else DUMP_PREFIXES) or b""


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}
