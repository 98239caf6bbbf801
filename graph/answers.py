"""Canned questions answered from the summary graph (graph/summary.py): the same
rows as graph/queries/who-did.rq and strongest-ties.rq give on the events, read
from precomputed ties.

* Without an actor, a question reads the tables of its level, event classes and
  statuses (graph/queries/summary/tie-tables.rq): one read, whatever their size.
* With actors, it reads the ties they are agent or target of
  (graph/queries/summary/actor-ties.rq). At level "country", an actor that acts for
  a country (a person) keeps its own events: its actor-level ties are rolled up
  to countries here, as the queries on the events do.
* Dates (``since``, ``until``) are applied to each event's dates.
"""
from __future__ import annotations

import gc
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date

import pyoxigraph as ox

from .resources import load_query
from .rows import QueryRow
from .store import GraphStore
from .summary import ALL, STRONGEST_KEPT, TABLES, strongest_iri, table_iri
from .terms import fill_in
from .ties import (
    EVENT_CLASSES,
    STATUSES,
    Tie,
    roll_up,
    row_of_pair,
    rows_of_ties,
    strongest_rows,
    tie_of,
    tie_of_row,
    who_did_order,
    who_did_rows,
)


def who_did(store: GraphStore, *, level: str, types: Sequence[str] | None = None,
            statuses: Sequence[str] | None = None, actors: Sequence[str] | None = None,
            since: date | None = None, until: date | None = None) -> list[QueryRow]:
    """who-did rows; ``types`` and ``statuses`` are IRIs (None: all), ``actors``
    actor IRIs (None: everyone)."""
    types, statuses = list(types or EVENT_CLASSES), list(statuses or STATUSES)
    if actors:
        return who_did_rows(actor_ties(store, actors, level, types, statuses), since, until)
    tables = [table_iri(level, k, s) for k in types for s in statuses]
    with paused_gc():
        if since is not None or until is not None:
            return who_did_rows(_ties(store, tables), since, until)
        found = []
        for table, data in table_rows(store, tables):
            _, kind, status = TABLES[table]
            found += [(who_did_order(row, kind, status), row) for row in rows_of_ties(data, kind, status)]
        found.sort(key=lambda item: item[0])
        return [row for _, row in found]


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while thousands of rows are built: they hold no
    cycles, and full collections in the middle would cost more than the build."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def strongest(store: GraphStore, n: int, *, level: str, types: Sequence[str] | None = None,
              statuses: Sequence[str] | None = None, actors: Sequence[str] | None = None,
              since: date | None = None, until: date | None = None) -> list[QueryRow]:
    """strongest-ties rows, at most ``n``; parameters as for :func:`who_did`."""
    every_type = types is None or set(types) >= set(EVENT_CLASSES)
    every_status = statuses is None or set(statuses) >= set(STATUSES)
    if not actors and since is None and until is None and every_type and n <= STRONGEST_KEPT \
            and (every_status or len(statuses) == 1):
        table = strongest_iri(level, ALL if every_status else statuses[0])
        rows = [row_of_pair(d) for _, data in table_rows(store, [table]) for d in data]
        rows.sort(key=lambda r: (-r.count, r.agent_label, r.target_label, r.agent, r.target))
        return rows[:n]
    types, statuses = list(types or EVENT_CLASSES), list(statuses or STATUSES)
    with paused_gc():
        if actors:
            ties = actor_ties(store, actors, level, types, statuses)
        else:
            ties = _ties(store, [table_iri(level, k, s) for k in types for s in statuses])
        return strongest_rows(ties, n, since, until)


def table_rows(store: GraphStore, tables: Sequence[str]) -> list[tuple[str, list[list]]]:
    """(table, its rows) for those of ``tables`` the summary holds."""
    if not tables:
        return []
    text = fill_in(load_query("summary/tie-tables"), {"tables": [ox.NamedNode(t) for t in tables]})
    return [(s[0].value, json.loads(s[1].value)) for s in store.query(text)]


def _ties(store: GraphStore, tables: Sequence[str]) -> list[Tie]:
    ties = []
    for table, data in table_rows(store, tables):
        level, kind, status = TABLES[table]
        ties += [tie_of(d, level, kind, status) for d in data]
    return ties


def actor_ties(store: GraphStore, actors: Sequence[str], level: str, types: Sequence[str],
               statuses: Sequence[str]) -> list[Tie]:
    """The ties of ``actors`` at ``level`` (see the module docstring)."""
    ties = [t for actor in actors for t in _ties_of(store, actor, level, types, statuses)]
    if level == "country":
        acting_for = actor_info(store, actors).countries
        persons = [a for a in actors if acting_for.get(a)]
        own = [t for p in persons for t in _ties_of(store, p, "actor", types, statuses)]
        if own:
            info = actor_info(store, {s for t in own for s in (t.agent, t.target)})
            ties += roll_up(own, info.countries, info.label)
    return ties


def _ties_of(store: GraphStore, actor: str, level: str, types: Sequence[str],
             statuses: Sequence[str]) -> list[Tie]:
    text = fill_in(load_query("summary/actor-ties"), {"actor": ox.NamedNode(actor), "level": level})
    kept_types, kept_statuses = set(types), set(statuses)
    ties = []
    for s in store.query(text):
        tie = tie_of_row(json.loads(s["row"].value))
        if tie.type in kept_types and tie.status in kept_statuses:
            ties.append(tie)
    return ties


class ActorInfo:
    """Labels and countries of some actors (an actor without a label is called by
    its IRI, as in the canned queries)."""

    def __init__(self) -> None:
        self.labels: dict[str, str] = {}
        self.countries: dict[str, set[str]] = defaultdict(set)

    def label(self, actor: str) -> str:
        return self.labels.get(actor, actor)

    def _name(self, actor: str, label: object) -> None:
        if isinstance(label, ox.Literal) and (actor not in self.labels or label.value < self.labels[actor]):
            self.labels[actor] = label.value


def actor_info(store: GraphStore, actors: Iterable[str]) -> ActorInfo:
    info = ActorInfo()
    wanted = sorted(set(actors))
    if not wanted:
        return info
    for s in store.query(load_query("actor-info"), {"actor": [ox.NamedNode(a) for a in wanted]}):
        actor = s["actor"].value
        info._name(actor, s["label"])
        country = s["country"]
        if isinstance(country, ox.NamedNode):
            info.countries[actor].add(country.value)
            info._name(country.value, s["country_label"])
    return info
