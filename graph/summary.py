"""The summary graph ``id:graph/summary``: the ties between actors (graph/ties.py),
which the canned questions read instead of counting events at query time
(graph/answers.py). It is derived data: :func:`refresh_summary` rebuilds it from the
other graphs, at the end of every build and whenever a writable store is asked a
canned question after a change (docs/rdf-model.md, "The summary graph").

It holds
  * one ``dg:Tie`` per level, event class, agent, target, status and direction,
    with its counts, dates and events;
  * one ``dg:TieTable`` per level, event class and status, whose ``dg:tieRows``
    value is its ties as one JSON array, so that a listing is one read;
  * one ``dg:TieTable`` per level and status, and per level for all statuses, with
    the :data:`STRONGEST_KEPT` strongest pairs (any class, either direction);
  * the triple ``id:graph/summary a dg:Summary`` while it is current.

A refresh changes only the ties and tables that differ from the stored ones, so that
a small change to a large store writes little.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date

import pyoxigraph as ox

from .rdf import RDF_TYPE, RDFS_LABEL
from .settings import BASE_IRI
from .store import PREFIXES, SUMMARY_GRAPH, SUMMARY_MARK, GraphStore
from .ties import (
    EVENT_CLASSES,
    LEVELS,
    STATUSES,
    Facts,
    Tie,
    compute_ties,
    encode_row,
    encode_pair,
    encode_tie,
    encode_tie_row,
    pair_groups,
    tie_ends,
)
from .vocab import DG

STRONGEST_KEPT = 100  # pairs per table of the strongest pairs
ALL = "all"  # the "status" of the tables of strongest pairs over every status

_G = ox.NamedNode(SUMMARY_GRAPH)
_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_JSON = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON")


def _dg(term: object) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def table_iri(level: str, kind: str, status: str) -> str:
    """The table of the ties of one level, event class and status (IRIs)."""
    return f"{BASE_IRI}ties/{level}/{_local(kind)}/{_local(status)}"


def strongest_iri(level: str, status: str) -> str:
    """The table of the strongest pairs of one level and status IRI (or :data:`ALL`)."""
    return f"{BASE_IRI}ties/{level}/strongest/{_local(status)}"


def tie_iri(key: tuple[str, str, str, str, str, bool]) -> str:
    """The IRI of a tie: a hash of its level, class, agent, target, status, direction."""
    text = "|".join(str(part) for part in key)
    return f"{BASE_IRI}tie/{hashlib.sha1(text.encode('utf-8')).hexdigest()[:20]}"


# every table a summary can hold -> (level, event class or None, status or ALL)
TABLES: dict[str, tuple[str, str | None, str]] = {
    **{table_iri(lv, k, s): (lv, k, s) for lv in LEVELS for k in EVENT_CLASSES for s in STATUSES},
    **{strongest_iri(lv, s): (lv, None, s) for lv in LEVELS for s in (*STATUSES, ALL)},
}


# -- reading the events ----------------------------------------------------------
_FACTS = {  # Facts field -> predicate
    "statuses": "dg:status", "agents": "dg:agent", "targets": "dg:target",
    "participants": "dg:participant", "countries": "dg:country",
}


def read_facts(store: GraphStore) -> Facts:
    """What the graphs other than the summary say about events and actors."""
    facts = Facts()
    for name, predicate in _FACTS.items():
        table = getattr(facts, name)
        for s, o in _pairs(store, predicate):
            if isinstance(o, ox.NamedNode):
                table[s].add(o.value)
    for s, o in _pairs(store, "a", "VALUES ?o { " + " ".join(f"<{c}>" for c in EVENT_CLASSES) + " }"):
        facts.types[s].add(o.value)
    for s, o in _pairs(store, "dg:date"):
        day = _date(o)
        if day is not None:
            facts.dates[s].add(day)
    for s, o in _pairs(store, "rdfs:label"):
        if isinstance(o, ox.Literal) and (s not in facts.labels or o.value < facts.labels[s]):
            facts.labels[s] = o.value
    return facts


def _pairs(store: GraphStore, predicate: str, values: str = "") -> Iterator[tuple[str, object]]:
    text = (f"SELECT ?s ?o WHERE {{ {values} GRAPH ?g {{ ?s {predicate} ?o }} "
            f"FILTER(?g != <{SUMMARY_GRAPH}>) }}")
    for solution in store.raw.query(text, prefixes=PREFIXES):
        subject = solution[0]
        if isinstance(subject, ox.NamedNode):
            yield subject.value, solution[1]


def _date(term: object) -> date | None:
    if not isinstance(term, ox.Literal) or term.datatype.value != _XSD + "date":
        return None
    try:
        return date.fromisoformat(term.value)
    except ValueError:
        return None


# -- writing the summary ----------------------------------------------------------
def refresh_summary(store: GraphStore) -> int:
    """Bring the summary graph of ``store`` up to date with its other graphs; returns
    the number of ties."""
    ties = compute_ties(read_facts(store))
    old = _old_tables(store)
    if old is None:  # from another version, or half written: start again
        store.clear_summary()
        old = {}
    removed, added = _changes(store, old, new_tables(ties))
    store.update_summary(removed, [*added, SUMMARY_MARK])
    return len(ties)


def ensure_summary(store: GraphStore) -> bool:
    """Whether ``store`` has a current summary, refreshing it first if the store can
    be written."""
    if store.has_summary():
        return True
    if store.read_only:
        return False
    refresh_summary(store)
    return True


def new_tables(ties: list[Tie]) -> dict[str, dict[str, Tie | None]]:
    """Table IRI -> its rows (JSON text -> the tie it stands for; None for pairs)."""
    tables: dict[str, dict[str, Tie | None]] = defaultdict(dict)
    for tie in ties:
        tables[table_iri(tie.level, tie.type, tie.status)][encode_tie(tie)] = tie
    for level in LEVELS:
        at_level = [t for t in ties if t.level == level]
        for status in (*STATUSES, ALL):
            chosen = at_level if status == ALL else [t for t in at_level if t.status == status]
            for group in pair_groups(chosen)[:STRONGEST_KEPT]:
                tables[strongest_iri(level, status)][encode_pair(group)] = None
    return tables


def table_text(rows: Iterable[str]) -> str:
    """A table's rows as one JSON array, in a stable order."""
    return "[" + ",".join(sorted(rows)) + "]"


def _old_tables(store: GraphStore) -> dict[str, str] | None:
    """The tables of the store's summary (IRI -> JSON text); None if the summary
    cannot be updated in place (unknown tables or rows, ties missing from the rows)."""
    text = f"SELECT ?table ?rows WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?table dg:tieRows ?rows }} }}"
    tables = {s[0].value: s[1].value for s in store.raw.query(text, prefixes=PREFIXES)}
    in_rows = 0
    for table, rows in tables.items():
        kind = TABLES.get(table, (None, None, None))[1]
        found = _rows_of(table, rows)
        if found is None:
            return None
        in_rows += len(found) if kind is not None else 0
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?t a dg:Tie ; dg:tieRow ?row }} }}"
    ties = int(next(iter(store.raw.query(count, prefixes=PREFIXES)))[0].value)
    return tables if ties == in_rows else None


def _rows_of(table: str, text: str) -> list[list] | None:
    """The rows of a table, if it and they are of this version (graph/ties.py)."""
    if table not in TABLES:
        return None
    size = 9 if TABLES[table][1] is not None else 10
    try:
        rows = json.loads(text)
    except ValueError:
        return None
    ok = isinstance(rows, list) and all(isinstance(r, list) and len(r) == size for r in rows)
    return rows if ok else None


def _changes(store: GraphStore, old: dict[str, str],
             new: dict[str, dict[str, Tie | None]]) -> tuple[list[ox.Quad], list[ox.Quad]]:
    removed: list[ox.Quad] = []
    added: list[ox.Quad] = []
    for iri in sorted(set(old) | set(new)):
        before, after = old.get(iri), new.get(iri, {})
        text = table_text(after) if after else None
        if text == before:
            continue
        if before is None:
            added += _table_quads(iri)
        else:
            removed.append(_rows_quad(iri, before))
            if text is None:
                removed += _table_quads(iri)
        if text is not None:
            added.append(_rows_quad(iri, text))
        if TABLES[iri][1] is not None:
            rows = {encode_row(row) for row in json.loads(before)} if before else set()
            for row in rows - after.keys():
                removed += store.raw.quads_for_pattern(ox.NamedNode(_tie_of_row(iri, row)), None, None, _G)
            added += [q for row in after.keys() - rows for q in tie_quads(after[row], row)]
    return removed, added


def _tie_of_row(table: str, row: str) -> str:
    level, kind, status = TABLES[table]
    agent, target, symmetric = tie_ends(json.loads(row))
    return tie_iri((level, kind, agent, target, status, symmetric))


def _rows_quad(table: str, text: str) -> ox.Quad:
    return ox.Quad(ox.NamedNode(table), _dg(DG.tieRows), ox.Literal(text, datatype=_RDF_JSON), _G)


def _table_quads(iri: str) -> list[ox.Quad]:
    level, kind, status = TABLES[iri]
    what = f"{_local(kind)} ties" if kind else "Strongest pairs"
    label = f"{what}, {'all statuses' if status == ALL else _local(status).lower()}, {level} level"
    table = ox.NamedNode(iri)
    return [ox.Quad(table, RDF_TYPE, _dg(DG.TieTable), _G),
            ox.Quad(table, RDFS_LABEL, ox.Literal(label), _G)]


def tie_quads(tie: Tie, row: str | None = None) -> list[ox.Quad]:
    """The description of one tie (docs/rdf-model.md); ``row`` is its table row, when
    already written."""
    t = ox.NamedNode(tie_iri(tie.key))
    events = tie.event_iris()
    dates = [d for _, d in tie.events if d is not None]
    quads = [
        ox.Quad(t, RDF_TYPE, _dg(DG.Tie), _G),
        ox.Quad(t, _dg(DG.tieType), ox.NamedNode(tie.type), _G),
        ox.Quad(t, _dg(DG.tieAgent), ox.NamedNode(tie.agent), _G),
        ox.Quad(t, _dg(DG.tieTarget), ox.NamedNode(tie.target), _G),
        ox.Quad(t, _dg(DG.tieStatus), ox.NamedNode(tie.status), _G),
        ox.Quad(t, _dg(DG.tieLevel), ox.Literal(tie.level), _G),
        ox.Quad(t, _dg(DG.symmetric), _typed(str(tie.symmetric).lower(), "boolean"), _G),
        ox.Quad(t, _dg(DG.eventCount), _typed(str(len(events)), "integer"), _G),
        ox.Quad(t, _dg(DG.tieRow), ox.Literal(encode_tie_row(tie, row), datatype=_RDF_JSON), _G),
    ]
    if dates:
        quads += [ox.Quad(t, _dg(DG.firstDate), _typed(min(dates).isoformat(), "date"), _G),
                  ox.Quad(t, _dg(DG.lastDate), _typed(max(dates).isoformat(), "date"), _G)]
    quads += [ox.Quad(t, _dg(DG.tieEvent), ox.NamedNode(e), _G) for e in events]
    return quads


def _typed(text: str, xsd: str) -> ox.Literal:
    return ox.Literal(text, datatype=ox.NamedNode(_XSD + xsd))
