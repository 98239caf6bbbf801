"""Questions asked of the graph: the canned SPARQL queries in graph/queries/ with
their parameters bound, answered as typed rows.

>>> rows = ask(store, "who-met", actor="Biden", since=date(2021, 1, 1))
>>> rows[0].agent_label, rows[0].target_label, rows[0].count

Every query runs on the union of the document graphs; an event told in several
documents counts once.
"""
from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from functools import cache
from typing import Any

import pyoxigraph as ox

from .errors import QueryError
from .resources import queries_dir
from .settings import BASE_IRI
from .store import DUMP_PREFIXES, XSD, GraphStore, Row, rdf_format, to_python
from .vocab import EVENT_CLASS, STATUS_NODE

# question -> event type it fixes (None: any, or --type)
QUESTION_TYPES: dict[str, str | None] = {
    "who-met": "meet", "who-warned": "warn", "who-threatened": "threaten",
    "who-sanctioned": "sanction", "who-accused": "accuse", "who-demanded": "demand",
    "who-did": None,
}
QUESTIONS: tuple[str, ...] = (*QUESTION_TYPES, "profile", "timeline", "ties")
LEVELS = ("actor", "country")
ACTOR_KINDS = ("Person", "Country", "Organization")

_TYPE_OF_CLASS = {str(cls): key for key, (cls, _edge) in EVENT_CLASS.items()}
_STATUS_OF_NODE = {str(node): key for key, node in STATUS_NODE.items()}


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


@cache
def load_query(name: str) -> str:
    """The text of the canned query ``graph/queries/{name}.rq``."""
    path = queries_dir() / f"{name}.rq"
    if not path.is_file():
        raise QueryError(f"no canned query {name!r} in {queries_dir()}")
    return path.read_text(encoding="utf-8")


# -- parameters ------------------------------------------------------------------
def event_class(name: str) -> ox.NamedNode:
    """The event class for an event type key ("warn"), class name ("Warning") or IRI."""
    wanted = name.strip().removeprefix("dg:").lower()
    for key, (cls, _edge) in EVENT_CLASS.items():
        if wanted in (key, str(cls).rsplit("#", 1)[-1].lower(), str(cls).lower()):
            return ox.NamedNode(str(cls))
    raise QueryError(f"unknown event type {name!r}; known: {', '.join(EVENT_CLASS)}")


def status_nodes(status: Iterable[str] | str) -> list[ox.NamedNode] | None:
    """Status IRIs for status names; None (no filter) for "all"."""
    names = [status] if isinstance(status, str) else list(status)
    if not names or any(n.strip().lower() in ("all", "any") for n in names):
        return None
    nodes = []
    for name in names:
        node = STATUS_NODE.get(name.strip().lower().removeprefix("dg:"))
        if node is None:
            raise QueryError(f"unknown status {name!r}; known: {', '.join(STATUS_NODE)}, all")
        nodes.append(ox.NamedNode(str(node)))
    return nodes


def bindings_for(store: GraphStore, *, actor: str | None, status: Iterable[str] | str,
                 since: date | None, until: date | None, level: str,
                 event_type: str | None) -> dict[str, object]:
    """The canned queries' parameters (see graph/queries/who-did.rq) for these
    options; an actor's events are looked up and bound to ?e."""
    if level not in LEVELS:
        raise QueryError(f"unknown level {level!r}; known: {', '.join(LEVELS)}")
    if since and until and since > until:
        raise QueryError(f"--since {since} is after --until {until}")
    bindings: dict[str, object] = {
        "type": event_class(event_type) if event_type else None, "status": status_nodes(status),
        "since": since, "until": until, "level": level}
    if actor:
        found = resolve_actor(store, actor)
        bindings.update(actor=found, e=actor_events(store, found, level))
    return bindings


def actor_events(store: GraphStore, actors: list[ox.NamedNode], level: str = "actor") -> list[ox.NamedNode]:
    """The events the actors take part in (at level "country", with their persons')."""
    rows = store.select(load_query("actor-events"), {"actor": actors, "level": level})
    return [ox.NamedNode(str(r["e"])) for r in rows]


# -- actors ----------------------------------------------------------------------
@dataclass(frozen=True)
class _Names:
    labels: dict[str, set[str]]  # case-folded label -> actors
    aliases: dict[str, set[str]]  # case-folded alias -> actors
    known: set[str]  # actor IRIs
    every: list[str]  # every label and alias as written


def _names(store: GraphStore) -> _Names:
    names = _Names(defaultdict(set), defaultdict(set), set(), [])
    for row in store.select(load_query("actors")):
        actor, label, name = str(row["actor"]), row["label"], row["name"]
        names.known.add(actor)
        if isinstance(label, str):
            names.labels[_fold(label)].add(actor)
        if isinstance(name, str) and name != label:
            names.aliases[_fold(name)].add(actor)
        if isinstance(name, str):
            names.every.append(name)
    return names


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def resolve_actor(store: GraphStore, name: str) -> list[ox.NamedNode]:
    """The actors a name stands for: its rdfs:label, else any skos:altLabel
    (case-insensitive), else an actor IRI or slug. Several actors may share an alias."""
    names = _names(store)
    wanted = _fold(name)
    found = names.labels.get(wanted) or names.aliases.get(wanted)
    if not found:
        iri = name.strip() if name.strip().startswith(("http://", "https://")) else \
            f"{BASE_IRI}actor/{name.strip().lower().replace(' ', '-')}"
        found = {iri} if iri in names.known else set()
    if not found:
        by_fold = {_fold(n): n for n in sorted(set(names.every))}
        close = difflib.get_close_matches(wanted, list(by_fold), n=5, cutoff=0.6)
        hint = f"; did you mean: {', '.join(by_fold[c] for c in close)}?" if close else ""
        raise QueryError(f"no actor called {name!r} in the graph{hint}")
    return [ox.NamedNode(iri) for iri in sorted(found)]


# -- questions -------------------------------------------------------------------
def ask(store: GraphStore, question: str, *, actor: str | None = None,
        status: Iterable[str] | str = ("occurred",), since: date | None = None,
        until: date | None = None, level: str = "actor", event_type: str | None = None,
        evidence: bool = False, limit: int | None = None,
        other: str | None = None) -> list[QueryRow]:
    """Answer one of :data:`QUESTIONS`. ``actor`` (and ``other`` for "timeline")
    name actors by label, alias, slug or IRI; ``status`` names statuses or "all";
    ``event_type`` is an event type key ("warn") or class name ("Warning")."""
    if question not in QUESTIONS:
        raise QueryError(f"unknown question {question!r}; known: {', '.join(QUESTIONS)}")
    fixed = QUESTION_TYPES.get(question)
    if fixed and event_type and event_class(event_type) != event_class(fixed):
        raise QueryError(f"{question} asks about {fixed} events; drop --type {event_type}")
    common = dict(status=status, since=since, until=until, level=level,
                  event_type=fixed or event_type)
    if question == "timeline":
        if not actor or not other:
            raise QueryError("timeline needs two actors (--actor A --actor B)")
        rows = timeline(store, actor, other, limit=limit, **common)
    elif question == "ties":
        rows = strongest_ties(store, limit or 20, actor=actor, **common)
    else:
        if question == "profile" and not actor:
            raise QueryError("profile needs an actor (--actor NAME)")
        bindings = bindings_for(store, actor=actor, **common)
        rows = [to_row(r) for r in store.select(_limited(load_query("who-did"), limit), bindings)]
    return with_evidence(store, rows) if evidence else rows


def _limited(text: str, limit: int | None) -> str:
    if limit is None:
        return text
    if limit < 1:
        raise QueryError(f"--limit must be at least 1, not {limit}")
    return f"{text.rstrip()}\nLIMIT {int(limit)}\n"


def to_row(r: Row) -> QueryRow:
    return QueryRow(
        type=_TYPE_OF_CLASS.get(str(r["type"]), str(r["type"])),
        agent=str(r["agent"]), agent_label=str(r["agent_label"]),
        target=str(r["target"]), target_label=str(r["target_label"]),
        status=_STATUS_OF_NODE.get(str(r["status"]), str(r["status"])),
        count=int(r["count"] or 0),  # type: ignore[arg-type]
        first_date=_date(r["first_date"]), last_date=_date(r["last_date"]),
        symmetric=bool(r["symmetric"]), events=tuple(str(r["events"] or "").split()),
    )


def _date(value: object) -> date | None:
    return value if isinstance(value, date) else None


def timeline(store: GraphStore, a: str, b: str, *, status: Iterable[str] | str = ("occurred",),
             since: date | None = None, until: date | None = None, level: str = "actor",
             event_type: str | None = None, limit: int | None = None) -> list[QueryRow]:
    """Every event between actors ``a`` and ``b``, oldest first (undated last); one
    row per event, count 1."""
    bindings = bindings_for(store, actor=None, status=status, since=since, until=until,
                            level=level, event_type=event_type)
    one, two = resolve_actor(store, a), resolve_actor(store, b)
    shared = set(actor_events(store, one, level)) & set(actor_events(store, two, level))
    bindings.update(actor=one, other=two, e=sorted(shared, key=str))
    rows = store.select(_limited(load_query("timeline"), limit), bindings)
    return [to_row({**r, "count": 1, "first_date": r["date"], "last_date": r["date"],
                  "events": r["e"]}) for r in rows]


def strongest_ties(store: GraphStore, n: int = 20, *, actor: str | None = None,
                   status: Iterable[str] | str = ("occurred",), since: date | None = None,
                   until: date | None = None, level: str = "actor",
                   event_type: str | None = None) -> list[QueryRow]:
    """The ``n`` pairs of actors with the most events between them, any direction."""
    bindings = bindings_for(store, actor=actor, status=status, since=since, until=until,
                            level=level, event_type=event_type)
    rows = store.select(_limited(load_query("strongest-ties"), n), bindings)
    return [to_row({**r, "symmetric": True,
                  "type": " ".join(sorted(_TYPE_OF_CLASS.get(t, t) for t in str(r["types"]).split())),
                  "status": " ".join(sorted(_STATUS_OF_NODE.get(s, s) for s in str(r["statuses"]).split()))})
            for r in rows]


def profile(store: GraphStore, actor: str, **filters: Any) -> ActorProfile:
    """What the graph says about ``actor`` and its interactions (who-did rows of any
    type; ``filters`` as for :func:`ask`)."""
    found = resolve_actor(store, actor)
    if len(found) > 1:
        names = ", ".join(iri.value.rsplit("/", 1)[-1] for iri in found)
        raise QueryError(f"{actor!r} names several actors ({names}); use a label or slug")
    info = store.select(load_query("actor-profile"), {"actor": found[0]})
    if not info:
        raise QueryError(f"{found[0].value} is not described as an actor")
    top = info[0]
    rows = ask(store, "profile", actor=found[0].value, **filters)
    split = lambda value: tuple(v for v in str(value or "").split(" | ") if v)  # noqa: E731
    return ActorProfile(
        actor=found[0].value, kind=str(top["kind"]).rsplit("#", 1)[-1],
        label=str(top["label"] or found[0].value), aliases=split(top["aliases"]),
        country=_str(top["country"]), country_label=_str(top["country_label"]),
        code=_str(top["code"]), roles=split(top["roles"]), rows=tuple(rows))


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def evidence_for(store: GraphStore, events: Sequence[str] | None = None) -> dict[str, list[Evidence]]:
    """Evidence per event IRI, for ``events`` or (None) for every event."""
    bindings = None if events is None else {"e": [ox.NamedNode(e) for e in events]}
    found: dict[str, list[Evidence]] = defaultdict(list)
    for r in store.select(load_query("evidence"), bindings):
        found[str(r["e"])].append(Evidence(str(r["document"]), str(r["sentence"]), str(r["mention"])))
    return found


def with_evidence(store: GraphStore, rows: list[QueryRow]) -> list[QueryRow]:
    """The rows with the sentences their events were read from."""
    wanted = sorted({e for row in rows for e in row.events})
    if not wanted:
        return rows
    found = evidence_for(store, wanted)
    return [replace(row, evidence=tuple(ev for e in row.events for ev in found.get(e, ())))
            for row in rows]


# -- any SPARQL ------------------------------------------------------------------
def sparql(store: GraphStore, text: str) -> SparqlResult:
    """Run any SPARQL query (the usual prefixes predeclared) on the union graph."""
    result = store.query(text)
    if isinstance(result, ox.QueryBoolean):
        return SparqlResult("ask", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        columns = tuple(v.value for v in result.variables)
        return SparqlResult("select", columns, tuple(tuple(s[c] for c in columns) for s in result))
    return SparqlResult("graph", triples=tuple(result))
