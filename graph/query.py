"""Questions asked of the graph: the canned SPARQL queries in graph/queries/ with
their parameters bound, answered as typed rows.

>>> rows = ask(store, "who-met", actor="Biden", since=date(2021, 1, 1))
>>> rows[0].agent_label, rows[0].target_label, rows[0].count

Every query runs on the union of the document graphs; an event told in several
documents counts once. who-did questions (who-met, ..., profile) and strongest
ties are answered from the summary graph when the store has a current one, or can
make one (graph/summary.py, graph/answers.py); the rows are the same. A read-only
store without one is answered from the events.
"""
from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pyoxigraph as ox

from .errors import QueryError
from . import answers, rdf
from .resources import load_query  # noqa: F401 (re-exported)
from .rows import (  # noqa: F401 (re-exported: the answers' types)
    STATUS_OF_NODE,
    TYPE_OF_CLASS,
    ActorProfile,
    Evidence,
    QueryRow,
    SparqlResult,
)
from .settings import BASE_IRI, ONTOLOGY_IRI
from .store import GraphStore, Row
from .summary import ensure_summary
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
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


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
    _check(level, since, until)
    bindings: dict[str, object] = {
        "type": event_class(event_type) if event_type else None, "status": status_nodes(status),
        "since": since, "until": until, "level": level}
    if actor:
        found = resolve_actor(store, actor)
        bindings.update(actor=found, e=actor_events(store, found, level))
    return bindings


def _check(level: str, since: date | None, until: date | None) -> None:
    if level not in LEVELS:
        raise QueryError(f"unknown level {level!r}; known: {', '.join(LEVELS)}")
    if since and until and since > until:
        raise QueryError(f"--since {since} is after --until {until}")


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
    """Every actor's names (kept until the store is written to)."""
    if "names" not in store.cache:
        names = _Names(defaultdict(set), defaultdict(set), set(), [])
        labels: dict[str, set[str]] = defaultdict(set)
        aliases: list[tuple[str, str]] = []
        for row in store.select(load_query("actor-names")):
            actor, name = str(row["actor"]), row["name"]
            names.known.add(actor)
            if isinstance(name, str):
                names.every.append(name)
                if row["property"] == RDFS_LABEL:
                    labels[actor].add(name)
                    names.labels[_fold(name)].add(actor)
                else:
                    aliases.append((actor, name))
        for actor, alias in aliases:
            if alias not in labels[actor]:
                names.aliases[_fold(alias)].add(actor)
        store.cache["names"] = names
    return store.cache["names"]


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


_ACTOR_CLASSES = [ox.NamedNode(f"{ONTOLOGY_IRI}{kind}") for kind in ACTOR_KINDS]


def _named_exactly(store: GraphStore, name: str) -> list[ox.NamedNode]:
    """The actors whose IRI is ``name`` or whose rdfs:label is ``name`` as written:
    found by a lookup, where the other ways of naming an actor read every name."""
    text = name.strip()
    if text.startswith(("http://", "https://")):
        candidates = {ox.NamedNode(text)} if " " not in text else set()
    else:
        candidates = {q.subject for q in store.raw.quads_for_pattern(None, rdf.RDFS_LABEL, ox.Literal(text))}
    return sorted((c for c in candidates if isinstance(c, ox.NamedNode)
                   and any(next(iter(store.raw.quads_for_pattern(c, rdf.RDF_TYPE, kind)), None)
                           for kind in _ACTOR_CLASSES)), key=lambda c: c.value)


def resolve_actor(store: GraphStore, name: str) -> list[ox.NamedNode]:
    """The actors a name stands for: its rdfs:label, else any skos:altLabel
    (case-insensitive), else an actor IRI or slug. Several actors may share an alias.
    An actor's IRI, or its label as written, is found without reading every name."""
    exact = _named_exactly(store, name)
    if exact:
        return exact
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
        rows = who_did(store, actor=actor, limit=limit, **common)
    return with_evidence(store, rows) if evidence else rows


def who_did(store: GraphStore, *, actor: str | None, status: Iterable[str] | str,
            since: date | None, until: date | None, level: str, event_type: str | None,
            limit: int | None = None) -> list[QueryRow]:
    """The rows of graph/queries/who-did.rq for these options: from the summary
    graph if the store has a current one or can make one, else from the events."""
    text = _limited(load_query("who-did"), limit)
    _check(level, since, until)
    kind, statuses = event_class(event_type) if event_type else None, status_nodes(status)
    actors = resolve_actor(store, actor) if actor else None
    if ensure_summary(store):
        rows = answers.who_did(store, level=level, types=_iris([kind] if kind else None),
                               statuses=_iris(statuses), actors=_iris(actors), since=since, until=until)
        return rows if limit is None else rows[:limit]
    bindings = bindings_for(store, actor=actor, status=status, since=since, until=until,
                            level=level, event_type=event_type)
    return [to_row(r) for r in store.select(text, bindings)]


def _iris(nodes: list[ox.NamedNode] | None) -> list[str] | None:
    return None if nodes is None else [node.value for node in nodes]


def _limited(text: str, limit: int | None) -> str:
    if limit is None:
        return text
    if limit < 1:
        raise QueryError(f"--limit must be at least 1, not {limit}")
    return f"{text.rstrip()}\nLIMIT {int(limit)}\n"


def to_row(r: Row) -> QueryRow:
    return QueryRow(
        type=TYPE_OF_CLASS.get(str(r["type"]), str(r["type"])),
        agent=str(r["agent"]), agent_label=str(r["agent_label"]),
        target=str(r["target"]), target_label=str(r["target_label"]),
        status=STATUS_OF_NODE.get(str(r["status"]), str(r["status"])),
        count=int(r["count"] or 0),  # type: ignore[arg-type]
        first_date=_date(r["first_date"]), last_date=_date(r["last_date"]),
        symmetric=bool(r["symmetric"]), events=tuple(sorted(set(str(r["events"] or "").split()))),
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
    """The ``n`` pairs of actors with the most events between them, any direction
    (from the summary graph, as :func:`who_did`)."""
    text = _limited(load_query("strongest-ties"), n)
    _check(level, since, until)
    if ensure_summary(store):
        kind = event_class(event_type) if event_type else None
        actors = resolve_actor(store, actor) if actor else None
        return answers.strongest(store, n, level=level, types=_iris([kind] if kind else None),
                                 statuses=_iris(status_nodes(status)), actors=_iris(actors),
                                 since=since, until=until)
    bindings = bindings_for(store, actor=actor, status=status, since=since, until=until,
                            level=level, event_type=event_type)
    rows = store.select(text, bindings)
    return [to_row({**r, "symmetric": True,
                  "type": " ".join(sorted(TYPE_OF_CLASS.get(t, t) for t in str(r["types"]).split())),
                  "status": " ".join(sorted(STATUS_OF_NODE.get(s, s) for s in str(r["statuses"]).split()))})
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
