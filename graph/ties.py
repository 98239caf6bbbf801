"""Ties: the events of one class and status between two actors, each event counted
once, at the level of actors or of countries. The rules are those of the canned
queries graph/queries/who-did.rq and strongest-ties.rq, in Python, so that the
summary graph (graph/summary.py) and the answers read from it (graph/answers.py)
give the same rows as the queries on the events:

* an event with participants pairs them, each unordered pair once (symmetric); an
  event without any pairs each agent with each target;
* at level "country" each actor is replaced by its dg:country, if it has one, and
  pairs that fall inside one country are dropped;
* a symmetric pair is written with the actor whose label (then IRI) sorts first as
  agent; an actor without a label is labelled by its IRI;
* only the thirteen event classes and five statuses of the ontology count.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date

from .rows import STATUS_OF_NODE, TYPE_OF_CLASS, QueryRow, quick_row
from .settings import BASE_IRI, ONTOLOGY_IRI

LEVELS = ("actor", "country")
EVENT_CLASSES = tuple(TYPE_OF_CLASS)  # event class IRIs
STATUSES = tuple(STATUS_OF_NODE)  # status IRIs

Dated = tuple[str, "date | None"]  # an event IRI and one of its dates (None: undated)


@dataclass(frozen=True)
class Tie:
    """The events of class ``type`` with ``status`` from ``agent`` to ``target`` (or
    between them, when ``symmetric``) at ``level``, each with its dates."""

    level: str
    type: str  # event class IRI
    status: str  # status IRI
    agent: str
    agent_label: str
    target: str
    target_label: str
    symmetric: bool
    events: tuple[Dated, ...]  # (event, date) pairs, sorted; undated events once with None

    @property
    def key(self) -> tuple[str, str, str, str, str, bool]:
        return (self.level, self.type, self.agent, self.target, self.status, self.symmetric)

    def event_iris(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e for e, _ in self.events))


@dataclass
class Facts:
    """What the event graphs say, as plain strings: per event its classes, statuses,
    parties and dates; per actor its countries and label."""

    types: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    statuses: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    agents: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    targets: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    participants: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    dates: dict[str, set[date]] = field(default_factory=lambda: defaultdict(set))
    countries: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    labels: dict[str, str] = field(default_factory=dict)

    def label(self, actor: str) -> str:
        return self.labels.get(actor, actor)


def oriented(x: str, y: str, symmetric: bool, label: Callable[[str], str]) -> tuple[str, str]:
    """(agent, target) for the pair x, y: a symmetric pair in label, then IRI, order."""
    if symmetric and (label(y), y) < (label(x), x):
        return y, x
    return x, y


def _pairs(event: str, facts: Facts) -> list[tuple[str, str, bool]]:
    parties = facts.participants.get(event)
    if parties:
        return [(a, b, True) for a in parties for b in parties if a < b]
    return [(a, t, False) for a in facts.agents.get(event, ()) for t in facts.targets.get(event, ())]


def _sides(actor: str, countries: Mapping[str, set[str]], roll_up: bool) -> Iterable[str]:
    return (countries.get(actor) or (actor,)) if roll_up else (actor,)


def compute_ties(facts: Facts) -> list[Tie]:
    """Every tie at both levels, in a stable order."""
    found: dict[tuple[str, str, str, str, str, bool], set[Dated]] = defaultdict(set)
    for event, stated in facts.statuses.items():
        types = [t for t in facts.types.get(event, ()) if t in TYPE_OF_CLASS]
        statuses = [s for s in stated if s in STATUS_OF_NODE]
        if not types or not statuses:
            continue
        dated = {(event, d) for d in facts.dates.get(event, ())} or {(event, None)}
        for level in LEVELS:
            for x, y, symmetric in _rolled_pairs(event, facts, level == "country"):
                for kind in types:
                    for status in statuses:
                        found[(level, kind, x, y, status, symmetric)] |= dated
    return [Tie(level, kind, status, x, facts.label(x), y, facts.label(y), symmetric, _sorted(dated))
            for (level, kind, x, y, status, symmetric), dated in sorted(found.items(), key=_by_key)]


def _rolled_pairs(event: str, facts: Facts, roll_up: bool) -> set[tuple[str, str, bool]]:
    out = set()
    for a0, t0, symmetric in _pairs(event, facts):
        for x in _sides(a0, facts.countries, roll_up):
            for y in _sides(t0, facts.countries, roll_up):
                if x != y:
                    out.add((*oriented(x, y, symmetric, facts.label), symmetric))
    return out


def _by_key(item: tuple) -> tuple:
    level, kind, x, y, status, symmetric = item[0]
    return (level, kind, status, x, y, symmetric)


def _sorted(dated: Iterable[Dated]) -> tuple[Dated, ...]:
    return tuple(sorted(dated, key=lambda pair: (pair[0], pair[1] or date.min)))


def roll_up(ties: Iterable[Tie], countries: Mapping[str, set[str]],
            label: Callable[[str], str]) -> list[Tie]:
    """Actor-level ties at level "country": each side replaced by its countries."""
    out = []
    for tie in ties:
        for x in _sides(tie.agent, countries, True):
            for y in _sides(tie.target, countries, True):
                if x != y:
                    agent, target = oriented(x, y, tie.symmetric, label)
                    out.append(Tie("country", tie.type, tie.status, agent, label(agent), target,
                                   label(target), tie.symmetric, tie.events))
    return out


def _kept(events: Iterable[Dated], since: date | None, until: date | None) -> list[Dated]:
    if since is None and until is None:
        return list(events)
    return [(e, d) for e, d in events
            if d is not None and (since is None or d >= since) and (until is None or d <= until)]


@dataclass
class _Group:
    """Ties merged into one answer row."""

    agent: str
    agent_label: str
    target: str
    target_label: str
    types: set[str] = field(default_factory=set)
    statuses: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)
    dates: set[date] = field(default_factory=set)

    def take(self, tie: Tie, kept: list[Dated]) -> None:
        self.types.add(tie.type)
        self.statuses.add(tie.status)
        self.events.update(e for e, _ in kept)
        self.dates.update(d for _, d in kept if d is not None)

    def row(self, kind: str, status: str, symmetric: bool) -> QueryRow:
        return QueryRow(type=kind, agent=self.agent, agent_label=self.agent_label,
                        target=self.target, target_label=self.target_label, status=status,
                        count=len(self.events), first_date=min(self.dates, default=None),
                        last_date=max(self.dates, default=None), symmetric=symmetric,
                        events=tuple(sorted(self.events)))


def who_did_rows(ties: Iterable[Tie], since: date | None = None,
                 until: date | None = None) -> list[QueryRow]:
    """The who-did answer (graph/queries/who-did.rq) from ties, in its order."""
    groups: dict[tuple[str, str, str, str, bool], _Group] = {}
    for tie in ties:
        kept = _kept(tie.events, since, until)
        if kept:
            key = (tie.type, tie.agent, tie.target, tie.status, tie.symmetric)
            group = groups.get(key)
            if group is None:
                group = groups[key] = _Group(tie.agent, tie.agent_label, tie.target, tie.target_label)
            group.take(tie, kept)
    rows = [(kind, status, group.row(TYPE_OF_CLASS[kind], STATUS_OF_NODE[status], symmetric))
            for (kind, _, _, status, symmetric), group in groups.items()]
    rows.sort(key=lambda item: who_did_order(item[2], item[0], item[1]))
    return [row for _, _, row in rows]


def who_did_order(row: QueryRow, kind: str, status: str) -> tuple:
    """The order of who-did rows: most events first, then labels, then class and
    status IRIs, then actor IRIs."""
    return (-row.count, row.agent_label, row.target_label, kind, status, row.agent, row.target,
            row.symmetric)


def pair_groups(ties: Iterable[Tie], since: date | None = None,
                until: date | None = None) -> list[_Group]:
    """Ties merged per unordered pair of actors, strongest first (see
    graph/queries/strongest-ties.rq): the agent is the actor whose label sorts
    first, the one whose IRI sorts first when both labels are the same."""
    groups: dict[tuple[str, str], _Group] = {}
    for tie in ties:
        kept = _kept(tie.events, since, until)
        if not kept:
            continue
        (one, label1), (two, label2) = sorted([(tie.agent, tie.agent_label),
                                               (tie.target, tie.target_label)])
        group = groups.get((one, two))
        if group is None:
            group = groups[(one, two)] = (_Group(two, label2, one, label1) if label2 < label1
                                          else _Group(one, label1, two, label2))
        group.take(tie, kept)
    return sorted(groups.values(), key=lambda g: (-len(g.events), g.agent_label, g.target_label,
                                                  g.agent, g.target))


def strongest_rows(ties: Iterable[Tie], n: int | None = None, since: date | None = None,
                   until: date | None = None) -> list[QueryRow]:
    """The strongest-ties answer from ties: pairs in either direction, any class and
    status; at most ``n`` rows."""
    groups = pair_groups(ties, since, until)
    return [pair_row(g) for g in (groups if n is None else groups[:n])]


def pair_row(group: _Group) -> QueryRow:
    return group.row(" ".join(sorted(TYPE_OF_CLASS[t] for t in group.types)),
                     " ".join(sorted(STATUS_OF_NODE[s] for s in group.statuses)), True)


# -- rows of the summary's tables ------------------------------------------------
# A table is a JSON array of rows; a row is a JSON array, written canonically (no
# spaces, as JSON-LD writes rdf:JSON values), with IRIs shortened by the prefixes
# id: and dg: of the JSON-LD context:
#   tie:  [agent, agent label, target, target label, symmetric, event count,
#          first date, last date, [[event, date or null], ...]]
#   pair: [agent, agent label, target, target label, event count, first date,
#          last date, [event classes], [statuses], [events]]
_SHORT = (("id:", BASE_IRI), ("dg:", ONTOLOGY_IRI))


def short(iri: str) -> str:
    for prefix, namespace in _SHORT:
        if iri.startswith(namespace):
            return prefix + iri[len(namespace):]
    return iri


def long(text: str) -> str:
    if text[:3] == "id:":  # the most common case first: rows hold thousands of these
        return BASE_IRI + text[3:]
    if text[:3] == "dg:":
        return ONTOLOGY_IRI + text[3:]
    return text


def encode_tie(tie: Tie) -> str:
    """A tie as one row of the table of its level, class and status."""
    dates = [d for _, d in tie.events if d is not None]
    return _json([short(tie.agent), tie.agent_label, short(tie.target), tie.target_label,
                  tie.symmetric, len(tie.event_iris()),
                  min(dates).isoformat() if dates else None, max(dates).isoformat() if dates else None,
                  [[short(e), d.isoformat() if d else None] for e, d in tie.events]])


def encode_tie_row(tie: Tie, row: str | None = None) -> str:
    """A tie as its own JSON array (``dg:tieRow``): level, class and status, then its
    table row (``row``, :func:`encode_tie`, written again when not given)."""
    head = _json([tie.level, short(tie.type), short(tie.status)])
    return f"{head[:-1]},{(row or encode_tie(tie))[1:]}"


def tie_of_row(data: list) -> Tie:
    """The tie of a :func:`encode_tie_row` array."""
    level, kind, status, *row = data
    return tie_of(row, level, long(kind), long(status))


def encode_pair(group: _Group) -> str:
    """A pair of :func:`pair_groups` as one row of a table of the strongest pairs."""
    return _json([short(group.agent), group.agent_label, short(group.target), group.target_label,
                  len(group.events), min(group.dates).isoformat() if group.dates else None,
                  max(group.dates).isoformat() if group.dates else None,
                  [short(t) for t in sorted(group.types)], [short(s) for s in sorted(group.statuses)],
                  [short(e) for e in sorted(group.events)]])


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def encode_row(row: list) -> str:
    """A decoded row written again as it was stored."""
    return _json(row)


def tie_ends(data: list) -> tuple[str, str, bool]:
    """(agent, target, symmetric) of a tie row."""
    return long(data[0]), long(data[2]), data[4]


def tie_of(data: list, level: str, kind: str, status: str) -> Tie:
    events = tuple((long(e), date.fromisoformat(d) if d else None) for e, d in data[8])
    return Tie(level, kind, status, long(data[0]), data[1], long(data[2]), data[3], data[4], events)


def rows_of_ties(rows: list[list], kind: str, status: str) -> list[QueryRow]:
    """The who-did rows of the ties of one table, straight from its rows."""
    type_key, status_key, day = TYPE_OF_CLASS[kind], STATUS_OF_NODE[status], _day
    out = []
    for agent, agent_label, target, target_label, symmetric, count, first, last, events in rows:
        iris = ((long(events[0][0]),) if len(events) == 1
                else tuple(dict.fromkeys(long(e) for e, _ in events)))
        out.append(quick_row(type_key, long(agent), agent_label, long(target), target_label,
                             status_key, count, day(first), day(last), symmetric, iris))
    return out


def row_of_pair(data: list) -> QueryRow:
    """A strongest-ties row, straight from its table row."""
    return quick_row(" ".join(sorted(TYPE_OF_CLASS[long(t)] for t in data[7])), long(data[0]),
                     data[1], long(data[2]), data[3],
                     " ".join(sorted(STATUS_OF_NODE[long(s)] for s in data[8])), data[4],
                     _day(data[5]), _day(data[6]), True, tuple(long(e) for e in data[9]))


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def iter_events(ties: Iterable[Tie]) -> Iterator[str]:
    for tie in ties:
        yield from tie.event_iris()
